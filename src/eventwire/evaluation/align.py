"""One-to-one alignment of predicted with gold events inside a document.

Greedy on the README's pair score (sub-type 4, type 2, place 2, date 1); a pair
needs the same event_type or the same place. Ties go to the pair agreeing on
more of actor1, actor2, location name and exact fatalities, then to the smaller
distance, then to the earlier gold and the earlier predicted event.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from .compare import actor_match, distance_km, fatalities_exact, norm_name, same_date, same_label, same_place


@dataclass(frozen=True)
class Pair:
    gold: int                 # index into the document's gold events
    pred: int                 # index into its predicted events
    score: int
    agreements: int
    distance_km: float | None
    same_type: bool
    same_sub_type: bool
    same_place: bool


def _agreements(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> int:
    return (
        int(actor_match(gold.get("actor1"), pred.get("actor1")))
        + int(actor_match(gold.get("actor2"), pred.get("actor2")))
        + int(norm_name(gold.get("location")) == norm_name(pred.get("location")))
        + int(fatalities_exact(gold.get("fatalities"), pred.get("fatalities")))
    )


def candidate(gi: int, pi: int, gold: Mapping[str, Any], pred: Mapping[str, Any]) -> Pair | None:
    """The scored pair, or None when the two share neither event_type nor place."""
    same_type = same_label(gold.get("event_type"), pred.get("event_type"))
    place = same_place(gold, pred)
    if not (same_type or place):
        return None
    same_sub = same_label(gold.get("sub_event_type"), pred.get("sub_event_type"))
    score = 4 * same_sub + 2 * same_type + 2 * place + same_date(gold.get("event_date"), pred.get("event_date"))
    return Pair(gi, pi, score, _agreements(gold, pred), distance_km(gold, pred), same_type, same_sub, place)


def _order(pair: Pair) -> tuple:
    no_distance = pair.distance_km is None
    return (-pair.score, -pair.agreements, no_distance, 0.0 if no_distance else pair.distance_km, pair.gold, pair.pred)


def align(gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]]) -> list[Pair]:
    """Greedy one-to-one pairs, best first; returned in gold order."""
    candidates = [c for gi, g in enumerate(gold) for pi, p in enumerate(pred) if (c := candidate(gi, pi, g, p))]
    candidates.sort(key=_order)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[Pair] = []
    for c in candidates:
        if c.gold in used_gold or c.pred in used_pred:
            continue
        used_gold.add(c.gold)
        used_pred.add(c.pred)
        pairs.append(c)
    return sorted(pairs, key=lambda c: c.gold)
