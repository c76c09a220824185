"""Fault isolation: one record that raises inside eventwire costs only itself, everywhere a
batch is coded (eventwire.pipe, `eventwire extract`, `eventwire ingest`, POST /reports),
and the exit codes tell bad input (1) from a bug (3)."""
from __future__ import annotations

import json
import warnings
from datetime import date

import pytest
from typer.testing import CliRunner

import eventwire
from eventwire import connect
from eventwire.cli.main import app
from eventwire.errors import CodingError, InputError
from eventwire.pipeline import Pipeline, Tally, code_record
from eventwire.records import RawReport

ATTACK = "Gunmen killed two villagers in Kandahar on Monday."
PROTEST = "Police fired tear gas at protesters in Nairobi on Tuesday."
CLASH = "Soldiers clashed with Boko Haram fighters near Maiduguri on Sunday."


@pytest.fixture
def boom(monkeypatch):
    """The extraction stage raises a KeyError for the record whose id is 'boom'."""
    real = Pipeline.events

    def events(self, article):
        if article.doc_id == "boom":
            raise KeyError("no such lexicon entry\nsecond line of the message")
        return real(self, article)

    monkeypatch.setattr(Pipeline, "events", events)


def _runner() -> CliRunner:
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:
        return CliRunner()


def _batch(tmp_path, records, name="batch.jsonl"):
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return str(path)


RECORDS = [
    {"id": "r1", "text": ATTACK, "published": "2020-05-09"},
    {"id": "boom", "text": PROTEST, "published": "2020-05-09"},
    {"id": "r3", "text": CLASH, "published": "2020-05-09"},
]


def test_pipe_names_the_record_that_raises_and_goes_on(boom):
    reports = [RawReport(text=r["text"], doc_id=r["id"], origin="b.jsonl", line=n, published=date(2020, 5, 9))
               for n, r in enumerate(RECORDS, start=1)]
    results = list(eventwire.pipe(reports))
    assert [r.report.doc_id for r in results] == ["r1", "boom", "r3"]
    failed = results[1]
    assert failed.failed and isinstance(failed.error, CodingError) and not failed.events
    message = str(failed.error)
    assert "b.jsonl:2" in message and "boom" in message and "KeyError" in message
    assert "second line" not in message          # one line of the exception's message
    assert [e.sub_event_type for e in results[0].events] == ["Attack"]
    assert [e.event_type for e in results[2].events] == ["Battles"]
    tally = Tally()
    for result in results:
        tally.add(result)
    assert (tally.coded, tally.bad_input, tally.failed) == (2, 0, 1)


def test_pipe_on_error_raise_still_raises(boom):
    with pytest.raises(KeyError):
        list(eventwire.pipe([RawReport(text=PROTEST, doc_id="boom")], on_error="raise"))


def test_code_record_never_raises_for_its_record(boom):
    assert code_record(RawReport(text=PROTEST, doc_id="boom")).failed
    refused = code_record(RawReport(text="   "))
    assert isinstance(refused.error, InputError) and not refused.failed
    assert code_record(RawReport(text=ATTACK, published=date(2020, 5, 9))).events


def test_extract_exit_code_3_with_the_others_events(boom, tmp_path):
    result = _runner().invoke(app, ["extract", _batch(tmp_path, RECORDS), "-q"])
    assert result.exit_code == 3, result.output
    doc_ids = [json.loads(line)["doc_id"] for line in result.stdout.splitlines()]
    assert doc_ids == ["r1", "r3"]
    assert "batch.jsonl:2" in result.stderr and "KeyError" in result.stderr and "failed 1 report" in result.stderr


def test_extract_exit_codes_0_and_1(tmp_path):
    good = _runner().invoke(app, ["extract", _batch(tmp_path, [RECORDS[0], RECORDS[2]]), "-q"])
    assert good.exit_code == 0, good.output
    bad = _batch(tmp_path, [RECORDS[0], {"id": "x", "text": ""}], name="bad.jsonl")
    result = _runner().invoke(app, ["extract", bad, "-q"])
    assert result.exit_code == 1 and "bad.jsonl:2" in result.stderr


def test_bad_input_and_a_bug_together_exit_3(boom, tmp_path):
    path = _batch(tmp_path, [*RECORDS, {"id": "x", "text": ""}])
    result = _runner().invoke(app, ["extract", path, "-q"])
    assert result.exit_code == 3
    assert "skipped 1 report" in result.stderr and "failed 1 report" in result.stderr


def test_ingest_stores_the_others_and_a_rerun_is_idempotent(boom, tmp_path):
    db = str(tmp_path / "faults.duckdb")
    path = _batch(tmp_path, RECORDS)
    first = _runner().invoke(app, ["ingest", path, "--db", db, "-q"])
    assert first.exit_code == 3, first.output
    with connect(db, read_only=True) as store:
        summary = store.summary()
    assert summary.articles == 2 and summary.events == 2
    again = _runner().invoke(app, ["ingest", path, "--db", db, "-q"])
    assert again.exit_code == 3
    assert "0 new and 0 re-coded articles; 2 unchanged" in again.stdout
    with connect(db, read_only=True) as store:
        assert (store.summary().articles, store.summary().events) == (2, 2)


def test_ingest_after_the_fix_codes_the_failed_record(tmp_path, monkeypatch):
    db = str(tmp_path / "fixed.duckdb")
    path = _batch(tmp_path, RECORDS)
    real = Pipeline.events
    monkeypatch.setattr(Pipeline, "events",
                        lambda self, a: (_ for _ in ()).throw(ValueError("x")) if a.doc_id == "boom" else real(self, a))
    assert _runner().invoke(app, ["ingest", path, "--db", db, "-q"]).exit_code == 3
    monkeypatch.setattr(Pipeline, "events", real)
    fixed = _runner().invoke(app, ["ingest", path, "--db", db, "-q"])
    assert fixed.exit_code == 0, fixed.output
    assert "1 new and 0 re-coded articles; 2 unchanged" in fixed.stdout


def test_ingest_names_an_article_the_store_cannot_take_and_keeps_the_others(tmp_path, monkeypatch):
    from eventwire.store.duckdb_store import DuckDBStore

    real = DuckDBStore.add_batch

    def add_batch(self, items, *args, **kwargs):
        items = list(items)
        if any(article.doc_id == "boom" for article, _ in items):
            raise TypeError("cannot store this one")
        return real(self, items, *args, **kwargs)

    monkeypatch.setattr(DuckDBStore, "add_batch", add_batch)
    db = str(tmp_path / "store.duckdb")
    result = _runner().invoke(app, ["ingest", _batch(tmp_path, RECORDS), "--db", db, "-q"])
    assert result.exit_code == 3 and "TypeError" in result.stderr and "boom" in result.stderr
    with connect(db, read_only=True) as store:
        assert store.summary().articles == 2


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_nul_byte_skips_its_line_not_the_file(tmp_path, fmt):
    if fmt == "jsonl":
        body = (json.dumps(RECORDS[0]) + "\n" + '{"id": "n", "text": "a NUL \x00 here"}\n'
                + json.dumps(RECORDS[2]) + "\n")
    else:
        body = (f'id,text,published\nr1,"{ATTACK}",2020-05-09\nn,"a NUL \x00 here",2020-05-09\n'
                f'r3,"{CLASH}",2020-05-09\n')
    path = tmp_path / f"nul.{fmt}"
    path.write_bytes(body.encode())
    result = _runner().invoke(app, ["extract", str(path), "-q"])
    assert result.exit_code == 1, result.output
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["r1", "r3"]
    assert f"nul.{fmt}:{2 if fmt == 'jsonl' else 3}" in result.stderr and "NUL" in result.stderr


def test_a_file_of_binary_data_is_still_refused_whole(tmp_path):
    path = tmp_path / "image.jsonl"
    path.write_bytes(b"{" + bytes(range(256)) * 40)
    result = _runner().invoke(app, ["extract", str(path), "-q"])
    assert result.exit_code == 1 and result.stderr.count("skipped:") == 1 and "binary data" in result.stderr


def test_post_reports_is_all_or_nothing(boom, tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from eventwire.api import create_app, load_settings

    db = tmp_path / "api.duckdb"
    connect(str(db)).close()
    settings = load_settings(environ={}, db=str(db), token="secret-token-for-tests")
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        body = "\n".join(json.dumps(r) for r in RECORDS).encode()
        headers = {"Authorization": "Bearer secret-token-for-tests", "Content-Type": "application/x-ndjson"}
        response = client.post("/reports", content=body, headers=headers)
        assert response.status_code == 500
        error = response.json()["error"]
        assert error["code"] == "internal_error" and "nothing was stored" in error["message"]
        assert "line 2" in error["message"]
        assert client.get("/events").json()["events"] == []
        ok = client.post("/reports", content="\n".join(json.dumps(r) for r in (RECORDS[0], RECORDS[2])).encode(),
                         headers=headers)
        assert ok.status_code == 201, ok.text
        assert ok.json()["events_stored"] == 2 and len(client.get("/events").json()["events"]) == 2


def _coded_in_chunks(reports, size, monkeypatch):
    import eventwire.pipeline as pipeline

    monkeypatch.setattr(pipeline, "CHUNK_RECORDS", size)
    return [(r.report.doc_id, type(r.error).__name__ if r.error else None,
             [e.to_dict() for e in (r.events or [])]) for r in Pipeline().pipe(reports)]


def test_pipe_codes_the_same_whatever_its_chunks(boom, monkeypatch):
    """`pipe` codes a chunk of records stage by stage; where the chunks fall changes nothing, and a record
    that fails in the first stages (geo here) or the last (extraction, 'boom') costs only itself."""
    real = Pipeline._locate

    def locate(self, started):
        if started.report.doc_id == "geo-boom":
            raise ValueError("the geoparser broke")
        return real(self, started)

    monkeypatch.setattr(Pipeline, "_locate", locate)
    texts = [ATTACK, PROTEST, CLASH, ATTACK, PROTEST, CLASH, ATTACK]
    ids = ["a", "boom", "c", "geo-boom", "e", "f", "g"]
    reports = [RawReport(text=t, doc_id=i, origin="c.jsonl", line=n, published=date(2020, 5, 9))
               for n, (t, i) in enumerate(zip(texts, ids), start=1)]
    reports.insert(2, InputError("not JSON", "c.jsonl", 99))
    one_by_one = _coded_in_chunks(reports, 1, monkeypatch)
    assert [(doc, error) for doc, error, _ in one_by_one] == [
        ("a", None), ("boom", "CodingError"), (None, "InputError"), ("c", None), ("geo-boom", "CodingError"),
        ("e", None), ("f", None), ("g", None)]
    assert all(events for doc, error, events in one_by_one if error is None)
    for size in (2, 3, 500):
        assert _coded_in_chunks(reports, size, monkeypatch) == one_by_one
