"""Accuracy against gold data coded by others (`eventwire eval`).

    gold = read_gold("acled-2020-dev.jsonl")             # kind told by the fields present
    result = evaluate_file(gold, pred_paths=["other.jsonl"])
    print(file_report(result.gold, result.scores))

The metric definitions are those of the evaluation README (alignment, detection,
field accuracy, single-category, PLOVER and toponym figures); each lives in
its own module as pure functions over plain prediction dictionaries.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from .gold import EVENTS, LABELS, PLOVER, TOPONYMS, GoldSet, read_gold, read_predictions
from .runner import SystemRun, run_system
from .score import SystemScore, score, score_run

__all__ = ["EVENTS", "LABELS", "PLOVER", "TOPONYMS", "FileResult", "GoldSet", "SystemRun", "SystemScore",
           "evaluate_file", "evaluate_paths", "pred_run", "read_gold", "read_predictions", "run_system", "score",
           "score_run"]


@dataclass
class FileResult:
    """Every system's predictions and scores on one gold file."""

    gold: GoldSet
    runs: list[SystemRun] = field(default_factory=list)
    scores: list[SystemScore] = field(default_factory=list)


def system_name(path: str | Path, taken: Sequence[str] = ()) -> str:
    """A short column name for a predictions file: its stem, made unique."""
    name = Path(path).stem or str(path)
    base, n = name, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    return name


def pred_run(gold: GoldSet, path: str | Path, name: str | None = None) -> SystemRun:
    """Another system's predictions read from a file, as a run."""
    return SystemRun(name or system_name(path), read_predictions(path, gold.kind))


def evaluate_file(gold: GoldSet, pred_paths: Sequence[str | Path] = (), run_eventwire: bool | None = None,
                  pipeline=None, progress: Callable[[int], None] | None = None) -> FileResult:
    """Score eventwire (run live, the default when no predictions are given) and/or prediction files."""
    if run_eventwire is None:
        run_eventwire = not pred_paths
    result = FileResult(gold)
    if run_eventwire:
        result.runs.append(run_system(gold, pipeline=pipeline, progress=progress))
    for path in pred_paths:
        result.runs.append(pred_run(gold, path, system_name(path, [r.name for r in result.runs])))
    result.scores = [score_run(gold, run) for run in result.runs]
    return result


def evaluate_paths(gold_paths: Sequence[str | Path], pred_paths: Sequence[str | Path] = (),
                   run_eventwire: bool | None = None) -> dict:
    """The `eventwire eval --json` object for several gold files (what a figures page reads)."""
    from .report import json_report

    results = [evaluate_file(read_gold(path), pred_paths, run_eventwire) for path in gold_paths]
    return json_report([(r.gold, r.scores) for r in results])
