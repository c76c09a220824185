"""Scores for event gold: detection, field accuracy over aligned pairs, confusions.

Counts are pooled over all documents before dividing (micro-averaging).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from ..codebook import SUB_EVENT_TYPES
from .align import Pair, align
from .compare import (actor_match, coords, fatalities_exact, fatalities_within_tolerance, haversine_km, norm_label,
                      norm_name, same_date, same_label, same_name)
from .ratio import PRF, Ratio, median, ratio

TOP_CONFUSIONS = 15
DISTANCES_KM = (10, 25, 50)
FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "admin1", "event_date",
          "fatalities_exact", "fatalities_tolerance", "location_10km", "location_25km", "location_50km",
          "with_coordinates")
_CANONICAL = {norm_label(s): s for s in SUB_EVENT_TYPES}

Event = Mapping[str, Any]


def canonical_sub_type(value: Any) -> str:
    """ACLED's spelling of a sub-type when it is one, else the label as written (stripped)."""
    key = norm_label(value)
    return _CANONICAL.get(key, " ".join(str(value or "").split()))


@dataclass(frozen=True)
class SubTypeRow:
    sub_event_type: str
    gold: int
    predicted: int
    both: int

    @property
    def scores(self) -> PRF:
        return PRF(self.both, self.predicted, self.gold)

    def to_dict(self) -> dict[str, Any]:
        return {"sub_event_type": self.sub_event_type, **self.scores.to_dict()}


@dataclass
class EventMetrics:
    docs: int
    gold_events: int
    predicted_events: int
    aligned_pairs: int
    detection_type: PRF
    detection_sub_type: PRF
    fields: dict[str, Ratio]
    median_km: float | None
    confusions: list[tuple[str, str, int]] = field(default_factory=list)
    per_sub_type: list[SubTypeRow] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "docs": self.docs, "gold_events": self.gold_events, "predicted_events": self.predicted_events,
            "aligned_pairs": self.aligned_pairs,
            "detection": {"type": self.detection_type.to_dict(), "sub_type": self.detection_sub_type.to_dict()},
            "fields": {name: r.to_dict() for name, r in self.fields.items()},
            "median_km": self.median_km,
            "confusions": [{"gold": g, "predicted": p, "count": n} for g, p, n in self.confusions],
            "per_sub_type": [row.to_dict() for row in self.per_sub_type],
        }


def field_checks(gold: Event, pred: Event) -> dict[str, bool | None]:
    """For one aligned pair: each field right (True), wrong (False) or not counted (None)."""
    checks: dict[str, bool | None] = {
        "event_type": same_label(gold.get("event_type"), pred.get("event_type")),
        "sub_event_type": same_label(gold.get("sub_event_type"), pred.get("sub_event_type")),
        "actor1": actor_match(gold.get("actor1"), pred.get("actor1")),
        "actor2": actor_match(gold.get("actor2"), pred.get("actor2")),
        "admin1": same_name(gold.get("admin1"), pred.get("admin1")) if norm_name(gold.get("admin1")) else None,
        "event_date": same_date(gold.get("event_date"), pred.get("event_date")) if gold.get("event_date") else None,
    }
    fatal_set = gold.get("fatalities") is not None
    checks["fatalities_exact"] = fatalities_exact(gold.get("fatalities"), pred.get("fatalities")) if fatal_set else None
    checks["fatalities_tolerance"] = (
        fatalities_within_tolerance(gold.get("fatalities"), pred.get("fatalities")) if fatal_set else None)
    gold_xy, pred_xy = coords(gold), coords(pred)
    distance = haversine_km(gold_xy, pred_xy) if gold_xy and pred_xy else None
    for km in DISTANCES_KM:
        checks[f"location_{km}km"] = (distance is not None and distance <= km) if gold_xy else None
    checks["with_coordinates"] = (pred_xy is not None) if gold_xy else None
    return checks


def score_events(docs: Sequence[tuple[Sequence[Event], Sequence[Event]]]) -> EventMetrics:
    """Score (gold events, predicted events) per document."""
    n_gold = n_pred = tp_type = tp_sub = n_pairs = 0
    right: Counter[str] = Counter()
    counted: Counter[str] = Counter()
    distances: list[float] = []
    confusions: Counter[tuple[str, str]] = Counter()
    gold_by_sub: Counter[str] = Counter()
    pred_by_sub: Counter[str] = Counter()
    both_by_sub: Counter[str] = Counter()
    for gold, pred in docs:
        n_gold += len(gold)
        n_pred += len(pred)
        gold_by_sub.update(canonical_sub_type(g.get("sub_event_type")) for g in gold)
        pred_by_sub.update(canonical_sub_type(p.get("sub_event_type")) for p in pred)
        for pair in align(gold, pred):
            g, p = gold[pair.gold], pred[pair.pred]
            n_pairs += 1
            tp_type += pair.same_type
            tp_sub += pair.same_sub_type
            g_sub, p_sub = canonical_sub_type(g.get("sub_event_type")), canonical_sub_type(p.get("sub_event_type"))
            if pair.same_sub_type:
                both_by_sub[g_sub] += 1
            else:
                confusions[(g_sub, p_sub)] += 1
            for name, ok in field_checks(g, p).items():
                if ok is not None:
                    counted[name] += 1
                    right[name] += ok
            g_xy, p_xy = coords(g), coords(p)
            if g_xy and p_xy:
                distances.append(haversine_km(g_xy, p_xy))
    top = sorted(confusions.items(), key=lambda item: (-item[1], item[0][0], item[0][1]))[:TOP_CONFUSIONS]
    rows = [SubTypeRow(sub, gold_by_sub[sub], pred_by_sub[sub], both_by_sub[sub]) for sub in sorted(gold_by_sub)]
    return EventMetrics(
        docs=len(docs), gold_events=n_gold, predicted_events=n_pred, aligned_pairs=n_pairs,
        detection_type=PRF(tp_type, n_pred, n_gold), detection_sub_type=PRF(tp_sub, n_pred, n_gold),
        fields={name: ratio(right[name], counted[name]) for name in FIELDS},
        median_km=median(distances),
        confusions=[(g, p, n) for (g, p), n in top],
        per_sub_type=rows,
    )


def doc_pairs(gold: Sequence[Event], pred: Sequence[Event]) -> list[Pair]:
    """The alignment of one document, for error listings."""
    return align(gold, pred)
