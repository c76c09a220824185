"""`eventwire extract PATH...`: events of reports to stdout, with no store.

With a JSONL or CSV batch each output record carries the input record's `id`
as `doc_id`. Problems are named on stderr (file:line) and the rest of the batch
goes on; exit code 1 says some input was skipped as bad input, 3 that some records
failed inside eventwire (a bug), 2 a usage or fatal error.
"""
from __future__ import annotations

import csv
import json
import sys
from typing import List, Optional

import orjson
import typer

from ..errors import EventwireError
from .ingest_cmd import EXIT_OK, InputLog, fail, parse_date_option, progress_bar, quiet_broken_pipe, run_pipe
from .spread import PARTITION_SIZE, SCHEDULER, WORKERS, spread_options, write_dataset

FORMATS = ("jsonl", "csv", "table", "parquet")


def jsonl_line(record: dict) -> str:
    """One output line: orjson (five times the stdlib encoder's speed, a tenth of a second per 8,000 events);
    the stdlib for what orjson refuses (a lone surrogate in a file name, an integer over 64 bits)."""
    try:
        return orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE).decode()
    except TypeError:           # orjson.JSONEncodeError
        return json.dumps(record, ensure_ascii=False) + "\n"


def _table(rows: list) -> None:
    from rich.console import Console

    from .show_cmd import events_table

    Console(width=None if sys.stdout.isatty() else 160).print(
        events_table([event for event, _ in rows], title=f"{len(rows)} events"))


def register(app: typer.Typer) -> None:
    @app.command("extract")
    def extract(
        paths: List[str] = typer.Argument(..., help="Files, directories (read recursively) or - for stdin.",
                                          show_default=False),
        published: Optional[str] = typer.Option(
            None, "--published", help="Publication date YYYY-MM-DD: anchors 'on sunday', 'last tuesday'."),
        fmt: str = typer.Option("jsonl", "--format", "-f",
                                help="jsonl (every field), csv (ACLED columns), table, or parquet (with --out)."),
        max_bytes: int = typer.Option(2_000_000, "--max-bytes", min=1, help="Largest report accepted, in bytes."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
        workers: Optional[int] = WORKERS,
        scheduler: Optional[str] = SCHEDULER,
        partition_size: Optional[str] = PARTITION_SIZE,
        out_dir: Optional[str] = typer.Option(None, "--out", metavar="DIR", show_default=False,
                                              help="With --format parquet: one Parquet file per partition here."),
    ) -> None:
        """Print the events found in news reports (text, HTML, JSONL/CSV batches, stdin).

        Exit codes: 0 every record coded; 1 some records skipped as bad input; 3 some records
        failed inside eventwire (a bug: please report it); 2 usage or fatal error.
        """
        from ..export import acled_row
        from ..codebook import ACLED_EXPORT_COLUMNS

        if fmt not in FORMATS:
            fail(f"--format {fmt!r}: use one of {', '.join(FORMATS)}")
        day = parse_date_option(published)
        spreading = spread_options(workers, scheduler, partition_size)
        if (fmt == "parquet") != (out_dir is not None):
            fail("--format parquet and --out DIR go together (one Parquet file per partition in DIR)")
        out = sys.stdout
        writer = None
        if fmt == "csv":
            writer = csv.DictWriter(out, fieldnames=["doc_id", *ACLED_EXPORT_COLUMNS], lineterminator="\n")
            writer.writeheader()
        collected: list = []
        try:
            with progress_bar(paths, "extract", quiet) as bar:
                log = InputLog(bar=bar)
                if fmt == "parquet":
                    write_dataset(paths, out_dir, spreading, day, max_bytes, log)
                coded = [] if fmt == "parquet" else run_pipe(paths, day, max_bytes, log, spread=spreading,
                                                             with_articles=False)
                for result in coded:
                    report = result.report
                    for event in result.events:
                        if event.doc_id is None and report.doc_id is not None:
                            event.doc_id = report.doc_id
                        if fmt == "jsonl":
                            record = event.to_dict()
                            record["origin"] = report.origin
                            record["line"] = report.line
                            out.write(jsonl_line(record))
                        elif fmt == "csv":
                            writer.writerow({"doc_id": event.doc_id or "", **acled_row(event)})
                        else:
                            collected.append((event, report))
                    out.flush()
        except EventwireError as exc:
            fail(str(exc))
        except BrokenPipeError:   # `eventwire extract ... | head`
            quiet_broken_pipe()
            raise typer.Exit(0)
        if fmt == "table":
            _table(collected)
        if log.n_skipped:
            typer.echo(log.skipped_line(), err=True)
        if log.undated:
            typer.echo(log.undated_line(), err=True)
        if log.failed:
            typer.echo(log.failed_line(), err=True)
        if log.exit_code != EXIT_OK:
            raise typer.Exit(log.exit_code)
