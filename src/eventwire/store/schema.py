"""Table layout and the conversions between records and rows, defined once.

The events table has one column per `Event` field (evidence as JSON text), so
the store can never silently drop a field the pipeline adds: `EVENT_COLUMNS`
is derived from the dataclass and a test checks the types cover it.
"""
from __future__ import annotations

import json
from dataclasses import MISSING, Field, asdict, fields, is_dataclass
from datetime import date, datetime
from typing import Any, Callable

from ..errors import StoreError
from ..records import Article, Dateline, Event, Evidence, Place, Sentence, Span
from .query import SEARCH_COLUMNS

SCHEMA_VERSION = 1

# Where the Python type does not say enough.
_TYPE_OVERRIDES: dict[str, str] = {"event_date": "DATE", "geonameid": "BIGINT"}
_SQL_TYPES = {"int": "INTEGER", "float": "DOUBLE", "bool": "BOOLEAN", "str": "VARCHAR"}


def _base_type(annotation: Any) -> str:
    """'int | None' -> 'int'; 'list[Evidence]' -> 'list'."""
    text = str(annotation).replace(" ", "")
    parts = [p for p in text.split("|") if p != "None"]
    base = parts[0] if parts else "str"
    return base.split("[", 1)[0]


def sql_type(f: Field) -> str:
    """The column type of a dataclass field: lists and dicts are stored as JSON text."""
    if f.name in _TYPE_OVERRIDES:
        return _TYPE_OVERRIDES[f.name]
    return _SQL_TYPES.get(_base_type(f.type), "VARCHAR")


def _default(f: Field) -> Any:
    if f.default is not MISSING:
        return f.default
    if f.default_factory is not MISSING:  # type: ignore[misc]
        return f.default_factory()  # type: ignore[misc]
    return None


_FIELDS: tuple[Field, ...] = tuple(fields(Event))
EVENT_FIELDS: tuple[str, ...] = tuple(f.name for f in _FIELDS)
JSON_FIELDS: frozenset[str] = frozenset(f.name for f in _FIELDS if _base_type(f.type) in ("list", "dict"))
EVENT_COLUMNS: tuple[tuple[str, str], ...] = tuple((f.name, sql_type(f)) for f in _FIELDS) + (
    ("ingested_at", "TIMESTAMP"),
)

ARTICLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "VARCHAR"),
    ("doc_id", "VARCHAR"),
    ("origin", "VARCHAR"),
    ("line", "INTEGER"),
    ("published", "DATE"),
    ("title", "VARCHAR"),
    ("url", "VARCHAR"),
    ("source", "VARCHAR"),
    ("agency", "VARCHAR"),
    ("text", "VARCHAR"),
    ("lowercased", "BOOLEAN"),
    ("language", "VARCHAR"),
    ("dateline", "VARCHAR"),     # JSON
    ("sentences", "VARCHAR"),    # JSON [[start, end], ...]
    ("places", "VARCHAR"),       # JSON list of Place
    ("coder", "VARCHAR"),
    ("ingested_at", "TIMESTAMP"),
)


# Every report behind a stored event: one row per event as the pipeline coded it from one
# article (`event` is that Event as JSON, its evidence pointing into that article). An event
# merged across reports has several rows; `events` holds the merged event under `event_id`.
SOURCE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "VARCHAR"),
    ("article_id", "VARCHAR"),
    ("source_event_id", "VARCHAR"),
    ("seq", "BIGINT"),           # the order reports were stored: the first one names the event
    ("source", "VARCHAR"),
    ("fatalities", "INTEGER"),
    ("notes", "VARCHAR"),        # the report's own sentence(s): text search finds a merged event by any report
    ("event", "VARCHAR"),        # JSON
    ("ingested_at", "TIMESTAMP"),
)


def _table(table: str, columns: tuple[tuple[str, str], ...], column_type: Callable[[str], str]) -> str:
    cols = ",\n  ".join(
        f"{name} {column_type(kind)}{' PRIMARY KEY' if name == 'id' else ''}" for name, kind in columns
    )
    return f"CREATE TABLE IF NOT EXISTS {table} (\n  {cols}\n)"


def ddl(column_type: Callable[[str], str] = str) -> tuple[str, ...]:
    """The statements creating the tables; `column_type` spells a type the backend's way."""
    return (
        f"CREATE TABLE IF NOT EXISTS meta (key {column_type('VARCHAR')} PRIMARY KEY, value {column_type('VARCHAR')})",
        _table("articles", ARTICLE_COLUMNS, column_type),
        _table("events", EVENT_COLUMNS + SEARCH_COLUMNS, column_type),
        "CREATE INDEX IF NOT EXISTS events_article ON events (article_id)",
        _table("event_sources", SOURCE_COLUMNS, column_type),
        "CREATE INDEX IF NOT EXISTS event_sources_event ON event_sources (event_id)",
        "CREATE INDEX IF NOT EXISTS event_sources_article ON event_sources (article_id)",
    )


DDL: tuple[str, ...] = ddl()


def _iso_date(value: str | None, event_id: str) -> date | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise StoreError(f"event {event_id}: event_date {value!r} is not YYYY-MM-DD") from None


def event_row(event: Event, now: datetime) -> tuple[Any, ...]:
    """One row of the events table, in `EVENT_COLUMNS` order."""
    if not event.id:
        raise StoreError(f"an event of article {event.article_id or '?'} has no id; the pipeline assigns ids")
    values: list[Any] = []
    for name in EVENT_FIELDS:
        value = getattr(event, name)
        if name == "event_date":
            value = _iso_date(value, event.id)
        elif name in JSON_FIELDS:
            value = json.dumps(value, default=_jsonable, ensure_ascii=False)
        values.append(value)
    values.append(now)
    return tuple(values)


def _jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def row_to_event(row: dict[str, Any]) -> Event:
    """An Event from a row; a column missing or NULL takes the field's default where that is not None."""
    data: dict[str, Any] = {}
    for f in _FIELDS:
        value = row.get(f.name)
        if f.name in JSON_FIELDS and isinstance(value, str):
            value = json.loads(value)
        if f.name == "event_date" and isinstance(value, date):
            value = value.isoformat()
        if value is None:
            value = _default(f)
        data[f.name] = value
    data["evidence"] = [Evidence(**e) if isinstance(e, dict) else e for e in data.get("evidence") or []]
    return Event(**data)


def article_row(article: Article, coder: str, now: datetime) -> tuple[Any, ...]:
    dateline = asdict(article.dateline) if article.dateline else None
    values = {
        "id": article.id,
        "doc_id": article.doc_id,
        "origin": article.origin,
        "line": article.line,
        "published": article.published,
        "title": article.title,
        "url": article.url,
        "source": article.source,
        "agency": article.agency,
        "text": article.text,
        "lowercased": article.lowercased,
        "language": article.language,
        "dateline": json.dumps(dateline, ensure_ascii=False, default=str) if dateline else None,
        "sentences": json.dumps([[s.start, s.end] for s in article.sentences]),
        "places": json.dumps([p.to_dict() for p in article.places], ensure_ascii=False),
        "coder": coder,
        "ingested_at": now,
    }
    return tuple(values[name] for name, _ in ARTICLE_COLUMNS)


def row_to_article(row: dict[str, Any]) -> Article:
    dateline = None
    if row.get("dateline"):
        d = json.loads(row["dateline"])
        dateline = Dateline(d["place"], d.get("agency"), Span(**d["place_span"]), Span(**d["span"]),
                            date.fromisoformat(d["day"]) if d.get("day") else None)
    return Article(
        id=row["id"],
        text=row["text"],
        doc_id=row.get("doc_id"),
        origin=row.get("origin") or "<string>",
        line=row.get("line"),
        published=row.get("published"),
        title=row.get("title"),
        url=row.get("url"),
        source=row.get("source"),
        agency=row.get("agency"),
        dateline=dateline,
        lowercased=bool(row.get("lowercased")),
        sentences=[Sentence(s, e) for s, e in json.loads(row.get("sentences") or "[]")],
        places=[Place(**p) for p in json.loads(row.get("places") or "[]")],
        language=row.get("language") or "en",
    )


def source_row(group_id: str, event: Event, seq: int, now: datetime) -> tuple[Any, ...]:
    """One row of event_sources, in `SOURCE_COLUMNS` order."""
    if not event.id:
        raise StoreError(f"an event of article {event.article_id or '?'} has no id; the pipeline assigns ids")
    fields_ = {name: getattr(event, name) for name in EVENT_FIELDS}
    fields_["evidence"] = [vars(e) if is_dataclass(e) else e for e in event.evidence]
    data = json.dumps(fields_, ensure_ascii=False, default=_jsonable)
    return (group_id, event.article_id, event.id, seq, event.source, event.fatalities, event.notes, data, now)


def json_to_event(text: str) -> Event:
    return Event.from_dict(json.loads(text))
