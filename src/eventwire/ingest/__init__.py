"""Files, directories, stdin, HTML, JSONL and CSV -> `RawReport`s.

`iter_reports` never raises on bad input: each unreadable file or record comes
out as an `InputError` naming the file and line, in input order, and the batch
goes on. What comes out is text only; analysis starts at normalize.
"""
from __future__ import annotations

import io
import os
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator

from ..errors import InputError
from ..records import RawReport
from .batch import iter_csv, iter_jsonl, parse_published
from .decode import DEFAULT_MAX_BYTES, SNIFF_BYTES, check_binary, check_size, decode, normalize_newlines
from .html import declared_charset, extract_html, looks_like_html
from .language import guess_english
from .sidecar import SIDECAR, Sidecars

__all__ = [
    "iter_reports",
    "read_sources",
    "Source",
    "SkippedFile",
    "FORMATS",
    "DEFAULT_MAX_BYTES",
    "guess_english",
    "parse_published",
]

STDIN = "-"

# Extension -> format. Anything else in a directory is skipped with a note.
FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
}


class SkippedFile(InputError):
    """A note, not a failure: a file in a directory whose kind eventwire does not read."""


@dataclass
class Source:
    """One file (or stdin) to read, with its format and size for progress bars."""

    path: str
    format: str | None      # None: sniff from the content
    size: int | None = None
    published: date | None = None   # from a `published.json` beside the file

    @property
    def is_stdin(self) -> bool:
        return self.path == STDIN


def _is_documentation(name: str) -> bool:
    """README, LICENSE and the like describe a folder of reports; they are not reports."""
    stem = name.rsplit(".", 1)[0].upper()
    return stem in {"README", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE"}


def read_sources(paths: Iterable[str]) -> Iterator[Source | InputError]:
    """Expand paths into sources: directories recursively (sorted), '-' for stdin.

    In directories, hidden files, `published.json` and README-like files are passed over.
    """
    sidecars = Sidecars()

    def source(path: str, fmt: str | None) -> Source | InputError:
        try:
            published = sidecars.published(path)
        except InputError as exc:
            return exc
        return Source(path, fmt, _size(path), published)

    for path in paths:
        if path == STDIN:
            yield Source(STDIN, None)
            continue
        p = Path(path)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or name == SIDECAR or _is_documentation(name):
                        continue
                    full = os.path.join(root, name)
                    fmt = FORMATS.get(Path(name).suffix.lower())
                    if fmt is None:
                        yield SkippedFile(
                            f"not read: eventwire reads {', '.join(sorted(FORMATS))} in directories", full
                        )
                        continue
                    yield source(full, fmt)
        elif p.is_file():
            yield source(path, FORMATS.get(p.suffix.lower()))
        elif p.exists():
            yield InputError("not a regular file or directory", path)
        else:
            yield InputError("no such file or directory", path)


def _size(path: str) -> int | None:
    try:
        return os.path.getsize(path)
    except OSError:
        return None


def iter_reports(
    paths: list[str] | str,
    published: date | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    check_language: bool = True,
    stdin: IO[bytes] | None = None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[RawReport | InputError]:
    """Every report in `paths`, in order; bad input as `InputError`s naming file and line.

    `published` is the publication date of records that carry none of their own.
    `progress(n)` is called with the number of input bytes consumed, for progress bars.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    published = parse_published(published, "--published", None)
    for source in read_sources(str(p) for p in paths):
        if isinstance(source, InputError):
            yield source
            continue
        default = source.published or published
        for item in _read_source(source, default, max_bytes, stdin, progress):
            if check_language and isinstance(item, RawReport):
                guess = guess_english(item.text)
                if not guess.english:
                    yield InputError(guess.reason, item.origin, item.line)
                    continue
            yield item


def _read_source(
    source: Source,
    published: date | None,
    max_bytes: int,
    stdin: IO[bytes] | None,
    progress: Callable[[int], None] | None,
) -> Iterator[RawReport | InputError]:
    origin = "<stdin>" if source.is_stdin else source.path
    try:
        if source.is_stdin:
            stream = stdin or sys.stdin.buffer
            yield from _read_stream(stream, origin, source.format, published, max_bytes, None)
            return
        with open(source.path, "rb") as stream:
            yield from _read_stream(stream, origin, source.format, published, max_bytes, progress)
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", origin)


_STRAY_NULS = 16     # more NUL bytes than this in a batch's first 8 KB: a binary file, refused whole


def _read_stream(
    stream: IO[bytes],
    origin: str,
    fmt: str | None,
    published: date | None,
    max_bytes: int,
    progress: Callable[[int], None] | None,
) -> Iterator[RawReport | InputError]:
    head = stream.read(SNIFF_BYTES)
    if not head.strip():
        rest = stream.read(1)
        if not rest:
            yield InputError("empty file: nothing to read", origin, 1)
            return
        head += rest
    fmt = fmt or _sniff(head)
    batch = fmt in ("jsonl", "csv") and head.count(b"\x00") <= _STRAY_NULS
    if not batch:   # a batch checks each line itself: a stray NUL costs its line, not the file
        try:
            check_binary(head, origin)
        except InputError as exc:
            yield exc
            return
    if fmt in ("jsonl", "csv"):
        reader = iter_jsonl if fmt == "jsonl" else iter_csv
        yield from reader(io.BufferedReader(_Chain(head, stream)), origin, published, max_bytes, progress)
        return
    # One report per file: read at most the cap plus one byte to detect oversize.
    data = head + stream.read(max(0, max_bytes + 1 - len(head)))
    if progress:
        progress(len(data))
    try:
        if len(data) > max_bytes:
            check_size(len(data) + _count_rest(stream), max_bytes, origin)
        yield _whole_report(data, origin, fmt, published)
    except InputError as exc:
        yield exc


def _whole_report(data: bytes, origin: str, fmt: str, published: date | None) -> RawReport:
    if fmt == "html":
        text = decode(data, origin, fallback=declared_charset(data))
        page = extract_html(text, origin)
        return RawReport(
            text=normalize_newlines(page.text),
            origin=origin,
            line=1,
            published=page.published or published,
            title=page.title,
            url=page.url,
            source=page.source,
            media_type="text/html",
        )
    text = normalize_newlines(decode(data, origin))
    if not text.strip():
        raise InputError("empty file: only whitespace", origin, 1)
    return RawReport(text=text, origin=origin, line=1, published=published, media_type="text/plain")


def _count_rest(stream: IO[bytes]) -> int:
    total = 0
    while chunk := stream.read(1 << 20):
        total += len(chunk)
    return total


def _sniff(head: bytes) -> str:
    """The format of stdin or of a file with an unknown extension, from its first bytes."""
    text = head.decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
    if text.startswith("{"):
        return "jsonl"
    if looks_like_html(text):
        return "html"
    first = text.split("\n", 1)[0].lower()
    if "text" in [c.strip().strip('"') for c in first.split(",")] and "," in first:
        return "csv"
    return "text"


class _Chain(io.RawIOBase):
    """The sniffed head followed by the rest of the stream, as one readable stream."""

    def __init__(self, head: bytes, stream: IO[bytes]):
        self._head = head
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        chunk = self._stream.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)
