"""Stage 4, split: cut the stories out of a cleaned page, one ``Article`` each.

Aggregator pages often append a second, older story (title line, then its body) below the
first. A split is made only where a headline-length title line stands between two substantial
bodies that share little vocabulary, and the text after it opens like a news lead (it dates
its event). An article with sub-headings is one story: its headings are short, its sections
keep talking about the same people and things and carry on from where the last one ended.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from math import sqrt

from bantin.clean.junk import split_outlet_tag
from bantin.clean.normalise import normalise_text
from bantin.models import Article, CleanArticle, DroppedLine

MIN_TITLE_WORDS = 4
MAX_TITLE_WORDS = 30
MIN_STORY_PARAGRAPHS = 3  # each side of a split needs this many paragraphs ...
MIN_STORY_WORDS = 100  # ... and this many words
MIN_SPLIT_TITLE_WORDS = 8  # section sub-headings ("Kế hoạch thần tốc") are shorter
MAX_SIMILARITY = 0.25  # cosine of the two sides' word-pair vectors; above it, one story
LEAD_WORDS = 25  # a new story's lead dates its event within this many words
_FINAL_PUNCTUATION = ".!?…:;,"
_CLOSING_QUOTES = "\"”’'»)"
_LIST_ITEM = re.compile(
    r"^(?:[-+•*–—]|\d{1,2}[.)]|[a-zđ][.)]\s|[IVX]{1,4}[.)]"
    r"|(?:điều|khoản|chương|phần|mục|bước|câu)\s+\d)",
    re.IGNORECASE,
)
# A lead that starts a story afresh: it dates the event ("Ngày 25/8", "chiều 3/11") or opens
# with "Liên quan đến"; "cùng ngày" (the same day) continues the story above instead.
_FRESH_LEAD = re.compile(r"\b\d{1,2}/\d{1,2}\b|^Liên quan", re.IGNORECASE)
_CONTINUED_LEAD = re.compile(r"\bcùng ngày\b", re.IGNORECASE)
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[\"“]?[A-ZĐÀ-Ỹ]")
_WORD = re.compile(r"[^\W_]+")


def article_id(body: Sequence[str]) -> str:
    """First 16 hex digits of the SHA-1 of the body, casefolded with spaces collapsed."""
    text = " ".join(" ".join(body).casefold().split())
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def is_title_line(line: str) -> bool:
    """A headline: short, starts upper-case, no final punctuation, one sentence, not a list."""
    words = line.split()
    if not MIN_TITLE_WORDS <= len(words) <= MAX_TITLE_WORDS:
        return False
    if line.rstrip(_CLOSING_QUOTES + " ")[-1:] in _FINAL_PUNCTUATION or _LIST_ITEM.match(line):
        return False
    if line.count("”") > line.count("“"):
        return False  # closes a quote it never opened: the tail of a sentence, not a headline
    first = next((c for c in line if c.isalnum()), "")
    return (first.isupper() or first.isdigit()) and not _SENTENCE_INSIDE.search(line)


def similarity(first: Sequence[str], second: Sequence[str]) -> float:
    """Cosine of the word-pair counts of two blocks of paragraphs.

    Pairs of adjacent syllables ("quân sự", "chính quyền") carry the topic; single syllables
    are dominated by function words that every Vietnamese text shares.
    """
    a, b = _pairs(first), _pairs(second)
    dot = sum(count * b[pair] for pair, count in a.items() if pair in b)
    norm = sqrt(sum(c * c for c in a.values())) * sqrt(sum(c * c for c in b.values()))
    return dot / norm if norm else 0.0


def _pairs(paragraphs: Sequence[str]) -> Counter[tuple[str, str]]:
    counts: Counter[tuple[str, str]] = Counter()
    for paragraph in paragraphs:
        words = _WORD.findall(paragraph.casefold())
        counts.update(pairwise(words))
    return counts


def _substantial(paragraphs: Sequence[str]) -> bool:
    return len(paragraphs) >= MIN_STORY_PARAGRAPHS and (
        sum(len(p.split()) for p in paragraphs) >= MIN_STORY_WORDS
    )


def _fresh_lead(paragraph: str) -> bool:
    opening = " ".join(paragraph.split()[:LEAD_WORDS])
    return bool(_FRESH_LEAD.search(opening)) and not _CONTINUED_LEAD.search(opening)


def story_starts(lines: Sequence[str], first_body: int) -> list[int]:
    """Indices of the title lines in ``lines`` where a new story begins (after the first)."""
    starts: list[int] = []
    current = first_body
    for index in range(first_body + 1, len(lines) - 1):
        title, lead = lines[index], lines[index + 1]
        if len(title.split()) < MIN_SPLIT_TITLE_WORDS or not is_title_line(title):
            continue
        if is_title_line(lead) or not _fresh_lead(lead):
            continue
        before, after = lines[current:index], lines[index + 1 :]
        if (
            _substantial(before)
            and _substantial(after)
            and similarity(before, after) <= (MAX_SIMILARITY)
        ):
            starts.append(index)
            current = index + 1
    return starts


def split_stories(clean: CleanArticle) -> list[Article]:
    """The stories of a cleaned page, in page order; none when no text is left.

    The title is the input's own title when it gave one, else the first line when it looks
    like a headline. Each further story starts at a title line between two substantial,
    dissimilar bodies. A lead the input gave is prepended to the first body unless the
    text already starts with it.
    """
    lines = list(clean.lines)
    if not lines:
        return []
    title = normalise_text(clean.title).replace("\n", " ") if clean.title else None
    first_body = 0
    if title is not None and lines[0].casefold() == title.casefold():
        first_body = 1
    elif title is None and len(lines) > 1 and is_title_line(lines[0]):
        title, first_body = lines[0], 1
    if first_body >= len(lines):
        return []
    starts = story_starts(lines, first_body)
    bounds = [(first_body, title)] + [(start + 1, lines[start]) for start in starts]
    ends = [*starts, len(lines)]
    articles = []
    for part, ((begin, story_title), end) in enumerate(zip(bounds, ends, strict=True)):
        body = lines[begin:end]
        drops = _drops_of(clean, part, starts)
        if part == 0 and clean.lead:
            body, lead_drops = _with_lead(body, clean.lead)
            drops = lead_drops + drops
        articles.append(_article(clean, part, story_title, body, drops))
    return articles


def _with_lead(body: list[str], lead: str) -> tuple[list[str], tuple[DroppedLine, ...]]:
    """``body`` opened by the lead the input gave, and what was cut from the lead (line -1)."""
    lead = " ".join(normalise_text(lead).split())
    drops: tuple[DroppedLine, ...] = ()
    if (tagged := split_outlet_tag(lead)) is not None:
        # "(Dân trí) - ...": the outlet signs the lead as it signs a page
        drops = (DroppedLine(line=-1, text=tagged[0], reason="outlet_tag"),)
        lead = tagged[1]
    if not lead or " ".join(body).casefold().startswith(lead.casefold()):
        return body, drops
    return [lead, *body], drops


def _drops_of(clean: CleanArticle, part: int, starts: list[int]) -> tuple[DroppedLine, ...]:
    """The page's dropped lines that lie within story ``part`` (first and last take the ends)."""
    page_lines = [clean.line_numbers[start] for start in starts]
    low = page_lines[part - 1] if part > 0 else -1
    high = page_lines[part] if part < len(page_lines) else float("inf")
    return tuple(d for d in clean.dropped if low < d.line < high)


def _article(
    clean: CleanArticle,
    part: int,
    title: str | None,
    body: list[str],
    dropped: tuple[DroppedLine, ...],
) -> Article:
    contributors = tuple(d.text for d in dropped if d.reason == "contributor")
    return Article(
        id=article_id(body),
        path=clean.path,
        part=part,
        external_id=clean.external_id,
        title=title,
        lead=body[0] if body else None,
        body=tuple(body),
        source=clean.source or clean.found_source,
        source_basis="input" if clean.source else clean.found_source_basis,
        url=clean.url,
        published=clean.published,
        author=clean.author,
        contributors=contributors,
        dropped=dropped,
    )
