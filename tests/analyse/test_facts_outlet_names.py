"""Names read on the open stream, thirty-ninth round: outlets and companies that a foreign
name's shape had made people. Two or three words opening with "The" are no one's name
untitled; the last word of an outlet's name ("Geographic", "Interest", "Daily", "Review")
closes an organisation's, after a brand from the gazetteer too ("Apple Daily", "Toyota
Motors"), where it had been cut off."""

from __future__ import annotations

import pytest
from naming import found


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("Theo The Hill, ông Trump đã ký sắc lệnh này vào tối qua.", "The Hill"),
        ("Tác giả Tristan Greene viết trên The Next Web rằng chưa đến.", "The Next Web"),
        ("Theo National Geographic, loài cá này rất hiếm.", "National Geographic"),
        ("Theo National Interest, Nga đã triển khai hải quân.", "National Interest"),
        ("Tờ Apple Daily của Hong Kong đưa tin nghi can đã bị bắt.", "Apple Daily"),
        ("Theo tạp chí Nikkei Asian Review, ông Mahathir nêu quan điểm.", "Nikkei Asian Review"),
        ("Lãnh đạo hãng Mazda Motor cho biết sẽ mở rộng đầu tư.", "Mazda Motor"),
    ],
)  # fmt: skip
def test_an_outlet_or_a_company_is_an_organisation(sentence: str, outlet: str) -> None:
    assert (outlet, "ORG") in found(sentence)


def test_a_titled_stage_name_opening_with_the_is_still_a_person() -> None:
    assert ("The Game", "PER") in found("Rapper The Game vừa phát hành album mới.")


def test_a_person_after_theo_is_still_a_person() -> None:
    assert ("Walter Freeman", "PER") in found("Theo Walter Freeman, hai nước sẽ sớm đàm phán.")
