"""Names read on the open stream, thirty-ninth round: rarer Vietnamese surnames ("Tất",
"Hầu", "Tề", "Khuất", "Đậu") start a person's name after the body a title names, as the common
ones do; a body no title holds a seat in is named after a person ("Viện Khổng Tử", "Bảo tàng Hồ
Chí Minh"); a degree names the person right after it, never their employer."""

from __future__ import annotations

import pytest
from naming import found


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "Phó bí thư thường trực Thành ủy Tất Thành Cang yêu cầu tổng kiểm tra các cơ sở.",
            "Tất Thành Cang",
        ),
        (
            "Ngay sau vụ việc, Bí thư Huyện ủy Mèo Vạc Hầu Minh Lợi đã đến thăm hỏi các em.",
            "Hầu Minh Lợi",
        ),
        (
            "Trách nhiệm chính thuộc về tổng giám đốc Công ty IPC Tề Trí Dũng, kết luận nêu.",
            "Tề Trí Dũng",
        ),
        (
            "Ông Khuất Việt Hùng, phó chủ tịch chuyên trách Ủy ban, cho biết như vậy.",
            "Khuất Việt Hùng",
        ),
        ("Đậu Văn Hùng, nguyên tổng giám đốc Tổng công ty Thép, bị khởi tố.", "Đậu Văn Hùng"),
        ("Theo chủ tàu Đậu Ngọc Thành, con tàu bị chìm dưới biển.", "Đậu Ngọc Thành"),
        (
            "PGS.TS Từ Diệp Công Thành (hiệu trưởng ĐH Bạc Liêu) nói về giải thưởng.",
            "Từ Diệp Công Thành",
        ),
    ],
)
def test_a_rarer_surname_starts_a_persons_name(sentence: str, person: str) -> None:
    names = found(sentence)
    assert (person, "PER") in names
    assert not any(person in name and name != person for name, _ in names)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Bà Adamson phát biểu trong buổi hội thảo tại Viện Khổng Tử ở Đại học Adelaide.",
            "Viện Khổng Tử",
        ),
        (
            "Thủ tướng đồng ý bổ sung Viện Trần Nhân Tông vào đề án quy hoạch tổng thể.",
            "Viện Trần Nhân Tông",
        ),
        (
            "Nhân dịp này, Tổng công ty phối hợp với Bảo tàng Hồ Chí Minh ra mắt bộ lịch.",
            "Bảo tàng Hồ Chí Minh",
        ),
    ],
)
def test_a_body_no_title_holds_a_seat_in_may_be_named_after_a_person(
    sentence: str, body: str
) -> None:
    assert (body, "ORG") in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "person", "body"),
    [
        ("Phó bí thư Thành ủy Nguyễn Văn Nên phát biểu.", "Nguyễn Văn Nên", "Thành ủy"),
        (
            "Bộ trưởng - Trưởng Ban Nguyễn Xuân Cường lệnh mở thêm một cửa xả đáy.",
            "Nguyễn Xuân Cường",
            None,
        ),
        ("Chủ tịch HĐQT Thaco Trần Bá Dương cho biết như vậy.", "Trần Bá Dương", "Thaco"),
    ],
)
def test_the_holder_of_a_seat_is_still_not_the_bodys_name(
    sentence: str, person: str, body: str | None
) -> None:
    names = found(sentence)
    assert (person, "PER") in names
    assert not any(person in name and kind == "ORG" for name, kind in names)
    if body is not None:
        assert (body, "ORG") in names


def test_the_owner_of_a_ship_is_a_person_and_a_numbered_ship_still_a_ship() -> None:
    owner = found("Tàu cá TH -91552 - TS của chủ tàu Lê Văn Thực có 8 ngư dân.")
    assert ("Lê Văn Thực", "PER") in owner
    ship = found("Bà Yên là chủ tàu Vũ Gia 02 đang neo đậu ở cảng.")
    assert not any(kind == "PER" and "Vũ Gia" in name for name, kind in ship)
