"""The pair scorer: a logistic regression over ``features.FEATURES`` giving the probability
that an article reports the same event as a candidate story.

Trained on AbMuSu train only (``scripts/train_grouper.py``, shipped as ``data/grouper.json``),
so vmds and AbMuSu val stay unseen by it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..logistic import LogisticScorer, read_model_json
from .features import FEATURES

SCORER_RESOURCE = "grouper.json"


class PairScorer(LogisticScorer):
    """Chance that an article and a candidate story report one event, from their features."""

    feature_names = FEATURES
    kind = "pair"
    trainer = "scripts/train_grouper.py"

    @classmethod
    def load(cls, path: str | Path | None = None) -> PairScorer:
        """The model at ``path``, or the one shipped with the package."""
        return cls.from_json(read_model_json(SCORER_RESOURCE, path))


@lru_cache(maxsize=1)
def shipped_scorer() -> PairScorer:
    return PairScorer.load()
