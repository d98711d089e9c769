"""Choosing sentences that cover the most concept weight within a word budget (an ILP).

Gillick & Favre's concept model: maximise the summed weight of the concepts the chosen sentences
cover, each concept counted once however many sentences write it, subject to the word budget.
Redundancy is handled by the objective itself — a sentence that only repeats covered concepts
adds nothing — and restatements (``exclusive`` pairs) are forbidden outright. Solved exactly by
HiGHS through ``scipy.optimize.milp``.

Two reductions keep a five-article story to tens of milliseconds without changing the optimum:
a concept only one candidate writes is that sentence's own gain (no variable needed), and
concepts written by the same set of sentences merge into one variable with their summed weight.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp

# Per word: among equally good selections, the one with fewer words, so that a sentence adding
# nothing is never taken just because budget is left.
LENGTH_TIE_BREAK = 1e-4


def _shared_concepts(
    incidence: sparse.csc_matrix, weights: np.ndarray
) -> dict[tuple[int, ...], float]:
    """Concepts written by two or more sentences, merged by the set of sentences writing them."""
    merged: dict[tuple[int, ...], float] = {}
    for j in range(incidence.shape[1]):
        writers = tuple(incidence.indices[incidence.indptr[j] : incidence.indptr[j + 1]].tolist())
        if len(writers) > 1:
            merged[writers] = merged.get(writers, 0.0) + float(weights[j])
    return merged


def cover_concepts(
    incidence: sparse.csr_matrix,
    weights: np.ndarray,
    lengths: np.ndarray,
    budget: int,
    allowed: np.ndarray,
    exclusive: np.ndarray | None = None,
    at_least_one_of: np.ndarray | None = None,
    mip_gap: float = 0.01,
    node_limit: int = 1000,
) -> list[int]:
    """Indices of the sentences chosen, in index order.

    ``incidence`` is sentences x concepts (1 = the sentence writes the concept), ``weights`` one
    per concept, ``lengths`` words per sentence; only ``allowed`` sentences are used.
    ``exclusive`` is a boolean sentences x sentences matrix of pairs never chosen together;
    ``at_least_one_of`` marks sentences of which one must be chosen when any fits. ``mip_gap``
    is the relative optimality gap HiGHS may stop at. ``node_limit`` only guards against a
    pathological story (news stories take under 20 branch-and-bound nodes), in which case the
    best selection found so far is returned; a node limit, unlike a time limit, keeps the
    result independent of machine load.
    """
    candidates = np.flatnonzero(allowed & (lengths <= budget))
    if candidates.size == 0:
        return []
    covering = sparse.csc_matrix(incidence[candidates])
    ones = np.asarray(covering.sum(axis=0)).ravel()
    own_gain = covering[:, ones == 1] @ weights[ones == 1]
    shared = _shared_concepts(covering, weights)
    n, m = candidates.size, len(shared)
    # Variables: one per candidate sentence (0/1), then one per shared concept (covered or not).
    cost = np.concatenate(
        [LENGTH_TIE_BREAK * lengths[candidates] - own_gain, -np.fromiter(shared.values(), float, m)]
    )
    concept_rows = [row for row, writers in enumerate(shared) for _ in writers]
    writer_columns = [writer for writers in shared for writer in writers]
    # A shared concept counts only if some chosen sentence writes it: c_j - sum_i s_i <= 0.
    coverage = sparse.hstack(
        [
            -sparse.csr_matrix(
                (np.ones(len(concept_rows)), (concept_rows, writer_columns)), (m, n)
            ),
            sparse.identity(m),
        ]
    )
    words = np.concatenate([lengths[candidates], np.zeros(m)])[None, :]
    constraints = [LinearConstraint(coverage, -np.inf, 0), LinearConstraint(words, 0, budget)]
    if exclusive is not None:
        first, second = np.nonzero(np.triu(exclusive[np.ix_(candidates, candidates)], 1))
        if first.size:
            pairs = np.arange(first.size)
            clash = sparse.csr_matrix(
                (np.ones(2 * first.size), (np.r_[pairs, pairs], np.r_[first, second])),
                shape=(first.size, n + m),
            )
            constraints.append(LinearConstraint(clash, 0, 1))
    if at_least_one_of is not None and at_least_one_of[candidates].any():
        required = np.concatenate([at_least_one_of[candidates], np.zeros(m)])[None, :]
        constraints.append(LinearConstraint(required.astype(float), 1, np.inf))
    result = milp(
        cost,
        constraints=constraints,
        integrality=np.concatenate([np.ones(n), np.zeros(m)]),
        bounds=Bounds(0, 1),
        options={"mip_rel_gap": mip_gap, "node_limit": node_limit},
    )
    if (
        result.x is None
    ):  # no feasible selection within the node limit: say nothing rather than guess
        return []
    return [int(i) for i in candidates[result.x[:n] > 0.5]]
