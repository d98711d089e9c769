"""Rules that tell site junk from article text, one line at a time.

Every rule is about structure, position or a credit pattern, plus the documented list of
site phrases in ``site_phrases.txt``; none names a particular page. Each rule returns the
reason code recorded in ``DroppedLine.reason``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

# Punctuation and symbols that may surround a widget label ("Xem thêm:", "» Tin liên quan").
_LABEL_PUNCT = " .:…*|>»►-–—()[]"
_MAX_CAPTION_WORDS = 45  # a photo caption is a sentence or two; a longer line is text ...
_CREDIT_TAIL = 120  # characters at the end of a line where a credit can be
_MAX_CAPTION_BREAKS = 1  # ... and so is one of three sentences or more (photo-essay text)
_MAX_LINK_WORDS = 30  # a "read more" link carries one headline
_MAX_BYLINE_WORDS = 12
_MAX_CONTRIBUTED_WORDS = 40  # "X ở A và Y ở B đã đóng góp cho báo cáo này" names a few people
_MAX_PHRASE_CHARS = 100  # no site phrase, link label, bare credit or byline is longer

# Labels that introduce a photo credit ("Ảnh: AFP", "Ảnh tư liệu: X/TTXVN", "Nguồn ảnh: X").
# Capitalised wherever they stand; in any case right after a bracket ("(ảnh: Zing)"), so
# that "tình hình: ổn định" is not mistaken for a credit.
_CREDIT_LABEL = (
    r"(?:Ảnh(?: tư liệu| minh họa| chụp màn hình| chụp| do [^:]{1,30} cung cấp)?"
    r"|Hình(?: ảnh)?|Nguồn ảnh|Đồ họa|Photo|Graphic|ẢNH)"
)
_CREDIT_START = rf"(?:[(\[]\s*(?i:{_CREDIT_LABEL})|(?<![^\W\d_]){_CREDIT_LABEL})"
_CREDIT_AT_END = re.compile(
    rf"{_CREDIT_START}\s*:\s*(?P<credit>[^:!?()\[\]]{{1,60}}?)\s*[)\]]?\s*\.?$"
)
_CREDIT_INLINE = re.compile(rf"(?P<label>{_CREDIT_START})\s*:\s*")
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”’)]?\s+(?=[\"“‘(]?[^\W\d_])")
_ACRONYM_OR_DOMAIN = re.compile(r"[A-ZĐ0-9&.]{2,}|\S+\.(?:com|vn|net|org|info|gov|co|uk)\S*")
# Up to four words ending "/AGENCY": "Nguyễn Dân/TTXVN", "Andriy Yermak/ Twitter".
_AGENCY_SUFFIX = re.compile(r"(?:[^\s/]+ ){0,3}[^\s/]*/ ?[A-ZĐ]\w*")

# A news lead glued to a headline: "... tại Saudi Arabia Ngày 6/5, Mỹ và ..." (no full stop).
_GLUED_LEAD = re.compile(
    r"[^\W_)][\"”]?\s+(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Rạng sáng|Sáng sớm|Chiều tối)\s+\d{1,2}[/-]\d"
)
_TRUNCATED = re.compile(r"(?:\.\.\.|…)\s*[\"”]?$")
_CONTRIBUTED = re.compile(
    r"\b(?:đã )?(?:đóng góp|góp phần) (?:cho|vào) (?:bài viết|báo cáo|bản tin|bài báo|tin)"
    r"(?: này)?\.?$|contributed to this report",
    re.IGNORECASE,
)
_MAX_SOURCE_WORDS = 6  # "Theo Báo Tuổi Trẻ", "(Theo Reuters)"
_NAME_JOINERS = frozenset({"và", "-", "–", "/", "&"})
# A credit line without a colon: "Ảnh HV.", "(Ảnh Facebook nhân vật)" (not "Ảnh hưởng ...").
_BARE_CREDIT = re.compile(
    r"[(\[]?\s*(?:[Ảả]nh(?: minh họa)?|Nguồn ảnh)\s+[A-ZĐ][^!?]{0,50}[)\]]?\.?"
)


@dataclass(frozen=True)
class SitePhrases:
    """The rules of ``site_phrases.txt``, grouped by kind (see the file's header)."""

    line: frozenset[str]
    prefix: tuple[str, ...]
    caption: frozenset[str]
    link: tuple[str, ...]
    byline: tuple[str, ...]
    agency: tuple[str, ...]
    outlet: frozenset[str]


@cache
def site_phrases() -> SitePhrases:
    kinds: dict[str, list[str]] = {kind: [] for kind in SitePhrases.__dataclass_fields__}
    text = files("bantin.clean").joinpath("site_phrases.txt").read_text(encoding="utf-8")
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        kind, _, phrase = raw.strip().partition(" ")
        if kind not in kinds or not phrase.strip():
            raise ValueError(f"site_phrases.txt:{number}: expected 'KIND PHRASE', got {raw!r}")
        kinds[kind].append(phrase.strip().casefold())
    # Longest first, so "read more" wins over "read" and "getty images" over "getty".
    return SitePhrases(
        line=frozenset(kinds["line"]),
        prefix=tuple(kinds["prefix"]),
        caption=frozenset(kinds["caption"]),
        link=tuple(sorted(kinds["link"], key=len, reverse=True)),
        byline=tuple(sorted(kinds["byline"], key=len, reverse=True)),
        agency=tuple(sorted(kinds["agency"], key=len, reverse=True)),
        outlet=frozenset(kinds["outlet"]),
    )


def _label_form(line: str) -> str:
    # Phrases are short: the head of a long line is enough to compare (and much cheaper).
    return line[:_MAX_PHRASE_CHARS].casefold().strip(_LABEL_PUNCT)


def junk_reason(line: str) -> str | None:
    """Why ``line`` (normalised, non-empty) is site junk wherever it stands, or None."""
    phrases = site_phrases()
    label = _label_form(line)
    if label in phrases.line or label.startswith(phrases.prefix):
        return "known_phrase"
    if label in phrases.caption:
        return "photo_caption"
    if _is_read_link(line, phrases):
        return "read_link"
    credit = _credit_start(line)
    if credit is not None and _is_caption(line[:credit]):
        return "photo_caption"
    if len(line) <= _MAX_PHRASE_CHARS and _BARE_CREDIT.fullmatch(line):
        return "photo_caption"
    return None


def _credit_start(line: str) -> int | None:
    """Where a photo credit that ends ``line`` starts ("... Ảnh: AFP/TTXVN"), if it has one."""
    tail = max(0, len(line) - _CREDIT_TAIL)
    if ":" not in line[tail:]:
        return None  # cheap test first: most lines have no colon near their end
    match = _CREDIT_AT_END.search(line, tail)
    if match is None or _SENTENCE_BREAK.search(match.group("credit") + " "):
        return None
    return match.start()


def _is_caption(text: str) -> bool:
    return (
        len(text.split()) <= _MAX_CAPTION_WORDS
        and len(_SENTENCE_BREAK.findall(text)) <= _MAX_CAPTION_BREAKS
    )


def split_trailing_credit(line: str) -> tuple[str, str] | None:
    """``(text, credit)`` for a paragraph too long to be a caption that ends with a credit.

    Photo essays put paragraphs of real text under each photo, credit last; the text stays
    and only the credit goes.
    """
    start = _credit_start(line)
    if start is None or not line[:start].strip():
        return None
    return line[:start].rstrip(" -–"), line[start:].strip()


def _is_read_link(line: str, phrases: SitePhrases) -> bool:
    """LABEL + separator + a headline: "READ  Giá dầu ...", "Xem thêm: ...", ">> ..."."""
    folded = line[:_MAX_PHRASE_CHARS].casefold()
    for label in phrases.link:
        if not folded.startswith(label):
            continue
        rest = line[len(label) :]
        if label[-1].isalnum() and rest[:1].isalnum():
            continue  # "Readers ...", "Bài liên quanh": the label is only part of a word
        headline = rest.lstrip(_LABEL_PUNCT)
        if headline and (headline[0].isupper() or headline[0] in "\"“'‘"):
            return 0 < len(headline.split()) <= _MAX_LINK_WORDS
    return False


def contributor_text(line: str, last: bool) -> str | None:
    """The contributor or byline ``line`` states, or None when it is not one.

    Anywhere on the page: "X ở Washington và Y ở Dakar đã đóng góp cho báo cáo này" and
    "LABEL: name" lines. Only as the page's last line: "Theo VnExpress" or a bare name.
    """
    if ("góp" in line or "contributed" in line) and _CONTRIBUTED.search(line):
        return line if len(line.split()) <= _MAX_CONTRIBUTED_WORDS else None
    if len(line) > _MAX_PHRASE_CHARS:
        return None
    words = line.split()
    if len(words) > _MAX_BYLINE_WORDS:
        return None
    head, colon, tail = line.strip("()").partition(":")
    if colon and head.strip().casefold() in site_phrases().byline and _is_names(tail.split()):
        return line
    if last and (credited_source(line) is not None or _is_names(words)):
        return line
    return None


def credited_source(line: str) -> str | None:
    """The outlet of a line that names the one a story was taken from, and nothing else:
    "Theo VnExpress", "(theo Reuters)" -> "VnExpress", "Reuters"."""
    head, _, outlet = line.strip("(). ").partition(" ")
    words = outlet.split()
    if (
        head in ("Theo", "theo")
        and 0 < len(words) <= _MAX_SOURCE_WORDS
        and words[0][0].isupper()
        and not any(c in outlet for c in ",;:!?")
    ):
        return outlet
    return None


def _is_names(words: list[str]) -> bool:
    """Names only: capitalised words joined by "và", "-" or "/", maybe "(tổng hợp)" after."""
    names = [w for w in words if not w.startswith("(") and not w.endswith(")")]
    names = [w for w in names if w not in _NAME_JOINERS]
    return 0 < len(names) <= 6 and all(w[0].isupper() and w.isalpha() for w in _bare(names))


def _bare(words: list[str]) -> list[str]:
    """Words without the dots of initials and abbreviations ("T.H", "TS.", "V.Dũng")."""
    return [w.replace(".", "") or "." for w in words]


def is_teaser(line: str) -> bool:
    """A related-article teaser: a headline glued to its lead and cut off with an ellipsis."""
    return bool(_TRUNCATED.search(line) and _GLUED_LEAD.search(line))


# An outlet signing the opening of its article: "(Dân trí) - ", "(TNO) ", "VOV.VN - ", "TTO – ".
_OUTLET_TAG = re.compile(
    r"\((?P<bracketed>[^():\n]{2,30})\)\s*(?:[-–—]\s*)?"
    rf"|(?P<bare>{_ACRONYM_OR_DOMAIN.pattern})\s*[-–—]\s+"
)
_MAX_TAG_WORDS = 3
_MIN_TAGGED_WORDS = 8  # what follows a tag is the lead sentence, not a headline fragment


def split_outlet_tag(line: str) -> tuple[str, str] | None:
    """``(outlet, rest)`` when ``line`` opens with the tag of the outlet that published it.

    Vietnamese outlets sign the first line of an article ("(Dân trí) - Sáng nay ...",
    "VOV.VN - ..."). The tag is the source, not text: left in, every summary that opens with
    the lead would open with it. A tag is a few bracketed words starting with a capital, or a
    web domain or a known outlet (``site_phrases.txt``) before a dash, and a sentence must
    follow.
    """
    match = _OUTLET_TAG.match(line)
    if match is None:
        return None
    outlet = (match.group("bracketed") or match.group("bare")).strip()
    rest = line[match.end() :]
    if not outlet[:1].isupper() or len(outlet.split()) > _MAX_TAG_WORDS:
        return None
    # unbracketed, only a web domain or a known outlet: "ASEAN - Trung Quốc ký ..." is text
    if match.group("bare") and "." not in outlet and outlet.casefold() not in site_phrases().outlet:
        return None
    if len(rest.split()) < _MIN_TAGGED_WORDS or not (rest[:1].isupper() or rest[:1] in '"“'):
        return None
    return outlet, rest


def split_inline_caption(line: str) -> tuple[str, str] | None:
    """``(caption, rest)`` when ``line`` opens with a photo caption and a safe credit.

    Dataset texts often have the caption of the lead photo glued to the text: "Người ủng hộ
    ... sáng nay - Ảnh: AFP Theo Hãng tin AFP, ...". Where the credit ends is only certain when
    it is in brackets, ends with "/AGENCY", or is one acronym, web domain or known agency; the
    caption is the one sentence before the credit. Anything less certain is left alone.
    """
    match = _CREDIT_INLINE.search(line) if ":" in line else None
    if match is None or len(line[: match.start()].split()) > _MAX_CAPTION_WORDS:
        return None
    end = _credit_end(line, match.end(), bracketed=match.group("label")[0] in "([")
    if end is None:
        return None
    rest = line[end:].lstrip(" .-–)")
    if len(rest.split()) < 10 or not (rest[0].isupper() or rest[0] in '"“'):
        return None
    before = line[: match.start()].rstrip(" -–(")
    breaks = list(_SENTENCE_BREAK.finditer(before))
    cut = breaks[-1].end() if breaks else 0
    kept_head = before[:cut].rstrip()
    caption = line[cut:end].strip()
    return caption, f"{kept_head} {rest}".strip()


def _credit_end(line: str, start: int, bracketed: bool) -> int | None:
    """Index just past the credit that starts at ``start``, when its end is certain."""
    if bracketed:
        close = line.find(")", start)
        return close + 1 if 0 < close - start <= 60 else None
    folded = line[start : start + _MAX_PHRASE_CHARS].casefold()
    for agency in site_phrases().agency:
        if folded.startswith(agency) and not folded[len(agency) : len(agency) + 1].isalnum():
            return start + len(agency)
    suffix = _AGENCY_SUFFIX.match(line, start)
    if suffix is not None:
        return suffix.end()
    first = line[start:].split(" ", 1)[0]
    if _ACRONYM_OR_DOMAIN.fullmatch(first.rstrip(".")):
        return start + len(first)
    return None
