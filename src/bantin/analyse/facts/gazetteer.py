"""The project's gazetteer: countries, capitals and major organisations with their aliases.

Rows of ``bantin/data/gazetteer.tsv``: canonical name, type, ``|``-separated aliases
(Vietnamese variants, international names, acronyms), for a capital its country, and a kind
(``province`` for a Vietnamese province or centrally-run city: football clubs carry their
names, so in a sports story they are often the club).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Literal

from ...models import Record
from .lexicon import OPENERS, fold, is_acronym, is_capitalised

EntityType = Literal["PER", "ORG", "LOC", "MISC"]


class GazetteerEntry(Record):
    canonical: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    capital_of: str | None = None
    kind: str | None = None

    @property
    def is_country(self) -> bool:
        """A place that is neither a province nor a capital: most often a country."""
        return self.type == "LOC" and not (self.kind or self.capital_of)


class GazetteerMatch(Record):
    start: int
    end: int
    entry: GazetteerEntry


class Gazetteer:
    """Longest-match lookup of gazetteer names over a sentence's syllables."""

    def __init__(self, entries: Sequence[GazetteerEntry]) -> None:
        self.entries = tuple(entries)
        self.by_key_: dict[tuple[str, ...], GazetteerEntry] = {}
        # names written with every word capitalised match, where a sentence opens, only text
        # whose later words are capitalised too: "Lao Động" (a newspaper) is not "Lao động"
        # (labour) opening a sentence; elsewhere "báo Tuổi trẻ" still is the newspaper. Right
        # after a capitalised word, an organisation's name needs its later words capitalised
        # too: "Hòa Phát" (a steelmaker) is not the end of "ông Phạm Văn Hòa phát biểu", nor
        # "Thanh Niên" (a newspaper) inside "Hội Cựu Thanh niên xung phong"; a place's does
        # not ("Đông Nam bộ")
        self.cased_: set[tuple[str, ...]] = set()
        # a name written with a lower-case word before capitalised ones needs them
        # capitalised: "miền Nam" is the South, "miền nam Lebanon" a part of Lebanon
        self.headed_: set[tuple[str, ...]] = set()
        # acronyms must match case exactly ("UN", not the syllable "un")
        self.exact_: dict[str, GazetteerEntry] = {}
        for entry in self.entries:
            for name in (entry.canonical, *entry.aliases):
                if is_acronym(name) and " " not in name:
                    self.exact_[name] = entry
                else:
                    key = tuple(fold(name).split())
                    # the segmenter may split an abbreviation's period off: "St . Petersburg"
                    words = name.split()
                    cased = len(words) > 1 and all(map(is_capitalised, words[1:]))
                    for variant in (key, _period_split(key)):
                        self.by_key_.setdefault(variant, entry)
                        if cased and is_capitalised(words[0]):
                            self.cased_.add(variant)
                        elif cased and words[0].islower():
                            self.headed_.add(variant)
        self.sizes_: dict[str, list[int]] = {}  # first word -> name lengths, longest first
        for key in self.by_key_:
            self.sizes_.setdefault(key[0], []).append(len(key))
        for sizes in self.sizes_.values():
            sizes.sort(reverse=True)

    def lookup(self, name: str) -> GazetteerEntry | None:
        return self.exact_.get(name) or self.by_key_.get(tuple(fold(name).split()))

    def find(self, syllables: Sequence[str]) -> list[GazetteerMatch]:
        """Non-overlapping matches, longest first from left to right.

        A match must start with a capitalised syllable or be written exactly as an alias, so
        the common word "mỹ" (beautiful) in "thẩm mỹ" is not the United States.
        """
        keys = [fold(s) for s in syllables]
        matches: list[GazetteerMatch] = []
        i = 0
        while i < len(syllables):
            found = None
            if syllables[i] in self.exact_:
                found = GazetteerMatch(start=i, end=i + 1, entry=self.exact_[syllables[i]])
            for size in self.sizes_.get(keys[i], ()):
                if i + size > len(syllables):
                    continue
                entry = self.by_key_.get(tuple(keys[i : i + size]))
                if entry is None:
                    continue
                key = tuple(keys[i : i + size])
                written = syllables[i][:1].isupper() or syllables[i][:1] == entry.canonical[:1]
                opening = _opens(syllables, i)
                inside_name = (
                    entry.type == "ORG"
                    and i > 0
                    and is_capitalised(syllables[i - 1])
                    and not _opens(syllables, i - 1)  # "Như Tuổi trẻ Online đã phản ánh"
                )
                later = syllables[i + 1 : i + size]
                if ((opening or inside_name) and key in self.cased_) or key in self.headed_:
                    written = written and all(is_capitalised(s) for s in later)
                if written and (found is None or size > found.end - found.start):
                    found = GazetteerMatch(start=i, end=i + size, entry=entry)
                break
            if found is None:
                i += 1
                continue
            matches.append(found)
            i = found.end
        return matches


def _period_split(key: tuple[str, ...]) -> tuple[str, ...]:
    """``key`` with the period of each abbreviation of two letters or more split off:
    ("st.", "petersburg") -> ("st", ".", "petersburg")."""
    return tuple(
        part
        for word in key
        for part in ((word[:-1], ".") if len(word) > 2 and word.endswith(".") else (word,))
    )


def _opens(syllables: Sequence[str], i: int) -> bool:
    """Syllable ``i`` opens a sentence or a quote, where any word is capitalised."""
    return i == 0 or syllables[i - 1] in OPENERS


def _parse(text: str) -> list[GazetteerEntry]:
    entries = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, type_, aliases, capital_of, kind = [*line.split("\t"), "", "", "", ""][:5]
        entries.append(
            GazetteerEntry(
                canonical=canonical,
                type=type_,  # type: ignore[arg-type]  # validated by pydantic
                aliases=tuple(a for a in aliases.split("|") if a),
                capital_of=capital_of or None,
                kind=kind or None,
            )
        )
    return entries


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer shipped with bantin, read once per process."""
    text = resources.files("bantin").joinpath("data/gazetteer.tsv").read_text(encoding="utf-8")
    return Gazetteer(_parse(text))
