"""Partitioning and partition coding in one process (no Dask): the same records, lines, errors and
events as `eventwire.pipe`, whatever the partition size; the Parquet dataset; the CLI's option checks."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pytest

from eventwire.ingest import read_sources
from eventwire.scale import Spread, pipe_paths, plan_paths, write_dataset
from eventwire.scale.output import events_table, read_dataset
from eventwire.scale.partition import split_file
from test_scale_support import EVENTWIRE, outcomes, single_process, write_inputs


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    return write_inputs(tmp_path_factory.mktemp("scale") / "in", sentences=900)


@pytest.fixture(scope="module")
def reference(inputs) -> list[tuple]:
    return single_process(inputs)


def _file(inputs, name: str) -> Path:
    return Path(inputs[0]) / name


@pytest.mark.parametrize("name", ["a_wire.jsonl", "b_wire.csv"])
def test_ranges_cover_the_file_once_and_start_on_records(inputs, name):
    path = _file(inputs, name)
    data = path.read_bytes()
    pieces = split_file(str(path), path.suffix[1:], None, 4_000)
    assert len(pieces) > 5
    assert pieces[0].start == 0 and pieces[-1].end == len(data)
    for before, after in zip(pieces, pieces[1:]):
        assert before.end == after.start
        assert data[after.start - 1:after.start] == b"\n"
        assert after.first_line == data.count(b"\n", 0, after.start) + 1
    if name.endswith(".csv"):
        assert all(data.count(b'"', 0, p.start) % 2 == 0 for p in pieces)     # never inside a quoted field
        assert all(p.header.startswith(b"id,published,text") for p in pieces[1:])


@pytest.mark.parametrize("size", [3_000, 20_000, 10_000_000])
def test_partitioned_run_equals_one_process(inputs, reference, size):
    partitions, problems = plan_paths(inputs, size)
    assert [p.index for p in partitions] == list(range(len(partitions)))
    assert [Path(e.origin).name for e in problems] == ["d_notes.xyz"]      # the note on the stray file
    if size < 10_000:
        assert len(partitions) > 10
    spread = Spread(partition_bytes=size)    # neither workers nor a scheduler: coded here, no Dask
    got = [o for o in outcomes(pipe_paths(inputs, spread)) if not (o[2] or "").endswith("in directories")]
    assert got == reference


def test_errors_name_the_file_and_line_of_the_whole_file(inputs, reference):
    got = outcomes(pipe_paths(inputs, Spread(partition_bytes=3_000)))
    errors = {(Path(origin).name, line) for origin, line, error, _ in got if error and "directories" not in error}
    lines = _file(inputs, "a_wire.jsonl").read_text(encoding="utf-8").splitlines()
    french = next(n for n, line in enumerate(lines, 1) if '"fr-1"' in line)
    empty = next(n for n, line in enumerate(lines, 1) if '"empty-1"' in line)
    assert errors == {("a_wire.jsonl", 6), ("a_wire.jsonl", empty), ("a_wire.jsonl", french)}
    assert french > 50 and empty > 25          # far inside later ranges, still numbered in the whole file


def test_files_smaller_than_a_partition_are_grouped(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(6):
        (folder / f"r{n}.txt").write_text(f"Report number {n} about the weather in the capital.\n" * 20)
    partitions, _ = plan_paths([str(folder)], 3_000)
    assert [len(p.pieces) for p in partitions] == [3, 3]
    assert [p.origin for part in partitions for p in part.pieces] == [str(folder / f"r{n}.txt") for n in range(6)]


def test_stdin_is_refused_with_a_reason():
    partitions, problems = plan_paths(["-"], 1_000)
    assert not partitions and "stdin" in str(problems[0])


def test_a_binary_batch_is_not_cut(tmp_path):
    path = tmp_path / "blob.jsonl"
    path.write_bytes(b'{"text": "a"}\n' + b"\x00" * 50_000)
    assert len(split_file(str(path), "jsonl", None, 1_000)) == 1
    assert list(read_sources([str(path)]))


def test_parquet_dataset_holds_the_events_in_input_order(inputs, reference, tmp_path):
    written = list(write_dataset(inputs, str(tmp_path / "out"), Spread(partition_bytes=8_000)))
    parts = [w for w in written if hasattr(w, "index")]
    files = sorted((tmp_path / "out").glob("*.parquet"))
    assert len(files) == len(parts) > 3 and not list((tmp_path / "out").glob(".*"))
    table = read_dataset(str(tmp_path / "out"))
    events = [e for _, _, _, evs in reference for e in evs]
    assert table.num_rows == len(events) > 20
    assert table.column("id").to_pylist() == [e["id"] for e in events]
    assert table.column("fatalities").to_pylist() == [e["fatalities"] for e in events]
    origins = [(Path(o).name, line) for o, line, _, evs in reference for _ in evs]
    assert list(zip(map(lambda o: Path(o).name, table.column("origin").to_pylist()),
                    table.column("line").to_pylist())) == origins
    with pytest.raises(Exception, match="already holds"):
        list(write_dataset(inputs, str(tmp_path / "out")))


def test_an_empty_partition_still_writes_a_typed_file():
    table = events_table([])
    assert table.num_rows == 0 and "origin" in table.column_names
    assert table.schema.field("event_date").type == pa.date32()


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([EVENTWIRE, *args], capture_output=True, text=True, timeout=300)


def test_cli_refuses_bad_combinations(inputs, tmp_path):
    both = _run("extract", *inputs, "--workers", "2", "--scheduler", "tcp://127.0.0.1:1")
    assert both.returncode == 2 and "not both" in both.stderr
    lonely = _run("extract", *inputs, "--format", "parquet")
    assert lonely.returncode == 2 and "--out" in lonely.stderr
    size = _run("extract", *inputs, "--partition-size", "8MB")
    assert size.returncode == 2 and "--workers" in size.stderr


def test_cli_unreachable_scheduler_is_one_clear_error(inputs, monkeypatch):
    monkeypatch.setenv("DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT", "2s")
    proc = _run("extract", *inputs, "--scheduler", "tcp://127.0.0.1:9", "-q")
    assert proc.returncode == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_cli_parquet_without_workers_matches_jsonl(inputs, tmp_path):
    proc = _run("extract", *inputs, "--format", "parquet", "--out", str(tmp_path / "pq"), "-q")
    assert proc.returncode == 1, proc.stderr          # the bad records were skipped, each named
    assert "a_wire.jsonl:6: invalid JSON" in proc.stderr
    jsonl = _run("extract", *inputs, "-q")
    ids = [json.loads(line)["id"] for line in jsonl.stdout.splitlines()]
    assert read_dataset(str(tmp_path / "pq")).column("id").to_pylist() == ids


def test_plain_path_never_imports_dask(inputs):
    code = ("import sys; from typer.testing import CliRunner; from eventwire.cli.main import app; "
            f"r = CliRunner().invoke(app, ['extract', {inputs[0]!r}, '-q']); "
            "print(r.exit_code, any(m == 'dask' or m.startswith(('dask.', 'distributed')) for m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert proc.stdout.split()[-2:] == ["1", "False"], proc.stderr


def test_errors_cross_to_and_from_worker_processes_whole():
    import pickle

    from eventwire.errors import CodingError, InputError
    from eventwire.ingest import SkippedFile

    for error in (InputError("invalid JSON", "a.jsonl", 7), SkippedFile("not read", "b.bin"),
                  CodingError(KeyError("actor"), "c.jsonl", 9, "wire-3")):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error)
        assert (copy.origin, copy.line, copy.reason) == (error.origin, error.line, error.reason)


def test_a_record_that_fails_inside_eventwire_costs_only_itself(inputs, reference, monkeypatch):
    from eventwire.errors import CodingError
    from eventwire.pipeline import Pipeline

    run = Pipeline.run

    def flaky(self, report):
        if "KANO, Nigeria" in report.text:
            raise ValueError("a rule tripped")
        return run(self, report)

    monkeypatch.setattr(Pipeline, "run", flaky)
    got = outcomes(pipe_paths(inputs, Spread(partition_bytes=5_000)))
    failed = [o for o in got if o[2] and "a rule tripped" in o[2]]
    assert [(Path(o[0]).name, o[1]) for o in failed] == [("c_report.txt", 1)]
    assert "ValueError" in failed[0][2] and "bug in eventwire" in failed[0][2]
    assert [o for o in got if o not in failed and "directories" not in (o[2] or "")] == \
        [o for o in reference if Path(o[0]).name != "c_report.txt"]
