"""Where a name ends in a sentence's syllables: people's names, events after their head,
products after a brand (organisations after their head: ``org_spans``). The scanner in
``scanner`` decides what each span is.
"""

from __future__ import annotations

import re

from .gazetteer import GazetteerMatch
from .lexicon import (
    ADMIN_LEVELS,
    ARABIC_ARTICLES,
    FORMS_OF_ADDRESS,
    LOC_CUES,
    MISC_HEADS,
    NAME_ABBREVIATIONS,
    NAME_STOPS,
    ORG_SUFFIXES,
    SURNAMES,
    common_compounds,
    common_words,
    fold,
    is_acronym,
    is_capitalised,
    phrases,
    place_names,
    world_places,
)
from .syllables import (
    Syllables,
    is_model,
    is_particle_name,
    is_vietnamese,
    joined_parts,
    vietnamese_shaped,
)

_NAME_PARTICLES = frozenset(
    {"al", "el", "ez", "bin", "ibn", "wal", "de", "van", "von", "der", "da", "di"}
)
# a degree or a form of address names the person right after it, never their employer:
# "PGS.TS Từ Diệp Công Thành", unlike "Chủ tịch HĐQT Thaco Trần Bá Dương"
_PERSONAL_TITLE_WORDS = FORMS_OF_ADDRESS | {"ts", "pgs", "gs", "ths", "bs", "tskh", "ks", "kts"}


def _personal_title(key: str) -> bool:
    """``key`` is a form of address or degrees, joined ones too ("pgs.ts", "ths-bs")."""
    parts = joined_parts(key)
    return bool(parts) and all(part in _PERSONAL_TITLE_WORDS for part in parts)


# middle names that never end a Vietnamese name
_MIDDLE_NAMES = frozenset({"văn", "thị"})
_YEAR = re.compile(r"(?:19|20)\d{2}")
# the lower-case syllable a romanized given name ends with after a dash ("Jae - in"), and the
# Vietnamese words unmarked as such that open a description in apposition instead ("- con
# trai", "- anh trai của", "- em gái")
_ROMANIZED = re.compile(r"[a-z]{1,5}")
# the abbreviated levels written before a district's or ward's number: "Q. 1", "P. 5"
NUMBERED_LEVEL = re.compile(r"[QP]\.")
_DESCRIPTION_OPENERS = frozenset({"con", "cha", "anh", "em", "hai", "ba"})
_FAMILY_AND_GIVEN = 2
# units that name a place after them, where a country's name may open a Vietnamese place's
# ("xã Mỹ Tân", "khu Mỹ Tân", "thôn Anh Dũng")
_UNITS = ADMIN_LEVELS | phrases("thôn", "ấp", "bản", "xóm", "khóm", "khu", "khu phố", "làng")
# a product's version ("iOS 15.6"); "1.000" is a thousand
_VERSION = re.compile(r"\d{1,2}(?:\.\d{1,2})+")

# words of a company's name between a title and its holder's full name, and the syllables
# of a Vietnamese full name (surname, middle and given name)
_COMPANY_WORDS = 2
_FULL_NAME_SYLLABLES = 3


class NameSpans:
    """Span finders over one sentence's syllables and its gazetteer matches."""

    def __init__(self, syllables: Syllables, matches: list[GazetteerMatch]) -> None:
        self.syl = syllables
        self.gaz = {m.start: m for m in matches}
        self.in_gazetteer = {k for m in matches for k in range(m.start, m.end)}

    def foreign_word_at(self, k: int) -> bool:
        """A capitalised word of another language the gazetteer does not know."""
        text = self.syl.text[k]
        return is_capitalised(text) and not is_vietnamese(text) and k not in self.gaz

    def foreign_shaped_at(self, k: int) -> bool:
        """A capitalised word no Vietnamese syllable is shaped like ("Knapper", "Fox")."""
        text = self.syl.text
        return k < len(text) and is_capitalised(text[k]) and not vietnamese_shaped(text[k])

    def name_run(self, i: int, placed: bool = False) -> int:
        """End of the name starting at ``i``; after a place's word (``placed``) an
        organisation's head goes on with it ("đường Khánh Hội", "đường Đinh Bộ Lĩnh"), a title
        does not ("thành phố Deir al-Zor Tướng Jama'a Jama'a", a caption run on)."""
        end = i
        while end < len(self.syl.text) and (
            end == i or end not in self.gaz or self._inside_name(end)
        ):
            if end > i and self._numbered_district_at(i, end):
                # "BHXH Q. 1", "PCCC Q. 2": a body's branch in a district goes on to its number
                end += 2 if is_acronym(self.syl.text[i]) else 0
                break
            if end > i and self._clause_after_initial(end):
                break
            if end > i and (joined := self._romanized_part_end(i, end)) > end:
                end = joined  # "Moon Jae - in", "Park Hang - seo", "Prayut Chan - o - cha"
                continue
            if (
                (
                    self.syl.is_name_syllable(end, inside=end > i)
                    and (
                        end == i
                        or (placed and self.syl.title_at(end) == end)
                        or not self._is_head(end)
                        or self._given_name_at(i, end)
                        or self._closes_full_name(i, end)
                    )
                )
                or (
                    "-" in self.syl.text[end][1:-1]
                    and end + 1 < len(self.syl.text)
                    and is_capitalised(self.syl.text[end + 1])
                )
                or self.particle_end(end) > end
                or (end > i and is_particle_name(self.syl.text[end]))
                or (end > i and self._possessive_at(end))
                or self._given_name_after_middle(i, end)
                or (end > i and self._foreign_dash_at(end))
                or (end > i and self._abbreviation_dot_at(end))
            ):
                end += 1
            else:
                break
        return end

    def _abbreviation_dot_at(self, i: int) -> bool:
        """The period of "St.", "Mt.", "Ft." inside a name: "nhà thờ St. Anthony"."""
        text = self.syl.text
        return (
            text[i] == "."
            and text[i - 1] in NAME_ABBREVIATIONS
            and i + 1 < len(text)
            and is_capitalised(text[i + 1])
            and not is_vietnamese(text[i + 1])
        )

    def _numbered_district_at(self, start: int, i: int) -> bool:
        """ "Q. 1", "P. 5": a district or ward by number after a body's name ("phó giám đốc
        BHXH Q. 1"), no initial of a person's ("bà Lê Thị P. 50 tuổi")."""
        text = self.syl.text
        return (
            self.syl.keys[start] not in SURNAMES
            and NUMBERED_LEVEL.fullmatch(text[i]) is not None
            and i + 1 < len(text)
            and text[i + 1][:1].isdigit()
        )

    def _clause_after_initial(self, i: int) -> bool:
        """ "đánh anh L. Do bị đánh, ...": after an initial's period a capitalised function
        word opens the next sentence, which the splitter could not tell from the initial."""
        return self.syl.text[i - 1].endswith(".") and self.syl.keys[i] in NAME_STOPS

    def particle_end(self, i: int) -> int:
        """End of the name particle at ``i`` and of the spaced dash joining it to the
        capitalised word after it ("bin Salman", "Bashar al - Assad"), or ``i``."""
        text = self.syl.text
        if self.syl.keys[i] not in _NAME_PARTICLES:
            return i
        after = i + 2 if i + 2 < len(text) and text[i + 1] == "-" else i + 1
        return after if after < len(text) and is_capitalised(text[after]) else i

    def article_at(self, i: int) -> bool:
        """An Arabic article joined by a spaced dash to the capitalised word after it: "al" in
        "Bashar al - Assad", "ông al - Assad"."""
        return self.syl.keys[i] in ARABIC_ARTICLES and self.particle_end(i) == i + 2

    def _foreign_dash_at(self, i: int) -> bool:
        """A dash joining two foreign words of one name: "Rhineland - Palatinate" (not two
        cities a route runs between: "đường sắt Nairobi - Mombasa")."""
        text = self.syl.text
        return (
            text[i] == "-"
            and i + 1 < len(text)
            and i + 1 not in self.gaz
            and is_capitalised(text[i + 1])
            and not is_vietnamese(text[i + 1])
            and not is_vietnamese(text[i - 1])
            and not {fold(text[i - 1]), fold(text[i + 1])} <= world_places()
        )

    def _romanized_part_end(self, start: int, i: int) -> int:
        """End of a dash and the lower-case syllable a romanized Korean or Thai given name
        ends with ("Moon Jae" + "- in", "Kim Yo" + "- jong"), or ``i``: the name before is
        a foreign family and given name, and the syllable is no Vietnamese word that would open
        a description in apposition ("Lee Kun - con trai ông", "An Giang - cho biết", "My
        Parking - thu phí", "Eden - khu")."""
        text, keys = self.syl.text, self.syl.keys
        if not (
            text[i] == "-"
            and i - start >= _FAMILY_AND_GIVEN
            and i + 1 < len(text)
            and _ROMANIZED.fullmatch(text[i + 1])
            # a name of Vietnamese-looking syllables takes one spelled as no Vietnamese
            # syllable is ("Kim In" + "- ryong")
            and (any(not is_vietnamese(t) for t in text[start:i]) or not is_vietnamese(text[i + 1]))
            # a syllable that is a Vietnamese word too ("in", "seo") after a name with one
            # spelled as no Vietnamese syllable is ("Jae", "Park"); not "Trường Chinh - quay"
            and (
                not is_vietnamese(text[i + 1])
                or any(not vietnamese_shaped(t) for t in text[start:i])
            )
        ):
            return i
        # "Chan - o" + "- cha" (not "SP - PSA" + "- cho biết")
        chained = text[i - 2] == "-" and _ROMANIZED.fullmatch(text[i - 1]) is not None
        opens_description = (
            keys[i + 1] in NAME_STOPS
            or keys[i + 1] in _DESCRIPTION_OPENERS
            or self.syl.phrase_at(i + 1, LOC_CUES) > i + 1  # "New South Wales - bang"
            or (i + 2 < len(keys) and self.syl.joined[i + 2])  # "doanh_nhân" as segmented
        )
        return i if opens_description and not chained else i + 2

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
        Thư", "Minh Anh" (the title is written lower-case: "anh Vinh"); after a foreign given
        name, one that names people is their family name: "Victor Cha"."""
        vietnamese = self.syl.keys[start] in SURNAMES or is_vietnamese(self.syl.text[i - 1])
        if not vietnamese:
            # not a country the gazetteer knows after the name: "Tony Blair Anh"
            return self.foreign_word_at(i - 1) and self.syl.kin_name_at(i) and i not in self.gaz
        return self.syl.title_at(i) == i + 1

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
        end = max(syl.title_at(i), syl.org_head_at(i))
        return (
            syl.keys[start] in SURNAMES
            and i - start >= 1
            and end - start <= 4
            and all(is_capitalised(t) for t in syl.text[i:end])
            and (end == len(syl.text) or not is_capitalised(syl.text[end]))
        )

    def _inside_name(self, i: int) -> bool:
        """A one-syllable gazetteer name inside a longer name: "Thủ Đức", "Minh Anh"."""
        match = self.gaz.get(i)
        if match is None or is_acronym(self.syl.text[i]):
            return False
        before = i > 0 and self.syl.is_name_syllable(i - 1) and not self.syl.at_start[i - 1]
        # the word before is neither an acronym nor a name of the gazetteer's
        plain_before = (
            i > 0 and not is_acronym(self.syl.text[i - 1]) and (i - 1) not in self.in_gazetteer
        )
        if match.end - match.start > 1:
            # "phường Tân Long An", "Nguyễn Thái Bình": a province inside a longer name
            return match.entry.kind == "province" and before and plain_before
        # a foreign given name before a firm's: "Florian Reuter", "Nikola Tesla" (not "Making
        # Indonesia", "Little Bamako")
        foreign = match.entry.type == "ORG" and plain_before and self.foreign_word_at(i - 1)
        # (a Vietnamese syllable does not go on with a foreign firm's name: "Eximbank Đô Lương"
        # is its branch)
        after = (
            i + 1 < len(self.syl.text)
            and is_vietnamese(self.syl.text[i])
            and i + 1 not in self.gaz
            and self.syl.is_name_syllable(i + 1, inside=True)
            and (self.syl.keys[i + 1] in common_words() or self._units_name_goes_on(i))
            # "báo Anh The Mirror": a word of the foreign name after it (not "Đức Mẹ Maria")
            and not (self.syl.text[i + 1].isascii() and self.foreign_shaped_at(i + 2))
        )
        return before or foreign or after

    def _units_name_goes_on(self, i: int) -> bool:
        """After a unit a Vietnamese name goes on past the one-syllable name at ``i`` with
        any syllable ("xã Mỹ Tân"), not only with a word as other names do ("Minh Anh");
        but not into a person's name ("xã Nga Phan Văn A")."""
        return (
            self.syl.phrase_before(i, _UNITS)
            and is_vietnamese(self.syl.text[i + 1])
            and not self._person_at(i + 1)
        )

    def opens_common_word(self, i: int) -> bool:
        """The one-syllable gazetteer name at ``i`` opens a dictionary word the segmentation
        joined it to in lower case: "Ý_kiến", "Pháp_luật", "thành phố Anh_hùng" name no
        place."""
        keys = self.syl.keys
        return (
            self.gaz[i].end == i + 1
            and self.syl.in_common_word[i]
            and i + 1 < len(keys)
            and (keys[i], keys[i + 1]) in common_compounds()
        )

    def _is_head(self, i: int) -> bool:
        return self.syl.title_at(i) > i or self.syl.org_head_at(i) > i

    def _stops_name(self, i: int) -> bool:
        """A function word or verb ends a name, unless it only completes a compound noun
        with the syllable before it ("Cục Hàng không", where "không" is not "not"; "Bộ Quốc
        phòng không bình luận", where "phòng" closed "quốc phòng")."""
        keys = self.syl.keys
        return keys[i] in NAME_STOPS and (
            (keys[i - 1], keys[i]) not in common_compounds()
            or (i >= 2 and (keys[i - 2], keys[i - 1]) in common_compounds())
        )

    def _person_at(self, i: int) -> bool:
        """A Vietnamese person's name starts at ``i``: a surname, then a given name that
        does not make a dictionary word with it ("Cao Su" is rubber, "Hồ Sơ" a file), nor a
        place of two syllables the news names after place words ("Châu Đốc", "Lâm Hà")."""
        keys = self.syl.keys
        run = self.name_run(i) - i
        return (
            keys[i] in SURNAMES
            and run >= 2
            and (keys[i], keys[i + 1]) not in common_compounds()
            and not (run == 2 and f"{keys[i]} {keys[i + 1]}" in place_names())
        )

    def company_before_person(self, i: int) -> int:
        """Where a Vietnamese full name starts after the company a title holds their role in
        ("Chủ tịch HĐQT Thaco Trần Bá Dương", "Tổng giám đốc Hòa Phát Trần Tuấn Dương"), or
        ``i``: a name never opens on a company of one or two capitalised words before a
        surname and two more syllables."""
        syl = self.syl
        if (
            not is_capitalised(syl.text[i])
            or i in self.gaz
            or syl.keys[i] in SURNAMES
            or (i > 0 and _personal_title(syl.keys[i - 1]))
            or syl.phrase_at(i, ADMIN_LEVELS) > i  # "Phó chủ tịch TP Trần Vĩnh Tuyến"
        ):
            return i
        for k in range(i + 1, min(i + _COMPANY_WORDS + 1, len(syl.text))):
            if not is_capitalised(syl.text[k]) or k in self.gaz:
                return i
            if self._person_at(k) and self.name_run(k) - k >= _FULL_NAME_SYLLABLES:
                return k
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

    def product_words_end(self, i: int) -> int:
        """End of the product words from ``i`` on ("Mobile" after "China")."""
        while self.product_word(i):
            i += 1
        return i

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

    def ends_in_model(self, start: int, end: int) -> bool:
        """A foreign name closed by a model designation of letters and digits is a product:
        "Galaxy S4", "Xperia Z1", "Airbus A320" (not "U23 Việt Nam", "Bệnh viện 108")."""
        text = self.syl.text
        last = text[end - 1]
        return (
            end - start >= 2
            and is_model(last)
            and not last.isdigit()
            and not any(c.isdigit() for c in text[start])
            and not is_vietnamese(text[start])
        )

    def word_end(self, end: int) -> int:
        """``end`` moved past the capitalised words that go on a name after a cue ("cuộc
        thi Sáng tạo" + "Quốc tế") and the lower-case rest of a word it cuts ("gia")."""
        syl = self.syl
        while (
            end < len(syl.text)
            and syl.keys[end] not in NAME_STOPS
            and (
                # the segmenter glues a verb to an acronym or a foreign word at times:
                # "KAIST_cấm", "Affairs_viện_dẫn"
                (
                    syl.continues_word[end]
                    and not is_acronym(syl.text[end - 1])
                    and (
                        is_vietnamese(syl.text[end - 1])
                        or is_capitalised(syl.text[end])
                        or not is_vietnamese(syl.text[end])  # "Journal_of"
                    )
                )
                or (
                    is_capitalised(syl.text[end]) and end not in self.gaz and not self._is_head(end)
                )
            )
        ):
            end += 1
        return end

    def _object_at(self, i: int) -> bool:
        """A lower-case word that is no function word: what a verb before it acts on."""
        return (
            i < len(self.syl.text)
            and self.syl.text[i][:1].islower()
            and self.syl.keys[i] not in NAME_STOPS
        )

    def misc_name(self, head_end: int) -> int:
        """End of an event's or a law's name after its head ("Tết" + "Độc lập")."""
        syl, end = self.syl, head_end
        while (
            end < len(syl.text)
            and (
                syl.is_name_syllable(end, inside=True)
                or (is_capitalised(syl.text[end]) and syl.keys[end] not in NAME_STOPS)
                or (
                    syl.continues_word[end]
                    # "Hiệp định Thương mại Tự do": the word, not "do" (by)
                    and (syl.keys[end] not in NAME_STOPS or syl.in_dictionary_word(end))
                )
            )
            and syl.phrase_at(end, MISC_HEADS) == end
        ):
            end += 1
        if (
            end > head_end
            and "giải" in syl.keys[max(0, head_end - 2) : head_end]
            and syl.keys[end : end + 2] == ("mở", "rộng")
            and not self._object_at(end + 2)
        ):
            # "Giải Đan Mạch mở rộng": a tournament's "Open" ("Giải Sao Mai mở rộng đối
            # tượng": the verb, with its object)
            end += 2
        if end < len(syl.text) and syl.keys[end - 1] == "tháng" and syl.text[end].isdigit():
            return end + 1  # a month written in figures: "Cách mạng Tháng 8"
        # the year of a law or an edition: "Hiến pháp 1992", "Hiến pháp năm 1992"
        year = end + 1 if end < len(syl.text) and syl.keys[end] == "năm" else end
        if year < len(syl.text) and _YEAR.fullmatch(syl.text[year]):
            end = year + 1
        return end
