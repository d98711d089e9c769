"""Temporal expressions of one article, resolved to calendar dates.

Own rules, not dateparser's free-text search (it reads "căng thẳng sau" as a date). Each
expression is resolved against a reference date: the article's publication date, or, when the
page has none, one inferred from the page's own dates that carry a year ("tháng 7/2023" makes
a later "hôm 22/4" 22 April 2024). A date whose year was not written out is marked
``inferred``; one that cannot be resolved keeps ``date=None``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import ClassVar

from ...models import AnalysedArticle, DateMention, Sentence
from .lexicon import WORD_NUMBERS

# words leading into a date ("hôm", "hồi", "vào"), read backwards from a match: patterns that
# could start with them would be tried at every position of every sentence
_LEAD_IN = re.compile(
    r"(?:\b(?:hôm|ngày|vào|hồi|sáng|trưa|chiều|tối|đêm|rạng sáng|từ|đến|tới|trước|sau)\s+)+$",
    re.IGNORECASE,
)
_WEEKDAYS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5, "chủ nhật": 6}
_WEEKDAY_DIGITS = {"2": 0, "3": 1, "4": 2, "5": 3, "6": 4, "7": 5}
_UNITS_BACK = {"ngày": 1, "tuần": 7}
_AMOUNT = r"(\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"

_DIGITS = tuple("0123456789")
# (kind, words one of which a sentence must contain for the pattern to be tried, pattern);
# patterns run on the lower-cased sentence (faster than IGNORECASE), weekdays on the original
# because only a capitalised "thứ Hai" is Monday
_PATTERNS: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (kind, needs, re.compile(pattern))
    for kind, needs, pattern in (
        ("dmy", _DIGITS, r"(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*((?:19|20)\d{2})\b"),
        ("dmy", ("tháng",), r"(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})\b"),
        (
            "my",
            ("tháng",),
            r"(?:(đầu|giữa|cuối)\s+)?tháng\s+(\d{1,2})\s*(?:[/.-]|năm)\s*((?:19|20)\d{2})\b",
        ),
        (
            "dm",
            _DIGITS,
            r"(?:(?:hôm|ngày|sáng|trưa|chiều|tối|đêm|rạng sáng|dịp|lễ|thứ)\s+(?:\w+\s+)?)"
            r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\b(?!\s*[/.-]\s*\d)",
        ),
        ("dm", ("tháng",), r"(?:hôm|ngày)\s+(\d{1,2})\s+tháng\s+(\d{1,2})\b(?!\s*(?:/|năm\s+\d))"),
        ("dm", ("(",), r"\((\d{1,2})/(\d{1,2})\)"),
        # a weekday with its date in brackets: "tối thứ bảy (2.11)", "chủ nhật (3-11)"
        (
            "dm",
            ("(",),
            r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)\s*\((\d{1,2})[/.-](\d{1,2})\)",
        ),
        # "sáng nay (14-5)", "ngày mai (1-7)": a dash in brackets is a date only after a
        # relative day (else a score)
        ("dm", ("nay", "mai", "qua"), r"(?:nay|mai|qua)\s*\((\d{1,2})[-.](\d{1,2})\)"),
        # a month of a year said relatively: "tháng 11 năm ngoái", "tháng 10 năm nay"
        (
            "mrel",
            ("tháng",),
            r"(?:(đầu|giữa|cuối)\s+)?tháng\s+(\d{1,2})\s+năm\s+(ngoái|nay|tới|sau|trước)\b",
        ),
        (
            "m",
            ("tháng",),
            r"(?:(đầu|giữa|cuối)\s+)?tháng\s+(\d{1,2})\b"
            r"(?!\s*[/,.]?\s*\d|\s+năm\s+(?:\d|ngoái|nay|tới|sau|trước))"
            r"(\s+(?:tới|sắp tới|sau|vừa qua))?",
        ),
        # a range of days in one month ("6-8/12", "26 - 27/7"): dated by its first day
        ("range", ("/",), r"\b(\d{1,2})\s*[-–]\s*\d{1,2}\s*/\s*(\d{1,2})\b(?!\s*/\s*\d)"),
        # a month by its name, capitalised ("tháng Tám vừa qua"): lower case "tháng năm" is
        # "months and years"
        (
            "mword",
            ("tháng",),
            r"(?:(đầu|giữa|cuối)\s+)?[Tt]háng\s+(Giêng|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười"
            r"(?:\s+(?:Một|Hai))?|Chạp)\b(?!\s*[/,.]?\s*\d|\s+năm\s+\d)"
            r"(\s+(?:tới|sắp tới|sau|vừa qua))?",
        ),
        ("y", ("năm",), r"năm\s+((?:19|20)\d{2})\b"),
        (
            "weekday",
            ("thứ", "chủ nhật"),
            r"([Tt]hứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])\b|[Cc]hủ nhật)",
        ),
        ("ago", ("cách đây",), r"cách đây\s+" + _AMOUNT + r"\s+(ngày|tuần|tháng|năm)\b"),
        ("ago", ("trước",), _AMOUNT + r"\s+(ngày|tuần|tháng|năm)\s+trước\b"),
        (
            "rel",
            ("hôm", "ngày mai", "nay", " qua", "tuần", "tháng", "năm"),
            r"(?:(đầu|giữa|cuối)\s+)?(hôm nay|hôm qua|hôm kia|ngày mai"
            r"|(?:sáng|trưa|chiều|tối|đêm) (?:nay|qua)"
            r"|tuần (?:trước|qua|này|tới|sau)|tháng (?:trước|này|tới|sau)"
            r"|(?<!các )(?<!những )(?<!mấy )năm (?:ngoái|nay|tới|sau|trước))\b"
            r"(?!\s+(?:khi|đó|này))",
        ),
    )
)
# what joins the two ends of a range of dates
# (the closing expression's lead-in may hold it: "đến tháng 6.2013")
_JOINER = re.compile(r"\s*(?:đến|tới|[-–])\s", re.IGNORECASE)
_SPACE_OR_JOINER = re.compile(r"\s*(?:đến|tới|[-–])?\s*", re.IGNORECASE)
# days after the reference a day and month without a year may be (scheduled events)
_GRACE_DAYS = 61
# words of a quoted title a date may close ("Cung trầm tháng 7"), and the marks around it
_TITLE_WORDS = 5
_OPENING_MARKS = ("“", '"', "‘", "'")
_CLOSING_MARKS = ("”", '"', "’", "'")
# a day and month this close before a dated event is in its year, not the next one
_SAME_YEAR_DAYS = 31
_DAY_PARTS = frozenset({"sáng", "trưa", "chiều", "tối", "đêm"})
# lead-in words of the day a report is about, and the sentences that open a report
_DAY_OF_REPORT = _DAY_PARTS | {"hôm", "rạng"}
_OPENING_SENTENCES = 2
# patterns matched on the original text: their capitals tell a weekday or a month's name
_CASED = frozenset({"weekday", "mword"})
_MONTH_NAMES = {"Giêng": 1, "Hai": 2, "Ba": 3, "Tư": 4, "Năm": 5, "Sáu": 6, "Bảy": 7, "Tám": 8,
                "Chín": 9, "Mười": 10, "Mười Một": 11, "Mười Hai": 12, "Chạp": 12}  # fmt: skip


@dataclass(frozen=True)
class Expression:
    """A temporal expression found in a sentence, before resolution."""

    kind: str
    text: str
    groups: tuple[str | None, ...]
    sentence: int
    start: int


def find_expressions(sentence: Sentence) -> Iterator[Expression]:
    """Non-overlapping temporal expressions of one sentence, in pattern priority order."""
    taken: list[tuple[int, int]] = []
    found: list[Expression] = []
    text = sentence.text
    lower = text.lower()
    if len(lower) != len(text):  # a character whose lower case is longer: keep offsets true
        lower = text
    for kind, needs, pattern in _PATTERNS:
        if not any(word in lower for word in needs):
            continue
        for match in pattern.finditer(text if kind in _CASED else lower):
            start, end = match.span()
            lead_in = _LEAD_IN.search(text, max(0, start - 30), start)
            if lead_in:
                start = lead_in.start()
            if any(start < e and s < end for s, e in taken):
                continue
            if kind == "weekday" and match.group(1).lower().startswith("thứ"):
                # "thứ hai" in lower case is the ordinal "second"; weekdays are capitalised,
                # and "thứ 6" needs a lead-in ("hôm thứ 6")
                word = match.group(1).split()[-1]
                if not (word[0].isupper() or (word.isdigit() and lead_in)):
                    continue
            if kind == "mword" and match.group(0).startswith("T") and match.start() > 0:
                continue  # "Cách mạng Tháng Tám": a capitalised "Tháng" inside a name
            if _in_short_quote(text, start, end):
                continue  # the title of a work or an event: trưng bày “Cung trầm tháng 7”
            taken.append((start, end))
            found.append(
                Expression(kind, text[start:end].strip(), match.groups(), sentence.index, start)
            )
    yield from sorted(found, key=lambda e: e.start)


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """The span closes a quote of a few words that opens with a capital: a title."""
    closing = text[end : end + 2].lstrip()
    opening = max(text.rfind(mark, 0, start) for mark in _OPENING_MARKS)
    if not closing.startswith(_CLOSING_MARKS) or opening < 0:
        return False
    quoted = text[opening + 1 : end].strip()
    introduced = text[:opening].rstrip().endswith(":")  # words said: "Ông nói: “...”"
    return quoted[:1].isupper() and len(quoted.split()) <= _TITLE_WORDS and not introduced


def _safe(year: int, month: int, day: int = 1) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_shift(ref: date, months: int) -> tuple[int, int]:
    index = ref.year * 12 + ref.month - 1 + months
    return index // 12, index % 12 + 1


def explicit_date(expr: Expression) -> tuple[date, str] | None:
    """A date whose year is written out, with its granularity ("day" or "month")."""
    g = expr.groups
    if expr.kind == "dmy":
        d = _safe(int(g[2] or 0), int(g[1] or 0), int(g[0] or 0))
        return (d, "day") if d else None
    if expr.kind == "my":
        d = _safe(int(g[2] or 0), int(g[1] or 0))
        return (d, "month") if d else None
    return None


def _backward_year(ref: date, month: int, day: int, future: bool) -> date | None:
    """The occurrence of day/month nearest before ``ref`` (after it when marked future)."""
    this_year = _safe(ref.year, month, day)
    if this_year is None:
        return None
    if future:
        return this_year if this_year >= ref else _safe(ref.year + 1, month, day)
    # a grace: news also announces what is scheduled for the coming weeks
    ahead = this_year <= ref + timedelta(days=_GRACE_DAYS)
    return this_year if ahead else _safe(ref.year - 1, month, day)


def resolve(expr: Expression, ref: date | None) -> tuple[str | None, bool]:
    """ISO date (YYYY-MM-DD, YYYY-MM or YYYY) of ``expr`` and whether it was inferred."""
    g = expr.groups
    if expr.kind == "dmy" or expr.kind == "my":
        found = explicit_date(expr)
        if found is None:
            return None, False
        d, grain = found
        return (d.isoformat() if grain == "day" else d.isoformat()[:7]), False
    if expr.kind == "y":
        return g[0], False
    if ref is None:
        return None, True
    if expr.kind == "dm":
        day = _backward_year(ref, int(g[1] or 0), int(g[0] or 0), future=False)
        return (day.isoformat() if day else None), True
    if expr.kind == "range":
        day = _backward_year(ref, int(g[1] or 0), int(g[0] or 0), future=False)
        return (day.isoformat() if day else None), True
    if expr.kind in ("m", "mword"):
        name = " ".join((g[1] or "").split())
        number = _MONTH_NAMES.get(name, 0) if expr.kind == "mword" else int(g[1] or 0)
        future = bool(g[2]) and "qua" not in (g[2] or "")
        month = _backward_year(ref, number, 1, future=future)
        return (month.isoformat()[:7] if month else None), True
    if expr.kind == "mrel":
        step = {"ngoái": -1, "trước": -1, "nay": 0, "tới": 1, "sau": 1}[(g[2] or "nay").lower()]
        month = _safe(ref.year + step, int(g[1] or 0))
        return (month.isoformat()[:7] if month else None), True
    if expr.kind == "weekday":
        name = (g[0] or "").lower()
        word = name.split()[-1]
        target = _WEEKDAY_DIGITS.get(word, _WEEKDAYS.get(word, _WEEKDAYS.get(name, 6)))
        return (ref - timedelta(days=(ref.weekday() - target) % 7)).isoformat(), True
    if expr.kind == "ago":
        amount = WORD_NUMBERS.get((g[0] or "").lower()) or int(g[0] or 0)
        unit = (g[1] or "").lower()
        if unit in _UNITS_BACK:
            return (ref - timedelta(days=amount * _UNITS_BACK[unit])).isoformat(), True
        if unit == "tháng":
            year, month_number = _month_shift(ref, -amount)
            return f"{year:04d}-{month_number:02d}", True
        return f"{ref.year - amount:04d}", True
    return _resolve_relative((g[1] or "").lower(), (g[0] or "").lower(), ref), True


def _resolve_relative(phrase: str, part: str, ref: date) -> str | None:
    days = {"hôm nay": 0, "hôm qua": -1, "hôm kia": -2, "ngày mai": 1}
    if phrase in days or phrase.split()[0] in _DAY_PARTS:
        # "chiều nay": this afternoon; "đêm qua": last night
        offset = days.get(phrase, -1 if phrase.endswith(" qua") else 0)
        return (ref + timedelta(days=offset)).isoformat()
    unit, _, when = phrase.partition(" ")
    step = {"trước": -1, "qua": -1, "ngoái": -1, "này": 0, "nay": 0, "tới": 1, "sau": 1}[when]
    if unit == "tuần":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
        # "cuối tuần" is that week's Saturday; a plain "tuần trước" is dated by its Monday
        return (monday + timedelta(days=5 if part == "cuối" else 0)).isoformat()
    if unit == "tháng":
        year, month = _month_shift(ref, step)
        return f"{year:04d}-{month:02d}"
    return f"{ref.year + step:04d}"


def infer_reference(expressions: Sequence[Expression]) -> date | None:
    """The latest date the page's own dated expressions imply, or None without any year.

    Explicit dates (with a year) anchor the page in time; a day and month without a year is
    then the first such day on or after the latest anchor, unless it falls in the weeks just
    before it ("tối 10/6, rạng sáng 11/6/2018": the same year). It is placed in the next year
    only when that is within weeks of the anchor or it reads as the reported day
    (``_reported_day``).
    """
    anchors = [found[0] for e in expressions if (found := explicit_date(e))]
    if not anchors:
        return None
    anchor = reference = max(anchors)
    for e in expressions:
        if e.kind == "dm":
            d = _safe(anchor.year, int(e.groups[1] or 0), int(e.groups[0] or 0))
            if d is not None and d < anchor - timedelta(days=_SAME_YEAR_DAYS):
                later = _safe(anchor.year + 1, d.month, d.day)
                near = later is not None and later <= anchor + timedelta(days=_GRACE_DAYS)
                d = later if near or _reported_day(e) else None
            if d is not None and d > reference:
                reference = d
    return reference


def _reported_day(expr: Expression) -> bool:
    """Whether a day and month reads as a day the page reports: in its opening sentences,
    opening a sentence ("Ngày 9/6, ...") or with the part of the day ("hôm 22/4", "chiều
    30/8"). Only such a day dates the page months after its latest dated event; "vào ngày
    20/1" deep in a text whose last dated event is 8/8/2022 is background from that year,
    not January 2023."""
    first = expr.text.split()[0]
    return (
        expr.sentence < _OPENING_SENTENCES or first[:1].isupper() or first.lower() in _DAY_OF_REPORT
    )


def parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _range_start(text: str, expr: Expression, closing: Expression) -> str | None:
    """The first end of a range whose year is written once, at its other end: "từ tháng 4
    đến tháng 6.2013", "từ 10/6 đến 15/6/2018"."""
    pairs = {("m", "my"), ("dm", "dmy")}
    found = explicit_date(closing)
    between = text[expr.start + len(expr.text) : closing.start]
    joined = _SPACE_OR_JOINER.fullmatch(between) and _JOINER.match(between + closing.text)
    if (expr.kind, closing.kind) not in pairs or found is None or not joined:
        return None
    end = found[0]
    if expr.kind == "m":
        month = int(expr.groups[1] or 0)
        start = _safe(end.year - (month > end.month), month)  # "tháng 11 đến tháng 2/2014"
        return start.isoformat()[:7] if start else None
    start = _safe(end.year, int(expr.groups[1] or 0), int(expr.groups[0] or 0))
    if start is not None and start > end:
        start = _safe(end.year - 1, start.month, start.day)  # "28/12 - 2/1/2014"
    return start.isoformat() if start else None


def resolve_dates(sentences: Sequence[Sentence], reference: date | None) -> tuple[DateMention, ...]:
    return resolve_found(sentences, [list(find_expressions(s)) for s in sentences], reference)


def resolve_found(
    sentences: Sequence[Sentence], found: Sequence[Sequence[Expression]], reference: date | None
) -> tuple[DateMention, ...]:
    """``resolve_dates`` given each sentence's expressions, found once per article."""
    mentions = []
    for sentence, expressions in zip(sentences, found, strict=True):
        for k, expr in enumerate(expressions):
            iso, inferred = resolve(expr, reference)
            closing = expressions[k + 1] if k + 1 < len(expressions) else None
            if closing is not None and (shared := _range_start(sentence.text, expr, closing)):
                iso, inferred = shared, False
            mentions.append(
                DateMention(text=expr.text, date=iso, inferred=inferred, sentence=expr.sentence)
            )
    return tuple(mentions)


def article_reference(
    article: AnalysedArticle, found: Sequence[Sequence[Expression]]
) -> tuple[date | None, bool]:
    """The article's reference date and whether it was inferred rather than published;
    ``found`` holds each sentence's expressions.

    The full dates of dropped lines (photo captions) still date the page.
    """
    published = parse_published(article.published)
    if published is not None:
        return published, False
    expressions = [e for sentence_expressions in found for e in sentence_expressions]
    for line in article.dropped:
        # a caption's full date dates the page; a teaser's "Ngày 6/5" is another story's
        caption = Sentence(index=-1, paragraph=-1, text=line.text, words=())
        expressions += [e for e in find_expressions(caption) if explicit_date(e)]
    return infer_reference(expressions), True


class DateComponent:
    """Assigns ``dates`` and the ``reference_date`` they were resolved against."""

    name: ClassVar[str] = "facts.dates"
    version: ClassVar[str] = "4"
    requires: ClassVar[tuple[str, ...]] = ("sentences",)
    assigns: ClassVar[tuple[str, ...]] = ("dates", "reference_date", "reference_inferred")

    def __call__(self, article: AnalysedArticle) -> AnalysedArticle:
        found = [list(find_expressions(s)) for s in article.sentences]
        reference, inferred = article_reference(article, found)
        return article.model_copy(
            update={
                "dates": resolve_found(article.sentences, found, reference),
                "reference_date": reference.isoformat() if reference else None,
                "reference_inferred": inferred,
            }
        )
