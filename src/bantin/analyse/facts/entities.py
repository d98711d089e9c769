"""Named entities of one article: gazetteer first, then capitalisation and context rules.

Rules type a capitalised run from what surrounds it: a title makes it a person ("Thiếu tướng
Pat Ryder"), a head an organisation ("Bộ Ngoại giao Niger"), a place word a place ("tỉnh
Quảng Nam"), a Vietnamese surname a person. underthesea's CRF ``ner`` mistypes common cases
("Niger" as a person, "Thiếu tướng Pat Ryder" as a place) and costs ~150 ms an article, so
names no rule explains get a guess from their shape unless ``use_crf`` is set; within an
article a guess yields to the type a rule gave the same name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from ...models import AnalysedArticle, Mention, Sentence
from .gazetteer import EntityType, Gazetteer, GazetteerEntry, default_gazetteer
from .lexicon import (
    ADMIN_LEVELS,
    LOC_CUES,
    LOCATIVES,
    MISC_CUES,
    MISC_HEADS,
    NAME_STOPS,
    ORG_CUES,
    ORG_HEADS,
    ORG_SUFFIXES,
    ORG_TAILS,
    SURNAMES,
    TITLES,
    common_compounds,
    common_words,
    fold,
    is_acronym,
    is_capitalised,
)
from .syllables import Syllables, crf_type, is_particle_name, join_syllables, shape_type

_NAME_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "wal", "de", "van", "von", "der", "da", "di"}
)
_CREDITS = frozenset({"ảnh", "nguồn", "clip", "video", "đồ họa", "đồ hoạ"})
# words of a sports story: there a province's name is most often its football club
_SPORTS_WORDS = ("hlv ", "cầu thủ", "đội bóng", "trận đấu", "vòng đấu", "bàn thắng", "clb ",
                 "league", "tiền đạo", "thủ môn", "sân nhà", "mùa giải")  # fmt: skip
_LOWER_CASE_REACH = 5  # lower-case syllables an organisation's name may run over
_CUE_TYPES: tuple[tuple[frozenset[tuple[str, ...]], EntityType], ...] = (
    (ORG_CUES, "ORG"),
    (LOC_CUES, "LOC"),
    (MISC_CUES, "MISC"),
)


def _is_camel(syllable: str) -> bool:
    """A product written in camel case: "iPhone", "iOS", "eBay"."""
    return syllable[:1].islower() and any(c.isupper() for c in syllable[1:])


def _is_model(syllable: str) -> bool:
    """A model designation after a brand: "A320", "5s", "737" (not a year such as "2013")."""
    has_digit = any(c.isdigit() for c in syllable)
    if syllable.isdigit():
        return len(syllable) == 3
    return has_digit and any(c.isalpha() for c in syllable) and syllable.isalnum()




class _Scanner:
    """Walks one sentence's syllables left to right, emitting mentions."""

    def __init__(
        self, sentence: Sentence, gazetteer: Gazetteer, use_crf: bool, sports: bool = False
    ) -> None:
        self.sentence = sentence
        self.sports = sports
        self.use_crf = use_crf
        self.syl = Syllables.of(sentence.words)
        self.gazetteer = gazetteer
        self.gaz = {m.start: m for m in gazetteer.find(self.syl.text)}
        self.mentions: list[Mention] = []
        self.guessed: set[int] = set()  # mentions typed by a guess, not by a rule

    def emit(
        self,
        start: int,
        end: int,
        type_: EntityType,
        canonical: str | None = None,
        title: str | None = None,
    ) -> None:
        text = join_syllables(self.syl.text[start:end]).strip(",.;:- ")
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

    def name_run(self, i: int) -> int:
        end = i
        while end < len(self.syl.text) and (
            end == i or end not in self.gaz or self._inside_name(end)
        ):
            if (
                self.syl.is_name_syllable(end, inside=end > i)
                and (end == i or not self._is_head(end))
            ) or (
                (self.syl.keys[end] in _NAME_PARTICLES or "-" in self.syl.text[end][1:-1])
                and end + 1 < len(self.syl.text)
                and is_capitalised(self.syl.text[end + 1])
            ) or (end > i and is_particle_name(self.syl.text[end])):
                end += 1
            else:
                break
        return end

    def _inside_name(self, i: int) -> bool:
        """A one-syllable gazetteer name inside a Vietnamese name: "Thủ Đức", "Tuấn Anh"."""
        match = self.gaz.get(i)
        if match is None or match.end - match.start != 1 or is_acronym(self.syl.text[i]):
            return False
        before = i > 0 and self.syl.is_name_syllable(i - 1) and not self.syl.at_start[i - 1]
        after = (
            i + 1 < len(self.syl.text)
            and i + 1 not in self.gaz
            and self.syl.is_name_syllable(i + 1, inside=True)
            and self.syl.keys[i + 1] in common_words()
        )
        return before or after

    def _is_head(self, i: int) -> bool:
        return self.syl.phrase_at(i, TITLES) > i or self.syl.phrase_at(i, ORG_HEADS) > i

    def org_name(self, head_end: int) -> int:
        """End of an organisation's name after its head ("Bộ" + "Ngoại giao Niger").

        A gazetteer organisation right after the head is the name itself ("hãng Reuters"),
        and a gazetteer name closes the organisation: what follows is someone's name
        ("Chủ tịch Ủy ban ECOWAS Omar Alieu Touray"). Lower-case words continue the name
        when a closing word or a capitalised name follows them ("Ngân hàng Nông nghiệp và
        Phát triển nông thôn", "Hiệp hội Doanh nghiệp dệt may Việt Nam").
        """
        if head_end in self.gaz and self.gaz[head_end].entry.type != "LOC":
            return head_end
        syl, end, n = self.syl, head_end, len(self.syl.text)
        placed = False  # just after a level of government: a place's name follows
        while end < n:
            if end in self.gaz:
                return self.gaz[end].end
            if end > head_end and not placed and self._person_at(end):
                break  # a person's name after the organisation: "Thành ủy Nguyễn Công Soái"
            placed = False
            text = syl.text[end]
            if is_capitalised(text) or syl.continues_word[end] or is_particle_name(text):
                end += 1
                continue
            # "Công an huyện Sông Mã", "UBND xã Chiềng Khương", "Công an quận 9"
            joint = syl.phrase_at(end, LOC_CUES if end > head_end else ADMIN_LEVELS)
            if joint > end and joint < n and is_capitalised(syl.text[joint]):
                end, placed = joint, True
                continue
            if (joint > end or end == head_end) and syl.text[min(joint, n - 1)].isdigit():
                end = joint + 1  # "Công an quận 9", "Đội 2", "Bệnh viện 108"
                continue
            if end > head_end and (syl.keys[end] == "và" or text in ",-–"):
                # "Sở Văn hóa, Thể thao và Du lịch", "Bộ Giáo dục - Đào tạo"
                nxt = end + 1
                if nxt < n and is_capitalised(syl.text[nxt]) and not (
                    nxt in self.gaz or self._is_head(nxt) or self._person_at(nxt)
                ) and (text != "," or self._enumeration_at(nxt)):
                    end = nxt
                    continue
                break
            close = self._lower_case_close(end)
            if close == end:
                break
            end = close
        return end

    def _person_at(self, i: int) -> bool:
        """A Vietnamese person's name starts at ``i``: a surname, then a given name that
        does not make a dictionary word with it ("Cao Su" is rubber)."""
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

    def _lower_case_close(self, i: int) -> int:
        """End of lower-case words at ``i`` that still belong to a name, or ``i``.

        They do when, within a few words and before any function word or verb, they end
        with a closing word ("trung ương", "quốc gia") or reach a place or a capitalised
        name ("dệt may Việt Nam").
        """
        syl = self.syl
        for j in range(i, min(i + _LOWER_CASE_REACH + 1, len(syl.text))):
            text = syl.text[j]
            if j > i and (j in self.gaz or is_capitalised(text)):
                named = j in self.gaz and self.gaz[j].entry.type in ("LOC", "ORG")
                return j if named or not (self._is_head(j) or self._person_at(j)) else i
            if not text[:1].isalpha() or syl.keys[j] in NAME_STOPS:
                return i
            if (tail := syl.phrase_at(j, ORG_TAILS)) > j:
                return tail
        return i

    def gazetteer_mention(
        self, i: int, entry: GazetteerEntry, end: int, cue: EntityType | None
    ) -> None:
        before = range(max(0, i - 2), i)
        located = any(self.syl.phrase_at(j, LOCATIVES) == i for j in before)
        if entry.type == "LOC" and (
            cue == "ORG"
            or (
                self.sports
                and entry.kind == "province"
                and not located
                and not any(self.syl.phrase_at(j, LOC_CUES) == i for j in before)
            )
        ):
            # "đội bóng Hải Phòng", "SLNA thắng Bình Dương": a club named after its home
            self.emit(i, end, "ORG")
            return
        if entry.type == "ORG" and end < len(self.syl.text) and _is_model(self.syl.text[end]):
            self.emit(i, self.model_end(end), "MISC")  # a brand's product: "Airbus A320"
            return
        capital_of = entry.capital_of
        if capital_of and not located:
            # "Washington cũng đồng ý": a capital standing for its government
            self.emit(i, end, entry.type, canonical=capital_of)
        else:
            self.emit(i, end, entry.type, canonical=entry.canonical)

    def model_end(self, i: int) -> int:
        """End of a product's model words: "6", "5s", "Plus" after "iPhone"."""
        syl = self.syl
        while i < len(syl.text) and (
            _is_model(syl.text[i])
            or syl.text[i].isdigit()
            or (len(syl.text[i]) == 1 and syl.text[i].isalpha() and syl.text[i - 1].isdigit())
            or (is_capitalised(syl.text[i]) and len(syl.text[i]) <= 4 and i not in self.gaz)
        ):
            i += 1
        return i

    def misc_name(self, head_end: int) -> int:
        """End of an event's or a law's name after its head ("Tết" + "Độc lập")."""
        end = head_end
        while end < len(self.syl.text) and (
            self.syl.is_name_syllable(end, inside=True) or self.syl.continues_word[end]
        ):
            end += 1
        return end

    def source_tag_end(self) -> int:
        """Syllables of an agency tag opening the sentence ("(GDVN) -", "TPO –"), else 0."""
        text = self.syl.text
        for k, syllable in enumerate(text[:5]):
            if syllable in ("-", "–") or (syllable == ")" and text[0] == "("):
                tag = [t for t in text[:k] if t not in "()"]
                return k + 1 if tag and all(is_capitalised(t) for t in tag) else 0
        return 0

    def after_credit(self, i: int) -> bool:
        """A name right after "Ảnh:" or "Nguồn:", or in "(theo AFP)", is a credit."""
        text, keys = self.syl.text, self.syl.keys
        return i >= 2 and (
            (text[i - 1] == ":" and keys[i - 2] in _CREDITS)
            or (keys[i - 1] == "theo" and text[i - 2] == "(")
        )

    def run(self) -> list[Mention]:
        syl, n = self.syl, len(self.syl.text)
        # where the title before a name starts, across qualifiers ("Ngoại trưởng Mỹ Antony")
        title_from: int | None = None
        cue: EntityType | None = None
        i = self.source_tag_end()
        while i < n:
            if i in self.gaz:
                match = self.gaz[i]
                if self.after_credit(i):
                    i = match.end
                    continue
                if title_from is not None or not self._inside_name(i):
                    self.gazetteer_mention(i, match.entry, match.end, cue)
                    i, cue = match.end, None
                    continue
            if _is_camel(syl.text[i]):
                end = self.model_end(i + 1)
                self.emit(i, end, "MISC")  # a product: "iPhone 6", "iOS 15.6"
                title_from, cue, i = None, None, end
                continue
            title_end = syl.phrase_at(i, TITLES)
            head_end = syl.phrase_at(i, ORG_HEADS) if is_capitalised(syl.text[i]) else i
            if head_end > max(i, title_end):
                end = self.org_name(head_end)
                if end > head_end:
                    self.emit(i, end, "ORG")
                    i, cue = end, None
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
                self.emit(i, end, "MISC")  # "Tết Độc lập", "Cách mạng Tháng Tám"
                title_from, cue, i = None, None, end
                continue
            if syl.continues_word[i] and not is_capitalised(syl.text[i]):
                i += 1  # rest of a capitalised qualifier ("Thứ trưởng Ngoại giao Kurt Campbell")
                continue
            # a capitalised place word after a place cue is the name: "huyện Sông Mã"
            if not is_capitalised(syl.text[i]) or (
                cue != "LOC" and syl.phrase_at(i, LOC_CUES) > i
            ):
                for lexicon, kind in _CUE_TYPES:
                    if (cue_end := syl.phrase_at(i, lexicon)) > i:
                        cue, i = kind, cue_end
                        break
                else:
                    title_from, cue = None, None
                    i += 1
                continue
            if not syl.is_name_syllable(i):
                i += 1  # a capitalised common word: a qualifier, keeps the title context
                continue
            end = self.name_run(i)
            if self.after_credit(i):
                i = end
                continue
            type_ = self.type_of(i, end, title_from is not None, cue)
            if type_ is None:
                self.guessed.add(len(self.mentions))
                type_ = (
                    crf_type(self.syl, i, end) if self.use_crf else shape_type(self.syl.text[i:end])
                )
            title = None
            if title_from is not None:
                title = " ".join(syl.text[title_from:i]).strip(" ,") or None
            self.emit(i, end, type_, title=title)
            title_from, cue, i = None, None, end
        return self.mentions

    def type_of(
        self, start: int, end: int, titled: bool, cue: EntityType | None
    ) -> EntityType | None:
        """The type the context rules give a name, or None when none applies."""
        words = self.syl.text[start:end]
        if len(words) == 1 and is_acronym(words[0]):
            return "ORG"  # "người phát ngôn FSA": an acronym names an organisation
        if self.syl.keys[end - 1] in ORG_SUFFIXES and len(words) > 1:
            return "ORG"  # "Kumho Tires", "Manchester United"
        if cue in ("ORG", "MISC"):
            return cue  # "Chủ tịch ngân hàng Mizuho": the title is someone else's
        if titled:
            return "PER"
        if cue is not None:
            return cue
        if 2 <= len(words) <= 4 and self._person_at(start):
            return "PER"
        return None


def _link_mentions(mentions: list[Mention], sentences: Sequence[Sentence]) -> list[Mention]:
    """Canonical names inside the article: surname-only persons and "Name (ACRONYM)" pairs."""
    people = [m.text for m in mentions if m.type == "PER" and len(m.text.split()) > 1]
    linked: list[Mention] = []
    for m in mentions:
        if m.canonical is None:
            for full in people:
                if full != m.text and full.endswith(" " + m.text):
                    m = m.model_copy(update={"canonical": full, "type": "PER"})
                    break
        linked.append(m)
    by_sentence = {s.index: s.text for s in sentences}
    expanded: dict[str, str] = {}  # acronym -> canonical name
    for k in range(len(linked) - 1):
        first, second = linked[k], linked[k + 1]
        acronym = second.text
        if not is_acronym(acronym) or first.sentence != second.sentence:
            continue
        # the expansion may run on over a few lower-case words: "Người tiêu dùng (HBNQ)"
        match = re.search(
            re.escape(first.text) + r"((?:\s+[^\s(),.;:“”\"]+){0,4}?)\s*\(\s*"
            + re.escape(acronym) + r"\s*\)",
            by_sentence.get(first.sentence, ""),
        )  # fmt: skip
        if match is None:
            continue
        canonical = second.canonical or first.canonical or acronym
        type_ = second.type if second.canonical else first.type
        expanded[acronym] = canonical
        text = first.text + match.group(1)
        linked[k] = first.model_copy(update={"text": text, "canonical": canonical, "type": type_})
    return [
        m.model_copy(update={"canonical": expanded[m.text]}) if m.text in expanded else m
        for m in linked
    ]


def extract_mentions(
    sentences: Sequence[Sentence], gazetteer: Gazetteer | None = None, use_crf: bool = False
) -> tuple[Mention, ...]:
    """Mentions of every sentence; ``use_crf`` types the names no rule explains with
    underthesea's CRF ``ner`` (about 17 ms a sentence) instead of by their shape."""
    gazetteer = gazetteer or default_gazetteer()
    mentions: list[Mention] = []
    guessed: list[bool] = []
    sports = _is_sports(sentences)
    for sentence in sentences:
        if sentence is sentences[-1] and _is_byline(sentence):
            continue
        scanner = _Scanner(sentence, gazetteer, use_crf, sports)
        found = scanner.run()
        mentions.extend(found)
        guessed.extend(k in scanner.guessed for k in range(len(found)))
    return tuple(_link_mentions(_consistent_types(mentions, guessed), sentences))


def _is_sports(sentences: Sequence[Sentence]) -> bool:
    """A football story: at least two different sports words in its text."""
    text = fold(" ".join(s.text for s in sentences))
    return sum(word in text for word in _SPORTS_WORDS) >= 2


def _is_byline(sentence: Sentence) -> bool:
    """A closing line of names only ("Minh Nguyệt", "Thục Ninh - Bình Giang Theo AFP")."""
    syllables = Syllables.of(sentence.words).text
    letters = [t for t in syllables if any(c.isalpha() for c in t)]
    return 0 < len(letters) <= 8 and all(is_capitalised(t) for t in letters)


def _consistent_types(mentions: list[Mention], guessed: list[bool]) -> list[Mention]:
    """One name, one type in an article: a CRF guess yields to a type a rule gave.

    "Manon Marsault" is a person once a title said so; a bare "Marsault" later is too.
    """
    ruled: dict[str, EntityType] = {}
    for mention, guess in zip(mentions, guessed, strict=True):
        if not guess:
            ruled.setdefault(fold(mention.text), mention.type)
    people = [key for key, type_ in ruled.items() if type_ == "PER"]
    organisations = [key for key, type_ in ruled.items() if type_ == "ORG"]
    fixed = []
    for mention, guess in zip(mentions, guessed, strict=True):
        key = fold(mention.text)
        type_ = ruled.get(key)
        if guess and type_ is None and any(f" {key}" in f" {p} " for p in people):
            type_ = "PER"
        elif guess and type_ is None and any(o.endswith(f" {key}") for o in organisations):
            type_ = "ORG"  # "Mizuho" after "Ngân hàng Mizuho"
        fixed.append(mention.model_copy(update={"type": type_}) if guess and type_ else mention)
    return fixed


class EntityComponent:
    """Assigns ``mentions``: people, organisations, places and other names.

    ``use_crf=True`` asks underthesea's CRF for the type of names no rule explains; it costs
    ~150 ms an article and did not type them better on the dev set, so it is off by default.
    """

    name: ClassVar[str] = "facts.entities"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("sentences",)
    assigns: ClassVar[tuple[str, ...]] = ("mentions",)

    def __init__(self, use_crf: bool = False) -> None:
        self.use_crf = use_crf

    def __call__(self, article: AnalysedArticle) -> AnalysedArticle:
        mentions = extract_mentions(article.sentences, use_crf=self.use_crf)
        return article.model_copy(update={"mentions": mentions})
