"""Korean and Thai given names romanized with a dash before their last part, which VietNews
spaces ("Moon Jae - in", "Park Hang - seo", "Prayut Chan - o - cha"): the part is the name's,
though "in" and "seo" are Vietnamese words too; a Vietnamese description after a dash ("-
doanh nhân", "- con trai ông") is not, nor is "cho" after a place ("An Giang - cho biết")."""

from __future__ import annotations

import pytest
from naming import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tổng thống Moon Jae - in nói Hàn Quốc sẽ hợp tác.", "Moon Jae - in"),
        ("HLV Park Hang - seo cho biết đội sẽ thắng.", "Park Hang - seo"),
        ("Bà Kim Yo - jong, em gái ông Kim, đến Seoul.", "Kim Yo - jong"),
        ("Thủ tướng Prayut Chan - o - cha phát biểu tại Bangkok.", "Prayut Chan - o - cha"),
        ("Ông Choe Ryong - hae là người quyền lực thứ hai ở Triều Tiên.", "Choe Ryong - hae"),
    ],
)
def test_the_whole_name_is_a_person(text: str, name: str) -> None:
    assert (name, "PER") in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Khoản tiền đến từ ông Huang Xiangmo - doanh nhân gốc Hoa.", "Huang Xiangmo"),
        ("Ông John Smith - con trai ông Bob - cho biết.", "John Smith"),
        ("Xe chạy qua đường Trường Chinh - quay đầu tại ngã tư.", "Trường Chinh"),
    ],
)
def test_a_description_after_the_dash_is_not_the_name(text: str, name: str) -> None:
    assert name in {found_name for found_name, _ in found(text)}
