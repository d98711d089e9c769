"""B-cubed, ARI and NMI on toy clusterings computed by hand."""

from __future__ import annotations

import pytest

from bantin.eval.metrics import bcubed, cluster_agreement


def test_bcubed_perfect_clustering_scores_one() -> None:
    assert bcubed(["x", "x", "y"], [1, 1, 2]) == pytest.approx((1.0, 1.0, 1.0))


def test_bcubed_everything_in_one_cluster() -> None:
    # gold {a,b} {c}: precision a=b=2/3, c=1/3 -> 5/9; recall 1 for all.
    precision, recall, f1 = bcubed(["p", "p", "p"], ["A", "A", "B"])
    assert precision == pytest.approx(5 / 9)
    assert recall == pytest.approx(1.0)
    assert f1 == pytest.approx(2 * (5 / 9) / (5 / 9 + 1))


def test_bcubed_all_singletons() -> None:
    # gold {a,b,c,d}: each singleton has precision 1 and recall 1/4.
    precision, recall, _ = bcubed([1, 2, 3, 4], ["g"] * 4)
    assert (precision, recall) == pytest.approx((1.0, 0.25))


def test_bcubed_mixed_case_by_hand() -> None:
    # predicted {1,2,3} {4,5}; gold {1,2} {3,4,5}.
    # precision: 1,2 -> 2/3; 3 -> 1/3; 4,5 -> 1 => (2/3+2/3+1/3+1+1)/5 = 11/15
    # recall:    1,2 -> 1;   3 -> 1/3; 4,5 -> 2/3 => (1+1+1/3+2/3+2/3)/5 = 11/15
    precision, recall, f1 = bcubed(["a", "a", "a", "b", "b"], ["x", "x", "y", "y", "y"])
    assert precision == pytest.approx(11 / 15)
    assert recall == pytest.approx(11 / 15)
    assert f1 == pytest.approx(11 / 15)


def test_bcubed_ignores_label_names() -> None:
    assert bcubed([7, 7, 9], ["a", "a", "b"]) == bcubed(["q", "q", "r"], [0, 0, 1])


def test_bcubed_refuses_lists_of_different_lengths() -> None:
    with pytest.raises(ValueError, match="2 predicted labels for 3 gold labels"):
        bcubed([1, 1], [1, 1, 2])


def test_cluster_agreement_ari_by_hand() -> None:
    # predicted {1,2} {3,4}; gold {1,2,3} {4}. Contingency pairs: sum C(n_ij,2) = 1;
    # rows C(2,2)+C(2,2) = 2; cols C(3,2)+C(1,2) = 3; C(4,2) = 6.
    # expected = 2*3/6 = 1; max = (2+3)/2 = 2.5; ARI = (1-1)/(2.5-1) = 0.
    agreement = cluster_agreement(["a", "a", "b", "b"], ["x", "x", "x", "y"])
    assert agreement.ari == pytest.approx(0.0)
    assert 0.0 < agreement.nmi < 1.0


@pytest.mark.parametrize("labels", [["a", "a", "b"], [1, 2, 3], ["only"] * 3])
def test_cluster_agreement_identical_clusterings_score_one(labels: list) -> None:
    agreement = cluster_agreement(labels, labels)
    assert agreement.b3_f1 == pytest.approx(1.0)
    assert agreement.ari == pytest.approx(1.0)
    assert agreement.nmi == pytest.approx(1.0)


def test_cluster_agreement_mixed_label_types() -> None:
    agreement = cluster_agreement([1, "1", None], ["a", "b", "c"])
    assert agreement.b3_f1 == pytest.approx(1.0)
