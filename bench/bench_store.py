"""Ingest throughput of the store backends on the same batch: DuckDB file against PostgreSQL.

    python bench/bench_store.py                         # starts a throwaway PostgreSQL server
    python bench/bench_store.py --url postgresql://user@host/db   # an existing (empty) database

Only the store is timed: the batch is coded once beforehand, then written into a fresh store
of each backend in chunks of 256 articles (one transaction each, as `eventwire ingest`
commits), merging across reports on. Two batches: the events the coder finds in a
synthetic day of wire news (bench/corpus.py), and synthetic events spread over two years
and 30 towns (bench/gen_events.py), dense enough that the candidate query of every chunk
finds stored events to match. Each batch is then written a second time: every article is
"unchanged", which is what re-running an ingest costs. Both stores must end with the same
summary, or the run fails. The throwaway server keeps PostgreSQL's default durability
(fsync, synchronous commit), like DuckDB's commit. Writes bench/results/store.json.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import tempfile
import time
from datetime import date, datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from corpus import DEFAULT_SEED, generate  # noqa: E402
from gen_events import make_event  # noqa: E402

DEFAULT_OUT = HERE / "results" / "store.json"
CHUNK = 256   # articles per transaction, as `eventwire ingest` commits


def coded_corpus(sentences: int) -> list[tuple]:
    """(article, events) for a synthetic day of news, coded by the pipeline once."""
    import eventwire
    from eventwire.records import RawReport

    reports = [RawReport(text=r.text, origin="bench/corpus.py", line=i + 1, doc_id=r.id,
                         published=date.fromisoformat(r.published))
               for i, r in enumerate(generate(sentences, DEFAULT_SEED))]
    return [(r.article, r.events) for r in eventwire.pipe(reports) if r.error is None]


def synthetic_events(n: int) -> list[tuple]:
    rng = random.Random(5)
    pairs = []
    for i in range(n):
        article, event = make_event(i, rng, date(2023, 1, 1), 730)
        pairs.append((article, [event]))
    return pairs


def write_all(target: str, pairs: list[tuple]) -> dict:
    """Two passes of `pairs` into the store at `target`: the first stores, the second finds all unchanged."""
    import pyarrow  # noqa: F401  (DuckDB's batch format: loaded before the clock starts, as psycopg is by connect)

    from eventwire.store import connect

    store = connect(target)
    try:
        passes = []
        for _ in range(2):
            began = time.perf_counter()
            statuses: dict[str, int] = {}
            for start in range(0, len(pairs), CHUNK):
                for r in store.add_batch(pairs[start:start + CHUNK]):
                    statuses[r.status] = statuses.get(r.status, 0) + 1
            passes.append((time.perf_counter() - began, statuses))
        summary = store.summary()
    finally:
        store.close()
    events = sum(len(e) for _, e in pairs)
    (first, first_status), (second, second_status) = passes
    return {
        "articles": len(pairs), "events_in": events, "events_stored": summary.events,
        "first_s": round(first, 3), "articles_per_s": round(len(pairs) / first, 1),
        "events_per_s": round(events / first, 1), "statuses": first_status,
        "rerun_s": round(second, 3), "rerun_articles_per_s": round(len(pairs) / second, 1),
        "rerun_statuses": second_status, "summary": [summary.articles, summary.events, summary.fatalities],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="an empty PostgreSQL database; default: a throwaway server of our own")
    parser.add_argument("--sentences", type=int, default=20_000, help="size of the synthetic day to code")
    parser.add_argument("--synthetic", type=int, default=20_000, help="synthetic events of the second batch")
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    args = parser.parse_args(argv)

    server = None
    if args.url is None:
        from pgserver import Server, find_bindir

        bindir = find_bindir()
        if bindir is None:
            parser.error("no PostgreSQL under /usr/lib/postgresql/*/bin: `make install-test`, or give --url")
        server = Server(bindir, durable=True).start()
    began = time.perf_counter()
    batches = {"coded_corpus": coded_corpus(args.sentences), "synthetic_events": synthetic_events(args.synthetic)}
    print(f"batches ready in {time.perf_counter() - began:.1f} s", file=sys.stderr)
    results: dict = {}
    print(f"ingest into each store in transactions of {CHUNK} articles, merging on; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    try:
        with tempfile.TemporaryDirectory() as work:
            for n, (name, pairs) in enumerate(batches.items()):
                url = server.create_database(f"bench{n}") if server else args.url
                if not server and n:
                    parser.error("--url holds one batch's store; run without --url for both batches")
                duck = write_all(str(Path(work) / f"{name}.duckdb"), pairs)
                pg = write_all(url, pairs)
                if duck["summary"] != pg["summary"]:
                    raise SystemExit(f"{name}: DuckDB stored {duck['summary']}, PostgreSQL {pg['summary']}")
                results[name] = {"duckdb": duck, "postgres": pg,
                                 "postgres_vs_duckdb": round(pg["articles_per_s"] / duck["articles_per_s"], 3)}
                ratio = results[name]["postgres_vs_duckdb"]
                for backend, r in (("duckdb", duck), ("postgres", pg)):
                    print(f"{name:17} {backend:8} {r['articles']:6} articles {r['events_in']:6} events "
                          f"{r['first_s']:7.2f} s  {r['articles_per_s']:8.1f} articles/s {r['events_per_s']:8.1f} "
                          f"events/s  re-run {r['rerun_articles_per_s']:8.1f} articles/s")
                print(f"{name:17} PostgreSQL / DuckDB throughput: {ratio:.2f}; both stored {pg['summary'][1]} events")
    finally:
        if server:
            server.stop()
    out = {"when": datetime.now(timezone.utc).isoformat(timespec="seconds"), "machine": platform.node(),
           "cpus": os.cpu_count(), "load_before": os.getloadavg()[0], "chunk": CHUNK, "results": results}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
