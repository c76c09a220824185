"""What runs on a worker: read a partition's pieces, code each record, return or write the results.

Pure Python with no Dask import, so the same functions run in one process
(`--format parquet --out DIR` without workers) and on any Dask worker. The
pipeline, with its gazetteer, is loaded once per worker process and kept
(`default_pipeline` is cached), not once per partition. A record that fails
comes back as a `PipeResult` with the error naming its file and line, exactly
as `eventwire.pipe` gives it in one process (`pipeline.code_record`, the same safe coding); the
rest of the partition goes on.
"""
from __future__ import annotations

import dataclasses
import io
from dataclasses import dataclass, field
from datetime import date
from typing import Iterator

from ..errors import EventwireError, InputError
from ..pipeline import PipeResult
from ..records import RawReport
from .partition import Partition, Piece


@dataclass(frozen=True)
class ReadOptions:
    published: date | None = None
    max_bytes: int = 2_000_000
    with_articles: bool = True      # ingest needs the articles; extract only the events


@dataclass
class PartitionResult:
    """One partition's outcome: each record's PipeResult in input order (or, once written, only counts)."""

    index: int
    nbytes: int
    results: list[PipeResult] = field(default_factory=list)
    reports: int = 0
    events: int = 0
    path: str | None = None         # the Parquet file written, when one was


def read_piece(piece: Piece, published: date | None, max_bytes: int) -> Iterator[RawReport | InputError]:
    """The piece's records, named by the path as given and by their line in the whole file."""
    from ..ingest import iter_reports

    if not piece.is_range:
        for item in iter_reports([piece.path], published=published, max_bytes=max_bytes):
            yield _relocated(item, piece, 0)
        return
    from ..ingest import guess_english
    from ..ingest.batch import iter_csv, iter_jsonl

    try:
        with open(piece.path, "rb") as stream:
            stream.seek(piece.start)
            data = stream.read(piece.end - piece.start)
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", piece.origin, piece.first_line)
        return
    reader = iter_csv if piece.format == "csv" else iter_jsonl
    shift = piece.first_line - (2 if piece.header else 1)     # the header we put first is line 1
    for item in reader(io.BytesIO(piece.header + data), piece.path, piece.published or published, max_bytes):
        item = _relocated(item, piece, shift)
        if isinstance(item, RawReport):
            guess = guess_english(item.text)
            if not guess.english:
                item = InputError(guess.reason, item.origin, item.line)
        yield item


def _relocated(item: RawReport | InputError, piece: Piece, shift: int) -> RawReport | InputError:
    origin = piece.origin if item.origin == piece.path else item.origin
    line = None if item.line is None else item.line + shift
    if isinstance(item, RawReport):
        return dataclasses.replace(item, origin=origin, line=line)
    return type(item)(item.reason, origin, line)


def code_partition(partition: Partition, options: ReadOptions) -> PartitionResult:
    """Every record of the partition, coded, in input order; report texts are dropped (the article has it)."""
    from ..pipeline import code_record, default_pipeline

    pipeline = default_pipeline()
    out = PartitionResult(partition.index, partition.nbytes)
    for piece in partition.pieces:
        for item in read_piece(piece, options.published, options.max_bytes):
            if isinstance(item, EventwireError):
                out.results.append(PipeResult(report=RawReport("", item.origin, item.line), error=item))
                continue
            result = code_record(item, pipeline)    # never raises for the record: its failure names it
            result.report = dataclasses.replace(result.report, text="")
            if result.error is None:
                out.reports += 1
                out.events += len(result.events)
            if not options.with_articles:
                result.article = None
            out.results.append(result)
    return out


def write_partition(partition: Partition, options: ReadOptions, out_dir: str) -> PartitionResult:
    """Code the partition and write its events as one Parquet file; only counts and errors come back."""
    from .output import write_events

    coded = code_partition(partition, dataclasses.replace(options, with_articles=False))
    coded.path = write_events(out_dir, partition.index, coded.results)
    coded.results = [r for r in coded.results if r.error is not None]
    return coded


def warm_up() -> int:
    """Load the pipeline and its gazetteer now (on a worker at start); returns the gazetteer's size."""
    from ..pipeline import default_pipeline

    return len(default_pipeline().gazetteer)
