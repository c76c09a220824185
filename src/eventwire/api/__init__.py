"""The HTTP API and the map page: `create_app(settings)`; `eventwire serve` runs it."""
from __future__ import annotations

from .app import create_app
from .settings import SETTINGS, ServeSettings, load_settings

__all__ = ["create_app", "load_settings", "ServeSettings", "SETTINGS"]
