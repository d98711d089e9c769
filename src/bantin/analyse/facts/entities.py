"""Named entities of one article: gazetteer first, then capitalisation and context rules.

Rules type a capitalised run from what surrounds it: a title makes it a person ("Thiếu tướng
Pat Ryder"), a head an organisation ("Bộ Ngoại giao Niger"), a place word a place ("tỉnh
Quảng Nam"), a work or event word something else ("phim", "Tết"), a Vietnamese surname a
person, a company suffix a company ("Leeds United"); camel-case words and a brand with a
model number are products ("iPad 2", "Boeing 787"); in a football story a province's name
is its club. underthesea's CRF ``ner`` mistypes common cases ("Niger" as a person,
"Thiếu tướng Pat Ryder" as a place) and costs ~150 ms an article, so names no rule explains
get a guess from their shape unless ``use_crf`` is set; within an article a guess yields to
the type a rule gave the same name, and a lone word nothing explains is dropped. Where a
name ends is ``spans``' business.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from ...models import AnalysedArticle, Mention, Sentence
from .bylines import bylines_of, is_sports
from .gazetteer import EntityType, Gazetteer, GazetteerEntry, default_gazetteer
from .kinds import NameKinds
from .lexicon import (
    BOUND_LOC_HEADS,
    LOC_CUES,
    LOCATIVES,
    MISC_CUES,
    MISC_HEADS,
    ORG_CUES,
    ORG_SUFFIXES,
    SELF_NAMED_HEADS,
    SURNAMES,
    TITLES,
    common_words,
    is_acronym,
    is_capitalised,
)
from .linking import consistent_types, link_mentions, pronoun_places
from .syllables import (
    Syllables,
    crf_type,
    is_camel,
    is_model,
    is_vietnamese,
    join_syllables,
    shape_type,
    vietnamese_shaped,
)

# "Anh ấy", "chị ta", "ông này": a form of address used as a pronoun
_DETERMINERS = frozenset({"ấy", "ta", "này", "kia", "đó"})
# words counting what follows: "hai Đảng" is two parties, not the Party
_QUANTIFIERS = frozenset({"hai", "ba", "các", "những", "nhiều", "mỗi", "mọi", "từng"})
_CREDITS = frozenset({"ảnh", "nguồn", "clip", "video", "đồ họa", "đồ hoạ"})
_CUE_TYPES: tuple[tuple[frozenset[tuple[str, ...]], EntityType], ...] = (
    (ORG_CUES, "ORG"),
    (LOC_CUES, "LOC"),
    (MISC_CUES, "MISC"),
)


class _Scanner(NameKinds):
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
        self.place_ends: set[int] = set()  # where the places found so far end

    def emit(
        self,
        start: int,
        end: int,
        type_: EntityType,
        canonical: str | None = None,
        title: str | None = None,
    ) -> None:
        # initials keep their last period: "D.V.T."
        strip = ",;:- " if self.initials(start, end) else ",.;:- "
        text = join_syllables(self.syl.text[start:end]).strip(strip)
        if type_ == "LOC":
            self.place_ends.add(end)
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

    def gazetteer_mention(
        self, i: int, entry: GazetteerEntry, end: int, cue: EntityType | None, titled: bool
    ) -> int:
        """Emits the gazetteer name at ``i`` as the context reads it; returns its end."""
        if entry.type == "LOC" and not titled and not is_vietnamese(self.syl.text[i]):
            company = end
            while self.product_word(company):
                company += 1
            if company > end:
                self.emit(i, company, "ORG")  # "China Mobile": a country's name in a company's
                return company
        before = range(max(0, i - 2), i)
        located = any(self.syl.phrase_at(j, LOCATIVES) == i for j in before)
        if entry.type == "LOC" and (
            (cue == "ORG" and entry.kind == "province")
            or (
                self.sports
                and entry.kind == "province"
                and not located
                and not any(self.syl.phrase_at(j, LOC_CUES) == i for j in before)
            )
        ):
            # "đội bóng Thanh Hóa", "Nam Định thắng Long An": a club named after its home
            self.emit(i, end, "ORG")
            return end
        following = self.syl.text[end] if end < len(self.syl.text) else ""
        # a brand is one foreign word ("Toyota Vios"); after "ECOWAS" or "Bộ Ngoại giao Mỹ"
        # a foreign name is a person's
        brand = (
            end == i + 1
            and not is_vietnamese(self.syl.text[i])
            and not is_acronym(self.syl.text[i])
        )
        if entry.type == "ORG" and (is_model(following) or (brand and self.product_word(end))):
            end = self.model_end(end)
            self.emit(i, end, "MISC")  # a brand's product: "Boeing 787"
            return end
        if entry.type == "MISC" and following.isdigit():
            end += 1  # a season or an edition: "V.League 2022"
        capital_of = entry.capital_of
        if capital_of and not located:
            # "Washington cũng đồng ý": a capital standing for its government
            self.emit(i, end, entry.type, canonical=capital_of)
        else:
            self.emit(i, end, entry.type, canonical=entry.canonical)
        return end

    def kinship_title(self, i: int) -> bool:
        """A place name that is also a form of address, used as one: "Anh ấy", "Anh Quang"
        (England is "Anh" too)."""
        syl = self.syl
        if self.gaz[i].end != i + 1 or syl.phrase_at(i, TITLES) != i + 1 or i + 1 >= len(syl.text):
            return False
        return syl.keys[i + 1] in _DETERMINERS or (
            i + 1 not in self.gaz
            and vietnamese_shaped(syl.text[i + 1])
            and syl.is_name_syllable(i + 1)
        )

    def before_credit(self, end: int) -> bool:
        """A name right before a source line run into the text is its author's: "Lan Anh
        Theo Lao Động"."""
        return end < len(self.syl.text) and self.syl.text[end] == "Theo"

    def source_tag_end(self) -> int:
        """Syllables of an agency tag opening the sentence ("(GDVN) -", "TPO –"), else 0."""
        text = self.syl.text
        for k, syllable in enumerate(text[:5]):
            if syllable in ("-", "–") or (syllable == ")" and text[0] == "("):
                tag = [t for t in text[:k] if t not in "()"]
                # "Ông Đỗ Kim Tuyến - đại biểu ...": a titled person or a Vietnamese name
                # opening the sentence is its subject, not an agency
                named = self.syl.phrase_at(0, TITLES) > 0 or self._person_at(0)
                return k + 1 if tag and not named and all(is_capitalised(t) for t in tag) else 0
        return 0

    def after_credit(self, i: int) -> bool:
        """A name right after "Ảnh:" or "Nguồn:", or in "(theo AFP)", is a credit."""
        text, keys = self.syl.text, self.syl.keys
        if i >= 1 and text[i - 1] == "Theo" and not self.syl.at_start[i - 1]:
            return True  # a source line run into the text: "Lan Anh Theo Lao Động"
        if i >= 1 and text[i - 1] in ("-", "–") and ":" in text[max(0, i - 6) : i]:
            colon = max(k for k in range(max(0, i - 6), i) if text[k] == ":")
            return self.after_credit(colon + 1)  # "Ảnh: Văn Nam - TTXVN"
        return i >= 2 and (
            (text[i - 1] == ":" and keys[i - 2] in _CREDITS)
            or (keys[i - 1] == "theo" and text[i - 2] == "(")
        )

    def run(self) -> list[Mention]:
        syl, n = self.syl, len(self.syl.text)
        # where the title before a name starts, across qualifiers ("Ngoại trưởng Mỹ Antony")
        title_from: int | None = None
        cue: EntityType | None = None
        weak_cue = False
        cue_from = 0  # where the last cue starts
        i = self.source_tag_end()
        while i < n:
            capitalised = syl.text[i][:1].isupper()
            if capitalised and (place := self.compass_end(i)) > i:
                match = self.gaz[place]  # "phía Tây Nam Syria": the place only
                i, cue = self.gazetteer_mention(place, match.entry, match.end, None, False), None
                continue
            if i in self.gaz and not self.kinship_title(i):
                match = self.gaz[i]
                if self.after_credit(i) or (i and syl.keys[i - 1] == "tiếng"):
                    # a credit, or a language named after its country: "tiếng Anh"
                    i = match.end
                    continue
                if title_from is not None or not self._inside_name(i):
                    titled = title_from is not None
                    i, cue = self.gazetteer_mention(i, match.entry, match.end, cue, titled), None
                    continue
            if (road := self.road_end(i)) > i:
                self.emit(i, road, "LOC")  # "quốc lộ 1", "QL.1A"
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
            placed = cue == "LOC" and not weak_cue
            title_end = i if placed and is_capitalised(syl.text[i]) else syl.phrase_at(i, TITLES)
            head_end = syl.org_head_at(i) if is_capitalised(syl.text[i]) and not placed else i
            if head_end > max(i, title_end):
                if (named := self.described_name(i)) is not None:
                    cue, i = "ORG", named  # "Hãng tin Reuters": the head says what it is
                    continue
                end = self.org_name(i, head_end)
                if self.generic_body(i, head_end, end):
                    i = end
                elif end > head_end:
                    self.emit(i, end, "ORG")
                    i, cue = end, None
                elif syl.phrase_at(i, SELF_NAMED_HEADS) == head_end:
                    # "Thành ủy", "Quốc hội"; "hai Đảng" (two parties) is a common noun
                    if not (i and syl.keys[i - 1] in _QUANTIFIERS):
                        self.emit(i, head_end, "ORG")
                    i, cue = head_end, None
                else:
                    i = head_end  # a head with no name after it ("Quỹ hỗ trợ ...")
                continue
            if title_end == i and "-" in syl.keys[i]:
                parts = syl.keys[i].split("-")
                title_end = i + 1 if all((p,) in TITLES for p in parts) else i  # "PGS-TS"
            if title_end > i:
                title_from = i if title_from is None else title_from
                cue, i = None, title_end
                continue
            misc_end = syl.phrase_at(i, MISC_HEADS) if is_capitalised(syl.text[i]) else i
            if misc_end > i and (end := self.misc_name(misc_end)) > misc_end:
                self.emit(i, end, "MISC")  # "Tết Nguyên đán", "Chiến tranh Lạnh"
                title_from, cue, i = None, None, end
                continue
            if syl.continues_word[i] and not is_capitalised(syl.text[i]):
                i += 1  # rest of a capitalised qualifier ("Thứ trưởng Ngoại giao Kurt Campbell")
                continue
            # a capitalised place word after a place cue is the name: "huyện Sông Cầu"
            if not is_capitalised(syl.text[i]) or (cue != "LOC" and syl.phrase_at(i, LOC_CUES) > i):
                for lexicon, kind in _CUE_TYPES:
                    if (cue_end := syl.phrase_at(i, lexicon)) > i:
                        # "ở"/"tại" precede clubs and companies too: a weak cue
                        weak_cue = syl.keys[i] in ("ở", "tại")
                        cue, cue_from, i = kind, i, cue_end
                        break
                else:
                    title_from, cue = None, None
                    i += 1
                continue
            if not syl.is_name_syllable(i):
                i += 1  # a capitalised common word: a qualifier, keeps the title context
                continue
            end = self.name_run(i)
            if self.after_credit(i) or self.before_credit(end):
                i = end
                continue
            if cue in ("ORG", "MISC"):
                end = self.word_end(end)  # "cuộc thi Sáng tạo Quốc gia"
            type_ = self.type_of(i, end, title_from is not None, cue, placed)
            if type_ is None and self.listed_after_place(i, end):
                type_ = "LOC"  # "các xã Khánh Sơn, Nam Kim và Nam Lộc"
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
                type_ = (
                    crf_type(self.syl, i, end) if self.use_crf else shape_type(self.syl.text[i:end])
                )
                if self.sports and type_ == "LOC":
                    type_ = "PER"  # a two-syllable name in a match report: "Văn Toàn"
            if (
                type_ == "PER"
                and end - i >= 3
                and is_acronym(syl.text[i])
                and not is_vietnamese(syl.text[i])  # "VÕ Trọng Nam"
                and not syl.text[i + 1].isupper()
            ):
                # "thủ lĩnh CNRP Sam Rainsy": the organisation the person leads, then the name
                self.emit(i, i + 1, "ORG")
                i += 1
            if type_ == "ORG" and end == i + 1 and syl.keys[i] in common_words():
                # "tổ chức Lễ ra quân": an organisation is not named by one common word
                title_from, cue, i = None, None, end
                continue
            title = None
            if title_from is not None:
                title = " ".join(syl.text[title_from:i]).strip(" ,") or None
            self.emit(i, end, type_, title=title)
            title_from, cue, i = None, None, end
        return self.mentions

    def listed_after_place(self, start: int, end: int) -> bool:
        """A name in a list whose item before it is a place."""
        keys = self.syl.keys
        return (
            start >= 1
            and keys[start - 1] in (",", "và")
            and start - 1 in self.place_ends
            and (end == len(keys) or keys[end] in (",", "và", ".", ";", "(", ")", "của", "thuộc"))
        )

    def type_of(
        self, start: int, end: int, titled: bool, cue: EntityType | None, placed: bool = False
    ) -> EntityType | None:
        """The type the context rules give a name, or None when none applies."""
        words = self.syl.text[start:end]
        if placed and not (len(words) >= 3 and self.syl.keys[start] in SURNAMES):
            # "lãnh đạo xã Vũ Quý", "một phụ nữ ở xã Nam Kim": the place word right before
            # the name outweighs the title before it (a full name is still a person's)
            return "LOC"
        if self.initials(start, end):
            return "PER" if titled else None  # "tài xế L.D. T"
        if len(words) == 1 and is_acronym(words[0]):
            return "ORG"  # "người phát ngôn WTO": an acronym names an organisation
        if self.syl.keys[end - 1] in ORG_SUFFIXES and len(words) > 1:
            return "ORG"  # "Nokia Corporation", "Leeds United"
        if cue in ("ORG", "MISC"):
            return cue  # "Chủ tịch ngân hàng HSBC": the title is someone else's
        if titled:
            return "PER"
        if cue is not None:
            return cue
        if kind := self.foreign_kind(start, end):
            return kind  # type: ignore[return-value]  # "Joint Base Andrews": a place
        if 2 <= len(words) <= 4 and self._person_at(start):
            return "PER"
        return None


def extract_mentions(
    sentences: Sequence[Sentence], gazetteer: Gazetteer | None = None, use_crf: bool = False
) -> tuple[Mention, ...]:
    """Mentions of every sentence; ``use_crf`` types the names no rule explains with
    underthesea's CRF ``ner`` (about 17 ms a sentence) instead of by their shape."""
    gazetteer = gazetteer or default_gazetteer()
    mentions: list[Mention] = []
    guessed: list[bool] = []
    sports = is_sports(sentences)
    bylines = bylines_of(sentences)
    for sentence in sentences:
        if sentence.index in bylines:
            continue
        scanner = _Scanner(sentence, gazetteer, use_crf, sports)
        found = scanner.run()
        mentions.extend(found)
        guessed.extend(k in scanner.guessed for k in range(len(found)))
    linked = link_mentions(consistent_types(mentions, guessed), sentences)
    pronouns = pronoun_places(linked, sentences)
    # one word nothing explains is a fragment or a common noun ("Mafia", "Giá" opening a
    # run-in headline) more often than a name
    return tuple(
        m
        for m, guess, pronoun in zip(linked, guessed, pronouns, strict=True)
        if not (guess and m.type == "MISC" and " " not in m.text)
        and not _one_letter(m.text)
        and not pronoun
    )


def _one_letter(text: str) -> bool:
    """ "P. 11", "ông A.": an abbreviation, not a name ("Ý" is Italy)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) == 1 and letters[0].isascii()


class EntityComponent:
    """Assigns ``mentions``: people, organisations, places and other names.

    ``use_crf=True`` asks underthesea's CRF for the type of names no rule explains; it costs
    ~150 ms an article and lowered precision on the dev and held-out sets (also when asked
    only about foreign names the shape calls persons, or only about Vietnamese ones), so it
    is off by default.
    """

    name: ClassVar[str] = "facts.entities"
    version: ClassVar[str] = "2"
    requires: ClassVar[tuple[str, ...]] = ("sentences",)
    assigns: ClassVar[tuple[str, ...]] = ("mentions",)

    def __init__(self, use_crf: bool = False) -> None:
        self.use_crf = use_crf

    def __call__(self, article: AnalysedArticle) -> AnalysedArticle:
        mentions = extract_mentions(article.sentences, use_crf=self.use_crf)
        return article.model_copy(update={"mentions": mentions})
