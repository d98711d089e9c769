"""ROUGE on toy cases small enough to count by hand."""

from __future__ import annotations

import pytest

from bantin.eval.rouge import lcs_length, rouge_l, rouge_n, rouge_tokens


@pytest.mark.parametrize(
    ("candidate", "reference", "n", "expected"),
    [
        # 2 shared unigrams: P = 2/4, R = 2/3, F = 4/7
        ("a b c d", "a b e", 1, (0.5, 2 / 3, 4 / 7)),
        # bigrams ab bc cd vs ab be: one shared, P = 1/3, R = 1/2, F = 2/5
        ("a b c d", "a b e", 2, (1 / 3, 0.5, 0.4)),
        # counts are clipped: "a" three times matches the reference's single "a" once
        ("a a a", "a", 1, (1 / 3, 1.0, 0.5)),
        ("a b", "c d", 1, (0.0, 0.0, 0.0)),
        ("", "a b", 1, (0.0, 0.0, 0.0)),
        ("a", "a b", 2, (0.0, 0.0, 0.0)),
    ],
)
def test_rouge_n_hand_computed(
    candidate: str, reference: str, n: int, expected: tuple[float, float, float]
) -> None:
    score = rouge_n(candidate.split(), reference.split(), n)
    assert score == pytest.approx(expected)


@pytest.mark.parametrize(
    ("a", "b", "length"),
    [("a b c d", "a c d e", 3), ("a b c", "c b a", 1), ("x y", "", 0), ("a b a b", "b a b a", 3)],
)
def test_lcs_length_hand_computed(a: str, b: str, length: int) -> None:
    assert lcs_length(a.split(), b.split()) == length
    assert lcs_length(b.split(), a.split()) == length


def test_rouge_l_uses_longest_common_subsequence() -> None:
    # LCS "a c d" = 3 of 4 tokens on each side
    assert rouge_l(["a", "b", "c", "d"], ["a", "c", "d", "e"]).f1 == pytest.approx(0.75)


def test_rouge_tokens_lowercases_segments_and_drops_punctuation() -> None:
    tokens = rouge_tokens("Hà Nội, thủ đô của Việt Nam.")
    assert "hà_nội" in tokens
    assert "việt_nam" in tokens
    assert all(t == t.lower() for t in tokens)
    assert "," not in tokens and "." not in tokens
