"""The server's settings as one table: name, default, environment variable, help.

`eventwire serve` flags override the environment, which overrides the defaults;
the table is also what `--help` and the docs are written from.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

from ..errors import EventwireError


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    env: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "eventwire.duckdb", "EVENTWIRE_DB",
            "Store to serve: a DuckDB file (created when missing) or postgresql://user@host/dbname."),
    Setting("token", None, "EVENTWIRE_TOKEN",
            "Bearer token that POST /reports requires; writes are refused without one."),
    Setting("token_file", None, "EVENTWIRE_TOKEN_FILE",
            "File holding the bearer token (first line); wins over EVENTWIRE_TOKEN."),
    Setting("private_reads", False, "EVENTWIRE_PRIVATE_READS",
            "Require the token for reads too (reads are open by default)."),
    Setting("max_body_bytes", 5 * 1024 * 1024, "EVENTWIRE_MAX_BODY",
            "Largest POST /reports body in bytes; larger ones get 413."),
    Setting("max_limit", 10_000, "EVENTWIRE_MAX_LIMIT", "Largest page size `limit` that GET /events accepts."),
    Setting("map_limit", 5_000, "EVENTWIRE_MAP_LIMIT",
            "Events the map page draws at most (the table and API page through the rest)."),
    Setting("tile_url", None, "EVENTWIRE_TILE_URL",
            "Optional online tile URL template for the map, e.g. https://{s}.tile.example/{z}/{x}/{y}.png; "
            "without it the map draws country boundaries installed with the project and needs no network."),
    Setting("tile_attribution", "", "EVENTWIRE_TILE_ATTRIBUTION", "Attribution text shown with the online tiles."),
)


@dataclass(frozen=True)
class ServeSettings:
    db: str = "eventwire.duckdb"
    token: str | None = None
    token_file: str | None = None
    private_reads: bool = False
    max_body_bytes: int = 5 * 1024 * 1024
    max_limit: int = 10_000
    map_limit: int = 5_000
    tile_url: str | None = None
    tile_attribution: str = ""

    def bearer_token(self) -> str | None:
        """The token in force: the file's first line wins over the plain value."""
        if self.token_file:
            try:
                text = Path(self.token_file).read_text(encoding="utf-8")
            except OSError as exc:
                raise EventwireError(f"{self.token_file}: cannot read the token file ({exc.strerror or exc})") from None
            token = text.strip().splitlines()[0].strip() if text.strip() else ""
            if not token:
                raise EventwireError(f"{self.token_file}:1: the token file is empty; write the token on its first line")
            return token
        return self.token or None


def _convert(setting: Setting, raw: str):
    if isinstance(setting.default, bool):
        return raw.strip().lower() in ("1", "true", "yes", "on")
    if isinstance(setting.default, int):
        try:
            return int(raw)
        except ValueError:
            raise EventwireError(f"{setting.env}={raw!r}: expected a whole number") from None
    return raw


def load_settings(environ: dict[str, str] | None = None, **overrides) -> ServeSettings:
    """Defaults, then the environment, then explicit overrides (flags) that are not None."""
    environ = os.environ if environ is None else environ
    values: dict[str, object] = {}
    for setting in SETTINGS:
        values[setting.name] = setting.default
        raw = environ.get(setting.env)
        if raw not in (None, ""):
            values[setting.name] = _convert(setting, raw)
    known = {f.name for f in fields(ServeSettings)}
    for name, value in overrides.items():
        if name not in known:
            raise TypeError(f"unknown setting {name!r}")
        if value is not None:
            values[name] = value
    return ServeSettings(**values)
