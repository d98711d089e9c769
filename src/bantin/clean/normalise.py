"""Normalise display text: NFC, one tone-mark placement, one kind of space; still readable.

Vietnamese has two conventions for where the tone mark sits on the open rhymes oa, oe and
uy: traditional "hòa, khỏe, thủy" and the newer "hoà, khoẻ, thuỷ". Outlets mix them, so the
same word would hash, count and match as two words. We keep the traditional placement (the
one most outlets and dictionaries use) and move the mark only where the conventions differ:
a syllable that ends in oa/oe/uy, with no final consonant and not after "q" (in "quý" the u
belongs to the onset, so the mark is on y in both conventions).

Some pages (an old input method's output) put the mark on the vowel after the one that carries
it: "ngươì, nhiêù, mơí" for "người, nhiều, mới". Both conventions agree that a rhyme with one
of ă, â, ê, ô, ơ, ư carries the mark on it (on ơ in ươ), so a mark on a plain vowel next to
one of them is moved there.
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

# A tone mark on a plain vowel written next to a vowel with a hat, breve or horn, within one
# run of vowels ("ơí", "ươì", "iưã"): the mark belongs on the last of those.
_MODIFIED = "ăâêôơưĂÂÊÔƠƯ"
_PLAIN = "aeiouyAEIOUY"
_TONED_PLAIN = {unicodedata.normalize("NFC", v + m): (v, m) for v in _PLAIN for m in TONE_MARKS}
_MISPLACED = re.compile(
    rf"([{_MODIFIED}][{_MODIFIED}{_PLAIN}]*)([{''.join(_TONED_PLAIN)}])"
    rf"|([{''.join(_TONED_PLAIN)}])([{_PLAIN}]*[{_MODIFIED}])"
)

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


def _on_modified_vowel(match: re.Match[str]) -> str:
    modified, toned = (match[1], match[2]) if match[1] else (match[4], match[3])
    vowel, mark = _TONED_PLAIN[toned]
    last = max(modified.rfind(c) for c in _MODIFIED)
    carrier = unicodedata.normalize("NFC", modified[last] + mark)
    modified = modified[:last] + carrier + modified[last + 1 :]
    return modified + vowel if match[1] else vowel + modified


def misplaced_tone_marks(text: str) -> str:
    """Move a tone mark typed on the wrong vowel to the one that carries it: ngươì -> người."""
    return _MISPLACED.sub(_on_modified_vowel, text)


def normalise_text(text: str) -> str:
    """NFC, tone marks where they belong (traditional placement), plain spaces, no invisible
    characters; lines kept.

    Runs of spaces collapse to one and each line is stripped, but line breaks (including
    empty lines) stay where they were, so line numbers still point into the page.
    Idempotent: ``normalise_text(normalise_text(t)) == normalise_text(t)``.
    """
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    text = unicodedata.normalize("NFC", text)
    text = canonical_tone_marks(misplaced_tone_marks(text))
    return "\n".join(_RUNS_OF_SPACES.sub(" ", line).strip() for line in text.split("\n"))
