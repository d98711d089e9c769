"""Per-article analysis: each component is a pure function of one article."""

from __future__ import annotations

from .component import Analyser, Component, check_chain
from .segment import Segmenter, find_dateline, segment_words, split_sentences
from .terms import TermCounter, content_words


def default_components() -> list[Component]:
    """The chain ``bantin run`` uses: segmentation, term counts, then fact extraction."""
    components: list[Component] = [Segmenter(), TermCounter()]
    try:
        from .facts import fact_components
    except ImportError:  # the facts components are optional while they are being built
        return components
    return components + fact_components()


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
