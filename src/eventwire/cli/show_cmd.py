"""`eventwire show [--db FILE]`: the stored events as a table, newest first."""
from __future__ import annotations

import os
import sys
from typing import Iterable, Optional

import typer

from ..errors import EventwireError
from .ingest_cmd import fail


def _place(event) -> str:
    parts = [p for p in (event.location, event.admin1, event.country) if p]
    seen: list[str] = []
    for p in parts:
        if p not in seen:
            seen.append(p)
    return ", ".join(seen)


def events_table(events: Iterable, title: str | None = None):
    """A rich Table: date, type/sub-type, actor1, actor2, location, fatalities."""
    from rich.table import Table

    table = Table(title=title, show_lines=False, header_style="bold")
    table.add_column("date", no_wrap=True)
    table.add_column("type / sub-type")
    table.add_column("actor1")
    table.add_column("actor2")
    table.add_column("location")
    table.add_column("fatalities", justify="right")
    for e in events:
        kind = f"{e.event_type} / {e.sub_event_type}" if e.sub_event_type else e.event_type
        day = e.event_date or (f"? ({e.date_text})" if e.date_text else "?")
        table.add_row(
            day,
            kind,
            e.actor1,
            e.actor2,
            _place(e),
            "" if e.fatalities is None else str(e.fatalities),
        )
    return table


DB_HELP = "The store: a DuckDB file or postgresql://user@host/dbname."


def open_existing(db: str):
    """Open a store that must already exist, read-only (so it works beside a running server)."""
    from ..store import connect, is_server_url

    if db != ":memory:" and not is_server_url(db) and not os.path.exists(db):
        fail(f"no store at {db}; create one with `eventwire ingest PATH --db {db}`")
    try:
        return connect(db, read_only=db != ":memory:")
    except EventwireError as exc:
        fail(str(exc))


def register(app: typer.Typer) -> None:
    @app.command("show")
    def show(
        db: str = typer.Option("eventwire.duckdb", "--db", help=DB_HELP),
        limit: int = typer.Option(20, "--limit", "-n", min=0, help="How many events to list."),
        country: Optional[str] = typer.Option(None, "--country", help="Only this country (name or ISO3)."),
        event_type: Optional[str] = typer.Option(None, "--type", help="Only this event type."),
    ) -> None:
        """List stored events (newest first): date, type, actors, place, fatalities."""
        from rich.console import Console

        from ..store import EventQuery

        store = open_existing(db)
        try:
            query = EventQuery(country=country, event_type=event_type, sort="-event_date,-fatalities")
            total = store.count(query)
            events = store.query(query.page(limit))
        except EventwireError as exc:
            fail(str(exc))
        finally:
            store.close()
        title = f"{len(events)} of {total} events in {db}"
        Console(width=None if sys.stdout.isatty() else 160).print(events_table(events, title=title))
