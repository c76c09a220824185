"""Where events live: the store protocol, its embedded DuckDB backend and its PostgreSQL backend.

    store = eventwire.connect("events.duckdb")         # or "postgresql://user@host/dbname"
    store.add(article, events)
    store.query(EventQuery(country="Syria", date_from="2020-05-01", limit=50))
    store.stats(EventQuery(), by="week")
    store.df()

Callers depend on `Store`, never on an engine: `connect` picks the backend from the target.
"""
from __future__ import annotations

from .base import AddResult, StatRow, Store, Summary
from .query import SORT_COLUMNS, STATS_KEYS, EventQuery, QueryError

__all__ = [
    "connect",
    "Store",
    "EventQuery",
    "QueryError",
    "AddResult",
    "StatRow",
    "Summary",
    "SORT_COLUMNS",
    "STATS_KEYS",
    "DEFAULT_PATH",
    "is_server_url",
    "display_name",
]

DEFAULT_PATH = "eventwire.duckdb"


def is_server_url(target: str) -> bool:
    """Whether `--db` names a PostgreSQL database (postgresql://...) rather than a DuckDB file."""
    return str(target).startswith(("postgresql://", "postgres://"))


def display_name(target: str) -> str:
    """How messages name a store: a PostgreSQL URL loses its password."""
    if is_server_url(target):
        from .postgres_store import redact

        return redact(str(target))
    return str(target)


def connect(path: str = DEFAULT_PATH, *, read_only: bool = False) -> Store:
    """Open (or create) a store: a DuckDB file, ":memory:", or a `postgresql://user@host/dbname` URL."""
    if is_server_url(path):
        from .postgres_store import PostgresStore

        return PostgresStore(path, read_only=read_only)
    from .duckdb_store import DuckDBStore

    return DuckDBStore(path, read_only=read_only)
