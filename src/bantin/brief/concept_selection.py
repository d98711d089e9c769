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


def _split_concepts(
    covering: sparse.csc_matrix, weights: np.ndarray
) -> tuple[np.ndarray, dict[tuple[int, ...], float]]:
    """Each sentence's own gain (the summed weight of the concepts only it writes, added in
    concept order), and the concepts two or more sentences write, merged by the set of
    sentences writing them (in order of their first concept)."""
    writers_per_concept = np.diff(covering.indptr)
    concept_of_entry = np.repeat(np.arange(writers_per_concept.size), writers_per_concept)
    alone = writers_per_concept[concept_of_entry] == 1
    own_gain = np.bincount(
        covering.indices[alone],
        weights=weights[concept_of_entry[alone]],
        minlength=covering.shape[0],
    )
    indptr, writers_of = covering.indptr.tolist(), covering.indices.tolist()
    merged: dict[tuple[int, ...], float] = {}
    for j in np.flatnonzero(writers_per_concept > 1).tolist():
        writers = tuple(writers_of[indptr[j] : indptr[j + 1]])
        merged[writers] = merged.get(writers, 0.0) + float(weights[j])
    return own_gain, merged


def _model(
    lengths: np.ndarray,
    shared: dict[tuple[int, ...], float],
    budget: int,
    clashes: tuple[np.ndarray, ...],
    required: np.ndarray | None,
) -> LinearConstraint:
    """All constraints as one sparse matrix, built at once (stacking a block per kind cost
    more than solving a one-article story's model). Columns: the sentences, then the shared
    concepts; rows in this order:

    - per shared concept j: c_j - sum of its writers s_i <= 0 (it counts only if written);
    - the words of the chosen sentences <= ``budget``;
    - per clashing pair: s_a + s_b <= 1;
    - when ``required`` marks a candidate: the sum of the marked s_i >= 1.
    """
    n, m = lengths.size, len(shared)
    first, second = clashes
    clash_rows = m + 1 + np.arange(first.size)
    writer_columns = np.fromiter((i for writers in shared for i in writers), np.int64)
    marked = np.flatnonzero(required) if required is not None else np.zeros(0, np.int64)
    rows = [
        np.repeat(np.arange(m), np.fromiter(map(len, shared), np.int64, m)),
        np.arange(m),
        np.full(n, m),
        clash_rows,
        clash_rows,
        np.full(marked.size, m + 1 + first.size),
    ]
    columns = [writer_columns, n + np.arange(m), np.arange(n), first, second, marked]
    values = [-np.ones(writer_columns.size), np.ones(m), lengths.astype(float)]
    values += [np.ones(first.size), np.ones(first.size), np.ones(marked.size)]
    lower = [np.full(m, -np.inf), np.zeros(1), np.zeros(first.size)]
    upper = [np.zeros(m), np.full(1, float(budget)), np.ones(first.size)]
    if required is not None:
        lower.append(np.ones(1))
        upper.append(np.full(1, np.inf))
    # In CSC form with each column's entries in row order, as HiGHS is given a stack of blocks.
    matrix = sparse.csc_matrix(
        (np.concatenate(values), (np.concatenate(rows), np.concatenate(columns))),
        shape=(len(np.concatenate(lower)), n + m),
    )
    # A sentence of no words is no entry in the budget row (as a dense row would give).
    matrix.eliminate_zeros()
    return LinearConstraint(matrix, np.concatenate(lower), np.concatenate(upper))


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
    own_gain, shared = _split_concepts(sparse.csc_matrix(incidence[candidates]), weights)
    n, m = candidates.size, len(shared)
    # Variables: one per candidate sentence (0/1), then one per shared concept (covered or not).
    cost = np.concatenate(
        [LENGTH_TIE_BREAK * lengths[candidates] - own_gain, -np.fromiter(shared.values(), float, m)]
    )
    no_clash = np.zeros(0, dtype=np.int64)
    clashes = (
        np.nonzero(np.triu(exclusive[np.ix_(candidates, candidates)], 1))
        if exclusive is not None
        else (no_clash, no_clash)
    )
    required = None
    if at_least_one_of is not None and at_least_one_of[candidates].any():
        required = at_least_one_of[candidates]
    result = milp(
        cost,
        constraints=_model(lengths[candidates], shared, budget, clashes, required),
        integrality=np.concatenate([np.ones(n), np.zeros(m)]),
        bounds=Bounds(0, 1),
        options={"mip_rel_gap": mip_gap, "node_limit": node_limit},
    )
    if (
        result.x is None
    ):  # no feasible selection within the node limit: say nothing rather than guess
        return []
    return [int(i) for i in candidates[result.x[:n] > 0.5]]
