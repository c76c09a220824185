"""Coding on real Dask clusters: a LocalCluster of 2 worker processes, and a `dask scheduler` + `dask worker`
pair started as subprocesses. Events come back identical, in order and content, to one process; a store
filled through a cluster equals one filled in one process, even when a worker is killed mid-partition."""
from __future__ import annotations

import os
import signal
import subprocess
import threading
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

import eventwire  # noqa: E402
from eventwire.ingest import SkippedFile, iter_reports  # noqa: E402
from eventwire.scale import Spread, pipe_paths, write_dataset  # noqa: E402
from eventwire.scale.output import read_dataset  # noqa: E402
from test_scale_support import (  # noqa: E402
    EVENTWIRE, dask_processes, outcomes, single_process, store_rows, wait_until, write_inputs,
)

PARTITION = 6_000        # bytes: a dozen partitions of a few seconds' work in all


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("cluster")
    write_inputs(folder / "in", sentences=1500)
    return folder


@pytest.fixture(scope="module")
def inputs(workdir) -> list[str]:
    return [str(workdir / "in")]


@pytest.fixture(scope="module")
def reference(inputs) -> list[tuple]:
    return single_process(inputs)


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as local:
        yield local


def _ingest(db: str, results) -> None:
    """What `eventwire ingest` does with results: add them in input order, in batches, in one writer."""
    store = eventwire.connect(db)
    try:
        batch = []
        for result in results:
            if result.error is None:
                batch.append((result.article, result.events))
            if len(batch) == 256:
                store.add_batch(batch)
                batch = []
        store.add_batch(batch)
    finally:
        store.close()


@pytest.fixture(scope="module")
def reference_store(inputs, tmp_path_factory) -> dict:
    db = str(tmp_path_factory.mktemp("ref") / "one.duckdb")
    reports = (r for r in iter_reports(inputs) if not isinstance(r, SkippedFile))
    _ingest(db, eventwire.pipe(reports, on_error="skip"))
    return store_rows(db)


def _without_notes(rows: list[tuple]) -> list[tuple]:
    return [o for o in rows if not (o[2] or "").endswith("in directories")]


def test_local_cluster_gives_the_events_of_one_process(cluster, inputs, reference):
    spread = Spread(scheduler=cluster.scheduler_address, partition_bytes=PARTITION)
    got = _without_notes(outcomes(pipe_paths(inputs, spread, with_articles=False)))
    assert got == reference
    assert sum(len(events) for *_, events in got) > 30


def test_local_cluster_writes_one_parquet_file_per_partition(cluster, inputs, reference, tmp_path):
    spread = Spread(scheduler=cluster.scheduler_address, partition_bytes=PARTITION)
    written = [w for w in write_dataset(inputs, str(tmp_path / "pq"), spread) if hasattr(w, "index")]
    assert [w.index for w in written] == list(range(len(written))) and len(written) > 8
    assert sorted(p.name for p in (tmp_path / "pq").iterdir()) == [f"part-{n:05d}.parquet" for n in range(len(written))]
    table = read_dataset(str(tmp_path / "pq"))
    assert table.column("id").to_pylist() == [e["id"] for *_, events in reference for e in events]


def _busy_worker(client) -> tuple | None:
    """(pid, key) of a worker process that is coding a partition right now."""
    def probe(dask_worker):
        return os.getpid(), [str(ts.key) for ts in dask_worker.state.executing]

    for pid, keys in client.run(probe).values():
        coding = [k for k in keys if k.startswith("eventwire-code_partition-") and not k.endswith("-0")]
        if coding:
            return pid, coding[0]
    return None


def test_worker_killed_mid_partition_loses_and_doubles_nothing(cluster, inputs, reference_store, tmp_path):
    spread = Spread(scheduler=cluster.scheduler_address, partition_bytes=PARTITION)
    killed: dict = {}

    with distributed.Client(cluster.scheduler_address) as watcher:
        before = {pid for pid in watcher.run(os.getpid).values()}

        def kill_one() -> None:
            victim = wait_until(lambda: _busy_worker(watcher), timeout=120, every=0.02)
            if victim:
                os.kill(victim[0], signal.SIGKILL)
                killed.update(pid=victim[0], key=victim[1])

        killer = threading.Thread(target=kill_one)
        killer.start()
        db = str(tmp_path / "killed.duckdb")
        _ingest(db, pipe_paths(inputs, spread))
        killer.join()
        assert killed, "no worker was caught coding a partition"
        runs = watcher.run_on_scheduler(
            lambda dask_scheduler, key=killed["key"]: sum(
                1 for t in dask_scheduler.transition_log if t[0] == key and t[2] == "processing"))
        after = wait_until(lambda: set(watcher.run(os.getpid).values()) if len(watcher.nthreads()) == 2 else None)
    assert runs >= 2                         # the lost partition was sent to a worker again
    assert killed["pid"] in before and killed["pid"] not in after
    assert store_rows(db) == reference_store  # every article, event and report's coding once, as in one process


@pytest.fixture(scope="module")
def plain_cli(workdir) -> subprocess.CompletedProcess:
    return _cli(workdir, "extract", "in", "-q")


def _cli(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([EVENTWIRE, *args], capture_output=True, text=True, cwd=cwd, timeout=600)


def _skipped(stderr: str) -> list[str]:
    return sorted(line for line in stderr.splitlines() if line.startswith(("skipped", "note")))


def test_cli_on_a_scheduler_and_worker_started_as_processes(workdir, plain_cli, tmp_path):
    assert plain_cli.returncode == 1 and plain_cli.stdout.count("\n") > 30
    with dask_processes(workers=2, cwd=str(tmp_path)) as address:     # the workers run in another folder
        spread = _cli(workdir, "extract", "in", "-q", "--scheduler", address, "--partition-size", "6KB")
        assert spread.returncode == 1, spread.stderr
        assert spread.stdout == plain_cli.stdout                   # same events, same order, same origins
        assert _skipped(spread.stderr) == _skipped(plain_cli.stderr)
        assert "in/a_wire.jsonl:6: invalid JSON" in spread.stderr

        first = _cli(workdir, "ingest", "in", "-q", "--db", str(tmp_path / "c.duckdb"), "--scheduler", address)
        again = _cli(workdir, "ingest", "in", "-q", "--db", str(tmp_path / "c.duckdb"), "--scheduler", address)
    plain = _cli(workdir, "ingest", "in", "-q", "--db", str(tmp_path / "p.duckdb"))
    assert first.returncode == again.returncode == plain.returncode == 1, first.stderr
    assert " 0 unchanged" in first.stdout and "stored 0 events" in again.stdout
    assert store_rows(str(tmp_path / "c.duckdb")) == store_rows(str(tmp_path / "p.duckdb"))


def test_cli_workers_write_a_parquet_dataset(workdir, plain_cli, tmp_path):
    import json

    proc = _cli(workdir, "extract", "in", "-q", "--workers", "2", "--partition-size", "20KB",
                "--format", "parquet", "--out", str(tmp_path / "pq"))
    assert proc.returncode == 1, proc.stderr
    files = sorted((tmp_path / "pq").glob("*.parquet"))
    assert len(files) > 2 and f"in {len(files)} Parquet files" in proc.stderr
    table = read_dataset(str(tmp_path / "pq"))
    assert table.column("id").to_pylist() == [json.loads(line)["id"] for line in plain_cli.stdout.splitlines()]
