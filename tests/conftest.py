"""Fixtures shared by test modules: the store backends (a DuckDB file, a database on a real PostgreSQL server)."""
from __future__ import annotations

import itertools
import os

import pytest

from pgserver import Server, find_bindir

BACKENDS = ("duckdb", "postgres")
_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server of our own for the session. In CI a missing server is a failure, not a skip."""
    bindir = find_bindir()
    if bindir is None:
        message = ("PostgreSQL binaries not found under /usr/lib/postgresql/*/bin: "
                   "`make install-test` installs Debian's postgresql package")
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    server = Server(bindir).start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server) -> str:
    """A new, empty database on the session's server."""
    return pg_server.create_database(f"t{next(_names)}")


@pytest.fixture(params=BACKENDS)
def store_target(request, tmp_path) -> str:
    """What `--db` takes, once per backend: a DuckDB file path or a postgresql:// URL of an empty database."""
    if request.param == "postgres":
        return request.getfixturevalue("pg_url")
    return str(tmp_path / "events.duckdb")
