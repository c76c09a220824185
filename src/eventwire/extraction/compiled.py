"""Compiled regex code kept between processes, so a CLI start does not parse the coder's rules again.

Python's `re.compile` parses a pattern and generates its engine code in Python (`re._parser`,
`re._compiler`): for the coder's long alternations (the nationality trie alone is embedded in a dozen
rules) that is about a quarter of a CPU-second in every process, paid again by each `eventwire
extract`. The generated code is a list of integers that depends only on the pattern, the flags and
the interpreter; `compile` keeps it in a marshal file beside the gazetteer index and hands it back to
the engine (`_sre.compile`, which validates it) in later processes. The file is keyed by the Python
version and the engine's magic number; an entry the engine refuses, an unreadable or stale file, or
a read-only folder only means compiling as `re.compile` does.
"""
from __future__ import annotations

import atexit
import hashlib
import re
import sys
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]

import _sre  # type: ignore[import-not-found]

from ..kept_files import env_path, read_marshal, write_marshal
from .start_chars import with_start_set

ENV_VAR = "EVENTWIRE_REGEX_CACHE"      # a path for the file, or "" for none
PATH = Path(__file__).resolve().parent.parent / "geo" / "data" / "regex_code.marshal"
# "2": files written before the coder's patterns stopped depending on the hash seed held thousands of entries
# no process asks for (6.9 MB, 26 ms to read at each start); the new key drops them once
# "3": code carries the set of a match's first characters (`start_chars`), which older entries lack
VERSION = f"3|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{_sre.MAXREPEAT}|{_sre.MAXGROUPS}"

_CODES: dict | None = None             # key -> (flags, code, groups, groupindex, indexgroup)
_DIRTY = False


def _path() -> Path | None:
    return env_path(ENV_VAR, PATH)


def _key(pattern: str, flags: int) -> str:
    return hashlib.sha256(f"{flags}\0{pattern}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


def load(path: Path | None) -> dict:
    """The entries of the file at `path`; empty when it is absent, unreadable, malformed or of another Python."""
    data = read_marshal(path)
    if type(data) is not dict or data.get("version") != VERSION or type(data.get("codes")) is not dict:
        return {}
    return data["codes"]


def save(path: Path | None = None) -> bool:
    """Write the code of every pattern compiled here when some was not in the file; True if written."""
    global _DIRTY
    path = _path() if path is None else path
    if path is None or _CODES is None or not _DIRTY:
        return False
    if not write_marshal(path, {"version": VERSION, "codes": _CODES}):
        return False
    _DIRTY = False
    return True


def _codes() -> dict:
    global _CODES
    if _CODES is None:
        _CODES = load(_path())
    return _CODES


def _generate(pattern: str, flags: int) -> tuple:
    """What `re._compiler.compile` hands the engine: final flags, code, group count and names."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]    # opcodes are int subclasses: plain for marshal
    code = with_start_set(code, parsed, flags | parsed.state.flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)` for a str pattern, from the kept code when the file has it."""
    global _DIRTY
    flags = int(flags)
    if type(pattern) is not str or flags & (re.DEBUG | getattr(re, "TEMPLATE", 0)):
        return re.compile(pattern, flags)
    codes, key = _codes(), _key(pattern, flags)
    entry = codes.get(key)
    if entry is not None:
        try:
            return _sre.compile(pattern, *entry)
        except Exception:              # refused by the engine's validation: compile it again below
            pass
    try:
        entry = _generate(pattern, flags)
        compiled = _sre.compile(pattern, *entry)
    except re.error:
        raise
    except Exception:                  # an interpreter whose internals differ: the public way
        return re.compile(pattern, flags)
    codes[key] = entry
    if not _DIRTY:
        _DIRTY = True
        atexit.register(save)
    return compiled
