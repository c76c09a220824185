"""GeoJSON (RFC 7946): a FeatureCollection of points, one Feature per event.

Events without coordinates are kept, with `"geometry": null` (valid GeoJSON,
and the feature count matches the other exports); pass `unlocated="omit"` to
leave them out. Properties are the event's fields; evidence only on request,
since map clients fetch it per event.
"""
from __future__ import annotations

import json
from dataclasses import fields
from typing import Any, Iterable

from ..records import Event

UNLOCATED = ("null", "omit")
_PLAIN_FIELDS = tuple(f.name for f in fields(Event) if f.name != "evidence")   # str, numbers, None


def feature(event: Event, *, evidence: bool = False) -> dict[str, Any]:
    # what `event.to_dict()` gives, without its deep copy (most of the time of a map's page)
    properties: dict[str, Any] = {name: getattr(event, name) for name in _PLAIN_FIELDS}
    if evidence:
        properties["evidence"] = [e if isinstance(e, dict) else {"field": e.field, "start": e.start, "end": e.end,
                                                                  "text": e.text} for e in event.evidence]
    geometry = None
    if event.latitude is not None and event.longitude is not None:
        geometry = {"type": "Point", "coordinates": [event.longitude, event.latitude]}
    return {"type": "Feature", "id": event.id, "geometry": geometry, "properties": properties}


def to_geojson_dict(events: Iterable[Event], *, unlocated: str = "null", evidence: bool = False) -> dict[str, Any]:
    if unlocated not in UNLOCATED:
        raise ValueError(f"unlocated must be one of {UNLOCATED}")
    features = []
    for event in events:
        if unlocated == "omit" and (event.latitude is None or event.longitude is None):
            continue
        features.append(feature(event, evidence=evidence))
    return {"type": "FeatureCollection", "features": features}


def to_geojson(events: Iterable[Event], *, unlocated: str = "null", evidence: bool = False) -> str:
    return json.dumps(to_geojson_dict(events, unlocated=unlocated, evidence=evidence), ensure_ascii=False)
