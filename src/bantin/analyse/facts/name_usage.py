"""Which bare Vietnamese names are people and which places, counted on a corpus.

A capitalised two-syllable Vietnamese name with nothing around it to say what it is is most
often a place ("Tân Bình", "Quảng Ninh"), so that is the shape guess; but singers, actors and
players go by two syllables too ("Lam Trường", "Lệ Quyên", "Công Phượng") and are written
bare in lists and headlines. How a corpus writes a name elsewhere tells them apart: after a
person's title ("ca sĩ Lệ Quyên", "anh Lan Anh") or after a place word ("huyện Tân Bình").
The other way round, a surname opens most two-syllable runs of people's names, but also
places ("Châu Đốc", "Lâm Hà", "Hà Đông"): those the corpus writes after place words and not
after a person's title are places. So are three-syllable names, most often a person's
full name ("Nguyễn Văn An", "Tập Cận Bình"), that no surname opens and the corpus writes after
place words only ("sân bay Tân Sơn Nhất", "TP Buôn Ma Thuột"). ``scripts/train_names.py``
counts that on VietNews and writes the two lists to ``data/people_names.txt`` and
``data/place_names.txt``, which ``lexicon.people_names`` and ``lexicon.place_names`` read.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from .lexicon import SURNAMES, fold, is_capitalised
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
    "khu vực", "vùng", "miền", "châu", "sân bay",
)  # fmt: skip
# Streets, bridges and markets, which are named after people too ("đường Nguyễn Trãi").
STREET_WORDS = ("đường", "phố", "cầu", "chợ")
_MIDDLE_NAMES = frozenset({"văn", "thị"})

_WORD = r"[^\W\d_]+"
_SPACE = r"[^\S\n]+"  # a name never runs over a line break ("ông Tập\nTổng thống Mỹ")


def _alternation(words: Iterable[str]) -> str:
    longest_first = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", _SPACE) for w in longest_first)


# a person or place word, then two words and the two after them, read without consuming
# them: the name of one match may hold the place word of the next ("bà con xã Tân Bình");
# ``third`` is the word ``after`` opens with ("Nhất" of "Nhất,")
_CUED = re.compile(
    rf"(?<!\w)(?P<person>{_alternation(PERSON_WORDS)})?(?P<place>{_alternation(PLACE_WORDS)})?"
    rf"(?P<street>{_alternation(STREET_WORDS)})?(?<=\w)"
    rf"(?={_SPACE}(?P<first>{_WORD}){_SPACE}(?P<second>{_WORD})"
    rf"(?:{_SPACE}(?=\S)(?P<after>(?P<third>{_WORD})?\S*)(?:{_SPACE}(?P<fourth>\S+))?)?)",
    re.IGNORECASE,
)
_TOKENS = re.compile(rf"{_WORD}|[^\w\s]")


def _is_name_syllable(word: str) -> bool:
    return is_capitalised(word) and is_vietnamese(word)


def _person_shaped(name: str) -> bool:
    """Two syllables opening with a surname ("Lâm Hà") or three opening with none ("Tân Sơn
    Nhất", "Buôn Ma Thuột"): what the extractor takes for a person's name when nothing says
    otherwise. A surname and two syllables after a place word is a ward named after someone
    ("phường Nguyễn Trung Trực"), whose bare name is the person's; a middle name opens given
    names more often than places ("Văn Lâm")."""
    first, *rest = name.split()
    return first not in _MIDDLE_NAMES and (first in SURNAMES) == (len(rest) == 1)


def _ends_three_syllables(match: re.Match[str]) -> bool:
    """The capitalised word after the pair is a third name syllable, and the name ends there:
    "sân bay Tân Sơn Nhất," but not "ông Nguyễn Văn An Khang"."""
    third, fourth = match["third"], match["fourth"]
    if not (third and _is_name_syllable(third)):
        return False
    return match["after"] != third or not (fourth and is_capitalised(fourth))


def _ends_full_name(before: str, after: str) -> bool:
    """A capitalised surname before the pair and no capitalised word after it: "Nguyễn Thái
    Sơn" gives "Thái Sơn" as a given name."""
    return is_capitalised(before) and fold(before) in SURNAMES and not is_capitalised(after)


@dataclass
class NameUsage:
    """Tallies over a corpus: in how many texts each two-syllable name follows a person word,
    a place word or a street word, or ends a full name after a surname ("Nguyễn Thái Sơn"),
    and how often the pair is written capitalised or lower case; and after which kind of word
    each three-syllable name comes."""

    after_person: Counter[str] = field(default_factory=Counter)
    after_place: Counter[str] = field(default_factory=Counter)
    after_street: Counter[str] = field(default_factory=Counter)
    after_surname: Counter[str] = field(default_factory=Counter)
    capitalised: Counter[str] = field(default_factory=Counter)
    lower_case: Counter[str] = field(default_factory=Counter)

    @classmethod
    def count(cls, texts: Iterable[str]) -> NameUsage:
        """One vote per text and kind of word before a name, so that one article repeating
        "ca sĩ X" does not make X a person."""
        usage = cls()
        corpus = list(texts)
        for text in corpus:
            usage._count_cues(text)
        candidates = set(usage.after_person) | set(usage.after_place)
        for text in corpus:
            usage._count_forms(text, candidates)
        return usage

    def _count_cues(self, text: str) -> None:
        people: set[str] = set()
        places: set[str] = set()
        streets: set[str] = set()
        for match in _CUED.finditer(text):
            first, second, after = match["first"], match["second"], match["after"]
            if not (_is_name_syllable(first) and _is_name_syllable(second)):
                continue
            kind = people if match["person"] else places if match["place"] else streets
            if not (after and is_capitalised(after)):
                kind.add(f"{fold(first)} {fold(second)}")
            elif _ends_three_syllables(match):
                kind.add(f"{fold(first)} {fold(second)} {fold(match['third'])}")
            # else a longer name: "ông Nguyễn Văn An Khang"
        self.after_person.update(people)
        self.after_place.update(places)
        self.after_street.update(streets)

    def _count_forms(self, text: str, candidates: set[str]) -> None:
        """How often each candidate is written capitalised, lower case, and (once per text)
        after a surname."""
        given: set[str] = set()
        for line in text.splitlines():
            tokens = ["", *_TOKENS.findall(line), ""]
            for k in range(1, len(tokens) - 2):
                first, second = tokens[k], tokens[k + 1]
                pair = f"{fold(first)} {fold(second)}"
                if pair not in candidates:
                    continue
                if is_capitalised(first) and is_capitalised(second):
                    self.capitalised[pair] += 1
                    if _ends_full_name(tokens[k - 1], tokens[k + 2]):
                        given.add(pair)
                elif first.islower() and second.islower():
                    self.lower_case[pair] += 1
        self.after_surname.update(given)

    def people(self, min_texts: int = 2, ratio: float = 4.0) -> list[str]:
        """Two-syllable names written after a person word in ``min_texts`` texts or more,
        ``ratio`` times as often as after a place word, and more often capitalised than not
        ("Hạnh Phúc" may be someone's name, "hạnh phúc" is happiness). A name of three is a
        person's by its shape already."""
        return sorted(
            name
            for name, votes in self.after_person.items()
            if len(name.split()) == 2
            and votes >= min_texts
            and votes >= ratio * (self.after_place[name] + self.after_street[name])
            and self.capitalised[name] > self.lower_case[name]
        )

    def places(self, min_texts: int = 5, ratio: float = 4.0) -> list[str]:
        """Names shaped like a person's (see ``_person_shaped``) written after a place word in
        ``min_texts`` texts or more, ``ratio`` times as often as after a person word or as the
        given name of a full name ("Thái Sơn" is a commune and a dancer), and more often than
        after a street word ("đường Nguyễn Trãi" honours a person)."""
        return sorted(
            name
            for name, votes in self.after_place.items()
            if _person_shaped(name)
            and votes >= min_texts
            and votes >= ratio * (self.after_person[name] + self.after_surname[name])
            and votes > self.after_street[name]
        )
