"""Per-article fact extraction: entities, quotes, numbers and dates.

``fact_components()`` lists the components in the order they must run (quotes read the
entities); they follow the segmentation component, which assigns ``sentences``.
"""

from __future__ import annotations

from ..component import Component
from .dates import DateComponent
from .entities import EntityComponent
from .numbers import NumberComponent
from .quotes import QuoteComponent


def fact_components() -> list[Component]:
    return [EntityComponent(), QuoteComponent(), NumberComponent(), DateComponent()]


__all__ = [
    "DateComponent",
    "EntityComponent",
    "NumberComponent",
    "QuoteComponent",
    "fact_components",
]
