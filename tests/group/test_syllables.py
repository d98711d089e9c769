"""Syllable vectors: what they are made of, how they are weighed, what the shipped counts say."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path

import pytest

from bantin.errors import ConfigError
from bantin.group.features import FEATURES, EventKeys, pair_features
from bantin.group.story import StoryState, Vectors
from bantin.group.syllables import SyllableFrequencies, article_syllables, shipped_syllables
from bantin.models import AnalysedArticle

Make = Callable[..., AnalysedArticle]
NO_KEYS = EventKeys(days=frozenset(), title_numbers=frozenset())


def test_article_syllables_split_words_and_skip_numbers(article: Make) -> None:
    drowning = article("Hai em đuối_nước ở sông . Năm 2024 có 3 vụ đuối_nước", title="đuối_nước")
    counts = article_syllables(drowning)
    assert counts["đuối"] == counts["nước"] == 3  # twice in the body, once in the title
    assert counts["sông"] == 1
    assert not any(any(ch.isdigit() for ch in syllable) for syllable in counts)


def test_syllable_frequencies_weigh_rare_syllables_higher(article: Make) -> None:
    background = [
        article("người dân đi làm"),
        article("người dân đi chợ"),
        article("người đuối_nước"),
    ]
    frequencies = SyllableFrequencies.count(background)
    assert frequencies.documents == 3
    assert frequencies.counts["người"] == 3
    vector = frequencies.vector({"người": 1, "đuối": 1, "mới": 1}, keep=10)
    assert vector["mới"] > vector["đuối"] > vector["người"]  # unseen > rare > everywhere
    assert math.isclose(sum(w * w for w in vector.values()), 1.0)


def test_syllable_frequencies_keep_only_the_heaviest(article: Make) -> None:
    frequencies = SyllableFrequencies.count([article("a b c d")])
    vector = frequencies.vector({"a": 1, "b": 5, "c": 1, "e": 1}, keep=2)
    assert set(vector) == {"b", "e"}  # the most frequent, and the unseen one


@pytest.mark.parametrize("min_documents", [1, 2])
def test_syllable_frequencies_drop_rare_syllables(article: Make, min_documents: int) -> None:
    frequencies = SyllableFrequencies.count(
        [article("mưa lũ"), article("mưa bão")], min_documents=min_documents
    )
    assert ("lũ" in frequencies.counts) == (min_documents == 1)


@pytest.mark.parametrize(("counts", "documents"), [({"a": 3}, 2), ({"a": 0}, 2), ({}, 0)])
def test_syllable_frequencies_reject_impossible_counts(
    counts: dict[str, int], documents: int
) -> None:
    with pytest.raises(ConfigError, match="train_syllables"):
        SyllableFrequencies(counts, documents)


def test_syllable_frequencies_round_trip_through_json(tmp_path: Path, article: Make) -> None:
    frequencies = SyllableFrequencies.count([article("mưa lũ"), article("mưa bão")])
    path = tmp_path / "syllables.json"
    path.write_text(json.dumps(frequencies.to_json()), encoding="utf-8")
    loaded = SyllableFrequencies.load(path)
    assert loaded.counts == frequencies.counts
    assert loaded.documents == frequencies.documents


def test_shipped_syllables_link_words_that_share_syllables(article: Make) -> None:
    """Two drownings told with different words share no word but share syllables."""
    frequencies = shipped_syllables()
    assert frequencies.documents > 1000
    first = article("Hai học_sinh đuối_nước khi tắm sông")
    second = article("Một em_bé chết_đuối ở ao làng")
    state = StoryState(id="s", thread_id="t", title="", article_ids=[])
    state.add_original(vectors_of(first, frequencies), keep=100)
    row = pair_features(vectors_of(second, frequencies), NO_KEYS, state)
    assert row[FEATURES.index("body")] == 0.0
    assert row[FEATURES.index("syllables")] > 0.1


def vectors_of(item: AnalysedArticle, frequencies: SyllableFrequencies) -> Vectors:
    """Body words as the only other signal, unit-weighted: enough to compare with syllables."""
    norm = math.sqrt(len(item.terms))
    body = {term: 1.0 / norm for term in item.terms}
    return (body, {}, {}, {}, frequencies.vector(article_syllables(item), keep=100))
