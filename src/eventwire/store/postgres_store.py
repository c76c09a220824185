"""The shared server store: the same tables and the same `SQLStore` logic in a PostgreSQL database.

`--db postgresql://user@host/dbname` opens it. Several processes may write at once: each
write transaction first takes one transaction-scoped advisory lock, so writers take turns
for the few milliseconds of a batch's write while extraction (the slow part) runs in
parallel and readers never wait (MVCC). A lock rather than row locks or `ON CONFLICT`:
merging across reports asks "is any stored event the same as this one?", and the event
that would answer may be being written by the other process; no row lock covers a row
not yet there, and `ON CONFLICT` only catches the same id, not the same event told by
another report. Under the lock each batch sees every batch committed before it, so the
result is the one of the two ingests run one after the other: nothing lost, nothing twice.

Spatial filters are plain latitude and longitude ranges, so PostGIS is not needed.
"""
from __future__ import annotations

import contextlib
import os
import threading
from typing import Any, Iterator, Sequence
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..errors import StoreError
from .schema import ddl
from .sql_store import SQLStore

# One number for every eventwire writer of a database: pg_advisory_xact_lock(WRITER_LOCK).
WRITER_LOCK = 0x6576_656E_7477   # "eventw"
_TYPES = {"DOUBLE": "DOUBLE PRECISION"}
_EXTRA_DDL = (   # what the server's planner needs that DuckDB's zone maps give for free
    "CREATE INDEX IF NOT EXISTS events_date ON events (event_date)",
    "CREATE INDEX IF NOT EXISTS event_sources_source ON event_sources (source_event_id)",
)
STATS_KEYS: dict[str, str] = {
    "day": "to_char(event_date, 'YYYY-MM-DD')",
    "week": "to_char(date_trunc('week', event_date), 'YYYY-MM-DD')",
    "month": "to_char(event_date, 'YYYY-MM')",
    "year": "CAST(CAST(extract(year FROM event_date) AS INTEGER) AS VARCHAR)",
    "event_type": "event_type",
    "sub_event_type": "sub_event_type",
    "admin1": "admin1",
    "country": "country",
}


def redact(url: str) -> str:
    """The URL without its password (in the user part or a `password=` parameter)."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if parts.password is not None:
        netloc = f"{parts.username or ''}:***@{netloc.rsplit('@', 1)[1]}"
    query = urlencode([(k, "***" if k == "password" else v) for k, v in parse_qsl(parts.query)], safe="*")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def _column_type(kind: str) -> str:
    return _TYPES.get(kind, kind)


def _reason(exc: Exception) -> str:
    """Why a connection failed, in one line a user can act on."""
    text = str(exc)
    lowered = text.lower()
    detail = next((line.strip() for line in text.splitlines() if "FATAL" in line or "failed" in line), text)
    detail = detail.split("FATAL:", 1)[-1].strip()
    if "password authentication failed" in lowered or "no password supplied" in lowered or (
            "role" in lowered and "does not exist" in lowered):
        return f"wrong user name or password ({detail})"
    if "database" in lowered and "does not exist" in lowered:
        return f"no such database; create it first, e.g. with createdb ({detail})"
    if any(w in lowered for w in ("connection refused", "could not translate host", "timeout", "no route",
                                  "no such file or directory", "network is unreachable")):
        return "cannot reach the server: is PostgreSQL running there, and are the host and port right?"
    return detail or type(exc).__name__


def _read_only(con) -> None:
    con.execute("SET default_transaction_read_only = on")


def _open(url: str, name: str, read_only: bool):
    import psycopg

    try:
        con = psycopg.connect(url, autocommit=True, connect_timeout=10)
    except (psycopg.Error, ValueError) as exc:
        raise StoreError(f"cannot open the PostgreSQL store {name}: {_reason(exc)}") from None
    if read_only:
        _read_only(con)
    return con


class PostgresStore(SQLStore):
    """Articles and events in a PostgreSQL database (the server's current schema)."""

    stats_keys = STATS_KEYS

    def __init__(self, url: str, *, read_only: bool = False):
        self.url = url
        self.name = redact(url)
        self.read_only = read_only
        self._lock = threading.RLock()
        self._sql_cache: dict[str, str] = {}
        self._con = _open(url, self.name, read_only)
        try:
            if not read_only:
                with self._writing():
                    self._migrate(ddl(_column_type) + _EXTRA_DDL, _column_type)
            self._check_schema()
            self._open_reads()
        except BaseException:
            self._con.close()
            raise
        # Reads (the API's threads) take read-only connections of a pool, outside any write transaction.
        from psycopg_pool import ConnectionPool

        self._readers = ConnectionPool(url, min_size=1, max_size=os.cpu_count() or 2, timeout=30,
                                       kwargs={"autocommit": True}, configure=_read_only, open=True)

    def _sql(self, sql: str) -> str:
        """`?` placeholders -> psycopg's `%s` (a literal `%` doubled)."""
        text = self._sql_cache.get(sql)
        if text is None:
            text = self._sql_cache[sql] = sql.replace("%", "%%").replace("?", "%s")
        return text

    # -- hooks of SQLStore --------------------------------------------------
    def _execute(self, con, sql: str, params: Sequence[Any]) -> tuple[list[str], list[tuple]]:
        import psycopg

        try:
            cursor = con.execute(self._sql(sql), list(params))
        except psycopg.OperationalError as exc:
            raise StoreError(f"lost the PostgreSQL store {self.name}: {_reason(exc)}") from exc
        if cursor.description is None:
            return [], []
        return [d.name for d in cursor.description], cursor.fetchall()

    def _run(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[tuple]]:
        with self._lock:
            return self._execute(self._con, sql, params)

    def _fetch(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[tuple]]:
        from psycopg_pool import PoolTimeout

        try:
            with self._readers.connection() as con:
                return self._execute(con, sql, params)
        except PoolTimeout as exc:
            raise StoreError(f"lost the PostgreSQL store {self.name}: no connection within 30 s ({exc})") from exc

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """A transaction that first waits for every other eventwire writer of this database."""
        import psycopg

        with self._lock:
            try:
                with self._con.transaction():
                    self._con.execute("SELECT pg_advisory_xact_lock(%s)", [WRITER_LOCK])
                    yield
            except (psycopg.Error, ValueError, TypeError, OverflowError) as exc:
                raise StoreError(f"could not write to the store {self.name}: {exc}") from exc

    def _insert(self, table: str, columns: tuple[tuple[str, str], ...], rows: list[tuple]) -> None:
        names = ", ".join(name for name, _ in columns)
        with self._con.cursor() as cursor, cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    @contextlib.contextmanager
    def _keys(self, rows: list[tuple]) -> Iterator[tuple[str, list[Any]]]:
        relation = ("unnest(?::date[], ?::date[], ?::text[], ?::text[], ?::text[], ?::float8[]) "
                    "AS k(lo, hi, iso3, country, event_type, lat)")
        yield relation, [[row[i] for row in rows] for i in range(6)]

    # -- lifetime ---------------------------------------------------------
    def close(self) -> None:
        with self._lock:
            self._readers.close()
            self._con.close()

    def __repr__(self) -> str:
        return f"PostgresStore({self.name!r}{', read_only=True' if self.read_only else ''})"
