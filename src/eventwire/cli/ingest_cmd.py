"""`eventwire ingest PATH... [--db FILE]`: extract events from reports and store them.

A thin skin over `eventwire.ingest`, `eventwire.pipe` and the store. It alone
draws the progress bar (over input bytes; silent for stdin and when stderr is
not a terminal) and turns problems into exit codes (`eventwire extract` shares them):
0 every record coded; 1 some records skipped as bad input (each named on stderr);
3 some records failed inside eventwire (each named on stderr with its exception: a bug
to report; the others were coded and stored); 2 usage or fatal error (bad option,
store error). 3 wins over 1 when both happen.
"""
from __future__ import annotations

import re
import sys
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterable, Iterator, List, Optional

import typer

from ..errors import EventwireError
from .spread import PARTITION_SIZE, SCHEDULER, WORKERS, spread_options

EXIT_OK, EXIT_SKIPPED, EXIT_FATAL, EXIT_FAILED = 0, 1, 2, 3
EXIT_CODES_HELP = ("Exit codes: 0 every record coded; 1 some records skipped as bad input; "
                   "3 some records failed inside eventwire (a bug: please report it); 2 usage or fatal error.")
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
    failed: int = 0            # records that raised inside eventwire (CodingError)
    undated: int = 0           # coded with no publication date given or in a dateline: events left undated

    def echo(self, message: str) -> None:
        if self.bar is not None and not getattr(self.bar, "disable", True):
            self.bar.write(message, file=sys.stderr)
        else:
            typer.echo(message, err=True)

    def error(self, exc: EventwireError) -> None:
        from ..errors import CodingError
        from ..ingest import SkippedFile

        if isinstance(exc, SkippedFile):
            self.notes += 1
            self.echo(f"note: {exc}")
            return
        if isinstance(exc, CodingError):
            self.failed += 1
            self.echo(f"failed: {exc}")
            return
        self.skipped[reason_kind(getattr(exc, "reason", str(exc)))] += 1
        self.echo(f"skipped: {exc}")

    def note(self, origin: str, line: int | None, message: str) -> None:
        where = f"{origin}:{line}" if line is not None else origin
        self.echo(f"note: {where}: {message}")

    @property
    def n_skipped(self) -> int:
        return sum(self.skipped.values())

    @property
    def exit_code(self) -> int:
        return EXIT_FAILED if self.failed else EXIT_SKIPPED if self.n_skipped else EXIT_OK

    def failed_line(self) -> str:
        return (f"failed {self.failed} report{'s' if self.failed != 1 else ''} inside eventwire "
                "(named above: a bug, please report it)")

    def undated_line(self) -> str:
        """Why events came out without a date, and what to do about it (said once, not per record)."""
        plural = "s" if self.undated != 1 else ""
        return (f"note: {self.undated} report{plural} had no publication date (none given, none in a dateline): "
                "such reports' events are undated, and incidents told on different days "
                "('on Friday', 'on Sunday') may merge; "
                "pass --published YYYY-MM-DD or a 'published' field")

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


# Collection thresholds while a batch is coded: coding a report allocates hundreds of thousands of short-lived
# containers, few of them in cycles; at the default (700) the collector ran 400 times over the real-text bench
# mix, about 2 % of the CPU time, and at this setting runs a handful of times for the same garbage freed.
BATCH_GC_THRESHOLDS = (50_000, 20, 20)


@contextmanager
def batch_gc():
    """Rarer young-generation collections for the length of a batch (the CLI owns its process)."""
    import gc

    before = gc.get_threshold()
    gc.set_threshold(*BATCH_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def code_stream(items: Iterable, log: InputLog, coder: Optional[Callable[[Iterable], Iterator]] = None) -> Iterator:
    """Code a stream of reports (and InputErrors, passed through); yield the coded PipeResults.

    Bad input and records that fail inside eventwire are logged (file:line, id, exception)
    and counted in `log` (`log.reports`, `log.n_skipped`, `log.failed`); the stream goes on.
    `coder` maps the stream to PipeResults in input order (default `eventwire.pipe`);
    a parallel path passes its own, built on `eventwire.pipeline.code_record`.
    """
    import eventwire

    coder = coder or (lambda stream: eventwire.pipe(stream, on_error="skip"))
    with batch_gc():
        for result in coder(items):
            if result.error is not None:
                log.error(result.error)
                continue
            for message in result.notes:
                log.note(result.report.origin, result.report.line, message)
            log.reports += 1
            if result.report.published is None and result.events \
                    and all(event.event_date is None for event in result.events):
                log.undated += 1
            yield result


def run_pipe(paths: list[str], published: Optional[date], max_bytes: int, log: InputLog,
             coder: Optional[Callable[[Iterable], Iterator]] = None, spread=None,
             with_articles: bool = True) -> Iterator:
    """PipeResults of successfully processed reports; every failure is logged with file:line.

    With a `scale.Spread` the files are read and coded on its workers (`eventwire.scale`), the
    results coming back in input order with the same per-record errors.
    """
    if spread is not None:
        from ..scale import pipe_paths

        progress = log.bar.update if log.bar is not None else None
        coded = pipe_paths(paths, spread, published=published, max_bytes=max_bytes,
                           with_articles=with_articles, progress=progress)
        return code_stream(coded, log, coder=lambda results: results)
    return code_stream(read_reports(paths, published, max_bytes, log), log, coder)


def store_isolated(store, pending: list, log: InputLog) -> list:
    """`store.add_batch(pending)`; should it raise for one article (not a store error), each
    article is stored on its own so that the one that raises is named and the others kept."""
    from ..errors import CodingError, StoreError

    try:
        return store.add_batch(pending)
    except (StoreError, KeyboardInterrupt, MemoryError):
        raise
    except Exception:
        added = []
        for article, events in pending:
            try:
                added += store.add_batch([(article, events)])
            except StoreError:
                raise
            except Exception as exc:
                log.error(CodingError(exc, article.origin, article.line, article.doc_id))
        return added


def register(app: typer.Typer) -> None:
    @app.command("ingest")
    def ingest(
        paths: List[str] = typer.Argument(..., help="Files, directories (read recursively) or - for stdin.",
                                          show_default=False),
        db: str = typer.Option("eventwire.duckdb", "--db",
                               help="The store: a DuckDB file (created if missing) or postgresql://user@host/dbname."),
        published: Optional[str] = typer.Option(
            None, "--published", help="Publication date YYYY-MM-DD for reports that carry none."),
        max_bytes: int = typer.Option(2_000_000, "--max-bytes", min=1, help="Largest report accepted, in bytes."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
        workers: Optional[int] = WORKERS,
        scheduler: Optional[str] = SCHEDULER,
        partition_size: Optional[str] = PARTITION_SIZE,
    ) -> None:
        """Extract events from reports and store them, with their articles, in a DuckDB file.

        Ingesting the same report twice changes nothing. Each batch is stored in
        one transaction, so an interrupted run keeps what it stored and a re-run
        adds no duplicates. A record that fails is named on stderr and the others are stored.

        Exit codes: 0 every record coded; 1 some records skipped as bad input; 3 some records
        failed inside eventwire (a bug: please report it); 2 usage or fatal error.
        """
        from .. import connect

        day = parse_date_option(published)
        spreading = spread_options(workers, scheduler, partition_size)   # the store is written here only
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
                    for added in store_isolated(store, pending, log):
                        counts[added.status] += 1
                        if added.status != "unchanged":
                            events_stored += added.events
                            events_merged += added.merged
                    pending.clear()
                    last_commit = time.monotonic()

                try:
                    for result in run_pipe(paths, day, max_bytes, log, spread=spreading):
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
        if log.undated:
            typer.echo(log.undated_line())
        if log.failed:
            typer.echo(log.failed_line())
        typer.echo(f"{db}: {summary.articles} articles, {summary.events} events")
        if log.exit_code != EXIT_OK:
            raise typer.Exit(log.exit_code)
