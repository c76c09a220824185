"""The embedded default store: one DuckDB file holding articles and events.

Writes go in transactions, one per batch of articles: a crash loses at most the
batch in flight and never leaves half an article. Adding is idempotent by id:
an article whose coder and event ids are unchanged is left alone, and an
article coded again by another coder has its events replaced in the same
transaction. Reads open a cursor per call, so one store can serve threads.
"""
from __future__ import annotations

import json
import threading
from datetime import datetime, timezone
from typing import Any, Iterable, Sequence

from ..errors import StoreError
from ..records import Article, Event
from .base import AddResult, StatRow, Summary
from .query import TIME_KEYS, EventQuery, compile_order, compile_page, compile_where, stats_key
from .schema import (
    ARTICLE_COLUMNS,
    DDL,
    EVENT_COLUMNS,
    SCHEMA_VERSION,
    article_row,
    event_row,
    row_to_article,
    row_to_event,
)

_EVENT_COLS = ", ".join(name for name, _ in EVENT_COLUMNS)
_ARTICLE_COLS = ", ".join(name for name, _ in ARTICLE_COLUMNS)


def _arrow_type(kind: str):
    import pyarrow as pa

    return {
        "VARCHAR": pa.string(),
        "INTEGER": pa.int32(),
        "BIGINT": pa.int64(),
        "DOUBLE": pa.float64(),
        "BOOLEAN": pa.bool_(),
        "DATE": pa.date32(),
        "TIMESTAMP": pa.timestamp("us"),
    }[kind]


def _arrow_table(columns: tuple[tuple[str, str], ...], rows: list[tuple[Any, ...]]):
    """Rows -> an Arrow table, so a batch is inserted in one statement (executemany is slow)."""
    import pyarrow as pa

    arrays = [
        pa.array([row[i] for row in rows], type=_arrow_type(kind)) for i, (_, kind) in enumerate(columns)
    ]
    return pa.Table.from_arrays(arrays, names=[name for name, _ in columns])


class DuckDBStore:
    """Articles and events in a DuckDB file (or ":memory:")."""

    def __init__(self, path: str = "eventwire.duckdb", *, read_only: bool = False):
        import duckdb

        self.path = str(path)
        self.read_only = read_only
        self._lock = threading.RLock()
        try:
            self._con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            hint = "is another eventwire process (serve, ingest) using it? " if "lock" in str(exc).lower() else ""
            raise StoreError(f"cannot open the store {self.path}: {hint}{exc}") from exc
        except duckdb.Error as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc
        if not read_only:
            self._create()
        self._check_schema()
        self._event_select = self._select_list("events", EVENT_COLUMNS)
        self._article_select = self._select_list("articles", ARTICLE_COLUMNS)

    # -- set-up -----------------------------------------------------------
    def _create(self) -> None:
        with self._lock:
            for statement in DDL:
                self._con.execute(statement)
            self._con.execute(
                "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )
            for table, columns in (("articles", ARTICLE_COLUMNS), ("events", EVENT_COLUMNS)):
                have = self._columns(table)
                for name, kind in columns:
                    if name not in have:  # a field added to the records since this file was made
                        self._con.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")

    def _columns(self, table: str) -> set[str]:
        rows = self._con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]
        ).fetchall()
        return {name for (name,) in rows}

    def _select_list(self, table: str, columns: tuple[tuple[str, str], ...]) -> str:
        """Every column, NULL for ones an older read-only file lacks."""
        have = self._columns(table)
        return ", ".join(name if name in have else f"NULL AS {name}" for name, _ in columns)

    def _check_schema(self) -> None:
        try:
            row = self._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except Exception as exc:  # duckdb.CatalogException: not an eventwire store
            raise StoreError(f"{self.path} is not an eventwire store (no meta table); ingest into it first") from exc
        if row is None or int(row[0]) != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has store schema {row[0] if row else '?'}, this eventwire reads {SCHEMA_VERSION}; "
                "re-ingest into a new file"
            )

    # -- writing ----------------------------------------------------------
    def add(self, article: Article, events: Sequence[Event], coder: str | None = None) -> AddResult:
        """Store one article and its events (idempotent by id)."""
        return self.add_batch([(article, list(events))], coder=coder)[0]

    def add_batch(
        self, items: Iterable[tuple[Article, Sequence[Event]]], coder: str | None = None
    ) -> list[AddResult]:
        """Store many articles in one transaction: all of them, or (on error) none."""
        if self.read_only:
            raise StoreError(f"the store {self.path} is open read-only")
        latest: dict[str, tuple[Article, list[Event]]] = {}
        for article, events in items:
            if not article.id:
                raise StoreError(f"an article from {article.origin}:{article.line} has no id")
            latest[article.id] = (article, list(events))
        if not latest:
            return []
        from .. import CODER

        ids = list(latest)
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        with self._lock:
            existing = dict(
                self._con.execute("SELECT id, coder FROM articles WHERE id = ANY(?)", [ids]).fetchall()
            )
            stored_events = dict(
                self._con.execute(
                    "SELECT article_id, list(id ORDER BY id) FROM events "
                    "WHERE article_id = ANY(?) GROUP BY article_id",
                    [ids],
                ).fetchall()
            )
            results: list[AddResult] = []
            replace: list[str] = []
            article_rows: list[tuple[Any, ...]] = []
            event_rows: list[tuple[Any, ...]] = []
            for article_id, (article, events) in latest.items():
                article_coder = coder or (events[0].coder if events and events[0].coder else CODER)
                event_ids = sorted(e.id for e in events)
                if article_id in existing:
                    same = existing[article_id] == article_coder and list(stored_events.get(article_id) or []) == event_ids
                    if same:
                        results.append(AddResult(article_id, "unchanged", len(events)))
                        continue
                    replace.append(article_id)
                    status = "replaced"
                else:
                    status = "new"
                article_rows.append(article_row(article, article_coder, now))
                event_rows.extend(event_row(e, now) for e in events)
                results.append(AddResult(article_id, status, len(events)))
            if article_rows:
                self._write(replace, article_rows, event_rows)
        return results

    def _write(self, replace: list[str], article_rows: list[tuple], event_rows: list[tuple]) -> None:
        import duckdb

        con = self._con
        new_event_ids = [row[0] for row in event_rows]
        try:
            con.execute("BEGIN TRANSACTION")
            if replace:
                con.execute("DELETE FROM events WHERE article_id = ANY(?)", [replace])
                con.execute("DELETE FROM articles WHERE id = ANY(?)", [replace])
            if new_event_ids:
                con.execute("DELETE FROM events WHERE id = ANY(?)", [new_event_ids])
            con.register("_ew_articles", _arrow_table(ARTICLE_COLUMNS, article_rows))
            con.execute(f"INSERT INTO articles ({_ARTICLE_COLS}) SELECT {_ARTICLE_COLS} FROM _ew_articles")
            if event_rows:
                con.register("_ew_events", _arrow_table(EVENT_COLUMNS, _unique_by_id(event_rows)))
                con.execute(f"INSERT INTO events ({_EVENT_COLS}) SELECT {_EVENT_COLS} FROM _ew_events")
            con.execute("COMMIT")
        except (duckdb.Error, ValueError, TypeError, OverflowError) as exc:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise StoreError(f"could not write to the store {self.path}: {exc}") from exc
        finally:
            for name in ("_ew_articles", "_ew_events"):
                try:
                    con.unregister(name)
                except duckdb.Error:
                    pass

    def delete(self, article_id: str) -> int:
        """Remove an article and its events; returns the number of events removed."""
        if self.read_only:
            raise StoreError(f"the store {self.path} is open read-only")
        with self._lock:
            self._con.execute("BEGIN TRANSACTION")
            n = self._con.execute("SELECT count(*) FROM events WHERE article_id = ?", [article_id]).fetchone()[0]
            self._con.execute("DELETE FROM events WHERE article_id = ?", [article_id])
            self._con.execute("DELETE FROM articles WHERE id = ?", [article_id])
            self._con.execute("COMMIT")
        return int(n)

    # -- reading ----------------------------------------------------------
    def _fetch(self, sql: str, params: list[Any]) -> tuple[list[str], list[tuple]]:
        with self._lock:
            cursor = self._con.cursor()
        try:
            result = cursor.execute(sql, params)
            names = [d[0] for d in result.description]
            return names, result.fetchall()
        finally:
            cursor.close()

    def _events_sql(self, q: EventQuery) -> tuple[str, list[Any]]:
        where = compile_where(q)
        page_sql, page_params = compile_page(q)
        sql = f"SELECT {self._event_select} FROM events {where.where} {compile_order(q.sort)} {page_sql}"
        return sql, where.params + page_params

    def query(self, q: EventQuery | None = None) -> list[Event]:
        sql, params = self._events_sql(q or EventQuery())
        names, rows = self._fetch(sql, params)
        return [row_to_event(dict(zip(names, row))) for row in rows]

    def count(self, q: EventQuery | None = None) -> int:
        where = compile_where(q or EventQuery())
        _, rows = self._fetch(f"SELECT count(*) FROM events {where.where}", where.params)
        return int(rows[0][0])

    def get(self, event_id: str) -> Event | None:
        names, rows = self._fetch(f"SELECT {self._event_select} FROM events WHERE id = ?", [event_id])
        return row_to_event(dict(zip(names, rows[0]))) if rows else None

    def article(self, article_id: str) -> Article | None:
        names, rows = self._fetch(f"SELECT {self._article_select} FROM articles WHERE id = ?", [article_id])
        return row_to_article(dict(zip(names, rows[0]))) if rows else None

    def stats(self, q: EventQuery | None = None, by: str = "day") -> list[StatRow]:
        """(key, events, fatalities) per group; time groupings leave out undated events."""
        key = stats_key(by)
        where = compile_where(q or EventQuery())
        clause = where.where
        if by in TIME_KEYS:
            clause = f"{clause} AND event_date IS NOT NULL" if clause else "WHERE event_date IS NOT NULL"
        order = "key ASC" if by in TIME_KEYS else "events DESC, key ASC"
        sql = (
            f"SELECT {key} AS key, count(*) AS events, coalesce(sum(fatalities), 0) AS fatalities "
            f"FROM events {clause} GROUP BY key ORDER BY {order}"
        )
        _, rows = self._fetch(sql, where.params)
        return [StatRow(k, int(n), int(f)) for k, n, f in rows]

    def timestamps(self, event_ids: Sequence[str]) -> dict[str, int]:
        """Unix time each event was stored: ACLED's `timestamp` column."""
        _, rows = self._fetch(
            "SELECT id, epoch(ingested_at)::BIGINT FROM events WHERE id = ANY(?)", [list(event_ids)]
        )
        return {i: int(t) for i, t in rows}

    def summary(self) -> Summary:
        _, rows = self._fetch(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
            "(SELECT coalesce(sum(fatalities), 0) FROM events)",
            [],
        )
        a, e, f = rows[0]
        return Summary(articles=int(a), events=int(e), fatalities=int(f))

    def df(self, q: EventQuery | None = None):
        """The matching events as a pandas DataFrame (evidence parsed from JSON)."""
        sql, params = self._events_sql(q or EventQuery())
        with self._lock:
            cursor = self._con.cursor()
        try:
            frame = cursor.execute(sql, params).df()
        finally:
            cursor.close()
        frame["evidence"] = [json.loads(v) if v else [] for v in frame["evidence"]]
        return frame

    # -- lifetime ---------------------------------------------------------
    def close(self) -> None:
        with self._lock:
            self._con.close()

    def __enter__(self) -> "DuckDBStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"DuckDBStore({self.path!r}{', read_only=True' if self.read_only else ''})"


def _unique_by_id(rows: list[tuple]) -> list[tuple]:
    """Two events with one id in a batch: the later wins, as it would across batches."""
    seen: dict[str, tuple] = {}
    for row in rows:
        seen[row[0]] = row
    return list(seen.values())
