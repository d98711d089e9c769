"""Fitting the summariser's two models on reference summaries (AbMuSu train only).

Sentence labels come from a greedy oracle: the set of story sentences that, added one at a
time, most raises ROUGE-2 F1 against the references. Concept labels say whether a story bigram
appears in a reference. The concept model reads the sentence model's scores among its features,
so the sentence model is fitted first and then scores the same stories. At run time no reference
is needed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from ..eval.rouge import ngrams
from ..logistic import fit_logistic
from ..models import AnalysedArticle
from .concepts import Concept, story_concepts
from .sentence_features import StorySentences, lower_words, story_sentences
from .summary_model import ConceptScorer, SentenceScorer, SummaryModel


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


def concept_labels(concepts: Sequence[Concept], references: Sequence[Sequence[str]]) -> np.ndarray:
    """1 for each concept some reference writes (as adjacent ROUGE tokens), 0 elsewhere."""
    written = {gram for reference in references for gram in ngrams(reference, 2)}
    return np.asarray([concept in written for concept in concepts], dtype=float)


def fit_summary_model(
    stories: Iterable[tuple[Sequence[AnalysedArticle], Sequence[Sequence[str]]]],
) -> SummaryModel:
    """Both models fitted on (story articles, reference tokens) pairs."""
    examples = []
    for articles, references in stories:
        story = story_sentences(articles)
        if story.candidates:
            examples.append((articles, story, references))
    sentence = fit_logistic(
        SentenceScorer,
        np.vstack([story.features for _, story, _ in examples]),
        np.concatenate([oracle_labels(story, refs) for _, story, refs in examples]),
    )
    rows, labels = [], []
    for articles, story, references in examples:
        concepts = story_concepts(articles, story, sentence(story.features))
        rows.append(concepts.features)
        labels.append(concept_labels(concepts.concepts, references))
    concept = fit_logistic(ConceptScorer, np.vstack(rows), np.concatenate(labels))
    return SummaryModel(sentence, concept)
