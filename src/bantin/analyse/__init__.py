"""Per-article analysis: each component is a pure function of one article."""

from __future__ import annotations

from .component import Analyser, Component, check_chain
from .facts import fact_components
from .segment import Segmenter, find_dateline, segment_words, split_sentences
from .terms import TermCounter, content_words


def default_components() -> list[Component]:
    """The chain ``bantin run`` uses: segmentation, term counts, then fact extraction."""
    return [Segmenter(), TermCounter(), *fact_components()]


__all__ = [
    "Analyser",
    "Component",
    "Segmenter",
    "TermCounter",
    "check_chain",
    "content_words",
    "default_components",
    "find_dateline",
    "segment_words",
    "split_sentences",
]
