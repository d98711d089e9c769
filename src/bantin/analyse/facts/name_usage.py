"""Which bare two-syllable Vietnamese names the news uses for people, counted on a corpus.

A capitalised two-syllable Vietnamese name with nothing around it to say what it is is most
often a place ("Tân Bình", "Quảng Ninh"), so that is the shape guess; but singers, actors and
players go by two syllables too ("Lam Trường", "Lệ Quyên", "Công Phượng") and are written
bare in lists and headlines. How a corpus writes a name elsewhere tells them apart: after a
person's title ("ca sĩ Lệ Quyên", "anh Lan Anh") or after a place word ("huyện Tân Bình").
``scripts/train_names.py`` counts that on VietNews and writes the people it finds to
``data/people_names.txt``, which ``lexicon.people_names`` reads.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from .lexicon import fold
from .syllables import is_vietnamese

# Words that put a person right before a name ("ca sĩ Lệ Quyên", "NSƯT Thành Lộc").
PERSON_WORDS = (
    "ông", "bà", "anh", "chị", "cô", "chú", "em", "cháu", "bé", "cụ", "vợ", "chồng", "mc",
    "ca sĩ", "nam ca sĩ", "nữ ca sĩ", "nghệ sĩ", "nghệ sĩ ưu tú", "nghệ sĩ nhân dân", "nsưt",
    "nsnd", "diễn viên", "nam diễn viên", "nữ diễn viên", "danh hài", "rapper", "người mẫu",
    "hoa hậu", "á hậu", "nhạc sĩ", "đạo diễn", "nữ sĩ", "nhà văn", "nhà thơ", "họa sĩ",
    "hoạ sĩ", "cầu thủ", "hlv", "tiền vệ", "tiền đạo", "hậu vệ", "thủ môn", "danh thủ",
    "vận động viên", "vđv", "võ sĩ",
)  # fmt: skip
# Words that put a place right before a name ("huyện Tân Bình", "sông Sài Gòn").
PLACE_WORDS = (
    "tỉnh", "huyện", "xã", "phường", "quận", "thị xã", "thị trấn", "thành phố", "tp", "tp.",
    "làng", "thôn", "ấp", "xóm", "sông", "núi", "hồ", "đảo", "đèo", "vịnh", "biển", "cảng",
    "đường", "phố", "khu vực", "vùng", "miền", "châu", "cầu", "chợ",
)  # fmt: skip

_WORD = r"[^\W\d_]+"
_SPACE = r"[^\S\n]+"  # a name never runs over a line break ("ông Tập\nTổng thống Mỹ")


def _alternation(words: Iterable[str]) -> str:
    longest_first = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", _SPACE) for w in longest_first)


# a person or place word, then two words and the word after them, read without consuming
# them: the name of one match may hold the place word of the next ("bà con xã Tân Bình")
_CUED = re.compile(
    rf"(?<!\w)(?P<person>{_alternation(PERSON_WORDS)})?(?P<place>{_alternation(PLACE_WORDS)})?"
    rf"(?<=\w)(?={_SPACE}(?P<first>{_WORD}){_SPACE}(?P<second>{_WORD})(?:{_SPACE}(?P<after>\S+))?)",
    re.IGNORECASE,
)
_WORDS = re.compile(_WORD)


def _is_name_syllable(word: str) -> bool:
    return word[0].isupper() and is_vietnamese(word)


@dataclass
class NameUsage:
    """Tallies over a corpus: in how many texts each two-syllable name follows a person word
    or a place word, and how often the pair is written capitalised or lower case."""

    after_person: Counter[str] = field(default_factory=Counter)
    after_place: Counter[str] = field(default_factory=Counter)
    capitalised: Counter[str] = field(default_factory=Counter)
    lower_case: Counter[str] = field(default_factory=Counter)

    @classmethod
    def count(cls, texts: Iterable[str]) -> NameUsage:
        """One vote per text and kind of word before a name, so that one article repeating
        "ca sĩ X" does not make X a person."""
        usage = cls()
        corpus = list(texts)
        for text in corpus:
            people: set[str] = set()
            places: set[str] = set()
            for match in _CUED.finditer(text):
                first, second, after = match["first"], match["second"], match["after"]
                if not (_is_name_syllable(first) and _is_name_syllable(second)):
                    continue
                if after and after[0].isupper():
                    continue  # a longer name: "ông Nguyễn Văn An"
                name = f"{fold(first)} {fold(second)}"
                (people if match["person"] else places).add(name)
            usage.after_person.update(people)
            usage.after_place.update(places)
        candidates = set(usage.after_person)
        for line in (line for text in corpus for line in text.splitlines()):
            words = _WORDS.findall(line)
            for first, second in pairwise(words):
                pair = f"{fold(first)} {fold(second)}"
                if pair not in candidates:
                    continue
                if first[0].isupper() and second[0].isupper():
                    usage.capitalised[pair] += 1
                elif first.islower() and second.islower():
                    usage.lower_case[pair] += 1
        return usage

    def people(self, min_texts: int = 2, ratio: float = 4.0) -> list[str]:
        """Names written after a person word in ``min_texts`` texts or more, ``ratio`` times
        as often as after a place word, and more often capitalised than not ("Hạnh Phúc" may
        be someone's name, "hạnh phúc" is happiness)."""
        return sorted(
            name
            for name, votes in self.after_person.items()
            if votes >= min_texts
            and votes >= ratio * self.after_place[name]
            and self.capitalised[name] > self.lower_case[name]
        )
