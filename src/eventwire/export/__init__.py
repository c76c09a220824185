"""Events out, in the format chosen at the very end: ACLED CSV, JSONL, GeoJSON, Parquet.

Pure functions from a list of `Event`s to text or bytes, plus `write` that
sends any format to a path or an open file.
"""
from __future__ import annotations

import sys
from typing import IO, Iterable

from ..records import Event
from .acled import acled_row, event_id_cnty, to_acled_csv, write_acled_csv
from .geojson import to_geojson, to_geojson_dict
from .jsonl import event_json, to_jsonl, write_jsonl
from .parquet import arrow_schema, to_arrow, to_parquet, write_parquet

__all__ = [
    "FORMATS",
    "write",
    "render",
    "acled_row",
    "event_id_cnty",
    "to_acled_csv",
    "to_jsonl",
    "to_geojson",
    "to_geojson_dict",
    "to_parquet",
    "to_arrow",
    "arrow_schema",
    "event_json",
]

FORMATS = ("csv", "jsonl", "geojson", "parquet")
EXTENSIONS = {"csv": ".csv", "jsonl": ".jsonl", "geojson": ".geojson", "parquet": ".parquet"}


def render(events: Iterable[Event], fmt: str, *, timestamps=None) -> str | bytes:
    """The whole export in memory: text for csv/jsonl/geojson, bytes for parquet."""
    if fmt == "csv":
        return to_acled_csv(events, timestamps)
    if fmt == "jsonl":
        return to_jsonl(events)
    if fmt == "geojson":
        return to_geojson(events)
    if fmt == "parquet":
        return to_parquet(events)
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


def write(events: Iterable[Event], fmt: str, out: str | IO | None = None, *, timestamps=None) -> int:
    """Write events to `out` (a path, a file object, or None for stdout); returns how many."""
    events = list(events)
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if out is None:
            sys.stdout.buffer.write(to_parquet(events))
        elif isinstance(out, str):
            write_parquet(events, out)
        else:
            out.write(to_parquet(events))
        return len(events)
    if isinstance(out, str):
        with open(out, "w", encoding="utf-8", newline="") as fp:
            return write(events, fmt, fp, timestamps=timestamps)
    fp = out or sys.stdout
    if fmt == "csv":
        write_acled_csv(events, fp, timestamps)
    elif fmt == "jsonl":
        write_jsonl(events, fp)
    else:
        fp.write(to_geojson(events))
        fp.write("\n")
    return len(events)
