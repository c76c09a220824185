"""`EventQuery`: every filter the API and the exports use, compiled to SQL with bound values.

Values never enter the SQL text: each filter appends a fixed fragment with `?`
placeholders (one per value of a list) and its values to the parameter list. The fragments are
SQL that DuckDB and PostgreSQL read alike (`IN (?, ?)`, `= ANY(?)`, `strpos`, `concat_ws`); only
the stats keys differ. Only the sort key picks SQL text, and it is looked up in a fixed table of
column names.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Sequence

from ..errors import StoreError


class QueryError(StoreError, ValueError):
    """A query parameter is invalid: the message names the parameter and what is accepted."""

    def __init__(self, parameter: str, message: str):
        self.parameter = parameter
        super().__init__(f"{parameter}: {message}")


SORT_COLUMNS: dict[str, str] = {
    "event_date": "event_date",
    "fatalities": "fatalities",
    "confidence": "confidence",
    "country": "country",
    "admin1": "admin1",
    "location": "location",
    "event_type": "event_type",
    "sub_event_type": "sub_event_type",
    "actor1": "actor1",
    "ingested_at": "ingested_at",
    "id": "id",
}

STATS_KEYS: dict[str, str] = {
    "day": "strftime(event_date, '%Y-%m-%d')",
    "week": "strftime(date_trunc('week', event_date), '%Y-%m-%d')",
    "month": "strftime(event_date, '%Y-%m')",
    "year": "CAST(year(event_date) AS VARCHAR)",
    "event_type": "event_type",
    "sub_event_type": "sub_event_type",
    "admin1": "admin1",
    "country": "country",
}
TIME_KEYS = frozenset({"day", "week", "month", "year"})

# What `actor` and `text` search, case-insensitively. The parts are joined by chr(31), which a
# search word never holds (str.split() splits on it), so no word matches across two fields.
ACTOR_HAYSTACK = "lower(concat_ws(chr(31), actor1, assoc_actor_1, actor2, assoc_actor_2))"
TEXT_HAYSTACK = ("lower(concat_ws(chr(31), notes, actor1, assoc_actor_1, actor2, assoc_actor_2, "
                 "location, admin1, admin2, country))")
# The same haystacks stored with each event (the text one also holds every report's own notes
# that differ from the event's, as `with_sources` searches them): the store writes them in SQL, so
# lower() is the engine's own.
SEARCH_COLUMNS: tuple[tuple[str, str], ...] = (("search_text", "VARCHAR"), ("actor_text", "VARCHAR"))
SEARCH_VALUES = (
    f"search_text = concat_ws(chr(31), {TEXT_HAYSTACK}, "
    "(SELECT string_agg(lower(s.notes), chr(31)) FROM event_sources s "
    "WHERE s.event_id = events.id AND s.notes IS DISTINCT FROM events.notes)), "
    f"actor_text = {ACTOR_HAYSTACK}"
)

Text = str | Sequence[str] | None


@dataclass
class EventQuery:
    """Filters over stored events. None means "any"; list values mean "any of these".

    `bbox` is (min_lon, min_lat, max_lon, max_lat); min_lon > max_lon crosses the
    antimeridian. `actor` and `text` are case-insensitive substrings (every word of
    `text` must occur in the notes, actors or place names). `sort` is a column
    name, "-" first for descending, several joined by commas.
    """

    date_from: date | str | None = None
    date_to: date | str | None = None
    bbox: tuple[float, float, float, float] | None = None
    country: Text = None
    admin1: Text = None
    event_type: Text = None
    sub_event_type: Text = None
    actor: str | None = None
    min_fatalities: int | None = None
    text: str | None = None
    article_id: str | None = None
    ids: Sequence[str] | None = None
    sort: str = "-event_date"
    limit: int | None = None
    offset: int = 0

    def page(self, limit: int | None, offset: int = 0) -> "EventQuery":
        return replace(self, limit=limit, offset=offset)


def _date(value: date | str | None, name: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise QueryError(name, f"{str(value)[:40]!r} is not a date YYYY-MM-DD") from None


def _lower_list(value: Text) -> list[str] | None:
    if value is None:
        return None
    items = [value] if isinstance(value, str) else list(value)
    items = [str(v).strip().lower() for v in items if v is not None and str(v).strip()]
    return items or None


def _one_of(expression: str, values: list[str]) -> str:
    """`expression IN (?, ...)`, one placeholder per value: DuckDB plans `= ANY(?)` as a join with
    the list, which costs twice the scan itself."""
    return f"{expression} IN ({', '.join('?' * len(values))})"


@dataclass
class Compiled:
    where: str
    params: list[Any] = field(default_factory=list)


def compile_where(q: EventQuery, *, with_sources: bool = False, stored_search: bool = False) -> Compiled:
    """The WHERE clause (with leading 'WHERE', or empty) and its bound parameters.

    `with_sources`: the store has `event_sources`, so `text` also searches the sentences of
    every report merged into an event, not only the first report's notes.
    `stored_search`: the events table holds `SEARCH_COLUMNS`, the same haystacks lower-cased
    once when written, so a search reads one column instead of lower-casing every row.
    """
    parts: list[str] = []
    params: list[Any] = []

    d_from, d_to = _date(q.date_from, "date_from"), _date(q.date_to, "date_to")
    if d_from and d_to and d_from > d_to:
        raise QueryError("date_from", f"{d_from} is after date_to {d_to}")
    if d_from:
        parts.append("event_date >= ?")
        params.append(d_from)
    if d_to:
        parts.append("event_date <= ?")
        params.append(d_to)

    if q.bbox is not None:
        try:
            min_lon, min_lat, max_lon, max_lat = (float(v) for v in q.bbox)
        except (TypeError, ValueError):
            raise QueryError("bbox", "expected four numbers: min_lon,min_lat,max_lon,max_lat") from None
        if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
            raise QueryError("bbox", "longitudes must lie in [-180, 180], latitudes in [-90, 90], min_lat <= max_lat")
        parts.append("latitude BETWEEN ? AND ?")
        params += [min_lat, max_lat]
        if min_lon <= max_lon:
            parts.append("longitude BETWEEN ? AND ?")
        else:
            parts.append("(longitude >= ? OR longitude <= ?)")
        params += [min_lon, max_lon]

    countries = _lower_list(q.country)
    if countries:
        parts.append(f"({_one_of('lower(country)', countries)} OR {_one_of('lower(iso3)', countries)})")
        params += countries + countries
    for column in ("admin1", "event_type", "sub_event_type"):
        values = _lower_list(getattr(q, column))
        if values:
            parts.append(_one_of(f"lower({column})", values))
            params += values

    if q.actor and q.actor.strip():
        parts.append(f"strpos({'actor_text' if stored_search else ACTOR_HAYSTACK}, ?) > 0")
        params.append(q.actor.strip().lower())

    if q.min_fatalities is not None:
        try:
            minimum = int(q.min_fatalities)
        except (TypeError, ValueError):
            raise QueryError("min_fatalities", "expected a whole number") from None
        if minimum < 0:
            raise QueryError("min_fatalities", "must be 0 or more")
        parts.append("coalesce(fatalities, 0) >= ?")
        params.append(minimum)

    if q.text and q.text.strip():
        for word in q.text.lower().split():
            if stored_search:
                parts.append("strpos(search_text, ?) > 0")
                params.append(word)
            elif with_sources:
                parts.append(f"(strpos({TEXT_HAYSTACK}, ?) > 0 OR id IN "
                             "(SELECT event_id FROM event_sources WHERE strpos(lower(notes), ?) > 0))")
                params += [word, word]
            else:
                parts.append(f"strpos({TEXT_HAYSTACK}, ?) > 0")
                params.append(word)

    if q.article_id:
        parts.append("article_id = ?")
        params.append(q.article_id)
    if q.ids is not None:
        parts.append("id = ANY(?)")
        params.append([str(i) for i in q.ids])

    return Compiled("WHERE " + " AND ".join(parts) if parts else "", params)


def compile_order(sort: str | None) -> str:
    """ORDER BY from whitelisted column names; id last so pages never overlap."""
    keys: list[str] = []
    for raw in (sort or "").split(","):
        key = raw.strip()
        if not key:
            continue
        desc = key.startswith("-")
        name = key.lstrip("-+")
        column = SORT_COLUMNS.get(name)
        if column is None:
            raise QueryError("sort", f"unknown sort key {name[:40]!r}; use one of {', '.join(SORT_COLUMNS)}")
        keys.append(f"{column} {'DESC' if desc else 'ASC'} NULLS LAST")
    if not any(k.startswith("id ") for k in keys):
        keys.append("id ASC")
    return "ORDER BY " + ", ".join(keys)


def compile_page(q: EventQuery) -> tuple[str, list[Any]]:
    try:
        limit = None if q.limit is None else int(q.limit)
        offset = int(q.offset or 0)
    except (TypeError, ValueError):
        raise QueryError("limit", "limit and offset must be whole numbers") from None
    if limit is not None and limit < 0:
        raise QueryError("limit", "must be 0 or more")
    if offset < 0:
        raise QueryError("offset", "must be 0 or more")
    if limit is None:
        return ("OFFSET ?", [offset]) if offset else ("", [])
    return "LIMIT ? OFFSET ?", [limit, offset]


def stats_key(by: str, keys: dict[str, str] = STATS_KEYS) -> str:
    """The SQL of a grouping, from the backend's table of them (same names in every backend)."""
    try:
        return keys[by]
    except KeyError:
        raise QueryError("by", f"unknown grouping {str(by)[:40]!r}; use one of {', '.join(STATS_KEYS)}") from None
