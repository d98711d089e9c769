"""Cross-article grouping: near-duplicates, stories and threads (the only cross-article state)."""

from .grouper import StoryGrouper

__all__ = ["StoryGrouper"]
