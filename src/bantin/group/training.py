"""Fitting the grouper's pair scorer on gold story clusters (AbMuSu train only).

The labelled stream is replayed through the grouper's own candidate retrieval and features, so
the scorer learns from what it will see at run time. Each candidate story met on the way is one
example, positive when most of its articles share the arriving article's gold cluster.

The first replay sends each article to its gold story, so every story is pure; a scorer trained
only on pure stories has never seen the mixed ones its own mistakes make, so further replays
let the grouper decide with the current scorer and add what it met there (one round of DAgger,
Ross et al. 2011).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from ..logistic import fit_logistic
from ..models import AnalysedArticle
from .features import FEATURES
from .grouper import Pair, StoryGrouper
from .scorer import PairScorer

# Stands in for a scorer while replaying with the gold decisions, which ignore it.
NEUTRAL_SCORER = PairScorer(
    coef=(0.0,) * len(FEATURES),
    intercept=0.0,
    mean=(0.0,) * len(FEATURES),
    scale=(1.0,) * len(FEATURES),
)


class _LabelledReplay(StoryGrouper):
    """A grouper that records each candidate's features and label before deciding: by the
    gold clusters when ``follow_gold``, else as a grouper with ``scorer`` would."""

    def __init__(self, gold: Mapping[str, str], follow_gold: bool, **params: Any) -> None:
        super().__init__(**params)
        self.gold = gold
        self.follow_gold = follow_gold
        self.gold_story: dict[str, int] = {}
        self.examples: list[list[float]] = []
        self.targets: list[int] = []

    def _choose(self, article: AnalysedArticle, pairs: list[Pair]) -> int | None:
        label = self.gold[article.id]
        for pair in pairs:
            members = Counter(self.gold[i] for i in self.states_[pair.story].article_ids)
            self.examples.append(pair.features)
            self.targets.append(int(members.most_common(1)[0][0] == label))
        if not self.follow_gold:
            return super()._choose(article, pairs)
        story = self.gold_story.get(label)
        if story is None:  # _add opens the next story for this article
            self.gold_story[label] = len(self.states_)
        return story


def pair_examples(
    articles: Sequence[AnalysedArticle],
    gold: Mapping[str, str],
    scorer: PairScorer | None = None,
    **params: Any,
) -> tuple[np.ndarray, np.ndarray]:
    """(features, targets) of every (article, candidate story) pair met replaying ``articles``
    in order; ``gold`` maps each article id to its cluster label. Without ``scorer`` each
    article joins its gold story; with one, the grouper decides."""
    replay = _LabelledReplay(
        gold, follow_gold=scorer is None, scorer=scorer or NEUTRAL_SCORER, **params
    )
    replay.partial_fit(articles)
    return np.array(replay.examples, dtype=float), np.array(replay.targets, dtype=int)


def fit_scorer(features: np.ndarray, targets: np.ndarray) -> PairScorer:
    """A logistic regression on standardised pair features."""
    return fit_logistic(PairScorer, features, targets, decimals=6)


def train_scorer(
    articles: Sequence[AnalysedArticle], gold: Mapping[str, str], rounds: int = 1
) -> PairScorer:
    """A scorer fitted on the gold replay of ``articles``, then refitted ``rounds`` times
    adding what a default grouper with the latest scorer meets."""
    features, targets = pair_examples(articles, gold)
    scorer = fit_scorer(features, targets)
    for _ in range(rounds):
        more_features, more_targets = pair_examples(articles, gold, scorer)
        features = np.vstack([features, more_features])
        targets = np.concatenate([targets, more_targets])
        scorer = fit_scorer(features, targets)
    return scorer
