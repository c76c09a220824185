"""`published.json` beside report files: publication dates for files that cannot carry one.

A plain text file has no field for its date, so a directory may hold a
`published.json` mapping file names (relative to that directory) to
YYYY-MM-DD. It is more specific than `--published` and less than a batch
record's own `published`.
"""
from __future__ import annotations

import json
import os
from datetime import date

from ..errors import InputError
from .batch import parse_published

SIDECAR = "published.json"


class Sidecars:
    """Reads each directory's `published.json` once."""

    def __init__(self) -> None:
        self._cache: dict[str, dict[str, date]] = {}

    def load(self, directory: str) -> dict[str, date]:
        """The directory's mapping; an InputError naming the file when it is malformed."""
        directory = os.path.abspath(directory)
        if directory in self._cache:
            return self._cache[directory]
        self._cache[directory] = {}
        path = os.path.join(directory, SIDECAR)
        if not os.path.isfile(path):
            return {}
        try:
            with open(path, encoding="utf-8") as fp:
                data = json.load(fp)
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read the publication dates: {exc}", path) from None
        except json.JSONDecodeError as exc:
            raise InputError(f"invalid JSON in the publication dates: {exc.msg}", path, exc.lineno) from None
        if not isinstance(data, dict):
            raise InputError('expected {"file name": "YYYY-MM-DD", ...}', path, 1)
        mapping = {}
        for name, value in data.items():
            day = parse_published(value, path, None)
            if day:
                mapping[str(name)] = day
        self._cache[directory] = mapping
        return mapping

    def published(self, file_path: str) -> date | None:
        directory, name = os.path.split(file_path)
        return self.load(directory or ".").get(name)
