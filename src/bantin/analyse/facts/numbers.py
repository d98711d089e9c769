"""Quantities of one article: "hơn 1.000 binh lính", "110 triệu USD", "48 giờ".

Vietnamese writes "1.000" for one thousand and "1,5" for one and a half. Dates, times of day
("22h35", "21g"), years, ordinals, list numbers and identifiers written in digits (models
"S -300", plates "51 C -826.57", boats "NA 95899 TS", roads "quốc lộ 1") are not quantities and
are skipped. A unit takes one name whatever its spelling ("50.000đ", "50.000 VNĐ" are đồng).
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
        "%", "phần_trăm", "USD", "đô_la", "đồng", "euro", "EUR", "bảng", "yen", "yên",
        "nhân_dân_tệ", "NDT", "rúp", "won", "baht", "ringgit", "kíp", "rupee", "peso", "SGD",
        "AUD", "CAD", "HKD", "GBP", "JPY", "km", "m", "mét", "cm", "mm", "kg", "g", "mg", "tấn",
        "ha", "hecta", "lít", "ml", "km2", "m2", "km3", "m3", "độ", "inch", "feet", "dặm",
        "hải_lý", "giây", "phút", "giờ", "ngày", "tuần", "tháng", "năm", "thập_kỷ", "thế_kỷ",
        "tuổi", "lần", "thùng", "MW", "kW", "kWh", "MWh", "GB",
    )
}
# other spellings of a unit, so that sources writing "50.000đ" and "50.000 đồng" agree
_UNITS |= {
    fold(spelling): unit
    for spelling, unit in (
        ("VND", "đồng"), ("VNĐ", "đồng"), ("đ", "đồng"), ("đô", "đô_la"), ("đôla", "đô_la"),
        ("gam", "g"), ("tiếng", "giờ"), ("m²", "m2"), ("km²", "km2"), ("m³", "m3"),
    )
}
# a speed's unit is written across three tokens: "80 km / h"
_PER = {("km", "h"): "km/h", ("km", "giờ"): "km/h", ("m", "s"): "m/s", ("m", "giây"): "m/s"}
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
        "hạng_cân", "nghị_quyết", "nghị_định", "thông_tư", "quyết_định", "văn_bản", "công_văn",
        "quốc_lộ", "tỉnh_lộ", "huyện_lộ", "vành_đai", "biển_số", "BKS", "số_hiệu", "số_nhà",
        "thôn", "ấp", "xóm", "khóm", "phố", "khu_phố", "tiểu_khu", "mùng", "cơ_sở", "mức_độ",
    )
)
# a bare number after these is an ordinal, a day or a name: "vòng 15", "lần 4" (the fourth
# time), "báo động 3", "km 8" (a milestone), "bỏng độ 2", "Ban quản lý dự án 7", "đêm 14", a
# military unit named by number ("Quân khu 7", "Sư đoàn 312"); "trong vòng 28 tháng" is
# still a quantity
_ORDINAL_CUES = frozenset(
    fold(w)
    for w in (
        "vòng", "lần", "báo_động", "phương_án", "km", "độ", "dự_án", "quân_khu", "quân_đoàn",
        "sư_đoàn", "trung_đoàn", "lữ_đoàn", "tiểu_đoàn", "đại_đội", "hạm_đội",
    )
)  # fmt: skip
# a time of day before a day and month written with a dot: "chiều 1.11" is the 1st of
# November, where "mỗi chiều 30.000 đồng" (each way) is a quantity
_TIMES_OF_DAY = frozenset(fold(w) for w in ("sáng", "trưa", "chiều", "tối", "đêm", "rạng_sáng"))
_DOTTED_DAY = re.compile(r"\d{1,2}\.\d{1,2}")
_CLOCK = re.compile(r"[hg](?:\d{1,2})?")  # "20h", "22h35", "21g00": the hour's letter and minutes
# a number as Vietnamese writes it: "1.000", "1,5", "27.427"
_DIGITS = r"\d+(?:[.,]\d+)*"
# a model's or a series' letters: "S", "Tu", "51C"
_CODE = re.compile(r"\d*[A-Z][A-Za-z]*\d?")
# identifiers written with digits: a model "S -300" (no space after the hyphen, where a dash
# between two things has spaces), a plate "47K - 8361", "61A 276.34", "51 C -826.57"
_DASHED_CODE = re.compile(rf"(?<!\w){_CODE.pattern} ?[-–]({_DIGITS})")
_VERSION = re.compile(r"\d+\.0")
_PLATE_PREFIX = re.compile(r"\d{2}[A-Z]{1,2}\d?")
_PLATE_SERIES = re.compile(r"[A-Z]{1,2}\d?")
_NAMING_WORDS = _ORDINAL_CUES | _TIMES_OF_DAY  # "vòng 15", "đêm 14": a bare number names
_DATE_WORDS = _TIMES_OF_DAY | {fold(w) for w in ("ngày", "hôm", "mùng", "tháng")}
# "tiếng" before these is a sound, before a capital a language ("2 tiếng Anh")
_SOUNDS = frozenset(
    fold(w) for w in ("nổ", "súng", "chuông", "còi", "kêu", "pháo", "hét", "động", "gọi", "hô")
)
_AFTER_HOURS = _DATE_WORDS | {fold(w) for w in ("cùng", "giờ", "hằng", "hằng_ngày", "hàng_ngày")}
_CALENDAR = frozenset(fold(w) for w in ("tháng", "năm"))
_AGE = fold("tuổi")
# words that end the noun phrase a number counts
_STOP = frozenset(
    fold(w)
    for w in (
        "của", "và", "ở", "tại", "đã", "được", "trong", "với", "từ", "cho", "khỏi", "là", "này",
        "đó", "như", "mà", "thì", "để", "vào", "ra", "lên", "xuống", "so", "sau", "trước", "khi",
        "nhưng", "hoặc", "hay", "cũng", "sẽ", "đang", "vẫn", "bị", "các", "những", "có",
        "không", "trị_giá", "tương_đương", "qua", "nay", "tới", "nữa", "rồi", "thôi", "đến",
        "mỗi", "một", "nào", "rằng", "theo", "vì", "do", "bằng", "về", "chưa", "đều", "phải",
        "vừa", "mới", "lại", "hơn", "nhất", "vừa_qua", "đồng_hồ", "rưỡi", "trở", "trở_lên",
        "trở_xuống", "trở_đi",
    )
)
# fmt: on
_NUMBER = re.compile(rf"^{_DIGITS}$")
_JOINED_RANGE = re.compile(rf"({_DIGITS})([-–])({_DIGITS})")
_DASHES = ("-", "–")
_LISTING = (",", "và", "hoặc")
_CLOSING = (".", ";", ")", "…")


def is_unit(word: str) -> bool:
    """A unit or a currency a number is counted in: "USD", "km", "tấn"."""
    return fold(word) in _UNITS


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
    "tỷ_bảng"), which would hide the quantity, and keeps a range written without spaces in
    one token ("20-40", "15-30_cm"), which is cut where a scale or unit follows.
    """
    tokens: list[str] = []
    for k, word in enumerate(words):
        if word[:1].isdigit() and _is_measured_range(words, k):
            head, _, word = word.partition("_")
            tokens.extend(_JOINED_RANGE.split(head)[1:4])
            if not word:
                continue
        while "_" in word:
            first, rest = word.split("_", 1)
            if parse_number(first) is None and fold(first) not in _SCALES:
                break
            tokens.append(first)
            word = rest
        tokens.append(word)
    return tokens


def _is_measured_range(words: Sequence[str], k: int) -> bool:
    """Whether ``words[k]`` is a range like "20-40" followed by a scale or unit ("20-40%").

    "ngày 14-15 tháng 3" and "2-9 năm 2019" are dates whose month or year word reads like a
    unit: a range after a word of time, or before a month or year word and its number,
    stays whole.
    """
    head, _, rest = words[k].partition("_")
    joined = _JOINED_RANGE.fullmatch(head)
    if not joined:
        return False
    after = (rest.split("_") if rest else []) + list(words[k + 1 : k + 3])
    measure = fold(after[0]) if after else ""
    if measure not in _SCALES and (
        measure not in _UNITS or not _reads_as_unit([joined[3], *after], 1)
    ):
        return False
    if k > 0 and fold(words[k - 1]) in _DATE_WORDS:
        return False
    if k > 1 and words[k - 1] in ("và", ",") and _is_day_month_token(words[k - 2]):
        return False  # "dịp lễ 30-4 và 1-5 năm nay"
    return not (measure in _CALENDAR and len(after) > 1 and parse_number(after[1]) is not None)


def _is_day_month_token(token: str) -> bool:
    """Whether ``token`` is a date written "30-4" in one token."""
    joined = _JOINED_RANGE.fullmatch(token)
    if joined is None:
        return False
    return _is_day_and_month(parse_number(joined[1]), parse_number(joined[3]))


def _is_day_and_month(day: float | None, month: float | None) -> bool:
    if not day or not month or not (day.is_integer() and month.is_integer()):
        return False
    return 1 <= day <= 31 and 1 <= month <= 12


def _scale_and_unit(words: Sequence[str], start: int) -> tuple[float, str | None, int]:
    """The scale words and unit from ``words[start]`` on ("tỷ USD"), and where they end."""
    scale, end = 1.0, start
    while end < len(words) and fold(words[end]) in _SCALES:
        scale *= _SCALES[fold(words[end])]
        end += 1
    if end < len(words) and fold(words[end]) in _UNITS:
        unit = _UNITS[fold(words[end])]
        if not _reads_as_unit(words, end):
            return scale, None, end
        if end + 2 < len(words) and words[end + 1] == "/":
            per = _PER.get((unit, fold(words[end + 2])))
            if per:
                return scale, per, end + 3
        return scale, unit, end + 1
    return scale, None, end


def _reads_as_unit(words: Sequence[str], k: int) -> bool:
    """Whether the unit word ``words[k]`` is a unit here.

    "3 tiếng" is three hours but "9 tiếng chuông" nine chimes; "300g" and "10 g chì" are
    grams but "20g đêm", "15g cùng ngày" and "khoảng 21g," are hours.
    """
    unit, after = fold(words[k]), fold(words[k + 1]) if k + 1 < len(words) else ""
    if unit == "g":
        # Tuổi Trẻ writes hours "21g": an hour of the day followed by nothing that is weighed
        hour = parse_number(words[k - 1]) if k > 0 else None
        if hour is None or not hour.is_integer() or hour > 24 or after == "/":
            return True
        return after[:1].isalpha() and after not in _STOP and after not in _AFTER_HOURS
    if unit == fold("tiếng"):
        following = words[k + 1] if k + 1 < len(words) else ""
        return after.partition("_")[0] not in _SOUNDS and not following[:1].isupper()
    return True


def _range_end(words: Sequence[str], dash: int) -> tuple[float, str | None]:
    """Scale and unit of the quantity after ``words[dash]`` when it is a range's dash."""
    if dash + 1 >= len(words) or words[dash] not in _DASHES:
        return 1.0, None
    if parse_number(words[dash + 1]) is None:
        return 1.0, None
    scale, unit, _ = _scale_and_unit(words, dash + 2)
    return (scale, unit) if unit is not None else (1.0, None)


def _is_edition_number(token: str) -> bool:
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
            if not measured and _is_day_and_month(d, m):
                return True
    return False


def _head_words(words: Sequence[str], allow_capital: bool = False) -> list[str]:
    head: list[str] = []
    for word in words:
        capital = word[:1].isupper() and not allow_capital
        if len(head) == 2 or fold(word) in _STOP or not word[:1].isalpha() or capital:
            break
        head.append(word.replace("_", " ").lower() if allow_capital else word.replace("_", " "))
    return head


def _is_identifier(words: Sequence[str], i: int, dashed: set[str]) -> bool:
    """Whether ``words[i]`` is part of a model, plate or registration number."""
    before, after = words[max(0, i - 2) : i], words[i + 1 : i + 3]
    if before[-1:] and _PLATE_PREFIX.fullmatch(before[-1]):
        return True  # "61A 276.34"
    if len(before) == 2 and before[1] in _DASHES:
        if _PLATE_PREFIX.fullmatch(before[0]):
            return True  # "47K - 8361"
        if words[i] in dashed and _CODE.fullmatch(before[0].rsplit("_", 1)[-1]):
            return True  # "S -300", "Tu -22 M3"
    return len(after) == 2 and bool(_PLATE_SERIES.fullmatch(after[0])) and after[1] in _DASHES


def _is_bare_label(words: Sequence[str], i: int, end: int) -> bool:
    """Whether ``words[i]``, a number with neither scale nor unit, names rather than counts:
    a time of day ("20h", "22h35"), an ordinal or a day ("lần 4", "đêm 14"), a code."""
    word, before, after = words[i], words[i - 1 : i], words[end : end + 1]
    if after and _CLOCK.fullmatch(after[0]):
        return True
    if before and fold(before[0]) in _NAMING_WORDS:
        return True
    if before == ["+"] or after == ["+"]:
        return True  # a milestone "Km 15+500", "P5+1"; "+ 5%" is still a share
    if before and fold(before[0]) == "vùng" and after and after[0][:1].isupper():
        return True  # a region's name: "Bộ Tư lệnh vùng 5 Hải quân" ("vùng 3 tỉnh" counts)
    code = words[end + 1 : end + 2]
    if after and after[0] in _DASHES and code and code[0].isupper() and len(code[0]) > 1:
        return True  # a document's number: "Quy định 47 - QĐ / TW", "Chỉ thị 05-CT/TW"
    if _VERSION.fullmatch(word):
        return True  # "cách mạng công nghiệp 4.0"
    if before == ["("] and after and after[0][:1].isupper():
        return True  # a house number: "(57 Huỳnh Thúc Kháng, Hà Nội)"
    # quantities write "95.899": four digits or more without a separator are an identifier
    # ("tàu cá NA 95899 TS", "Thí sinh 14000619", a phone number)
    return word.isdigit() and len(word) >= 4 and not _is_year(word, 1.0, None)


def extract_numbers(sentences: Sequence[Sentence]) -> tuple[NumberMention, ...]:
    found: list[NumberMention] = []
    for sentence in sentences:
        words = _split_numbers(sentence.words)
        dashed = {m[1] for m in _DASHED_CODE.finditer(sentence.text)}
        labels: set[int] = set()
        for i, word in enumerate(words):
            value = parse_number(word) if word[:1].isdigit() else None
            if value is None:
                continue
            if i > 0 and fold(words[i - 1]) in _NOT_QUANTITY:
                labels.add(i)
                continue  # a label, rank or address ("cấp 3")
            listed = i > 1 and words[i - 1] in _LISTING and i - 2 in labels
            if listed and (i + 1 == len(words) or words[i + 1] in _LISTING + _CLOSING):
                labels.add(i)
                continue  # listed after one: "quận 4, 5 và 7." ("Điều 3, 5 triệu đồng" counts)
            if i > 0 and words[i - 1] == "/":
                continue  # a date's month ("29-30/6")
            if i > 0 and fold(words[i - 1]) in _TIMES_OF_DAY and _DOTTED_DAY.fullmatch(word):
                continue
            if i == 0 and len(words) > 1 and words[1] in (".", ")"):
                continue  # a list number
            if _is_identifier(words, i, dashed):
                continue
            scale, unit, end = _scale_and_unit(words, i + 1)
            if unit is None and scale == 1.0:
                # the first end of a range takes the scale and unit of the second: "25 - 27 độ"
                scale, unit = _range_end(words, end)
            if unit is None and scale == 1.0 and _is_bare_label(words, i, end):
                continue
            # an age written after its word: "qua đời ở tuổi 95"
            age_first = unit is None and scale == 1.0 and i > 0 and fold(words[i - 1]) == _AGE
            unit = _AGE if age_first else unit
            if _is_year(word, scale, unit) or _is_day_month(words, i, end):
                continue
            if unit == "giờ" and end < len(words) and fold(words[end]) in _TIMES_OF_DAY:
                continue  # a time of day: "9 giờ tối" ("kéo dài 3 giờ" lasts)
            if end == i + 1 and i > 1 and words[i - 1][:1].isupper() and _is_edition_number(word):
                continue  # a name's number: "SEA Games 27", "ARDEX 13", "Trung ương 5"
            start, qualifier = (i - 1 if age_first else i), None
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
    version: ClassVar[str] = "6"
    requires: ClassVar[tuple[str, ...]] = ("sentences",)
    assigns: ClassVar[tuple[str, ...]] = ("numbers",)

    def __call__(self, article: AnalysedArticle) -> AnalysedArticle:
        return article.model_copy(update={"numbers": extract_numbers(article.sentences)})
