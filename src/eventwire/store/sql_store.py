"""What every SQL backend of the store does the same way: ids, idempotent adds, merging across reports, reads.

A backend (DuckDB, PostgreSQL) supplies the connection and a few hooks: running a statement,
a transaction for one writer at a time, inserting many rows at once, a relation of candidate
keys, and the SQL of its stats keys. Everything else (what "unchanged" means, how the events of
several reports are grouped and folded, which rows a write replaces) is here once, so both
backends store exactly the same events under the same ids.

Statements are written with `?` placeholders and portable SQL; values are always bound.
"""
from __future__ import annotations

import contextlib
import json
from datetime import date, datetime, timezone
from typing import Any, Iterable, Sequence

from ..codebook import EXPLOSIONS
from ..dedup.across import NEAR_DEGREES, Group, Grouper, candidate_window
from ..errors import StoreError
from ..records import Article, Event
from .base import AddResult, StatRow, Summary
from .query import (
    SEARCH_COLUMNS,
    SEARCH_VALUES,
    STATS_KEYS,
    TIME_KEYS,
    Compiled,
    EventQuery,
    compile_order,
    compile_page,
    compile_where,
    stats_key,
)
from .schema import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    SCHEMA_VERSION,
    SOURCE_COLUMNS,
    article_row,
    event_row,
    json_to_event,
    row_to_article,
    row_to_event,
    source_row,
)

KEY_COLUMNS = (("lo", "DATE"), ("hi", "DATE"), ("iso3", "VARCHAR"), ("country", "VARCHAR"),
               ("event_type", "VARCHAR"), ("lat", "DOUBLE"))
# What matching a new event against a stored one reads; the rest is read only for events that change.
_MATCH_FIELDS = ("id", "article_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
                 "actor2", "country", "iso3", "admin1", "location", "latitude", "longitude", "geo_precision",
                 "geonameid")


class SQLStore:
    """The store protocol over a SQL engine; subclasses open the connection and fill the hooks."""

    name: str = "?"              # how messages name the store (a path, or a URL without its password)
    read_only: bool = False
    stats_keys: dict[str, str] = STATS_KEYS

    # -- hooks ------------------------------------------------------------
    def _run(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[tuple]]:
        """A statement on the writer's connection (inside `_writing`, or while opening)."""
        raise NotImplementedError

    def _fetch(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[tuple]]:
        """A read, safe from any thread."""
        raise NotImplementedError

    def _writing(self) -> contextlib.AbstractContextManager:
        """One write transaction, by one writer at a time; rolls back and raises StoreError on failure."""
        raise NotImplementedError

    def _insert(self, table: str, columns: tuple[tuple[str, str], ...], rows: list[tuple]) -> None:
        """Many rows in one go (inside `_writing`)."""
        raise NotImplementedError

    def _keys(self, rows: list[tuple]) -> contextlib.AbstractContextManager:
        """A relation `k` of `KEY_COLUMNS` rows: yields (SQL to put after JOIN, its parameters)."""
        raise NotImplementedError

    # -- set-up -----------------------------------------------------------
    def _columns(self, table: str) -> set[str]:
        _, rows = self._run(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "AND table_schema = current_schema()", [table]
        )
        return {name for (name,) in rows}

    def _tables(self) -> set[str]:
        _, rows = self._run(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        )
        return {name for (name,) in rows}

    def _select_list(self, table: str, columns: tuple[tuple[str, str], ...]) -> str:
        """Every column, NULL for ones an older read-only store lacks."""
        have = self._columns(table)
        return ", ".join(name if name in have else f"NULL AS {name}" for name, _ in columns)

    def _migrate(self, ddl: Iterable[str], column_type) -> None:
        """Create the tables, record the schema version, add columns for fields added since (in `_writing`)."""
        if "meta" in self._tables():
            self._check_schema()   # a store of another schema version is refused before anything changes
        for statement in ddl:
            self._run(statement)
        self._run("INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT DO NOTHING", [str(SCHEMA_VERSION)])
        search_added = False
        for table, columns in (("articles", ARTICLE_COLUMNS), ("events", EVENT_COLUMNS + SEARCH_COLUMNS),
                               ("event_sources", SOURCE_COLUMNS)):
            have = self._columns(table)
            for name, kind in columns:
                if name not in have:  # a field added to the records since this store was made
                    self._run(f"ALTER TABLE {table} ADD COLUMN {name} {column_type(kind)}")
                    search_added |= (name, kind) in SEARCH_COLUMNS
        self._backfill_sources()
        if search_added:   # a store made before searches read stored text
            self._run(f"UPDATE events SET {SEARCH_VALUES}")

    def _backfill_sources(self) -> None:
        """A store written before events were merged across reports: each event is its own only source."""
        select = self._select_list("events", EVENT_COLUMNS)
        names, rows = self._run(
            f"SELECT {select} FROM events WHERE id NOT IN (SELECT event_id FROM event_sources) "
            "ORDER BY ingested_at, id"
        )
        if not rows:
            return
        now = _now()
        start = self._next_seq()
        source_rows = [
            source_row(event.id, event, start + i, now)
            for i, event in enumerate(row_to_event(dict(zip(names, row))) for row in rows)
        ]
        self._insert("event_sources", SOURCE_COLUMNS, source_rows)

    def _check_schema(self) -> None:
        try:
            _, rows = self._run("SELECT value FROM meta WHERE key = 'schema_version'")
        except Exception as exc:  # the engine's "no such table": not an eventwire store
            raise StoreError(f"{self.name} is not an eventwire store (no meta table); ingest into it first") from exc
        version = rows[0][0] if rows else "?"
        if version != str(SCHEMA_VERSION):
            raise StoreError(
                f"{self.name} has store schema {version}, this eventwire reads {SCHEMA_VERSION}; "
                "re-ingest into a new store"
            )

    def _open_reads(self) -> None:
        """What reads need to know of the stored schema (after `_check_schema`)."""
        self._has_sources = "event_sources" in self._tables()
        self._search_sources = self._has_sources and "notes" in self._columns("event_sources")
        self._event_select = self._select_list("events", EVENT_COLUMNS)
        # a store opened read-only from before the search columns searches the old, slower way
        self._stored_search = {name for name, _ in SEARCH_COLUMNS} <= self._columns("events")
        self._article_select = self._select_list("articles", ARTICLE_COLUMNS)

    def _next_seq(self) -> int:
        _, rows = self._run("SELECT coalesce(max(seq), 0) + 1 FROM event_sources")
        return int(rows[0][0])

    # -- writing ----------------------------------------------------------
    def add(
        self, article: Article, events: Sequence[Event], coder: str | None = None, *, merge: bool = True
    ) -> AddResult:
        """Store one article and its events (idempotent by id); see `add_batch` for `merge`."""
        return self.add_batch([(article, list(events))], coder=coder, merge=merge)[0]

    def add_batch(
        self, items: Iterable[tuple[Article, Sequence[Event]]], coder: str | None = None, *, merge: bool = True
    ) -> list[AddResult]:
        """Store many articles in one transaction: all of them, or (on error) none.

        With `merge` (the default) an event that another report already told, stored or
        earlier in the batch, joins that event instead of being stored again.
        """
        self._check_writable()
        latest: dict[str, tuple[Article, list[Event]]] = {}
        for article, events in items:
            if not article.id:
                raise StoreError(f"an article from {article.origin}:{article.line} has no id")
            latest[article.id] = (article, list(events))
        if not latest:
            return []
        from .. import CODER

        ids = list(latest)
        now = _now()
        with self._writing():   # what is stored is read inside the writer's transaction
            _, rows = self._run("SELECT id, coder FROM articles WHERE id = ANY(?)", [ids])
            existing = dict(rows)
            _, rows = self._run(
                "SELECT article_id, array_agg(source_event_id ORDER BY source_event_id) FROM event_sources "
                "WHERE article_id = ANY(?) GROUP BY article_id",
                [ids],
            )
            stored_events = dict(rows)
            results: list[AddResult] = []
            replace: list[str] = []
            article_rows: list[tuple[Any, ...]] = []
            incoming: list[Event] = []
            for article_id, (article, events) in latest.items():
                article_coder = coder or (events[0].coder if events and events[0].coder else CODER)
                event_ids = sorted(e.id for e in events)
                if article_id in existing:
                    stored = list(stored_events.get(article_id) or [])
                    if existing[article_id] == article_coder and stored == event_ids:
                        results.append(AddResult(article_id, "unchanged", len(events)))
                        continue
                    replace.append(article_id)
                    status = "replaced"
                else:
                    status = "new"
                article_rows.append(article_row(article, article_coder, now))
                incoming.extend(events)
                results.append(AddResult(article_id, status, len(events)))
            if article_rows:
                plan = self._plan(set(replace), incoming, merge, now)
                self._write(replace, article_rows, plan)
                results = [
                    AddResult(r.article_id, r.status, r.events, plan.joined.get(r.article_id, 0))
                    if r.status != "unchanged" else r
                    for r in results
                ]
        return results

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store {self.name} is open read-only")

    # -- merging across reports: plan in memory, then write in the same transaction ------
    def _plan(self, drop_articles: set[str], incoming: list[Event], merge: bool, now: datetime) -> "Plan":
        """What to write so that every event told by several reports is stored once."""
        for event in incoming:
            if not event.id:
                raise StoreError(f"an event of article {event.article_id or '?'} has no id; the pipeline assigns ids")
        incoming_ids = list(dict.fromkeys(e.id for e in incoming))
        touched: set[str] = set()     # groups whose reports change: read in full now
        if drop_articles:
            _, rows = self._run("SELECT DISTINCT event_id FROM event_sources WHERE article_id = ANY(?)",
                                [sorted(drop_articles)])
            touched.update(r[0] for r in rows)
        if incoming_ids:
            _, rows = self._run(
                "SELECT DISTINCT event_id FROM event_sources WHERE source_event_id = ANY(?) OR event_id = ANY(?)",
                [incoming_ids, incoming_ids],
            )
            touched.update(r[0] for r in rows)
        candidates = self._candidates(incoming) - touched if merge else set()
        groups = self._load_groups(sorted(touched), with_sources=True)
        groups += self._load_groups(sorted(candidates), with_sources=False)
        grouper = Grouper(groups, load_sources=self._read_sources)
        grouper.drop(drop_articles, set(incoming_ids))
        plan = Plan()
        seq = self._next_seq()
        for n, event in enumerate(incoming):
            group, joined = grouper.offer(event, merge)
            if joined:
                plan.joined[event.article_id] = plan.joined.get(event.article_id, 0) + 1
            plan.source_rows.append(source_row(group.event_id, event, seq + n, now))
        for group in grouper.groups.values():
            if not group.changed:
                continue
            plan.delete_event_ids.append(group.event_id)
            if group.event is not None:
                plan.event_rows.append(event_row(group.event, now))
            elif group.stored:
                plan.removed += 1
        plan.drop_articles = sorted(drop_articles)
        plan.touched = touched
        plan.drop_source_ids = incoming_ids
        return plan

    def _candidates(self, incoming: list[Event]) -> set[str]:
        """Stored events that may be one of `incoming`: same country, dates in the window of
        `candidate_window`, a type that can match, and (both having points) not far in latitude.

        One query per batch, bounded by each event's date window and country (a hash join
        on the country, then the range), never a scan of every event in Python.
        """
        keys = set()
        for event in incoming:
            window = candidate_window(event)
            iso3, country = (event.iso3 or "").upper() or None, (event.country or "").lower() or None
            if window is None or (iso3 is None and country is None):
                continue
            lat = round(event.latitude, 1) if event.latitude is not None and event.longitude is not None else None
            keys.add((window[0], window[1], iso3, country, event.event_type or None, lat))
        if not keys:
            return set()
        low, high = min(k[0] for k in keys), max(k[1] for k in keys)
        near = (
            "e.event_date BETWEEN ? AND ? AND e.event_date BETWEEN k.lo AND k.hi "
            "AND (e.event_type = k.event_type OR e.event_type = ? OR k.event_type = ?) "
            "AND (k.lat IS NULL OR e.latitude IS NULL OR e.longitude IS NULL OR abs(e.latitude - k.lat) <= ?)"
        )
        params = [low, high, EXPLOSIONS, EXPLOSIONS, NEAR_DEGREES + 0.05]   # + the rounding of k.lat
        with self._keys(list(keys)) as (relation, relation_params):
            _, rows = self._run(
                f"SELECT e.id FROM events e JOIN {relation} ON upper(e.iso3) = k.iso3 WHERE {near} "
                f"UNION SELECT e.id FROM events e JOIN {relation} ON lower(e.country) = k.country WHERE {near}",
                relation_params + params + relation_params + params,
            )
        return {r[0] for r in rows}

    def _load_groups(self, event_ids: list[str], with_sources: bool) -> list[Group]:
        """Stored events as groups: with their reports read, or only their reports' article ids."""
        if not event_ids:
            return []
        if with_sources:
            names, rows = self._run(f"SELECT {self._event_select} FROM events WHERE id = ANY(?)", [event_ids])
            events = [row_to_event(dict(zip(names, row))) for row in rows]
        else:   # candidates: the fields a match looks at (an event that changes is rebuilt from its reports)
            _, rows = self._run(f"SELECT {', '.join(_MATCH_FIELDS)} FROM events WHERE id = ANY(?)", [event_ids])
            events = [_match_event(row) for row in rows]
        groups = {e.id: Group(e.id, sources=[] if with_sources else None, event=e, stored=True) for e in events}
        if with_sources:
            _, rows = self._run(
                "SELECT event_id, event FROM event_sources WHERE event_id = ANY(?) ORDER BY seq, source_event_id",
                [event_ids],
            )
            for event_id, data in rows:
                group = groups.setdefault(event_id, Group(event_id, stored=True))
                group.sources.append(json_to_event(data))
                group.article_ids.add(group.sources[-1].article_id)
        else:
            _, rows = self._run(
                "SELECT event_id, array_agg(DISTINCT article_id) FROM event_sources WHERE event_id = ANY(?) "
                "GROUP BY event_id",
                [event_ids],
            )
            for event_id, article_ids in rows:
                if event_id in groups:
                    groups[event_id].article_ids = set(article_ids)
        return list(groups.values())

    def _read_sources(self, event_id: str) -> list[Event]:
        _, rows = self._run(
            "SELECT event FROM event_sources WHERE event_id = ? ORDER BY seq, source_event_id", [event_id]
        )
        return [json_to_event(data) for (data,) in rows]

    def _write(self, replace: list[str], article_rows: list[tuple], plan: "Plan") -> None:
        """The planned deletes and inserts (inside `_writing`)."""
        if replace:
            self._run("DELETE FROM articles WHERE id = ANY(?)", [replace])
        if plan.drop_articles:
            self._run("DELETE FROM event_sources WHERE article_id = ANY(?)", [plan.drop_articles])
        if plan.drop_source_ids:
            self._run("DELETE FROM event_sources WHERE source_event_id = ANY(?)", [plan.drop_source_ids])
        if plan.delete_event_ids:
            self._run("DELETE FROM events WHERE id = ANY(?)", [plan.delete_event_ids])
        if article_rows:
            self._insert("articles", ARTICLE_COLUMNS, article_rows)
        if plan.event_rows:
            self._insert("events", EVENT_COLUMNS, _unique_by_id(plan.event_rows))
        if plan.source_rows:
            self._insert("event_sources", SOURCE_COLUMNS, plan.source_rows)
        # every event written, or whose reports changed: its search text is read again
        searched = set(plan.delete_event_ids) | plan.touched | {row[0] for row in plan.source_rows}
        if searched:
            self._run(f"UPDATE events SET {SEARCH_VALUES} WHERE id = ANY(?)", [sorted(searched)])

    def delete(self, article_id: str) -> int:
        """Remove an article and its events; returns the number of events removed. An event
        other reports also told stays, merged again from them."""
        self._check_writable()
        with self._writing():
            plan = self._plan({article_id}, [], False, _now())
            self._write([article_id], [], plan)
        return plan.removed

    # -- reading ----------------------------------------------------------
    def _where(self, q: EventQuery) -> Compiled:
        return compile_where(q, with_sources=self._search_sources, stored_search=self._stored_search)

    def _events_sql(self, q: EventQuery) -> tuple[str, list[Any]]:
        where = self._where(q)
        page_sql, page_params = compile_page(q)
        sql = f"SELECT {self._event_select} FROM events {where.where} {compile_order(q.sort)} {page_sql}"
        return sql, where.params + page_params

    def query(self, q: EventQuery | None = None) -> list[Event]:
        sql, params = self._events_sql(q or EventQuery())
        names, rows = self._fetch(sql, params)
        return [row_to_event(dict(zip(names, row))) for row in rows]

    def page_ids(self, q: EventQuery) -> tuple[list[str], int]:
        """The ids of one page of `q`, in order, and how many events match in all, in one statement:
        a reader that keeps events by id (the API) then fetches only those it lacks, instead of
        sorting and converting whole rows."""
        where = self._where(q)
        page_sql, page_params = compile_page(q)
        _, rows = self._fetch(f"SELECT id, count(*) OVER () FROM events {where.where} {compile_order(q.sort)} "
                              f"{page_sql}", where.params + page_params)
        if rows:
            return [r[0] for r in rows], int(rows[0][1])
        return [], (self.count(q) if q.offset or q.limit == 0 else 0)

    def count(self, q: EventQuery | None = None) -> int:
        where = self._where(q or EventQuery())
        _, rows = self._fetch(f"SELECT count(*) FROM events {where.where}", where.params)
        return int(rows[0][0])

    def get(self, event_id: str) -> Event | None:
        """The stored event; the id of one report's event that was merged into another finds that one."""
        names, rows = self._fetch(f"SELECT {self._event_select} FROM events WHERE id = ?", [event_id])
        if not rows and self._has_sources:
            names, rows = self._fetch(
                f"SELECT {self._event_select} FROM events WHERE id = "
                "(SELECT min(event_id) FROM event_sources WHERE source_event_id = ?)",
                [event_id],
            )
        return row_to_event(dict(zip(names, rows[0]))) if rows else None

    def sources(self, event_id: str) -> list[Event]:
        """Each report's own coding of a stored event, first report first: its article,
        notes and evidence (offsets into that article's text)."""
        if not self._has_sources:
            event = self.get(event_id)
            return [event] if event is not None else []
        _, rows = self._fetch(
            "SELECT event FROM event_sources WHERE event_id = ? ORDER BY seq, source_event_id", [event_id]
        )
        return [json_to_event(data) for (data,) in rows]

    def article(self, article_id: str) -> Article | None:
        names, rows = self._fetch(f"SELECT {self._article_select} FROM articles WHERE id = ?", [article_id])
        return row_to_article(dict(zip(names, rows[0]))) if rows else None

    def stats(self, q: EventQuery | None = None, by: str = "day") -> list[StatRow]:
        """(key, events, fatalities) per group; time groupings leave out undated events."""
        key = stats_key(by, self.stats_keys)
        where = self._where(q or EventQuery())
        clause = where.where
        if by in TIME_KEYS:
            clause = f"{clause} AND event_date IS NOT NULL" if clause else "WHERE event_date IS NOT NULL"
        order = "key ASC" if by in TIME_KEYS else "events DESC, key ASC"
        sql = (
            f"SELECT {key} AS key, count(*) AS events, coalesce(sum(fatalities), 0) AS fatalities "
            f"FROM events {clause} GROUP BY 1 ORDER BY {order}"
        )
        _, rows = self._fetch(sql, where.params)
        return [StatRow(k, int(n), int(f)) for k, n, f in rows]

    def timestamps(self, event_ids: Sequence[str]) -> dict[str, int]:
        """Unix time each event was stored: ACLED's `timestamp` column."""
        _, rows = self._fetch(
            "SELECT id, CAST(extract(epoch FROM ingested_at) AS BIGINT) FROM events WHERE id = ANY(?)",
            [list(event_ids)],
        )
        return {i: int(t) for i, t in rows}

    def summary(self) -> Summary:
        _, rows = self._fetch(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
            "(SELECT coalesce(sum(fatalities), 0) FROM events)",
        )
        a, e, f = rows[0]
        return Summary(articles=int(a), events=int(e), fatalities=int(f))

    def _frame(self, sql: str, params: list[Any]):
        import pandas as pd

        names, rows = self._fetch(sql, params)
        return pd.DataFrame.from_records(rows, columns=names)

    def df(self, q: EventQuery | None = None):
        """The matching events as a pandas DataFrame (evidence parsed from JSON)."""
        sql, params = self._events_sql(q or EventQuery())
        frame = self._frame(sql, params)
        frame["evidence"] = [json.loads(v) if v else [] for v in frame["evidence"]]
        return frame

    # -- lifetime ---------------------------------------------------------
    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _match_event(row: tuple) -> Event:
    """An Event holding only `_MATCH_FIELDS` (the date as text, NULL text as "")."""
    values = dict(zip(_MATCH_FIELDS, row))
    if isinstance(values["event_date"], date):
        values["event_date"] = values["event_date"].isoformat()
    for name in ("actor1", "actor2", "country", "iso3", "admin1", "location", "event_type", "sub_event_type"):
        values[name] = values[name] or ""
    return Event(**values)


class Plan:
    """The rows one write replaces and adds, worked out inside the transaction before writing."""

    def __init__(self) -> None:
        self.drop_articles: list[str] = []
        self.drop_source_ids: list[str] = []
        self.delete_event_ids: list[str] = []
        self.event_rows: list[tuple] = []
        self.source_rows: list[tuple] = []
        self.joined: dict[str, int] = {}
        self.touched: set[str] = set()      # events whose reports' rows are replaced
        self.removed = 0


def _unique_by_id(rows: list[tuple]) -> list[tuple]:
    """Two events with one id in a batch: the later wins, as it would across batches."""
    seen: dict[str, tuple] = {}
    for row in rows:
        seen[row[0]] = row
    return list(seen.values())

