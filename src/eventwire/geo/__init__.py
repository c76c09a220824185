"""Offline gazetteer and toponym recognition/resolution.

    gaz = load_gazetteer()                 # the index, built from packaged data on first use
    places = find_places(article, gaz)     # toponyms with offsets and coordinates
    place = resolve_name("Saraqeb", gaz, country_hint="Syria")
"""
from __future__ import annotations

from .gazetteer import Gazetteer, default_path, load_gazetteer
from .resolve import find_places, resolve_name

__all__ = ["Gazetteer", "default_path", "find_places", "load_gazetteer", "resolve_name", "build_gazetteer"]


def build_gazetteer(*args, **kwargs) -> Gazetteer:
    """Build an index in memory (see `eventwire.geo.build.build_gazetteer`)."""
    from .build import build_gazetteer as _build

    return _build(*args, **kwargs)
