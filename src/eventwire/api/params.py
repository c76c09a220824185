"""Query-string parameters -> validated filter values, as a pure function.

Every value is checked here and then handed to the store as a bound parameter,
so nothing in a query string can reach the SQL text. Unknown parameter names are
refused too: a misspelt filter (`contry=`) would otherwise silently match everything.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Mapping, Sequence

from ..codebook import EVENT_TYPES, PARENT_TYPE, SUB_EVENT_TYPES
from .problems import ApiError

FILTER_PARAMS: tuple[str, ...] = (
    "date_from", "date_to", "bbox", "country", "admin1", "event_type", "sub_event_type",
    "actor", "min_fatalities", "q",
)
PAGE_PARAMS: tuple[str, ...] = ("sort", "limit", "offset", "format")
SORT_KEYS: tuple[str, ...] = ("event_date", "fatalities", "country", "admin1", "event_type", "location", "id")
DEFAULT_SORT = "-event_date"
MAX_TEXT = 200
MAX_OFFSET = 10_000_000

_TYPES = {t.lower(): t for t in EVENT_TYPES}
_SUBTYPES = {s.lower(): s for s in SUB_EVENT_TYPES}


@dataclass(frozen=True)
class Filters:
    """The validated filters of one request; `None` means "not filtered"."""

    date_from: date | None = None
    date_to: date | None = None
    bbox: tuple[float, float, float, float] | None = None   # min_lon, min_lat, max_lon, max_lat
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    min_fatalities: int | None = None
    text: str | None = None


@dataclass(frozen=True)
class Page:
    sort: str = DEFAULT_SORT
    limit: int = 100
    offset: int = 0


def bad(field: str, message: str) -> ApiError:
    return ApiError(400, "bad_parameter", f"{field}: {message}", field)


def single_values(pairs: Sequence[tuple[str, str]], allowed: Sequence[str]) -> dict[str, str]:
    """The query string as name -> value, refusing unknown and repeated names."""
    values: dict[str, str] = {}
    for name, value in pairs:
        if name not in allowed:
            raise ApiError(400, "unknown_parameter",
                           f"unknown parameter {name[:40]!r}; this endpoint takes: {', '.join(allowed)}", name[:40])
        if name in values:
            raise bad(name, "give this parameter once")
        values[name] = value
    return values


def _text(field: str, raw: str) -> str | None:
    value = raw.strip()
    if not value:
        return None
    if len(value) > MAX_TEXT:
        raise bad(field, f"at most {MAX_TEXT} characters")
    if any(ord(c) < 32 for c in value):
        raise bad(field, "control characters are not allowed")
    return value


def _date(field: str, raw: str) -> date | None:
    value = raw.strip()
    if not value:
        return None
    try:
        if len(value) != 10:
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise bad(field, f"expected a date as YYYY-MM-DD, got {value[:40]!r}") from None


def _int(field: str, raw: str, low: int, high: int) -> int:
    value = raw.strip()
    try:
        number = int(value)
    except ValueError:
        raise bad(field, f"expected a whole number, got {value[:40]!r}") from None
    if not low <= number <= high:
        raise bad(field, f"must be between {low} and {high}, got {number}")
    return number


def _bbox(raw: str) -> tuple[float, float, float, float] | None:
    value = raw.strip()
    if not value:
        return None
    parts = value.split(",")
    if len(parts) != 4:
        raise bad("bbox", "expected four numbers min_lon,min_lat,max_lon,max_lat")
    try:
        min_lon, min_lat, max_lon, max_lat = (float(p) for p in parts)
    except ValueError:
        raise bad("bbox", f"expected four numbers min_lon,min_lat,max_lon,max_lat, got {value[:60]!r}") from None
    if not all(math.isfinite(v) for v in (min_lon, min_lat, max_lon, max_lat)):
        raise bad("bbox", "the numbers must be finite")
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180 and -90 <= min_lat <= 90 and -90 <= max_lat <= 90):
        raise bad("bbox", "longitudes lie in [-180, 180] and latitudes in [-90, 90]")
    if min_lon > max_lon or min_lat > max_lat:
        raise bad("bbox", "the minimum must not exceed the maximum (min_lon,min_lat,max_lon,max_lat)")
    return (min_lon, min_lat, max_lon, max_lat)


def parse_filters(values: Mapping[str, str]) -> Filters:
    """Validate the filter parameters of GET /events and GET /stats."""
    event_type = sub_event_type = None
    if (raw := values.get("event_type", "").strip()):
        event_type = _TYPES.get(raw.lower())
        if event_type is None:
            raise bad("event_type", f"unknown event type {raw[:60]!r}; one of: {', '.join(EVENT_TYPES)}")
    if (raw := values.get("sub_event_type", "").strip()):
        sub_event_type = _SUBTYPES.get(raw.lower())
        if sub_event_type is None:
            raise bad("sub_event_type", f"unknown sub-event type {raw[:60]!r}; see GET /config for the list")
        if event_type and PARENT_TYPE[sub_event_type] != event_type:
            raise bad("sub_event_type",
                      f"{sub_event_type!r} belongs to {PARENT_TYPE[sub_event_type]!r}, not {event_type!r}")
    date_from = _date("date_from", values.get("date_from", ""))
    date_to = _date("date_to", values.get("date_to", ""))
    if date_from and date_to and date_from > date_to:
        raise bad("date_to", f"the range is empty: date_from {date_from} is after date_to {date_to}")
    min_fatalities = None
    if values.get("min_fatalities", "").strip():
        min_fatalities = _int("min_fatalities", values["min_fatalities"], 0, 1_000_000)
    return Filters(
        date_from=date_from,
        date_to=date_to,
        bbox=_bbox(values.get("bbox", "")),
        country=_text("country", values.get("country", "")),
        admin1=_text("admin1", values.get("admin1", "")),
        event_type=event_type,
        sub_event_type=sub_event_type,
        actor=_text("actor", values.get("actor", "")),
        min_fatalities=min_fatalities,
        text=_text("q", values.get("q", "")),
    )


def parse_page(values: Mapping[str, str], max_limit: int, default_limit: int = 100) -> Page:
    sort = values.get("sort", "").strip() or DEFAULT_SORT
    key = sort[1:] if sort.startswith(("-", "+")) else sort
    if key not in SORT_KEYS:
        raise bad("sort",
                  f"unknown sort key {sort[:40]!r}; one of {', '.join(SORT_KEYS)}, with '-' in front for descending")
    if sort.startswith("+"):
        sort = key
    limit = (_int("limit", values["limit"], 1, max_limit) if values.get("limit", "").strip()
             else min(default_limit, max_limit))
    offset = _int("offset", values["offset"], 0, MAX_OFFSET) if values.get("offset", "").strip() else 0
    return Page(sort=sort, limit=limit, offset=offset)
