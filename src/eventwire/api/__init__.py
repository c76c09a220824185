"""The HTTP API and the map page: `create_app(settings)`; `eventwire serve` runs it.

`create_app` is imported on first use: the settings alone (read by the CLI at start-up) do not
pull in FastAPI, which every `eventwire` command would otherwise pay for.
"""
from __future__ import annotations

from .settings import SETTINGS, ServeSettings, load_settings

__all__ = ["create_app", "load_settings", "ServeSettings", "SETTINGS"]


def __getattr__(name: str):
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
