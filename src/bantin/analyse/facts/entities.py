"""Named entities of one article: gazetteer first, then capitalisation and context rules.

Rules type a capitalised run from what surrounds it: a title makes it a person ("Thiếu tướng
Pat Ryder"), a head an organisation ("Bộ Ngoại giao Niger"), a place word a place ("tỉnh
Quảng Nam"), a work or event word something else ("phim", "Tết"), a Vietnamese surname a
person, a company suffix a company ("Leeds United"); camel-case words and a brand with a
model number are products ("iPad 2", "Boeing 787"); in a football story a province's name
is its club. underthesea's CRF ``ner`` mistypes common cases ("Niger" as a person,
"Thiếu tướng Pat Ryder" as a place) and costs ~150 ms an article, so names no rule explains
get a guess from their shape unless ``use_crf`` is set; within an article a guess yields to
the type a rule gave the same name, and a lone word nothing explains is dropped. The walk
over a sentence is ``scanner``'s; where a name ends is ``spans``' and ``org_spans``'.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from ...models import AnalysedArticle, Mention, Sentence
from .acronyms import COMMON_ACRONYMS, PEOPLE_ABBREVIATIONS, defined_common_acronyms
from .bylines import bylines_of, is_sports
from .context import types_by_context
from .gazetteer import Gazetteer, default_gazetteer
from .kinds import is_designation
from .lexicon import fold
from .linking import consistent_types, link_mentions, pronoun_places, split_officers
from .scanner import SentenceScanner


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
        scanner = SentenceScanner(sentence, gazetteer, use_crf, sports)
        found, guesses = types_by_context(
            scanner.syl, scanner.run(), scanner.spans, scanner.guessed
        )
        mentions.extend(map(_without_common_opening, found))
        guessed.extend(k in guesses for k in range(len(found)))
    linked = link_mentions(consistent_types(mentions, guessed), sentences)
    pronouns = pronoun_places(linked, sentences)
    common = COMMON_ACRONYMS | defined_common_acronyms(sentences)
    # one word nothing explains is a fragment or a common noun ("Mafia", "Giá" opening a
    # run-in headline) more often than a name
    kept = [
        m
        for m, guess, pronoun in zip(linked, guessed, pronouns, strict=True)
        if not (guess and m.type == "MISC" and " " not in m.text)
        and not (_one_letter(m.text) and not _initial_of_person(m))
        and not pronoun
        and fold(m.text) not in common
    ]
    return tuple(split_officers(kept))


def _without_common_opening(mention: Mention) -> Mention:
    """ "CĐV Arsenal": the abbreviation of a noun for people opening a name is no part of it
    (the club's fans); "CSGT Ngọc Hồi", "VIP Lounge" keep theirs."""
    first, _, rest = mention.text.partition(" ")
    people = fold(first) in PEOPLE_ABBREVIATIONS
    return mention.model_copy(update={"text": rest}) if rest and people else mention


def _one_letter(text: str) -> bool:
    """ "P. 11", "A": an abbreviation, not a name ("Ý" is Italy); "F-35", "S-400" are
    models, as are "F -35", "S -400" the way VietNews spaces them."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) == 1 and letters[0].isascii() and not is_designation(text.replace(" ", ""))


def _initial_of_person(mention: Mention) -> bool:
    """ "ông N.", "chị H.": a person the article names by an initial only."""
    return mention.type == "PER" and mention.title is not None and mention.text.endswith(".")


class EntityComponent:
    """Assigns ``mentions``: people, organisations, places and other names.

    ``use_crf=True`` asks underthesea's CRF for the type of names no rule explains; it costs
    ~150 ms an article and lowered precision on the dev and held-out sets (also when asked
    only about foreign names the shape calls persons, or only about Vietnamese ones), so it
    is off by default.
    """

    name: ClassVar[str] = "facts.entities"
    version: ClassVar[str] = "110"
    requires: ClassVar[tuple[str, ...]] = ("sentences",)
    assigns: ClassVar[tuple[str, ...]] = ("mentions",)

    def __init__(self, use_crf: bool = False) -> None:
        self.use_crf = use_crf

    def __call__(self, article: AnalysedArticle) -> AnalysedArticle:
        mentions = extract_mentions(article.sentences, use_crf=self.use_crf)
        return article.model_copy(update={"mentions": mentions})
