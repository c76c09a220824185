"""Throughput of one pipeline stage over a generated corpus, measured in this process.

    python bench/bench_stages.py --corpus DIR --work DIR --stage extract --mode one
    python bench/bench_stages.py --corpus DIR --work DIR --stage extract --mode all --workers 2

`run_all.py` starts this script once per stage and mode, so that every figure
comes from a fresh process whose peak memory (ru_maxrss) belongs to that stage
alone, and so that the one-core figures can run under `taskset -c 0`.

Stages are measured one at a time: each reads the previous stage's output for
one batch (untimed), runs the stage over it (timed) and, in one-core mode, saves
its own output for the next stage (untimed). Only the stage's own work is in the
seconds. In all-core mode the inputs are loaded first, then a forked pool runs
the stage over the batches and the wall-clock time of the whole map is taken.
The end-to-end stages run the real CLI (`eventwire extract`, `eventwire ingest`)
as subprocesses and time them from start to exit, start-up included.

The last line on stdout is one JSON object: the result.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import pickle
import re
import resource
import subprocess
import sys
import time
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable

STAGES = ("ingest", "normalize", "geo", "extract", "store")
CLI_STAGES = ("e2e", "e2e_store")
ALL_STAGES = ("gazetteer_load", *STAGES, "pipeline", *CLI_STAGES)
PREVIOUS = {"normalize": "ingest", "geo": "normalize", "extract": "geo", "store": "extract"}
STORE_CHUNK = 64        # articles per transaction, as `eventwire ingest` commits


@dataclass
class StageResult:
    """One stage in one mode: counts, seconds, peak memory and what went wrong."""

    stage: str
    mode: str                      # "one" (one core) or "all" (a pool over all cores)
    workers: int = 1
    articles: int = 0
    sentences: int = 0
    seconds: float | None = None        # wall clock
    cpu_seconds: float | None = None    # user + system CPU of the processes doing the work
    peak_rss_mb: float | None = None
    worker_peak_rss_mb: float | None = None
    item_errors: int = 0
    first_item_error: str | None = None
    error: str | None = None       # the stage itself could not run
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def sentences_per_s(self) -> float | None:
        return self.sentences / self.seconds if self.seconds else None

    @property
    def articles_per_s(self) -> float | None:
        return self.articles / self.seconds if self.seconds else None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["sentences_per_s"] = self.sentences_per_s
        data["articles_per_s"] = self.articles_per_s
        data["cpu_sentences_per_s"] = self.sentences / self.cpu_seconds if self.cpu_seconds else None
        return data


@dataclass
class Outcome:
    """What a stage produced over one batch, and the items it could not process."""

    items: list
    errors: int = 0
    first_error: str | None = None

    def fail(self, where: str, exc: BaseException) -> None:
        self.errors += 1
        if self.first_error is None:
            self.first_error = f"{where}: {type(exc).__name__}: {exc}"


# -- the stages: pure work over one batch's input ---------------------------------

def run_ingest(path: str, context: dict) -> Outcome:
    from eventwire.ingest import iter_reports
    from eventwire.records import RawReport

    out = Outcome([])
    for item in iter_reports([path]):
        if isinstance(item, RawReport):
            out.items.append(item)
        else:
            out.fail(f"{getattr(item, 'origin', path)}:{getattr(item, 'line', '?')}", item)
    return out


def run_normalize(reports: list, context: dict) -> Outcome:
    from eventwire.normalize import normalize

    out = Outcome([])
    for report in reports:
        try:
            out.items.append(normalize(report))
        except Exception as exc:   # a benchmark counts failures and goes on
            out.fail(report.doc_id or str(report.line), exc)
    return out


def run_geo(articles: list, context: dict) -> Outcome:
    from eventwire.geo import find_places

    gazetteer = context["gazetteer"]
    out = Outcome(articles)
    for article in articles:
        try:
            article.places = find_places(article, gazetteer)
        except Exception as exc:
            out.fail(article.doc_id or article.id, exc)
    return out


def run_extract(articles: list, context: dict) -> Outcome:
    from eventwire.dedup import merge_within_article
    from eventwire.extraction import extract_events

    out = Outcome([])
    for article in articles:
        try:
            out.items.append((article, merge_within_article(extract_events(article))))
        except Exception as exc:
            out.fail(article.doc_id or article.id, exc)
            out.items.append((article, []))
    return out


def run_store(pairs: list, context: dict) -> Outcome:
    store = context["store"]
    out = Outcome([])
    for start in range(0, len(pairs), STORE_CHUNK):
        chunk = pairs[start:start + STORE_CHUNK]
        try:
            out.items.extend(store.add_batch(chunk))
        except Exception as exc:
            out.fail(f"articles {start}-{start + len(chunk) - 1}", exc)
    return out


def run_pipeline(path: str, context: dict) -> Outcome:
    """Every stage from the JSONL file to merged events in this process, one record at a time: what
    `eventwire extract` does without its start-up and output; a record that raises costs only itself."""
    from eventwire.ingest import iter_reports
    from eventwire.records import RawReport

    pipeline = context["pipeline"]
    out = Outcome([])
    for item in iter_reports([path]):
        if not isinstance(item, RawReport):
            out.fail(f"{getattr(item, 'origin', path)}:{getattr(item, 'line', '?')}", item)
            continue
        try:
            out.items.append(len(pipeline.run(item).events))
        except Exception as exc:
            out.fail(item.doc_id or f"{item.origin}:{item.line}", exc)
    return out


RUNNERS: dict[str, Callable[[Any, dict], Outcome]] = {
    "ingest": run_ingest, "normalize": run_normalize, "geo": run_geo, "extract": run_extract, "store": run_store,
    "pipeline": run_pipeline,
}


# -- I/O around the stages -----------------------------------------------------------

def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024.0   # Linux reports KiB


def load_manifest(corpus: Path) -> dict:
    return json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))


def stage_input(stage: str, index: int, manifest: dict, work: Path, note: list[str] | None = None):
    """One batch's input: the JSONL file for ingest, else the nearest earlier stage's saved output.

    When the previous stage failed, the one before it stands in (extraction then
    runs on articles without places, the store on articles without events), and
    `note` says so: a broken stage costs its own figure, not every later one.
    """
    if stage in ("ingest", "pipeline"):
        return manifest["files"][index]["path"]
    previous = PREVIOUS[stage]
    while True:
        path = work / previous / f"{index:04d}.pkl"
        if path.exists():
            break
        if previous not in PREVIOUS or previous == "ingest":
            raise FileNotFoundError(f"no output of the {PREVIOUS[stage]} stage (or an earlier one) for batch "
                                    f"{index}; run that stage first")
        previous = PREVIOUS[previous]
    with open(path, "rb") as fh:
        items = pickle.load(fh)
    if previous != PREVIOUS[stage]:
        if note is not None and not note:
            note.append(f"input from the {previous} stage ({PREVIOUS[stage]} has no output)")
        if stage == "store":
            items = [(article, []) for article in items]
    return items


def save_output(stage: str, index: int, items: list, work: Path) -> None:
    target = work / stage
    target.mkdir(parents=True, exist_ok=True)
    with open(target / f"{index:04d}.pkl", "wb") as fh:
        pickle.dump(items, fh, protocol=pickle.HIGHEST_PROTOCOL)


def stage_context(stage: str, work: Path, mode: str) -> tuple[dict, dict]:
    """Resources a stage needs, loaded before the clock starts; and their load times."""
    context: dict = {}
    extra: dict = {}
    if stage in ("geo", "pipeline"):
        from eventwire.geo import load_gazetteer

        t0 = time.perf_counter()
        context["gazetteer"] = load_gazetteer()
        extra["gazetteer_load_s"] = time.perf_counter() - t0
    if stage == "pipeline":
        from eventwire.pipeline import Pipeline

        context["pipeline"] = Pipeline(gazetteer=context["gazetteer"])
    if stage == "store" and mode == "one":
        from eventwire.store import connect

        path = work / "store_one.duckdb"
        path.unlink(missing_ok=True)
        context["store"] = connect(str(path))
    return context, extra


def _warm_imports(stage: str) -> None:
    """Import what the stage uses before timing, so import time is not counted as work."""
    import eventwire.ingest  # noqa: F401
    if stage != "ingest":
        import eventwire.normalize  # noqa: F401
    if stage in ("geo", "pipeline"):
        import eventwire.geo  # noqa: F401
    if stage in ("extract", "pipeline"):
        import eventwire.dedup  # noqa: F401
        import eventwire.extraction  # noqa: F401


def measure_one(stage: str, manifest: dict, work: Path) -> StageResult:
    """The stage over every batch in this process, batch by batch, saving output for the next."""
    result = StageResult(stage, "one")
    _warm_imports(stage)
    context, result.extra = stage_context(stage, work, "one")
    seconds = cpu = 0.0
    note: list[str] = []
    try:
        for index, batch in enumerate(manifest["files"]):
            data = stage_input(stage, index, manifest, work, note)
            t0, c0 = time.perf_counter(), time.process_time()
            outcome = RUNNERS[stage](data, context)
            seconds += time.perf_counter() - t0
            cpu += time.process_time() - c0
            _count(result, outcome, batch, stage)
            if stage not in ("store", "pipeline"):
                save_output(stage, index, outcome.items, work)
            del data, outcome
    finally:
        if "store" in context:
            context["store"].close()
    result.seconds = seconds
    result.cpu_seconds = cpu
    result.note = "; ".join(note)
    if stage == "store":
        result.extra["store_bytes"] = (work / "store_one.duckdb").stat().st_size
    result.peak_rss_mb = peak_rss_mb()
    return result


def _count(result: StageResult, outcome: Outcome, batch: dict, stage: str) -> None:
    result.articles += batch["articles"]
    result.sentences += batch["sentences"]
    result.item_errors += outcome.errors
    if result.first_item_error is None:
        result.first_item_error = outcome.first_error
    if stage == "extract":
        result.extra["events"] = result.extra.get("events", 0) + sum(len(ev) for _, ev in outcome.items)
    if stage == "pipeline":
        result.extra["events"] = result.extra.get("events", 0) + sum(outcome.items)
    if stage == "normalize":   # does the splitter agree with the generator's count?
        found = sum(len(article.sentences) for article in outcome.items)
        result.extra["sentences_split"] = result.extra.get("sentences_split", 0) + found


# All-core mode: the inputs live in the parent and reach forked workers for free.
_INPUTS: list = []
_CONTEXT: dict = {}
_STAGE = ""
_WORK = Path(".")


def _pool_task(index: int) -> tuple[int, int, str | None, float]:
    context = dict(_CONTEXT)
    if _STAGE == "store":
        from eventwire.store import connect

        path = _WORK / "store_all" / f"{index:04d}.duckdb"
        path.unlink(missing_ok=True)
        context["store"] = connect(str(path))
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        outcome = RUNNERS[_STAGE](_INPUTS[index], context)
    finally:
        if "store" in context:
            context["store"].close()
    return index, outcome.errors, outcome.first_error, time.perf_counter() - t0, time.process_time() - c0


def measure_all(stage: str, manifest: dict, work: Path, workers: int) -> StageResult:
    """The stage over all batches with a pool of `workers` forked processes; wall-clock time."""
    global _INPUTS, _CONTEXT, _STAGE, _WORK
    result = StageResult(stage, "all", workers=workers)
    _warm_imports(stage)
    _CONTEXT, result.extra = stage_context(stage, work, "all")
    _STAGE, _WORK = stage, work
    note: list[str] = []
    _INPUTS = [stage_input(stage, i, manifest, work, note) for i in range(len(manifest["files"]))]
    if stage == "store":
        (work / "store_all").mkdir(parents=True, exist_ok=True)
        note.append("one DuckDB file per batch (a file has one writer)")
    result.note = "; ".join(note)
    ctx = mp.get_context("fork")
    t0 = time.perf_counter()
    with ctx.Pool(workers) as pool:
        done = pool.map(_pool_task, range(len(_INPUTS)), chunksize=1)
    result.seconds = time.perf_counter() - t0
    for index, errors, first, *_ in sorted(done):
        batch = manifest["files"][index]
        result.articles += batch["articles"]
        result.sentences += batch["sentences"]
        result.item_errors += errors
        result.first_item_error = result.first_item_error or first
    result.extra["busy_s"] = sum(d[3] for d in done)
    result.cpu_seconds = sum(d[4] for d in done)
    result.peak_rss_mb = peak_rss_mb()
    result.worker_peak_rss_mb = peak_rss_mb(resource.RUSAGE_CHILDREN)
    return result


# -- the command line, end to end -----------------------------------------------------

def eventwire_command() -> list[str]:
    script = Path(sys.executable).with_name("eventwire")
    return [str(script)] if script.exists() else [sys.executable, "-m", "eventwire.cli.main"]


def measure_cli(stage: str, manifest: dict, work: Path, workers: int, mode: str) -> StageResult:
    """`eventwire extract` (or `ingest`) over the batch files, `workers` processes over disjoint shards."""
    result = StageResult(stage, mode, workers=workers)
    files = [f["path"] for f in manifest["files"]]
    shards = [files[i::workers] for i in range(workers)]
    procs = []
    t0 = time.perf_counter()
    for n, shard in enumerate(shards):
        if not shard:
            continue
        if stage == "e2e":
            args = [*eventwire_command(), "extract", *shard, "--format", "jsonl", "--quiet"]
        else:
            db = work / f"e2e_{mode}_{n}.duckdb"
            db.unlink(missing_ok=True)
            args = [*eventwire_command(), "ingest", *shard, "--db", str(db), "--quiet"]
        out = open(work / f"{stage}_{mode}_{n}.out", "wb")
        err = open(work / f"{stage}_{mode}_{n}.err", "wb")
        procs.append((subprocess.Popen(args, stdout=out, stderr=err), out, err, n))
    peaks = []
    codes = []
    cpu = 0.0
    for proc, out, err, n in procs:
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.close()
        err.close()
        peaks.append(usage.ru_maxrss / 1024.0)
        cpu += usage.ru_utime + usage.ru_stime
        codes.append(proc.returncode)
    result.seconds = time.perf_counter() - t0
    result.cpu_seconds = cpu
    result.articles = sum(f["articles"] for f in manifest["files"])
    result.sentences = sum(f["sentences"] for f in manifest["files"])
    result.peak_rss_mb = max(peaks) if peaks else None
    result.extra["exit_codes"] = codes
    result.note = "CLI subprocess, start-up included" + (f"; {workers} processes over shards" if workers > 1 else "")
    if stage == "e2e":
        result.extra["events"] = sum(_count_lines(work / f"e2e_{mode}_{n}.out") for *_, n in procs)
    else:   # `eventwire ingest` says "stored N events from ..."
        stored = [re.search(r"stored (\d+) event", (work / f"{stage}_{mode}_{n}.out").read_text(errors="replace"))
                  for *_, n in procs]
        if stored and all(stored):
            result.extra["events"] = sum(int(m.group(1)) for m in stored)
    # exit 1 = some input skipped (named on stderr, counted in "skipped N reports"); else a failure
    names = [n for *_, n in procs]
    # a traceback is a crash whatever the exit code: the records after it were never coded
    crashed = {n for n in names
               if "Traceback (most recent call last)" in _tail(work / f"{stage}_{mode}_{n}.err", 100_000)}
    bad = [(c, n) for c, n in zip(codes, names) if c not in (0, 1) or n in crashed]
    skipped_in = [n for c, n in zip(codes, names) if c == 1]
    result.item_errors = sum(_skipped(work, stage, mode, n) for n in names)
    if bad:
        code, n = bad[0]
        result.error = f"exit {code}, crashed: " + _tail(work / f"{stage}_{mode}_{n}.err", 200)
    elif skipped_in:
        result.first_item_error = _first_line(work / f"{stage}_{mode}_{skipped_in[0]}.err")
        if result.item_errors * 2 >= result.articles:
            result.error = f"{result.item_errors} of {result.articles} reports failed: {result.first_item_error}"
    for *_, n in procs:
        (work / f"{stage}_{mode}_{n}.out").unlink(missing_ok=True)
    return result


def _skipped(work: Path, stage: str, mode: str, n: int) -> int:
    """The CLI's own count of skipped reports ("skipped N reports: ..."), 0 if it gave none."""
    found = 0
    for suffix in ("err", "out") if stage == "e2e_store" else ("err",):
        text = (work / f"{stage}_{mode}_{n}.{suffix}").read_text(encoding="utf-8", errors="replace")
        counts = re.findall(r"skipped (\d+) report", text)
        if counts:
            found = max(found, int(counts[-1]))
    return found


def _count_lines(path: Path) -> int:
    with open(path, "rb") as fh:
        return sum(1 for _ in fh)


def _first_line(path: Path, chars: int = 200) -> str:
    lines = path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    return lines[0][:chars] if lines else ""


def _tail(path: Path, chars: int = 400) -> str:
    text = path.read_text(encoding="utf-8", errors="replace").strip()
    return text[-chars:]


def measure_gazetteer_load() -> StageResult:
    """A fresh process: import the geo package, then load the index (the cold start)."""
    result = StageResult("gazetteer_load", "one")
    t0 = time.perf_counter()
    from eventwire.geo import load_gazetteer

    t1 = time.perf_counter()
    c1 = time.process_time()
    load_gazetteer()
    t2 = time.perf_counter()
    result.seconds = t2 - t1
    result.cpu_seconds = time.process_time() - c1
    result.extra = {"import_s": t1 - t0, "import_and_load_s": t2 - t0}
    result.peak_rss_mb = peak_rss_mb()
    result.note = "fresh process, index file in the page cache"
    return result


def measure(stage: str, corpus: Path, work: Path, mode: str, workers: int) -> StageResult:
    manifest = load_manifest(corpus)
    if stage == "gazetteer_load":
        return measure_gazetteer_load()
    if stage in CLI_STAGES:
        return measure_cli(stage, manifest, work, workers if mode == "all" else 1, mode)
    if mode == "one":
        return measure_one(stage, manifest, work)
    return measure_all(stage, manifest, work, workers)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", required=True, help="directory written by bench/corpus.py (with manifest.json)")
    parser.add_argument("--work", required=True, help="scratch directory for stage outputs")
    parser.add_argument("--stage", required=True, choices=ALL_STAGES)
    parser.add_argument("--mode", choices=("one", "all"), default="one")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    try:
        result = measure(args.stage, Path(args.corpus), work, args.mode, args.workers)
    except Exception as exc:   # report the failed stage as a result; run_all goes on
        result = StageResult(args.stage, args.mode, workers=args.workers if args.mode == "all" else 1)
        result.error = f"{type(exc).__name__}: {exc}"
        traceback.print_exc(file=sys.stderr)
    print(json.dumps(result.to_dict()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
