"""The real-text benchmark corpus: the texts of ../shared/eval, read at run time, never copied.

    python bench/real_corpus.py --out /tmp/real        # writes JSONL batches and a manifest.json

The generated corpus (corpus.py) is regular; real input is not: ACLED's notes are
dense with actors and places, whole articles are long and mostly background. The
throughput that matters is the one on such text, so `make bench` also runs on the
mix of the evaluation files that hold prose: the ACLED notes of acled-2020-dev and
acled-regions-dev, and the whole articles of muc4-dev, lgl-dev and gwn-dev. The
batches are written to a scratch folder for the run and deleted after it.

Sentences are counted by one fixed rule written here (a full stop, question or
exclamation mark before a capital, a digit or the end), not by eventwire's splitter:
the unit of work stays the same when the splitter changes (it reads MUC-4's
hard-wrapped lines as sentences today), so figures of two versions compare.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from corpus import Batches, write_manifest

EVAL_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
# file name -> what its texts are; the order is the order of the batches
REAL_FILES = (
    ("acled-2020-dev.jsonl", "ACLED notes"),
    ("acled-regions-dev.jsonl", "ACLED notes"),
    ("muc4-dev.jsonl", "whole articles"),
    ("lgl-dev.jsonl", "whole articles"),
    ("gwn-dev.jsonl", "whole articles"),
)


@dataclass
class RealStats:
    """What was written, in the shape of corpus.CorpusStats's manifest."""

    articles: int = 0
    sentences: int = 0
    bytes: int = 0
    sources: dict = field(default_factory=dict)     # file -> {articles, sentences, bytes}
    files: list[dict] = field(default_factory=list)

    def to_dict(self, with_files: bool = False) -> dict:
        data = {"articles": self.articles, "sentences": self.sentences, "event_sentences": 0,
                "event_share": 0.0, "bytes": self.bytes, "seed": 0, "n_files": len(self.files),
                "kind": "real", "sources": self.sources}
        if with_files:
            data["files"] = self.files
        return data


def available(eval_dir: Path = EVAL_DIR) -> list[Path]:
    """The evaluation files of the mix that are present (the folder is optional)."""
    return [eval_dir / name for name, _ in REAL_FILES if (eval_dir / name).is_file()]


def _records(path: Path):
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            data = json.loads(line)
            record = {"id": data.get("id") or f"{path.stem}-{n}", "text": data["text"]}
            if data.get("published"):
                record["published"] = data["published"]
            yield record


_ABBREVIATIONS = frozenset("mr mrs ms dr st no gen col lt sgt capt gov sen rep jan feb aug sep sept oct nov dec"
                           .split())
_SENTENCE_END = re.compile(r"(\w*)[.!?][\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")


def count_sentences(text: str) -> int:
    """Sentences by the fixed rule above: each end before a capital or a digit, plus the last.

    A full stop after a single letter ("U.S.") or a usual abbreviation ("Gen.") ends none; after a
    number ("killed 5.") it does.
    """
    text = " ".join(text.split())
    ends = sum(1 for m in _SENTENCE_END.finditer(text)
               if (len(m.group(1)) > 1 or m.group(1).isdigit()) and m.group(1).lower() not in _ABBREVIATIONS)
    return ends + 1 if text else 0


def write_real_corpus(out_dir: str | Path, eval_dir: Path = EVAL_DIR, per_file: int = 500) -> RealStats | None:
    """JSONL batches of the eval texts and a manifest.json; None when no file of the mix is present."""
    paths = available(eval_dir)
    if not paths:
        return None
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stats = RealStats()
    with Batches(out, "real", per_file, stats.files) as batches:
        for path in paths:
            source = stats.sources.setdefault(path.name, {"articles": 0, "sentences": 0, "bytes": 0})
            for record in _records(path):
                size, n = batches.write(record), count_sentences(record["text"])
                for counts in (stats.files[-1], source):
                    counts["articles"] += 1
                    counts["sentences"] += n
                source["bytes"] += size
                stats.articles += 1
                stats.sentences += n
                stats.bytes += size
    write_manifest(out, stats.to_dict(with_files=True))
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="directory for the JSONL batches")
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR)
    parser.add_argument("--per-file", type=int, default=500, help="reports per JSONL file")
    args = parser.parse_args(argv)
    stats = write_real_corpus(args.out, args.eval_dir, args.per_file)
    if stats is None:
        print(f"no evaluation file of the mix in {args.eval_dir}", file=sys.stderr)
        return 1
    print(json.dumps(stats.to_dict()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
