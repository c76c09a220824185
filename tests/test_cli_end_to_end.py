"""extract and ingest through the real pipeline, on reports written for this test."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import eventwire
from eventwire import connect
from eventwire.cli.main import app
from eventwire.codebook import ACLED_EXPORT_COLUMNS

EVENTWIRE = str(Path(sys.executable).parent / "eventwire")

ATTACK = (
    "GOMA (Reuters) - Gunmen killed five villagers near the town of Beni on Sunday, local officials said, "
    "in the latest attack on civilians in the region.\n"
)
BATCH = [
    {"id": "w-1", "text": ATTACK, "published": "2020-05-04"},
    {"id": "w-2", "text": "NAIROBI (Reuters) - Police fired tear gas at hundreds of traders protesting against "
                          "new market fees in Nairobi on Tuesday, witnesses said.", "published": "2020-05-07"},
    {"id": "w-3", "text": "The central bank left interest rates unchanged on Thursday, citing steady inflation.",
     "published": "2020-05-07"},
]


def _runner() -> CliRunner:
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:
        return CliRunner()


@pytest.fixture
def reports(tmp_path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "attack.txt").write_text(ATTACK, encoding="utf-8")
    (folder / "batch.jsonl").write_text("\n".join(json.dumps(r) for r in BATCH) + "\n", encoding="utf-8")
    return folder


def test_extract_text_file_resolves_the_date(reports):
    proc = subprocess.run(
        [EVENTWIRE, "extract", str(reports / "attack.txt"), "--published", "2020-05-04", "--format", "jsonl"],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stderr
    events = [json.loads(line) for line in proc.stdout.splitlines()]
    attack = [e for e in events if e["event_type"] == "Violence against civilians"]
    assert attack and attack[0]["event_date"] == "2020-05-03" and attack[0]["fatalities"] == 5
    assert attack[0]["origin"] == str(reports / "attack.txt")
    text = ATTACK
    for ev in attack[0]["evidence"]:
        assert text[ev["start"]:ev["end"]] == ev["text"]


def test_extract_without_a_date_says_so_once(reports):
    """A report with no publication date codes, undated, and the user is told how to anchor its days."""
    undated = subprocess.run([EVENTWIRE, "extract", str(reports / "attack.txt"), "--format", "jsonl"],
                             capture_output=True, text=True)
    assert undated.returncode == 0, undated.stderr
    events = [json.loads(line) for line in undated.stdout.splitlines()]
    assert events and all(e["event_date"] is None for e in events)
    assert undated.stderr.count("had no publication date") == 1 and "--published" in undated.stderr
    dated = subprocess.run([EVENTWIRE, "extract", str(reports / "attack.txt"), "--published", "2020-05-04"],
                           capture_output=True, text=True)
    assert dated.returncode == 0 and "no publication date" not in dated.stderr


def test_extract_batch_carries_record_ids(reports):
    result = _runner().invoke(app, ["extract", str(reports / "batch.jsonl"), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert {e["doc_id"] for e in events} == {"w-1", "w-2"}        # the bank report has no event
    assert all(e["line"] in (1, 2) for e in events)
    result = _runner().invoke(app, ["extract", str(reports / "batch.jsonl"), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == ["doc_id", *ACLED_EXPORT_COLUMNS]
    assert {r["doc_id"] for r in rows} == {"w-1", "w-2"}


def test_extract_from_stdin_and_table():
    proc = subprocess.run([EVENTWIRE, "extract", "-", "--published", "2020-05-04", "--format", "table"],
                          input=ATTACK, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "Violence against civilians" in proc.stdout and "2020-05-03" in proc.stdout
    assert proc.stderr == ""   # no progress bar for stdin


def test_ingest_twice_changes_nothing_then_show(reports, tmp_path):
    db = str(tmp_path / "e2e.duckdb")
    first = _runner().invoke(app, ["ingest", str(reports), "--db", db, "--published", "2020-05-04"])
    assert first.exit_code == 0, first.stderr
    assert "read 4 reports" in first.stdout and "skipped 0 reports" in first.stdout
    with connect(db) as store:
        before = store.summary()
        assert before.articles == 4   # the bank report too: stored with no events
        assert before.events >= 2
    second = _runner().invoke(app, ["ingest", str(reports), "--db", db, "--published", "2020-05-04"])
    assert second.exit_code == 0
    assert "stored 0 events from 0 new and 0 re-coded articles" in second.stdout
    with connect(db) as store:
        assert store.summary() == before
    shown = _runner().invoke(app, ["show", "--db", db], env={"COLUMNS": "200"})
    assert "Violence against civilians" in shown.stdout and "Beni" in shown.stdout


def test_ingest_interrupted_keeps_what_it_stored(reports, tmp_path, monkeypatch):
    """An exception after two reports: those two are stored on the way out; the re-run adds the rest."""
    db = str(tmp_path / "crash.duckdb")
    batch = tmp_path / "many.jsonl"
    batch.write_text("\n".join(
        json.dumps({"id": f"r{i}", "text": ATTACK.replace("five", str(i + 2)), "published": "2020-05-04"})
        for i in range(6)) + "\n")
    real_pipe = eventwire.pipe

    def failing_pipe(items, on_error="skip"):
        for n, result in enumerate(real_pipe(items, on_error=on_error)):
            if n == 2:
                raise RuntimeError("injected crash")
            yield result

    monkeypatch.setattr(eventwire, "pipe", failing_pipe)
    crashed = _runner().invoke(app, ["ingest", str(batch), "--db", db])
    assert isinstance(crashed.exception, RuntimeError)
    with connect(db) as store:
        assert store.summary().articles == 2
    monkeypatch.setattr(eventwire, "pipe", real_pipe)
    rerun = _runner().invoke(app, ["ingest", str(batch), "--db", db])
    assert rerun.exit_code == 0, rerun.stderr
    assert "from 4 new and 0 re-coded articles; 2 unchanged" in rerun.stdout
    with connect(db) as store:
        summary = store.summary()
        assert summary.articles == 6
        assert len({e.id for e in store.query()}) == summary.events


def test_ingest_mixed_good_and_bad(reports, tmp_path):
    (reports / "broken.jsonl").write_text('{"id": "b1", "text": "half a rec\n' + json.dumps(BATCH[0]) + "\n")
    db = str(tmp_path / "mixed.duckdb")
    proc = subprocess.run([EVENTWIRE, "ingest", str(reports), "--db", db], capture_output=True, text=True,
                          env={**os.environ, "COLUMNS": "200"})
    assert proc.returncode == 1
    assert f"{reports / 'broken.jsonl'}:1: invalid JSON" in proc.stderr
    assert "read 5 reports" in proc.stdout and "skipped 1 report: invalid JSON 1" in proc.stdout


def test_demo_samples_ingest_cleanly(tmp_path):
    """What `make demo` runs: every sample is read, dated and stored; show lists them."""
    samples = Path(eventwire.__file__).parent / "samples"
    db = str(tmp_path / "demo.duckdb")
    result = _runner().invoke(app, ["ingest", str(samples), "--db", db])
    assert result.exit_code == 0, result.stderr
    assert "skipped 0 reports" in result.stdout
    with connect(db) as store:
        events = store.query()
        dated = [e for e in events if e.event_date]
        assert events and len(dated) >= 0.8 * len(events)   # published.json dates the text files
    shown = _runner().invoke(app, ["show", "--db", db])
    assert shown.exit_code == 0 and f"of {len(events)} events" in shown.stdout


def test_jsonl_lines_read_back_as_the_records_they_were_made_from():
    from eventwire.cli.extract_cmd import jsonl_line

    record = {"notes": "Gunmen killed two – «witnesses» said", "latitude": 36.2021, "score": 1.5e-05,
              "fatalities": 3, "admin2": None, "evidence": [{"field": "actor1", "start": 0, "end": 6}]}
    line = jsonl_line(record)
    assert line.endswith("\n") and line.count("\n") == 1 and "«" in line     # UTF-8 as written, not escaped
    assert json.loads(line) == record


def test_jsonl_line_falls_back_for_what_orjson_refuses():
    from eventwire.cli.extract_cmd import jsonl_line

    # a file name that was not UTF-8 decodes with a lone surrogate; integers past 64 bits
    for record in ({"origin": "batch-\udcff.jsonl", "line": 1}, {"fatalities": 2 ** 70}):
        line = jsonl_line(record)
        assert line.endswith("\n") and json.loads(line) == record


def test_batch_gc_restores_the_thresholds_it_found():
    import gc

    from eventwire.cli.ingest_cmd import BATCH_GC_THRESHOLDS, batch_gc

    before = gc.get_threshold()
    with batch_gc():
        assert gc.get_threshold() == BATCH_GC_THRESHOLDS
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError):
        with batch_gc():
            raise RuntimeError("a batch stopped by a fatal error")
    assert gc.get_threshold() == before
