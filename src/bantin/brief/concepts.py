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
from itertools import pairwise
from typing import NamedTuple

import numpy as np
from scipy import sparse

from ..analyse.terms import vietnamese_stopwords
from ..models import AnalysedArticle, Sentence
from .sentence_features import FEATURE_NAMES, StorySentences, source_groups

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


class _Tally:
    """What is known about one concept while the story's sentences are read."""

    def __init__(self) -> None:
        self.sources: set[int] = set()
        self.leads: set[int] = set()
        self.openings: set[int] = set()
        self.count = 0
        self.first = math.inf
        self.capitalised = False
        self.scores: list[float] = []
        self.best_sentence = 0
        self.best_score = -math.inf
        self.positions: list[float] = []
        self.centrality = 0.0


def sentence_concepts(sentence: Sentence) -> list[tuple[Concept, bool]]:
    """The sentence's concepts in order, each with whether both words are capitalised."""
    stop = vietnamese_stopwords()
    words = [w for w in sentence.words if any(ch.isalnum() for ch in w)]
    found = []
    for first, second in pairwise(words):
        concept = (first.lower(), second.lower())
        if concept[0] in stop and concept[1] in stop:
            continue
        found.append((concept, first[:1].isupper() and second[:1].isupper()))
    return found


def _row(
    concept: Concept,
    tally: _Tally,
    n_sources: int,
    n_sentences: int,
    titles: set[str],
    stop: frozenset[str],
) -> list[float]:
    first, second = concept
    return [
        len(tally.sources) / n_sources,
        math.log(n_sources),
        math.log1p(tally.count),
        tally.count / n_sources,
        1.0 / (1.0 + tally.first),
        len(tally.leads) / n_sources,
        len(tally.openings) / n_sources,
        ((first in titles) + (second in titles)) / 2,
        float(first in stop or second in stop),
        float(any(ch.isdigit() for ch in first + second)),
        float(tally.capitalised),
        tally.best_score,
        sum(tally.scores) / len(tally.scores),
        # Segmented words join syllables with "_": long words are names and terms.
        (first.count("_") + second.count("_") + 2) / 4,
        sum(tally.positions) / len(tally.positions),
        tally.centrality,
        len(tally.scores) / n_sentences,
    ]


def story_concepts(
    articles: Sequence[AnalysedArticle],
    story: StorySentences,
    sentence_scores: np.ndarray,
    duplicate_of: Mapping[str, str] | None = None,
) -> StoryConcepts:
    """Concepts of the story's candidate sentences with their feature rows."""
    groups = source_groups(articles, duplicate_of)
    n_sources = len({groups[c.article] for c in story.candidates}) or 1
    centrality = story.features[:, FEATURE_NAMES.index("centroid_similarity")]
    titles = {w for a in articles for w in a.title_words}
    stop = vietnamese_stopwords()
    tallies: dict[Concept, _Tally] = {}
    column_of: dict[Concept, int] = {}
    rows: list[int] = []
    columns: list[int] = []
    for k, candidate in enumerate(story.candidates):
        sentence, source = candidate.sentence, groups[candidate.article]
        position = sentence.index / max(len(articles[candidate.article].sentences) - 1, 1)
        seen: set[Concept] = set()
        for concept, capitalised in sentence_concepts(sentence):
            if concept not in tallies:
                column_of[concept] = len(tallies)
                tallies[concept] = _Tally()
            tally = tallies[concept]
            tally.count += 1
            tally.capitalised |= capitalised
            if concept in seen:
                continue
            seen.add(concept)
            tally.sources.add(source)
            tally.first = min(tally.first, sentence.index)
            if sentence.index == 0:
                tally.leads.add(source)
            if sentence.index < OPENING_SENTENCES:
                tally.openings.add(source)
            if sentence_scores[k] > tally.best_score:
                tally.best_sentence, tally.best_score = k, float(sentence_scores[k])
            tally.scores.append(float(sentence_scores[k]))
            tally.positions.append(position)
            tally.centrality = max(tally.centrality, float(centrality[k]))
            rows.append(k)
            columns.append(column_of[concept])
    concepts = list(tallies)
    own = np.asarray(
        [_row(c, tallies[c], n_sources, len(story.candidates), titles, stop) for c in concepts],
        dtype=float,
    ).reshape(len(concepts), len(CONCEPT_FEATURES) - len(FEATURE_NAMES))
    best = story.features[[tallies[c].best_sentence for c in concepts]]
    features = np.hstack([own, best.reshape(len(concepts), len(FEATURE_NAMES))])
    incidence = sparse.csr_matrix(
        (np.ones(len(rows)), (rows, columns)), shape=(len(story.candidates), len(concepts))
    )
    return StoryConcepts(concepts, features, incidence)
