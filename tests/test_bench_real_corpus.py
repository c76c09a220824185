"""The real-text benchmark corpus: read from an eval folder at run time, counted by a fixed rule."""
from __future__ import annotations

import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import real_corpus  # noqa: E402


def test_sentences_are_counted_by_the_fixed_rule():
    count = real_corpus.count_sentences
    assert count("Gunmen attacked a bus. Two people died.") == 2
    assert count("U.S. forces left Gen. Smith's base on Monday. He said so.") == 2
    assert count("THE ARMY REPORTED THE ATTACK.  REBELS DENIED IT.\nTHE\nTOLL ROSE TO 4.") == 3
    assert count("troops withdrew at 5 p.m. on friday") == 1
    assert count("") == 0


def test_the_mix_is_written_in_batches_with_its_counts(tmp_path):
    eval_dir = tmp_path / "eval"
    eval_dir.mkdir()
    notes = [{"id": f"n{i}", "text": f"On 3 May, protesters marched in town {i}. Police watched.",
              "published": "2024-05-03"} for i in range(5)]
    (eval_dir / "acled-2020-dev.jsonl").write_text("".join(json.dumps(n) + "\n" for n in notes), encoding="utf-8")
    (eval_dir / "gwn-dev.jsonl").write_text(json.dumps({"id": "g", "text": "A town. A river."}) + "\n",
                                            encoding="utf-8")
    stats = real_corpus.write_real_corpus(tmp_path / "out", eval_dir, per_file=4)
    assert (stats.articles, stats.sentences) == (6, 12)
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert [f["articles"] for f in manifest["files"]] == [4, 2]
    assert sum(f["sentences"] for f in manifest["files"]) == 12
    assert manifest["sources"]["gwn-dev.jsonl"]["sentences"] == 2
    lines = Path(manifest["files"][1]["path"]).read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[-1]) == {"id": "g", "text": "A town. A river."}


def test_no_eval_folder_no_corpus(tmp_path):
    assert real_corpus.write_real_corpus(tmp_path / "out", tmp_path / "missing") is None
