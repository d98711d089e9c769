"""The pair scorer: its JSON form, the shipped model, and fitting it on a labelled stream."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bantin.errors import ConfigError
from bantin.group import StoryGrouper
from bantin.group.features import FEATURES
from bantin.group.scorer import PairScorer, shipped_scorer
from bantin.group.training import fit_scorer, pair_examples, train_scorer
from bantin.models import AnalysedArticle

Stream = tuple[list[AnalysedArticle], list[str]]


def test_scorer_json_round_trip_keeps_probabilities(tmp_path: Path) -> None:
    scorer = shipped_scorer()
    path = tmp_path / "grouper.json"
    path.write_text(json.dumps(scorer.to_json()), encoding="utf-8")
    row = [0.2 * (i % 4) for i in range(len(FEATURES))]
    assert PairScorer.load(path).probability(row) == pytest.approx(scorer.probability(row))


def test_scorer_refuses_a_model_of_other_features() -> None:
    data = shipped_scorer().to_json()
    data["feature_names"] = ["body", "title"]
    with pytest.raises(ConfigError, match=r"train_grouper\.py"):
        PairScorer.from_json(data)


def test_scorer_offset_lowers_the_probability() -> None:
    row = [0.5] * len(FEATURES)
    scorer = shipped_scorer()
    assert scorer.probability(row, offset=-3.0) < scorer.probability(row)
    assert scorer.probability(row, offset=-1e6) == 0.0


def test_pair_examples_label_the_gold_story_of_each_article(stream: Stream) -> None:
    articles, labels = stream
    gold = {a.id: label for a, label in zip(articles, labels, strict=True)}
    features, targets = pair_examples(articles, gold)
    assert features.shape == (len(targets), len(FEATURES))
    # every article after an event's first finds that event's story among its candidates
    assert targets.sum() == len(articles) - len(set(labels))
    body = FEATURES.index("body")
    assert features[targets == 1, body].min() > features[targets == 0, body].max()


def test_train_scorer_learns_to_group_the_stream_it_saw(stream: Stream) -> None:
    articles, labels = stream
    gold = {a.id: label for a, label in zip(articles, labels, strict=True)}
    scorer = train_scorer(articles, gold)
    assert scorer.to_json() == train_scorer(articles, gold).to_json()  # deterministic
    grouper = StoryGrouper(scorer=scorer).partial_fit(articles)
    assert len(grouper.stories_) == len(set(labels))
    assert scorer.coef_[FEATURES.index("body")] > 0


def test_fit_scorer_copes_with_a_constant_feature() -> None:
    rng = np.random.default_rng(0)
    features = rng.random((40, len(FEATURES)))
    features[:, 1] = 0.0
    targets = (features[:, 0] > 0.5).astype(int)
    scorer = fit_scorer(features, targets)
    assert scorer.scale_[1] == 1.0 and scorer.coef_[1] == 0.0
