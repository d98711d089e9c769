"""The one learned-model shape bantin ships: a logistic regression on standardised features.

The grouper's pair scorer and the summariser's sentence and concept scorers are all this, each
a subclass naming its feature columns and the script that retrains it. The fitted state is
four arrays (``coef_``, ``intercept_``, ``mean_``, ``scale_``), saved as small JSON in
``bantin/data`` by the training scripts, so nothing is downloaded at run time.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar, Self, TypeVar

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

from .errors import ConfigError


class LogisticScorer:
    """A standardised logistic regression over the columns named in ``feature_names``."""

    feature_names: ClassVar[tuple[str, ...]] = ()
    kind: ClassVar[str] = ""
    trainer: ClassVar[str] = ""  # the script that retrains the shipped model

    def __init__(
        self,
        coef: Sequence[float],
        intercept: float,
        mean: Sequence[float],
        scale: Sequence[float],
        feature_names: Sequence[str] | None = None,
    ) -> None:
        if feature_names is not None and tuple(feature_names) != self.feature_names:
            raise ConfigError(
                f"the {self.kind} model was trained on other features: "
                f"retrain it with {self.trainer}"
            )
        self.coef_ = np.asarray(coef, dtype=float)
        self.intercept_ = float(intercept)
        self.mean_ = np.asarray(mean, dtype=float)
        self.scale_ = np.asarray(scale, dtype=float)
        if (
            not self.coef_.shape
            == self.mean_.shape
            == self.scale_.shape
            == (len(self.feature_names),)
        ):
            raise ConfigError(
                f"the {self.kind} model needs one coefficient, mean and scale per feature "
                f"({len(self.feature_names)}); got {self.coef_.shape[0]}: "
                f"retrain it with {self.trainer}"
            )
        # Plain floats for ``probability``: one short row at a time is faster without numpy.
        self._weights = list(
            zip(self.coef_.tolist(), self.mean_.tolist(), self.scale_.tolist(), strict=True)
        )

    def __call__(self, features: np.ndarray) -> np.ndarray:
        """Probability of the positive class for each row of ``features``."""
        logits = ((features - self.mean_) / self.scale_) @ self.coef_ + self.intercept_
        return np.asarray(1.0 / (1.0 + np.exp(-logits)))

    def probability(self, features: Sequence[float], offset: float = 0.0) -> float:
        """Probability of the positive class for one row; ``offset`` is added to the log-odds."""
        z = offset + self.intercept_
        for (weight, mean, scale), value in zip(self._weights, features, strict=True):
            z += weight * (value - mean) / scale
        return 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0

    def to_json(self) -> dict[str, object]:
        return {
            "model": "logistic_regression",
            "feature_names": list(self.feature_names),
            "coef": self.coef_.tolist(),
            "intercept": self.intercept_,
            "mean": self.mean_.tolist(),
            "scale": self.scale_.tolist(),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        return cls(
            coef=data["coef"],
            intercept=data["intercept"],
            mean=data["mean"],
            scale=data["scale"],
            feature_names=data.get("feature_names", ()),
        )


S = TypeVar("S", bound=LogisticScorer)


def fit_logistic(
    kind: type[S],
    features: np.ndarray,
    labels: np.ndarray,
    regularisation: float = 1.0,
    decimals: int | None = None,
) -> S:
    """A ``kind`` fitted on ``features`` (standardised first) and ``labels``; deterministic.

    ``decimals`` rounds the saved numbers, which keeps a shipped model's JSON short and stable.
    """
    scaler = StandardScaler().fit(features)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    model = LogisticRegression(C=regularisation, max_iter=5000)
    model.fit((features - scaler.mean_) / scale, labels)
    arrays = [model.coef_[0], model.intercept_, scaler.mean_, scale]
    if decimals is not None:
        arrays = [np.round(a, decimals) for a in arrays]
    coef, intercept, mean, scale = arrays
    return kind(
        coef=coef.tolist(), intercept=float(intercept[0]), mean=mean.tolist(), scale=scale.tolist()
    )


def read_model_json(resource: str, path: str | Path | None = None) -> Any:
    """The JSON at ``path``, or the model file ``resource`` shipped in ``bantin.data``."""
    if path is None:
        text = resources.files("bantin.data").joinpath(resource).read_text("utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return json.loads(text)
