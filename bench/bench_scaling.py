"""Scaling of `eventwire extract` over Dask workers: efficiency of --workers 2, overhead of --workers 1.

    python bench/bench_scaling.py                      # real text from ../shared/eval, 60,000 sentences
    python bench/bench_scaling.py --corpus synthetic   # bench/corpus.py's wire news instead
    python bench/bench_scaling.py --sentences 20000 --repeat 2

Each measurement is the CLI end to end in a fresh process, as a user runs it
(interpreter start, gazetteer load, for Dask the LocalCluster's start, coding,
output), on one JSONL file large enough that startup does not dominate; the
file is cut into byte ranges by `eventwire.scale`. Configurations are run in
rotating order, `--repeat` times, and the best and median walls are kept: on a
shared machine the best run is the one least disturbed by other work. The load
average and the CPU seconds of each run are recorded, so contention shows.
A tiny input measures the fixed startup cost of each configuration separately,
which SCALING.md uses to extrapolate. Writes bench/results/scaling.json.

Real text (when ../shared/eval is there) is the evaluation sets' report texts,
repeated with fresh ids up to the sentence count; it is read here and written
only to a temporary folder, never into the repository.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EVAL = ROOT.parent / "shared" / "eval"
EVENTWIRE = str(Path(sys.executable).parent / "eventwire")
DEFAULT_OUT = HERE / "results" / "scaling.json"
# Dask's nanny starts workers with PYTHONHASHSEED=6640; the plain runs get the same seed, so that a
# difference in the event counts is the Dask path's and not a hash-order tie (see SCALING.md)
ENV = {**os.environ, "PYTHONHASHSEED": "6640"}
REAL_FILES = ("acled-2020-dev", "acled-regions-dev", "case2021-dev", "muc4-dev", "lgl-dev", "gwn-dev", "plover-dev")


def _sentences(text: str) -> int:
    from eventwire.normalize import normalize
    from eventwire.records import RawReport

    return max(1, len(normalize(RawReport(text=text)).sentences))


def real_records() -> list[dict]:
    records = []
    for name in REAL_FILES:
        path = EVAL / f"{name}.jsonl"
        if not path.exists():
            continue
        with open(path, encoding="utf-8") as fp:
            rows = [json.loads(line) for line in fp if line.strip()]
        for row in rows:
            if row.get("text"):
                records.append({"id": row["id"], "text": row["text"], "published": row.get("published")})
    return records


def synthetic_records(n_sentences: int) -> list[dict]:
    sys.path.insert(0, str(HERE))
    from corpus import generate

    return [r.record() for r in generate(n_sentences)]


def write_input(path: Path, corpus: str, n_sentences: int) -> dict:
    """One JSONL file of about `n_sentences` sentences; real records are repeated with new ids."""
    base = real_records() if corpus == "real" else []
    kind = "real" if base else "synthetic"
    if not base:
        base = synthetic_records(n_sentences)
    counts = [_sentences(r["text"]) for r in base]
    sentences = articles = 0
    with open(path, "w", encoding="utf-8") as fp:
        round_ = 0
        while sentences < n_sentences:
            for record, count in zip(base, counts):
                if sentences >= n_sentences:
                    break
                fp.write(json.dumps({**record, "id": f"{record['id']}#{round_}"}, ensure_ascii=False) + "\n")
                sentences += count
                articles += 1
            round_ += 1
    return {"corpus": kind, "sentences": sentences, "articles": articles, "bytes": path.stat().st_size,
            "base_records": len(base), "repeats": round_}


def configurations(workers: list[int]) -> dict[str, list[str]]:
    configs = {"plain": []}
    for n in workers:
        configs[f"workers={n}"] = ["--workers", str(n)]
    return configs


def run_halves(halves: list[Path], sink: Path) -> dict:
    """The machine's own two-process figure, with no Dask: two plain runs at once, one per half of the input."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    load = os.getloadavg()[0]
    start = time.perf_counter()
    sinks = [open(f"{sink}.{n}", "w") for n in range(len(halves))]
    try:
        procs = [subprocess.Popen([EVENTWIRE, "extract", str(half), "-q"], stdout=out, stderr=subprocess.DEVNULL,
                                  cwd=ROOT, env=ENV) for half, out in zip(halves, sinks)]
        codes = [p.wait() for p in procs]
    finally:
        for out in sinks:
            out.close()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if any(code not in (0, 1) for code in codes):
        raise SystemExit(f"a plain run over half of the input failed: {codes}")
    events = 0
    for n in range(len(halves)):
        with open(f"{sink}.{n}") as fp:
            events += sum(1 for _ in fp)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3), "load_before": round(load, 2),
            "load_after": round(os.getloadavg()[0], 2), "events": events}


def split_halves(path: Path) -> list[Path]:
    with open(path, encoding="utf-8") as fp:
        lines = fp.readlines()
    halves = [path.with_suffix(".half0.jsonl"), path.with_suffix(".half1.jsonl")]
    middle = len(lines) // 2
    for half, chunk in zip(halves, (lines[:middle], lines[middle:])):
        half.write_text("".join(chunk), encoding="utf-8")
    return halves


def run_once(args: list[str], input_path: Path, sink: Path) -> dict:
    """One CLI run: wall seconds, CPU seconds of it and its worker processes, load, events written."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    load = os.getloadavg()[0]
    start = time.perf_counter()
    with open(sink, "w") as out:
        proc = subprocess.run([EVENTWIRE, "extract", str(input_path), "-q", *args], stdout=out,
                              stderr=subprocess.PIPE, text=True, cwd=ROOT, env=ENV)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"eventwire extract {' '.join(args)} failed: {proc.stderr[-800:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    with open(sink) as fp:
        events = sum(1 for _ in fp)
    return {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3), "load_before": round(load, 2),
            "load_after": round(os.getloadavg()[0], 2), "events": events}


def summarise(runs: dict[str, list[dict]], sentences: int, startup: dict[str, float],
              startup_cpu: dict[str, float]) -> dict:
    """Per configuration: best and median throughput, and against one process the scaling
    efficiency (throughput ratio / workers) and the overhead, by wall clock and by CPU seconds.

    CPU seconds are what contention cannot inflate: `cpu_overhead` is the extra CPU the Dask
    path spends for the same work, `cpu_overhead_after_startup` the same without the fixed
    start-up cost (measured on one report), which is what a long run or a standing cluster pays.
    """
    table = {}
    for name, items in runs.items():
        walls = [r["wall_s"] for r in items]
        best, median = min(walls), statistics.median(walls)
        steady = max(1e-9, best - startup.get(name, startup.get("plain", 0.0)))
        table[name] = {
            "best_wall_s": best, "median_wall_s": median,
            "sentences_per_s_best": round(sentences / best, 1),
            "sentences_per_s_median": round(sentences / median, 1),
            "sentences_per_s_after_startup": round(sentences / steady, 1),
            "cpu_s_median": statistics.median(r["cpu_s"] for r in items),
            "cpu_s_best": min(r["cpu_s"] for r in items),
            "sentences_per_cpu_s": round(sentences / statistics.median(r["cpu_s"] for r in items), 1),
            "load_median": statistics.median(r["load_before"] for r in items),
        }
    plain = table["plain"]
    control = table.get("two plain processes")
    if control:   # what two processes get from the machine right now, Dask or not
        control["efficiency_best"] = round(control["sentences_per_s_best"] / plain["sentences_per_s_best"] / 2, 3)
        control["efficiency_median"] = round(
            control["sentences_per_s_median"] / plain["sentences_per_s_median"] / 2, 3)
    for name, row in table.items():
        if not name.startswith("workers="):
            continue
        if control and name == "workers=2":
            row["against_two_plain_processes_best"] = round(
                row["sentences_per_s_best"] / control["sentences_per_s_best"], 3)
        n = int(name.split("=")[1])
        for basis in ("best", "median"):
            ratio = row[f"sentences_per_s_{basis}"] / plain[f"sentences_per_s_{basis}"]
            row[f"efficiency_{basis}"] = round(ratio / n, 3)
            row[f"overhead_{basis}"] = round(1 / ratio - 1, 3) if n == 1 else None
        row["efficiency_after_startup"] = round(
            row["sentences_per_s_after_startup"] / plain["sentences_per_s_after_startup"] / n, 3)
        row["cpu_overhead"] = round(row["cpu_s_median"] / plain["cpu_s_median"] - 1, 3)
        work, base = row["cpu_s_median"] - startup_cpu[name], plain["cpu_s_median"] - startup_cpu["plain"]
        row["cpu_overhead_after_startup"] = round(work / base - 1, 3)
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=("real", "synthetic"), default="real")
    parser.add_argument("--sentences", type=int, default=60_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    parser.add_argument("--no-control", dest="control", action="store_false",
                        help="skip the control: two plain processes over the two halves of the input at once")
    args = parser.parse_args(argv)
    workers = [int(n) for n in args.workers.split(",") if n]
    with tempfile.TemporaryDirectory(prefix="ew-scaling-") as tmp:
        work = Path(tmp)
        corpus = write_input(work / "input.jsonl", args.corpus, args.sentences)
        print(f"input: {corpus}", flush=True)
        tiny = work / "tiny.jsonl"
        with open(work / "input.jsonl", encoding="utf-8") as fp:
            tiny.write_text(fp.readline(), encoding="utf-8")
        configs = configurations(workers)
        startup: dict[str, float] = {}
        startup_cpu: dict[str, float] = {}
        for name, extra in configs.items():   # the fixed cost: one report, best of two
            tries = [run_once(extra, tiny, work / "sink") for _ in range(2)]
            startup[name] = min(t["wall_s"] for t in tries)
            startup_cpu[name] = min(t["cpu_s"] for t in tries)
            print(f"startup {name}: {startup[name]:.2f} s, {startup_cpu[name]:.2f} CPU-s", flush=True)
        runs: dict[str, list[dict]] = {name: [] for name in configs}
        names = list(configs)
        halves = split_halves(work / "input.jsonl") if args.control else None
        if halves:
            names.append("two plain processes")
            runs["two plain processes"] = []
        for rep in range(args.repeat):
            for name in names[rep % len(names):] + names[:rep % len(names)]:
                if name == "two plain processes":
                    result = run_halves(halves, work / "sink")
                else:
                    result = run_once(configs[name], work / "input.jsonl", work / "sink")
                runs[name].append(result)
                print(f"round {rep + 1} {name}: {result}", flush=True)
    counts = {name: sorted({r["events"] for r in items}) for name, items in runs.items()}
    agree = len({c for found in counts.values() for c in found}) == 1
    if not agree:
        print(f"WARNING: the configurations disagree on the number of events: {counts}", flush=True)
    summary = summarise(runs, corpus["sentences"], startup, startup_cpu)
    report = {"when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "cpus": os.cpu_count(),
              "input": corpus, "startup_s": startup, "startup_cpu_s": startup_cpu, "events": counts,
              "events_agree": agree, "runs": runs, "summary": summary}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(json.dumps(summary, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
