"""`eventwire eval GOLD.jsonl...`: accuracy against gold data, as tables or one JSON object.

A thin skin over `eventwire.evaluation`; only this module draws the progress bar
and turns errors into exit codes.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import EventwireError

HELP = """Score eventwire (or another system's predictions) against gold data.

Reads every gold format of the evaluation README (event gold, single-category
snippets, toponym gold, PLOVER gold; the kind is told by the fields present),
runs the pipeline on each document, or reads --pred files instead, and prints
the metrics per file.
"""


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


def _progress(total: int, label: str):
    from tqdm import tqdm

    return tqdm(total=total, desc=label, unit="doc", file=sys.stderr, leave=False, disable=None)


def eval_command(
    gold: List[Path] = typer.Argument(..., help="Gold JSONL files (e.g. ../shared/eval/*.jsonl).", metavar="GOLD",
                                   show_default=False),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead of tables."),
    errors: int = typer.Option(0, "--errors", min=0, help="List N wrong cases per file, gold and output side by side."),
    pred: Optional[List[Path]] = typer.Option(
        None, "--pred", help="Score this predictions file instead of running eventwire; repeat to compare systems."),
    also_run: bool = typer.Option(False, "--also-run",
                                  help="With --pred: run eventwire too and show it in the same table."),
    write_pred: Optional[Path] = typer.Option(
        None, "--write-pred", help="Write eventwire's predictions to this JSONL file (readable by --pred)."),
) -> None:
    """Score eventwire or a predictions file against gold data."""
    from ..evaluation import evaluate_file, read_gold
    from ..evaluation.cases import error_cases, render_case
    from ..evaluation.report import file_report, json_report

    pred = list(pred or [])
    missing = [p for p in gold if not p.is_file()]
    if missing:
        _fail(f"gold data not found: {', '.join(map(str, missing))} (the evaluation data live in ../shared/eval/; "
              "pass existing .jsonl files)", 2)
    missing_pred = [p for p in pred if not p.is_file()]
    if missing_pred:
        _fail(f"predictions not found: {', '.join(map(str, missing_pred))}", 2)
    run_eventwire = also_run or not pred
    if write_pred is not None and not run_eventwire:
        _fail("--write-pred writes eventwire's own predictions: add --also-run or drop --pred", 2)

    results = []
    cases: dict[str, list] = {}
    try:
        golds = [read_gold(path) for path in gold]
        for g in golds:
            bar = _progress(len(g.docs), Path(g.path).name) if run_eventwire else None
            try:
                result = evaluate_file(g, pred, run_eventwire=run_eventwire, progress=bar.update if bar else None)
            finally:
                if bar is not None:
                    bar.close()
            results.append(result)
            if errors:
                cases[g.path] = [(run.name, error_cases(g, run.predictions, errors)) for run in result.runs]
    except EventwireError as exc:
        _fail(str(exc))

    if write_pred is not None:
        _write_predictions(write_pred, results)

    if as_json:
        err_json = {path: {name: [c.to_dict() for c in found] for name, found in per_run}
                    for path, per_run in cases.items()}
        typer.echo(json.dumps(json_report([(r.gold, r.scores) for r in results], err_json), indent=2))
    else:
        blocks = []
        for r in results:
            block = file_report(r.gold, r.scores)
            for name, found in cases.get(r.gold.path, []):
                title = f"wrong cases ({name}, first {errors})"
                block += f"\n\n{title}\n" + ("\n".join(render_case(c) for c in found) if found else "(none)")
            blocks.append(block)
        typer.echo("\n\n".join(blocks))
    failed = [s for r in results for s in r.scores if s.failures and len(s.failures) == len(r.gold.docs)]
    if failed:
        _fail(f"every document failed in {len(failed)} run(s); first error: {failed[0].failures[0][1]}")


def _write_predictions(path: Path, results) -> None:
    from ..evaluation.gold import TOPONYMS

    try:
        with path.open("w", encoding="utf-8") as out:
            for r in results:
                field = "toponyms" if r.gold.kind == TOPONYMS else "events"
                run = next(run for run in r.runs if run.name == "eventwire")
                for doc in r.gold.docs:
                    out.write(json.dumps({"id": doc.id, field: run.predictions.get(doc.id, [])}, ensure_ascii=False)
                              + "\n")
    except OSError as exc:
        _fail(f"cannot write predictions to {path}: {exc.strerror}")


def register(app: typer.Typer) -> None:
    app.command("eval", help=HELP)(eval_command)
