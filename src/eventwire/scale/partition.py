"""Input cut into partitions: whole files, grouped, and byte ranges of large JSONL/CSV batches.

A partition is a plain, picklable description (paths, byte offsets, the line
number its first byte starts), never data: a worker opens the files itself, so
only a few hundred bytes travel to it. Ranges start and end on record
boundaries (a newline; in CSV a newline outside quotes), and each knows the
line it starts on, so a bad record names the same file and line as in one
process. Planning reads a large batch once, counting newlines, which runs at
disk speed; files below the partition size are not read here at all.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Iterator

from ..errors import InputError

MIN_PARTITION_BYTES = 256 << 10     # 256 KiB, some 3,000 sentences: a task's overhead (milliseconds) is lost in it
MAX_PARTITION_BYTES = 64 << 20      # 64 MiB: what one worker holds of results at a time
PARTITIONS_PER_WORKER = 8           # enough tasks for an even finish, few enough to keep overhead low
SCAN_BYTES = 1 << 20
SPLITTABLE = ("jsonl", "csv")


@dataclass(frozen=True)
class Piece:
    """A whole file (`end` None, read exactly as `iter_reports` reads it) or a byte range of a batch."""

    path: str                   # absolute: workers may run in another directory
    origin: str                 # the path as given, which errors and articles name
    format: str | None
    published: date | None = None
    start: int = 0
    end: int | None = None
    first_line: int = 1         # the physical line number at `start`
    header: bytes = b""         # a CSV range past the header: the header line to read it with
    size: int = 0

    @property
    def is_range(self) -> bool:
        return self.end is not None


@dataclass(frozen=True)
class Partition:
    """One task's worth of input, in input order; `index` orders the results and names the output file."""

    index: int
    pieces: tuple[Piece, ...]

    @property
    def nbytes(self) -> int:
        return sum(p.size for p in self.pieces)


def auto_partition_bytes(total_bytes: int, workers: int) -> int:
    """Several partitions per worker, each between 256 KiB and 64 MiB."""
    share = total_bytes // max(1, workers * PARTITIONS_PER_WORKER)
    return max(MIN_PARTITION_BYTES, min(MAX_PARTITION_BYTES, share))


def plan(sources: Iterable, partition_bytes: int) -> Iterator[Partition | InputError]:
    """Partitions of `read_sources` output, in input order; its errors and notes pass through in place.

    Files smaller than `partition_bytes` are grouped until a partition reaches that size;
    larger JSONL/CSV files are cut into ranges of about that size; other files stay whole.
    """
    from ..ingest import Source

    index = 0
    group: list[Piece] = []
    group_bytes = 0

    def close() -> Partition:
        nonlocal index, group, group_bytes
        part = Partition(index, tuple(group))
        index, group, group_bytes = index + 1, [], 0
        return part

    for source in sources:
        if not isinstance(source, Source):
            yield source
            continue
        if source.is_stdin:
            yield InputError("stdin cannot be spread over workers; give files or directories", "<stdin>")
            continue
        size = source.size or 0
        if size > partition_bytes and source.format in SPLITTABLE:
            if group:
                yield close()
            for piece in split_file(source.path, source.format, source.published, partition_bytes):
                group.append(piece)
                yield close()
            continue
        group.append(Piece(os.path.abspath(source.path), source.path, source.format, source.published, size=size))
        group_bytes += size
        if group_bytes >= partition_bytes:
            yield close()
    if group:
        yield close()


def split_file(path: str, fmt: str, published: date | None, partition_bytes: int) -> list[Piece]:
    """Byte ranges of about `partition_bytes` that together cover `path` once, on record boundaries.

    A file that cannot be read as text here (binary, UTF-16, unreadable, a CSV without a
    'text' column) stays one whole piece, so that reading it reports the problem once.
    """
    whole = [Piece(os.path.abspath(path), path, fmt, published, size=_size(path))]
    try:
        with open(path, "rb") as stream:
            head = stream.read(SCAN_BYTES)
            if b"\x00" in head or head.startswith((b"\xff\xfe", b"\xfe\xff")):
                return whole
            header = b""
            if fmt == "csv":
                header = head.split(b"\n", 1)[0] + b"\n"
                columns = header.decode("utf-8-sig", errors="replace").lower().replace('"', "").split(",")
                if len(header) >= len(head) or header.count(b'"') % 2 or "text" not in [c.strip() for c in columns]:
                    return whole
            stream.seek(0)
            cuts = _record_boundaries(stream, partition_bytes, quoted=fmt == "csv")
    except OSError:
        return whole
    pieces = []
    for (start, line), (end, _) in zip(cuts, cuts[1:]):
        if end > start:
            pieces.append(Piece(os.path.abspath(path), path, fmt, published, start, end, line,
                                header if start else b"", end - start))
    return pieces or whole


def _record_boundaries(stream, every: int, quoted: bool) -> list[tuple[int, int]]:
    """(offset, line number) of a record start about every `every` bytes, plus (file size, last line).

    One pass: newlines are counted per block; in CSV (`quoted`) a newline counts as a
    boundary only when the number of quote characters before it is even.
    """
    cuts = [(0, 1)]
    target = every
    offset, line, quotes = 0, 1, 0
    while block := stream.read(SCAN_BYTES):
        position = 0
        while target < offset + len(block):
            newline = block.find(b"\n", max(position, target - offset))
            while newline >= 0 and quoted and (quotes + block.count(b'"', 0, newline)) % 2:
                newline = block.find(b"\n", newline + 1)
            if newline < 0:
                break
            cut = offset + newline + 1
            cuts.append((cut, line + block.count(b"\n", 0, newline + 1)))
            position = newline + 1
            target = cut + every
        line += block.count(b"\n")
        quotes += block.count(b'"')
        offset += len(block)
    if offset > cuts[-1][0]:
        cuts.append((offset, line))
    return cuts


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
