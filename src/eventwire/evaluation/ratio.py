"""Counts and the ratios made from them; a zero denominator gives None (undefined), never 0 or 1."""
from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Any, Iterable


@dataclass(frozen=True)
class Ratio:
    """`right` out of `total`, kept as counts so that reports can show both."""

    right: int
    total: int

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "right": self.right, "total": self.total}


def ratio(right: int, total: int) -> Ratio:
    return Ratio(int(right), int(total))


def harmonic_f1(tp: int, n_pred: int, n_gold: int) -> float | None:
    """F1 from counts: 0 when nothing is right, None when there is nothing to score at all."""
    if n_pred == 0 and n_gold == 0:
        return None
    if tp == 0:
        return 0.0
    return 2 * tp / (n_pred + n_gold)


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 from true positives, predicted and gold counts."""

    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float | None:
        return self.tp / self.n_pred if self.n_pred else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.n_gold if self.n_gold else None

    @property
    def f1(self) -> float | None:
        return harmonic_f1(self.tp, self.n_pred, self.n_gold)

    def to_dict(self) -> dict[str, Any]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "tp": self.tp, "predicted": self.n_pred, "gold": self.n_gold}


def median(values: Iterable[float]) -> float | None:
    values = list(values)
    return statistics.median(values) if values else None


def mean(values: Iterable[float]) -> float | None:
    values = list(values)
    return sum(values) / len(values) if values else None
