"""Where events live: the store protocol and its embedded DuckDB implementation.

    store = eventwire.connect("events.duckdb")
    store.add(article, events)
    store.query(EventQuery(country="Syria", date_from="2020-05-01", limit=50))
    store.stats(EventQuery(), by="week")
    store.df()

Callers depend on `Store`, never on DuckDB, so another backend can sit behind it.
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
]

DEFAULT_PATH = "eventwire.duckdb"


def connect(path: str = DEFAULT_PATH, *, read_only: bool = False) -> Store:
    """Open (or create) a store. `path` is a DuckDB file, or ":memory:"."""
    from .duckdb_store import DuckDBStore

    return DuckDBStore(path, read_only=read_only)
