"""Per story: summary, facts and rendering."""

from .build import build_brief
from .facts import story_facts
from .render import render
from .summarise import summarise

__all__ = ["build_brief", "render", "story_facts", "summarise"]
