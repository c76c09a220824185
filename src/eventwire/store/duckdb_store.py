"""The embedded default store: one DuckDB file holding articles and events.

Writes go in transactions, one per batch of articles: a crash loses at most the
batch in flight and never leaves half an article. Adding is idempotent by id:
an article whose coder and event ids are unchanged is left alone, and an
article coded again by another coder has its events replaced in the same
transaction. Reads open a cursor per call, so one store can serve threads.

The same event told by several reports is stored once (`dedup.across` decides):
`events` holds the merged event under the id of its first report's event, and
`event_sources` one row per report's own coding of it, so a report re-coded or
deleted leaves the others' event standing, merged again from what remains.
All of that is `SQLStore`'s; this module only speaks to DuckDB.
"""
from __future__ import annotations

import contextlib
import threading
from typing import Any, Iterator, Sequence

from ..errors import StoreError
from .schema import ddl
from .sql_store import KEY_COLUMNS, SQLStore


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


class DuckDBStore(SQLStore):
    """Articles and events in a DuckDB file (or ":memory:")."""

    def __init__(self, path: str = "eventwire.duckdb", *, read_only: bool = False):
        import duckdb

        self.path = self.name = str(path)
        self.read_only = read_only
        # Grows with every committed write. A DuckDB file has one writing process at a time (readers
        # only share it with readers), so nothing else changes what this store reads: a reader may
        # keep what it computed for as long as the generation stays the same (api.cache does).
        self.generation = 0
        self._lock = threading.RLock()
        try:
            self._con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            hint = "is another eventwire process (serve, ingest) using it? " if "lock" in str(exc).lower() else ""
            raise StoreError(f"cannot open the store {self.path}: {hint}{exc}") from exc
        except duckdb.Error as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc
        if not read_only:
            with self._writing():
                self._migrate(ddl(), str)
        self._check_schema()
        self._open_reads()

    # -- hooks of SQLStore --------------------------------------------------
    def _run(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[tuple]]:
        with self._lock:
            result = self._con.execute(sql, list(params))
            names = [d[0] for d in result.description] if result.description else []
            return names, result.fetchall() if result.description else []

    def _fetch(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[tuple]]:
        with self._lock:
            cursor = self._con.cursor()
        try:
            result = cursor.execute(sql, list(params))
            names = [d[0] for d in result.description]
            return names, result.fetchall()
        finally:
            cursor.close()

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """One process holds a DuckDB file for writing; the lock keeps this process's threads in turn."""
        import duckdb

        with self._lock:
            self._con.execute("BEGIN TRANSACTION")
            try:
                yield
                self._con.execute("COMMIT")
                self.generation += 1
            except BaseException as exc:
                try:
                    self._con.execute("ROLLBACK")
                except duckdb.Error:
                    pass
                if isinstance(exc, (duckdb.Error, ValueError, TypeError, OverflowError)):
                    raise StoreError(f"could not write to the store {self.path}: {exc}") from exc
                raise

    def _insert(self, table: str, columns: tuple[tuple[str, str], ...], rows: list[tuple]) -> None:
        names = ", ".join(name for name, _ in columns)
        view = f"_ew_{table}"
        self._con.register(view, _arrow_table(columns, rows))
        try:
            self._con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {view}")
        finally:
            self._con.unregister(view)

    @contextlib.contextmanager
    def _keys(self, rows: list[tuple]) -> Iterator[tuple[str, list[Any]]]:
        self._con.register("_ew_keys", _arrow_table(KEY_COLUMNS, rows))
        try:
            yield "_ew_keys k", []
        finally:
            self._con.unregister("_ew_keys")

    def _frame(self, sql: str, params: list[Any]):
        with self._lock:
            cursor = self._con.cursor()
        try:
            return cursor.execute(sql, params).df()
        finally:
            cursor.close()

    # -- lifetime ---------------------------------------------------------
    def close(self) -> None:
        with self._lock:
            self._con.close()

    def __repr__(self) -> str:
        return f"DuckDBStore({self.path!r}{', read_only=True' if self.read_only else ''})"
