"""The benchmark corpus: the same seed gives the same corpus, of the size asked, mostly without events."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.fixture(scope="module")
def corpus():
    spec = importlib.util.spec_from_file_location("bench_corpus", BENCH / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_corpus"] = module
    spec.loader.exec_module(module)
    return module


def test_same_seed_same_corpus(corpus):
    first = [r.record() for r in corpus.generate(2_000, seed=11)]
    second = [r.record() for r in corpus.generate(2_000, seed=11)]
    other = [r.record() for r in corpus.generate(2_000, seed=12)]
    assert first == second
    assert first != other


def test_exact_sentence_count_and_a_minority_of_events(corpus):
    reports = list(corpus.generate(3_001, seed=5))
    assert sum(r.sentences for r in reports) == 3_001
    events = sum(r.event_sentences for r in reports)
    share = events / 3_001
    assert 0.02 < share < 0.2, share          # events are present, but most sentences carry none
    assert len({r.id for r in reports}) == len(reports)


def test_reports_look_like_wire_copy(corpus):
    reports = list(corpus.generate(1_000, seed=3))
    # a dateline with an agency, and many different places and openings
    assert all(" (" in r.text.split(" - ", 1)[0] and r.text.split(" (", 1)[0].isupper() for r in reports)
    datelines = {r.text.split(" (", 1)[0] for r in reports}
    assert len(datelines) > 40
    # the counted sentences are the sentences of the text: one full stop ends each
    for r in reports[:50]:
        body = r.text.split(" - ", 1)[1]
        assert body.count(". ") + 1 >= r.sentences


def test_write_corpus_batches_and_manifest(corpus, tmp_path):
    stats = corpus.write_corpus(tmp_path, 1_500, seed=9, per_file=40)
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["sentences"] == stats.sentences == 1_500
    assert sum(f["sentences"] for f in manifest["files"]) == 1_500
    lines = [json.loads(line) for f in manifest["files"] for line in Path(f["path"]).read_text().splitlines()]
    assert len(lines) == manifest["articles"] == sum(f["articles"] for f in manifest["files"])
    assert all(set(rec) == {"id", "text", "published"} for rec in lines)
    assert all(f["articles"] <= 40 for f in manifest["files"])
    again = tmp_path / "again"
    corpus.write_corpus(again, 1_500, seed=9, per_file=40)
    assert [p.read_bytes() for p in sorted(again.glob("*.jsonl"))] == \
        [p.read_bytes() for p in sorted(tmp_path.glob("*.jsonl"))]
