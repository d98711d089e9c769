"""Concept extraction and the concept-covering selection on small hand-made cases."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from bantin.brief.concept_selection import cover_concepts
from bantin.brief.concepts import CONCEPT_FEATURES, sentence_concepts, story_concepts
from bantin.brief.sentence_features import story_sentences
from bantin.models import AnalysedArticle, Sentence


def incidence(*rows: list[int]) -> sparse.csr_matrix:
    return sparse.csr_matrix(np.asarray(rows, dtype=float))


def cover(matrix: sparse.csr_matrix, weights: list[float], lengths: list[int], budget: int,
          **kwargs: object) -> list[int]:  # fmt: skip
    n = matrix.shape[0]
    allowed = kwargs.pop("allowed", np.ones(n, dtype=bool))
    return cover_concepts(
        matrix,
        np.asarray(weights),
        np.asarray(lengths),
        budget,
        allowed,
        **kwargs,  # type: ignore[arg-type]
    )


def test_cover_concepts_never_takes_a_sentence_that_adds_nothing() -> None:
    # Sentences 0 and 1 write the same concepts; the budget has room for both.
    matrix = incidence([1, 1, 0], [1, 1, 0], [0, 0, 1])
    chosen = cover(matrix, [1.0, 1.0, 0.5], [10, 10, 10], budget=100)
    assert chosen in ([0, 2], [1, 2])


def test_cover_concepts_counts_each_concept_once() -> None:
    # 0 covers x and y, 1 covers only x again, 2 covers z: two sentences fit.
    matrix = incidence([1, 1, 0], [1, 0, 0], [0, 0, 1])
    assert cover(matrix, [1.0, 0.1, 0.5], [10, 10, 10], budget=20) == [0, 2]


@pytest.mark.parametrize("heavier, expected", [(0, [0]), (1, [1])])
def test_cover_concepts_follows_the_weights(heavier: int, expected: list[int]) -> None:
    weights = [0.2, 0.2]
    weights[heavier] = 0.9
    assert cover(incidence([1, 0], [0, 1]), weights, [10, 10], budget=15) == expected


@pytest.mark.parametrize("budget", [5, 12, 25, 40])
def test_cover_concepts_respects_the_budget(budget: int) -> None:
    rng = np.random.default_rng(0)
    matrix = sparse.csr_matrix((rng.random((12, 30)) < 0.2).astype(float))
    lengths = rng.integers(4, 15, size=12)
    chosen = cover(matrix, list(rng.random(30)), list(lengths), budget=budget)
    assert lengths[chosen].sum() <= budget


def test_cover_concepts_uses_only_allowed_sentences() -> None:
    allowed = np.asarray([False, True, True])
    chosen = cover(incidence([1, 1], [1, 0], [0, 1]), [1.0, 1.0], [10, 10, 10], 100,
                   allowed=allowed)  # fmt: skip
    assert chosen == [1, 2]


def test_cover_concepts_never_pairs_exclusive_sentences() -> None:
    exclusive = np.zeros((3, 3), dtype=bool)
    exclusive[0, 1] = exclusive[1, 0] = True
    matrix = incidence([1, 0, 0], [0, 1, 0], [0, 0, 1])
    chosen = cover(matrix, [1.0, 0.9, 0.1], [10, 10, 10], 100, exclusive=exclusive)
    assert chosen == [0, 2]


def test_cover_concepts_includes_a_required_sentence_when_one_fits() -> None:
    matrix = incidence([1, 0, 0], [0, 1, 0], [0, 0, 1])
    required = np.asarray([False, False, True])
    assert cover(matrix, [1.0, 0.9, 0.1], [10, 10, 10], 20, at_least_one_of=required) == [0, 2]
    # Too long for the budget: the requirement cannot hold and is dropped.
    assert cover(matrix, [1.0, 0.9, 0.1], [10, 10, 30], 20, at_least_one_of=required) == [0, 1]


def test_cover_concepts_of_nothing_allowed_is_empty() -> None:
    allowed = np.zeros(2, dtype=bool)
    assert cover(incidence([1], [1]), [1.0], [5, 5], 100, allowed=allowed) == []


def sentence(index: int, text: str) -> Sentence:
    return Sentence(index=index, paragraph=index, text=text, words=tuple(text.rstrip(".").split()))


def article(article_id: str, *texts: str) -> AnalysedArticle:
    sentences = tuple(sentence(i, t) for i, t in enumerate(texts))
    return AnalysedArticle(id=article_id, path=None, body=texts, sentences=sentences,
                           title_words=("cầu_mới",))  # fmt: skip


def test_sentence_concepts_drop_stopword_pairs_and_mark_names() -> None:
    found = dict(sentence_concepts(sentence(0, "Bộ_trưởng Nguyễn_An và các đại_biểu.")))
    assert found[("bộ_trưởng", "nguyễn_an")] is True
    assert found[("nguyễn_an", "và")] is False
    assert ("và", "các") not in found  # both stopwords
    assert found[("các", "đại_biểu")] is False


def test_story_concepts_count_sources_and_leads() -> None:
    articles = [
        article("a", "tỉnh xây cầu_mới qua sông.", "giá vé qua cầu_mới là 10.000 đồng."),
        article("b", "người dân mừng vì tỉnh xây cầu_mới."),
    ]
    story = story_sentences(articles)
    concepts = story_concepts(articles, story, np.linspace(0.1, 0.9, len(story.candidates)))
    column = {c: j for j, c in enumerate(concepts.concepts)}
    share = concepts.features[:, CONCEPT_FEATURES.index("source_share")]
    lead = concepts.features[:, CONCEPT_FEATURES.index("lead_share")]
    both, one = column[("xây", "cầu_mới")], column[("giá", "vé")]
    assert share[both] == 1.0 and share[one] == 0.5
    assert lead[both] == 1.0 and lead[one] == 0.0
    assert concepts.incidence.shape == (len(story.candidates), len(concepts.concepts))
    assert concepts.incidence[:, both].toarray().ravel().tolist() == [1.0, 0.0, 1.0]
    assert concepts.features.shape == (len(concepts.concepts), len(CONCEPT_FEATURES))
