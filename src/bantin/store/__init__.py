"""SQLite storage: schema, migrations and every query bantin makes."""

from .database import Store

__all__ = ["Store"]
