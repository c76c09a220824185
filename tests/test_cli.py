"""The CLI commands extract, ingest, export and show, run as a user runs them."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from eventwire import connect
from eventwire.cli.main import app
from eventwire.codebook import ACLED_EXPORT_COLUMNS
from eventwire.records import Article, Event, Evidence

EVENTWIRE = str(Path(sys.executable).parent / "eventwire")


def _runner() -> CliRunner:
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:   # click >= 8.2 keeps stderr apart already
        return CliRunner()


@pytest.fixture
def db(tmp_path) -> str:
    """A store holding three events written directly (no pipeline involved)."""
    path = str(tmp_path / "cli.duckdb")
    text = "KYIV (Wire) - Shelling hit a district of Kharkiv on Monday, killing two civilians."
    article = Article(id="a1", text=text, origin="fixture.txt", line=1)
    events = [
        Event(id="e1", article_id="a1", event_date="2020-05-04", time_precision=1,
              event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
              actor1="Military Forces of Russia (2000-)", actor2="Civilians (Ukraine)", country="Ukraine",
              iso3="UKR", admin1="Kharkiv", location="Kharkiv", latitude=49.99, longitude=36.23, fatalities=2,
              notes=text, coder="test/1", evidence=[Evidence("fatalities", 58, 61, "two")]),
        Event(id="e2", article_id="a1", event_date="2020-05-02", event_type="Protests",
              sub_event_type="Peaceful protest", actor1="Protesters (Ukraine)", country="Ukraine", iso3="UKR",
              location="Lviv", latitude=49.84, longitude=24.03, fatalities=0, notes="Workers marched.", coder="test/1"),
        Event(id="e3", article_id="a1", event_type="Battles", sub_event_type="Armed clash",
              actor1="Military Forces of Ukraine (2019-)", country="Ukraine", iso3="UKR", notes="Clashes.",
              coder="test/1"),
    ]
    with connect(path) as store:
        store.add(article, events)
    return path


def test_export_csv_to_stdout(db):
    result = _runner().invoke(app, ["export", "--db", db, "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0].keys()) == ACLED_EXPORT_COLUMNS
    assert [r["event_date"] for r in rows] == ["2020-05-02", "2020-05-04", ""]
    assert all(r["timestamp"].isdigit() for r in rows)


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "geojson", "parquet"])
def test_export_every_format_to_file(db, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    result = _runner().invoke(app, ["export", "--db", db, "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "exported 3 events" in result.stderr
    if fmt == "csv":
        assert next(csv.reader(out.open())) == list(ACLED_EXPORT_COLUMNS)
    elif fmt == "jsonl":
        events = [Event.from_dict(json.loads(line)) for line in out.read_text().splitlines()]
        assert {e.id for e in events} == {"e1", "e2", "e3"}
        assert [e for e in events if e.id == "e1"][0].evidence[0].text == "two"
    elif fmt == "geojson":
        doc = json.loads(out.read_text())
        assert doc["type"] == "FeatureCollection"
        assert sum(f["geometry"] is None for f in doc["features"]) == 1
    else:
        assert pq.read_table(out).num_rows == 3


def test_export_filters(db):
    result = _runner().invoke(app, ["export", "--db", db, "--format", "jsonl", "--type", "Protests"])
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["e2"]
    result = _runner().invoke(app, ["export", "--db", db, "--format", "jsonl", "--from", "2020-05-03"])
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["e1"]


def test_export_errors(db, tmp_path):
    result = _runner().invoke(app, ["export", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "no store at" in result.stderr and "eventwire ingest" in result.stderr
    result = _runner().invoke(app, ["export", "--db", db, "--format", "xml"])
    assert result.exit_code == 2 and "--format 'xml'" in result.stderr
    result = _runner().invoke(app, ["export", "--db", db, "--from", "May 1"])
    assert result.exit_code == 2 and "--from 'May 1' is not a date" in result.stderr


def test_show_table(db):
    result = _runner().invoke(app, ["show", "--db", db, "--limit", "2"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "2 of 3 events" in out
    assert "2020-05-04" in out and "Shelling/artillery/missile attack" in out and "Kharkiv, Ukraine" in out
    assert "Military Forces of Russia (2000-)" in out and "Civilians (Ukraine)" in out
    assert "Clashes" not in out and "Armed clash" not in out   # the undated one sorts last, past the limit


def test_ingest_bad_input_only_names_file_and_line(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "batch.jsonl").write_text('{"id": "x", "text": "cut off\n{"id": "y"}\n')
    (tmp_path / "skip.pdf").write_bytes(b"%PDF")
    db = tmp_path / "s.duckdb"
    result = _runner().invoke(app, ["ingest", str(tmp_path), "--db", str(db)])
    assert result.exit_code == 1
    err = result.stderr
    assert f"{tmp_path / 'batch.jsonl'}:1: invalid JSON" in err
    assert f"{tmp_path / 'batch.jsonl'}:2: record has no 'text' field" in err
    assert f"{tmp_path / 'empty.txt'}:1: empty file" in err
    assert "note:" in err and "skip.pdf" in err
    assert "read 0 reports" in result.stdout
    assert "skipped 3 reports: invalid JSON 1, record has no 'text' field 1, empty file 1" in result.stdout
    with connect(str(db)) as store:
        assert store.summary().articles == 0


def test_ingest_bad_published_and_missing_path(tmp_path):
    result = _runner().invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "s.duckdb"),
                                    "--published", "24/09/2017"])
    assert result.exit_code == 2 and "--published '24/09/2017' is not a date YYYY-MM-DD" in result.stderr
    result = _runner().invoke(app, ["extract", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1 and "missing.txt: no such file or directory" in result.stderr


def test_cli_binary_runs_as_a_subprocess(db):
    proc = subprocess.run([EVENTWIRE, "export", "--db", db, "--format", "geojson"], capture_output=True, text=True,
                          env={**os.environ, "COLUMNS": "200"})
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)["features"]) == 3
