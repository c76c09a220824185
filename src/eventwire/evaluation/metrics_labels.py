"""Scores for single-category gold: one expected answer per snippet.

The system's answer is the sub_event_type of its first event, or "no event".
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from ..codebook import PARENT_TYPE, SUB_EVENT_TYPES
from .compare import norm_label
from .gold import NO_EVENT
from .ratio import PRF, Ratio, mean, ratio

_ACLED = {norm_label(s) for s in SUB_EVENT_TYPES}
_PARENT = {norm_label(s): t for s, t in PARENT_TYPE.items()}
_NO_EVENT = norm_label(NO_EVENT)


def system_answer(pred: Sequence[Mapping[str, Any]]) -> str:
    """The first predicted event's sub_event_type, or "no event" when there is none."""
    return str(pred[0].get("sub_event_type") or "") if pred else NO_EVENT


def system_type(pred: Sequence[Mapping[str, Any]]) -> str:
    return str(pred[0].get("event_type") or "") if pred else NO_EVENT


def expected_type(answer: str) -> str:
    key = norm_label(answer)
    return NO_EVENT if key == _NO_EVENT else _PARENT.get(key, answer)


@dataclass(frozen=True)
class ClassRow:
    label: str
    gold: int
    answered: int
    right: int

    @property
    def scores(self) -> PRF:
        return PRF(self.right, self.answered, self.gold)

    @property
    def f1(self) -> float:
        return self.scores.f1 or 0.0   # 0 if nothing right; a gold class always has gold > 0

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, **self.scores.to_dict()}


def class_rows(pairs: Sequence[tuple[str, str]]) -> list[ClassRow]:
    """Per gold class (in the given set): gold count, answered with it, right."""
    gold: Counter[str] = Counter()
    answered: Counter[str] = Counter()
    right: Counter[str] = Counter()
    names: dict[str, str] = {}
    for expected, answer in pairs:
        e, a = norm_label(expected), norm_label(answer)
        names.setdefault(e, expected)
        gold[e] += 1
        answered[a] += 1
        right[e] += e == a
    return [ClassRow(names[k], gold[k], answered[k], right[k]) for k in sorted(gold)]


def weighted_f1(rows: Sequence[ClassRow]) -> float | None:
    total = sum(r.gold for r in rows)
    return sum(r.f1 * r.gold for r in rows) / total if total else None


@dataclass
class LabelMetrics:
    docs: int
    accuracy: Ratio
    macro_f1: float | None
    event_type_accuracy: Ratio
    weighted_f1_acled: float | None
    acled_docs: int
    weighted_f1_all: float | None
    relevance: PRF
    classes: list[ClassRow] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "docs": self.docs, "accuracy": self.accuracy.to_dict(), "macro_f1": self.macro_f1,
            "event_type_accuracy": self.event_type_accuracy.to_dict(),
            "weighted_f1_acled25": self.weighted_f1_acled, "acled25_docs": self.acled_docs,
            "weighted_f1_all": self.weighted_f1_all,
            "relevance": {"precision": self.relevance.precision, "recall": self.relevance.recall,
                          "f1": self.relevance.f1, "both_event": self.relevance.tp,
                          "system_event": self.relevance.n_pred, "gold_event": self.relevance.n_gold},
            "classes": [r.to_dict() for r in self.classes],
        }


def score_labels(docs: Sequence[tuple[str, Sequence[Mapping[str, Any]]]]) -> LabelMetrics:
    """Score (expected answer, predicted events) per document."""
    answers = [(expected, system_answer(pred)) for expected, pred in docs]
    types = [(expected_type(expected), system_type(pred)) for expected, pred in docs]
    rows = class_rows(answers)
    acled = [(e, a) for e, a in answers if norm_label(e) in _ACLED]
    gold_event = [norm_label(e) != _NO_EVENT for e, _ in answers]
    system_event = [bool(pred) for _, pred in docs]
    return LabelMetrics(
        docs=len(docs),
        accuracy=ratio(sum(norm_label(e) == norm_label(a) for e, a in answers), len(answers)),
        macro_f1=mean(r.f1 for r in rows),
        event_type_accuracy=ratio(sum(norm_label(e) == norm_label(a) for e, a in types), len(types)),
        weighted_f1_acled=weighted_f1(class_rows(acled)),
        acled_docs=len(acled),
        weighted_f1_all=weighted_f1(rows),
        relevance=PRF(sum(g and s for g, s in zip(gold_event, system_event)), sum(system_event), sum(gold_event)),
        classes=rows,
    )
