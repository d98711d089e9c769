"""SQLite storage: schema, migrations and every query bantin makes."""

from .database import Store
from .listing import search_key, story_query

__all__ = ["Store", "search_key", "story_query"]
