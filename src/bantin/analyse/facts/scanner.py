"""The walk over one sentence's syllables that emits its mentions (see ``entities``).

Left to right, a gazetteer name, a road, a place head, a product, an organisation's head, a
title, an event's head or a capitalised run is read in turn; the lower-case words before a
name (cues: "tỉnh", "công ty", "phim") and the titles before a person's carry over to it.
"""

from __future__ import annotations

import re

from ...models import Mention, Sentence
from .context import speaks_at
from .credits import CreditReading
from .gazetteer import EntityType, Gazetteer, GazetteerEntry
from .lexicon import (
    ADMIN_LEVELS,
    ARMED_SERVICES,
    BOARD_TITLES,
    BOUND_LOC_HEADS,
    DESCRIPTOR_HEADS,
    EVENT_SUFFIXES,
    FOREIGN_KIND_WORDS,
    FORMS_OF_ADDRESS,
    LOC_CUES,
    LOCATIVES,
    LOWER_CASE_HEADS,
    MINISTRY_FIELDS,
    MISC_CUES,
    MISC_HEADS,
    NAME_ABBREVIATIONS,
    NAMED_FOR_PEOPLE,
    NAMED_ONLY_HEADS,
    ORG_CUES,
    ORG_SUFFIXES,
    PLACE_WORD_SURNAMES,
    PRODUCT_CUES,
    SCHOOL_KINDS,
    SELF_NAMED_HEADS,
    SURNAMES,
    WORK_CUES,
    common_words,
    cue_at,
    fold,
    is_acronym,
    is_capitalised,
    phrases,
)
from .syllables import (
    Syllables,
    crf_type,
    is_camel,
    is_model,
    is_vietnamese,
    join_syllables,
    shape_type,
    syllable_offsets,
    vietnamese_shaped,
)

_HOUSE_NUMBER = re.compile(r"\d{1,4}(?:/\d{1,4})*[A-Za-z]?")
# words between a plural place cue and the places it lists: "các tuyến đường lớn như"
_LIST_BRIDGES = frozenset({"lớn", "chính", "khác", "như", "gồm", "là", ":"})
# words before "số" that make its number a house's: "tại số 12 Lê Lợi", "(số 5 Lê Duẩn)"
_ADDRESS_OPENERS = frozenset(
    {"tại", "ở", "chỉ", "sở", "ngụ", "trú", "lạc", "nằm", "(", ",", "đến", "từ", "về", "nhà"}
)
# cues of a firm or an outlet, which its country may follow before its name: "công ty Trung
# Quốc Goertek", "báo Anh The Mirror"
_OWNED_NAME_CUES = phrases(
    "công ty", "hãng", "tập đoàn", "ngân hàng", "báo", "tờ", "tờ báo", "tạp chí", "nhật báo",
    "đài", "kênh",
)  # fmt: skip
# words a house number gives an address after without "số": "tại 36B Trần Phú"
_BARE_ADDRESS_OPENERS = frozenset({"tại", "ở", "chỉ", "ngụ", "trú"})
# cues of the places an address names after its street: "số 12 Lê Lợi, phường 2"
_WARD_CUES = phrases(
    "phường", "quận", "p.", "q.", "tp", "tp.", "thành phố", "huyện", "xã", "thị xã", "thị trấn",
)  # fmt: skip
# cues of a street: streets are named after people, so a list a street opens goes on with
# streets whatever their names' shape ("đường Nguyễn Đình Chiểu, Trần Cao Vân, Võ Văn Tần")
_STREET_CUES = phrases(
    "đường", "phố", "tuyến đường", "tuyến phố", "con đường", "đường phố", "phố đi bộ", "đại lộ",
    "ngõ", "ngách", "hẻm", "ngã ba", "ngã tư", "góc đường",
)  # fmt: skip
# a city's abbreviated level, written as part of its name ("TP Hội An", "TP. Đà Nẵng")
_CITY_PREFIXES = frozenset({"TP", "TP.", "Tp", "Tp."})
# roles of people in the news that hold no seat somewhere: "nghi can ở Wilmington"
_UNSEATED_ROLES = phrases(
    "nghi can", "nghi phạm", "bị can", "bị cáo", "nạn nhân", "bị hại", "đối tượng"
)
# the labels that close a web domain: "Nguoiduatin.vn", "Kienthuc.net.vn", "Yicai.com"
_WEB_LABELS = frozenset(
    {"vn", "com", "net", "org", "info", "gov", "edu", "tv", "me", "io", "co", "uk", "cn",
     "jp", "kr", "fr", "de", "ru", "au", "us"}
)  # fmt: skip
# words counting what follows: "hai Đảng" is two parties, not the Party
_QUANTIFIERS = frozenset({"hai", "ba", "các", "những", "nhiều", "mỗi", "mọi", "từng"})
# a title after these words is an office, and the name after it whose office: "rút khỏi chức
# chủ tịch YG Entertainment", "ghế Tổng giám đốc FPT"
_OFFICE_WORDS = frozenset({"chức", "ghế"})
# "this", "that": after a word they make it a common noun ("Séc này" is this set, not Czechia)
# an alley's number no day and month could be: "86/5", "372/15/2", "12/3A"
_ALLEY = re.compile(
    r"(?:3[2-9]|[4-9]\d|\d{3,})/\d+\w*(?:/\d+\w*)*|\d+/\d+(?:\w*/\d+)+|\d+/\d+[A-Za-z]"
)
_DEMONSTRATIVES = frozenset({"này", "đó", "ấy", "kia"})
_DASHES = ("-", "–")
# a river's and a lake's word, part of their names: "sông Sài Gòn", "hồ Tuyền Lâm"
_WATER_WORDS = frozenset({"sông", "hồ"})
# a lower-case head that only says what kind of body the capitalised name after it is:
# "trường THPT Lê Quý Đôn" is "THPT Lê Quý Đôn" (a party keeps its "đảng": "đảng Dân chủ")
_KIND_WORDS = frozenset({"trường"})
# cues that, capitalised, open a name rather than precede one: "cầu Rạch Miễu" (a canal
# is "rạch Ông Lớn"), "TP Châu Đốc" (a continent is "châu Phi")
_NAME_OPENING_CUES = frozenset({"rạch", "châu"})
_CUE_TYPES: tuple[tuple[frozenset[tuple[str, ...]], EntityType], ...] = (
    (ORG_CUES, "ORG"),
    (LOC_CUES, "LOC"),
    (MISC_CUES, "MISC"),
)


class SentenceScanner(CreditReading):
    """Walks one sentence's syllables left to right, emitting mentions."""

    def __init__(
        self, sentence: Sentence, gazetteer: Gazetteer, use_crf: bool, sports: bool = False
    ) -> None:
        syllables = Syllables.of(sentence.words)
        super().__init__(syllables, gazetteer.find(syllables.text))
        self.sentence = sentence
        self.sports = sports
        self.use_crf = use_crf
        self.mentions: list[Mention] = []
        self.guessed: set[int] = set()  # mentions typed by a guess, not by a rule
        self.spans: list[tuple[int, int]] = []  # each mention's syllables
        self.place_ends: dict[int, int] = {}  # where the places found so far end and start
        self._offsets: list[tuple[int, int]] | None = None  # each syllable's characters

    def emit(
        self,
        start: int,
        end: int,
        type_: EntityType,
        canonical: str | None = None,
        title: str | None = None,
    ) -> None:
        # initials keep their last period: "D.V.T.", "Nguyễn Thị T.V.", "Nguyễn Văn N."
        if type_ == "LOC" and start > 0 and self.syl.text[start - 1] in _CITY_PREFIXES:
            start -= 1  # "TP Hội An" is how the city is written ("thành phố Hội An" is not)
        if type_ == "LOC" and self.water_word_before(start):
            start -= 1  # "sông Sài Gòn", "hồ Tuyền Lâm": the river or the lake, by its word
            if canonical and not fold(canonical).startswith(self.syl.keys[start]):
                canonical = None  # not the city the river is named for
        initials = self.initials(start, end) or self.initials(end - 1, end)
        strip = ",;:- " if initials else ",.;:- "
        text = self.surface(start, end).strip(strip)
        if type_ == "LOC" and len(self.mentions) not in self.guessed:
            self.place_ends[end] = start  # a guessed place does not make its list places
        if type_ == "LOC":
            self.route_start(start)
        if text:
            self.mentions.append(
                Mention(
                    text=text,
                    type=type_,
                    sentence=self.sentence.index,
                    canonical=canonical,
                    title=title,
                )
            )
            self.spans.append((start, end))

    def water_word_before(self, start: int) -> bool:
        """A lower-case "sông" or "hồ" stands right before ``start`` as a word of its own, not
        as the end of one ("đồng hồ", a clock)."""
        syl = self.syl
        k = start - 1
        return (
            k >= 0 and syl.keys[k] in _WATER_WORDS and syl.text[k].islower() and not syl.joined[k]
        )

    def surface(self, start: int, end: int) -> str:
        """The syllables as the sentence writes them ("TP.HCM", "Vogt-Roberts"), or joined
        with spaces where the segmentation changed the text."""
        if self._offsets is None:
            self._offsets = syllable_offsets(self.sentence.text, self.syl.text)
        if not self._offsets:
            return join_syllables(self.syl.text[start:end])
        return self.sentence.text[self._offsets[start][0] : self._offsets[end - 1][1]]

    def gazetteer_mention(
        self, i: int, entry: GazetteerEntry, end: int, cue: EntityType | None, titled: bool
    ) -> int:
        """Emits the gazetteer name at ``i`` as the context reads it; returns its end."""
        if entry.type != "PER" and self.event_word_at(end):
            self.emit(i, end + 1, "MISC")  # "Thượng Hải Masters", "AFC Cup": a contest
            return end + 1
        keys = self.syl.keys
        # after an outlet's noun a city opens the outlet's name: "tờ Moscow Defense Brief"
        foreign_place = entry.type == "LOC" and not is_vietnamese(self.syl.text[i])
        paper = foreign_place and self.outlet_noun_before(i)
        if foreign_place and (not titled or paper):
            company = self.product_words_end(end)
            suffixed = company < len(keys) and keys[company] in ORG_SUFFIXES
            company += suffixed
            # "China Mobile Communications": a company word closes a longer name
            suffixed = suffixed or FOREIGN_KIND_WORDS.get(keys[company - 1]) == "ORG"
            # "China Mobile", "Laos Airlines": a country's name in a company's; not "người
            # Colombia Alex Cifuentes" (a nationality, then a person) nor "Paris Hilton"
            national = i > 0 and self.syl.keys[i - 1] == "người"
            country = entry.is_country
            # a city's too before a company word ("Bangkok Post", "Washington Post"), but
            # "New York City" is the city
            city = not country and keys[company - 1] == "city"
            named = (country and company == end + 1) or (paper and company > end)
            # "Miami Beach", "Dubai Mall": a place; a centre may be a body ("Asia Centre")
            landmark = company == end + 1 and keys[end] not in ("center", "centre")
            if landmark and not national and FOREIGN_KIND_WORDS.get(keys[end]) == "LOC":
                self.emit(i, company, "LOC")
                return company
            if not national and (named or (suffixed and not city)):
                self.emit(i, company, "ORG")
                return company
        before = range(max(0, i - 2), i)
        # "hướng tới Moscow" turns toward a government, not a place
        located = any(
            self.syl.phrase_at(j, LOCATIVES) == i and (j == 0 or self.syl.keys[j - 1] != "hướng")
            for j in before
        )
        if entry.type == "LOC" and (
            (cue == "ORG" and entry.kind == "province")
            or (
                self.sports
                and entry.kind == "province"
                and not located
                and not self.syl.phrase_before(i, LOC_CUES)
            )
        ):
            # "đội bóng Thanh Hóa", "Nam Định thắng Long An": a club named after its home
            self.emit(i, end, "ORG")
            return end
        if entry.type == "ORG" and self.syl.phrase_before(i, ADMIN_LEVELS):
            self.emit(i, end, "LOC")  # "xã Tiền Phong": a commune, though a paper bears the name
            return end
        following = self.syl.text[end] if end < len(self.syl.text) else ""
        # a brand is one foreign word ("Toyota Vios"); after "ECOWAS" or "Bộ Ngoại giao Mỹ"
        # a foreign name is a person's
        brand = (
            end == i + 1
            and not is_vietnamese(self.syl.text[i])
            and not is_acronym(self.syl.text[i])
        )
        if entry.type == "ORG":
            products = self.product_words_end(end) if brand else end
            if brand and products < len(keys) and keys[products] in ORG_SUFFIXES:
                # "Toyota Motors", "Apple Daily", "Nikkei Asian Review": the brand's company
                self.emit(i, products + 1, "ORG")
                return products + 1
            lettered = is_acronym(following) and end not in self.gaz
            if cue == "ORG" and (products == end + 1 or lettered) and not is_model(following):
                # after a firm's head a brand's word names one of its firms ("Công ty Sabeco
                # Pearl", "Công ty Vinaconex EC"); two are its officer's name ("công ty Google
                # Sundar Pichai")
                self.emit(i, end + 1, "ORG")
                return end + 1
            if titled and products > end + 1 and not is_model(following):
                # "Giám đốc điều hành hãng Boeing Dennis Muilenburg": after a title, the
                # brand's firm, then its officer's name
                self.emit(i, end, "ORG")
                return end
            if is_model(following) or products > end:
                end = self.model_end(end)
                if not is_model(following):
                    # a word after a brand may name one of its firms the article names
                    # with a firm's head ("Sabeco Pearl" beside "Công ty CP đầu tư Sabeco Pearl")
                    self.guessed.add(len(self.mentions))
                self.emit(i, end, "MISC")  # a brand's product: "Boeing 787", "Toyota Vios"
                return end
        if entry.type == "MISC" and following.isdigit():
            end += 1  # a season or an edition: "V.League 2022"
        capital_of = entry.capital_of
        # "bang Georgia" is the US state, not the country the gazetteer names so (Gruzia);
        # "liên bang Mỹ" is federal
        state = i > 0 and keys[i - 1] == "bang" and not (i > 1 and keys[i - 2] == "liên")
        if state and entry.is_country and " ".join(keys[i:end]) != fold(entry.canonical):
            self.emit(i, end, entry.type)
            return end
        # "thành phố Tokyo" is the city, "bang Washington" the state
        located = located or state or self.syl.phrase_before(i, ADMIN_LEVELS)
        if capital_of and not located and entry.kind != "province":
            # "Washington cũng đồng ý": a capital standing for its government; not Hà Nội,
            # which Vietnamese news names for the city and its own authorities
            self.emit(i, end, entry.type, canonical=capital_of)
        else:
            self.emit(i, end, entry.type, canonical=entry.canonical)
        return end

    def run(self) -> list[Mention]:
        syl, n = self.syl, len(self.syl.text)
        # where the title before a name starts, across qualifiers ("Ngoại trưởng Mỹ Antony")
        title_from: int | None = None
        cue: EntityType | None = None
        weak_cue = False
        cue_from = 0  # where the last cue starts
        work_gap = -1  # lower-case words since a work's cue ("phim truyền hình như X"), or -1
        work_list = False  # the work's cue introduced a list ("như X, Y")
        i = self.source_tag_end()
        while i < n:
            capitalised = syl.text[i][:1].isupper()
            if capitalised and (place := self.compass_end(i)) > i:
                match = self.gaz[place]  # "phía Tây Nam Syria": the place only
                i, cue = self.gazetteer_mention(place, match.entry, match.end, None, False), None
                continue
            if capitalised and (direction := self.direction_end(i)) > i:
                # what follows a direction is a place: "phía Đông Nam Deir ez - Zor"
                placed_after = direction < n and syl.text[direction][:1].isupper()
                cue, cue_from, weak_cue = ("LOC" if placed_after else None), i, False
                i = direction
                continue
            if capitalised and self.language_at(i):
                # "tiếng Khmer", "tiếng Quan Thoại": a language is no name of a thing
                i = self.gaz[i].end if i in self.gaz else max(self.name_run(i), i + 1)
                title_from, cue = None, None
                continue
            if capitalised and (site := self.web_domain_end(i)) > i:
                self.emit(i, site, "ORG")  # "PV Nguoiduatin.vn": the site, not a person
                title_from, cue, i = None, None, site
                continue
            seat = self.office_seat_at(title_from, i)
            given = self.given_name_anh(i) and not seat
            if i in self.gaz and (seat or not self.kinship_title(i)) and not given:
                match = self.gaz[i]
                if self.opens_common_word(i):
                    i = match.end
                    continue
                if syl.at_start[i] and self.demonstrative_at(match.end):
                    # "Séc này, cả hai ...": a common noun opening the sentence, no country
                    i = match.end
                    continue
                if self.after_credit(i):
                    i = match.end
                    continue
                titled = title_from is not None
                placed = seat or not self.given_name_after(i)
                if (titled and placed and not self.addressed(i)) or (
                    not titled and not self._inside_name(i)
                ):
                    end = self.gazetteer_mention(i, match.entry, match.end, cue, titled)
                    # "công ty Trung Quốc Goertek": the kind goes on to the firm after its country
                    # (a paper's or a brand's name may hold a place: "tờ Washington Examiner"),
                    # its article too ("báo Anh The Mirror"); a capital is the name's own
                    # ("tờ Manila Bulletin")
                    kept = (
                        cue == "ORG"
                        and syl.phrase_at(cue_from, _OWNED_NAME_CUES) > cue_from
                        and match.entry.type == "LOC"
                        and match.entry.capital_of is None
                        and end < n
                        and (self.foreign_word_at(end) or self.foreign_shaped_at(end + 1))
                    )
                    i, cue = end, cue if kept else None
                    continue
            if capitalised and (model := self.numbered_model_end(i)) > i:
                self.emit(i - 1, model, "MISC")  # "máy bay 737 MAX 8"
                title_from, cue, i = None, None, model
                continue
            if capitalised and (designation := self.spaced_designation_end(i)) > i:
                self.emit(i, designation, "MISC")  # "S -400", "F -35"
                title_from, cue, i = None, None, designation
                continue
            if (road := max(self.road_end(i), self.district_end(i))) > i:
                self.emit(i, road, "LOC")  # "quốc lộ 1", "QL.1A", "quận 9"
                title_from, cue, i = None, None, road
                continue
            if capitalised and (place_end := self.place_head_end(i)) > i:
                self.emit(i, place_end, "LOC")  # "Chùa Bái Đính", "Cầu Thanh Trì"
                title_from, cue, i = None, None, place_end
                continue
            if is_camel(syl.text[i]):
                end = self.model_end(i + 1)
                self.emit(i, end, "MISC")  # a product: "iPad 2", "iOS 7"
                title_from, cue, i = None, None, end
                continue
            # after a place word a head word is part of the place's name: "đường Trường
            # Chinh", "phố Hội Vũ" ("ở"/"tại" precede organisations too), and so is a title
            # word: "đường Tân An Bình"
            if syl.at_start[i] and (work_end := syl.phrase_at(i, WORK_CUES)) > i:
                # a work's cue opening the sentence: "Bộ phim Bố già", "Ca khúc “...”"
                cue, cue_from, i, work_gap, work_list = "MISC", i, work_end, 0, False
                continue
            if syl.at_start[i] and (product_end := syl.phrase_at(i, PRODUCT_CUES)) > i:
                # "Tàu Hayabusa 2 được phóng", "Ứng dụng Kakao Talk"
                cue, cue_from, i, work_gap, work_list = "MISC", i, product_end, -1, False
                continue
            if syl.at_start[i] and capitalised and (named := self.described_name(i)) is not None:
                # "Tờ Economist", "Trang Foxbusiness": a sentence opening with what the outlet
                # is; heads that are no organisation's name ("Tờ", "Kênh") reach no rule below
                cue, i = "ORG", named
                continue
            placed = cue == "LOC" and not weak_cue
            title_end = syl.title_at(i)
            named = self.named_as_title(i, title_end, cue)
            if (placed and is_capitalised(syl.text[i])) or given or named:
                title_end = i
            # a school's head with its kind is no place's name ("khu vực Trường mầm non X")
            school = syl.keys[i] == "trường" and syl.phrase_at(i + 1, SCHOOL_KINDS) > i + 1
            head_end = syl.org_head_at(i) if self.opens_body(i) and (school or not placed) else i
            if head_end > i and not self.names_body(i, head_end):
                i = head_end  # "Lực lượng chức năng", "Lực lượng Công an huyện": no name yet
                continue
            if head_end > max(i, title_end):
                if (named := self.described_name(i)) is not None:
                    cue, i = "ORG", named  # "Hãng tin Reuters": the head says what it is
                    continue
                end = self.org_name(i, head_end)
                if not is_capitalised(syl.text[i]) and syl.phrase_at(i, NAMED_FOR_PEOPLE) == i:
                    # "ứng viên đảng Dân chủ Hillary Clinton": the candidate's name; "hai đảng
                    # Dân chủ và Cộng hòa": two parties, but "bộ Kế hoạch và Đầu tư" one
                    # ministry (a school may bear a foreign name: "trường An ninh Quốc gia
                    # Daniel Morgan")
                    field_end = self.written_field_end(head_end)
                    end = next(
                        (
                            k
                            for k in range(head_end, end)
                            if self.foreign_word_at(k) or (syl.keys[k] == "và" and k >= field_end)
                        ),
                        end,
                    )
                if self.generic_body(i, head_end, end):
                    i = end
                elif end > head_end:
                    if syl.keys[i] not in _KIND_WORDS or is_capitalised(syl.text[i]):
                        self.emit(i, end, "ORG")
                    elif any(
                        map(is_capitalised, syl.text[syl.phrase_at(head_end, SCHOOL_KINDS) : end])
                    ):
                        # not "một trường THPT trên địa bàn", "các trường Trung học chuyên
                        # nghiệp": the kind with no name after it; where the school is
                        # stays out of its name ("trường Montessori ở New York")
                        end = next(
                            (k for k in range(head_end, end) if syl.phrase_at(k, LOCATIVES) > k),
                            end,
                        )
                        self.emit(head_end, end, "ORG")
                    i, cue = end, None
                elif syl.phrase_at(i, SELF_NAMED_HEADS) == head_end:
                    # "Thành ủy", "Quốc hội"; "hai Đảng" (two parties) is a common noun
                    if not (i and syl.keys[i - 1] in _QUANTIFIERS):
                        self.emit(i, head_end, "ORG")
                    i, cue = head_end, None
                else:
                    i = head_end  # a head with no name after it ("Quỹ hỗ trợ ...")
                    if i in self.gaz and self.gaz[i].entry.type == "ORG":
                        cue = "ORG"  # or a known one: "Công ty Sabeco"
                continue
            if title_end > i and i and syl.keys[i - 1] in _OFFICE_WORDS:
                i = title_end
                continue
            if title_end > i:
                title_from = i if title_from is None else title_from
                # the board's company follows its title: "nguyên Chủ tịch HĐQT Oceanbank"
                board = syl.phrase_at(i, BOARD_TITLES) == title_end
                if (body_end := self.body_in_title(title_end)) > title_end:
                    # "trưởng Ban Kinh tế Trung ương": the title ends on the body's head
                    self.emit(title_end - 1, body_end, "ORG")
                    title_end = body_end
                cue, i = ("ORG" if board else None), title_end
                continue
            if title_from is not None and (field := self.ministry_field_end(i)) > i:
                i = field  # "Bộ trưởng quốc phòng Mỹ James Mattis": the field in lower case
                continue
            if title_from is not None and (holder := self.company_before_person(i)) > i:
                self.emit(i, holder, "ORG")  # "Chủ tịch HĐQT Thaco Trần Bá Dương"
                cue, i = None, holder
                continue
            misc_end = syl.phrase_at(i, MISC_HEADS) if is_capitalised(syl.text[i]) else i
            if misc_end > i and (end := self.misc_name(misc_end)) > misc_end:
                # "Tết Nguyên đán", "Chiến tranh Lạnh"; after a place's word the place named
                # for one: "đường Giải Phóng", "đường Cách Mạng Tháng Tám"
                self.emit(i, end, "LOC" if cue == "LOC" and not weak_cue else "MISC")
                title_from, cue, i = None, None, end
                continue
            if syl.continues_word[i] and not is_capitalised(syl.text[i]):
                i += 1  # rest of a capitalised qualifier ("Thứ trưởng Ngoại giao Kurt Campbell")
                if cue == "MISC" and work_gap < 0:
                    cue = None  # a craft named in words: "chuyên cơ Không lực Một"
                continue
            # a capitalised place word after a place cue is the name: "huyện Sông Cầu"; a
            # level of government after "tại" is a cue still: "tại TP Biên Hòa"
            # after a title a surname opens the name even when it is a place word too:
            # "Chủ tịch Hồ Chí Minh" ("hồ" is a lake)
            # an Arabic name may open with its article: "ông al - Assad", "căn cứ al - Shayrat"
            article = self.article_at(i)
            if not (article or is_capitalised(syl.text[i])) or (
                (cue != "LOC" or (weak_cue and syl.phrase_at(i, ADMIN_LEVELS) > i))
                and not (title_from is not None and syl.keys[i] in SURNAMES)
                and not self.place_word_surname_at(i)
                and not (i and syl.keys[i - 1] in FORMS_OF_ADDRESS)  # "ông Cầu"
                and not self.middle_name_after(i)
                and syl.keys[i] not in _NAME_OPENING_CUES
                and not self.credited_initial(i)
                and syl.phrase_at(i, LOC_CUES) > i
            ):
                for lexicon, kind in _CUE_TYPES:
                    # a cue opens a word: "cầu Rồng" is a bridge, "yêu cầu Bộ Y tế" a request
                    # (the dictionary is asked only once a cue matches: this runs on every word)
                    if (cue_end := syl.phrase_at(i, lexicon)) > i and not (
                        syl.in_dictionary_word(i) and not self.heads_place(i)
                    ):
                        # "ở"/"tại" precede clubs and companies too, and like "ngụ"/"trú"
                        # levels of government: a weak cue
                        weak_cue = syl.keys[i] in ("ở", "tại", "ngụ", "trú")
                        if weak_cue and self.placed_person(title_from, i):
                            title_from = None  # "nghi can ở Wilmington": where he is
                        work_gap = 0 if syl.phrase_at(i, WORK_CUES) == cue_end else -1
                        # "các phim Trái tim mùa thu, Cô dâu 15 tuổi"
                        work_list = kind == "MISC" and self.plural_cue(i)
                        kind = "LOC" if self.canal_at(i, cue_end) else kind
                        cue, cue_from, i = kind, i, cue_end
                        break
                else:
                    if (address := self.address_end(i)) > i:
                        cue, cue_from, weak_cue, i = "LOC", i, False, address  # "số 12 Lê Lợi"
                        continue
                    if work_gap >= 0 and (close := self.quoted_title_end(i)) > i:
                        self.emit(i + 1, close, "MISC")  # ca khúc “Dậy mà đi”
                        title_from = None
                        cue, work_gap, i = self.after_work(close + 1, work_list, "MISC")
                        continue
                    work_gap = work_gap + 1 if self.in_work_gap(i, work_gap) else -1
                    work_list = work_list or (work_gap > 0 and syl.keys[i] == "như")
                    # a house number keeps the street word's cue: "hẻm 372 Dương Thị Mười"
                    numbered = cue == "LOC" and not weak_cue and self.house_number(i)
                    # "các tuyến đường lớn như Trần Phú, ...": the places are listed after it
                    bridged = cue == "LOC" and self.plural_cue(cue_from) and self.bridges(i)
                    # "Chiến lược gia người Bồ Đào Nha Mourinho": the title goes on
                    national = title_from is not None and self.nationality_at(i)
                    # "Phó thủ tướng kiêm Bộ trưởng Tài chính Đức Olaf Scholz": two titles held
                    joint = title_from is not None and syl.keys[i] == "kiêm"
                    joint = joint and syl.title_at(i + 1) > i + 1
                    if self.range_to_place(i):
                        cue, cue_from, weak_cue = "LOC", i, False  # "từ Lê Lợi đến Hàm Nghi"
                    elif work_gap < 0 and not (numbered or bridged or national or joint):
                        title_from, cue = None, None
                    i += 1
                continue
            if (
                cue == "MISC"
                and (work_gap >= 0 or self.owner_after(cue_from, i))
                and self._person_at(i)
            ):
                cue, work_gap = None, -1  # "chương trình X, Nguyễn Phương đã ...": a person
            if not (article or syl.is_name_syllable(i)):
                if cue == "MISC" and work_gap >= 0:
                    end = self.title_end(i, i + 1)  # "chương trình Gương mặt thân quen"
                    if self.kind_before_title(i, end):
                        i = end
                        continue
                    self.emit(i, end, "MISC")
                    title_from = None
                    cue, work_gap, i = self.after_work(end, work_list, "MISC")
                    continue
                i += 1  # a capitalised common word: a qualifier, keeps the title context
                continue
            if title_from is None and cue != "LOC" and (year := self.lunar_year_end(i)) > i:
                i = year  # "Xuân Kỷ Hợi", "năm Đinh Dậu" (not "ông Đinh Ngọ", "đường Mậu Thân")
                continue
            if self.word_before_surname(i) and not self.after_credit(i):
                i += 1  # "Chào Đinh Trang": the name starts at the surname
                continue
            end = self.name_run(i, placed)
            if self.after_credit(i) or self.before_credit(end) or self.credit_label_at(i):
                i = end
                continue
            if cue in ("ORG", "MISC"):
                end = self.word_end(end)  # "cuộc thi Sáng tạo Quốc gia"
            if cue == "MISC" and work_gap >= 0:
                end = self.title_end(i, end)  # "phim Trái tim không ngủ yên"
                if self.kind_before_title(i, end):
                    i = end
                    continue
                if self.cut_title(end):
                    title_from, cue, i, work_gap = None, None, end, -1
                    continue
            type_ = self.type_of(i, end, title_from is not None, cue, placed)
            if type_ is None and self.listed_after_place(i, end):
                type_ = "LOC"  # "các xã Khánh Sơn, Nam Kim và Nam Lộc"
            elif type_ == "PER" and title_from is None and self.in_place_list(i, end):
                type_ = "LOC"  # "các huyện Hương Khê, Vũ Quang": a surname opens places too
            elif type_ in (None, "PER") and title_from is None and self.last_after_place(i, end):
                type_ = "LOC"
                self.guessed.add(len(self.mentions))
            elif type_ in (None, "PER") and title_from is None and self.bracketed_place(i, end):
                type_ = "LOC"  # "xã Phú Phúc (Lý Nhân)": where the place lies
            elif type_ in (None, "PER") and syl.text[i] in NAME_ABBREVIATIONS:
                type_ = "LOC"  # "St. Paul", "Mt. Fuji": a saint's or a mountain's place
            elif type_ in (None, "PER") and title_from is None and self.route_end(i, end, type_):
                type_ = "LOC"  # "dự án Cam Lộ - La Sơn", "trạm Bắc Thăng Long - Nội Bài"
                self.guessed.add(len(self.mentions))
            if article and type_ is None:
                # "al - Tanf", "al - Nusra": a base, a group or a person
                i = max(end, self.particle_end(i) + 1)
                continue
            if (
                type_ == "LOC"
                and end == i + 1
                and is_vietnamese(syl.text[i])
                and syl.phrase_at(cue_from, BOUND_LOC_HEADS) == i
            ):
                i = cue_from  # "núi Múa", "đèo Cả": a one-syllable name keeps its head
            if weak_cue and type_ == cue == "LOC":
                self.guessed.add(len(self.mentions))  # yields to a rule's type elsewhere
            if type_ is None:
                self.guessed.add(len(self.mentions))
                if self.ends_in_model(i, end):
                    type_ = "MISC"
                elif self.use_crf:
                    type_ = crf_type(self.syl, i, end)
                else:
                    type_ = shape_type(self.syl.text[i:end])
                if self.sports and type_ == "LOC":
                    type_ = "PER"  # a two-syllable name in a match report: "Văn Toàn"
            if type_ != "PER" and self.event_word_at(end):
                end, type_ = end + 1, "MISC"  # "AFC Cup", "VFF Cup"
            if type_ == "PER" and title_from is None and self.school_before(i):
                i -= 1  # "điểm thi THPT Nguyễn Thượng Hiền": a school named for a person
                type_ = "ORG"
            if type_ == "PER" and is_acronym(syl.text[i]) and syl.text[end - 1].isdigit():
                type_ = "ORG"  # "phó giám đốc BHXH Q. 1": a body's branch, no one's name
            if (
                type_ == "PER"
                and end - i >= 3
                and is_acronym(syl.text[i])
                and not is_vietnamese(syl.text[i])  # "VÕ Trọng Nam"
                and not syl.text[i + 1].isupper()
            ):
                # "thủ lĩnh CNRP Sam Rainsy": the organisation the person leads, then the name;
                # "Thứ trưởng TN - MT Võ Tuấn Nhân": a ministry's fields, each abbreviated
                fields = i + 1
                while (
                    fields + 2 < end
                    and syl.text[fields] == "-"
                    and is_acronym(syl.text[fields + 1])
                    and not is_vietnamese(syl.text[fields + 1])
                ):
                    fields += 2
                self.emit(i, fields, "ORG")
                i = fields
            if end == i + 1 and (
                (type_ == "ORG" and syl.keys[i] in common_words())
                or (type_ == "LOC" and self.heads_phrase(i))
            ):
                # "tổ chức Lễ ra quân": an organisation is not named by one common word, nor
                # a place ("tại Khu du lịch quốc gia hồ Tuyền Lâm": a common word opening a
                # phrase); no mention comes of the guess
                self.guessed.discard(len(self.mentions))
                title_from, cue, i = None, None, end
                continue
            title = None
            if title_from is not None:
                title = " ".join(syl.text[title_from:i]).strip(" ,") or None
            self.emit(i, end, type_, title=title)
            title_from = None
            cue, work_gap, i = self.after_work(end, work_list, cue)
        return self.mentions

    def opens_body(self, i: int) -> bool:
        """Whether an organisation's head may start at ``i``: a capitalised one, or a
        lower-case "đảng", "trường" or "bộ" before a capitalised name ("đảng Cộng sản Trung
        Quốc", "bộ Ngoại giao Mỹ")."""
        syl = self.syl
        if is_capitalised(syl.text[i]):
            return True
        end = syl.phrase_at(i, LOWER_CASE_HEADS)
        # "bộ" closing a word heads nothing ("cán_bộ Công an", "toàn_bộ"; "từ_trường" is the
        # segmentation's slip), nor does it open a law's name ("bộ Luật cơ bản")
        if (syl.joined[i] and syl.keys[i] == "bộ") or syl.phrase_at(i, MISC_HEADS) > i:
            return False
        if not (i < end < len(syl.text) and is_capitalised(syl.text[end])):
            return False
        # "các đảng Mỹ": parties of a country; "đảng Bharatiya Janata": a name of its own
        return end not in self.gaz and self.org_name(i, end) > end

    def names_body(self, i: int, head_end: int) -> bool:
        """Whether the head at ``i`` opens a body's name: a head of ``NAMED_ONLY_HEADS`` does
        only before a capitalised Vietnamese word that is no head itself, or a service
        ("Lực lượng Phòng vệ", "Lực lượng Không quân - Vũ trụ Nga"; in "Lực lượng Công an
        huyện", "Lực lượng SDF" it only says what follows is)."""
        syl = self.syl
        if syl.at_start[i] and syl.keys[i] == "vụ" and head_end == i + 1:
            # "Vụ tai nạn giao thông nghiêm trọng", "Vụ cha con cựu điệp viên Nga": an
            # incident; a department's name goes on capitalised ("Vụ Pháp chế")
            return head_end < len(syl.text) and is_capitalised(syl.text[head_end])
        if syl.phrase_at(i, NAMED_ONLY_HEADS) != head_end:
            return True
        return (
            head_end < len(syl.text)
            and is_capitalised(syl.text[head_end])
            and is_vietnamese(syl.text[head_end])
            and not is_acronym(syl.text[head_end])
            and (
                syl.org_head_at(head_end) == head_end
                or syl.phrase_at(head_end, ARMED_SERVICES) > head_end
            )
        )

    def owner_after(self, cue_from: int, i: int) -> bool:
        """The owner of what the cue names may come next: "chủ tàu Đặng Phi"; a number after
        the name makes it the ship's still ("chủ tàu Vũ Gia 02")."""
        syl = self.syl
        if cue_from == 0 or syl.keys[cue_from - 1] != "chủ":
            return False
        end = self.name_run(i)
        return end == len(syl.text) or not syl.text[end][:1].isdigit()

    def addressed(self, i: int) -> bool:
        """A one-syllable place right after a form of address is a given name: "bé Nhật",
        "anh Mỹ" (not "Tổng thống Mỹ"); a longer one too when a Vietnamese name goes on after
        it: "ông Cao Hùng Cường" (not the city Cao Hùng)."""
        syl, end = self.syl, self.gaz[i].end
        goes_on = (
            end < len(syl.text)
            and is_capitalised(syl.text[end])
            and is_vietnamese(syl.text[end])
            and end not in self.gaz
        )
        return (
            i > 0
            and (end == i + 1 or goes_on)
            and syl.keys[i - 1] in FORMS_OF_ADDRESS
            and not syl.joined[i - 1]  # "người đàn ông Nga": a man, not a form of address
            and is_vietnamese(syl.text[i])
        )

    def middle_name_after(self, i: int) -> bool:
        """A surname that is also a place word, then "Thị" or "Văn", or two capitalised
        syllables closing a full name that is no known place: a person's name ("Hồ Thị Thúy
        Quỳnh", "Hồ Ngọc Hà", "Hồ Đức Phớc"; not the lakes "Hồ" or "Hồ Hoàn Kiếm")."""
        syl = self.syl
        if syl.keys[i] not in SURNAMES or i + 2 >= len(syl.text):
            return False
        if syl.text[i + 1] in ("Thị", "Văn"):
            return is_capitalised(syl.text[i + 2])
        return (
            # unmarked syllables count: "Hồ Chí Minh" ("minh" is no common word)
            all(is_capitalised(t) and vietnamese_shaped(t) for t in syl.text[i + 1 : i + 3])
            and (i + 3 == len(syl.text) or not is_capitalised(syl.text[i + 3]))
            and not (i + 1 in self.gaz and self.gaz[i + 1].end >= i + 3)
            and syl.phrase_at(i + 1, LOC_CUES) == i + 1  # "Hồ Núi Cốc", "Hồ Suối Vàng"
        )

    def range_to_place(self, i: int) -> bool:
        """ "đến" or "tới" closing a range that opened on a place: "từ Lê Văn Linh đến"."""
        if self.syl.keys[i] not in ("đến", "tới") or not self.mentions:
            return False
        start, end = self.spans[-1]
        opened = start > 0 and self.syl.keys[start - 1] == "từ"
        return end == i and self.mentions[-1].type == "LOC" and opened

    def canal_at(self, i: int, cue_end: int) -> bool:
        """ "kênh" before a Vietnamese name is a canal ("kênh Nhiêu Lộc", "kênh Tàu Hũ"); before
        a foreign one, a broadcaster's channel ("kênh VTV3", "kênh CNN")."""
        syl = self.syl
        return (
            syl.keys[i:cue_end] == ("kênh",)
            and cue_end < len(syl.text)
            and is_vietnamese(syl.text[cue_end])
            and syl.keys[cue_end] != "truyền"  # "kênh Truyền hình Quốc hội"
            and cue_end not in self.gaz
            # "giao lưu kênh Đảng", "các kênh Sở"; "kênh Ông Kèo" is a canal
            and (not self._is_head(cue_end) or syl.keys[cue_end] in ("ông", "bà"))
        )

    def address_end(self, i: int) -> int:
        """Where the street's name starts after a house number that gives an address ("tại số
        12 Lê Lợi", "số nhà 01 Hàn Mặc Tử", "tại 36B Trần Phú"), or ``i``; not a shirt's ("áo
        số 10 Quang Hải"), nor a count of bodies ("tại 12 Bệnh viện")."""
        keys, text = self.syl.keys, self.syl.text
        opener = keys[i - 1] if i else ""
        if keys[i] == "số":
            house = i + 2 if i + 1 < len(keys) and keys[i + 1] == "nhà" else i + 1
            located = house > i + 1 or opener in _ADDRESS_OPENERS
        else:
            house, located = i, opener in _BARE_ADDRESS_OPENERS
        street = house + 1
        named = street < len(text) and is_capitalised(text[street])
        if house == i:  # no "số" says it is a house's
            named = named and not self._is_head(street) and street not in self.gaz
        # an alley's number ("86/5 Trần Phú") is an address's whatever comes before it, if
        # it cannot be a date ("sáng 12/3 Nguyễn Văn A bị bắt")
        alley = house < len(text) and _ALLEY.fullmatch(text[house]) is not None
        located = located or alley or (opener not in ("lớp", "áo") and self.ward_after(street))
        return street if located and named and self.house_number(house) else i

    def ward_after(self, street: int) -> bool:
        """A comma and a place's cue close the name at ``street``: "Khu đất số 419 Lê Hồng
        Phong, phường 2", "quán karaoke 68 Trần Thái Tông, Hà Nội" is where it stands."""
        keys, text = self.syl.keys, self.syl.text
        end = street
        while end < min(len(text), street + 5) and is_capitalised(text[end]):
            end += 1
        if end == street or keys[end : end + 1] != (",",):
            return False
        return self._place_at(end + 1) or self.syl.phrase_at(end + 1, _WARD_CUES) > end + 1

    def house_number(self, i: int) -> bool:
        """A house or alley number between a street word and its name: "số 12", "372/5"."""
        return _HOUSE_NUMBER.fullmatch(self.syl.text[i]) is not None

    def plural_cue(self, cue_from: int) -> bool:
        """The place cue at ``cue_from`` counts several ("các tuyến đường", "hai huyện")."""
        keys = self.syl.keys
        return cue_from > 0 and (keys[cue_from - 1] in _QUANTIFIERS or keys[cue_from - 1].isdigit())

    def bridges(self, i: int) -> bool:
        """Syllable ``i`` is one of the words between a plural place cue and the places it
        lists ("các tuyến đường lớn như", "các huyện gồm")."""
        return self.syl.keys[i] in _LIST_BRIDGES

    def in_place_list(self, start: int, end: int) -> bool:
        """A name listed after places a plural cue opens ("các huyện Hương Khê, Vũ Quang,
        Hoàng Su Phì") or a street opens ("đường Kha Vạn Cân, Võ Văn Ngân", unless an age
        follows; a dash after a street is a crossing: "giao lộ đường Phó Đức Chính - Nguyễn
        Công Trứ"), or one no surname opens after two places or more ("Quản Bạ, Mèo Vạc và Vị
        Xuyên"; "phường Đại Nài, TP. Hà Tĩnh và Dương Ngọc Tú" is where one lives and who),
        in a list that goes on to it."""
        keys, items, k = self.syl.keys, 0, start
        while k >= 1 and keys[k - 1] in (",", "và", "-") and k - 1 in self.place_ends:
            dashed = keys[k - 1] == "-"
            if items and keys[k - 1] != ",":
                return False  # "hai tỉnh Nghệ An và Hà Tĩnh, Trần Văn Nam": the list closed
            items, k = items + 1, self.place_ends[k - 1]
            while k > 0 and self.bridges(k - 1):
                k -= 1
            cue = next((k - size for size in (3, 2, 1) if keys[k - size : k] in LOC_CUES), k)
            street = keys[cue:k] in _STREET_CUES and not self.aged(end)
            if dashed:
                return street
            if self.plural_cue(cue) or street:
                return True
            k = cue
        return items >= 2 and not self.full_name_shape(start, end)

    def follows_place(self, start: int, joiners: tuple[str, ...] = (",", "và")) -> bool:
        """A place and one of ``joiners`` stand right before the name at ``start``."""
        return start >= 1 and self.syl.keys[start - 1] in joiners and start - 1 in self.place_ends

    def listed_after_place(self, start: int, end: int) -> bool:
        """A name in a list whose item before it is a place, and that the list goes on from."""
        keys = self.syl.keys
        # not one set off to speak: "..., đại học Tel Aviv, Oded Eran, bình luận"
        speaking = end + 1 < len(keys) and keys[end] == "," and cue_at(keys, end + 1)
        return (
            self.follows_place(start)
            and not speaking
            and (end == len(keys) or keys[end] in (",", "và", ".", ";", "(", ")", "của", "thuộc"))
        )

    def bracketed_place(self, start: int, end: int) -> bool:
        """A name opening brackets right after a place other than a country, short of a
        person's full name, and closing them or followed by a known place: the district or
        province the place lies in ("xã Phú Phúc (Lý Nhân)", "(Lý Nhân, Hà Nam)"; not "tuyển
        Việt Nam (Quang Hải)", a caption)."""
        keys, n = self.syl.keys, len(self.syl.keys)
        first = start  # "(Đại Kim, Hoàng Mai, Hà Nội)": the list's places before the name
        while first >= 1 and keys[first - 1] == "," and first - 1 in self.place_ends:
            first = self.place_ends[first - 1]
        if not self.follows_place(first, ("(",)) or self._country_at(self.place_ends[first - 1]):
            return False
        closed = end < n and keys[end] == ")"
        return (closed or self._listed_to_place(end)) and not self.full_name_shape(start, end)

    def _listed_to_place(self, end: int) -> bool:
        """The names listed after ``end`` reach a known place: ", Hoàng Mai, Hà Nội"."""
        keys, k = self.syl.keys, end
        while k + 1 < len(keys) and keys[k] == ",":
            if self._place_at(k + 1):
                return True
            if not self.syl.is_name_syllable(k + 1):
                return False
            k = self.name_run(k + 1)
        return False

    def last_after_place(self, start: int, end: int) -> bool:
        """A name after a place and "và", the last of their list ("hạt Los Angeles và Santa
        Barbara đã yêu cầu", "thị trấn An Thới và Dương Đông"), unless it speaks, has a
        person's full name or goes on: a guess, since the place may be a misread ("Hồ Ngọc Hà
        và Kim Lý", a singer read as a lake)."""
        keys = self.syl.keys
        return (
            self.follows_place(start, ("và",))
            and not speaks_at(keys, end)
            and not self.full_name_shape(start, end)
            # the name ends here: not "Shangri - La Bắc Kinh", "Hilton Bắc Kinh" (a hotel)
            and (end == len(keys) or (keys[end] != "-" and end not in self.gaz))
            and not self.whose_place(start - 1)
        )

    def route_end(self, start: int, end: int, type_: EntityType | None) -> bool:
        """A name a dash joins to the place before it: one end of a road or a line between
        two places ("Cam Lộ - La Sơn"), unless both names' types are guesses."""
        return (
            end - start >= 2  # not "Shangri - La", "Mỹ - Triều"
            and self.dashed_to_last(start)
            and self.mentions[-1].type == "LOC"
            and not (type_ is None and len(self.mentions) - 1 in self.guessed)
            and self.roadside_name(start, end)
        )

    def dashed_to_last(self, start: int) -> bool:
        """A dash joins the name at ``start`` to the mention found last: "Cam Lộ - La Sơn"."""
        return (
            bool(self.mentions)
            and start >= 1
            and self.spans[-1][1] == start - 1
            and self.syl.keys[start - 1] in _DASHES
        )

    def roadside_name(self, start: int, end: int) -> bool:
        """A Vietnamese name short of a person's full name, outside a match report (where a
        dash joins two clubs): it may name a road's end ("người Canada – Charles
        Olivieri-Munroe" is a person)."""
        return (
            not self.sports
            and not self.full_name_shape(start, end)
            and all(vietnamese_shaped(t) for t in self.syl.text[start:end])
        )

    def route_start(self, start: int) -> None:
        """The untitled name a dash joins to the place at ``start`` is the road's other end
        ("dự án Cao Bồ - Mai Sơn"), unless both names' types are guesses ("cặp đôi Ngọc Anh –
        Ngọc Tuấn")."""
        if not self.dashed_to_last(start):
            return
        before, (before_start, before_end) = self.mentions[-1], self.spans[-1]
        guesses = {len(self.mentions) - 1, len(self.mentions)}
        if (
            not guesses <= self.guessed
            and before.type == "PER"
            and before.title is None
            and self.roadside_name(before_start, before_end)
        ):
            self.mentions[-1] = before.model_copy(update={"type": "LOC"})
            self.guessed.discard(len(self.mentions) - 1)  # a rule's type now

    def whose_place(self, place_end: int) -> bool:
        """The place ending at ``place_end`` says where the person before it is from: "Ted
        Cruz của bang Texas" (and "Dean Heller" after it is another senator)."""
        if len(self.mentions) < 2 or self.mentions[-2].type != "PER":
            return False
        person_end, place_start = self.spans[-2][1], self.place_ends[place_end]
        return (
            self.syl.keys[person_end] in ("của", "ở", "tại", "từ") and place_start - person_end <= 3
        )

    def heads_place(self, i: int) -> bool:
        """The place word at ``i`` makes one word with "trưởng" before it ("trưởng_thôn Minh
        Tân", "trưởng_bản Din"): a title naming the place its holder heads."""
        return self.syl.keys[i - 1] == "trưởng"

    def placed_person(self, title_from: int | None, i: int) -> bool:
        """The title before "ở"/"tại" at ``i`` is a form of address or a role that holds
        no seat ("ông", "trẻ em", "nghi can"): the name after the word is a place, not his
        (an office's seat is named after it: "Đại sứ Mỹ tại Việt Nam Marc Knapper")."""
        if title_from is None:
            return False
        keys = self.syl.keys[title_from:i]
        return (len(keys) == 1 and keys[0] in FORMS_OF_ADDRESS) or keys in _UNSEATED_ROLES

    def office_seat_at(self, title_from: int | None, i: int) -> bool:
        """The place at ``i`` follows an office's "tại"/"ở": it is the seat, and the name
        comes after it ("Đại sứ Trung Quốc tại Anh Lưu Hiểu Minh", "Đại sứ Việt Nam tại Mỹ
        Hà Kim Ngọc"), though "Anh" and "Mỹ" open given names after other titles."""
        return (
            i in self.gaz
            and i > 0
            and self.syl.keys[i - 1] in ("tại", "ở")
            and title_from is not None
            and not self.placed_person(title_from, i - 1)
        )

    def web_domain_end(self, i: int) -> int:
        """End of the web domain a name at ``i`` opens, written without a space ("Zalo.vn",
        "Kienthuc.net.vn": a site, whoever runs it), or ``i``."""
        text, end = self.syl.text, i + 1
        while (
            end + 1 < len(text)
            and text[end] == "."
            and all(label.lower() in _WEB_LABELS for label in text[end + 1].split("."))
        ):
            end += 2
        if end == i + 1 or " " in self.surface(i, end):
            return i
        return end

    def aged(self, end: int) -> bool:
        """A person's age follows the name: "Nguyễn Văn A (30 tuổi)", "Trần B, 45 tuổi"."""
        keys = self.syl.keys
        return keys[end : end + 1] in (("(",), (",",)) and "tuổi" in keys[end + 1 : end + 4]

    def demonstrative_at(self, i: int) -> bool:
        return i < len(self.syl.keys) and self.syl.keys[i] in _DEMONSTRATIVES

    def event_word_at(self, i: int) -> bool:
        """A capitalised word that closes a contest's name ("Open", "Cup") stands at ``i``."""
        return (
            i < len(self.syl.text)
            and is_capitalised(self.syl.text[i])
            and self.syl.keys[i] in EVENT_SUFFIXES
        )

    def named_as_title(self, i: int, title_end: int, cue: EntityType | None) -> bool:
        """A capitalised title (at ``i``, ending at ``title_end``) after an organisation's cue,
        with no name after it, is the name: "nhà hàng Hoàng Hậu" (a restaurant, not a
        queen)."""
        syl, end = self.syl, title_end
        titled = end > i and cue == "ORG" and is_capitalised(syl.text[i])
        return titled and not (end < len(syl.text) and is_capitalised(syl.text[end]))

    def outlet_noun_before(self, i: int) -> bool:
        """An outlet's noun, a word of its own, ends right before ``i``: "tờ", "báo" (not
        "tình báo" in "Bộ trưởng tình báo Israel Yisrael Katz")."""
        syl = self.syl
        return any(
            syl.phrase_at(k, DESCRIPTOR_HEADS) == i and not syl.joined[k]
            for k in range(max(0, i - 2), i)
        )

    def ministry_field_end(self, i: int) -> int:
        """End of a ministry's field in lower case right after a minister's title, before a
        capitalised word ("Bộ trưởng quốc phòng Mỹ", "Thứ trưởng ngoại giao Nga"), or ``i``."""
        syl = self.syl
        if i < 2 or syl.keys[i - 1] != "trưởng" or syl.keys[i - 2] not in ("bộ", "thứ"):
            return i
        end = syl.phrase_at(i, MINISTRY_FIELDS)
        return end if end < len(syl.text) and is_capitalised(syl.text[end]) else i

    def nationality_at(self, i: int) -> bool:
        """ "người" before a country: whose national a title's holder is."""
        return self.syl.keys[i] == "người" and i + 1 in self.gaz

    def language_at(self, i: int) -> bool:
        """ "tiếng" as a word of its own before ``i``: what follows names a language ("tiếng
        Anh"), though "nổi tiếng Hollywood" is famous in Hollywood."""
        syl = self.syl
        return i > 0 and syl.keys[i - 1] == "tiếng" and not syl.in_dictionary_word(i - 1)

    def place_word_surname_at(self, i: int) -> bool:
        """A surname that is a place word too opens a name right after a title, before a
        capitalised syllable: "tướng Đường Hồng An" (not the road "Hồng An")."""
        syl = self.syl
        return (
            syl.keys[i] in PLACE_WORD_SURNAMES
            and syl.title_ends_at(i, 3)
            and i + 1 < len(syl.text)
            and is_capitalised(syl.text[i + 1])
        )

    def heads_phrase(self, i: int) -> bool:
        """Syllable ``i``, right after "tại" or "ở", is a common word that a lower-case word
        goes on from ("sông Hậu liên tục dâng" is a river's name)."""
        keys = self.syl.keys
        return (
            i > 0
            and keys[i - 1] in ("tại", "ở")
            and keys[i] in common_words()
            and self._object_at(i + 1)
        )

    def school_before(self, i: int) -> bool:
        """A school's level written as its abbreviation right before a name ("THPT", "THCS"):
        the abbreviation is no name on its own, so the run after it starts with the person
        the school is named for."""
        return (
            i > 0
            and self.syl.text[i - 1].isupper()
            and self.syl.phrase_at(i - 1, SCHOOL_KINDS) == i
        )
