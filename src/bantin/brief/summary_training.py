"""Fitting the summariser's sentence scorer on reference summaries (AbMuSu train only).

Labels come from a greedy oracle: the set of story sentences that, added one at a time, most
raises ROUGE-2 F1 against the references. The scorer learns which sentences editors keep from
the features alone, so at run time no reference is needed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

from ..eval.rouge import ngrams
from ..models import AnalysedArticle
from .sentence_features import StorySentences, lower_words, story_sentences
from .summarise import SentenceScorer


def _f1(overlap: int, candidate: int, reference: int) -> float:
    return 2 * overlap / (candidate + reference) if overlap else 0.0


def oracle_labels(story: StorySentences, references: Sequence[Sequence[str]]) -> np.ndarray:
    """1 for each sentence of the greedy ROUGE-2 oracle, 0 elsewhere.

    ``references`` are ROUGE tokens (``bantin.eval.rouge.rouge_tokens``). The oracle stops
    when no sentence raises the mean F1 any more, which also bounds its length.
    """
    reference_grams = [ngrams(r, 2) for r in references]
    reference_sizes = [sum(g.values()) for g in reference_grams]
    sentence_grams = [ngrams(lower_words(c.sentence), 2) for c in story.candidates]
    labels = np.zeros(len(story.candidates))
    chosen = ngrams([], 2)
    best = 0.0
    while True:
        pick = None
        for i, grams in enumerate(sentence_grams):
            if labels[i]:
                continue
            merged = chosen + grams
            size = sum(merged.values())
            score = float(
                np.mean(
                    [
                        _f1(sum((merged & ref).values()), size, n)
                        for ref, n in zip(reference_grams, reference_sizes, strict=True)
                    ]
                )
            )
            if score > best:
                best, pick = score, i
        if pick is None:
            return labels
        labels[pick] = 1
        chosen = chosen + sentence_grams[pick]


def fit_scorer(
    stories: Iterable[tuple[Sequence[AnalysedArticle], Sequence[Sequence[str]]]],
    regularisation: float = 1.0,
) -> SentenceScorer:
    """A logistic scorer fitted on (story articles, reference tokens) pairs; deterministic."""
    rows, labels = [], []
    for articles, references in stories:
        story = story_sentences(articles)
        if story.candidates:
            rows.append(story.features)
            labels.append(oracle_labels(story, references))
    features, target = np.vstack(rows), np.concatenate(labels)
    scaler = StandardScaler().fit(features)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    model = LogisticRegression(C=regularisation, max_iter=5000)
    model.fit((features - scaler.mean_) / scale, target)
    return SentenceScorer(
        coef=model.coef_[0].tolist(),
        intercept=float(model.intercept_[0]),
        mean=scaler.mean_.tolist(),
        scale=scale.tolist(),
    )
