"""Named entities of one article: gazetteer first, then capitalisation and context rules.

underthesea's CRF ``ner`` is slow (~17 ms a sentence) and mistypes common cases ("Niger" as a
person, "Thiếu tướng Pat Ryder" as a place), so it only types the capitalised runs that
neither the gazetteer nor the context rules (titles, organisation and place heads, surnames,
acronyms) explain, and its answers are cached per sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar

from ...models import AnalysedArticle, Mention, Sentence
from .gazetteer import EntityType, Gazetteer, GazetteerEntry, default_gazetteer
from .lexicon import (
    LOC_CUES,
    LOCATIVES,
    ORG_CUES,
    ORG_HEADS,
    SURNAMES,
    TITLES,
    common_words,
    fold,
    is_acronym,
    is_capitalised,
)

_OPENERS = frozenset("“\"‘'(:-–…")
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "wal", "de", "van", "von", "der", "da", "di"})
_LONGEST_PHRASE = 4
# capitalised in datelines and teasers ("Ngày 6/5"), never a name
_TIME_WORDS = frozenset(
    {"ngày", "tháng", "năm", "tuần", "thứ", "hôm", "sáng", "chiều", "tối", "trưa", "đêm"}
)
# upper-case abbreviations that are units or common nouns, not organisations
_NOT_NAMES = frozenset({"usd", "vnd", "eur", "gdp", "cpi", "ceo", "covid", "hiv", "sms", "gmt", "tv"})


@dataclass(frozen=True)
class Syllables:
    """A sentence as syllables, with what the word segmentation says about each."""

    text: tuple[str, ...]
    keys: tuple[str, ...]
    # True for a syllable of a word written "Xxx_yyy" (a common word capitalised at the
    # start of a sentence or of a title), which is not part of a name
    in_common_word: tuple[bool, ...]
    # True for the second and later syllables of a word whose first syllable is capitalised
    continues_word: tuple[bool, ...]
    at_start: tuple[bool, ...]

    @classmethod
    def of(cls, words: Sequence[str]) -> Syllables:
        text: list[str] = []
        common: list[bool] = []
        continues: list[bool] = []
        for word in words:
            parts = [p for p in word.replace("_", " ").split(" ") if p]
            mixed = len(parts) > 1 and not all(is_capitalised(p) for p in parts)
            text.extend(parts)
            common.extend([mixed] * len(parts))
            continues.extend([k > 0 and is_capitalised(parts[0]) for k in range(len(parts))])
        starts = [i == 0 or text[i - 1] in _OPENERS for i in range(len(text))]
        keys = tuple(fold(t) for t in text)
        return cls(tuple(text), keys, tuple(common), tuple(continues), tuple(starts))

    def phrase_at(self, i: int, lexicon: frozenset[tuple[str, ...]]) -> int:
        """End of the longest lexicon phrase starting at syllable ``i``, or ``i``.

        The phrase must end at a word boundary: "Báo" opens a newspaper's name, "Báo cáo"
        (report) does not.
        """
        for size in range(min(_LONGEST_PHRASE, len(self.text) - i), 0, -1):
            end = i + size
            if self.keys[i:end] in lexicon and not (
                end < len(self.text) and self.continues_word[end]
            ):
                return end
        return i

    def is_name_syllable(self, i: int) -> bool:
        syllable = self.text[i]
        if not is_capitalised(syllable) or self.in_common_word[i]:
            return False
        if self.keys[i] in _TIME_WORDS or self.keys[i] in _NOT_NAMES:
            return False
        if self.at_start[i] and self.keys[i] in common_words() and self.keys[i] not in SURNAMES:
            # "Theo", "Trong" open sentences; a name there needs a second capitalised syllable
            return i + 1 < len(self.text) and is_capitalised(self.text[i + 1])
        return any(c.isalpha() for c in syllable)


@lru_cache(maxsize=4096)
def _crf_types(sentence: str) -> tuple[str, ...]:
    """One CRF entity tag (PER/ORG/LOC/O) per syllable of ``sentence``."""
    from underthesea import ner

    tags: list[str] = []
    for word, _pos, _chunk, tag in ner(sentence):
        tags.extend([tag[2:] if tag != "O" else "O"] * len(word.split()))
    return tuple(tags)


def _crf_type(sentence: Sentence, syllables: Syllables, start: int, end: int) -> EntityType:
    tags = _crf_types(" ".join(syllables.text))
    votes = [t for t in tags[start:end] if t in ("PER", "ORG", "LOC")]
    if votes:
        return max(set(votes), key=votes.count)  # type: ignore[return-value]
    return "MISC"


class _Scanner:
    """Walks one sentence's syllables left to right, emitting mentions."""

    def __init__(self, sentence: Sentence, gazetteer: Gazetteer) -> None:
        self.sentence = sentence
        self.syl = Syllables.of(sentence.words)
        self.gazetteer = gazetteer
        self.gaz = {m.start: m for m in gazetteer.find(self.syl.text)}
        self.mentions: list[Mention] = []

    def emit(self, start: int, end: int, type_: EntityType, canonical: str | None = None) -> None:
        text = " ".join(self.syl.text[start:end]).strip(",.;:")
        if text:
            self.mentions.append(
                Mention(text=text, type=type_, sentence=self.sentence.index, canonical=canonical)
            )

    def name_run(self, i: int) -> int:
        end = i
        while end < len(self.syl.text) and end not in self.gaz:
            if self.syl.is_name_syllable(end) and (end == i or not self._is_head(end)):
                end += 1
            elif (
                self.syl.keys[end] in _NAME_PARTICLES or "-" in self.syl.text[end]
            ) and end + 1 < len(self.syl.text) and is_capitalised(self.syl.text[end + 1]):
                end += 1
            else:
                break
        return end

    def _is_head(self, i: int) -> bool:
        return self.syl.phrase_at(i, TITLES) > i or self.syl.phrase_at(i, ORG_HEADS) > i

    def org_name(self, head_end: int) -> int:
        """End of an organisation's name after its head ("Bộ" + "Ngoại giao Niger").

        A gazetteer organisation right after the head is the name itself ("hãng Reuters"),
        and a gazetteer name closes the organisation: what follows is someone's name
        ("Chủ tịch Ủy ban ECOWAS Omar Alieu Touray").
        """
        if head_end in self.gaz and self.gaz[head_end].entry.type != "LOC":
            return head_end
        end = head_end
        while end < len(self.syl.text):
            if end in self.gaz:
                return self.gaz[end].end
            if is_capitalised(self.syl.text[end]) or self.syl.continues_word[end]:
                end += 1
            else:
                break
        return end

    def gazetteer_mention(self, i: int, entry: GazetteerEntry, end: int) -> None:
        capital_of = entry.capital_of
        if capital_of and not any(
            self.syl.phrase_at(j, LOCATIVES) == i for j in range(max(0, i - 2), i)
        ):
            # "Washington cũng đồng ý": a capital standing for its government
            self.emit(i, end, entry.type, canonical=capital_of)
        else:
            self.emit(i, end, entry.type, canonical=entry.canonical)

    def run(self) -> list[Mention]:
        syl, n = self.syl, len(self.syl.text)
        titled = False  # a title precedes, across qualifiers ("Ngoại trưởng Mỹ Antony Blinken")
        cue: EntityType | None = None
        i = 0
        while i < n:
            if i in self.gaz:
                match = self.gaz[i]
                if not (match.end - match.start == 1 and i > 0 and syl.is_name_syllable(i - 1)):
                    self.gazetteer_mention(i, match.entry, match.end)
                    i = match.end
                    continue
            title_end = syl.phrase_at(i, TITLES)
            head_end = syl.phrase_at(i, ORG_HEADS) if is_capitalised(syl.text[i]) else i
            if head_end > max(i, title_end):
                end = self.org_name(head_end)
                if end > head_end:
                    self.emit(i, end, "ORG")
                    i, cue = end, None
                    continue
            if title_end > i:
                titled, cue, i = True, None, title_end
                continue
            if syl.continues_word[i]:
                i += 1  # rest of a capitalised qualifier ("Thứ trưởng Ngoại giao Kurt Campbell")
                continue
            if not is_capitalised(syl.text[i]):
                for lexicon, kind in ((ORG_CUES, "ORG"), (LOC_CUES, "LOC")):
                    if (cue_end := syl.phrase_at(i, lexicon)) > i:
                        cue = kind  # type: ignore[assignment]
                        i = cue_end
                        break
                else:
                    titled, cue = False, None
                    i += 1
                continue
            if not syl.is_name_syllable(i):
                i += 1  # a capitalised common word: a qualifier, keeps the title context
                continue
            end = self.name_run(i)
            self.emit(i, end, self.type_of(i, end, titled, cue))
            titled, cue, i = False, None, end
        return self.mentions

    def type_of(self, start: int, end: int, titled: bool, cue: EntityType | None) -> EntityType:
        words = self.syl.text[start:end]
        if titled:
            return "PER"
        if cue is not None:
            return cue
        if len(words) == 1 and is_acronym(words[0]):
            return "ORG"
        if self.syl.keys[start] in SURNAMES and 2 <= len(words) <= 4:
            return "PER"
        return _crf_type(self.sentence, self.syl, start, end)


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
    for first, second in zip(linked, linked[1:], strict=False):
        acronym = second.text
        if not is_acronym(acronym) or first.sentence != second.sentence:
            continue
        if f"{first.text} ({acronym})" in by_sentence.get(first.sentence, ""):
            canonical = second.canonical or first.canonical or acronym
            for k, m in enumerate(linked):
                if m in (first, second):
                    linked[k] = m.model_copy(update={"canonical": canonical, "type": first.type})
    return linked


def extract_mentions(
    sentences: Sequence[Sentence], gazetteer: Gazetteer | None = None
) -> tuple[Mention, ...]:
    gazetteer = gazetteer or default_gazetteer()
    mentions: list[Mention] = []
    for sentence in sentences:
        mentions.extend(_Scanner(sentence, gazetteer).run())
    return tuple(_link_mentions(mentions, sentences))


class EntityComponent:
    """Assigns ``mentions``: people, organisations, places and other names."""

    name: ClassVar[str] = "facts.entities"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("sentences",)
    assigns: ClassVar[tuple[str, ...]] = ("mentions",)

    def __call__(self, article: AnalysedArticle) -> AnalysedArticle:
        return article.model_copy(update={"mentions": extract_mentions(article.sentences)})
