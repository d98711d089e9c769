"""The summariser's fast paths give exactly (bit for bit) what the plain computations give:
scikit-learn's TF-IDF, one concept tally per bigram, and the MILP written as separate
constraints. Random small inputs with many ties (repeated words, equal scores and weights)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import sparse
from scipy.optimize import LinearConstraint
from sklearn.feature_extraction.text import TfidfVectorizer

import bantin.brief.concept_selection as selection
from bantin.analyse.terms import vietnamese_stopwords
from bantin.brief.concepts import OPENING_SENTENCES, sentence_concepts, story_concepts
from bantin.brief.sentence_features import (
    FEATURE_NAMES,
    source_groups,
    story_sentences,
    word_form,
)
from bantin.brief.tfidf import story_tfidf
from bantin.models import AnalysedArticle, Sentence

WORDS = ["cầu", "sông", "Hà_Nội", "tỉnh", "và", "các", "xây", "10.000", "đồng", "mới", "giá"]


def layout(matrix: sparse.spmatrix | sparse.sparray) -> tuple[bytes, ...]:
    """A sparse matrix as stored: its arrays' bytes, entries in their stored order."""
    matrix = sparse.csr_matrix(matrix)
    arrays = (matrix.data, matrix.indices, matrix.indptr)
    return (*(a.tobytes() for a in arrays), str(matrix.shape).encode())


@pytest.mark.parametrize("seed", range(12))
def test_story_tfidf_is_scikit_learns_tfidf(seed: int) -> None:
    rng = np.random.default_rng(seed)
    documents = [
        list(rng.choice(WORDS, size=rng.integers(1, 12))) for _ in range(rng.integers(1, 9))
    ]
    queries = [list(rng.choice([*WORDS, "lạ"], size=rng.integers(0, 5))) for _ in range(3)]
    reference = TfidfVectorizer(analyzer=lambda tokens: tokens, sublinear_tf=True)
    expected = reference.fit_transform(documents), reference.transform(queries)
    vectors, query_vectors = story_tfidf(documents, queries)
    assert layout(vectors) == layout(expected[0])
    assert layout(query_vectors) == layout(expected[1])


def random_story(rng: np.random.Generator) -> list[AnalysedArticle]:
    articles = []
    for a in range(rng.integers(1, 5)):
        sentences = []
        for i in range(rng.integers(1, 6)):
            words = tuple(rng.choice([*WORDS, ",", "."], size=rng.integers(2, 10)))
            sentences.append(Sentence(index=i, paragraph=i, text=" ".join(words), words=words))
        articles.append(
            AnalysedArticle(
                id=f"a{a}",
                path=None,
                body=(),
                sentences=tuple(sentences),
                title_words=tuple(rng.choice(WORDS, size=2)),
            )
        )
    return articles


def tallied_concepts(
    articles: list[AnalysedArticle], story: object, scores: np.ndarray, duplicate_of: dict
) -> tuple[list[tuple[str, str]], np.ndarray, np.ndarray]:
    """The concept features computed one concept at a time, with plain Python sums."""
    candidates = story.candidates  # type: ignore[attr-defined]
    groups = source_groups(articles, duplicate_of)
    n_sources = len({groups[c.article] for c in candidates}) or 1
    central = story.features[:, FEATURE_NAMES.index("centroid_similarity")]  # type: ignore[attr-defined]
    titles = {w for a in articles for w in a.title_words}
    stop = vietnamese_stopwords()
    tally: dict[tuple[str, str], dict] = {}
    pairs = []
    for k, c in enumerate(candidates):
        seen: set[tuple[str, str]] = set()
        for concept, capital in sentence_concepts(c.sentence):
            t = tally.setdefault(concept, {"count": 0, "cap": False, "k": []})
            t["count"] += 1
            t["cap"] |= capital
            if concept not in seen:
                seen.add(concept)
                t["k"].append(k)
                pairs.append((k, list(tally).index(concept)))
    rows = []
    for (first, second), t in tally.items():
        ks = t["k"]
        index = [candidates[k].sentence.index for k in ks]
        sources = [groups[candidates[k].article] for k in ks]
        leads = {s for s, i in zip(sources, index, strict=True) if i == 0}
        openings = {s for s, i in zip(sources, index, strict=True) if i < OPENING_SENTENCES}
        best = max(ks, key=lambda k: (scores[k], -k))
        sizes = [len(articles[candidates[k].article].sentences) for k in ks]
        positions = [i / max(size - 1, 1) for i, size in zip(index, sizes, strict=True)]
        rows.append(
            [len(set(sources)) / n_sources, math.log(n_sources), math.log1p(t["count"]),
             t["count"] / n_sources, 1.0 / (1.0 + min(index)),
             len(leads) / n_sources, len(openings) / n_sources,
             ((first in titles) + (second in titles)) / 2, float(first in stop or second in stop),
             float(any(ch.isdigit() for ch in first + second)), float(t["cap"]),
             float(scores[best]), sum(float(scores[k]) for k in ks) / len(ks),
             (first.count("_") + second.count("_") + 2) / 4, sum(positions) / len(positions),
             max([0.0] + [float(central[k]) for k in ks]), len(ks) / len(candidates),
             *story.features[best]]  # type: ignore[attr-defined]
        )  # fmt: skip
    incidence = np.zeros((len(candidates), len(tally)))
    for k, j in pairs:
        incidence[k, j] = 1.0
    return list(tally), np.asarray(rows, dtype=float), incidence


@pytest.mark.parametrize("seed", range(15))
def test_story_concepts_are_the_per_concept_tallies(seed: int) -> None:
    rng = np.random.default_rng(seed)
    articles = random_story(rng)
    duplicate_of = {"a1": "a0"} if len(articles) > 2 else {}
    story = story_sentences(articles, duplicate_of)
    # Few distinct scores: best sentences tie, and the earliest must win.
    scores = rng.choice([0.2, 0.5, 0.7], size=len(story.candidates))
    concepts = story_concepts(articles, story, scores, duplicate_of)
    expected, rows, incidence = tallied_concepts(articles, story, scores, duplicate_of)
    assert concepts.concepts == expected
    assert concepts.features.tobytes() == rows.reshape(concepts.features.shape).tobytes()
    assert np.array_equal(concepts.incidence.toarray(), incidence)
    assert concepts.incidence.has_canonical_format


def separate_constraints(
    incidence: sparse.csr_matrix, weights: np.ndarray, lengths: np.ndarray, budget: int,
    candidates: np.ndarray, exclusive: np.ndarray, required: np.ndarray | None,
) -> tuple[np.ndarray, list[LinearConstraint]]:  # fmt: skip
    """The MILP as its parts say it: one constraint block per kind, merged concepts in a dict."""
    covering = sparse.csc_matrix(incidence[candidates])
    ones = np.asarray(covering.sum(axis=0)).ravel()
    own_gain = covering[:, ones == 1] @ weights[ones == 1]
    shared: dict[tuple[int, ...], float] = {}
    for j in range(covering.shape[1]):
        writers = tuple(covering.indices[covering.indptr[j] : covering.indptr[j + 1]].tolist())
        if len(writers) > 1:
            shared[writers] = shared.get(writers, 0.0) + float(weights[j])
    n, m = candidates.size, len(shared)
    cost = np.concatenate([selection.LENGTH_TIE_BREAK * lengths[candidates] - own_gain,
                           -np.fromiter(shared.values(), float, m)])  # fmt: skip
    rows = [row for row, writers in enumerate(shared) for _ in writers]
    columns = [writer for writers in shared for writer in writers]
    coverage = sparse.hstack([-sparse.csr_matrix((np.ones(len(rows)), (rows, columns)), (m, n)),
                              sparse.identity(m)])  # fmt: skip
    words = np.concatenate([lengths[candidates], np.zeros(m)])[None, :]
    constraints = [LinearConstraint(coverage, -np.inf, 0), LinearConstraint(words, 0, budget)]
    first, second = np.nonzero(np.triu(exclusive[np.ix_(candidates, candidates)], 1))
    if first.size:
        pairs = np.arange(first.size)
        clash = sparse.csr_matrix(
            (np.ones(2 * first.size), (np.r_[pairs, pairs], np.r_[first, second])),
            shape=(first.size, n + m),
        )
        constraints.append(LinearConstraint(clash, 0, 1))
    if required is not None and required[candidates].any():
        row = np.concatenate([required[candidates], np.zeros(m)])[None, :]
        constraints.append(LinearConstraint(row.astype(float), 1, np.inf))
    return cost, constraints


def stacked(constraints: list[LinearConstraint]) -> tuple[tuple[bytes, ...], bytes, bytes]:
    """The constraints as HiGHS receives them: one CSC matrix and its row bounds."""
    blocks = [sparse.csc_array(c.A) for c in constraints]
    matrix = sparse.vstack(blocks, format="csc") if len(blocks) > 1 else blocks[0]
    lower = np.concatenate([np.broadcast_to(c.lb, c.A.shape[0]) for c in constraints])
    upper = np.concatenate([np.broadcast_to(c.ub, c.A.shape[0]) for c in constraints])
    arrays = (matrix.data, matrix.indices.astype(np.int64), matrix.indptr.astype(np.int64))
    return (
        tuple(a.tobytes() for a in arrays),
        lower.astype(float).tobytes(),
        upper.astype(float).tobytes(),
    )


@pytest.mark.parametrize("seed", range(25))
def test_cover_concepts_hands_highs_the_model_of_separate_constraints(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(1, 14)), int(rng.integers(1, 25))
    # Duplicate rows and integer weights: merged concepts and tied selections.
    incidence = sparse.csr_matrix((rng.random((n, m)) < 0.3).astype(float)[rng.integers(0, n, n)])
    weights = rng.integers(1, 4, size=m).astype(float) / 4
    lengths = rng.integers(0 if seed % 5 == 0 else 3, 15, size=n)
    allowed = rng.random(n) < 0.85
    exclusive = rng.random((n, n)) < 0.15
    exclusive |= exclusive.T
    required = rng.random(n) < 0.3 if seed % 2 else None
    budget = int(rng.integers(5, 40))
    calls: list[tuple[np.ndarray, list[LinearConstraint], object]] = []

    def recording_milp(cost: np.ndarray, *, constraints: object, **kwargs: object) -> object:
        result = real_milp(cost, constraints=constraints, **kwargs)
        calls.append((cost, list(np.atleast_1d(constraints)), result.x))
        return result

    real_milp = selection.milp
    monkeypatch.setattr(selection, "milp", recording_milp)
    chosen = selection.cover_concepts(incidence, weights, lengths, budget, allowed, exclusive,
                                      required)  # fmt: skip
    candidates = np.flatnonzero(allowed & (lengths <= budget))
    if candidates.size == 0:
        assert chosen == [] and not calls
        return
    cost, constraints, x = calls[0]
    expected_cost, expected = separate_constraints(
        incidence, weights, lengths, budget, candidates, exclusive, required
    )
    assert cost.tobytes() == expected_cost.tobytes()
    assert stacked(constraints) == stacked(expected)
    reference = real_milp(expected_cost, constraints=expected, integrality=np.r_[
        np.ones(candidates.size), np.zeros(cost.size - candidates.size)],
        bounds=(0, 1), options={"mip_rel_gap": 0.01, "node_limit": 1000})  # fmt: skip
    assert np.array_equal(x, reference.x)


def test_story_similarity_is_the_cosine_of_the_vectors() -> None:
    rng = np.random.default_rng(3)
    story = story_sentences(random_story(rng) + random_story(rng))
    cosine = (story.vectors @ story.vectors.T).toarray()
    np.fill_diagonal(cosine, 0.0)
    assert story.similarity.tobytes() == cosine.tobytes()


def test_word_form_cache_is_bounded() -> None:
    assert word_form.cache_info().maxsize is not None
    assert word_form("Hà_Nội") == ("hà_nội", True)
    assert word_form("…") is None
