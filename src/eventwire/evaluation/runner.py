"""Running eventwire itself over a gold file, producing predictions in the file format.

Predictions from the live pipeline go through the same dictionaries as a
`--pred` file, so both are scored by one code path and `--write-pred` output
can be read back unchanged.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

from ..errors import GazetteerError
from ..records import Event, Place, RawReport
from .gold import TOPONYMS, GoldDoc, GoldSet

EVENT_FIELDS = ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
                "actor2", "assoc_actor_2", "country", "admin1", "admin2", "location", "latitude", "longitude",
                "geo_precision", "fatalities")
TOPONYM_FIELDS = ("start", "end", "name", "latitude", "longitude", "geonameid")

Predictions = dict[str, list[dict[str, Any]]]


@dataclass
class SystemRun:
    """What a system predicted for one gold file, and the documents it failed on."""

    name: str
    predictions: Predictions
    failures: list[tuple[str, str]] = field(default_factory=list)   # (doc id, message)
    seconds: float | None = None


def event_to_prediction(event: Event) -> dict[str, Any]:
    record = {name: getattr(event, name) for name in EVENT_FIELDS}
    plover = getattr(event, "plover_event", None)
    if plover:
        record["plover_event"] = plover
    return record


def place_to_prediction(place: Place) -> dict[str, Any]:
    return {name: getattr(place, name) for name in TOPONYM_FIELDS}


def _published(doc: GoldDoc) -> date | None:
    if not doc.published:
        return None
    return date.fromisoformat(doc.published[:10])


def predict_doc(pipeline, doc: GoldDoc, kind: str, origin: str = "gold") -> list[dict[str, Any]]:
    """One document through the pipeline: its toponyms for toponym gold, else its events."""
    if kind == TOPONYMS:
        return [place_to_prediction(p) for p in pipeline.places(doc.text)]
    report = RawReport(text=doc.text, published=_published(doc), doc_id=doc.id, origin=origin, line=doc.line)
    return [event_to_prediction(e) for e in pipeline.run(report).events]


def run_system(gold: GoldSet, pipeline=None, progress: Callable[[int], None] | None = None) -> SystemRun:
    """Run eventwire over every document in one process; a failing document counts as nothing found.

    A missing gazetteer stops the run (every document would fail the same way).
    """
    if pipeline is None:
        from ..pipeline import default_pipeline

        pipeline = default_pipeline()
    predictions: Predictions = {}
    failures: list[tuple[str, str]] = []
    started = time.perf_counter()
    for doc in gold.docs:
        try:
            predictions[doc.id] = predict_doc(pipeline, doc, gold.kind, gold.path)
        except GazetteerError:
            raise
        except Exception as exc:  # noqa: BLE001 - one bad document must not end a 2,000-document run
            predictions[doc.id] = []
            failures.append((doc.id, f"{type(exc).__name__}: {exc}"))
        if progress is not None:
            progress(1)
    return SystemRun("eventwire", predictions, failures, time.perf_counter() - started)
