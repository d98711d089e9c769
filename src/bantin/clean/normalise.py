"""Normalise display text: NFC, one tone-mark placement, one kind of space; still readable.

Vietnamese has two conventions for where the tone mark sits on the open rhymes oa, oe and
uy: traditional "hòa, khỏe, thủy" and the newer "hoà, khoẻ, thuỷ". Outlets mix them, so the
same word would hash, count and match as two words. We keep the traditional placement (the
one most outlets and dictionaries use) and move the mark only where the conventions differ:
a syllable that ends in oa/oe/uy, with no final consonant and not after "q" (in "quý" the u
belongs to the onset, so the mark is on y in both conventions).
"""

from __future__ import annotations

import re
import unicodedata

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng

# Table: a toned second vowel of oa/oe/uy -> (the bare vowel, its tone mark); both cases.
_TONED_SECOND = {
    unicodedata.normalize("NFC", vowel + mark): (vowel, mark)
    for vowel in "aeyAEY"
    for mark in TONE_MARKS
}
_ONSET = frozenset("bcdđghklmnprstvx")  # every onset letter except q (see the docstring)
# Found by the rhyme alone (scanning for an optional onset at every position is slow); the
# onset is checked by looking back from the match.
_NEW_STYLE = re.compile(rf"([oOuU])([{''.join(_TONED_SECOND)}])(?![^\W\d_])")
_PAIRS = {"o": "ae", "u": "y"}  # oa, oe, uy: the rhymes whose mark placement varies

# Spaces that look like a space but do not match " ": no-break, thin, figure, ideographic ...
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
# Zero-width characters, BOM, soft hyphen, and control codes: a DOS end-of-file mark (^Z)
# after a truncated copy, a stray NUL from an escape in JSON. Tabs and line breaks are
# replaced before this runs.
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f-\x9f]")
_RUNS_OF_SPACES = re.compile(r" {2,}")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\u0085]")


def _traditional(match: re.Match[str]) -> str:
    first, second = match.groups()
    vowel, mark = _TONED_SECOND[second]
    text, start = match.string, match.start()
    onset_start = start
    while onset_start > 0 and text[onset_start - 1].isalpha():
        onset_start -= 1
    onset = text[onset_start:start].lower()
    if vowel.lower() not in _PAIRS[first.lower()] or not set(onset) <= _ONSET:
        return match.group(0)
    return unicodedata.normalize("NFC", first + mark) + vowel


def canonical_tone_marks(text: str) -> str:
    """Move the tone mark of oa/oe/uy syllables to the traditional place: hoà -> hòa."""
    return _NEW_STYLE.sub(_traditional, text)


def normalise_text(text: str) -> str:
    """NFC, traditional tone marks, plain spaces, no invisible characters; lines kept.

    Runs of spaces collapse to one and each line is stripped, but line breaks (including
    empty lines) stay where they were, so line numbers still point into the page.
    Idempotent: ``normalise_text(normalise_text(t)) == normalise_text(t)``.
    """
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    text = canonical_tone_marks(unicodedata.normalize("NFC", text))
    return "\n".join(_RUNS_OF_SPACES.sub(" ", line).strip() for line in text.split("\n"))
