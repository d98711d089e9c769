"""The pair scorer: a logistic regression over ``features.FEATURES`` giving the probability
that an article reports the same event as a candidate story.

Trained on AbMuSu train only (``scripts/train_grouper.py``, shipped as ``data/grouper.json``),
so vmds and AbMuSu val stay unseen by it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import ConfigError
from .features import FEATURES

SCORER_RESOURCE = "grouper.json"


@dataclass(frozen=True)
class PairScorer:
    """Standardised features, then a logistic regression's coefficients and intercept."""

    coef: tuple[float, ...]
    intercept: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]

    def __post_init__(self) -> None:
        sizes = {len(self.coef), len(self.mean), len(self.scale)}
        if sizes != {len(FEATURES)}:
            raise ConfigError(
                f"pair scorer has {sorted(sizes)} weights for {len(FEATURES)} features: "
                "retrain it with scripts/train_grouper.py"
            )

    def probability(self, features: Sequence[float], offset: float = 0.0) -> float:
        """Probability of one event; ``offset`` is added to the log-odds."""
        z = (
            offset
            + self.intercept
            + sum(
                w * (x - m) / s
                for w, x, m, s in zip(self.coef, features, self.mean, self.scale, strict=True)
            )
        )
        return 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0

    def to_json(self) -> dict[str, object]:
        return {
            "model": "logistic_regression",
            "feature_names": list(FEATURES),
            "coef": list(self.coef),
            "intercept": self.intercept,
            "mean": list(self.mean),
            "scale": list(self.scale),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> PairScorer:
        if data.get("feature_names") != list(FEATURES):
            raise ConfigError(
                f"pair scorer features {data.get('feature_names')} are not {list(FEATURES)}: "
                "retrain it with scripts/train_grouper.py"
            )
        return cls(
            coef=tuple(data["coef"]),  # type: ignore[arg-type]
            intercept=float(data["intercept"]),  # type: ignore[arg-type]
            mean=tuple(data["mean"]),  # type: ignore[arg-type]
            scale=tuple(data["scale"]),  # type: ignore[arg-type]
        )

    @classmethod
    def load(cls, path: str | Path | None = None) -> PairScorer:
        """The model at ``path``, or the one shipped with the package."""
        if path is None:
            text = resources.files("bantin.data").joinpath(SCORER_RESOURCE).read_text("utf-8")
        else:
            text = Path(path).read_text(encoding="utf-8")
        return cls.from_json(json.loads(text))


@lru_cache(maxsize=1)
def shipped_scorer() -> PairScorer:
    return PairScorer.load()
