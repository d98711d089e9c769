"""TF-IDF vectors of a story's sentences, fitted on the story alone.

The numbers are scikit-learn's ``TfidfVectorizer(analyzer=<tokens as given>,
sublinear_tf=True)``, float for float and in the same sparse layout (the order of the entries
within a row decides the order of every later sum), made without its per-call validation:
stories are mostly one or two articles, so that fixed cost was a tenth of a brief. The tests
compare both on varied token lists.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse


def _counts(
    documents: Sequence[Sequence[str]], vocabulary: dict[str, int], grow: bool
) -> tuple[list[int], list[int], list[int]]:
    """Term ids, counts and row pointers of ``documents``, each row sorted by term id; new
    terms get the next id when ``grow``, else they are skipped."""
    ids: list[int] = []
    counts: list[int] = []
    indptr = [0]
    for document in documents:
        counter: dict[int, int] = {}
        for token in document:
            term = vocabulary.get(token)
            if term is None:
                if not grow:
                    continue
                term = vocabulary[token] = len(vocabulary)
            counter[term] = counter.get(term, 0) + 1
        for term in sorted(counter):
            ids.append(term)
            counts.append(counter[term])
        indptr.append(len(ids))
    return ids, counts, indptr


def _weighted(
    ids: np.ndarray, counts: list[int], indptr: list[int], idf: np.ndarray
) -> sparse.csr_matrix:
    """Sublinear TF times IDF, each row scaled to unit length (sums in row order, as
    scikit-learn's ``normalize`` adds them)."""
    data = np.asarray(counts, dtype=np.float64)
    np.log(data, out=data)
    data += 1.0
    data *= idf[ids]
    lengths = np.asarray(indptr[1:], dtype=np.int64) - np.asarray(indptr[:-1], dtype=np.int64)
    n_rows = lengths.size
    # bincount adds one weight after the other, as scikit-learn's row loop does.
    norms = np.sqrt(np.bincount(np.repeat(np.arange(n_rows), lengths), data * data, n_rows))
    norms[norms == 0.0] = 1.0
    data /= np.repeat(norms, lengths)
    return sparse.csr_matrix(
        (data, ids.astype(np.int32), np.asarray(indptr, dtype=np.int32)),
        shape=(n_rows, idf.size),
    )


def story_tfidf(
    documents: Sequence[Sequence[str]], queries: Sequence[Sequence[str]]
) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """Unit TF-IDF vectors of ``documents`` (vocabulary and IDF fitted on them) and of
    ``queries`` in the same space (their unknown tokens ignored)."""
    first_seen: dict[str, int] = {}
    ids, counts, indptr = _counts(documents, first_seen, grow=True)
    if not first_seen:
        raise ValueError("empty vocabulary: no document has a token")
    # Columns in alphabetical order of terms; each row keeps its entries in first-seen order.
    terms = sorted(first_seen)
    rank = np.empty(len(terms), dtype=np.int64)
    rank[[first_seen[t] for t in terms]] = np.arange(len(terms))
    columns = rank[np.asarray(ids, dtype=np.int64)]
    df = np.bincount(columns, minlength=len(terms)).astype(np.float64)
    df += 1.0
    idf = np.full_like(df, fill_value=len(documents) + 1)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    vectors = _weighted(columns, counts, indptr, idf)
    alphabetical = {term: k for k, term in enumerate(terms)}
    query_ids, query_counts, query_indptr = _counts(queries, alphabetical, grow=False)
    query_vectors = _weighted(
        np.asarray(query_ids, dtype=np.int64), query_counts, query_indptr, idf
    )
    return vectors, query_vectors
