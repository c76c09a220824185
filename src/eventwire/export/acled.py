"""ACLED-compatible CSV: exactly ACLED's export columns, in ACLED's order.

eventwire's own fields (confidence, evidence, ids) are not ACLED columns and are
left out; JSONL and Parquet carry them. Where ACLED always has a value, the
ACLED convention fills the gap: an unknown toll is 0, as in ACLED's files.
"""
from __future__ import annotations

import csv
import io
from typing import IO, Any, Iterable, Mapping

from ..codebook import ACLED_EXPORT_COLUMNS
from ..records import Event, stable_id

Timestamps = int | Mapping[str, int] | None


def event_id_cnty(event: Event) -> str:
    """A country-prefixed id like ACLED's ("SYR" + digits), stable for a given event id."""
    prefix = (event.iso3 or "XXX").upper()
    digits = int(stable_id(event.id or repr(event.to_dict()), length=12), 16) % 10**12
    return f"{prefix}{digits}"


def _year(event: Event) -> int | str:
    if event.event_date and len(event.event_date) >= 4 and event.event_date[:4].isdigit():
        return int(event.event_date[:4])
    return ""


def _coord(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def _blank(value: Any) -> Any:
    return "" if value is None else value


def acled_row(event: Event, timestamp: int | None = None) -> dict[str, Any]:
    """One event as an ACLED record: column name -> value, ACLED's columns only."""
    row: dict[str, Any] = {}
    for column in ACLED_EXPORT_COLUMNS:
        if column == "event_id_cnty":
            value = event_id_cnty(event)
        elif column == "year":
            value = _year(event)
        elif column == "timestamp":
            value = _blank(timestamp)
        elif column in ("latitude", "longitude"):
            value = _coord(getattr(event, column))
        elif column == "fatalities":
            value = event.fatalities or 0
        elif column == "event_date":
            value = event.event_date or ""
        else:
            value = _blank(getattr(event, column, ""))
        row[column] = value
    return row


def _timestamp_of(event: Event, timestamps: Timestamps) -> int | None:
    if timestamps is None or isinstance(timestamps, int):
        return timestamps
    return timestamps.get(event.id)


def write_acled_csv(events: Iterable[Event], fp: IO[str], timestamps: Timestamps = None) -> int:
    """Write the header and one row per event; returns the number of rows."""
    writer = csv.DictWriter(fp, fieldnames=list(ACLED_EXPORT_COLUMNS), lineterminator="\n")
    writer.writeheader()
    n = 0
    for event in events:
        writer.writerow(acled_row(event, _timestamp_of(event, timestamps)))
        n += 1
    return n


def to_acled_csv(events: Iterable[Event], timestamps: Timestamps = None) -> str:
    """ACLED CSV as a string. `timestamps`: one Unix time, or event id -> Unix time."""
    buffer = io.StringIO()
    write_acled_csv(events, buffer, timestamps)
    return buffer.getvalue()
