"""The concepts of a story — its word bigrams — and what predicts that a summary keeps them.

ROUGE-2 counts the word bigrams a summary shares with the editor's, so the summariser reasons
about bigrams directly (Gillick & Favre 2009; Li, Qian & Liu 2013): each bigram of
lower-cased segmented words that is not made of two stopwords is a concept, described by how
many independent sources write it, how often and how early, whether it is in a lead or a
title, its form, the scores of the sentences that carry it, and the whole feature row of the
best-scored of them. ``ConceptScorer`` turns the
row into the chance the bigram is in the summary; the selection then covers as much of that
weight as the word budget allows, each concept counted once.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

import numpy as np
from scipy import sparse

from ..analyse.terms import vietnamese_stopwords
from ..models import AnalysedArticle, Sentence
from .sentence_features import FEATURE_NAMES, StorySentences, source_groups, word_form

CONCEPT_FEATURES: tuple[str, ...] = (
    "source_share",
    "sources_log",
    "frequency_log",
    "frequency_per_source",
    "inverse_first_position",
    "lead_share",
    "opening_share",
    "title_words",
    "has_stopword",
    "has_digit",
    "capitalised",
    "best_sentence_score",
    "mean_sentence_score",
    "syllables",
    "mean_relative_position",
    "best_centroid_similarity",
    "sentence_share",
)
# The whole feature row of the best-scored sentence writing the concept: where and how the
# story says it most summary-like (lead, support, centrality, form).
CONCEPT_FEATURES += tuple(f"best_sentence_{name}" for name in FEATURE_NAMES)

# The first sentences of an article: where news writing puts what happened.
OPENING_SENTENCES = 3

Concept = tuple[str, str]


class StoryConcepts(NamedTuple):
    concepts: list[Concept]
    features: np.ndarray
    """One row per concept, columns in ``CONCEPT_FEATURES`` order."""
    incidence: sparse.csr_matrix
    """Candidate sentences x concepts: 1 where the sentence writes the concept."""


def sentence_concepts(sentence: Sentence) -> list[tuple[Concept, bool]]:
    """The sentence's concepts in order, each with whether both words are capitalised."""
    stop = vietnamese_stopwords()
    forms = [form for form in map(word_form, sentence.words) if form is not None]
    return [
        ((first, second), first_capitalised and second_capitalised)
        for (first, first_capitalised), (second, second_capitalised) in pairwise(forms)
        if not (first in stop and second in stop)
    ]


def _per_concept(columns: np.ndarray, values: np.ndarray, m: int) -> np.ndarray:
    """Sum of ``values`` per concept column, added in the order given (as a running total
    would, so the floats are the same whatever the story's size)."""
    return np.bincount(columns, weights=values, minlength=m)


def _distinct_sources(columns: np.ndarray, sources: np.ndarray, m: int) -> np.ndarray:
    """Number of distinct sources per concept column."""
    span = int(sources.max(initial=0)) + 1
    return np.bincount(np.unique(columns * span + sources) // span, minlength=m)


# Judged once per word, like ``word_form``.
@lru_cache(maxsize=32768)
def _has_digit(word: str) -> bool:
    return any(map(str.isdigit, word))


def _word_features(concepts: list[Concept], titles: set[str], stop: frozenset[str]) -> np.ndarray:
    """Title words, stopword, digit and syllable columns of each concept, from its two words."""
    return np.asarray(
        [
            [
                ((first in titles) + (second in titles)) / 2,
                float(first in stop or second in stop),
                float(_has_digit(first) or _has_digit(second)),
                # Segmented words join syllables with "_": long words are names and terms.
                (first.count("_") + second.count("_") + 2) / 4,
            ]
            for first, second in concepts
        ],
        dtype=float,
    ).reshape(len(concepts), 4)


def story_concepts(
    articles: Sequence[AnalysedArticle],
    story: StorySentences,
    sentence_scores: np.ndarray,
    duplicate_of: Mapping[str, str] | None = None,
) -> StoryConcepts:
    """Concepts of the story's candidate sentences with their feature rows."""
    groups = source_groups(articles, duplicate_of)
    n_sources = len({groups[c.article] for c in story.candidates}) or 1
    n_sentences = len(story.candidates)
    centrality = story.features[:, FEATURE_NAMES.index("centroid_similarity")]
    titles = {w for a in articles for w in a.title_words}
    stop = vietnamese_stopwords()
    column_of: dict[Concept, int] = {}
    # Every occurrence of a concept, in story order: its sentence, column, capitalisation.
    sentence_of: list[int] = []
    column_list: list[int] = []
    capital_list: list[bool] = []
    for k, candidate in enumerate(story.candidates):
        for concept, capitalised in sentence_concepts(candidate.sentence):
            sentence_of.append(k)
            column_list.append(column_of.setdefault(concept, len(column_of)))
            capital_list.append(capitalised)
    concepts = list(column_of)
    m = len(concepts)
    occurrences = np.asarray(column_list, dtype=np.int64)
    count = np.bincount(occurrences, minlength=m)
    any_capitalised = np.bincount(occurrences, weights=capital_list, minlength=m) > 0
    # Each (sentence, concept) once, ordered by sentence then concept: what the sentence-level
    # columns (sources, first position, scores) are about.
    written = np.unique(np.asarray(sentence_of, dtype=np.int64) * max(m, 1) + occurrences)
    rows, columns = written // max(m, 1), written % max(m, 1)
    index = np.asarray([c.sentence.index for c in story.candidates], dtype=np.int64)[rows]
    source = np.asarray([groups[c.article] for c in story.candidates], dtype=np.int64)[rows]
    position = np.asarray(
        [
            c.sentence.index / max(len(articles[c.article].sentences) - 1, 1)
            for c in story.candidates
        ],
        dtype=float,
    )[rows]
    scores = np.asarray(sentence_scores, dtype=float)[rows]
    writers = np.bincount(columns, minlength=m)
    first = np.full(m, np.inf)
    np.minimum.at(first, columns, index)
    # The best-scored sentence of each concept, the earliest among equals.
    best = np.lexsort((rows, -scores, columns))
    best = best[np.r_[True, columns[best][1:] != columns[best][:-1]]] if m else best
    most_central = np.zeros(m)
    np.maximum.at(most_central, columns, centrality[rows])
    log_count = {c: math.log1p(c) for c in np.unique(count).tolist()}
    lead, opening = index == 0, index < OPENING_SENTENCES
    words = _word_features(concepts, titles, stop)
    own = np.column_stack(
        [
            _distinct_sources(columns, source, m) / n_sources,
            np.full(m, math.log(n_sources)),
            np.asarray([log_count[c] for c in count.tolist()], dtype=float),
            count / n_sources,
            1.0 / (1.0 + first),
            _distinct_sources(columns[lead], source[lead], m) / n_sources,
            _distinct_sources(columns[opening], source[opening], m) / n_sources,
            words[:, :3],
            any_capitalised.astype(float),
            scores[best],
            _per_concept(columns, scores, m) / np.maximum(writers, 1),
            words[:, 3],
            _per_concept(columns, position, m) / np.maximum(writers, 1),
            most_central,
            writers / n_sentences,
        ]
    ).reshape(m, len(CONCEPT_FEATURES) - len(FEATURE_NAMES))
    features = np.hstack([own, story.features[rows[best]].reshape(m, len(FEATURE_NAMES))])
    indptr = np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=n_sentences))])
    incidence = sparse.csr_matrix((np.ones(len(rows)), columns, indptr), shape=(n_sentences, m))
    return StoryConcepts(concepts, features, incidence)
