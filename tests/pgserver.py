"""A throwaway PostgreSQL server for the tests and the store bench: initdb + pg_ctl in a temporary directory.

Debian's `postgresql` package puts the binaries in /usr/lib/postgresql/VERSION/bin (`make
install-test` installs it). initdb refuses to run as root, so as root the server runs as the
`postgres` system user (via runuser). It listens on a free port of 127.0.0.1 with password
authentication, so tests can also present wrong credentials.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

USER, PASSWORD = "eventwire", "s3cret-pw"
_FAST = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"   # tests: no durability needed


def find_bindir() -> Path | None:
    """The newest /usr/lib/postgresql/VERSION/bin holding initdb, or None ($EVENTWIRE_PG_ROOT replaces
    /usr/lib/postgresql, so a test can see what a machine without the package sees)."""
    root = os.environ.get("EVENTWIRE_PG_ROOT", "/usr/lib/postgresql")
    found = [Path(p) for p in glob.glob(f"{root}/*/bin/initdb")]
    found.sort(key=lambda p: [int(x) for x in p.parts[-3].split(".") if x.isdigit()], reverse=True)
    return found[0].parent if found else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One running server; `url(db)` names a database on it, `create_database` makes one."""

    def __init__(self, bindir: Path, durable: bool = False):
        """`durable`: the server's default fsync and commit settings (the bench), not the tests' fast ones."""
        self.bindir = bindir
        self.durable = durable
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="eventwire-pg-"))
        self.data = self.dir / "data"
        self._as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def _pg(self, tool: str, *args: str) -> None:
        proc = subprocess.run(self._as + [str(self.bindir / tool), *args], capture_output=True, text=True, timeout=120)
        if proc.returncode != 0:
            raise RuntimeError(f"{tool} failed ({proc.returncode}): {proc.stderr.strip() or proc.stdout.strip()}")

    def start(self) -> "Server":
        pwfile = self.dir / "pw"
        pwfile.write_text(PASSWORD + "\n")
        if self._as:
            shutil.chown(self.dir, "postgres")
            shutil.chown(pwfile, "postgres")
        self._pg("initdb", "-D", str(self.data), "-U", USER, f"--pwfile={pwfile}", "-E", "UTF8",
                 "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256")
        self._pg("pg_ctl", "-D", str(self.data), "-l", str(self.dir / "server.log"), "-w", "-t", "60",
                 "-o", f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 {'' if self.durable else _FAST}",
                 "start")
        return self

    def url(self, db: str = "postgres", password: str = PASSWORD) -> str:
        return f"postgresql://{USER}:{password}@127.0.0.1:{self.port}/{db}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as con:
            con.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            self._pg("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)
