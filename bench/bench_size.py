"""Coding time against report size: is the cost per KB flat? (`python bench/bench_size.py`)

One report of 10 KB, 100 KB and 1 MB of wire prose (bench/corpus.py's reports run
together, so the text is news, not one sentence copied), and one place name written
10,000 times, each coded by `eventwire.extract` in this process after a warm-up.
Prints a table of CPU seconds, ms per KB and the growth of ms per KB over the smallest
size; issue 9 asks that growth stay under 1.5x from 10 KB to 1 MB. `--json PATH`
writes the figures too.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import generate  # noqa: E402

SIZES_KB = (10, 100, 1000)
REPEATED = "Kandahar"
REPEATS = 10_000
PUBLISHED = "2024-03-14"


def prose(n_bytes: int) -> str:
    """Generated wire reports joined as paragraphs until `n_bytes` UTF-8 bytes, cut at a sentence."""
    parts, size = [], 0
    for report in generate(max(100, n_bytes // 60)):
        parts.append(report.text)
        size += len(report.text.encode()) + 2
        if size >= n_bytes:
            break
    text = " ".join(parts)      # one run of prose: paragraphs ending in a stop would read as one-per-line
    cut = text.rfind(". ", 0, n_bytes)
    return text[:cut + 1] if cut > 0 else text[:n_bytes]


def timed(text: str) -> tuple[float, int]:
    """CPU seconds (on a shared machine the wall clock measures the neighbours) and events found."""
    import eventwire

    start = time.process_time()
    events = eventwire.extract(text, published=PUBLISHED)
    return time.process_time() - start, len(events)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES_KB)), help="KB, comma separated")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args(argv)
    timed(prose(2_000))                       # the gazetteer and lexicons load here, not in the figures
    rows = []
    for kb in (int(s) for s in args.sizes.split(",")):
        text = prose(kb * 1000)
        seconds, n_events = timed(text)
        rows.append({"input": f"prose {kb} KB", "kb": len(text.encode()) / 1000, "seconds": seconds,
                     "events": n_events})
    text = " ".join([REPEATED] * REPEATS)
    seconds, n_events = timed(text)
    rows.append({"input": f"{REPEATED!r} x {REPEATS:,}", "kb": len(text.encode()) / 1000, "seconds": seconds,
                 "events": n_events})
    base = rows[0]["seconds"] / rows[0]["kb"]
    print(f"{'input':<22} {'KB':>8} {'CPU s':>8} {'ms/KB':>7} {'growth':>7} {'events':>7}")
    for row in rows:
        row["ms_per_kb"] = 1000 * row["seconds"] / row["kb"]
        row["growth"] = row["seconds"] / row["kb"] / base
        print(f"{row['input']:<22} {row['kb']:>8.1f} {row['seconds']:>8.2f} {row['ms_per_kb']:>7.2f} "
              f"{row['growth']:>6.2f}x {row['events']:>7}")
    prose_rows = [r for r in rows if r["input"].startswith("prose")]
    worst = max(r["growth"] for r in prose_rows)
    print(f"per-KB growth over prose sizes: {worst:.2f}x (limit 1.5x): {'ok' if worst <= 1.5 else 'TOO STEEP'}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n")
    return 0 if worst <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
