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
    )
)
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


def parse_number(text: str) -> float | None:
    """Vietnamese digits to a float: "1.000" -> 1000, "1,5" -> 1.5, "1.234,5" -> 1234.5."""
    if not _NUMBER.match(text):
        return None
    if "." in text and "," in text:
        return float(text.replace(".", "").replace(",", "."))
    if "." in text:
        groups = text.split(".")
        if all(len(g) == 3 for g in groups[1:]):
            return float("".join(groups))
        return float(text) if len(groups) == 2 else None
    if "," in text:
        groups = text.split(",")
        return float(text.replace(",", ".")) if len(groups) == 2 else None
    return float(text)


def _is_year(value: float, scale: float, unit: str | None) -> bool:
    return scale == 1.0 and unit is None and value.is_integer() and 1900 <= value <= 2100


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
        words = sentence.words
        for i, word in enumerate(words):
            value = parse_number(word)
            if value is None or (i > 0 and fold(words[i - 1]) in _NOT_QUANTITY):
                continue
            if i == 0 and len(words) > 1 and words[1] in (".", ")"):
                continue  # a list number
            end, scale, unit = i + 1, 1.0, None
            while end < len(words) and fold(words[end]) in _SCALES:
                scale *= _SCALES[fold(words[end])]
                end += 1
            if end < len(words) and fold(words[end]) in _UNITS:
                unit = _UNITS[fold(words[end])]
                end += 1
            if _is_year(value, scale, unit) or (unit == "giờ" and i > 0 and words[i - 1] == "lúc"):
                continue
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
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("sentences",)
    assigns: ClassVar[tuple[str, ...]] = ("numbers",)

    def __call__(self, article: AnalysedArticle) -> AnalysedArticle:
        return article.model_copy(update={"numbers": extract_numbers(article.sentences)})
