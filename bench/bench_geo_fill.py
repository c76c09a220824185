"""What a fresh process pays to fill the geo stage's in-memory lookups, and which part a gazetteer
build could take over.

    python bench/bench_geo_fill.py /tmp/real          # the JSONL batches of bench/real_corpus.py

Runs `find_places` over every report twice in this (fresh) process, then, on a newly loaded
gazetteer, recomputes each lookup the first pass filled, key by key, timing each kind alone:
decoding the packed name tables, the compact forms of skeleton candidates, each row's primary
compact form, scoring tuples, twins, entry fields, priors, areas, province seats. CPU seconds
(`time.process_time`): the machine is shared, wall time is not a measure.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path


def _articles(folder: Path) -> list:
    from eventwire.normalize import normalize
    from eventwire.pipeline import scrubbed
    from eventwire.records import RawReport

    out = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            rec = json.loads(line)
            pub = rec.get("published")
            try:
                report = RawReport(text=rec["text"], published=date.fromisoformat(pub[:10]) if pub else None)
                out.append(normalize(scrubbed(report)))
            except (ValueError, KeyError):
                continue
    return out


def _cpu(fn) -> float:
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    args = ap.parse_args(argv)
    from eventwire.geo import find as F
    from eventwire.geo import find_places, load_gazetteer
    from eventwire.geo import names as N
    from eventwire.geo import resolve as R
    from eventwire.geo.gazetteer import default_path, load

    gaz = load_gazetteer()
    arts = _articles(args.folder)
    fresh = _cpu(lambda: [find_places(a, gaz) for a in arts])
    warm = _cpu(lambda: [find_places(a, gaz) for a in arts])
    print(f"{len(arts)} reports: geo fresh {fresh:.3f} CPU-s, warm {warm:.3f}, filling {fresh - warm:.3f}")
    filled = {k: list(v) for k, v in gaz.__dict__.items() if k.startswith("_") and isinstance(v, dict)}
    asked = {w: list(getattr(gaz, w).hits) for w in ("names", "skeletons", "first_tokens")}
    for cached in (N.compact, N.fold, N._skel_token, N.ascii_name, R._primary):
        cached.cache_clear()
    new = load(default_path())
    parts = [(f"decode {w} ({len(keys)} keys)", lambda w=w, keys=keys: [getattr(new, w).hits[k] for k in keys])
             for w, keys in asked.items()]
    parts += [
        (f"compact forms of skeleton candidates ({len(filled['_compacts'])} skeletons)",
         lambda: [F._compacts(new, sk, new.skeleton_names(sk)) for sk in filled["_compacts"]]),
        ("province seats", lambda: new.seat("")),
        (f"primary compact of scored rows ({len(filled['_row_info'])})",
         lambda: [R._primary(new.name[r]) for r in filled["_row_info"]]),
        ("scoring tuples", lambda: [R._row_info(new, r) for r in filled["_row_info"]]),
        ("twins", lambda: [R._twins(new, rows) for rows in filled["_twins_cache"]]),
        (f"entry fields ({len(filled['_entry_fields'])} rows)",
         lambda: [R._entry_fields(new, r) for r in filled["_entry_fields"]]),
        ("name priors", lambda: [F._name_prior(new, top) for top in filled["_prior_cache"]]),
        ("areas", lambda: [R._areas_in(new, rows, cc) for cc, rows in filled["_areas_cache"]]),
    ]
    for label, fn in parts:
        print(f"  {_cpu(fn):6.3f}  {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
