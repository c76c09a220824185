"""What only the PostgreSQL store has to show: two writers at once, `--db postgresql://...` in every
command, and one clear message (URL without its password, exit code 2) for each way opening fails.

The behaviour shared with DuckDB is tested once per backend in test_store.py and test_dedup_across.py.
"""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import warnings
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire import connect
from eventwire.cli.main import app
from eventwire.errors import StoreError
from pgserver import PASSWORD, free_port
from test_store import make_article, make_event, raw_sql

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "samples"
N = 30


def _runner() -> CliRunner:
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:   # click >= 8.2 keeps stderr apart already
        return CliRunner()


def _reports(n: int, wire: str):
    """Report n of one wire service: wire "a" and wire "b" tell the same event, under their own ids."""
    article = make_article(n)
    event = make_event(n)
    if wire == "b":
        article = replace(article, id=f"b{n:04d}", doc_id=f"b-doc-{n}")
        event = replace(event, id=f"b{n:04d}-0", article_id=article.id, doc_id=article.doc_id)
    return article, [event]


_WRITER = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {tests!r})
    from test_store_postgres import _reports
    from eventwire import connect
    url, order, start = sys.argv[1], sys.argv[2], float(sys.argv[3])
    items = [_reports(n, w) for w in "ab" for n in range(1, {n} + 1)]
    if order == "reversed":
        items.reverse()
    store = connect(url)
    while time.time() < start:   # both writers begin together
        time.sleep(0.005)
    for i in range(0, len(items), 3):
        store.add_batch(items[i:i + 3])
    store.close()
""")


def test_two_ingests_at_once_neither_lose_nor_duplicate_an_event(pg_url, tmp_path):
    """Two processes write the same 2 x N reports (N events, each told by two wires) at once, in opposite
    orders: the database ends as after one run of them, every report stored once, every event once."""
    import time

    script = _WRITER.format(tests=str(Path(__file__).parent), n=N)
    connect(pg_url).close()   # schema made once; each writer also checks it
    start = str(time.time() + 3)
    procs = [subprocess.Popen([sys.executable, "-c", script, pg_url, order, start], stderr=subprocess.PIPE, text=True)
             for order in ("forward", "reversed")]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    with connect(str(tmp_path / "sequential.duckdb")) as one:
        one.add_batch([_reports(n, w) for w in "ab" for n in range(1, N + 1)])
        expected = one.summary()
    with connect(pg_url) as store:
        assert store.summary() == expected
        assert (expected.articles, expected.events) == (2 * N, N)
        for n in range(1, N + 1):
            event = store.get(f"e{n:04d}-0")
            assert event is not None and store.get(f"b{n:04d}-0") == event
            assert sorted(e.id for e in store.sources(event.id)) == [f"b{n:04d}-0", f"e{n:04d}-0"]
        # and a third run of the same reports changes nothing
        assert {r.status for r in store.add_batch([_reports(n, w) for w in "ab" for n in range(1, N + 1)])} == {
            "unchanged"}
        assert store.summary() == expected


def test_every_command_takes_a_postgresql_url(pg_url, tmp_path):
    runner = _runner()
    result = runner.invoke(app, ["ingest", str(SAMPLES / "batch.jsonl"), "--db", pg_url, "--quiet"])
    assert result.exit_code == 0, result.output
    with connect(pg_url, read_only=True) as store:
        stored = store.summary()
    assert stored.events > 0
    again = runner.invoke(app, ["ingest", str(SAMPLES / "batch.jsonl"), "--db", pg_url, "--quiet"])
    assert again.exit_code == 0
    with connect(pg_url, read_only=True) as store:
        assert store.summary() == stored   # re-running an ingest is idempotent

    shown = runner.invoke(app, ["show", "--db", pg_url, "--limit", "50"])
    assert shown.exit_code == 0 and "Error" not in shown.output
    exported = runner.invoke(app, ["export", "--db", pg_url, "--format", "jsonl"])
    assert exported.exit_code == 0
    assert len([json.loads(line) for line in exported.stdout.splitlines() if line.strip()]) == stored.events
    report = runner.invoke(app, ["report", "--db", pg_url, "--format", "json"])
    assert report.exit_code == 0 and json.loads(report.stdout)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from eventwire.api import create_app, load_settings

    with TestClient(create_app(load_settings(environ={}, db=pg_url))) as client:
        body = client.get("/events", params={"limit": 5}).json()
        assert body["total"] == stored.events and len(body["events"]) == min(5, stored.events)
        first = body["events"][0]["id"]
        assert client.get(f"/events/{first}").json()["event"]["id"] == first


def test_same_batch_same_events_in_both_backends(pg_url, tmp_path):
    """Event ids, article ids and merged events of one ingest are the same in DuckDB and PostgreSQL."""
    runner = _runner()
    duck = str(tmp_path / "same.duckdb")
    for db in (duck, pg_url):
        result = runner.invoke(app, ["ingest", str(SAMPLES), "--db", db, "--quiet"])
        assert result.exit_code in (0, 1), result.output
    with connect(duck, read_only=True) as a, connect(pg_url, read_only=True) as b:
        assert a.summary() == b.summary()
        left, right = a.query(), b.query()
        assert [e.id for e in left] == [e.id for e in right]
        assert left == right
        assert [[s.id for s in a.sources(e.id)] for e in left] == [[s.id for s in b.sources(e.id)] for e in right]


def _fails_clearly(db: str, *expected: str, secret: str = PASSWORD) -> None:
    for command in (["show", "--db", db], ["ingest", str(SAMPLES / "batch.jsonl"), "--db", db, "--quiet"],
                    ["export", "--db", db], ["report", "--db", db], ["serve", "--db", db]):
        result = _runner().invoke(app, command)
        message = result.stderr
        assert result.exit_code == 2, (command, result.output)
        assert secret not in message and "***" in message, message
        for words in expected:
            assert words in message, (command, message)
        assert "Traceback" not in message and len(message.strip().splitlines()) == 1, message


def test_unreachable_server(pg_server):
    url = pg_server.url("nothing").replace(str(pg_server.port), str(free_port()))
    _fails_clearly(url, "cannot reach the server", "127.0.0.1")


def test_wrong_credentials(pg_server):
    _fails_clearly(pg_server.url("postgres", password="not-the-password"), "wrong user name or password",
                   secret="not-the-password")


def test_missing_database(pg_server):
    _fails_clearly(pg_server.url("no_such_db"), "no such database", "no_such_db")


def test_older_schema_is_refused_before_anything_changes(pg_url):
    with connect(pg_url) as store:
        store.add(make_article(1), [make_event(1)])
    raw_sql(pg_url, "UPDATE meta SET value = '0' WHERE key = 'schema_version'", "ALTER TABLE events DROP COLUMN tags")
    _fails_clearly(pg_url, "has store schema 0", "this eventwire reads 1")
    with pytest.raises(StoreError, match="schema 0"):
        connect(pg_url)
    raw_sql(pg_url, "UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with connect(pg_url, read_only=True) as store:   # the refused opens added no column
        assert store.get("e0001-0").tags == "" and "tags" not in store._columns("events")


def test_an_empty_database_is_not_a_store_for_readers(pg_url):
    result = _runner().invoke(app, ["show", "--db", pg_url])
    assert result.exit_code == 2 and "not an eventwire store" in result.stderr and PASSWORD not in result.stderr


@pytest.mark.parametrize("ci, outcome, code", [("true", "1 error", 1), ("", "1 skipped", 0)])
def test_without_the_server_binaries_ci_fails_and_a_laptop_skips(tmp_path, ci, outcome, code):
    import os

    env = {**os.environ, "EVENTWIRE_PG_ROOT": str(tmp_path / "none"), "CI": ci}
    proc = subprocess.run([sys.executable, "-m", "pytest", "-rEs", "-p", "no:cacheprovider",
                           f"{Path(__file__).parent / 'test_store.py'}::test_store_satisfies_protocol[postgres]"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert outcome in proc.stdout and proc.returncode == code, proc.stdout[-2000:]
    assert "PostgreSQL binaries not found under" in proc.stdout and "make install-test" in proc.stdout


def test_two_eventwire_ingest_commands_at_once(pg_url, tmp_path):
    """The CLI as two users run it against one database: the result is one ingest's."""
    eventwire = str(Path(sys.executable).parent / "eventwire")
    procs = [subprocess.Popen([eventwire, "ingest", str(SAMPLES), "--db", pg_url, "--quiet"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode in (0, 1), err   # 1: a sample that is not a report (README) was skipped
        assert PASSWORD not in err
    duck = str(tmp_path / "once.duckdb")
    assert _runner().invoke(app, ["ingest", str(SAMPLES), "--db", duck, "--quiet"]).exit_code in (0, 1)
    with connect(duck, read_only=True) as once, connect(pg_url, read_only=True) as twice:
        assert twice.summary() == once.summary() and once.summary().events > 0
        assert [e.id for e in twice.query()] == [e.id for e in once.query()]


@pytest.mark.parametrize("url, shown", [
    ("postgresql://ann:pa55@db.example:5433/events", "postgresql://ann:***@db.example:5433/events"),
    ("postgresql://ann@db.example/events?sslmode=require&password=pa55",
     "postgresql://ann@db.example/events?sslmode=require&password=***"),
    ("postgres://db.example/events", "postgres://db.example/events"),
])
def test_messages_name_the_url_without_its_password(url, shown):
    from eventwire.store import display_name

    assert display_name(url) == shown and "pa55" not in display_name(url)
    assert display_name("events.duckdb") == "events.duckdb"
