"""Coding spread over processes or a Dask cluster: `--workers N`, `--scheduler tcp://HOST:8786`.

    partition.py  paths -> Partitions (files grouped; large JSONL/CSV cut into byte ranges on record boundaries)
    worker.py     Partition -> PipeResults in input order, or one Parquet file (runs anywhere, no Dask)
    output.py     the Parquet dataset: part-NNNNN.parquet per partition, written atomically
    cluster.py    LocalCluster or an existing scheduler; partitions submitted ahead, results taken in order

`pipe_paths` is `eventwire.pipe(iter_reports(paths))` spread out: the same
PipeResults, in the same order, with the same per-record errors. `write_dataset`
has each worker write its partitions' events as Parquet. Without a `Spread`, or
with one naming neither workers nor a scheduler, everything runs in this process
and Dask is never imported.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Callable, Iterator

from ..pipeline import PipeResult
from ..records import RawReport
from .partition import Partition, Piece, auto_partition_bytes, plan
from .worker import PartitionResult, ReadOptions, code_partition, write_partition

__all__ = ["Spread", "pipe_paths", "write_dataset", "plan_paths", "Partition", "Piece", "PartitionResult",
           "parse_size"]


@dataclass(frozen=True)
class Spread:
    """Where to code: N local worker processes, or an existing Dask scheduler; the partition size."""

    workers: int | None = None
    scheduler: str | None = None
    partition_bytes: int | None = None   # None: 8 partitions per worker, 256 KiB to 64 MiB each

    @property
    def distributed(self) -> bool:
        return bool(self.workers or self.scheduler)


def parse_size(text: str | None) -> int | None:
    """'64MB', '512KiB', '1000000' -> bytes (Dask's own parser, as its users write sizes)."""
    if text is None or text == "":
        return None
    from ..errors import EventwireError

    try:
        from dask.utils import parse_bytes

        value = parse_bytes(text)
    except ImportError:
        value = int(text) if text.isdigit() else None
    except ValueError:
        value = None
    if not value or value < 1:
        raise EventwireError(f"--partition-size {text!r}: give a size such as 8MB or 512KiB")
    return value


def plan_paths(paths: list[str], partition_bytes: int | None, workers: int = 1):
    """(partitions, problems): the partitions of `paths` and the files that could not be taken at all."""
    from ..ingest import Source, read_sources

    sources = list(read_sources(paths))
    if partition_bytes is None:
        total = sum(s.size or 0 for s in sources if isinstance(s, Source))
        partition_bytes = auto_partition_bytes(total, workers)
    partitions, problems = [], []
    for item in plan(sources, partition_bytes):
        (partitions if isinstance(item, Partition) else problems).append(item)
    return partitions, problems


@contextmanager
def _session(spread: Spread | None):
    if spread is None or not spread.distributed:
        yield None
        return
    from .cluster import open_client

    with open_client(spread.workers, spread.scheduler) as client:
        yield client


def _run(paths, spread, task: Callable, args: tuple, progress) -> Iterator[PipeResult | PartitionResult]:
    """Plan, then each partition's result in order; files that could not be taken come first."""
    with _session(spread) as client:
        workers = 1 if client is None else _threads(client)
        partitions, problems = plan_paths(paths, spread.partition_bytes if spread else None, workers)
        for error in problems:
            yield PipeResult(report=RawReport("", error.origin, error.line), error=error)
        if client is None:
            results = (task(part, *args) for part in partitions)
        else:
            from .cluster import ordered

            results = ordered(client, task, partitions, *args)
        for result in results:
            if progress:
                progress(result.nbytes)
            yield result


def _threads(client) -> int:
    from .cluster import total_threads

    return total_threads(client)


def pipe_paths(paths: list[str], spread: Spread | None = None, *, published: date | None = None,
               max_bytes: int = 2_000_000, with_articles: bool = True,
               progress: Callable[[int], None] | None = None) -> Iterator[PipeResult]:
    """Each record's PipeResult, in input order, coded on the workers of `spread`.

    Failures come as PipeResults whose `error` names the file and line, as from `eventwire.pipe`.
    Report texts are not sent back (`report.text` is empty); with `with_articles` the article is.
    """
    options = ReadOptions(published, max_bytes, with_articles)
    for item in _run(paths, spread, code_partition, (options,), progress):
        if isinstance(item, PartitionResult):
            yield from item.results
        else:
            yield item


def write_dataset(paths: list[str], out_dir: str, spread: Spread | None = None, *, published: date | None = None,
                  max_bytes: int = 2_000_000,
                  progress: Callable[[int], None] | None = None) -> Iterator[PipeResult | PartitionResult]:
    """Code `paths` into `out_dir/part-NNNNN.parquet`, one file per partition, written by the workers.

    Yields each failed record's PipeResult (file and line) and each written partition's counts.
    `out_dir` must be reachable by every worker under the same path (a shared filesystem).
    """
    from .output import prepare_dir

    target = prepare_dir(out_dir)
    for item in _run(paths, spread, write_partition, (ReadOptions(published, max_bytes, False), target), progress):
        if isinstance(item, PartitionResult):
            yield from item.results      # a written partition sends back only its failed records
        yield item
