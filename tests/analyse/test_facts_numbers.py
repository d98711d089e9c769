"""Numbers: Vietnamese digit formats, scales, units, qualifiers, what they count."""

from __future__ import annotations

import pytest

from bantin.analyse import Analyser, Segmenter
from bantin.analyse.facts import NumberComponent
from bantin.analyse.facts.numbers import parse_number
from bantin.models import AnalysedArticle, Article


def numbers_of(text: str) -> AnalysedArticle:
    article = Article(id="t", path=None, body=(text,))
    return Analyser([Segmenter(), NumberComponent()])(article)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.000", 1000.0),
        ("1,5", 1.5),
        ("1.234.567", 1234567.0),
        ("1.234,5", 1234.5),
        ("2.5", 2.5),
        ("48", 48.0),
        ("1,2,3", None),
        ("abc", None),
    ],
)
def test_parse_number_reads_vietnamese_formats(text: str, value: float | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier", "about"),
    [
        ("Mỹ sẽ rút hơn 1.000 binh lính khỏi nước này.", 1000.0, None, "hơn", "binh lính"),
        ("Căn cứ trị giá 110 triệu USD đã hoạt động.", 110e6, "USD", None, "căn cứ"),
        ("Ông được yêu cầu rời đi trong 48 giờ.", 48.0, "giờ", None, ""),
        ("Có ít nhất 100 huấn luyện viên đã đến.", 100.0, None, "ít nhất", "huấn luyện viên"),
        ("Giá xăng tăng gần 1,5 nghìn đồng mỗi lít.", 1500.0, "đồng", "gần", ""),
        ("Khoảng 30 % cử tri chưa quyết định.", 30.0, "%", "khoảng", "cử tri"),
    ],
)
def test_extract_numbers_reads_value_unit_qualifier_and_head(
    text: str, value: float, unit: str | None, qualifier: str | None, about: str
) -> None:
    numbers = numbers_of(text).numbers
    assert len(numbers) == 1
    found = numbers[0]
    assert (found.value, found.unit, found.qualifier) == (value, unit, qualifier)
    assert found.about == about


@pytest.mark.parametrize(
    "text",
    [
        "Cuộc họp diễn ra ngày 22/4 tại thủ đô.",
        "Hội nghị khai mạc lúc 9 giờ sáng nay.",
        "Sự kiện xảy ra vào tháng 7/2023 ở Niger.",
        "Dự án được khởi công năm 2015.",
        "Đây là lần thứ 3 đội bóng vô địch.",
    ],
)
def test_extract_numbers_skips_dates_times_years_and_ordinals(text: str) -> None:
    assert numbers_of(text).numbers == ()
