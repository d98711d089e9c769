"""One role written several ways: a body's fields spelled out or abbreviated ("Bộ trưởng Bộ
Giáo dục và Đào tạo", "Bộ trưởng GD-ĐT"), a ministry's head said again after its minister's
title or not ("Bộ trưởng Bộ Y tế", "Bộ trưởng Y tế"). ``role_form`` writes each the same way,
so a role said again finds the person an earlier sentence gave it to."""

from __future__ import annotations

import re
import unicodedata

from .lexicon import fold

# the parts of an abbreviation joined by a dash or "&": "GD-ĐT", "GD - ĐT", "LĐ-TB&XH"
_ACRONYM_JOINT = re.compile(r"\b([A-ZĐ]{1,5})\s*[-&]\s*(?=[A-ZĐ]{1,5}\b)")
_ACRONYM = re.compile(r"\b[A-ZĐ]{2,8}\b")
# what may stand between the fields an abbreviation's letters stand for
_FIELD_LINKS = frozenset({"và", "-", "&", ","})
# a minister's title names the ministry's head: "Bộ trưởng Bộ Y tế" is "Bộ trưởng Y tế"
_REPEATED_HEAD = re.compile(r"\b(bộ trưởng|thứ trưởng) bộ\b")


def role_form(text: str, abbreviations: frozenset[str] = frozenset()) -> str:
    """``text`` folded, its abbreviations' parts joined, runs of words the ``abbreviations``
    stand for ("giáo dục và đào tạo" for "gdđt") written as them, the repeated head dropped."""
    words = fold(_ACRONYM_JOINT.sub(r"\1", text)).split()
    if abbreviations:
        words = _abbreviated(words, abbreviations)
    return _REPEATED_HEAD.sub(r"\1", " ".join(words))


def abbreviations_in(text: str) -> frozenset[str]:
    """The folded abbreviations ``text`` writes in capitals ("GD-ĐT" as "gdđt")."""
    return frozenset(fold(a) for a in _ACRONYM.findall(_ACRONYM_JOINT.sub(r"\1", text)))


def _abbreviated(words: list[str], abbreviations: frozenset[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        for abbreviation in abbreviations:
            end = _spelled_end(words, i, abbreviation)
            if end > i:
                out.append(abbreviation)
                i = end
                break
        else:
            out.append(words[i])
            i += 1
    return out


def _spelled_end(words: list[str], i: int, abbreviation: str) -> int:
    """End of the words from ``i`` whose initials spell ``abbreviation`` (links between
    fields skipped), or ``i``."""
    k = i
    for letter in abbreviation:
        if k > i:
            while k < len(words) and words[k] in _FIELD_LINKS:
                k += 1
        if k >= len(words) or _initial(words[k]) != letter:
            return i
        k += 1
    return k


def _initial(word: str) -> str:
    """The word's first letter without its marks ("ủy" → "u"; "đào" keeps "đ")."""
    return unicodedata.normalize("NFD", word)[:1]
