"""The summariser's learned state: two logistic models shipped as one small JSON file.

``SentenceScorer`` gives each sentence the chance that an editor keeps it; ``ConceptScorer``
gives each word bigram of the story (a *concept*) the chance that it appears in the editor's
summary. Both are trained on AbMuSu train only by ``scripts/train_summariser.py`` and stored as
``data/summariser.json``: coefficients, intercept and the standardisation of their features.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import ClassVar, Self

import numpy as np

from ..errors import ConfigError
from .concepts import CONCEPT_FEATURES
from .sentence_features import FEATURE_NAMES

MODEL_RESOURCE = "summariser.json"


class LogisticScorer:
    """A standardised logistic regression over the columns named in ``feature_names``."""

    feature_names: ClassVar[tuple[str, ...]] = ()
    kind: ClassVar[str] = ""

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
                f"the summariser's {self.kind} model was trained on other features: "
                "retrain it with scripts/train_summariser.py"
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
                f"the summariser's {self.kind} model needs one coefficient, mean and scale per "
                f"feature ({len(self.feature_names)}); got {self.coef_.shape[0]}"
            )

    def __call__(self, features: np.ndarray) -> np.ndarray:
        """Probability of the positive class for each row of ``features``."""
        logits = ((features - self.mean_) / self.scale_) @ self.coef_ + self.intercept_
        return np.asarray(1.0 / (1.0 + np.exp(-logits)))

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
    def from_json(cls, data: Mapping[str, object]) -> Self:
        return cls(
            coef=data["coef"],  # type: ignore[arg-type]
            intercept=data["intercept"],  # type: ignore[arg-type]
            mean=data["mean"],  # type: ignore[arg-type]
            scale=data["scale"],  # type: ignore[arg-type]
            feature_names=data["feature_names"],  # type: ignore[arg-type]
        )


class SentenceScorer(LogisticScorer):
    """Chance that a sentence belongs in the summary, from its ``FEATURE_NAMES`` row."""

    feature_names = FEATURE_NAMES
    kind = "sentence"


class ConceptScorer(LogisticScorer):
    """Chance that a story bigram appears in the summary, from its ``CONCEPT_FEATURES`` row."""

    feature_names = CONCEPT_FEATURES
    kind = "concept"


class SummaryModel:
    """The sentence scorer and the concept scorer, saved and loaded together."""

    def __init__(self, sentence: SentenceScorer, concept: ConceptScorer) -> None:
        self.sentence = sentence
        self.concept = concept

    def to_json(self) -> dict[str, object]:
        return {"sentence": self.sentence.to_json(), "concept": self.concept.to_json()}

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> SummaryModel:
        if not {"sentence", "concept"} <= set(data):
            raise ConfigError(
                "the summariser model needs 'sentence' and 'concept' parts: "
                "retrain it with scripts/train_summariser.py"
            )
        return cls(
            SentenceScorer.from_json(data["sentence"]),  # type: ignore[arg-type]
            ConceptScorer.from_json(data["concept"]),  # type: ignore[arg-type]
        )

    @classmethod
    def load(cls, path: str | Path | None = None) -> SummaryModel:
        """The model at ``path``, or the one shipped with the package."""
        if path is None:
            text = resources.files("bantin.data").joinpath(MODEL_RESOURCE).read_text("utf-8")
        else:
            text = Path(path).read_text(encoding="utf-8")
        return cls.from_json(json.loads(text))


@lru_cache(maxsize=1)
def shipped_model() -> SummaryModel:
    return SummaryModel.load()
