"""Where a name ends in a sentence's syllables: people's names, organisations after their
head, events after theirs, products after a brand.

Vietnamese capitalises only the first word of an organisation's name ("Ngân hàng Đầu tư
và Phát triển nông thôn"), so capitalisation alone does not find its end: lower-case words
belong to the name when a closing word or another name follows them before any verb or
function word. The scanner in ``entities`` decides what each span is.
"""

from __future__ import annotations

import re

from .gazetteer import GazetteerMatch
from .lexicon import (
    ADMIN_LEVELS,
    LOC_CUES,
    LOCATIVES,
    MISC_HEADS,
    NAME_STOPS,
    NAMED_FOR_PEOPLE,
    ORG_HEADS,
    ORG_SUFFIXES,
    ORG_TAILS,
    SURNAMES,
    TITLES,
    common_compounds,
    common_words,
    is_acronym,
    is_capitalised,
)
from .syllables import Syllables, is_model, is_particle_name, is_vietnamese

_NAME_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "wal", "de", "van", "von", "der", "da", "di"}
)
_LOWER_CASE_REACH = 5
_VERSION = re.compile(
    r"\d{1,2}(?:\.\d{1,2})+"
)  # "iOS 15.6"; "1.000" is a thousand  # lower-case syllables an organisation's name may run over


class NameSpans:
    """Span finders over one sentence's syllables and its gazetteer matches."""

    def __init__(self, syllables: Syllables, matches: list[GazetteerMatch]) -> None:
        self.syl = syllables
        self.gaz = {m.start: m for m in matches}
        self.in_gazetteer = {k for m in matches for k in range(m.start, m.end)}

    def name_run(self, i: int) -> int:
        end = i
        while end < len(self.syl.text) and (
            end == i or end not in self.gaz or self._inside_name(end)
        ):
            if (
                (
                    self.syl.is_name_syllable(end, inside=end > i)
                    and (end == i or not self._is_head(end) or self._given_name_at(i, end))
                )
                or (
                    (self.syl.keys[end] in _NAME_PARTICLES or "-" in self.syl.text[end][1:-1])
                    and end + 1 < len(self.syl.text)
                    and is_capitalised(self.syl.text[end + 1])
                )
                or (end > i and is_particle_name(self.syl.text[end]))
            ):
                end += 1
            else:
                break
        return end

    def _given_name_at(self, start: int, i: int) -> bool:
        """A capitalised kinship word inside a Vietnamese name is a given name: "Lê Anh
        Thư", "Minh Anh" (the title is written lower-case: "anh Vinh")."""
        vietnamese = self.syl.keys[start] in SURNAMES or is_vietnamese(self.syl.text[i - 1])
        return vietnamese and self.syl.phrase_at(i, TITLES) == i + 1

    def _inside_name(self, i: int) -> bool:
        """A one-syllable gazetteer name inside a Vietnamese name: "Thủ Đức", "Minh Anh"."""
        match = self.gaz.get(i)
        if match is None or is_acronym(self.syl.text[i]):
            return False
        before = i > 0 and self.syl.is_name_syllable(i - 1) and not self.syl.at_start[i - 1]
        if match.end - match.start > 1:
            # "phường Tân Long An", "Nguyễn Thái Bình": a province inside a longer name
            return (
                match.entry.kind == "province"
                and before
                and not is_acronym(self.syl.text[i - 1])
                and (i - 1) not in self.in_gazetteer
            )
        after = (
            i + 1 < len(self.syl.text)
            and i + 1 not in self.gaz
            and self.syl.is_name_syllable(i + 1, inside=True)
            and self.syl.keys[i + 1] in common_words()
        )
        return before or after

    def _is_head(self, i: int) -> bool:
        return self.syl.phrase_at(i, TITLES) > i or self.syl.phrase_at(i, ORG_HEADS) > i

    def org_name(self, start: int, head_end: int) -> int:
        """End of an organisation's name after its head ("Bộ" + "Ngoại giao Niger").

        A gazetteer organisation right after the head is the name itself ("hãng Reuters"),
        and a gazetteer name closes the organisation: what follows is someone's name
        ("Chủ tịch Ủy ban ECOWAS Omar Alieu Touray"). Lower-case words continue the name
        when a closing word or a capitalised name follows them ("Viện Vệ sinh dịch
        tễ trung ương", "Hội Nông dân tập thể Việt Nam"); a school's or a hospital's name
        may be a person's ("Trường THPT tư thục Hà Huy Tập").
        """
        if head_end in self.gaz and self.gaz[head_end].entry.type != "LOC":
            return head_end
        syl, end, n = self.syl, head_end, len(self.syl.text)
        for_people = syl.phrase_at(start, NAMED_FOR_PEOPLE) == head_end
        placed = False  # just after a level of government: a place's name follows
        while end < n:
            if end in self.gaz:
                end = self.gaz[end].end
                # "Trung tâm Văn hóa Hàn Quốc tại Việt Nam": a body's seat in another country
                if end + 1 < n and syl.keys[end] == "tại" and self._country_at(end + 1):
                    end = self.gaz[end + 1].end
                return end
            if not placed and not for_people and self._person_at(end):
                break  # a person's name after the organisation: "Thành ủy Nguyễn Công Soái"
            placed = False
            text = syl.text[end]
            if (
                is_capitalised(text)
                or (syl.continues_word[end] and not self._stops_name(end))
                or is_particle_name(text)
            ):
                end += 1
                continue
            # "Công an huyện Sông Cầu", "UBND xã Tân Lập", "Công an quận 5"
            joint = syl.phrase_at(end, LOC_CUES if end > head_end else ADMIN_LEVELS)
            if joint > end and joint < n and is_capitalised(syl.text[joint]):
                # "Trung tâm Văn hóa Hàn Quốc tại Việt Nam", not "CLB X tại J.League"
                known_place = joint in self.gaz and self.gaz[joint].entry.type == "LOC"
                if known_place or syl.phrase_at(end, LOCATIVES) == end:
                    end, placed = joint, True
                    continue
                break
            if (joint > end or end == head_end) and syl.text[min(joint, n - 1)].isdigit():
                end = joint + 1  # "Công an quận 5", "Đội 3", "Bệnh viện 108"
                continue
            if end == head_end and joint > end:
                return joint  # "Công an tỉnh", "UBND huyện": the body of the story's place
            if end > head_end and (syl.keys[end] in ("và", "&") or text in ",-–"):
                # "Sở Văn hóa, Thể thao và Du lịch", "Bộ Giáo dục - Đào tạo", "Bộ NN & PTNT";
                # a dash after a longer name opens a part of it: "Ngân hàng X và Y - Chi
                # nhánh Z"
                nxt = end + 1
                fields = sum(
                    is_capitalised(syl.text[k]) and not syl.continues_word[k]
                    for k in range(head_end, end)
                )
                if (
                    nxt < n
                    and is_capitalised(syl.text[nxt])
                    and not (nxt in self.gaz or self._is_head(nxt) or self._person_at(nxt))
                    and (text != "," or self._enumeration_at(nxt))
                    and (text not in "-–" or fields == 1)
                ):
                    end = nxt
                    continue
                break
            close = self._lower_case_close(end, for_people)
            if close == end:
                break
            end = close
        return end

    def _stops_name(self, i: int) -> bool:
        """A function word or verb ends a name, unless it only completes a compound noun
        with the syllable before it ("Cục Hàng không", where "không" is not "not")."""
        keys = self.syl.keys
        return keys[i] in NAME_STOPS and (keys[i - 1], keys[i]) not in common_compounds()

    def _person_at(self, i: int) -> bool:
        """A Vietnamese person's name starts at ``i``: a surname, then a given name that
        does not make a dictionary word with it ("Cao Su" is rubber, "Hồ Sơ" a file)."""
        keys = self.syl.keys
        return (
            keys[i] in SURNAMES
            and self.name_run(i) - i >= 2
            and (keys[i], keys[i + 1]) not in common_compounds()
        )

    def _enumeration_at(self, i: int) -> bool:
        """After a comma, capitalised fields joined by "và": "Thể thao và Du lịch"."""
        syl = self.syl
        while i < len(syl.text) and (is_capitalised(syl.text[i]) or syl.continues_word[i]):
            i += 1
        return i + 1 < len(syl.text) and syl.keys[i] == "và" and is_capitalised(syl.text[i + 1])

    def _country_at(self, i: int) -> bool:
        """A gazetteer place that is neither a province nor a capital: most often a country."""
        entry = self.gaz[i].entry if i in self.gaz else None
        return entry is not None and entry.type == "LOC" and not (entry.kind or entry.capital_of)

    def _lower_case_close(self, i: int, for_people: bool = False) -> int:
        """End of lower-case words at ``i`` that still belong to a name, or ``i``.

        They do when, within a few words and before any function word or verb, they end
        with a closing word ("trung ương", "quốc gia") or reach a place or a capitalised
        name ("tập thể Việt Nam").
        """
        syl = self.syl
        for j in range(i, min(i + _LOWER_CASE_REACH + 1, len(syl.text))):
            text = syl.text[j]
            if j > i and (j in self.gaz or is_capitalised(text)):
                named = j in self.gaz and self.gaz[j].entry.type in ("LOC", "ORG")
                person = self._person_at(j) and not for_people
                return j if named or not (self._is_head(j) or person) else i
            if not text[:1].isalpha() or syl.keys[j] in NAME_STOPS:
                return i
            if (tail := syl.phrase_at(j, ORG_TAILS)) > j:
                return tail
        return i

    def product_word(self, i: int) -> bool:
        """A foreign capitalised word naming a product after its brand: "Vios" in "Toyota
        Vios", "Pay" in "Apple Pay"; a company word ("Motors", "News") keeps the company."""
        syl = self.syl
        return (
            i < len(syl.text)
            and is_capitalised(syl.text[i])
            and syl.text[i].isalpha()
            and not is_vietnamese(syl.text[i])
            and not is_acronym(syl.text[i])
            and i not in self.gaz
            and syl.keys[i] not in ORG_SUFFIXES
        )

    def model_end(self, i: int) -> int:
        """End of a product's model words: "6", "5s", "Plus", "15.6" after "iPhone"."""
        syl = self.syl
        while i < len(syl.text) and (
            is_model(syl.text[i])
            or syl.text[i].isdigit()
            or _VERSION.fullmatch(syl.text[i]) is not None
            or self.product_word(i)
            or (len(syl.text[i]) == 1 and syl.text[i].isalpha() and syl.text[i - 1].isdigit())
            or (is_capitalised(syl.text[i]) and len(syl.text[i]) <= 4 and i not in self.gaz)
        ):
            i += 1
        return i

    def word_end(self, end: int) -> int:
        """``end`` moved past the capitalised words that go on a name after a cue ("cuộc
        thi Sáng tạo" + "Quốc tế") and the lower-case rest of a word it cuts ("gia")."""
        syl = self.syl
        while (
            end < len(syl.text)
            and syl.keys[end] not in NAME_STOPS
            and (
                syl.continues_word[end]
                or (
                    is_capitalised(syl.text[end]) and end not in self.gaz and not self._is_head(end)
                )
            )
        ):
            end += 1
        return end

    def misc_name(self, head_end: int) -> int:
        """End of an event's or a law's name after its head ("Tết" + "Độc lập")."""
        syl, end = self.syl, head_end
        while (
            end < len(syl.text)
            and (
                syl.is_name_syllable(end, inside=True)
                or (is_capitalised(syl.text[end]) and syl.keys[end] not in NAME_STOPS)
                or (syl.continues_word[end] and syl.keys[end] not in NAME_STOPS)
            )
            and syl.phrase_at(end, MISC_HEADS) == end
        ):
            end += 1
        return end
