"""Clustering agreement between predicted and gold labels: B-cubed, ARI and NMI.

B-cubed (Bagga & Baldwin 1998) is computed here, per item, because it is the measure the
story-grouping targets are written in; ARI and NMI come from scikit-learn.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence

from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

from ..models import Record


class ClusterAgreement(Record):
    """How well a predicted clustering matches the gold one."""

    b3_precision: float
    b3_recall: float
    b3_f1: float
    ari: float
    nmi: float


def bcubed(predicted: Sequence[Hashable], gold: Sequence[Hashable]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of ``predicted`` labels against ``gold`` labels.

    For each item, precision is the share of its predicted cluster that shares its gold
    cluster, recall the share of its gold cluster that shares its predicted cluster; both are
    averaged over items. Empty input scores 1.0 (nothing was mis-grouped).
    """
    if len(predicted) != len(gold):
        raise ValueError(f"got {len(predicted)} predicted labels for {len(gold)} gold labels")
    if not predicted:
        return 1.0, 1.0, 1.0
    pairs = Counter(zip(predicted, gold, strict=True))
    predicted_sizes = Counter(predicted)
    gold_sizes = Counter(gold)
    # Every item in the cell (p, g) has |cell| items that agree with it on both labels.
    precision = sum(n * n / predicted_sizes[p] for (p, _), n in pairs.items()) / len(predicted)
    recall = sum(n * n / gold_sizes[g] for (_, g), n in pairs.items()) / len(predicted)
    f1 = 2 * precision * recall / (precision + recall)
    return precision, recall, f1


def cluster_agreement(predicted: Sequence[Hashable], gold: Sequence[Hashable]) -> ClusterAgreement:
    """B-cubed P/R/F1, adjusted Rand index and normalised mutual information."""
    precision, recall, f1 = bcubed(predicted, gold)
    predicted_ids = _as_ints(predicted)
    gold_ids = _as_ints(gold)
    return ClusterAgreement(
        b3_precision=precision,
        b3_recall=recall,
        b3_f1=f1,
        ari=float(adjusted_rand_score(gold_ids, predicted_ids)) if predicted else 1.0,
        nmi=float(normalized_mutual_info_score(gold_ids, predicted_ids)) if predicted else 1.0,
    )


def _as_ints(labels: Sequence[Hashable]) -> list[int]:
    """Labels as small ints: scikit-learn wants comparable labels, ours may mix types."""
    index: dict[Hashable, int] = {}
    return [index.setdefault(label, len(index)) for label in labels]
