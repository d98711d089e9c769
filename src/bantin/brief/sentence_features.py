"""What the summariser knows about each sentence of a story: position, support, form.

Every candidate sentence of a story gets one feature row. Similarities use TF-IDF vectors of
content words fitted on the story's own sentences (no corpus statistics to ship). Support only
counts *independent* sources: articles that copy another (``duplicate_of``) are folded into the
article they copy, so a wire story reprinted five times is not five confirmations.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

import numpy as np
from scipy import sparse

from ..analyse.terms import content_words
from ..models import AnalysedArticle, Sentence
from .tfidf import story_tfidf

FEATURE_NAMES: tuple[str, ...] = (
    "is_first",
    "inverse_position",
    "relative_position",
    "inverse_paragraph",
    "length",
    "is_short",
    "is_long",
    "centroid_similarity",
    "centroid_rank",
    "article_similarity",
    "degree",
    "support_max",
    "support_mean",
    "support_sources",
    "bigram_support",
    "title_similarity",
    "titles_similarity",
    "has_number",
    "has_date",
    "has_quote",
    "starts_with_quote",
    "ends_with_stop",
    "is_caption",
    "is_question",
    "sources",
    "article_length",
    "bigram_frequency",
)
# Scores that only mean something next to the story's other sentences: each also enters
# divided by its story maximum, so "the most central sentence here" reads the same in a
# tight two-article story and a loose five-article one.
RELATIVE_FEATURES: tuple[str, ...] = (
    "centroid_similarity",
    "article_similarity",
    "degree",
    "support_max",
    "support_mean",
    "bigram_support",
    "title_similarity",
    "titles_similarity",
    "length",
)
FEATURE_NAMES += tuple(f"{name}_relative" for name in RELATIVE_FEATURES)

# Two sentences this similar say the same thing; used to count which sources confirm a sentence.
SUPPORT_SIMILARITY = 0.35

_DATE = re.compile(r"\b\d{1,2}\s*[/-]\s*\d{1,2}\b|\b(?:ngày|tháng|năm)\s+\d", re.IGNORECASE)
_QUOTE_MARKS = '“”"«»'
_STOP = (".", "!", "?", "…", '."', ".”", "!”", "?”", ')"', ".)")
# Credits of photos and clips ("Ảnh: AFP", "(Ảnh: TTXVN)", "Nguồn: ..."): captions, not story text.
_CAPTION = re.compile(r"(?:^|[\s(\[-])(?:ảnh|nguồn|video|clip|đồ họa)\s*(?:minh họa)?\s*:", re.I)
_LONG_SENTENCE = 60
# Sentences compared per story: similarities are a dense square, so a story of thousands of
# articles would need gigabytes. Past this, the earliest sentences of every article stay:
# leads first, then second sentences... (no evaluation story comes near it).
MAX_CANDIDATES = 2_000


class Candidate(NamedTuple):
    """One sentence of one article of the story."""

    article: int
    """Position of the article in the ``articles`` given to :func:`story_sentences`."""
    sentence: Sentence


class StorySentences(NamedTuple):
    candidates: list[Candidate]
    features: np.ndarray
    """One row per candidate, columns in ``FEATURE_NAMES`` order."""
    vectors: sparse.csr_matrix
    """L2-normalised TF-IDF vectors of the candidates."""
    similarity: np.ndarray
    """Cosine similarity of each pair of candidates (0 on the diagonal), for redundancy checks."""


def source_groups(
    articles: Sequence[AnalysedArticle], duplicate_of: Mapping[str, str] | None
) -> list[int]:
    """For each article, the index of the independent source it belongs to."""
    duplicate_of = duplicate_of or {}
    roots: dict[str, int] = {}
    groups = []
    for article in articles:
        root, seen = article.id, [article.id]
        while root in duplicate_of:
            root = duplicate_of[root]
            if root in seen:  # a cycle: name it by its smallest id, whichever end we start
                root = min(seen[seen.index(root) :])
                break
            seen.append(root)
        groups.append(roots.setdefault(root, len(roots)))
    return groups


# The news is written in a few tens of thousands of words, each read in many sentences: each
# is judged once; the bound keeps a long run's memory flat.
@lru_cache(maxsize=32768)
def word_form(word: str) -> tuple[str, bool] | None:
    """The word lower-cased and whether it is capitalised, or None for punctuation."""
    if not any(map(str.isalnum, word)):
        return None
    return word.lower(), word[:1].isupper()


def lower_words(sentence: Sentence) -> list[str]:
    """The sentence's words lower-cased, punctuation dropped: the unit ROUGE counts."""
    return [form[0] for form in map(word_form, sentence.words) if form is not None]


def _form_features(n_words: int) -> list[float]:
    return [
        min(n_words, _LONG_SENTENCE) / _LONG_SENTENCE,
        float(n_words < 8),
        float(n_words > _LONG_SENTENCE),
    ]


def _text_features(text: str) -> list[float]:
    stripped = text.rstrip()
    return [
        float(any(map(str.isdigit, text))),
        float(bool(_DATE.search(text))),
        float(any(mark in text for mark in _QUOTE_MARKS)),
        float(text[:1] in _QUOTE_MARKS or text.startswith("-")),
        float(stripped.endswith(_STOP)),
        float(bool(_CAPTION.search(text))),
        float(stripped.endswith("?")),
    ]


def _support(
    similarity: np.ndarray, groups: np.ndarray, n_groups: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per sentence: best match in another source, mean best match, share of sources agreeing."""
    n = similarity.shape[0]
    if n_groups < 2:
        zeros = np.zeros(n)
        return zeros, zeros, zeros
    best = np.zeros((n, n_groups))
    for group in range(n_groups):
        members = groups == group
        best[:, group] = similarity[:, members].max(axis=1)
    own = groups[:, None] == np.arange(n_groups)[None, :]
    best[own] = np.nan
    others = n_groups - 1
    support_max = np.nanmax(best, axis=1)
    support_mean = np.nansum(best, axis=1) / others
    support_sources = np.nansum(best >= SUPPORT_SIMILARITY, axis=1) / others
    return support_max, support_mean, support_sources


def _bigram_frequency(bigrams: list[set[tuple[str, str]]], articles: np.ndarray) -> np.ndarray:
    """Mean share of the story's articles that write each of a sentence's word bigrams."""
    by_article: dict[int, set[tuple[str, str]]] = {}
    for article, grams in zip(articles.tolist(), bigrams, strict=True):
        by_article.setdefault(article, set()).update(grams)
    counts: dict[tuple[str, str], int] = {}
    for grams in by_article.values():
        for gram in grams:
            counts[gram] = counts.get(gram, 0) + 1
    n = len(by_article)
    return np.asarray(
        [sum(counts[g] for g in grams) / (len(grams) * n) if grams else 0.0 for grams in bigrams]
    )


def _bigram_support(bigrams: list[set[tuple[str, str]]], groups: np.ndarray) -> np.ndarray:
    """Share of a sentence's word bigrams that some other source also writes."""
    by_group: dict[int, set[tuple[str, str]]] = {}
    for group, grams in zip(groups.tolist(), bigrams, strict=True):
        by_group.setdefault(group, set()).update(grams)
    if len(by_group) < 2:
        return np.zeros(len(bigrams))
    elsewhere = {
        group: set().union(*(g for k, g in by_group.items() if k != group)) for group in by_group
    }
    return np.asarray(
        [
            len(grams & elsewhere[group]) / len(grams) if grams else 0.0
            for group, grams in zip(groups.tolist(), bigrams, strict=True)
        ]
    )


def story_sentences(
    articles: Sequence[AnalysedArticle], duplicate_of: Mapping[str, str] | None = None
) -> StorySentences:
    """Candidates and their feature rows for one story."""
    readable = [
        (Candidate(i, sentence), lowered)
        for i, article in enumerate(articles)
        for sentence in article.sentences
        if (lowered := lower_words(sentence))
    ]
    if len(readable) > MAX_CANDIDATES:
        earliest = sorted(readable, key=lambda c: (c[0].sentence.index, c[0].article))
        kept = {c for c, _ in earliest[:MAX_CANDIDATES]}
        readable = [(c, w) for c, w in readable if c in kept]
    candidates = [c for c, _ in readable]
    words = [w for _, w in readable]
    n = len(candidates)
    if n == 0:
        return StorySentences(
            [], np.zeros((0, len(FEATURE_NAMES))), sparse.csr_matrix((0, 0)), np.zeros((0, 0))
        )
    article_groups = source_groups(articles, duplicate_of)
    # Sources numbered among those that have sentences at all (an empty article confirms nothing).
    _, groups = np.unique([article_groups[c.article] for c in candidates], return_inverse=True)
    n_groups = int(groups.max()) + 1

    tokens = [content_words(c.sentence.words) or w for c, w in readable]
    vectors, titles = story_tfidf(
        tokens,
        [
            list(a.title_words) or content_words(a.title.split() if a.title else [])
            for a in articles
        ],
    )
    similarity = (vectors @ vectors.T).toarray()
    np.fill_diagonal(similarity, 0.0)

    # The story centroid averages sources, not sentences, so a long or copied article
    # does not pull the centre towards itself.
    article_of = np.asarray([c.article for c in candidates])
    article_centroids = np.vstack(
        [
            np.asarray(vectors[article_of == i].mean(axis=0))
            if (article_of == i).any()
            else np.zeros((1, vectors.shape[1]))
            for i in range(len(articles))
        ]
    )
    group_centroids = np.vstack(
        [
            article_centroids[np.unique(article_of[groups == group])].mean(axis=0)
            for group in range(n_groups)
        ]
    )
    centroid = group_centroids.mean(axis=0)
    centroid /= np.linalg.norm(centroid) or 1.0
    centroid_similarity = vectors @ centroid
    order = np.argsort(-centroid_similarity, kind="stable")
    centroid_rank = np.empty(n)
    centroid_rank[order] = 1.0 / (1.0 + np.arange(n))
    norms = np.linalg.norm(article_centroids, axis=1, keepdims=True)
    article_unit = article_centroids / np.where(norms == 0, 1.0, norms)
    article_similarity = (vectors @ article_unit.T)[np.arange(n), article_of]
    title_matrix = (vectors @ titles.T).toarray()
    title_similarity = title_matrix[np.arange(n), article_of]
    titles_similarity = title_matrix.max(axis=1)
    degree = similarity.sum(axis=1) / max(n - 1, 1)
    support_max, support_mean, support_sources = _support(similarity, groups, n_groups)
    bigrams = [set(pairwise(w)) for w in words]
    bigram_support = _bigram_support(bigrams, groups)
    bigram_frequency = _bigram_frequency(bigrams, article_of)

    rows = []
    for k, candidate in enumerate(candidates):
        sentence = candidate.sentence
        article_length = len(articles[candidate.article].sentences)
        rows.append(
            [
                float(sentence.index == 0),
                1.0 / (1.0 + sentence.index),
                sentence.index / max(article_length - 1, 1),
                1.0 / (1.0 + sentence.paragraph),
                *_form_features(len(words[k])),
                centroid_similarity[k],
                centroid_rank[k],
                article_similarity[k],
                degree[k],
                support_max[k],
                support_mean[k],
                support_sources[k],
                bigram_support[k],
                title_similarity[k],
                titles_similarity[k],
                *_text_features(sentence.text),
                1.0 / n_groups,
                math.log1p(article_length),
                bigram_frequency[k],
            ]
        )
    absolute = np.asarray(rows, dtype=float)
    relative = absolute[:, [FEATURE_NAMES.index(name) for name in RELATIVE_FEATURES]]
    relative = relative / np.maximum(relative.max(axis=0), 1e-9)
    return StorySentences(candidates, np.hstack([absolute, relative]), vectors, similarity)
