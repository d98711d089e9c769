"""The summariser's learned state: two logistic models shipped as one small JSON file.

``SentenceScorer`` gives each sentence the chance that an editor keeps it; ``ConceptScorer``
gives each word bigram of the story (a *concept*) the chance that it appears in the editor's
summary. Both are trained on AbMuSu train only by ``scripts/train_summariser.py`` and stored as
``data/summariser.json``: coefficients, intercept and the standardisation of their features.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..logistic import LogisticScorer, read_model_json
from .concepts import CONCEPT_FEATURES
from .sentence_features import FEATURE_NAMES

MODEL_RESOURCE = "summariser.json"


class SentenceScorer(LogisticScorer):
    """Chance that a sentence belongs in the summary, from its ``FEATURE_NAMES`` row."""

    feature_names = FEATURE_NAMES
    kind = "summariser's sentence"
    trainer = "scripts/train_summariser.py"


class ConceptScorer(LogisticScorer):
    """Chance that a story bigram appears in the summary, from its ``CONCEPT_FEATURES`` row."""

    feature_names = CONCEPT_FEATURES
    kind = "summariser's concept"
    trainer = "scripts/train_summariser.py"


class SummaryModel:
    """The sentence scorer and the concept scorer, saved and loaded together."""

    def __init__(self, sentence: SentenceScorer, concept: ConceptScorer) -> None:
        self.sentence = sentence
        self.concept = concept

    def to_json(self) -> dict[str, object]:
        return {"sentence": self.sentence.to_json(), "concept": self.concept.to_json()}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SummaryModel:
        if not {"sentence", "concept"} <= set(data):
            raise ConfigError(
                "the summariser model needs 'sentence' and 'concept' parts: "
                "retrain it with scripts/train_summariser.py"
            )
        return cls(
            SentenceScorer.from_json(data["sentence"]),
            ConceptScorer.from_json(data["concept"]),
        )

    @classmethod
    def load(cls, path: str | Path | None = None) -> SummaryModel:
        """The model at ``path``, or the one shipped with the package."""
        return cls.from_json(read_model_json(MODEL_RESOURCE, path))


@lru_cache(maxsize=1)
def shipped_model() -> SummaryModel:
    return SummaryModel.load()
