"""The multi-document summary of a story: scored sentences, chosen without repetition.

Each sentence of each article gets a feature row (``sentence_features``): position in its
article, centrality in the story, how many independent sources say the same, similarity to the
titles, and its form (length, caption credit, question, quote). A logistic model trained on
AbMuSu train (``scripts/train_summariser.py``, shipped as ``data/summariser.json``) turns the
row into the chance that an editor's summary keeps the sentence. Sentences are then taken by
maximal marginal relevance — the score minus a penalty for resembling what is already chosen —
until the word budget is spent, and shown in story order.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from ..errors import ConfigError, check_range
from ..models import AnalysedArticle, SummarySentence
from .sentence_features import FEATURE_NAMES, Candidate, story_sentences

SCORER_RESOURCE = "summariser.json"

# A sentence ends in final punctuation, possibly followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…;][\"'”’»)\]]*\s*$")
# “...” or "..." with nothing outside the marks but final punctuation: no speaker, no context.
_BARE_QUOTE = re.compile(r'^[“"«][^“”"«»]*[”"»][.!?…]*$')


class SentenceScorer:
    """A standardised logistic regression over ``FEATURE_NAMES``, stored as plain JSON."""

    def __init__(
        self,
        coef: Sequence[float],
        intercept: float,
        mean: Sequence[float],
        scale: Sequence[float],
        feature_names: Sequence[str] = FEATURE_NAMES,
    ) -> None:
        if tuple(feature_names) != FEATURE_NAMES:
            raise ConfigError(
                "the summariser model was trained on other sentence features: "
                "retrain it with scripts/train_summariser.py"
            )
        self.coef_ = np.asarray(coef, dtype=float)
        self.intercept_ = float(intercept)
        self.mean_ = np.asarray(mean, dtype=float)
        self.scale_ = np.asarray(scale, dtype=float)

    def __call__(self, features: np.ndarray) -> np.ndarray:
        """Probability that each row's sentence belongs in the summary."""
        logits = ((features - self.mean_) / self.scale_) @ self.coef_ + self.intercept_
        return np.asarray(1.0 / (1.0 + np.exp(-logits)))

    def to_json(self) -> dict[str, object]:
        return {
            "model": "logistic_regression",
            "feature_names": list(FEATURE_NAMES),
            "coef": self.coef_.tolist(),
            "intercept": self.intercept_,
            "mean": self.mean_.tolist(),
            "scale": self.scale_.tolist(),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> SentenceScorer:
        return cls(
            coef=data["coef"],  # type: ignore[arg-type]
            intercept=data["intercept"],  # type: ignore[arg-type]
            mean=data["mean"],  # type: ignore[arg-type]
            scale=data["scale"],  # type: ignore[arg-type]
            feature_names=data["feature_names"],  # type: ignore[arg-type]
        )

    @classmethod
    def load(cls, path: str | Path | None = None) -> SentenceScorer:
        """The model at ``path``, or the one shipped with the package."""
        if path is None:
            text = resources.files("bantin.data").joinpath(SCORER_RESOURCE).read_text("utf-8")
        else:
            text = Path(path).read_text(encoding="utf-8")
        return cls.from_json(json.loads(text))


@lru_cache(maxsize=1)
def shipped_scorer() -> SentenceScorer:
    return SentenceScorer.load()


def display_words(text: str) -> int:
    """Words as a reader counts them: whitespace-separated tokens of the display text."""
    return len(text.split())


class Summariser:
    """Picks a story's summary sentences: ``Summariser()(articles, max_words) -> sentences``.

    ``redundancy`` weighs the MMR penalty (0 = ignore overlap, 1 = only avoid overlap);
    a sentence more similar than ``max_similarity`` (TF-IDF cosine) to a chosen one is a
    restatement and never taken; ``min_words`` keeps fragments and subheadings out; sentences
    the model gives less than ``min_score`` are never used, even when budget is left.
    """

    def __init__(
        self,
        redundancy: float = 0.2,
        max_similarity: float = 0.7,
        min_words: int = 6,
        min_score: float = 0.02,
        scorer: SentenceScorer | None = None,
    ) -> None:
        check_range("Summariser", "redundancy", redundancy, 0.0, 1.0)
        check_range("Summariser", "max_similarity", max_similarity, 0.0, 1.0)
        check_range("Summariser", "min_words", min_words, 1, 1000, kind=int)
        check_range("Summariser", "min_score", min_score, 0.0, 1.0)
        self.redundancy = redundancy
        self.max_similarity = max_similarity
        self.min_words = min_words
        self.min_score = min_score
        self.scorer = scorer

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
        scorer = self.scorer or shipped_scorer()
        scores = scorer(story.features)
        lengths = np.asarray([display_words(c.sentence.text) for c in story.candidates])
        captions = story.features[:, FEATURE_NAMES.index("is_caption")]
        open_ = self.eligible(story.candidates, captions)
        open_ &= scores >= self.min_score
        similarity = (story.vectors @ story.vectors.T).toarray()
        overlap = np.zeros(len(story.candidates))
        chosen: list[int] = []
        budget = max_words
        while True:
            fits = open_ & (lengths <= budget)
            if not fits.any():
                break
            gain = (1 - self.redundancy) * scores - self.redundancy * overlap
            best = int(np.argmax(np.where(fits, gain, -np.inf)))
            chosen.append(best)
            budget -= int(lengths[best])
            open_[best] = False
            open_ &= similarity[best] <= self.max_similarity
            overlap = np.maximum(overlap, similarity[best])
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
