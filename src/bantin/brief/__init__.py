"""Per story: summary, facts and rendering."""

from .render import render
from .summarise import summarise

__all__ = ["render", "summarise"]
