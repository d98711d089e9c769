"""Sparse term vectors for grouping: running document frequencies, TF-IDF, cosine.

Weights use the document frequencies known when an article arrives, and a story's centroid
keeps the weighted vectors of its articles as they were: the past is never re-weighted, which
is what makes grouping incremental.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import TypeVar

from ..models import AnalysedArticle

K = TypeVar("K", str, int)

SparseVector = dict[str, float]
_DIGIT = re.compile(r"\d")


class DocumentFrequencies:
    """How many articles seen so far contain each term (title and body words together)."""

    def __init__(self, counts: Mapping[str, int] | None = None, documents: int = 0) -> None:
        self.counts: Counter[str] = Counter(counts or {})
        self.documents = documents

    def add(self, terms: Iterable[str]) -> None:
        self.counts.update(set(terms))
        self.documents += 1

    def idf(self, term: str) -> float:
        """Smoothed IDF (scikit-learn's formula), so a term seen once still weighs > 0."""
        return math.log((1 + self.documents) / (1 + self.counts.get(term, 0))) + 1.0


def tfidf(counts: Mapping[str, float], frequencies: DocumentFrequencies) -> SparseVector:
    """Sublinear TF times IDF, L2-normalised; empty counts give an empty vector."""
    # ``frequencies.idf`` inlined: this runs for every term of every article.
    log, seen, documents = math.log, frequencies.counts.get, 1 + frequencies.documents
    weights = {
        term: (1.0 + log(count)) * (log(documents / (1 + seen(term, 0))) + 1.0)
        for term, count in counts.items()
        if count > 0
    }
    return normalised(weights)


def normalised(vector: Mapping[str, float]) -> SparseVector:
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {t: w / norm for t, w in vector.items()} if norm else {}


def dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    # Only shared terms add anything; skipping the rest leaves the sum exactly the same.
    return sum((w * b[t] for t, w in a.items() if t in b), 0.0)


def norm(vector: Mapping[str, float]) -> float:
    return math.sqrt(sum(w * w for w in vector.values()))


def add_into(total: SparseVector, vector: Mapping[str, float]) -> None:
    for term, weight in vector.items():
        total[term] = total.get(term, 0.0) + weight


def top_keys(vector: Mapping[K, float], k: int) -> list[K]:
    """The ``k`` keys of heaviest weight, ties broken by the key so results are deterministic."""
    items: Iterable[tuple[K, float]] = vector.items()
    if len(vector) > k:
        # Only weights reaching the k-th largest can be among the k. Sorting bare floats is
        # C-fast; ranking every (key, weight) pair by a Python key is not (2x measured).
        kth = sorted(vector.values(), reverse=True)[k - 1]
        items = [(key, w) for key, w in items if w >= kth]
    return [key for key, _ in sorted(items, key=lambda kw: (-kw[1], kw[0]))[:k]]


def pruned(vector: Mapping[str, float], k: int) -> SparseVector:
    """Only the ``k`` heaviest terms: bounds a vector's size however big its story grows."""
    if len(vector) <= k:
        return dict(vector)
    return {t: vector[t] for t in top_keys(vector, k)}


def entity_counts(article: AnalysedArticle) -> Counter[str]:
    """Named entities of an article, as lower-cased keys.

    Uses the recognised ``mentions`` when the facts component filled them; otherwise falls back
    on proper-noun-looking words (capitalised, not opening a sentence), which in Vietnamese news
    are almost always names of people, places or organisations.
    """
    if article.mentions:
        return Counter((m.canonical or m.text).lower() for m in article.mentions)
    return Counter(
        word.lower()
        for sentence in article.sentences
        for word in sentence.words[1:]
        if word[:1].isupper()
    )


def number_counts(article: AnalysedArticle) -> Counter[str]:
    """Numbers and dates written in the body ("1.000", "24/8"): specific to one event."""
    if article.numbers:
        return Counter(f"{n.value:g}" for n in article.numbers)
    return Counter({term: count for term, count in article.terms.items() if _DIGIT.search(term)})


def day_number(published: str | None) -> float | None:
    """Days since 0001-01-01 (fractional) of an ISO date or datetime; None when unreadable."""
    if not published:
        return None
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        try:
            moment = datetime.combine(date.fromisoformat(published[:10]), datetime.min.time())
        except ValueError:
            return None
    return moment.toordinal() + (moment.hour * 3600 + moment.minute * 60 + moment.second) / 86400
