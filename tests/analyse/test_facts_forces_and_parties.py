"""Bodies the extractor used to miss or cut to their place: armed services and border posts
("Hải quân Argentina", "Bộ đội Biên phòng tỉnh An Giang"), forces named after "Lực lượng",
parties written after a lower-case "đảng", the Government on its own ("Chính phủ"), and
models named by one letter and a number ("F-35")."""

from __future__ import annotations

import pytest
from naming import found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Hôm qua, Hải quân Argentina cho biết tàu ngầm vẫn mất tích.", "Hải quân Argentina"),
        ("Tiêm kích của Không quân Syria đã cất cánh từ căn cứ này.", "Không quân Syria"),
        (
            "Sáng 12-5, Bộ đội Biên phòng tỉnh An Giang cho biết đã bắt giữ hai người.",
            "Bộ đội Biên phòng tỉnh An Giang",
        ),
        (
            "Tổ công tác của Đồn Biên phòng Vĩnh Ngươn phát hiện một chiếc xuồng.",
            "Đồn Biên phòng Vĩnh Ngươn",
        ),
        (
            "Theo Cảng vụ Hàng hải Nghệ An, con tàu đã rời cảng lúc 6 giờ.",
            "Cảng vụ Hàng hải Nghệ An",
        ),
        ("Ông bị Lực lượng Phòng vệ Nhật Bản bắt giữ trên biển.", "Lực lượng Phòng vệ Nhật Bản"),
        (
            "Báo cáo của Quân chủng Phòng không - Không quân Việt Nam được gửi đi.",
            "Quân chủng Phòng không - Không quân Việt Nam",
        ),
        (
            "Ủy ban điều tra của đảng Cộng sản Trung Quốc đã vào cuộc.",
            "đảng Cộng sản Trung Quốc",
        ),
        (
            "Phát biểu trước Đại hội đồng Liên Hiệp Quốc, ông nhấn mạnh hòa bình.",
            "Đại hội đồng Liên Hiệp Quốc",
        ),
        ("Luật sư Phát (Đoàn luật sư TP. HCM) đề nghị tòa xem xét.", "Đoàn luật sư TP. HCM"),
    ],
)
def test_a_body_is_found_whole(text: str, body: str) -> None:
    assert (body, "ORG") in found(text)


def test_the_service_alone_and_the_government_alone_are_bodies() -> None:
    names = found(
        "Người phát ngôn cho biết Hải quân nước này vẫn tìm kiếm. "
        "Ông Thể thay mặt Chính phủ trình bày trước Quốc hội."
    )
    assert {("Hải quân", "ORG"), ("Chính phủ", "ORG")} <= names


@pytest.mark.parametrize(
    ("text", "kept", "not_a_body"),
    [
        # "Lực lượng" only says what the unit after it is
        (
            "Lực lượng Công an huyện Đại Lộc đã có mặt.",
            "Công an huyện Đại Lộc",
            "Lực lượng Công an huyện Đại Lộc",
        ),
        ("Lực lượng an ninh Nga đang truy nã nghi phạm.", "Nga", "Lực lượng an ninh Nga"),
        # the candidate's name is not the party's, nor is what the party does
        (
            "Bà ủng hộ ứng cử viên đảng Dân chủ Hillary Clinton trong cuộc tranh luận.",
            "Hillary Clinton",
            "đảng Dân chủ Hillary Clinton",
        ),
        (
            "Ứng cử viên đảng Cộng hòa cáo buộc Trung Quốc gây thiệt hại.",
            "Trung Quốc",
            "đảng Cộng hòa cáo buộc Trung Quốc",
        ),
        # the parties of a country, and two parties named together
        ("Các đảng Mỹ đều đồng ý với đề xuất này.", "Mỹ", "đảng Mỹ"),
        (
            "Đề xuất nhận được sự ủng hộ của cả hai đảng Dân chủ và Cộng hòa.",
            "đảng Dân chủ",
            "đảng Dân chủ và Cộng hòa",
        ),
    ],
)
def test_a_head_does_not_swallow_what_follows_it(text: str, kept: str, not_a_body: str) -> None:
    names = {name for name, _ in found(text)}
    assert kept in names
    assert not_a_body not in names


def test_lực_lượng_with_no_name_after_it_is_no_body() -> None:
    assert not any(kind == "ORG" for _, kind in found("Lực lượng chức năng đã bắt giữ đối tượng."))


@pytest.mark.parametrize(
    ("text", "model", "absent"),
    [
        ("Mỹ dừng chuyển giao tiêm kích F-35 cho Thổ Nhĩ Kỳ.", "F-35", None),
        ("Philippines mua thêm máy bay T-50 của Hàn Quốc.", "T-50", None),
        # a team's age group and a quarter of a year are no models
        ("Đội tuyển U-23 đã lên đường sang Thái Lan.", None, "U-23"),
        ("Trong quý I-2014, lợi nhuận của công ty tăng mạnh.", None, "I-2014"),
    ],
)
def test_a_model_named_by_one_letter_is_kept(
    text: str, model: str | None, absent: str | None
) -> None:
    names = found(text)
    if model is not None:
        assert (model, "MISC") in names
    if absent is not None:
        assert all(name != absent for name, _ in names)
