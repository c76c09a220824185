"""Small files the coder keeps between processes (marshal), beside the gazetteer index.

Several parts cache what is costly to rebuild at every start: the regex engine code
(`extraction/compiled.py`), the rules' gate analysis (`extraction/gated.py`), the common-word table
(`extraction/word_frequency.py`) and the given names (`geo/persons.py`). They share one reader that
treats a missing or broken file as absent, one atomic writer, and one rule for a path an environment
variable may move or turn off.
"""
from __future__ import annotations

import marshal
import os
from pathlib import Path


def env_path(variable: str, default: Path) -> Path | None:
    """The path the environment variable names, `default` when it is unset, None when it is empty."""
    value = os.environ.get(variable)
    if value is None:
        return default
    return Path(value) if value else None


def read_marshal(path: Path | None):
    """The object marshalled in the file at `path`, or None when there is none or it cannot be read."""
    if path is None:
        return None
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def write_marshal(path: Path, data) -> bool:
    """Marshal `data` into `path` through a temporary file and a rename (a reader never sees half a file);
    False when the folder cannot be written, leaving the file as it was."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(marshal.dumps(data))
        os.replace(temporary, path)
    except (OSError, ValueError):
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
        return False
    return True
