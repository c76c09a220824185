"""Bytes -> text, refusing what would otherwise be silently mangled.

Every check names the byte offset and line, so a user can open the file at the
spot. Only UTF-8 (with or without a BOM) and BOM-marked UTF-16 are accepted:
guessing a legacy code page would turn a wrong guess into wrong events.
"""
from __future__ import annotations

import codecs

from ..errors import InputError

DEFAULT_MAX_BYTES = 2_000_000
SNIFF_BYTES = 8192


def line_of(data: bytes, offset: int) -> int:
    """1-based line number of byte `offset`."""
    return data.count(b"\n", 0, offset) + 1


def _utf16_codec(data: bytes) -> str | None:
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    return None


def check_binary(head: bytes, origin: str, first_line: int = 1) -> None:
    """A NUL byte in text that is not UTF-16 means a binary file (image, archive, ...)."""
    if _utf16_codec(head):
        return
    nul = head.find(b"\x00")
    if nul >= 0:
        raise InputError(
            f"binary data (NUL byte at byte offset {nul}); eventwire reads UTF-8 text, HTML, JSONL and CSV",
            origin,
            first_line + head.count(b"\n", 0, nul),
        )


def check_size(size: int, max_bytes: int, origin: str, line: int | None = None) -> None:
    if size > max_bytes:
        raise InputError(
            f"the report is {size:,} bytes, over the cap of {max_bytes:,} bytes per report; "
            "split it or raise the cap (--max-bytes)",
            origin,
            line,
        )


def decode(data: bytes, origin: str, first_line: int = 1, *, fallback: str | None = None) -> str:
    """Strict UTF-8 (BOM tolerated); BOM-marked UTF-16; `fallback` only when declared (HTML charset)."""
    codec = _utf16_codec(data)
    if codec:
        try:
            return data.decode(codec)
        except UnicodeDecodeError as exc:
            raise InputError(f"invalid UTF-16 at byte offset {exc.start}", origin, first_line) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if fallback:
            try:
                return data.decode(fallback)
            except (LookupError, UnicodeDecodeError):
                pass
        line = first_line + data.count(b"\n", 0, exc.start)
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at byte offset {exc.start}); "
            "convert the file to UTF-8, e.g. `iconv -f latin1 -t utf-8`",
            origin,
            line,
        ) from exc


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
