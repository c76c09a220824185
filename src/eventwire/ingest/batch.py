"""JSONL and CSV batches: one record -> one RawReport, or one InputError naming its line.

Lines are read as bytes and decoded one at a time, so a bad byte or a truncated
line costs that record only and a batch of any size streams.
"""
from __future__ import annotations

import csv
import json
from datetime import date, datetime
from typing import IO, Any, Callable, Iterator

import orjson

from ..errors import InputError
from ..records import RawReport
from .decode import check_binary, check_size, normalize_newlines

FIELDS = ("id", "text", "published", "url", "title", "source")


def parse_published(value: Any, origin: str, line: int | None) -> date | None:
    """'YYYY-MM-DD' or an ISO timestamp; empty means none."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise InputError(f"bad 'published' value {text[:40]!r}: expected YYYY-MM-DD", origin, line) from None


def _optional_str(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    return str(value)


def record_to_report(
    record: Any, origin: str, line: int, default_published: date | None, max_bytes: int
) -> RawReport:
    """Validate one batch record (fields id, text, optional published/url/title/source)."""
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object with 'text', got {type(record).__name__}", origin, line)
    text = record.get("text")
    if text is None:
        raise InputError("record has no 'text' field", origin, line)
    if not isinstance(text, str):
        raise InputError(f"'text' must be a string, got {type(text).__name__}", origin, line)
    if not text.strip():
        raise InputError("the record's 'text' is empty", origin, line)
    check_size(len(text.encode("utf-8", "surrogatepass")), max_bytes, origin, line)
    published = parse_published(record.get("published"), origin, line)
    doc_id = record.get("id")
    return RawReport(
        text=normalize_newlines(text),
        origin=origin,
        line=line,
        doc_id=None if doc_id is None or doc_id == "" else str(doc_id),
        published=published or default_published,
        title=_optional_str(record, "title"),
        url=_optional_str(record, "url"),
        source=_optional_str(record, "source"),
    )


def _decode_line(raw: bytes, origin: str, line: int) -> str:
    if b"\x00" in raw:
        check_binary(raw, origin, line)
    try:
        return raw.decode("utf-8-sig" if line == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at byte offset {exc.start} of the line)", origin, line
        ) from None


def loads(text: str) -> Any:
    """`json.loads(text)`: orjson reads a record several times faster, and what it refuses (a lone surrogate
    escape, NaN, bad JSON) is read again by json, so values and errors stay json's. So is a record holding a
    float, since orjson reads an integer past 64 bits as one."""
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)
    return json.loads(text) if _holds_float(value) else value


def _holds_float(value: Any) -> bool:
    todo = [value]
    while todo:
        item = todo.pop()
        kind = type(item)
        if kind is float:
            return True
        if kind is dict:
            todo.extend(item.values())
        elif kind is list:
            todo.extend(item)
    return False


def iter_jsonl(
    stream: IO[bytes],
    origin: str,
    default_published: date | None,
    max_bytes: int,
    progress: Callable[[int], None] | None = None,
) -> Iterator[RawReport | InputError]:
    for line, raw in enumerate(stream, start=1):
        if progress:
            progress(len(raw))
        if not raw.strip():
            continue
        try:
            check_size(len(raw), max_bytes, origin, line)
            text = _decode_line(raw, origin, line).strip()
            try:
                record = loads(text)
            except json.JSONDecodeError as exc:
                truncated = exc.msg.startswith("Unterminated") or exc.pos >= len(text) - 1
                hint = "; the line looks truncated" if truncated else ""
                raise InputError(f"invalid JSON: {exc.msg} (column {exc.colno}){hint}", origin, line) from None
            yield record_to_report(record, origin, line, default_published, max_bytes)
        except InputError as exc:
            yield exc


class _Lines:
    """Feeds csv.reader decoded lines, remembering which physical lines were bad."""

    def __init__(self, stream: IO[bytes], origin: str, progress: Callable[[int], None] | None):
        self.stream = stream
        self.origin = origin
        self.progress = progress
        self.line = 0
        self.errors: list[InputError] = []

    def __iter__(self):
        return self

    def __next__(self) -> str:
        raw = self.stream.readline()
        if not raw:
            raise StopIteration
        self.line += 1
        if self.progress:
            self.progress(len(raw))
        try:
            return _decode_line(raw, self.origin, self.line)
        except InputError as exc:
            self.errors.append(exc)
            return raw.replace(b"\x00", b"").decode("utf-8", errors="replace")


def iter_csv(
    stream: IO[bytes],
    origin: str,
    default_published: date | None,
    max_bytes: int,
    progress: Callable[[int], None] | None = None,
) -> Iterator[RawReport | InputError]:
    lines = _Lines(stream, origin, progress)
    csv.field_size_limit(max(max_bytes, 131072))
    reader = csv.reader(lines)
    try:
        header = next(reader)
    except StopIteration:
        yield InputError("the CSV file is empty", origin, 1)
        return
    except csv.Error as exc:
        yield InputError(f"unreadable CSV header ({exc})", origin, 1)
        return
    if lines.errors:
        yield lines.errors[0]
        return
    columns = [h.strip().lower() for h in header]
    if "text" not in columns:
        yield InputError(f"the CSV header has no 'text' column (found: {', '.join(columns) or 'nothing'})", origin, 1)
        return
    while True:
        start = lines.line + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            lines.errors.clear()
            yield InputError(f"malformed CSV row ({exc})", origin, start)
            continue
        if lines.errors:
            yield lines.errors[0]
            lines.errors.clear()
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(columns):
            yield InputError(f"the row has {len(row)} fields, the header {len(columns)}", origin, start)
            continue
        record = dict(zip(columns, row))
        try:
            yield record_to_report(record, origin, start, default_published, max_bytes)
        except InputError as exc:
            yield exc
