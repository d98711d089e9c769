"""Syllable vectors: the grouper's view of an article below its segmented words.

Word segmentation splits one kind of event into different words: "đuối_nước" (drowning) and
"chết_đuối" (drowned) share no word but share the syllable "đuối". So the pair scorer also
compares the syllables of an article's content words with the story's; it helps most where a
story gathers several events of one kind (AbMuSu's topic-like clusters).

Syllables are weighted by how many articles of a background news corpus (VietNews) contain
them, counted once by ``scripts/train_syllables.py`` and shipped as ``data/syllables.json``: a
fixed weighting adds no grouper state and weighs the first article of a run like the last.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..logistic import read_model_json
from ..models import AnalysedArticle
from .vectors import SparseVector, normalised, pruned

SYLLABLES_RESOURCE = "syllables.json"
_DIGIT = re.compile(r"\d")


def article_syllables(article: AnalysedArticle) -> dict[str, float]:
    """Syllable counts of an article's body terms and title words.

    Words with a digit are left out: a number names one event, not a kind of event, and has a
    feature of its own."""
    counts: dict[str, float] = {}
    weighted = [*article.terms.items(), *((word, 1.0) for word in article.title_words)]
    for word, count in weighted:
        if not _DIGIT.search(word):
            for syllable in word.split("_"):
                counts[syllable] = counts.get(syllable, 0.0) + count
    return counts


class SyllableFrequencies:
    """How many of ``documents`` background articles contain each syllable."""

    def __init__(self, counts: Mapping[str, int], documents: int) -> None:
        if documents < 1 or any(not 0 < count <= documents for count in counts.values()):
            raise ConfigError(
                f"syllable counts must lie in [1, documents={documents}] with documents >= 1: "
                f"retrain them with scripts/train_syllables.py"
            )
        self.counts = dict(counts)
        self.documents = documents
        # Smoothed IDF (scikit-learn's formula); an unseen syllable weighs as one seen never.
        self._idf = {s: math.log((1 + documents) / (1 + c)) + 1.0 for s, c in counts.items()}
        self._unseen_idf = math.log(1 + documents) + 1.0

    @classmethod
    def count(
        cls, articles: Iterable[AnalysedArticle], min_documents: int = 1
    ) -> SyllableFrequencies:
        """Document frequencies of the syllables of ``articles``; syllables in fewer than
        ``min_documents`` are dropped (they weigh as unseen ones)."""
        counts: Counter[str] = Counter()
        documents = 0
        for article in articles:
            counts.update(article_syllables(article).keys())
            documents += 1
        kept = {s: c for s, c in sorted(counts.items()) if c >= min_documents}
        return cls(kept, documents)

    def vector(self, counts: Mapping[str, float], keep: int) -> SparseVector:
        """Sublinear TF times IDF of the ``keep`` heaviest syllables, L2-normalised."""
        idf, unseen = self._idf, self._unseen_idf
        weights = {s: (1.0 + math.log(c)) * idf.get(s, unseen) for s, c in counts.items() if c > 0}
        return normalised(pruned(weights, keep))

    def to_json(self) -> dict[str, Any]:
        return {"documents": self.documents, "counts": self.counts}

    @classmethod
    def load(cls, path: str | Path | None = None) -> SyllableFrequencies:
        """The counts at ``path``, or the ones shipped with the package."""
        data = read_model_json(SYLLABLES_RESOURCE, path)
        return cls(data["counts"], data["documents"])


@lru_cache(maxsize=1)
def shipped_syllables() -> SyllableFrequencies:
    return SyllableFrequencies.load()
