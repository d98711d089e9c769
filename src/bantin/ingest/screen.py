"""Screen a page's decoded text before it becomes an article: it must hold words, be
Vietnamese, and be no longer than a news article can be.

Each later stage assumes all three: the word segmenter and the gazetteers are Vietnamese,
and summarising compares every sentence of a story with every other, so one page of
megabytes would stop the whole run while it is briefed.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from bantin.ingest.decode import Refusal

# The longest article in ../shared/data holds 22 kB of text; ten times that still briefs
# in seconds, while 1 MB takes a minute and a gigabyte.
MAX_TEXT_CHARS = 200_000
# Below this many words a Latin text is not judged for its marks (a headline-only record).
MIN_JUDGED_WORDS = 20
# Share of words carrying a Vietnamese mark or "đ": at least 26% in every one of the 31,555
# news texts in ../shared/data; 0% in English.
MIN_VIETNAMESE_SHARE = 0.1
_WORD = re.compile(r"[^\W\d_]+")
# Letters outside the Latin blocks Vietnamese is written in (marks combined or not).
_NOT_LATIN = re.compile(r"[^\u0000-\u024f\u0300-\u036f\u1e00-\u1eff]")
_MARKED = re.compile(r"[\u0300-\u036fđĐ]")  # in NFD: a Vietnamese tone or vowel mark, or đ


def text_refusal(text: str) -> Refusal | None:
    """Why ``text`` cannot be read as a Vietnamese news article, or None when it can."""
    if len(text) > MAX_TEXT_CHARS:
        return Refusal(
            "too_large",
            f"text of {len(text)} characters > {MAX_TEXT_CHARS}: longer than any news"
            " article, split it into its articles",
        )
    words = _WORD.findall(unicodedata.normalize("NFC", text))  # an NFD mark is not \w
    if not words:
        return Refusal("no_text", "no words: only numbers, punctuation or symbols")
    letters = "".join(words)
    foreign = _NOT_LATIN.findall(letters)
    if len(foreign) > len(letters) / 2:
        script = _main_script(foreign)
        return Refusal("wrong_language", f"mostly {script} letters: bantin reads Vietnamese")
    if len(words) < MIN_JUDGED_WORDS:
        return None
    marked = sum(1 for word in words if _MARKED.search(unicodedata.normalize("NFD", word)))
    if marked < MIN_VIETNAMESE_SHARE * len(words):
        return Refusal(
            "wrong_language",
            f"{marked} of its {len(words)} words carry Vietnamese marks: English, or"
            " Vietnamese typed without marks? bantin reads Vietnamese",
        )
    return None


def _main_script(letters: list[str]) -> str:
    """The script most of ``letters`` are in, by the first word of their Unicode names:
    CJK, CYRILLIC, HANGUL, THAI, ARABIC ..."""
    scripts = Counter(unicodedata.name(letter, "UNKNOWN").split()[0] for letter in letters)
    return scripts.most_common(1)[0][0]
