"""`eventwire eval` on hand-made gold and prediction files: tables, --json, --errors, --pred, failures."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from eventwire.cli import eval_cmd


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def cli():
    """The eval command registered on its own app, as main.py registers it."""
    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        """eventwire"""

    eval_cmd.register(app)
    runner = CliRunner()
    return lambda *args: runner.invoke(app, ["eval", *map(str, args)])


def clash(**fields):
    return {"event_type": "Battles", "sub_event_type": "Armed clash", **fields}


@pytest.fixture
def files(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", [
        {"id": "a", "published": "2021-03-02", "text": "Gunmen and soldiers exchanged fire in Tillaberi.",
         "events": [clash(actor1="Military Forces of Niger (2021-)", admin1="Tillaberi", fatalities=4)]},
        {"id": "b", "published": "2021-03-03", "text": "Teachers marched in Niamey for unpaid wages.",
         "events": [{"event_type": "Protests", "sub_event_type": "Peaceful protest", "actor1": "Protesters (Niger)",
                     "admin1": "Niamey", "fatalities": 0}]},
    ])
    # system A: finds both (a's type right, b's sub-type wrong but same type) -> type TP 2 of 2 predicted
    sys_a = write_jsonl(tmp_path / "system_a.jsonl", [
        {"id": "a", "events": [clash(actor1="Military Forces of Niger", admin1="Tillaberi", fatalities=4)]},
        {"id": "b", "events": [{"event_type": "Protests", "sub_event_type": "Protest with intervention",
                                "admin1": "Niamey", "fatalities": 0}]},
    ])
    # system B: finds only a, plus a spurious riot in b's document far from anything -> TP 1 of 2
    sys_b = write_jsonl(tmp_path / "system_b.jsonl", [
        {"id": "a", "events": [clash(admin1="Tillaberi")]},
        {"id": "b", "events": [{"event_type": "Riots", "sub_event_type": "Mob violence", "admin1": "Zinder"}]},
    ])
    return gold, sys_a, sys_b


def test_two_prediction_files_in_one_table(cli, files):
    gold, sys_a, sys_b = files
    result = cli(gold, "--pred", sys_a, "--pred", sys_b)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    header = next(line for line in lines if line.startswith("metric"))
    assert "system_a" in header and "system_b" in header
    # A: type TP 2 / predicted 2 / gold 2 -> F1 1.000; B: TP 1 / 2 / 2 -> F1 0.500
    f1 = next(line for line in lines if line.startswith("type-level F1"))
    assert f1.split()[-2:] == ["1.000", "0.500"]
    # A: sub-type TP 1 -> F1 0.500; B: sub-type TP 1 -> 0.500
    sub = next(line for line in lines if line.startswith("sub-type-level F1"))
    assert sub.split()[-2:] == ["0.500", "0.500"]
    # system_a's confusion table: gold Peaceful protest -> predicted Protest with intervention, once
    assert re.search(r"^\[system_a\] sub-type confusions", result.stdout, re.M)
    assert re.search(r"^Peaceful protest\s+Protest with intervention\s+1$", result.stdout, re.M)


def test_json_output_and_errors(cli, files):
    gold, sys_a, sys_b = files
    result = cli(gold, "--pred", sys_b, "--json", "--errors", "5")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    (entry,) = report["files"]
    assert entry["kind"] == "events" and entry["docs"] == 2
    metrics = entry["systems"][0]["metrics"]
    assert metrics["detection"]["type"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "tp": 1, "predicted": 2, "gold": 2}
    # b's gold has fatalities 0 but its pair is missing: fatalities over the one pair (a: gold 4, null) = 0/1
    assert metrics["fields"]["fatalities_tolerance"] == {"value": 0.0, "right": 0, "total": 1}
    assert metrics["fields"]["location_10km"]["value"] is None       # no gold coordinates: undefined
    (case,) = entry["errors"]["system_b"]
    assert case["id"] == "b" and "Teachers marched" in case["text"]
    assert {"field": "gold 1 type", "gold": "Protests / Peaceful protest", "output": "(missed)"} in case["rows"]


def test_errors_are_listed_side_by_side_in_text(cli, files):
    gold, _, sys_b = files
    result = cli(gold, "--pred", sys_b, "--errors", "1")
    assert result.exit_code == 0, result.output
    assert "wrong cases (system_b, first 1)" in result.stdout
    row = next(line for line in result.stdout.splitlines() if "extra 1 type" in line)
    assert "(none)" in row and "Riots / Mob violence" in row


def test_single_category_lines_for_the_hook(cli, tmp_path):
    gold = write_jsonl(tmp_path / "snips.jsonl", [
        {"id": "1", "text": "Jets hit a depot.", "label": "AIR_STRIKE"},
        {"id": "2", "text": "Floods closed roads.", "label": "NATURAL_DISASTER"}])
    pred = write_jsonl(tmp_path / "p.jsonl", [
        {"id": "1", "events": [{"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}]}])
    result = cli(gold, "--pred", pred)
    assert result.exit_code == 0, result.output
    shown = [line for line in result.stdout.splitlines()
             if any(w in line.lower() for w in ("weighted", "relevance", "accuracy"))]
    assert any(line.startswith("weighted F1, 25 ACLED classes") and "1.000" in line for line in shown)
    assert any(line.startswith("relevance precision") and "1.000 (1/1)" in line for line in shown)
    assert any(line.startswith("accuracy (sub_event_type)") and "1.000 (2/2)" in line for line in shown)


def test_missing_and_malformed_files_give_messages_not_tracebacks(cli, tmp_path, files):
    result = cli(tmp_path / "absent.jsonl")
    assert result.exit_code == 2
    assert "gold data not found: " in result.stderr and "absent.jsonl" in result.stderr
    assert "Traceback" not in result.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "t", "events": []}\n{"id": "b", "text": \n', encoding="utf-8")
    result = cli(bad, "--pred", files[1])
    assert result.exit_code == 1
    assert "bad.jsonl:2: not valid JSON" in result.stderr
    result = cli(files[0], "--pred", tmp_path / "nopred.jsonl")
    assert result.exit_code == 2 and "predictions not found" in result.stderr


def test_installed_entry_point_scores_a_predictions_file(files):
    gold, sys_a, _ = files
    script = Path(sys.executable).with_name("eventwire")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "eventwire.cli.main"]
    done = subprocess.run([*command, "eval", str(gold), "--pred", str(sys_a), "--json"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    metrics = json.loads(done.stdout)["files"][0]["systems"][0]["metrics"]
    assert metrics["detection"]["type"]["f1"] == 1.0
    assert metrics["fields"]["actor1"] == {"value": 0.5, "right": 1, "total": 2}


def test_live_run_and_its_written_predictions_score_the_same(cli, tmp_path):
    """eventwire's own output, written with --write-pred and read back with --pred, gives the same figures."""
    text = "MOGADISHU, March 4 - Gunmen attacked a police post in Afgooye on Tuesday, killing two officers."
    gold = write_jsonl(tmp_path / "gold.jsonl", [
        {"id": "w1", "published": "2021-03-04", "text": text,
         "events": [{"event_date": "2021-03-02", "event_type": "Violence against civilians", "sub_event_type": "Attack",
                     "actor1": "Unidentified Armed Group (Somalia)", "actor2": "Police Forces of Somalia (2012-)",
                     "admin1": "Lower Shabelle", "location": "Afgooye", "latitude": 2.14, "longitude": 45.12,
                     "fatalities": 2}]},
        {"id": "w2", "published": "2021-03-05", "text": "Farmers held a quiet meeting about seed prices.", "events": []},
    ])
    places_gold = write_jsonl(tmp_path / "places.jsonl", [
        {"id": "p1", "text": text, "toponyms": [
            {"start": 0, "end": 9, "name": "MOGADISHU", "geonameid": 53654, "latitude": 2.037, "longitude": 45.344},
            {"start": 54, "end": 61, "name": "Afgooye", "geonameid": None, "latitude": 2.14, "longitude": 45.12}]}])
    assert text[54:61] == "Afgooye"
    out = tmp_path / "ours.jsonl"
    live = cli(gold, places_gold, "--json", "--write-pred", out)
    assert live.exit_code == 0, live.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["w1", "w2", "p1"]
    assert "events" in lines[0] and "toponyms" in lines[2]
    replay = cli(gold, places_gold, "--json", "--pred", out)
    assert replay.exit_code == 0, replay.output
    live_files, replay_files = json.loads(live.stdout)["files"], json.loads(replay.stdout)["files"]
    for a, b in zip(live_files, replay_files):
        assert a["systems"][0]["system"] == "eventwire" and b["systems"][0]["system"] == "ours"
        assert a["systems"][0]["metrics"] == b["systems"][0]["metrics"]
    assert live_files[1]["systems"][0]["metrics"]["gold_toponyms"] == 2
    both = cli(gold, "--pred", out, "--also-run")
    assert both.exit_code == 0, both.output
    header = next(line for line in both.stdout.splitlines() if line.startswith("metric"))
    assert header.split() == ["metric", "eventwire", "ours"]
    refused = cli(gold, "--pred", out, "--write-pred", tmp_path / "x.jsonl")
    assert refused.exit_code == 2 and "--also-run" in refused.stderr
