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
    MISSION_HEADS,
    NAME_STOPS,
    NAMED_FOR_PEOPLE,
    ORG_SUFFIXES,
    ORG_TAILS,
    PARENT_HEADS,
    SELF_NAMED_HEADS,
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
# words after a number that make it a quantity
_QUANTITY_WORDS = frozenset(
    {"triệu", "tỷ", "tỉ", "nghìn", "ngàn", "trăm", "%", "người", "năm", "tuổi", "ha", "km"}
)
# middle names that never end a Vietnamese name
_MIDDLE_NAMES = frozenset({"văn", "thị"})
_YEAR = re.compile(r"(?:19|20)\d{2}")
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
                    and (
                        end == i
                        or not self._is_head(end)
                        or self._given_name_at(i, end)
                        or self._closes_full_name(i, end)
                    )
                )
                or (
                    (self.syl.keys[end] in _NAME_PARTICLES or "-" in self.syl.text[end][1:-1])
                    and end + 1 < len(self.syl.text)
                    and is_capitalised(self.syl.text[end + 1])
                )
                or (end > i and is_particle_name(self.syl.text[end]))
                or (end > i and self._possessive_at(end))
                or self._given_name_after_middle(i, end)
                or (end > i and self._foreign_dash_at(end))
            ):
                end += 1
            else:
                break
        return end

    def _foreign_dash_at(self, i: int) -> bool:
        """A dash joining two foreign words of one name: "Rhineland - Palatinate"."""
        text = self.syl.text
        return (
            text[i] == "-"
            and i + 1 < len(text)
            and i + 1 not in self.gaz
            and is_capitalised(text[i + 1])
            and not is_vietnamese(text[i + 1])
            and not is_vietnamese(text[i - 1])
        )

    def _possessive_at(self, i: int) -> bool:
        """The apostrophe or the "s" of an English possessive inside a name: "Megan ’ s Law"."""
        text = self.syl.text
        at = i if text[i] in ("’", "'") else i - 1
        return (
            text[at] in ("’", "'")
            and at + 2 < len(text)
            and text[at + 1] == "s"
            and is_capitalised(text[at + 2])
        )

    def _given_name_at(self, start: int, i: int) -> bool:
        """A capitalised kinship word inside a Vietnamese name is a given name: "Lê Anh
        Thư", "Minh Anh" (the title is written lower-case: "anh Vinh")."""
        vietnamese = self.syl.keys[start] in SURNAMES or is_vietnamese(self.syl.text[i - 1])
        return vietnamese and self.syl.phrase_at(i, TITLES) == i + 1

    def _given_name_after_middle(self, start: int, i: int) -> bool:
        """A surname and "Văn" or "Thị" still want their given name, even a common word
        capitalised: "Trương Văn Được"."""
        keys = self.syl.keys
        return (
            i - start == 2
            and keys[start] in SURNAMES
            and keys[start + 1] in _MIDDLE_NAMES
            and is_capitalised(self.syl.text[i])
            and is_vietnamese(self.syl.text[i])
        )

    def _closes_full_name(self, start: int, i: int) -> bool:
        """A head or title word ending a Vietnamese full name is its given name: "Nguyễn
        Đình Trường", "Dương Quốc Vương" (an organisation after it would go on capitalised)."""
        syl = self.syl
        end = max(syl.phrase_at(i, TITLES), syl.org_head_at(i))
        return (
            syl.keys[start] in SURNAMES
            and i - start >= 1
            and end - start <= 4
            and all(is_capitalised(t) for t in syl.text[i:end])
            and (end == len(syl.text) or not is_capitalised(syl.text[end]))
        )

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
        return self.syl.phrase_at(i, TITLES) > i or self.syl.org_head_at(i) > i

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
        if (
            syl.phrase_at(start, SELF_NAMED_HEADS) == head_end
            and head_end < n
            and head_end not in self.gaz
            and not is_vietnamese(syl.text[head_end])
        ):
            return head_end  # "chủ tịch Hạ viện Nancy Pelosi": the name is someone's
        for_people = syl.phrase_at(start, NAMED_FOR_PEOPLE) == head_end
        placed = False  # just after a level of government: a place's name follows
        while end < n:
            if end in self.gaz and not self._common_words_before_place(end):
                end = self.gaz[end].end
                # "Trung tâm Văn hóa Hàn Quốc tại Việt Nam": a body's seat in another country
                seat = end + 1 < n and syl.keys[end] == "tại" and end + 1 in self.gaz
                mission = syl.phrase_at(start, MISSION_HEADS) == head_end
                if seat and (self._country_at(end + 1) or (mission and self._place_at(end + 1))):
                    end = self.gaz[end + 1].end
                # "Hội đồng Khảo cổ học Ai Cập tối cao": a closing word after the place
                return max(end, syl.phrase_at(end, ORG_TAILS)) if end < n else end
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
            if text.isdigit() and syl.phrase_at(end - 1, ADMIN_LEVELS) == end:
                end += 1  # "UBND P. 5": the abbreviated level read as a capitalised word
                continue
            if self._unit_number_at(end):
                end += 1  # "Nhà máy nhiệt điện Vĩnh Tân 1": the unit's number
                continue
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
                # fields after the first written lower case: "Sở Giáo dục và đào tạo",
                # "Phòng Kế hoạch - tài chính", "Cục Phát thanh, truyền hình và thông tin"
                lower = self._lower_enumeration_end(nxt) if text == "," else self._field_end(nxt)
                if lower > nxt and (text not in "-–" or fields == 1):
                    end = lower
                    continue
                break
            if (listed := self._lower_enumeration_end(end, commas=1)) > end:
                end = listed  # "Trung tâm Xúc tiến đầu tư, thương mại và du lịch"
                continue
            close = self._lower_case_close(end, for_people)
            if close == end:
                break
            end = close
        return end

    def _unit_number_at(self, i: int) -> bool:
        """A short number right after a capitalised word of a name that no quantity word
        follows: "Vĩnh Tân 1 (chủ đầu tư ...)", not "Công ty A 50 triệu đồng"."""
        text, keys = self.syl.text, self.syl.keys
        after = keys[i + 1] if i + 1 < len(keys) else ""
        return (
            text[i].isdigit()
            and len(text[i]) <= 2
            and is_capitalised(text[i - 1])
            and not after[:1].isdigit()
            and after not in _QUANTITY_WORDS
        )

    def _common_words_before_place(self, i: int) -> bool:
        """A gazetteer organisation written in lower case inside a longer name, a place
        after it: "Hội Liên hiệp Thanh niên Việt Nam" (not the newspaper Thanh Niên)."""
        match = self.gaz[i]
        return (
            match.entry.type == "ORG"
            and not all(is_capitalised(t) for t in self.syl.text[i : match.end])
            and match.end in self.gaz
            and self.gaz[match.end].entry.type == "LOC"
        )

    def _field_end(self, i: int) -> int:
        """End of lower-case compounds at ``i`` naming a field ("đào tạo", "thông tin điện
        tử"), or ``i``: two-syllable words of the dictionary or of the segmentation."""
        syl, n = self.syl, len(self.syl.keys)
        end = i
        while (
            end + 1 < n
            and end < i + 4  # two compounds at most
            and not is_capitalised(syl.text[end])
            and syl.keys[end] not in NAME_STOPS
            and (syl.joined[end + 1] or (syl.keys[end], syl.keys[end + 1]) in common_compounds())
        ):
            end += 2
        return end

    def _lower_enumeration_end(self, i: int, commas: int = 0) -> int:
        """End of lower-case fields listed with (at least ``commas``) commas and closed by
        "và" ("truyền hình và thông tin điện tử"), or ``i``."""
        keys, j = self.syl.keys, i
        while (field := self._field_end(j)) > j and field < len(keys):
            if keys[field] == "và" and commas <= 0:
                return end if (end := self._field_end(field + 1)) > field + 1 else i
            if keys[field] != ",":
                return i
            j, commas = field + 1, commas - 1
        return i

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

    def _place_at(self, i: int) -> bool:
        return i in self.gaz and self.gaz[i].entry.type == "LOC"

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
                parent = syl.phrase_at(j, PARENT_HEADS) > j  # "Cảnh sát điều tra Công an X"
                return j if named or parent or not (self._is_head(j) or person) else i
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
        # the year of a law or an edition: "Hiến pháp 1992", "Hiến pháp năm 1992"
        year = end + 1 if end < len(syl.text) and syl.keys[end] == "năm" else end
        if year < len(syl.text) and _YEAR.fullmatch(syl.text[year]):
            end = year + 1
        return end
