"""The options that spread `extract` and `ingest` over workers, and `extract --format parquet --out DIR`.

Shared by both commands so they read the same; the work itself is `eventwire.scale`'s.
Nothing here imports Dask: without --workers or --scheduler the commands run as before.
"""
from __future__ import annotations

from datetime import date
from typing import Optional

import typer

WORKERS = typer.Option(None, "--workers", min=1, show_default=False,
                       help="Code on N local worker processes (a Dask LocalCluster).")
SCHEDULER = typer.Option(None, "--scheduler", metavar="URL", show_default=False,
                         help="Code on an existing Dask cluster, e.g. tcp://host:8786.")
PARTITION_SIZE = typer.Option(None, "--partition-size", metavar="SIZE", show_default=False,
                              help="Input per task with workers, e.g. 8MB (default: 8 per worker, 256 KiB to 64 MiB).")


def spread_options(workers: Optional[int], scheduler: Optional[str], partition_size: Optional[str]):
    """A `scale.Spread`, or None for the plain one-process path; bad combinations exit with code 2."""
    from .ingest_cmd import fail

    if workers and scheduler:
        fail("give --workers N or --scheduler URL, not both")
    if partition_size and not (workers or scheduler):
        fail("--partition-size needs --workers or --scheduler")
    if not (workers or scheduler):
        return None
    from ..errors import EventwireError
    from ..scale import Spread, parse_size

    try:
        return Spread(workers, scheduler, parse_size(partition_size))
    except EventwireError as exc:
        fail(str(exc))


def write_dataset(paths: list[str], out: str, spread, published: Optional[date], max_bytes: int, log) -> None:
    """`extract --format parquet --out DIR`: one Parquet file per partition; failures go to the log."""
    from ..scale import PartitionResult
    from ..scale import write_dataset as write

    files = events = 0
    progress = log.bar.update if log.bar is not None else None
    for item in write(paths, out, spread, published=published, max_bytes=max_bytes, progress=progress):
        if isinstance(item, PartitionResult):
            files += 1
            events += item.events
            log.reports += item.reports
        else:
            log.error(item.error)
    typer.echo(f"wrote {events} event{'s' if events != 1 else ''} from {log.reports} reports "
               f"in {files} Parquet file{'s' if files != 1 else ''} to {out}", err=True)
