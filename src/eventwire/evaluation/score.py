"""Scoring one system's predictions against one gold file, whatever the gold's kind.

Predictions follow the README's rules: a document with no line found nothing,
ids not in the gold are ignored, repeated ids were pooled when read.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .gold import EVENTS, LABELS, PLOVER, TOPONYMS, GoldSet
from .metrics_events import EventMetrics, score_events
from .metrics_labels import LabelMetrics, score_labels
from .metrics_plover import PloverMetrics, score_plover
from .metrics_toponyms import ToponymMetrics, score_toponyms
from .runner import Predictions, SystemRun

Metrics = EventMetrics | LabelMetrics | PloverMetrics | ToponymMetrics


@dataclass
class SystemScore:
    """One system on one gold file."""

    system: str
    metrics: Metrics
    failures: list[tuple[str, str]]
    seconds: float | None = None
    unknown_ids: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"system": self.system, "headline": headline(self.metrics), "metrics": self.metrics.to_dict(),
                "failed_docs": len(self.failures), "failures": [{"id": i, "error": m} for i, m in self.failures[:20]],
                "seconds": self.seconds, "ignored_prediction_ids": self.unknown_ids}


def headline(metrics: Metrics) -> dict[str, float | None]:
    """The few figures a summary page shows for this kind of gold (None = undefined)."""
    if isinstance(metrics, EventMetrics):
        return {"type_f1": metrics.detection_type.f1, "sub_type_f1": metrics.detection_sub_type.f1,
                "type_precision": metrics.detection_type.precision, "type_recall": metrics.detection_type.recall,
                **{(f"{name}_share" if name == "with_coordinates" else f"{name}_accuracy"): r.value
                   for name, r in metrics.fields.items()},
                "median_km": metrics.median_km}
    if isinstance(metrics, LabelMetrics):
        return {"accuracy": metrics.accuracy.value, "macro_f1": metrics.macro_f1,
                "event_type_accuracy": metrics.event_type_accuracy.value,
                "weighted_f1_acled25": metrics.weighted_f1_acled, "weighted_f1_all": metrics.weighted_f1_all,
                "relevance_precision": metrics.relevance.precision, "relevance_recall": metrics.relevance.recall}
    if isinstance(metrics, ToponymMetrics):
        return {"recognition_f1": metrics.recognition.f1, "strict_f1": metrics.strict.f1,
                "acc_161km": metrics.acc_161.value, "acc_25km": metrics.acc_25.value, "median_km": metrics.median_km,
                "geonameid_accuracy": metrics.geonameid.value, "e2e_acc_161km": metrics.e2e_161.value,
                "e2e_acc_25km": metrics.e2e_25.value, "e2e_geonameid_accuracy": metrics.e2e_geonameid.value}
    return {"event_rate": metrics.event_rate.value, "event_rate_acled_like": metrics.event_rate_acled_like.value,
            "event_rate_other": metrics.event_rate_other.value, "source_actor": metrics.source_actor.value,
            "location": metrics.location.value, "dead": metrics.dead.value}


def score(gold: GoldSet, predictions: Predictions) -> Metrics:
    """The metrics for this gold's kind."""
    def pred(doc_id: str) -> list[dict[str, Any]]:
        return predictions.get(doc_id, [])

    if gold.kind == EVENTS:
        return score_events([(d.events, d.in_scope(pred(d.id))) for d in gold.docs])
    if gold.kind == LABELS:
        return score_labels([(d.answer, pred(d.id)) for d in gold.docs])
    if gold.kind == TOPONYMS:
        return score_toponyms([(d.toponyms, pred(d.id)) for d in gold.docs])
    if gold.kind == PLOVER:
        return score_plover([(d.plover, pred(d.id)) for d in gold.docs])
    raise ValueError(f"unknown gold kind {gold.kind!r}")


def score_run(gold: GoldSet, run: SystemRun) -> SystemScore:
    known = {d.id for d in gold.docs}
    unknown = sum(1 for doc_id in run.predictions if doc_id not in known)
    return SystemScore(run.name, score(gold, run.predictions), run.failures, run.seconds, unknown)
