"""The benchmark suite (`make bench`): per-stage and end-to-end throughput, one core and all cores.

    python bench/run_all.py              # the default corpus: 100,000 sentences
    python bench/run_all.py --quick      # 20,000 sentences, for development
    python bench/run_all.py --real-only  # only the real-text mix of ../shared/eval

Generates a day of synthetic wire news (bench/corpus.py), then measures each
stage (ingest, normalize, geocoding, extraction, store) and the CLI end to end,
each in a fresh process (bench/bench_stages.py): first pinned to one core with
`taskset -c 0`, then on all cores (a forked pool over batches; for the CLI,
one process per shard of the batch files). A stage that fails is reported as
failed and the suite goes on. Prints a table and writes bench/results/latest.json.

When ../shared/eval is present, the same measurements (the stages up to extraction
on one core, the CLI end to end on one core and on all cores) run again on real
text (bench/real_corpus.py: ACLED notes and whole articles); that is the figure
the project's throughput target (3,000 sentences/s on one core) is about.

The machine may be shared: the load average before and after is recorded, and
each figure is given per wall-clock second and per CPU second, so contention
shows as a gap between the two.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_stages import STAGES, StageResult  # noqa: E402
from corpus import DEFAULT_SEED, write_corpus  # noqa: E402
from real_corpus import write_real_corpus  # noqa: E402

DEFAULT_OUT = HERE / "results" / "latest.json"
STAGE_LABELS = {
    "gazetteer_load": "gazetteer cold load",
    "ingest": "ingest (iter_reports)",
    "normalize": "normalize",
    "geo": "geocoding (find_places)",
    "extract": "extraction + merge",
    "store": "store (DuckDB add_batch)",
    "pipeline": "end to end in process (Pipeline.run)",
    "e2e": "end to end: eventwire extract",
    "e2e_store": "end to end + store: eventwire ingest",
}
STAGE_TIMEOUT_S = 900
REAL_ONE_CORE = ("ingest", "normalize", "geo", "extract", "pipeline", "e2e")
REAL_ALL_CORES = ("pipeline", "e2e")


def pinned(args: list[str]) -> tuple[list[str], object]:
    """The command run on CPU 0 only: `taskset -c 0` where it exists, else sched_setaffinity."""
    if shutil.which("taskset"):
        return ["taskset", "-c", "0", *args], None
    return args, lambda: os.sched_setaffinity(0, {0})


def run_stage(stage: str, mode: str, corpus: Path, work: Path, workers: int, log) -> StageResult:
    """One measurement in a fresh process; a crash or timeout becomes a failed result."""
    args = [sys.executable, str(HERE / "bench_stages.py"), "--corpus", str(corpus), "--work", str(work),
            "--stage", stage, "--mode", mode, "--workers", str(workers)]
    preexec = None
    if mode == "one":
        args, preexec = pinned(args)
    log(f"  {stage:<15} {'1 core' if mode == 'one' else f'{workers} cores'} ...")
    try:
        proc = subprocess.run(args, capture_output=True, text=True, timeout=STAGE_TIMEOUT_S,
                              preexec_fn=preexec, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return _failed(stage, mode, workers, f"timed out after {STAGE_TIMEOUT_S} s")
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        return _failed(stage, mode, workers, f"exit {proc.returncode}: {proc.stderr.strip()[-400:]}")
    data = json.loads(lines[-1])
    data.pop("sentences_per_s", None)
    data.pop("articles_per_s", None)
    data.pop("cpu_sentences_per_s", None)
    result = StageResult(**data)
    if result.error and proc.stderr.strip():
        log("    " + proc.stderr.strip().splitlines()[-1][:300])
    return result


def _failed(stage: str, mode: str, workers: int, message: str) -> StageResult:
    result = StageResult(stage, mode, workers=workers if mode == "all" else 1)
    result.error = message
    return result


# -- the other benchmarks of bench/, run when present ---------------------------------

def run_extras(work: Path, quick: bool, log) -> dict:
    """bench_geo.py, bench_size.py, bench_store.py and the API load test (gen_events.py + load_api.py),
    when they exist."""
    extras: dict = {}
    geo = HERE / "bench_geo.py"
    if geo.exists():
        extras["geo"] = _run_script([sys.executable, str(geo)], "bench_geo.py", log, pin=True)
    size = HERE / "bench_size.py"
    if size.exists():   # time per KB at 10 KB, 100 KB, 1 MB: is coding linear in the input?
        sizes = ["--sizes", "10,100"] if quick else []
        extras["size"] = _run_script([sys.executable, str(size), *sizes], "bench_size.py", log, pin=True)
    store = HERE / "bench_store.py"
    if store.exists():   # ingest into PostgreSQL against DuckDB on the same coded batch (not pinned: a server)
        sizes = ["--sentences", "5000", "--synthetic", "2000"] if quick else []
        extras["store"] = _run_script([sys.executable, str(store), "--out", str(work / "store.json"), *sizes],
                                      "bench_store.py", log)
    gen, load = HERE / "gen_events.py", HERE / "load_api.py"
    if gen.exists() and load.exists() and not quick:
        db = work / "synthetic.duckdb"
        made = _run_script([sys.executable, str(gen), "--db", str(db), "--events", "20000"], "gen_events.py", log)
        if made.get("error"):
            extras["api"] = made
        else:
            for name, flags in (("api", []), ("api_cold", ["--cold"])):   # kept answers, then none
                out = work / f"load_{name}.json"
                run = _run_script([sys.executable, str(load), "--db", str(db), "--seconds", "10", "--out", str(out),
                                   *flags], "load_api.py " + " ".join(flags), log)
                if out.exists():
                    run["result"] = json.loads(out.read_text(encoding="utf-8"))
                extras[name] = run
    return extras


def _run_script(args: list[str], name: str, log, pin: bool = False) -> dict:
    log(f"  {name} ...")
    preexec = None
    if pin:
        args, preexec = pinned(args)
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(args, capture_output=True, text=True, timeout=STAGE_TIMEOUT_S,
                              preexec_fn=preexec, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return {"script": name, "error": f"timed out after {STAGE_TIMEOUT_S} s"}
    entry: dict = {"script": name, "seconds": time.perf_counter() - t0, "exit": proc.returncode,
                   "output_tail": proc.stdout.strip()[-3000:]}
    if proc.returncode != 0:
        entry["error"] = proc.stderr.strip()[-600:] or f"exit {proc.returncode}"
    return entry


# -- the table -------------------------------------------------------------------------

def _num(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "-"
    return f"{value:,.{digits}f}"


def table_rows(results: list[dict]) -> list[list[str]]:
    """One row per measurement: stage, cores, sentences/s (wall, CPU), articles/s, seconds, memory, notes."""
    rows = []
    for r in results:
        cores = "1" if r["mode"] == "one" else str(r["workers"])
        if r.get("error"):
            rows.append([STAGE_LABELS.get(r["stage"], r["stage"]), cores, "FAILED", "", "", "", "",
                         " ".join(r["error"].split())[:160]])
            continue
        notes = []
        if r["stage"] == "gazetteer_load":
            extra = r.get("extra") or {}
            notes.append(f"import+load {_num(extra.get('import_and_load_s'), 2)} s")
            rows.append([STAGE_LABELS["gazetteer_load"], cores, "", "", "", _num(r["seconds"], 2),
                         _num(r["peak_rss_mb"]), "; ".join(notes)])
            continue
        if r.get("item_errors"):
            notes.append(f"{r['item_errors']} items failed: {(r.get('first_item_error') or '')[:80]}")
        elif r.get("first_item_error"):
            notes.append(r["first_item_error"][:80])
        if r.get("note"):
            notes.append(r["note"])
        split = (r.get("extra") or {}).get("sentences_split")
        if split is not None:
            notes.append(f"the splitter found {split:,} sentences")
        events = (r.get("extra") or {}).get("events")
        if events is not None:
            notes.append(f"{events:,} events")
        memory = _num(r["peak_rss_mb"])
        if r.get("worker_peak_rss_mb"):
            memory += f" / {_num(r['worker_peak_rss_mb'])} per worker"
        rows.append([STAGE_LABELS.get(r["stage"], r["stage"]), cores, _num(r.get("sentences_per_s")),
                     _num(r.get("cpu_sentences_per_s")), _num(r.get("articles_per_s")), _num(r["seconds"], 2),
                     memory, " ".join("; ".join(notes).split())])
    return rows


TABLE_HEADERS = ["stage", "cores", "sentences/s", "sentences/CPU-s", "articles/s", "seconds", "peak RSS MB", "notes"]


def format_table(rows: list[list[str]]) -> str:
    widths = [max(len(str(c)) for c in col) for col in zip(TABLE_HEADERS, *rows)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(TABLE_HEADERS, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    return "\n".join(lines)


# -- the run -----------------------------------------------------------------------------

def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpus": os.cpu_count(), "cpu_model": model, "python": platform.python_version(),
            "platform": platform.platform()}


def git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT)
    except OSError:
        return None
    return out.stdout.strip() or None


def run(n_sentences: int, seed: int, workers: int, out_path: Path, keep: bool, extras: bool, quick: bool,
        generated: bool = True, real: bool = True) -> dict:
    log = lambda message: print(message, file=sys.stderr, flush=True)  # noqa: E731
    started = time.perf_counter()
    load_before = os.getloadavg()
    tmp = Path(tempfile.mkdtemp(prefix="eventwire-bench-"))
    corpus, work = tmp / "corpus", tmp / "work"
    stats, results, extra_results, real_part = None, [], {}, None
    try:
        if generated:
            log(f"corpus: {n_sentences:,} sentences (seed {seed}) in {corpus}")
            stats = write_corpus(corpus, n_sentences, seed)
            log(f"  {stats.articles:,} reports, {stats.event_sentences:,} event sentences "
                f"({stats.event_sentences / stats.sentences:.1%}), {stats.bytes / 1e6:.1f} MB")
            log("one core (taskset -c 0):")
            for stage in ("gazetteer_load", *STAGES, "e2e", "e2e_store"):
                results.append(run_stage(stage, "one", corpus, work, 1, log))
            log(f"all cores ({workers}):")
            for stage in (*STAGES, "e2e"):
                results.append(run_stage(stage, "all", corpus, work, workers, log))
        if real:
            real_part = run_real(tmp / "real", tmp / "real_work", workers, log)
        extra_results = run_extras(work, quick, log) if extras else {}
    finally:
        if keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    report = {
        "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "commit": git_commit(),
        "machine": machine(),
        "load_average_before": load_before,
        "load_average_after": os.getloadavg(),
        "workers": workers,
        "corpus": stats.to_dict() if stats else {},
        "results": [r.to_dict() for r in results],
        "real": real_part,
        "extras": extra_results,
        "total_seconds": time.perf_counter() - started,
    }
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return report


def run_real(corpus: Path, work: Path, workers: int, log) -> dict | None:
    """The real-text mix: stages up to extraction and the CLI on one core, the CLI on all cores."""
    stats = write_real_corpus(corpus)
    if stats is None:
        log("real text: ../shared/eval is absent, skipped")
        return None
    log(f"real text: {stats.articles:,} reports, {stats.sentences:,} sentences, {stats.bytes / 1e6:.1f} MB")
    results = [run_stage(stage, "one", corpus, work, 1, log) for stage in REAL_ONE_CORE]
    results += [run_stage(stage, "all", corpus, work, workers, log) for stage in REAL_ALL_CORES]
    return {"corpus": stats.to_dict(), "results": [r.to_dict() for r in results]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a 20,000-sentence corpus, and no API load test")
    parser.add_argument("--sentences", type=int, help="corpus size (default 100,000; 20,000 with --quick)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes for the all-core runs")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the JSON results")
    parser.add_argument("--keep", action="store_true", help="keep the corpus and scratch files")
    parser.add_argument("--no-extras", action="store_true", help="skip bench_geo.py and the API load test")
    parser.add_argument("--no-real", action="store_true", help="skip the real-text mix of ../shared/eval")
    parser.add_argument("--real-only", action="store_true", help="only the real-text mix (no generated corpus, "
                        "no extras)")
    args = parser.parse_args(argv)
    n = args.sentences or (20_000 if args.quick else 100_000)
    report = run(n, args.seed, args.workers, args.out, args.keep, not (args.no_extras or args.real_only),
                 args.quick, generated=not args.real_only, real=not args.no_real)
    corpus = report["corpus"]
    print(f"eventwire benchmark, commit {report['commit']}, {report['generated_at']}; "
          f"{report['machine']['cpus']} CPUs ({report['machine']['cpu_model']}); load average before "
          f"{report['load_average_before'][0]:.2f}, after {report['load_average_after'][0]:.2f}")
    if corpus:
        print(f"generated corpus: {corpus['sentences']:,} sentences in {corpus['articles']:,} reports, "
              f"{corpus['event_share']:.1%} of sentences report an event")
        print()
        print(format_table(table_rows(report["results"])))
    real = report.get("real")
    if real:
        rc = real["corpus"]
        print()
        print(f"real text (../shared/eval: {', '.join(rc['sources'])}): {rc['sentences']:,} sentences "
              f"(counted by bench/real_corpus.py's rule) in {rc['articles']:,} reports, {rc['bytes'] / 1e6:.1f} MB")
        print()
        print(format_table(table_rows(real["results"])))
    for name, extra in report["extras"].items():
        print()
        print(f"{name}: " + (f"FAILED: {extra['error']}" if extra.get("error") else extra.get("output_tail", "")[-1500:]))
    print()
    print(f"wrote {args.out} in {report['total_seconds']:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
