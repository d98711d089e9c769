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
from .context import types_by_context
from .credits import CreditReading
from .gazetteer import EntityType, Gazetteer, GazetteerEntry, default_gazetteer
from .lexicon import (
    ADMIN_LEVELS,
    BOUND_LOC_HEADS,
    FOREIGN_KIND_WORDS,
    LOC_CUES,
    LOCATIVES,
    MISC_CUES,
    MISC_HEADS,
    ORG_CUES,
    ORG_SUFFIXES,
    SELF_NAMED_HEADS,
    SURNAMES,
    TITLES,
    WORK_CUES,
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
)

# words counting what follows: "hai Đảng" is two parties, not the Party
_QUANTIFIERS = frozenset({"hai", "ba", "các", "những", "nhiều", "mỗi", "mọi", "từng"})
_CUE_TYPES: tuple[tuple[frozenset[tuple[str, ...]], EntityType], ...] = (
    (ORG_CUES, "ORG"),
    (LOC_CUES, "LOC"),
    (MISC_CUES, "MISC"),
)


class _Scanner(CreditReading):
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
        self.place_ends: set[int] = set()  # where the places found so far end

    def emit(
        self,
        start: int,
        end: int,
        type_: EntityType,
        canonical: str | None = None,
        title: str | None = None,
    ) -> None:
        # initials keep their last period: "D.V.T.", "Nguyễn Thị T.V."
        initials = self.initials(start, end) or self.initials(end - 1, end, letters=2)
        strip = ",;:- " if initials else ",.;:- "
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
            self.spans.append((start, end))

    def gazetteer_mention(
        self, i: int, entry: GazetteerEntry, end: int, cue: EntityType | None, titled: bool
    ) -> int:
        """Emits the gazetteer name at ``i`` as the context reads it; returns its end."""
        if entry.type == "LOC" and not titled and not is_vietnamese(self.syl.text[i]):
            company = end
            while self.product_word(company):
                company += 1
            keys = self.syl.keys
            suffixed = company < len(keys) and keys[company] in ORG_SUFFIXES
            company += suffixed
            # "China Mobile Communications": a company word closes a longer name
            suffixed = suffixed or FOREIGN_KIND_WORDS.get(keys[company - 1]) == "ORG"
            # "China Mobile", "Laos Airlines": a country's name in a company's; not "người
            # Colombia Alex Cifuentes" (a nationality, then a person) nor "Paris Hilton"
            national = i > 0 and self.syl.keys[i - 1] == "người"
            country = not (entry.kind or entry.capital_of)
            if country and not national and (company == end + 1 or suffixed):
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
            if i in self.gaz and not self.kinship_title(i):
                match = self.gaz[i]
                if self.after_credit(i) or (i and syl.keys[i - 1] == "tiếng"):
                    # a credit, or a language named after its country: "tiếng Anh"
                    i = match.end
                    continue
                titled = title_from is not None
                if (titled and not self.given_name_after(i)) or (
                    not titled and not self._inside_name(i)
                ):
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
            if syl.at_start[i] and (work_end := syl.phrase_at(i, WORK_CUES)) > i:
                # a work's cue opening the sentence: "Bộ phim Bố già", "Ca khúc “...”"
                cue, cue_from, i, work_gap, work_list = "MISC", i, work_end, 0, False
                continue
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
            # a capitalised place word after a place cue is the name: "huyện Sông Cầu"; a
            # level of government after "tại" is a cue still: "tại TP Biên Hòa"
            # after a title a surname opens the name even when it is a place word too:
            # "Chủ tịch Hồ Chí Minh" ("hồ" is a lake)
            if not is_capitalised(syl.text[i]) or (
                (cue != "LOC" or (weak_cue and syl.phrase_at(i, ADMIN_LEVELS) > i))
                and not (title_from is not None and syl.keys[i] in SURNAMES)
                and syl.phrase_at(i, LOC_CUES) > i
            ):
                for lexicon, kind in _CUE_TYPES:
                    if (cue_end := syl.phrase_at(i, lexicon)) > i:
                        # "ở"/"tại" precede clubs and companies too: a weak cue
                        weak_cue = syl.keys[i] in ("ở", "tại")
                        work_gap = 0 if syl.phrase_at(i, WORK_CUES) == cue_end else -1
                        work_list = False
                        cue, cue_from, i = kind, i, cue_end
                        break
                else:
                    if work_gap >= 0 and (close := self.quoted_title_end(i)) > i:
                        self.emit(i + 1, close, "MISC")  # ca khúc “Dậy mà đi”
                        title_from, cue, i, work_gap = None, None, close + 1, -1
                        continue
                    work_gap = work_gap + 1 if self.in_work_gap(i, work_gap) else -1
                    work_list = work_list or (work_gap > 0 and syl.keys[i] == "như")
                    if work_gap < 0:
                        title_from, cue = None, None
                    i += 1
                continue
            if cue == "MISC" and work_gap >= 0 and self._person_at(i):
                cue, work_gap = None, -1  # "chương trình X, Nguyễn Phương đã ...": a person
            if not syl.is_name_syllable(i):
                if cue == "MISC" and work_gap >= 0:
                    end = self.title_end(i, i + 1)  # "chương trình Gương mặt thân quen"
                    self.emit(i, end, "MISC")
                    title_from, cue, i, work_gap = None, None, end, -1
                    continue
                i += 1  # a capitalised common word: a qualifier, keeps the title context
                continue
            end = self.name_run(i)
            if self.after_credit(i) or self.before_credit(end):
                i = end
                continue
            if cue in ("ORG", "MISC"):
                end = self.word_end(end)  # "cuộc thi Sáng tạo Quốc gia"
            if cue == "MISC" and work_gap >= 0:
                end = self.title_end(i, end)  # "phim Trái tim không ngủ yên"
                if self.cut_title(end):
                    title_from, cue, i, work_gap = None, None, end, -1
                    continue
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
            # a list of works after one cue: "phim như The Greatest Love, My Girl"
            listed = work_list and end < n and syl.keys[end] in (",", "và")
            title_from, i = None, end
            cue, work_gap = (cue, 0) if listed else (None, -1)
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
        found, guesses = types_by_context(
            scanner.syl, scanner.run(), scanner.spans, scanner.guessed
        )
        mentions.extend(found)
        guessed.extend(k in guesses for k in range(len(found)))
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
    version: ClassVar[str] = "4"
    requires: ClassVar[tuple[str, ...]] = ("sentences",)
    assigns: ClassVar[tuple[str, ...]] = ("mentions",)

    def __init__(self, use_crf: bool = False) -> None:
        self.use_crf = use_crf

    def __call__(self, article: AnalysedArticle) -> AnalysedArticle:
        mentions = extract_mentions(article.sentences, use_crf=self.use_crf)
        return article.model_copy(update={"mentions": mentions})
