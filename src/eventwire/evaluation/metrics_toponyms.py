"""Scores for toponym gold: recognition (overlap and strict), resolution and end to end."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from .compare import as_int, coords, haversine_km
from .ratio import PRF, Ratio, median, ratio

Toponym = Mapping[str, Any]
THRESHOLDS_KM = (161, 25)


def valid_span(toponym: Toponym) -> tuple[int, int] | None:
    """(start, end) when both are integers and end is after start; else the prediction is ignored."""
    start, end = toponym.get("start"), toponym.get("end")
    if type(start) is int and type(end) is int and end > start:
        return start, end
    return None


def match_overlaps(gold: Sequence[Toponym], pred: Sequence[Toponym]) -> list[tuple[int, int]]:
    """One-to-one greedy matching of overlapping spans: largest overlap, identical spans,
    then gold order, then prediction order. Returns (gold index, pred index) in gold order."""
    gold_spans = [valid_span(g) for g in gold]
    pred_spans = [valid_span(p) for p in pred]
    candidates = []
    for gi, gs in enumerate(gold_spans):
        if gs is None:
            continue
        for pi, ps in enumerate(pred_spans):
            if ps is None:
                continue
            overlap = min(gs[1], ps[1]) - max(gs[0], ps[0])
            if overlap > 0:
                candidates.append((-overlap, gs != ps, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matches = []
    for _, _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        matches.append((gi, pi))
    return sorted(matches)


def strict_matches(gold: Sequence[Toponym], pred: Sequence[Toponym]) -> int:
    """Predicted spans identical to a gold span, one to one."""
    gold_spans = Counter(s for g in gold if (s := valid_span(g)))
    pred_spans = Counter(s for p in pred if (s := valid_span(p)))
    return sum(min(n, gold_spans[s]) for s, n in pred_spans.items())


@dataclass
class ToponymMetrics:
    docs: int
    gold_toponyms: int
    gold_with_coordinates: int
    gold_with_geonameid: int
    predicted_toponyms: int
    recognition: PRF
    strict: PRF
    acc_161: Ratio
    acc_25: Ratio
    median_km: float | None
    with_coordinates: Ratio
    geonameid: Ratio
    e2e_161: Ratio
    e2e_25: Ratio
    e2e_geonameid: Ratio

    def to_dict(self) -> dict[str, Any]:
        return {
            "docs": self.docs, "gold_toponyms": self.gold_toponyms,
            "gold_with_coordinates": self.gold_with_coordinates, "gold_with_geonameid": self.gold_with_geonameid,
            "predicted_toponyms": self.predicted_toponyms,
            "recognition": self.recognition.to_dict(), "strict": self.strict.to_dict(),
            "resolution": {"acc_161km": self.acc_161.to_dict(), "acc_25km": self.acc_25.to_dict(),
                           "median_km": self.median_km, "with_coordinates": self.with_coordinates.to_dict(),
                           "geonameid": self.geonameid.to_dict()},
            "end_to_end": {"acc_161km": self.e2e_161.to_dict(), "acc_25km": self.e2e_25.to_dict(),
                           "geonameid": self.e2e_geonameid.to_dict()},
        }


def score_toponyms(docs: Sequence[tuple[Sequence[Toponym], Sequence[Toponym]]]) -> ToponymMetrics:
    """Score (gold toponyms, predicted toponyms) per document."""
    n_gold = n_pred = n_match = n_strict = 0
    gold_xy_total = gold_id_total = 0
    pairs_xy = pairs_with_pred_xy = within_161 = within_25 = 0
    pairs_id = same_id = 0
    distances: list[float] = []
    for gold, pred in docs:
        valid_pred = [p for p in pred if valid_span(p)]
        n_gold += len(gold)
        n_pred += len(valid_pred)
        gold_xy_total += sum(coords(g) is not None for g in gold)
        gold_id_total += sum(as_int(g.get("geonameid")) is not None for g in gold)
        n_strict += strict_matches(gold, valid_pred)
        for gi, pi in match_overlaps(gold, valid_pred):
            g, p = gold[gi], valid_pred[pi]
            n_match += 1
            g_xy, p_xy = coords(g), coords(p)
            if g_xy is not None:
                pairs_xy += 1
                if p_xy is not None:
                    pairs_with_pred_xy += 1
                    distance = haversine_km(g_xy, p_xy)
                    distances.append(distance)
                    within_161 += distance <= 161
                    within_25 += distance <= 25
            gold_id = as_int(g.get("geonameid"))
            if gold_id is not None:
                pairs_id += 1
                same_id += as_int(p.get("geonameid")) == gold_id
    return ToponymMetrics(
        docs=len(docs), gold_toponyms=n_gold, gold_with_coordinates=gold_xy_total,
        gold_with_geonameid=gold_id_total, predicted_toponyms=n_pred,
        recognition=PRF(n_match, n_pred, n_gold), strict=PRF(n_strict, n_pred, n_gold),
        acc_161=ratio(within_161, pairs_xy), acc_25=ratio(within_25, pairs_xy),
        median_km=median(distances), with_coordinates=ratio(pairs_with_pred_xy, pairs_xy),
        geonameid=ratio(same_id, pairs_id),
        e2e_161=ratio(within_161, gold_xy_total), e2e_25=ratio(within_25, gold_xy_total),
        e2e_geonameid=ratio(same_id, gold_id_total),
    )
