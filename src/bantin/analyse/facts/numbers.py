"""Quantities of one article: "hơn 1.000 binh lính", "110 triệu USD", "48 giờ".

Vietnamese writes "1.000" for one thousand and "1,5" for one and a half. Dates, times of day,
years, ordinals and list numbers are not quantities and are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from ...models import AnalysedArticle, NumberMention, Sentence
from .lexicon import fold

# fmt: off
_SCALES = {"chục": 10.0, "trăm": 100.0, "nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9,
           "tỉ": 1e9}
_UNITS = {
    fold(u): u
    for u in (
        "%", "phần_trăm", "USD", "đô_la", "đôla", "đồng", "VND", "VNĐ", "euro", "EUR", "bảng",
        "yen", "yên", "nhân_dân_tệ", "NDT", "rúp", "won", "km", "m", "mét", "cm", "mm", "kg",
        "tấn", "ha", "hecta", "lít", "km2", "m2", "độ", "giây", "phút", "giờ", "ngày", "tuần",
        "tháng", "năm", "thập_kỷ", "thế_kỷ", "tuổi", "lần", "thùng", "MW", "GB",
    )
}
_QUALIFIERS = (
    "ít_nhất", "tối_thiểu", "tối_đa", "gần", "hơn", "trên", "khoảng", "chừng", "xấp_xỉ",
    "dưới", "chưa_đến", "lên_tới", "tới", "gần_như", "hàng", "quá",
)
# verbs linking a value to the thing it measures ("căn cứ trị giá 110 triệu USD")
_LINKS = frozenset(fold(w) for w in ("trị_giá", "tương_đương", "đạt", "là", "tổng_cộng", "lên"))
# a number right after these is a date, time, ordinal or reference, not a quantity
_NOT_QUANTITY = frozenset(
    fold(w)
    for w in (
        "ngày", "tháng", "năm", "thứ", "lúc", "hôm", "số", "điều", "khoản", "mục", "chương",
        "phần", "trang", "hạng", "vị_trí", "phút_thứ", "lần_thứ", "quận", "phường", "đường",
        "kỳ", "khóa", "tập", "phòng", "ô", "tầng", "lô", "câu", "bảng", "nhóm", "mã", "tỷ_số",
        "cấp", "lớp", "quý", "hẻm", "ngõ", "ngách", "kiệt", "top", "thế_kỷ", "giai_đoạn",
        "hạng_cân", "nghị_quyết", "nghị_định", "thông_tư", "quyết_định",
    )
)
# a time of day before a day and month written with a dot: "chiều 1.11" is the 1st of
# November, where "mỗi chiều 30.000 đồng" (each way) is a quantity
_TIMES_OF_DAY = frozenset(fold(w) for w in ("sáng", "trưa", "chiều", "tối", "đêm", "rạng_sáng"))
_DOTTED_DAY = re.compile(r"\d{1,2}\.\d{1,2}")
# words that end the noun phrase a number counts
_STOP = frozenset(
    fold(w)
    for w in (
        "của", "và", "ở", "tại", "đã", "được", "trong", "với", "từ", "cho", "khỏi", "là", "này",
        "đó", "như", "mà", "thì", "để", "vào", "ra", "lên", "xuống", "so", "sau", "trước", "khi",
        "nhưng", "hoặc", "hay", "cũng", "sẽ", "đang", "vẫn", "bị", "các", "những", "có",
        "không", "trị_giá", "tương_đương", "qua", "nay", "tới", "nữa", "rồi", "thôi", "đến",
        "mỗi", "một", "nào", "rằng", "theo", "vì", "do", "bằng", "về", "chưa", "đều", "phải",
        "vừa", "mới", "lại", "hơn", "nhất",
    )
)
# fmt: on
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")
_DASHES = ("-", "–")


def parse_number(text: str) -> float | None:
    """Vietnamese digits to a float: "1.000" -> 1000, "1,5" -> 1.5, "1.234,5" -> 1234.5."""
    if not _NUMBER.match(text):
        return None
    if "." in text and "," in text:
        return float(text.replace(".", "").replace(",", "."))
    if "." in text:
        groups = text.split(".")
        if groups[0] != "0" and all(len(g) == 3 for g in groups[1:]):
            return float("".join(groups))
        return float(text) if len(groups) == 2 else None
    if "," in text:
        groups = text.split(",")
        return float(text.replace(",", ".")) if len(groups) == 2 else None
    return float(text)


def _is_year(token: str, scale: float, unit: str | None) -> bool:
    # "2.000 người" is a count: a year is written without a thousands separator
    return scale == 1.0 and unit is None and token.isdigit() and 1900 <= int(token) <= 2100


def _split_numbers(words: Sequence[str]) -> list[str]:
    """``words`` with numbers and scales cut off the words the segmenter glued them to.

    underthesea joins a number or a scale with the next syllables ("1.600_vũ_khí",
    "tỷ_bảng"), which would hide the quantity.
    """
    tokens: list[str] = []
    for word in words:
        while "_" in word:
            first, rest = word.split("_", 1)
            if parse_number(first) is None and fold(first) not in _SCALES:
                break
            tokens.append(first)
            word = rest
        tokens.append(word)
    return tokens


def _scale_and_unit(words: Sequence[str], start: int) -> tuple[float, str | None, int]:
    """The scale words and unit from ``words[start]`` on ("tỷ USD"), and where they end."""
    scale, end = 1.0, start
    while end < len(words) and fold(words[end]) in _SCALES:
        scale *= _SCALES[fold(words[end])]
        end += 1
    if end < len(words) and fold(words[end]) in _UNITS:
        return scale, _UNITS[fold(words[end])], end + 1
    return scale, None, end


def _range_end(words: Sequence[str], dash: int) -> tuple[float, str | None]:
    """Scale and unit of the quantity after ``words[dash]`` when it is a range's dash."""
    if dash + 1 >= len(words) or words[dash] not in _DASHES:
        return 1.0, None
    if parse_number(words[dash + 1]) is None:
        return 1.0, None
    scale, unit, _ = _scale_and_unit(words, dash + 2)
    return (scale, unit) if unit is not None else (1.0, None)


def _is_label(token: str) -> bool:
    """A bare small integer, as names number their editions ("Games 27"); not "27.427"."""
    return token.isdigit() and int(token) < 1000


def _is_day_month(words: Sequence[str], i: int, end: int) -> bool:
    """Whether ``words[i]`` is part of a spaced date "23 - 10" (day - month, nothing after)."""
    if end > i + 1:
        return False  # a scale or unit follows: a range "25 - 27 độ", not a date
    for day, month in ((i, i + 2), (i - 2, i)):
        if day >= 0 and month < len(words) and words[(day + month) // 2] in _DASHES:
            d, m = parse_number(words[day]), parse_number(words[month])
            after = fold(words[month + 1]) if month + 1 < len(words) else ""
            measured = after in _UNITS or after in _SCALES
            if d and m and 1 <= d <= 31 and 1 <= m <= 12 and not measured:
                return d.is_integer() and m.is_integer()
    return False


def _head_words(words: Sequence[str], allow_capital: bool = False) -> list[str]:
    head: list[str] = []
    for word in words:
        capital = word[:1].isupper() and not allow_capital
        if len(head) == 2 or fold(word) in _STOP or not word[:1].isalpha() or capital:
            break
        head.append(word.replace("_", " ").lower() if allow_capital else word.replace("_", " "))
    return head


def extract_numbers(sentences: Sequence[Sentence]) -> tuple[NumberMention, ...]:
    found: list[NumberMention] = []
    for sentence in sentences:
        words = _split_numbers(sentence.words)
        for i, word in enumerate(words):
            value = parse_number(word)
            if value is None or (i > 0 and fold(words[i - 1]) in _NOT_QUANTITY):
                continue  # a label, rank or address ("cấp 3")
            if i > 0 and words[i - 1] == "/":
                continue  # a date's month ("29-30/6")
            if i > 0 and fold(words[i - 1]) in _TIMES_OF_DAY and _DOTTED_DAY.fullmatch(word):
                continue
            if i == 0 and len(words) > 1 and words[1] in (".", ")"):
                continue  # a list number
            scale, unit, end = _scale_and_unit(words, i + 1)
            if unit is None and end < len(words) and words[end] == "h":
                continue  # a time of day: "20h ngày 11/7"
            if unit is None and scale == 1.0:
                # the first end of a range takes the scale and unit of the second: "25 - 27 độ"
                scale, unit = _range_end(words, end)
            if _is_year(word, scale, unit) or _is_day_month(words, i, end):
                continue
            if end == i + 1 and i > 1 and words[i - 1][:1].isupper() and _is_label(word):
                continue  # a name's number: "SEA Games 27", "ARDEX 13", "Trung ương 5"
            start, qualifier = i, None
            if i > 0 and words[i - 1].lower() in _QUALIFIERS:
                start, qualifier = i - 1, words[i - 1].replace("_", " ").lower()
            about = _head_words(words[end:])
            if not about and start > 0 and fold(words[start - 1]) in _LINKS:
                # "căn cứ trị giá 110 triệu USD": the value of the thing before the verb
                before = words[max(0, start - 3) : start - 1][::-1]
                about = _head_words(before, allow_capital=start <= 3)[::-1]
            text = " ".join(words[start:end]).replace("_", " ")
            found.append(
                NumberMention(
                    value=value * scale,
                    unit=unit.replace("_", " ") if unit else None,
                    about=" ".join(about),
                    text=text,
                    sentence=sentence.index,
                    qualifier=qualifier,
                )
            )
    return tuple(found)


class NumberComponent:
    """Assigns ``numbers``: quantities with their unit, qualifier and what they count."""

    name: ClassVar[str] = "facts.numbers"
    version: ClassVar[str] = "3"
    requires: ClassVar[tuple[str, ...]] = ("sentences",)
    assigns: ClassVar[tuple[str, ...]] = ("numbers",)

    def __call__(self, article: AnalysedArticle) -> AnalysedArticle:
        return article.model_copy(update={"numbers": extract_numbers(article.sentences)})
