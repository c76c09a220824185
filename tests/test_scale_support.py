"""Inputs and helpers for the scale tests: a seeded wire corpus (bench/corpus.py) written as JSONL,
CSV (with records spanning several lines) and text, with bad records of our own at known lines; a
one-process reference run; and a real `dask scheduler` + `dask worker` pair as subprocesses.
"""
from __future__ import annotations

import contextlib
import csv
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import eventwire
from eventwire.ingest import iter_reports

BENCH = Path(__file__).resolve().parents[1] / "bench"
BIN = Path(sys.executable).parent
EVENTWIRE = str(BIN / "eventwire")

# Records written for these tests, dropped into the batches at fixed places.
NOT_JSON = '{"id": "broken-1", "text": "RABAT (AFP) - Police said on Monday'
NO_TEXT = json.dumps({"id": "empty-1", "title": "A record with a title and nothing else"})
FRENCH = json.dumps({"id": "fr-1", "text": "Le conseil municipal a vote mardi le budget de la ville pour "
                                            "l'annee prochaine, apres un long debat sur les transports."})
TEXT_REPORT = ("KANO, Nigeria (Reuters) - Gunmen on motorcycles killed seven villagers in a raid on a market "
               "near Kano on Saturday, a police spokesman said.\n")


def corpus_module():
    """bench/corpus.py, the seeded generator of wire news that the benchmarks use."""
    if str(BENCH) not in sys.path:
        sys.path.append(str(BENCH))
    import corpus

    return corpus


def write_inputs(folder: Path, sentences: int = 1500, seed: int = 7) -> list[str]:
    """A JSONL batch with bad lines inside, a CSV batch whose texts span lines, a text report, a stray file."""
    folder.mkdir(parents=True, exist_ok=True)
    records = [r.record() for r in corpus_module().generate(sentences, seed=seed)]
    half = len(records) // 2
    lines = [json.dumps(r, ensure_ascii=False) for r in records[:half]]
    for at, bad in ((5, NOT_JSON), (len(lines) // 2, NO_TEXT), (len(lines) - 3, FRENCH)):
        lines.insert(at, bad)
    (folder / "a_wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open(folder / "b_wire.csv", "w", encoding="utf-8", newline="") as fp:
        writer = csv.DictWriter(fp, fieldnames=["id", "published", "text"])
        writer.writeheader()
        for n, record in enumerate(records[half:]):
            text = record["text"]
            if n % 3 == 0:   # a report pasted with its paragraphs: a quoted field over several lines
                text = text.replace(". ", '.\n"Quote," he said.\n', 1)
            writer.writerow({"id": record["id"], "published": record["published"], "text": text})
    (folder / "c_report.txt").write_text(TEXT_REPORT, encoding="utf-8")
    (folder / "d_notes.xyz").write_text("not a report", encoding="utf-8")
    return [str(folder)]


def outcomes(results) -> list[tuple]:
    """What a run told, record by record: where, the error if any, and every field of every event."""
    return [(r.report.origin, r.report.line, str(r.error) if r.error else None, [e.to_dict() for e in r.events])
            for r in results]


def single_process(paths: list[str]) -> list[tuple]:
    """The reference: `eventwire.pipe` over `iter_reports`, notes on skipped files left out as the CLI does."""
    from eventwire.ingest import SkippedFile

    reports = (r for r in iter_reports(paths) if not isinstance(r, SkippedFile))
    return outcomes(eventwire.pipe(reports, on_error="skip"))


def store_rows(db: str) -> dict[str, list]:
    """Everything a store holds that ingest decides: articles, merged events, each report's coding."""
    import duckdb

    con = duckdb.connect(db, read_only=True)
    try:
        return {
            "articles": con.execute("SELECT id, doc_id, origin, line FROM articles ORDER BY id").fetchall(),
            "events": con.execute("SELECT * EXCLUDE (ingested_at) FROM events ORDER BY id").fetchall(),
            "sources": con.execute(
                "SELECT event_id, article_id, source_event_id, seq, fatalities FROM event_sources "
                "ORDER BY source_event_id").fetchall(),
        }
    finally:
        con.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def dask_processes(workers: int = 2, cwd: str | None = None):
    """A `dask scheduler` and a `dask worker` with `workers` processes, as subprocesses on localhost."""
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    logs = []
    started = []
    try:
        for args in (["scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                     ["worker", address, "--nworkers", str(workers), "--nthreads", "1", "--no-dashboard",
                      "--host", "127.0.0.1"]):
            log = open(os.devnull, "w")
            logs.append(log)
            started.append(subprocess.Popen([str(BIN / "dask"), *args], stdout=log, stderr=subprocess.STDOUT,
                                            env=env, cwd=cwd))
        _wait_for_workers(address, workers)
        yield address
    finally:
        for proc in reversed(started):
            proc.terminate()
        for proc in reversed(started):
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
        for log in logs:
            log.close()


def _wait_for_workers(address: str, n: int, timeout: float = 120) -> None:
    from distributed import Client

    with Client(address, timeout=timeout) as client:
        client.wait_for_workers(n, timeout=timeout)


def wait_until(predicate, timeout: float = 60, every: float = 0.05):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(every)
    return None


def test_inputs_hold_the_bad_records_and_multiline_csv(tmp_path):
    paths = write_inputs(tmp_path / "in", sentences=300)
    text = (tmp_path / "in" / "b_wire.csv").read_text(encoding="utf-8")
    assert '""Quote,"" he said.' in text            # quoted field with quotes and a newline inside
    reference = single_process(paths)
    errors = [(Path(o).name, line) for o, line, error, _ in reference if error]
    assert ("a_wire.jsonl", 6) in errors and len(errors) == 3
    assert any(events for *_, events in reference)
