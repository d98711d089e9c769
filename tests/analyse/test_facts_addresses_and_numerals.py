"""A street named for a person after a house number is a street ("tại số 12 Lê Lợi", "số nhà
01 Hàn Mặc Tử"), not the person; a shirt's number is no address. Streets listed after "các
tuyến đường lớn như" are streets too, and a street's name goes on over a head word ("đường
Đinh Bộ Lĩnh"). A roman numeral numbers what
it follows ("Đại hội XII", "khóa XIV") and is no organisation, though it closes a monarch's
name."""

from __future__ import annotations

import pytest
from naming import found


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Trụ sở công ty tại số 12 Lê Lợi, quận 1, TP.HCM.", "Lê Lợi", "LOC"),
        ("Khám xét nơi ở của ông Tùng tại số nhà 01 Hàn Mặc Tử, TP Quy Nhơn.", "Hàn Mặc Tử", "LOC"),
        ("Công ty có địa chỉ số 127K Đinh Tiên Hoàng, quận Bình Thạnh.", "Đinh Tiên Hoàng", "LOC"),
        ("Ông Nguyễn Văn A (ngụ số 82 Cao Thắng, quận 3) cho biết.", "Cao Thắng", "LOC"),
        # streets a plural cue lists after "lớn như", and a head word inside a street's name
        ("Các tuyến đường lớn như Trần Phú, Phan Đình Phùng ùn ứ.", "Phan Đình Phùng", "LOC"),
        ("Các tuyến phố như Nguyễn Trãi, Lê Văn Lương và Tố Hữu bị ngập.", "Tố Hữu", "LOC"),
        ("Xe kẹt trên đường Đinh Bộ Lĩnh hôm qua.", "Đinh Bộ Lĩnh", "LOC"),
        ("Xe kẹt trên đường Khánh Hội hôm qua.", "Khánh Hội", "LOC"),
        # a title after a place's name starts someone else's
        (
            "Phiến quân tại thành phố Deir al-Zor Tướng Jama'a Jama'a bị bắn.",
            "Jama'a Jama'a",
            "PER",
        ),
        # what the rules leave alone
        ("Cầu thủ mang áo số 10 Nguyễn Quang Hải ghi bàn.", "Nguyễn Quang Hải", "PER"),
        ("Giáo hoàng Benedict XVI qua đời.", "Benedict XVI", "PER"),
        ("Vua Louis XIV của Pháp.", "Louis XIV", "PER"),
    ],
)
def test_the_name_and_its_type(text: str, name: str, type_: str) -> None:
    assert (name, type_) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Đại hội XII của Đảng đã thông qua nghị quyết.",
        "Quốc hội khóa XIV họp kỳ thứ 5.",
        "Các đội đua giành giải II, III và IV.",
    ],
)
def test_a_roman_numeral_is_no_name(text: str) -> None:
    assert not {name for name, _ in found(text) if name.strip("IVX ") == ""}
