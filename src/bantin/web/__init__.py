"""Read-only web interface: every HTML page has a ``.json`` twin served by the same handler."""

from .app import create_app, get_once

__all__ = ["create_app", "get_once"]
