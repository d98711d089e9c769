"""The multi-document summary of a story: the sentences that cover its key word bigrams.

Each sentence of each article gets a feature row (``sentence_features``): position in its
article, centrality in the story, how many independent sources say the same, similarity to the
titles, and its form. A logistic model turns it into the chance that an editor keeps the
sentence. Each word bigram of the story (a concept, ``concepts``) then gets a weight: the
chance, from a second logistic model, that the editor's summary writes it — high for bigrams
many sources write early, in leads and titles, in well-scored sentences. Both models are trained
on AbMuSu train (``scripts/train_summariser.py``, shipped as ``data/summariser.json``).

The summary is the set of eligible sentences covering the most concept weight within the word
budget, each concept counted once (``concept_selection``), so a restatement adds nothing; near
restatements are also never taken together, and one article's lead is always included — the
opening of a news article says what happened. Chosen sentences are shown in story order.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import numpy as np

from ..errors import ConfigError, check_range
from ..models import AnalysedArticle, SummarySentence
from .concept_selection import cover_concepts
from .concepts import story_concepts
from .sentence_features import FEATURE_NAMES, Candidate, story_sentences
from .summary_model import SummaryModel, shipped_model

# A sentence ends in final punctuation, possibly followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…;][\"'”’»)\]]*\s*$")
# “...” or "..." with nothing outside the marks but final punctuation: no speaker, no context.
_BARE_QUOTE = re.compile(r'^[“"«][^“”"«»]*[”"»][.!?…]*$')


def display_words(text: str) -> int:
    """Words as a reader counts them: whitespace-separated tokens of the display text."""
    return len(text.split())


class Summariser:
    """Picks a story's summary sentences: ``Summariser()(articles, max_words) -> sentences``.

    A sentence more similar than ``max_similarity`` (TF-IDF cosine) to a chosen one is a
    restatement and never taken with it; ``min_words`` keeps fragments and subheadings out;
    ``include_lead`` makes one article's opening sentence part of every summary it fits in.
    """

    def __init__(
        self,
        max_similarity: float = 0.7,
        min_words: int = 6,
        include_lead: bool = True,
        model: SummaryModel | None = None,
    ) -> None:
        check_range("Summariser", "max_similarity", max_similarity, 0.0, 1.0)
        check_range("Summariser", "min_words", min_words, 1, 1000, kind=int)
        if not isinstance(include_lead, bool):
            raise ConfigError(f"'include_lead' of Summariser must be a bool; got {include_lead!r}")
        self.max_similarity = max_similarity
        self.min_words = min_words
        self.include_lead = include_lead
        self.model = model

    def eligible(self, candidates: Sequence[Candidate], caption_column: np.ndarray) -> np.ndarray:
        """Sentences a summary may use: whole sentences long enough to stand alone.

        Out: fragments and subheadings (too short, or no sentence-final punctuation), photo
        credits, questions, and quotations with nobody outside the quote marks to say them.
        """
        text_ok = [
            display_words(c.sentence.text) >= self.min_words
            and bool(_SENTENCE_END.search(c.sentence.text))
            and not c.sentence.text.rstrip().endswith("?")
            and not _BARE_QUOTE.match(c.sentence.text.strip())
            for c in candidates
        ]
        return np.asarray(text_ok, dtype=bool) & (caption_column == 0)

    def __call__(
        self,
        articles: Sequence[AnalysedArticle],
        max_words: int = 120,
        duplicate_of: Mapping[str, str] | None = None,
    ) -> list[SummarySentence]:
        check_range("summarise", "max_words", max_words, 1, 100_000, kind=int)
        story = story_sentences(articles, duplicate_of)
        if not story.candidates:
            return []
        model = self.model or shipped_model()
        concepts = story_concepts(articles, story, model.sentence(story.features), duplicate_of)
        captions = story.features[:, FEATURE_NAMES.index("is_caption")]
        leads = np.asarray([c.sentence.index == 0 for c in story.candidates])
        chosen = cover_concepts(
            concepts.incidence,
            model.concept(concepts.features),
            np.asarray([display_words(c.sentence.text) for c in story.candidates]),
            budget=max_words,
            allowed=self.eligible(story.candidates, captions),
            exclusive=story.similarity > self.max_similarity,
            at_least_one_of=leads if self.include_lead else None,
        )
        return [
            SummarySentence(
                text=story.candidates[i].sentence.text,
                article_id=articles[story.candidates[i].article].id,
                sentence=story.candidates[i].sentence.index,
            )
            for i in sorted(chosen, key=lambda i: story_order(articles, story.candidates[i]))
        ]


def story_order(articles: Sequence[AnalysedArticle], candidate: Candidate) -> tuple[str, int, int]:
    """Chronological by publication when known (undated articles last), then source position."""
    published = articles[candidate.article].published or "9999"
    return (published, candidate.article, candidate.sentence.index)


def summarise(
    articles: Sequence[AnalysedArticle],
    max_words: int = 120,
    duplicate_of: Mapping[str, str] | None = None,
) -> list[SummarySentence]:
    """The summary of one story at most ``max_words`` words, each sentence attributed."""
    return Summariser()(articles, max_words=max_words, duplicate_of=duplicate_of)
