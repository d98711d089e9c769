"""What kind of thing a name is, read from the words around it and inside it: a descriptive
head ("Hãng tin Reuters"), a place's head ("Chùa Bái Đính"), compass words ("phía Tây Nam
Syria"), common nouns of another language ("Joint Base Andrews"), initials ("L.D.").
"""

from __future__ import annotations

import re

from .acronyms import COMMON_ACRONYMS
from .gazetteer import EntityType
from .lexicon import (
    ADMIN_LEVELS,
    COMPASS,
    DESCRIPTOR_HEADS,
    EVENT_SUFFIXES,
    FOREIGN_KIND_WORDS,
    FUNCTION_BODIES,
    GENERIC_HEADS,
    LOC_HEADS,
    NAME_STOPS,
    ORG_SUFFIXES,
    ROAD_WORDS,
    SURNAMES,
    TITLES,
    PhraseTable,
    common_words,
    fold,
    is_acronym,
    is_capitalised,
    phrases,
    world_places,
)
from .numbers import is_unit
from .org_spans import OrganisationSpans
from .syllables import is_model, is_roman_numeral, is_vietnamese, shape_type, vietnamese_shaped

# buildings named after their kind, then a name ("Cung Văn hóa Hữu Nghị Hà Nội", "Nhà thi đấu
# Nguyễn Du"): places, whatever case the kind is written in ("Nhà hát" names a company too)
_VENUES = PhraseTable(
    phrases(
        "cung văn hóa", "cung thể thao", "cung thiếu nhi", "nhà văn hóa", "nhà thi đấu",
        "cung văn hóa hữu nghị", "cung hữu nghị", "trạm thu phí", "trạm dừng nghỉ",
        "trạm dừng chân",
    )
)  # fmt: skip
# initials standing for a person's name: "L.D.", "D.V.T.", "T"
_INITIALS = re.compile(r"(?:[A-ZĐ]\.)+[A-ZĐ]?\.?|[A-ZĐ]\.?")


# the first word of an Arabic name joined by its article ("Jabhat al - Nusra", "Deir al -
# Zor") says what it names: a fighting group's or a party's word, a place's, else the name is
# a person's ("Bashar al - Assad", "Abu Bakr al - Baghdadi")
_ARABIC_BODIES = frozenset(
    {"jaish", "jaysh", "jeish", "jabhat", "hayat", "hayyat", "hay'at", "ahrar", "faylaq",
     "jund", "harakat", "liwa", "kataib", "saraya", "ansar", "hizb", "hezb", "fatah",
     "tahrir", "asaib", "jamaat", "jama'at", "majlis"}
)  # fmt: skip
# (a place's word opens a place's name without the article too: "Kafr Zita", "Khan Sheikhoun")
_ARABIC_PLACES = frozenset(
    {"deir", "dayr", "wadi", "bab", "tell", "tal", "ras", "ain", "ein", "jabal", "jebel",
     "bir", "khan", "qasr", "kafr", "maarat", "qalaat", "hajar", "madinat", "tuloul", "hamam",
     "marj", "ard", "bayt", "beit", "sahl"}
)  # fmt: skip


# a direction given by compass points: "hướng Tây Tây Bắc"
_DIRECTION_WORDS = frozenset({"hướng", "phía"})
# last syllables of a firm's officers' titles: "giám đốc", "CEO", "chủ tịch", "trưởng đại diện"
_OFFICER_ENDS = frozenset({"đốc", "ceo", "tịch", "diện"})
_COUNTRY_WORDS = frozenset({("vn",), ("vietnam",)})
_COMPASS_POINTS = frozenset({"đông", "tây", "nam", "bắc"})
# a coordinate after its degrees: "104,0 độ Kinh Đông", "17,5 độ vĩ Bắc"
_AXES = frozenset({"vĩ", "kinh"})
# a year of the sexagenary cycle, a heavenly stem and an earthly branch: "Tết Kỷ Hợi",
# "năm Mậu Tuất", "Xuân Đinh Dậu" (a season word before it is no given name)
_STEMS = frozenset(
    fold(w) for w in ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
)
_BRANCHES = frozenset(
    fold(w)
    for w in ("Tý", "Sửu", "Dần", "Mão", "Mẹo", "Thìn", "Tỵ", "Tị", "Ngọ", "Mùi", "Thân", "Dậu",
              "Tuất", "Hợi")
)  # fmt: skip
_SEASONS = frozenset({"xuân", "tết", "năm"})

_OPEN_MARKS = frozenset({"“", '"'})
_CLOSE_MARKS = frozenset({"”", '"'})
# a title longer than this is a quote, not a name
_MAX_TITLE_SYLLABLES = 10
_MAX_WORK_GAP = 3
# what joins the works of a list after one cue
_LIST_JOINERS = frozenset({",", "và", "hay", "hoặc"})
# "gần đây" (lately) after a title is the sentence again: "phim Đấu trí gần đây ra mắt"
_RECENTLY = (fold("gần"), fold("đây"))
# a work's parts counted after its title: "Người phán xử 2 tập"
_PARTS_OF_WORKS = frozenset(fold(w) for w in ("tập", "phần", "mùa", "chương"))
# words that end a title in sentence case: what follows is the sentence again
_TITLE_STOPS = frozenset(
    fold(w)
    for w in ("của", "do", "được", "là", "với", "và", "đã", "sẽ", "đang", "vào", "tại", "ở",
              "trên", "cùng", "này", "đó", "thì", "mà", "nhưng", "cho", "từ", "theo", "năm",
              "bị", "để", "lên", "trong", "hay", "khi", "như", "vừa", "từng", "sắp", "vẫn",
              "cũng")
)  # fmt: skip
# heads a title ends on ("trưởng ban", "trưởng phòng"): the body's name may follow
_BODIES_IN_TITLES = frozenset({"ban", "phòng"})
# lower-case words inside a title in English ("Goddess of Fire")
_FOREIGN_FUNCTION_WORDS = frozenset(
    {"of", "the", "and", "in", "on", "for", "to", "a", "an", "with", "from", "at", "by"}
)
# "Anh ấy", "chị ta", "ông này": a form of address used as a pronoun
_DETERMINERS = frozenset({"ấy", "ta", "này", "kia", "đó"})
# letters, a dash, a number: what a model, a type or an exercise is called by
_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,5}-\d{1,4}[A-Za-z]?")
# letters before a dash the text spaces that still make a designation ("Su -57", "MiG -29")
_DESIGNATION_LETTERS = 3
# a code of letters and digits naming a model, a flight or a variant ("P-3C", "MK46",
# "VNA686", "CoV-2"); one digit after letters is more often a channel ("VTV1")
_CODE = re.compile(r"[A-Za-z]+-?\d*[A-Za-z]*-\d+[A-Za-z]?|[A-Za-z]+-\d+[A-Za-z]+|[A-Z]{1,4}\d{2,4}")
# the codes of a province's police departments: "PC45" (economic police), "PC67" (traffic)
_POLICE_UNIT = re.compile(r"P[ACKX]\d{2}")
# a team's age group: "U23 Việt Nam" is a team
_AGE_GROUP = re.compile(r"U\d{2}")
# a quarter of a year: "quý I-2014"
_QUARTER = re.compile(r"(?:I|II|III|IV)-(?:19|20)\d\d")

# levels of a city named by a number: "quận 9", "P. 13"
_DISTRICT_WORDS = frozenset({"quận", "phường", "q.", "p."})
_DISTRICT_NUMBER = re.compile(r"\d{1,2}")
# a road's number, or the road written with it ("QL.1A")
_ROAD_NUMBER = re.compile(r"\d{1,3}[A-Za-z]?")
_NUMBERED_ROAD = re.compile(r"(?:QL|TL|ĐT)\.?\d{1,3}[A-Za-z]?", re.IGNORECASE)
_NUMBERED_ROAD_FIRST = frozenset("QqTtĐđ")  # a cheap test before the pattern, on every word


def is_designation(text: str) -> bool:
    """A model's or an exercise's name of letters, a dash and a number ("F-35", "ATR-72"),
    not a team's age group ("U-23") or a quarter ("I-2014")."""
    return (
        _DESIGNATION.fullmatch(text) is not None
        and not _AGE_GROUP.fullmatch(text.replace("-", "", 1))
        and not _QUARTER.fullmatch(text)
    )


# kinds of craft a model's number names ("máy bay 737 MAX", "dòng 737 NG")
_MODEL_KINDS = phrases(
    "máy bay", "chiếc", "dòng", "mẫu", "loại", "seri", "phi cơ", "tàu bay", "những chiếc",
    "các chiếc",
)  # fmt: skip


class NameKinds(OrganisationSpans):
    """Span finders that also say what a name is."""

    def spaced_designation_end(self, i: int) -> int:
        """End of a designation whose dash the text spaces from its letters ("S -400", "F
        -35", as VietNews writes "S-400"), or ``i``; not a number plate ("51 G -305")."""
        text = self.syl.text
        if i + 2 >= len(text) or text[i + 1] != "-" or len(text[i]) > _DESIGNATION_LETTERS:
            return i
        if (i and text[i - 1][-1:].isdigit()) or is_roman_numeral(text[i]):
            return i  # a plate's letters, or a lot's roman numeral ("lô III -16")
        joined = f"{text[i]}-{text[i + 2]}"
        return i + 3 if is_designation(joined) and i not in self.gaz else i

    def numbered_model_end(self, i: int) -> int:
        """End of a model named by its number, then a foreign word, after the kind of thing
        it is ("máy bay 737 MAX 8", "dòng 737 NG"), or ``i``; the number opens it. Not a unit
        ("tàu công suất 822 CV", "chiếc xe 100 USD")."""
        text = self.syl.text
        if (
            i < 2
            or not (is_model(text[i - 1]) and text[i - 1].isdigit())
            or not self.syl.phrase_before(i - 1, _MODEL_KINDS)
            or not self.foreign_shaped_at(i)
            or i in self.gaz
            or is_unit(text[i])
            or fold(text[i]) in COMMON_ACRONYMS
        ):
            return i
        return self.model_end(i + 1)

    def given_name_after(self, i: int) -> bool:
        """A one-syllable place after a title that a Vietnamese given name follows is the
        first syllable of a name: "ca sĩ Mỹ Tâm", "nhạc sĩ Đức Huy" (not "Đại sứ Mỹ Marc
        Knapper", nor "Đại sứ Mỹ Tim Walz": a foreign name goes on after the syllable; nor
        "Thủ tướng Singapore Lý Hiển Long": a foreign place is no Vietnamese given name)."""
        syl, j = self.syl, i + 1
        return (
            self.gaz[i].end == j
            and vietnamese_shaped(syl.text[i])
            and j < len(syl.text)
            and j not in self.gaz
            and vietnamese_shaped(syl.text[j])
            and not self.foreign_shaped_at(j + 1)
            and syl.is_name_syllable(j, inside=True)
        )

    def word_before_surname(self, i: int) -> bool:
        """A common word opening the sentence, then a surname and another capitalised
        syllable: "Chào Đinh Trang", "Cùng Lê Hoa" (the word is capitalised as the first)."""
        syl = self.syl
        return (
            syl.at_start[i]
            and i + 2 < len(syl.text)
            and syl.keys[i] in common_words()
            and syl.keys[i] not in SURNAMES
            and syl.keys[i + 1] in SURNAMES
            and is_capitalised(syl.text[i + 1])
            and syl.is_name_syllable(i + 2, inside=True)
        )

    def kinship_title(self, i: int) -> bool:
        """A place name that is also a form of address, used as one: "Anh ấy", "Anh Quang",
        "Anh T." opening a sentence (England is "Anh" too: "Thủ tướng Anh T. May", "Bộ trưởng
        Anh Liam Fox")."""
        syl = self.syl
        if self.gaz[i].end != i + 1 or syl.title_at(i) != i + 1 or i + 1 >= len(syl.text):
            return False
        initial = syl.at_start[i] and self.initials(i + 1, i + 2)
        return (
            syl.keys[i + 1] in _DETERMINERS
            or initial
            or (
                i + 1 not in self.gaz
                and vietnamese_shaped(syl.text[i + 1])
                and syl.is_name_syllable(i + 1)
                # opening the sentence "Anh" addresses a foreigner too: "Anh Tom Meyers, một
                # người lính cứu hỏa"
                and (syl.at_start[i] or not self.foreign_shaped_at(i + 2))
            )
        )

    def given_name_anh(self, i: int) -> bool:
        """A capitalised "Anh" inside a sentence before a Vietnamese given name is part of
        the name: "nghệ sĩ Anh Vũ", "Tú Oanh, Anh Tuấn" (the form of address is written lower
        case there; England is "Anh" before a foreign name: "Ngoại trưởng Anh Boris", and
        before one whose first word only looks Vietnamese: "Bộ trưởng Anh Liam Fox")."""
        syl = self.syl
        return (
            syl.text[i] == "Anh"
            and not syl.at_start[i]
            and i + 1 < len(syl.text)
            and is_capitalised(syl.text[i + 1])
            and vietnamese_shaped(syl.text[i + 1])
            and syl.is_name_syllable(i + 1, inside=True)
            and (i not in self.gaz or self.gaz[i].end == i + 1)
            and not self.foreign_shaped_at(i + 2)
        )

    def described_name(self, start: int) -> int | None:
        """Where the name a descriptive head introduces starts ("Hãng tin" + "Reuters",
        "Báo" + "Merkur"), or None when the head is part of the name ("Báo Tuổi Trẻ")."""
        syl = self.syl
        j = syl.phrase_at(start, DESCRIPTOR_HEADS)
        if j == start or j >= len(syl.text):
            return None
        known = j in self.gaz and self.gaz[j].entry.type == "ORG"
        # "The" is a Vietnamese word too (a fabric), but opens English names ("Báo The Star")
        english = syl.keys[j] == "the"
        foreign = is_capitalised(syl.text[j]) and (english or not is_vietnamese(syl.text[j]))
        return j if known or foreign else None

    def body_in_title(self, title_end: int) -> int:
        """End of the body a title ending on its head names ("trưởng Ban" + "Kinh tế Trung
        ương", "Trưởng phòng" + "Cảnh sát hình sự"), or ``title_end``. Only a capitalised
        name makes it a body: "Trưởng ban biên tập", "trưởng ban tổ chức" are roles."""
        syl = self.syl
        head = title_end - 1
        if (
            head < 1
            or syl.keys[head] not in _BODIES_IN_TITLES
            or syl.keys[head - 1] != "trưởng"  # "chánh văn phòng" is the whole office
            or title_end >= len(syl.text)
            or not is_capitalised(syl.text[title_end])
            or title_end in self.gaz
        ):
            return title_end
        end = self.org_name(head, title_end)
        if end == title_end or self.generic_body(head, title_end, end):
            return title_end  # "trưởng Ban Chỉ đạo ...": a body every organisation has
        return end

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
        head_end = max(syl.phrase_at(i, LOC_HEADS), _VENUES.end(syl.keys, i))
        if head_end == i or head_end >= len(syl.text):
            return i
        if head_end in self.gaz:
            return self.gaz[head_end].end
        if not syl.is_name_syllable(head_end):
            return i
        end = self.name_run(head_end)
        # the city a venue is in closes its name: "Cung Văn hóa Hữu Nghị Hà Nội"
        city = head_end < end < len(syl.text) and self._place_at(end) and head_end > i + 1
        return self.gaz[end].end if city else end

    def compass_end(self, i: int) -> int:
        """End of the compass words before a known place ("Tây Nam" in "phía Tây Nam
        Syria": a part of the place, not a name), or ``i``."""
        syl = self.syl
        j = syl.phrase_at(i, COMPASS) if is_capitalised(syl.text[i]) else i
        if j == i or j not in self.gaz or self.gaz[j].entry.type != "LOC":
            return i
        if i in self.gaz and self.gaz[i].end >= j:
            return i  # "Nam Phi", "Đông Nam Á": the whole is a known name
        if syl.phrase_before(i, ADMIN_LEVELS):
            return i  # "huyện Đông Anh", "xã Nam Hồng": a unit named so, not England
        if syl.phrase_before(i, TITLES):
            return i  # "NSND Trung Anh", "ông Nam Anh": a person named so
        return j

    def direction_end(self, i: int) -> int:
        """End of compass words after "hướng" or "phía" that name no place ("theo hướng Tây
        Tây Bắc", "về phía Đông Bắc"), or of a coordinate ("độ Vĩ Bắc"): a direction, not a
        name; or ``i``."""
        syl = self.syl
        coordinate = (
            i + 1 < len(syl.text) and syl.keys[i] in _AXES and syl.keys[i + 1] in _COMPASS_POINTS
        )
        if i > 0 and syl.keys[i - 1] == "độ" and coordinate:
            return i + 2
        if i == 0 or syl.keys[i - 1] not in _DIRECTION_WORDS:
            return i
        end = i
        while end < len(syl.text) and syl.keys[end] in _COMPASS_POINTS:
            end += 1
        if end == i or (i in self.gaz and self.gaz[i].end > end):
            return i  # "về phía Bắc Kinh": a place that opens with a compass word
        if end < len(syl.text) and is_capitalised(syl.text[end]) and is_vietnamese(syl.text[end]):
            return i  # "phía Tây Bắc Bộ": a region's name goes on ("phía Nam Puget Sound" not)
        return end

    def lunar_year_end(self, i: int) -> int:
        """End of a year of the sexagenary cycle at ``i`` ("Kỷ Hợi", or "Xuân Kỷ Hợi" with
        its season word), or ``i``."""
        keys = self.syl.keys
        stem = i + 1 if keys[i] in _SEASONS else i
        if stem + 1 < len(keys) and keys[stem] in _STEMS and keys[stem + 1] in _BRANCHES:
            return stem + 2
        return i

    def apposed_kind(self, end: int) -> EntityType | None:
        """The type a dash, or a comma and "một", after a foreign name gives it by setting an
        organisation's head or a person's title in apposition: "Khazanah Nasional - quỹ đầu tư
        nhà nước ...", "X, một công ty ...", "Sayed Abdul Hadi Hedayat - học giả tôn giáo"; a
        comma alone may go on to the next of a list ("Cao Thái Sơn, nhóm 365")."""
        syl, k = self.syl, end + 1
        if k >= len(syl.text) or syl.text[end] not in ("-", "–", ","):
            return None
        if syl.keys[k] == "một":
            k += 1
        elif syl.text[end] == ",":
            return None
        if k >= len(syl.text) or not syl.text[k].islower():
            return None
        if syl.org_head_at(k) > k:
            return "ORG"
        return "PER" if syl.title_at(k) > k else None

    def foreign_kind(self, start: int, end: int) -> str | None:
        """The type a common noun of another language gives a foreign name, if any."""
        words = self.syl.text[start:end]
        if any(is_vietnamese(w) for w in words):
            return None
        if len(words) < 2:
            return None  # "Tower" alone is a word of a longer name cut short
        kinds = [FOREIGN_KIND_WORDS.get(k) for k in self.syl.keys[start:end]]
        return next((k for k in reversed(kinds) if k), None)

    def quoted_title_end(self, i: int) -> int:
        """Where the quoted title opening at ``i`` closes (“Dậy mà đi”), or ``i``: a
        capitalised first word and a closing mark within a few words."""
        text = self.syl.text
        if i + 1 >= len(text) or text[i] not in _OPEN_MARKS or not is_capitalised(text[i + 1]):
            return i
        for j in range(i + 2, min(i + _MAX_TITLE_SYLLABLES + 2, len(text))):
            if text[j] == ",":
                return i  # a slogan ("Tiếp nguồn dinh dưỡng, trao gửi yêu thương")
            if text[j] in _CLOSE_MARKS:
                return j
        return i

    def in_work_gap(self, i: int, gap: int) -> bool:
        """Word ``i`` may stand between a work's cue and its title: a few lower-case words
        ("bộ phim đình đám", "phim truyền hình như:"), the commas and "và" of a list."""
        key = self.syl.keys[i]
        return 0 <= gap < _MAX_WORK_GAP and (
            key == "như"
            or key in _LIST_JOINERS
            or (key == ":" and self.syl.keys[i - 1] == "như")
            or (key[:1].isalpha() and key not in NAME_STOPS)
        )

    def after_work(
        self, end: int, work_list: bool, cue: EntityType | None
    ) -> tuple[EntityType | None, int, int]:
        """The cue, the work gap and where to read on after a name ending at ``end``: a
        list of works after one cue keeps ``cue`` past a comma, "và" or "hay" and past the
        year of a work ("phim như The Greatest Love, My Girl", "các ca khúc Champion (2002),
        Father (2005)")."""
        keys, n = self.syl.keys, len(self.syl.keys)
        if work_list and end < n and keys[end] == "(":
            close = next((k for k in range(end + 1, min(end + 5, n)) if keys[k] == ")"), end)
            if close > end and keys[close - 1].isdigit():
                end = close + 1
        if work_list and end < n and keys[end] in _LIST_JOINERS:
            return cue, 0, end
        return None, -1, end

    def title_end(self, start: int, end: int) -> int:
        """End of a work's title written in sentence case after its cue: lower-case words
        go on it up to a word that opens a clause ("Trái tim không ngủ yên của ..."); a
        foreign title is capitalised throughout ("Single Ladies từng ...")."""
        syl = self.syl
        if not all(vietnamese_shaped(t) for t in syl.text[start:end]):
            return end
        n = len(syl.text)
        while end < n and end - start < _MAX_TITLE_SYLLABLES:
            # a number inside the title is followed by its word: "Cô dâu 15 tuổi" (not
            # "Người phán xử 2 tập cuối")
            numbered = syl.text[end].isdigit() and end > start + 1
            parts = end + 1 < n and syl.keys[end + 1] in _PARTS_OF_WORKS
            at = end + 1 if numbered and not parts else end
            if not (
                at < n
                and syl.text[at][:1].islower()
                and syl.text[at].isalpha()
                and syl.keys[at] not in _TITLE_STOPS
                and syl.keys[at : at + 2] != _RECENTLY
            ):
                break
            end = at + 1
        return end

    def kind_before_title(self, start: int, end: int) -> bool:
        """The words in sentence case at ``start:end`` after a work's cue say what kind of
        work the quoted title after them is: "Cuộc vận động “Sinh viên 5 tốt”"."""
        text = self.syl.text
        return (
            end - start >= 2
            and all(t.islower() for t in text[start + 1 : end])
            and self.quoted_title_end(end) > end
        )

    def cut_title(self, end: int) -> bool:
        """A foreign title goes on past what a name run reads ("Goddess" + "of Fire, Jung
        Yi"): its end is unknown, so it is better left out than cut."""
        text = self.syl.text
        return (
            end + 1 < len(text)
            and text[end] in _FOREIGN_FUNCTION_WORDS
            and is_capitalised(text[end + 1])
        )

    def initials(self, start: int, end: int, letters: int = 1) -> bool:
        """A name written as initials ("L.D. T", "D.V.T."), of at least ``letters``."""
        words = self.syl.text[start:end]
        return (
            all(_INITIALS.fullmatch(t) for t in words)
            and any("." in t for t in words)
            and sum(c.isalpha() for t in words for c in t) >= letters
        )

    def district_end(self, i: int) -> int:
        """End of a district or ward named by its number ("quận 9", "Phường 13", "Q. 12"),
        or ``i``."""
        syl = self.syl
        if syl.keys[i] not in _DISTRICT_WORDS:  # the cheap test first: this runs on every word
            return i
        j = i + 1
        numbered = j < len(syl.text) and _DISTRICT_NUMBER.fullmatch(syl.text[j]) is not None
        return j + 1 if numbered else i

    def road_end(self, i: int) -> int:
        """End of a road named by its number ("quốc lộ 1", "QL.1A"), or ``i``."""
        syl = self.syl
        if syl.text[i][:1] in _NUMBERED_ROAD_FIRST and _NUMBERED_ROAD.fullmatch(syl.text[i]):
            return i + 1
        j = syl.phrase_at(i, ROAD_WORDS)
        if j == i or j >= len(syl.text) or not _ROAD_NUMBER.fullmatch(syl.text[j]):
            return i
        letter = j + 1 < len(syl.text) and len(syl.text[j + 1]) == 1 and syl.text[j + 1].isupper()
        return j + 2 if letter else j + 1  # "Quốc lộ 1 A" cut by the tokeniser

    def arabic_kind(self, start: int, end: int) -> EntityType | None:
        """The kind of an Arabic name a place's word opens ("Wadi al - Bardi", "Kafr Zita"), or
        whose article joins it by a dash after its first word ("Jabhat al - Nusra" a group,
        "Bashar al - Assad" a person), or None."""
        keys = self.syl.keys
        if keys[start] in _ARABIC_PLACES and end - start >= 2:
            return "LOC"
        if not any(self.article_at(k) for k in range(start + 1, end - 2)):
            return None
        return "ORG" if keys[start] in _ARABIC_BODIES else "PER"

    def full_name_shape(self, start: int, end: int) -> bool:
        """A surname and two syllables more: a person's full name, whatever stands around it
        ("xã Nam Kim" is a place, "Nguyễn Văn Nam" a person even after one)."""
        return end - start >= 3 and self.syl.keys[start] in SURNAMES

    def local_branch(self, start: int, end: int) -> bool:
        """A foreign word between a firm's officer and the country its branch serves:
        "giám đốc Oxfam Việt Nam", "CEO Grab VN" (not "HLV Troussier Việt Nam")."""
        keys = self.syl.keys
        return (
            start > 0
            and keys[start - 1] in _OFFICER_ENDS
            and not vietnamese_shaped(self.syl.text[start])
            and (keys[end : end + 2] == ("việt", "nam") or keys[end : end + 1] in _COUNTRY_WORDS)
        )

    def type_of(
        self, start: int, end: int, titled: bool, cue: EntityType | None, placed: bool = False
    ) -> EntityType | None:
        """The type the context rules give a name, or None when none applies."""
        words = self.syl.text[start:end]
        if placed and not self.full_name_shape(start, end):
            # "lãnh đạo xã Vũ Quý", "một phụ nữ ở xã Nam Kim": the place word right before
            # the name outweighs the title before it (a full name is still a person's)
            return "LOC"
        if self.initials(start, end):
            # "tài xế L.D. T"; dotted initials of two letters or more stand for a person
            # ("mang tên P.T.D."): organisations' acronyms are written without dots
            return "PER" if titled or self.initials(start, end, letters=2) else None
        if len(words) == 1 and _DESIGNATION.fullmatch(words[0]):
            return "MISC"  # a model or an exercise: "ATR-72", "C-130", "ARDEX-13"
        if len(words) == 1 and _POLICE_UNIT.fullmatch(words[0]) and cue != "MISC":
            return "ORG"  # "PC67 Hà Nội": a police department
        if not titled and any(_CODE.fullmatch(w) and not _AGE_GROUP.fullmatch(w) for w in words):
            return "MISC"  # a designation in the name: "P-3C Orion", "MK46", "SARS CoV-2"
        # "người phát ngôn WTO": an acronym names an organisation; one with a digit after a
        # vehicle's word is the vehicle ("tàu SE3")
        if (
            len(words) == 1
            and is_acronym(words[0])
            and not (cue == "MISC" and words[0][-1].isdigit())
        ):
            return "ORG"
        if self.syl.keys[end - 1] in EVENT_SUFFIXES and len(words) > 1:
            return "MISC"  # "Miami Open", "Army Games"
        if self.syl.keys[end - 1] in ORG_SUFFIXES and len(words) > 1:
            return "ORG"  # "Nokia Corporation", "Leeds United"
        if cue in ("ORG", "MISC"):
            return cue  # "Chủ tịch ngân hàng HSBC": the title is someone else's
        if titled and cue == "LOC" and len(words) == 1 and fold(words[0]) in world_places():
            # "giám đốc chương trình ... ở Massachusetts (Mỹ)": where the title is held
            return "LOC"
        if titled and len(words) == 1 and self.local_branch(start, end):
            return "ORG"  # "Tổng giám đốc Abbott Việt Nam": the firm's branch, not a person
        if titled:
            # "lãnh đạo Rostec - công ty mẹ của ...": the title's organisation, in apposition
            one_foreign_word = len(words) == 1 and not vietnamese_shaped(words[0])
            return "ORG" if one_foreign_word and self.apposed_kind(end) == "ORG" else "PER"
        if cue is not None:
            return cue
        if len(words) > 1 and fold(" ".join(words)) in world_places():
            return "LOC"  # "Đại học California, San Diego": a city of more than a word
        if self.syl.keys[start] == "the" and 2 <= len(words) <= 3:
            # "The Hill", "The Diplomat": an outlet or a band, untitled, where the shape of
            # two or three foreign words would say a person
            return "ORG"
        if kind := self.foreign_kind(start, end):
            return kind  # type: ignore[return-value]  # "Joint Base Andrews": a place
        if kind := self.arabic_kind(start, end):
            return kind
        if 2 <= len(words) <= 4 and self._person_at(start):
            return "PER"
        # a Vietnamese word in apposition may be read into one ("gốc Việt - bị cáo buộc"); a
        # foreign name of a person's shape needs no title after it to be a person's
        kind = self.apposed_kind(end) if not all(is_vietnamese(w) for w in words) else None
        return None if kind == "PER" and shape_type(words) == "PER" else kind
