"""ROUGE-N and ROUGE-L F1 computed the AbMuSu way.

Text is word-segmented with underthesea (syllables of one word joined by "_"), lower-cased, and
punctuation tokens are dropped, so "Hà Nội," and "hà nội" count as the same single token.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

_PUNCTUATION = re.compile(r"^[\W_]+$")


class RougeScore(NamedTuple):
    precision: float
    recall: float
    f1: float


def _score(overlap: float, candidate_total: int, reference_total: int) -> RougeScore:
    if overlap == 0 or candidate_total == 0 or reference_total == 0:
        return RougeScore(0.0, 0.0, 0.0)
    precision = overlap / candidate_total
    recall = overlap / reference_total
    return RougeScore(precision, recall, 2 * precision * recall / (precision + recall))


def rouge_tokens(text: str) -> list[str]:
    """Lower-cased underthesea words of ``text`` without punctuation tokens."""
    from underthesea import word_tokenize

    words = (word.replace(" ", "_").lower() for word in word_tokenize(text))
    return [word for word in words if not _PUNCTUATION.match(word)]


def ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    """Multiset of the ``n``-grams of ``tokens``."""
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def rouge_n(candidate: Sequence[str], reference: Sequence[str], n: int) -> RougeScore:
    """ROUGE-N: clipped ``n``-gram overlap between two token sequences."""
    cand, ref = ngrams(candidate, n), ngrams(reference, n)
    overlap = sum((cand & ref).values())
    return _score(overlap, sum(cand.values()), sum(ref.values()))


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence (one row of the DP table kept)."""
    if len(a) < len(b):
        a, b = b, a
    row = [0] * (len(b) + 1)
    for token in a:
        diagonal = 0
        for j, other in enumerate(b, start=1):
            above = row[j]
            row[j] = diagonal + 1 if token == other else max(row[j], row[j - 1])
            diagonal = above
    return row[-1]


def rouge_l(candidate: Sequence[str], reference: Sequence[str]) -> RougeScore:
    """ROUGE-L: longest common subsequence over the whole summary (summary-level, no split)."""
    return _score(lcs_length(candidate, reference), len(candidate), len(reference))
