"""`eventwire report --db FILE [--from DATE] [--to DATE] [--country X] [--format md|json]`:
a situation report written from the stored events (see `eventwire.report`)."""
from __future__ import annotations

from typing import Optional

import typer

from ..errors import EventwireError
from .ingest_cmd import fail, parse_date_option
from .show_cmd import DB_HELP, open_existing

FORMATS = ("md", "json")


def register(app: typer.Typer) -> None:
    @app.command("report")
    def report(
        db: str = typer.Option("eventwire.duckdb", "--db", help=DB_HELP),
        date_from: Optional[str] = typer.Option(None, "--from", help="First day YYYY-MM-DD (default: first event)."),
        date_to: Optional[str] = typer.Option(None, "--to", help="Last day YYYY-MM-DD (default: last event)."),
        country: Optional[str] = typer.Option(
            None, "--country", help="Only this country (name or ISO3); several joined by commas."),
        event_type: Optional[str] = typer.Option(None, "--type", help="Only this event type."),
        fmt: str = typer.Option("md", "--format", "-f", help="md (Markdown) or json."),
        top: int = typer.Option(5, "--top", min=1, help="How many areas, actors and deadliest events to list."),
        out: Optional[str] = typer.Option(None, "--out", "-o", help="Output file; stdout when left out."),
    ) -> None:
        """Summarise the stored events of a period: totals and their change against the period
        before, event types, top areas and actors, the deadliest events with their source
        sentence, and a line per day (per week beyond a month)."""
        from ..report import situation_report
        from ..store import EventQuery

        if fmt not in FORMATS:
            fail(f"--format {fmt!r}: use one of {', '.join(FORMATS)}")
        countries = [c.strip() for c in country.split(",") if c.strip()] if country else None
        query = EventQuery(
            date_from=parse_date_option(date_from, "--from"),
            date_to=parse_date_option(date_to, "--to"),
            country=countries,
            event_type=event_type,
        )
        store = open_existing(db)
        try:
            result = situation_report(store, query, top=top)
        except EventwireError as exc:
            fail(str(exc))
        finally:
            store.close()
        text = result.to_markdown() if fmt == "md" else result.to_json() + "\n"
        if out is None:
            typer.echo(text, nl=False)
            return
        try:
            with open(out, "w", encoding="utf-8") as handle:
                handle.write(text)
        except OSError as exc:
            fail(f"cannot write {out}: {exc.strerror or exc}")
        typer.echo(f"wrote the situation report to {out}", err=True)
