"""`eventwire export --format csv|jsonl|geojson|parquet`: stored events to a file or stdout."""
from __future__ import annotations

import sys
from typing import Optional

import typer

from ..errors import EventwireError
from .ingest_cmd import fail, parse_date_option, quiet_broken_pipe
from .show_cmd import DB_HELP, open_existing


def register(app: typer.Typer) -> None:
    @app.command("export")
    def export(
        db: str = typer.Option("eventwire.duckdb", "--db", help=DB_HELP),
        fmt: str = typer.Option("csv", "--format", "-f", help="csv (ACLED's columns), jsonl, geojson or parquet."),
        out: Optional[str] = typer.Option(None, "--out", "-o", help="Output file; stdout when left out."),
        date_from: Optional[str] = typer.Option(None, "--from", help="Events on or after YYYY-MM-DD."),
        date_to: Optional[str] = typer.Option(None, "--to", help="Events on or before YYYY-MM-DD."),
        country: Optional[str] = typer.Option(None, "--country", help="Only this country (name or ISO3)."),
        event_type: Optional[str] = typer.Option(None, "--type", help="Only this event type."),
    ) -> None:
        """Write stored events as ACLED CSV, JSONL, GeoJSON (unlocated events: null geometry) or Parquet."""
        from ..export import FORMATS, write
        from ..store import EventQuery

        if fmt not in FORMATS:
            fail(f"--format {fmt!r}: use one of {', '.join(FORMATS)}")
        if fmt == "parquet" and out is None and sys.stdout.isatty():
            fail("Parquet is binary: give --out FILE (or redirect stdout)")
        query = EventQuery(
            date_from=parse_date_option(date_from, "--from"),
            date_to=parse_date_option(date_to, "--to"),
            country=country,
            event_type=event_type,
            sort="event_date,id",
        )
        store = open_existing(db)
        try:
            events = store.query(query)
            timestamps = store.timestamps([e.id for e in events]) if fmt == "csv" else None
        except EventwireError as exc:
            fail(str(exc))
        finally:
            store.close()
        try:
            n = write(events, fmt, out, timestamps=timestamps)
            if out is None:
                sys.stdout.flush()
        except BrokenPipeError:   # `eventwire export | head`: the reader has had enough
            quiet_broken_pipe()
            raise typer.Exit(0)
        except OSError as exc:
            fail(f"cannot write {out or 'stdout'}: {exc.strerror or exc}")
        if out:
            typer.echo(f"exported {n} events to {out}", err=True)
