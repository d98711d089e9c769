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
        ("0.034", 0.034),  # a thousands group never follows a leading 0
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
        "Gió đông bắc cấp 2 - 3.",
        "Sáng nay 23 - 10, tại xã diễn ra buổi diễn tập.",
        "Lúc 20h ngày 11/7, nhóm này bỏ đi.",
        "Trong các ngày họp 29-30/6, hai bên đã thảo luận.",
        "Đội tuyển chuẩn bị cho SEA Games 27 ở nước bạn.",
        "Anh giao hàng tại hẻm 113 đường Võ Duy Ninh.",
        "Em là học sinh lớp 10 của trường.",
        "Lợi nhuận quý 3 năm trước đã giảm.",
        "Chiều 1.11, bên hành lang Quốc hội, ông trả lời báo chí.",
    ],
)
def test_extract_numbers_skips_dates_times_years_and_ordinals(text: str) -> None:
    assert numbers_of(text).numbers == ()


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # underthesea glues a number to the next word ("1.600_vũ_khí") or a scale to a unit
        ("Anh sẽ gửi 1.600 vũ khí chống tăng cho Kiev.", [(1600.0, None)]),
        ("Anh đã chi 2,3 tỷ bảng Anh cho vũ khí.", [(2.3e9, "bảng")]),
        # a year is written without a thousands separator: this is a count
        ("Cơn bão khiến 2.000 người chết.", [(2000.0, None)]),
        # the first end of a range takes the unit of the second
        ("Nhiệt độ cao nhất từ 31 - 34 độ.", [(31.0, "độ"), (34.0, "độ")]),
        ("Giá dao động 2 - 3 triệu đồng.", [(2e6, "đồng"), (3e6, "đồng")]),
        # "chiều" is also a direction: "mỗi chiều" (each way) before a price
        ("Giá vàng giảm mỗi chiều 30.000 đồng/lượng.", [(30000.0, "đồng")]),
    ],
)
def test_extract_numbers_reads_glued_words_separated_thousands_and_ranges(
    text: str, values: list[tuple[float, str | None]]
) -> None:
    assert [(n.value, n.unit) for n in numbers_of(text).numbers] == values
