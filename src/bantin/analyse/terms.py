"""The term vector of one article: counts of content words, stopwords and punctuation removed.

Counts, not TF-IDF weights: document frequencies are cross-article state, so weighting belongs
to the grouper, which keeps them incrementally.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import ClassVar

import stopwordsiso

from ..models import AnalysedArticle
from .segment import segment_words


@lru_cache(maxsize=1)
def vietnamese_stopwords() -> frozenset[str]:
    """stopwords-iso's Vietnamese list in segmented form ("bởi vì" -> "bởi_vì")."""
    return frozenset(w.lower().replace(" ", "_") for w in stopwordsiso.stopwords("vi"))


def content_words(words: Iterable[str]) -> list[str]:
    """Lower-cased words that carry content: no punctuation, no stopwords."""
    return [key for word in words if (key := content_key(word)) is not None]


# A few tens of thousands of words make up the news: each is judged once; the bound keeps a
# long run's memory flat.
@lru_cache(maxsize=32768)
def content_key(word: str) -> str | None:
    """The word lower-cased, or None for punctuation and stopwords."""
    lowered = word.lower()
    if not any(ch.isalnum() for ch in lowered) or lowered in vietnamese_stopwords():
        return None
    return lowered


class TermCounter:
    """Assigns ``terms`` (body counts) and ``title_words`` (the title's content words)."""

    name: ClassVar[str] = "terms"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("sentences",)
    assigns: ClassVar[tuple[str, ...]] = ("terms", "title_words")

    def __call__(self, article: AnalysedArticle) -> AnalysedArticle:
        counts: Counter[str] = Counter()
        for sentence in article.sentences:
            counts.update(content_words(sentence.words))
        title_words = tuple(content_words(segment_words(article.title or "")))
        return article.model_copy(
            update={"terms": dict(sorted(counts.items())), "title_words": title_words}
        )
