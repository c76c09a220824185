"""`make figures`: regenerate docs/EVALUATION.md, the page of current accuracy and speed figures.

    python bench/figures.py [--eval-dir ../shared/eval] [--rerun-bench] [--skip-bench]

Runs `eventwire eval FILE --json` on every dev set in the evaluation folder
(`../shared/eval/*.jsonl` next to the checkout, or $EVENTWIRE_EVAL_DIR; the data
are read there and never copied into the repository), takes the benchmark
figures from bench/results/latest.json when that file is newer than the current
commit (else runs bench/run_all.py with the default corpus), and writes one
Markdown page with the date, the commit, and each figure next to the target the
issues set for it.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from run_all import DEFAULT_OUT as BENCH_JSON  # noqa: E402
from run_all import TABLE_HEADERS, table_rows  # noqa: E402

PAGE = ROOT / "docs" / "EVALUATION.md"
EVAL_TIMEOUT_S = 1800
DEFAULT_SENTENCES = 100_000

# Metric rows per gold kind: (label, path into the system's "metrics" object).
# A path ending in a PRF part (precision/recall/f1) or a Ratio shows its counts too.
ROWS: dict[str, list[tuple[str, str]]] = {
    "events": [
        ("detection, type level: precision", "detection.type.precision"),
        ("detection, type level: recall", "detection.type.recall"),
        ("detection, type level: F1", "detection.type.f1"),
        ("detection, sub-type level: precision", "detection.sub_type.precision"),
        ("detection, sub-type level: recall", "detection.sub_type.recall"),
        ("detection, sub-type level: F1", "detection.sub_type.f1"),
        ("accuracy event_type (aligned pairs)", "fields.event_type"),
        ("accuracy sub_event_type", "fields.sub_event_type"),
        ("accuracy actor1", "fields.actor1"),
        ("accuracy actor2", "fields.actor2"),
        ("accuracy admin1", "fields.admin1"),
        ("accuracy event_date", "fields.event_date"),
        ("accuracy fatalities, exact", "fields.fatalities_exact"),
        ("accuracy fatalities, within tolerance", "fields.fatalities_tolerance"),
        ("location within 10 km", "fields.location_10km"),
        ("location within 25 km", "fields.location_25km"),
        ("location within 50 km", "fields.location_50km"),
        ("share with coordinates", "fields.with_coordinates"),
        ("median location error (km)", "median_km"),
    ],
    "labels": [
        ("accuracy (sub_event_type)", "accuracy"),
        ("macro-F1", "macro_f1"),
        ("event_type accuracy", "event_type_accuracy"),
        ("weighted F1, 25 ACLED classes", "weighted_f1_acled25"),
        ("weighted F1, all classes", "weighted_f1_all"),
        ("relevance precision", "relevance.precision"),
        ("relevance recall", "relevance.recall"),
    ],
    "toponyms": [
        ("recognition precision (overlap)", "recognition.precision"),
        ("recognition recall (overlap)", "recognition.recall"),
        ("recognition F1 (overlap)", "recognition.f1"),
        ("recognition F1 (strict)", "strict.f1"),
        ("accuracy@161 km, found toponyms", "resolution.acc_161km"),
        ("accuracy@25 km, found toponyms", "resolution.acc_25km"),
        ("median error (km), found toponyms", "resolution.median_km"),
        ("GeoNames id accuracy, found toponyms", "resolution.geonameid"),
        ("accuracy@161 km, end to end", "end_to_end.acc_161km"),
        ("accuracy@25 km, end to end", "end_to_end.acc_25km"),
        ("GeoNames id accuracy, end to end", "end_to_end.geonameid"),
    ],
    "plover": [
        ("event rate, all records", "event_rate"),
        ("event rate, FIGHT/ASSAULT/COERCE/PROTEST", "event_rate_acled_like"),
        ("event rate, other categories", "event_rate_other"),
        ("source actor ~ actor1", "source_actor"),
        ("target actor ~ actor2", "target_actor"),
        ("location", "location"),
        ("dead", "dead"),
    ],
}

# The targets the issues set: (file name prefix, metric path) -> (">=" or "<=", value, issue).
TARGETS: dict[tuple[str, str], tuple[str, float, str]] = {
    ("acled-2020", "detection.type.f1"): (">=", 0.92, "#2"),
    ("acled-2020", "detection.sub_type.f1"): (">=", 0.88, "#2"),
    ("acled-2020", "fields.event_date"): (">=", 0.97, "#2"),
    ("acled-2020", "fields.fatalities_exact"): (">=", 0.93, "#2"),
    ("acled-2020", "fields.admin1"): (">=", 0.85, "#4"),
    ("acled-2020", "fields.location_25km"): (">=", 0.80, "#4"),
    ("case2021", "weighted_f1_acled25"): (">=", 0.80, "#10"),
    ("case2021", "relevance.precision"): (">=", 0.95, "#10"),
    ("case2021", "relevance.recall"): (">=", 0.95, "#10"),
    ("muc4", "detection.type.f1"): (">=", 0.68, "#10"),
    ("muc4", "detection.type.precision"): (">=", 0.65, "#10"),
    ("muc4", "detection.sub_type.f1"): (">=", 0.62, "#10"),
    ("muc4", "fields.event_date"): (">=", 0.88, "#10"),
    ("muc4", "fields.fatalities_exact"): (">=", 0.75, "#10"),
    ("muc4", "fields.location_25km"): (">=", 0.65, "#10"),
    **{(name, path): target for name in ("lgl", "gwn") for path, target in (
        ("recognition.f1", (">=", 0.75, "#4")),
        ("resolution.acc_161km", (">=", 0.85, "#4")),
        ("end_to_end.acc_161km", (">=", 0.65, "#4")),
    )},
}
SPEED_TARGETS = {   # (stage, mode) -> (">=" sentences/s or "<=" seconds, value, issue)
    ("e2e", "one"): (">=", 2000.0, "#2"),
    ("geo", "one"): (">=", 20000.0, "#4"),
    ("gazetteer_load", "one"): ("<=", 2.0, "#4"),
}
REAL_SPEED_TARGETS = {   # the same on the real-text mix of ../shared/eval
    ("e2e", "one"): (">=", 3000.0, "#9"),
}
REAL_MEMORY_LIMIT_MB = (1024.0, "#9")   # peak RSS of the end-to-end run on real text
KIND_NAMES = {"events": "event gold", "labels": "single-category snippets", "toponyms": "toponym gold",
              "plover": "PLOVER gold"}


# -- gathering ----------------------------------------------------------------------

def git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    except OSError:
        return ""


def eval_dir(arg: str | None) -> Path:
    return Path(arg or os.environ.get("EVENTWIRE_EVAL_DIR") or ROOT.parent / "shared" / "eval")


def eventwire_command() -> list[str]:
    script = Path(sys.executable).with_name("eventwire")
    return [str(script)] if script.exists() else [sys.executable, "-m", "eventwire.cli.main"]


def run_eval(path: Path) -> dict[str, Any]:
    """`eventwire eval PATH --json`; the parsed object, or the failure in words."""
    print(f"eval {path.name} ...", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    try:
        proc = subprocess.run([*eventwire_command(), "eval", str(path), "--json"], capture_output=True, text=True,
                              timeout=EVAL_TIMEOUT_S, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return {"path": str(path), "error": f"timed out after {EVAL_TIMEOUT_S} s"}
    entry: dict[str, Any] = {"path": str(path), "seconds": time.perf_counter() - t0, "exit": proc.returncode}
    try:
        entry["report"] = json.loads(proc.stdout)
    except json.JSONDecodeError:
        entry["error"] = (proc.stderr.strip() or proc.stdout.strip() or f"exit {proc.returncode}")[-600:]
        return entry
    if proc.returncode != 0:
        entry["warning"] = proc.stderr.strip()[-600:]
    return entry


def bench_results(rerun: bool, skip: bool) -> tuple[dict | None, str]:
    """The benchmark JSON: reused when newer than HEAD's commit and run on the default corpus."""
    if skip:
        if BENCH_JSON.exists():
            return json.loads(BENCH_JSON.read_text(encoding="utf-8")), "reused (--skip-bench)"
        return None, "not run (--skip-bench and no earlier results)"
    if not rerun and BENCH_JSON.exists():
        data = json.loads(BENCH_JSON.read_text(encoding="utf-8"))
        head_time = int(git("log", "-1", "--format=%ct") or 0)
        fresh = BENCH_JSON.stat().st_mtime > head_time
        full = data.get("corpus", {}).get("sentences", 0) >= DEFAULT_SENTENCES
        if fresh and full:
            return data, "reused: bench/results/latest.json is newer than the commit"
    print("running the benchmark (bench/run_all.py) ...", file=sys.stderr, flush=True)
    proc = subprocess.run([sys.executable, str(HERE / "run_all.py")], cwd=ROOT)
    if proc.returncode != 0 or not BENCH_JSON.exists():
        return None, f"bench/run_all.py failed (exit {proc.returncode})"
    return json.loads(BENCH_JSON.read_text(encoding="utf-8")), "run now"


# -- formatting ---------------------------------------------------------------------

def lookup(data: dict, path: str) -> Any:
    parts = path.split(".")
    node: Any = data
    for part in parts[:-1]:
        node = (node or {}).get(part)
    if node is None:
        return None
    if not isinstance(node, dict):
        return None
    last = node.get(parts[-1])
    if parts[-1] not in ("precision", "recall"):
        return last
    precision = parts[-1] == "precision"
    if "tp" in node:              # a PRF: show the counts behind it
        return {"value": last, "right": node["tp"], "total": node["predicted" if precision else "gold"]}
    if "both_event" in node:      # relevance
        return {"value": last, "right": node["both_event"],
                "total": node["system_event" if precision else "gold_event"]}
    return last


def value_of(cell: Any) -> float | None:
    return cell.get("value") if isinstance(cell, dict) else cell


def fmt_cell(cell: Any, path: str) -> str:
    value = value_of(cell)
    if value is None:
        return "n/a"
    text = f"{value:.1f}" if path.endswith("median_km") else f"{value:.3f}"
    if isinstance(cell, dict) and cell.get("total") is not None:
        text += f" ({cell['right']}/{cell['total']})"
    return text


def judge(value: float | None, target: tuple[str, float, str] | None) -> str:
    if target is None:
        return ""
    op, bound, issue = target
    wanted = f"{'≥' if op == '>=' else '≤'} {bound:g} ({issue})"
    if value is None:
        return f"{wanted}: n/a"
    met = value >= bound if op == ">=" else value <= bound
    return f"{wanted}: {'met' if met else '**not met**'}"


def md_table(headers: list[str], rows: list[list[str]]) -> str:
    esc = lambda s: " ".join(str(s).split()).replace("|", "\\|")  # noqa: E731
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(esc(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def file_section(entry: dict, checks: list[list[str]]) -> str:
    """The tables of one gold file; each figure with a target is also added to `checks`."""
    name = Path(entry["path"]).name
    if "error" in entry:
        return f"### `{name}`\n\n`eventwire eval` failed on this file: {entry['error']}\n"
    parts = []
    for f in entry["report"].get("files", []):
        kind = f.get("kind", "")
        systems = f.get("systems", [])
        prefix = next((p for p, _ in TARGETS if name.startswith(p)), None)
        headers = ["metric", *[s["system"] for s in systems], "target"]
        rows = []
        for label, path in ROWS.get(kind, []):
            cells = [lookup(s["metrics"], path) for s in systems]
            target = TARGETS.get((prefix, path)) if prefix else None
            verdict = judge(value_of(cells[0]) if cells else None, target)
            rows.append([label, *[fmt_cell(c, path) for c in cells], verdict])
            if target is not None and cells:
                checks.append([f"`{name}`: {label}", fmt_cell(cells[0], path), verdict])
        head = f"### `{name}` ({KIND_NAMES.get(kind, kind)}, {f.get('docs')} documents)\n"
        notes = []
        for s in systems:
            m = s.get("metrics", {})
            if kind == "events":
                notes.append(f"{m.get('gold_events')} gold events, {m.get('predicted_events')} predicted, "
                             f"{m.get('aligned_pairs')} aligned pairs")
            elif kind == "toponyms":
                notes.append(f"{m.get('gold_toponyms')} gold toponyms, {m.get('predicted_toponyms')} predicted")
            if s.get("failed_docs"):
                notes.append(f"{s['failed_docs']} documents failed and count as nothing found "
                             f"(first: {s['failures'][0]['error'][:160] if s.get('failures') else '?'})")
            if s.get("seconds"):
                notes.append(f"{s['system']} ran in {s['seconds']:.1f} s")
        parts.append(head + "\n" + ("; ".join(notes) + ".\n\n" if notes else "") + md_table(headers, rows) + "\n")
    return "\n".join(parts)


def speed_section(bench: dict | None, how: str, summary: list[list[str]]) -> str:
    if bench is None:
        return f"No benchmark figures: {how}.\n"
    corpus = bench.get("corpus", {})
    m = bench.get("machine", {})
    lines = [
        f"Benchmark {how}; measured {bench.get('generated_at')} at commit `{bench.get('commit')}` "
        f"on {m.get('cpus')} CPUs ({m.get('cpu_model') or 'unknown model'}), Python {m.get('python')}. "
        f"Load average before/after: {bench['load_average_before'][0]:.2f} / {bench['load_average_after'][0]:.2f} "
        "(the machine is shared: when it is above the number of CPUs, wall-clock figures are pessimistic; "
        "the sentences per CPU-second column shows the cost of the work itself).",
        "",
    ]
    if bench.get("results"):
        lines += [
            f"Corpus (bench/corpus.py, seed {corpus.get('seed')}): {corpus.get('sentences', 0):,} sentences in "
            f"{corpus.get('articles', 0):,} synthetic wire reports, {corpus.get('event_share', 0):.1%} of sentences "
            "report an event. One core: each stage in a fresh process under `taskset -c 0`; all cores: a forked "
            "pool over batches (the CLI: one process per shard of the batch files). Peak RSS is ru_maxrss of the "
            "measuring process (stage rows include the loaded input batch; the CLI rows the whole process).",
            "",
            md_table(TABLE_HEADERS, table_rows(bench["results"])),
            "",
        ]
    else:
        lines += ["The generated corpus was not measured in this run (`bench/run_all.py --real-only`).", ""]
    real = bench.get("real")
    if real:     # the real-text mix of ../shared/eval (bench/real_corpus.py), when it was measured
        rc = real["corpus"]
        lines += [
            f"Real text ({', '.join(rc.get('sources', []))}): {rc['sentences']:,} sentences (counted by "
            f"bench/real_corpus.py's rule) in {rc['articles']:,} reports, {rc['bytes'] / 1e6:.1f} MB.",
            "",
            md_table(TABLE_HEADERS, table_rows(real["results"])),
            "",
        ]
    speed_checks(bench.get("results", []), SPEED_TARGETS, "", summary)
    if real:
        speed_checks(real["results"], REAL_SPEED_TARGETS, ", real text", summary)
        for r in real["results"]:
            if r["stage"] == "e2e" and r["mode"] == "one" and not r.get("error"):
                limit, issue = REAL_MEMORY_LIMIT_MB
                met = r["peak_rss_mb"] <= limit
                summary.append(["peak RSS, end to end, real text (MB)", f"{r['peak_rss_mb']:,.0f}",
                                f"≤ {limit:g} ({issue}): {'met' if met else '**not met**'}"])
    for name, extra in (bench.get("extras") or {}).items():
        body = f"FAILED: {extra['error']}" if extra.get("error") else extra.get("output_tail", "")[-2000:]
        lines += [f"`{extra.get('script', name)}`:", "", "```", body.strip(), "```", ""]
    return "\n".join(lines)


def speed_checks(results: list[dict], targets: dict, what: str, summary: list[list[str]]) -> None:
    """Add each measured stage that has a target to the at-a-glance rows."""
    for r in results:
        target = targets.get((r["stage"], r["mode"]))
        if target is None:
            continue
        if r["stage"] == "gazetteer_load":
            label, value, cpu = "gazetteer cold load (s)", r.get("seconds"), None
        else:
            label = "end to end, one core" if r["stage"] == "e2e" else "geocoding, one core"
            label += f"{what} (sentences/s)"
            value, cpu = r.get("sentences_per_s"), r.get("cpu_sentences_per_s")
        if r.get("error"):
            value = cpu = None
        shown = "n/a" if value is None else f"{value:,.2f}" if r["stage"] == "gazetteer_load" else f"{value:,.0f}"
        cpu_note = "" if cpu is None else f"; per CPU-second {cpu:,.0f}: {judge(cpu, target).split(': ')[-1]}"
        summary.append([label, shown, judge(value, target) + cpu_note])


def render(evals: list[dict], folder: Path, bench: dict | None, how: str) -> str:
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = " (with uncommitted changes)" if git("status", "--porcelain", "--untracked-files=no") else ""
    out = [
        "# Evaluation figures",
        "",
        f"Generated by `make figures` on {now} at commit `{commit}`{dirty}. Do not edit by hand: "
        "run `make figures` again (`bench/figures.py`).",
        "",
        "To reproduce a part: `eventwire eval ../shared/eval/*.jsonl` (add `--errors 10` for wrong cases side "
        "by side), `make bench` (the benchmark suite, about five minutes on two cores) or "
        "`python bench/run_all.py --quick` (a 20,000-sentence corpus).",
        "",
    ]
    checks: list[list[str]] = []
    body: list[str] = []
    folder = Path(os.path.relpath(folder, ROOT)) if folder.is_absolute() else folder
    if not evals:
        body += [f"No dev sets found in `{folder}`: the evaluation data are not part of the repository and were "
                 "absent when this page was made, so no accuracy figures are shown. Put the gold files there (or "
                 "set `EVENTWIRE_EVAL_DIR`) and run `make figures`.", ""]
    else:
        body += [f"`eventwire eval FILE --json` on each file of `{folder}` (the metrics are defined in that "
                 "folder's README). Counts in brackets are right/total; \"n/a\" means undefined (nothing to "
                 "count). Targets are those of the issues named.", ""]
        body += [file_section(entry, checks) for entry in evals]
    body += ["## Speed and memory", "", speed_section(bench, how, checks)]
    if checks:
        met = sum(1 for c in checks if c[2].endswith(": met") or ": met;" in c[2])
        out += [f"### At a glance: {met} of {len(checks)} targets met", "",
                md_table(["figure", "measured", "target"], checks), ""]
    out += ["## Accuracy on the dev sets", ""] + body
    return "\n".join(out).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", help="folder of gold .jsonl files (default ../shared/eval)")
    parser.add_argument("--rerun-bench", action="store_true", help="run the benchmark even if recent results exist")
    parser.add_argument("--skip-bench", action="store_true", help="use whatever benchmark results exist")
    parser.add_argument("--out", type=Path, default=PAGE)
    args = parser.parse_args(argv)
    folder = eval_dir(args.eval_dir)
    files = sorted(folder.glob("*.jsonl")) if folder.is_dir() else []
    evals = [run_eval(path) for path in files]
    bench, how = bench_results(args.rerun_bench, args.skip_bench)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(evals, folder, bench, how), encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    for entry in evals:
        status = entry.get("error") or f"{entry.get('seconds', 0):.0f} s"
        print(f"  {Path(entry['path']).name}: {status}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
