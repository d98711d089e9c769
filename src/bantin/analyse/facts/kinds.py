"""What kind of thing a name is, read from the words around it and inside it: a descriptive
head ("Hãng tin Reuters"), a place's head ("Chùa Bái Đính"), compass words ("phía Tây Nam
Syria"), common nouns of another language ("Joint Base Andrews"), initials ("L.D.").
"""

from __future__ import annotations

import re

from .lexicon import (
    COMPASS,
    DESCRIPTOR_HEADS,
    FOREIGN_KIND_WORDS,
    FUNCTION_BODIES,
    GENERIC_HEADS,
    LOC_HEADS,
    ROAD_WORDS,
    is_capitalised,
)
from .spans import NameSpans
from .syllables import is_vietnamese

# initials standing for a person's name: "L.D.", "D.V.T.", "T"
_INITIALS = re.compile(r"(?:[A-ZĐ]\.)+[A-ZĐ]?\.?|[A-ZĐ]\.?")


# a road's number, or the road written with it ("QL.1A")
_ROAD_NUMBER = re.compile(r"\d{1,3}[A-Za-z]?")
_NUMBERED_ROAD = re.compile(r"(?:QL|TL|ĐT)\.?\d{1,3}[A-Za-z]?", re.IGNORECASE)


class NameKinds(NameSpans):
    """Span finders that also say what a name is."""

    def described_name(self, start: int) -> int | None:
        """Where the name a descriptive head introduces starts ("Hãng tin" + "Reuters",
        "Báo" + "Merkur"), or None when the head is part of the name ("Báo Tuổi Trẻ")."""
        syl = self.syl
        j = syl.phrase_at(start, DESCRIPTOR_HEADS)
        if j == start or j >= len(syl.text):
            return None
        known = j in self.gaz and self.gaz[j].entry.type == "ORG"
        foreign = is_capitalised(syl.text[j]) and not is_vietnamese(syl.text[j])
        return j if known or foreign else None

    def generic_body(self, start: int, head_end: int, end: int) -> bool:
        """A generic head with only lower-case words after it ("Cơ quan công an"), or a body
        named by its function alone ("Hội đồng Quản trị")."""
        if tuple(self.syl.keys[start:end]) in FUNCTION_BODIES:
            return True
        return self.syl.phrase_at(start, GENERIC_HEADS) == head_end and not any(
            is_capitalised(t) or t.isdigit() for t in self.syl.text[head_end:end]
        )

    def place_head_end(self, i: int) -> int:
        """End of a place named with its capitalised head ("Chùa Bái Đính"), or ``i``."""
        syl = self.syl
        if not is_capitalised(syl.text[i]):
            return i
        head_end = syl.phrase_at(i, LOC_HEADS)
        if head_end == i or head_end >= len(syl.text):
            return i
        if head_end in self.gaz:
            return self.gaz[head_end].end
        return self.name_run(head_end) if syl.is_name_syllable(head_end) else i

    def compass_end(self, i: int) -> int:
        """End of the compass words before a known place ("Tây Nam" in "phía Tây Nam
        Syria": a part of the place, not a name), or ``i``."""
        syl = self.syl
        j = syl.phrase_at(i, COMPASS) if is_capitalised(syl.text[i]) else i
        if j == i or j not in self.gaz or self.gaz[j].entry.type != "LOC":
            return i
        if i in self.gaz and self.gaz[i].end >= j:
            return i  # "Nam Phi", "Đông Nam Á": the whole is a known name
        return j

    def foreign_kind(self, start: int, end: int) -> str | None:
        """The type a common noun of another language gives a foreign name, if any."""
        words = self.syl.text[start:end]
        if any(is_vietnamese(w) for w in words):
            return None
        if len(words) < 2:
            return None  # "Tower" alone is a word of a longer name cut short
        kinds = [FOREIGN_KIND_WORDS.get(k) for k in self.syl.keys[start:end]]
        return next((k for k in reversed(kinds) if k), None)

    def initials(self, start: int, end: int) -> bool:
        """A name written as initials: "L.D. T", "D.V.T."."""
        return all(_INITIALS.fullmatch(t) for t in self.syl.text[start:end]) and any(
            "." in t for t in self.syl.text[start:end]
        )

    def road_end(self, i: int) -> int:
        """End of a road named by its number ("quốc lộ 1", "QL.1A"), or ``i``."""
        syl = self.syl
        if _NUMBERED_ROAD.fullmatch(syl.text[i]):
            return i + 1
        j = syl.phrase_at(i, ROAD_WORDS)
        if j == i or j >= len(syl.text) or not _ROAD_NUMBER.fullmatch(syl.text[j]):
            return i
        letter = j + 1 < len(syl.text) and len(syl.text[j + 1]) == 1 and syl.text[j + 1].isupper()
        return j + 2 if letter else j + 1  # "Quốc lộ 1 A" cut by the tokeniser
