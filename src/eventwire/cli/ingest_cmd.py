"""`eventwire ingest PATH... [--db FILE]`: extract events from reports and store them.

A thin skin over `eventwire.ingest`, `eventwire.pipe` and the store. It alone
draws the progress bar (over input bytes; silent for stdin and when stderr is
not a terminal) and turns problems into exit codes:
0 everything read, 1 some input skipped (each named on stderr), 2 nothing could
be done (bad option, store error).
"""
from __future__ import annotations

import re
import sys
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Iterator, List, Optional

import typer

from ..errors import EventwireError
from . import spread

EXIT_OK, EXIT_SKIPPED, EXIT_FATAL = 0, 1, 2
COMMIT_EVERY = 256         # articles per transaction
COMMIT_SECONDS = 2.0       # ...or this often, whichever comes first


def fail(message: str, code: int = EXIT_FATAL) -> None:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


def quiet_broken_pipe() -> None:
    """Point stdout at /dev/null so the interpreter's final flush raises nothing."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def parse_date_option(value: Optional[str], option: str = "--published") -> Optional[date]:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{option} {value!r} is not a date YYYY-MM-DD")
    return None


def reason_kind(reason: str) -> str:
    """'invalid JSON: Expecting value (column 3)' -> 'invalid JSON', for the summary."""
    kind = re.split(r"[:(;]", reason, maxsplit=1)[0].strip() or reason
    return re.sub(r"\s+'[^']*'$", "", kind)   # "bad 'published' value 'x'" -> "bad 'published' value"


@dataclass
class InputLog:
    """Counts what was read and prints each problem as it happens (file:line: reason)."""

    bar: object = None
    reports: int = 0
    skipped: Counter = field(default_factory=Counter)
    notes: int = 0

    def echo(self, message: str) -> None:
        if self.bar is not None and not getattr(self.bar, "disable", True):
            self.bar.write(message, file=sys.stderr)
        else:
            typer.echo(message, err=True)

    def error(self, exc: EventwireError) -> None:
        from ..ingest import SkippedFile

        if isinstance(exc, SkippedFile):
            self.notes += 1
            self.echo(f"note: {exc}")
            return
        self.skipped[reason_kind(getattr(exc, "reason", str(exc)))] += 1
        self.echo(f"skipped: {exc}")

    @property
    def n_skipped(self) -> int:
        return sum(self.skipped.values())

    def skipped_line(self) -> str:
        if not self.skipped:
            return "skipped 0 reports"
        parts = ", ".join(f"{kind} {n}" for kind, n in self.skipped.most_common())
        return f"skipped {self.n_skipped} report{'s' if self.n_skipped != 1 else ''}: {parts}"


def _total_bytes(paths: list[str]) -> Optional[int]:
    from ..ingest import Source, read_sources

    if "-" in paths:
        return None
    total = 0
    for source in read_sources(paths):
        if isinstance(source, Source) and source.size:
            total += source.size
    return total


@contextmanager
def progress_bar(paths: list[str], label: str, quiet: bool = False):
    """A tqdm bar over input bytes on stderr; None for stdin, --quiet or non-terminals."""
    if quiet or "-" in paths or not sys.stderr.isatty():
        yield None
        return
    from tqdm import tqdm

    bar = tqdm(total=_total_bytes(paths), desc=label, unit="B", unit_scale=True, file=sys.stderr,
               leave=False, delay=0.5)
    try:
        yield bar
    finally:
        bar.close()


def read_reports(paths: list[str], published: Optional[date], max_bytes: int, log: InputLog) -> Iterator:
    """`iter_reports` with progress; errors go to the log and still flow on (the pipe reports them)."""
    from ..ingest import SkippedFile, iter_reports

    update = log.bar.update if log.bar is not None else None
    for item in iter_reports(paths, published=published, max_bytes=max_bytes, progress=update):
        if isinstance(item, SkippedFile):
            log.error(item)
            continue
        yield item


def run_pipe(paths: list[str], published: Optional[date], max_bytes: int, log: InputLog,
             spread=None, with_articles: bool = True) -> Iterator:
    """PipeResults of successfully processed reports; every failure is logged with file:line.

    With a `scale.Spread` the records are coded on its workers, in the same order with the same errors.
    """
    import eventwire

    if spread is not None:
        from ..scale import pipe_paths

        progress = log.bar.update if log.bar is not None else None
        results = pipe_paths(paths, spread, published=published, max_bytes=max_bytes,
                             with_articles=with_articles, progress=progress)
    else:
        results = eventwire.pipe(read_reports(paths, published, max_bytes, log), on_error="skip")
    for result in results:
        if result.error is not None:
            log.error(result.error)
            continue
        log.reports += 1
        yield result


def register(app: typer.Typer) -> None:
    @app.command("ingest")
    def ingest(
        paths: List[str] = typer.Argument(..., help="Files, directories (read recursively) or - for stdin.",
                                          show_default=False),
        db: str = typer.Option("eventwire.duckdb", "--db", help="The DuckDB store file (created if missing)."),
        published: Optional[str] = typer.Option(
            None, "--published", help="Publication date YYYY-MM-DD for reports that carry none."),
        max_bytes: int = typer.Option(2_000_000, "--max-bytes", min=1, help="Largest report accepted, in bytes."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
        workers: Optional[int] = spread.WORKERS,
        scheduler: Optional[str] = spread.SCHEDULER,
        partition_size: Optional[str] = spread.PARTITION_SIZE,
    ) -> None:
        """Extract events from reports and store them, with their articles, in a DuckDB file.

        Ingesting the same report twice changes nothing. Each batch is stored in
        one transaction, so an interrupted run keeps what it stored and a re-run
        adds no duplicates. Exit code 1 means some input was skipped (see stderr).
        """
        from .. import connect

        day = parse_date_option(published)
        spreading = spread.spread_options(workers, scheduler, partition_size)   # the store is written here only
        try:
            store = connect(db)
        except EventwireError as exc:
            fail(str(exc))
        counts: Counter = Counter()
        events_stored = 0
        events_merged = 0
        try:
            with progress_bar(paths, "ingest", quiet) as bar:
                log = InputLog(bar=bar)
                pending: list = []
                last_commit = time.monotonic()

                def flush() -> None:
                    nonlocal events_stored, events_merged, last_commit
                    for added in store.add_batch(pending):
                        counts[added.status] += 1
                        if added.status != "unchanged":
                            events_stored += added.events
                            events_merged += added.merged
                    pending.clear()
                    last_commit = time.monotonic()

                try:
                    for result in run_pipe(paths, day, max_bytes, log, spreading):
                        pending.append((result.article, result.events))
                        if len(pending) >= COMMIT_EVERY or time.monotonic() - last_commit > COMMIT_SECONDS:
                            flush()
                except (Exception, KeyboardInterrupt):
                    if pending:   # keep what was extracted before the failure or Ctrl-C
                        flush()
                    raise
                flush()
            summary = store.summary()
        except EventwireError as exc:
            fail(f"{exc} (reports stored before this point are kept)")
        finally:
            store.close()
        typer.echo(f"read {log.reports} report{'s' if log.reports != 1 else ''}")
        typer.echo(
            f"stored {events_stored} event{'s' if events_stored != 1 else ''} from "
            f"{counts['new']} new and {counts['replaced']} re-coded articles; "
            f"{counts['unchanged']} unchanged"
        )
        typer.echo(f"merged {events_merged} event{'s' if events_merged != 1 else ''} into the same event "
                   "from other reports")
        typer.echo(log.skipped_line())
        typer.echo(f"{db}: {summary.articles} articles, {summary.events} events")
        if log.n_skipped:
            raise typer.Exit(EXIT_SKIPPED)
