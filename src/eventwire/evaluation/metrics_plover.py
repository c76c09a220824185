"""Behaviour on PLOVER gold: a different ontology, so these describe, they do not target."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from .compare import actor_match, as_int, norm_label
from .ratio import Ratio, ratio

ACLED_LIKE = ("FIGHT", "ASSAULT", "COERCE", "PROTEST")
LOCATION_FIELDS = ("location", "admin2", "admin1", "country")


def _actor_texts(actors: Any) -> list[str]:
    if not isinstance(actors, list):
        return []
    texts = [a.get("actorText") for a in actors if isinstance(a, dict)]
    return [t for t in texts if isinstance(t, str) and t.strip()]


def _location_name(plover: Mapping[str, Any]) -> str:
    location = plover.get("location")
    name = location.get("name") if isinstance(location, dict) else None
    return name.strip() if isinstance(name, str) else ""


def dead_right(gold_dead: int, pred: Sequence[Mapping[str, Any]]) -> bool:
    """The sum of predicted fatalities (nulls skipped) equals the gold; no numbers at all is wrong."""
    numbers = [n for p in pred if (n := as_int(p.get("fatalities"))) is not None]
    return bool(numbers) and sum(numbers) == gold_dead


@dataclass
class PloverMetrics:
    docs: int
    event_rate: Ratio
    event_rate_by_category: dict[str, Ratio]
    event_rate_acled_like: Ratio
    event_rate_other: Ratio
    source_actor: Ratio
    target_actor: Ratio
    location: Ratio
    dead: Ratio
    plover_event_accuracy: Ratio | None = None
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "docs": self.docs, "event_rate": self.event_rate.to_dict(),
            "event_rate_by_category": {k: r.to_dict() for k, r in self.event_rate_by_category.items()},
            "event_rate_acled_like": self.event_rate_acled_like.to_dict(),
            "event_rate_other": self.event_rate_other.to_dict(),
            "source_actor": self.source_actor.to_dict(), "target_actor": self.target_actor.to_dict(),
            "location": self.location.to_dict(), "dead": self.dead.to_dict(),
            "plover_event_accuracy": self.plover_event_accuracy.to_dict() if self.plover_event_accuracy else None,
        }


def score_plover(docs: Sequence[tuple[Mapping[str, Any], Sequence[Mapping[str, Any]]]]) -> PloverMetrics:
    """Score (gold PLOVER record, predicted events) per document."""
    by_category: dict[str, list[bool]] = defaultdict(list)
    source = [0, 0]
    target = [0, 0]
    location = [0, 0]
    dead = [0, 0]
    plover_right = 0
    any_plover = False
    for gold, pred in docs:
        category = str(gold.get("event", "")).strip().upper()
        by_category[category].append(bool(pred))
        first = pred[0] if pred else {}
        any_plover = any_plover or any(p.get("plover_event") for p in pred)
        plover_right += bool(pred) and norm_label(first.get("plover_event")) == norm_label(category) != ""
        for texts, actor_field, tally in ((_actor_texts(gold.get("source_actor")), "actor1", source),
                                          (_actor_texts(gold.get("target_actor")), "actor2", target)):
            if texts:
                tally[1] += 1
                tally[0] += bool(pred) and any(actor_match(t, first.get(actor_field)) for t in texts)
        name = _location_name(gold)
        if name:
            location[1] += 1
            location[0] += any(actor_match(name, p.get(f)) for p in pred for f in LOCATION_FIELDS)
        gold_dead = as_int(gold.get("dead"))
        if gold_dead is not None:
            dead[1] += 1
            dead[0] += dead_right(gold_dead, pred)
    flat = [(c, e) for c, events in by_category.items() for e in events]
    acled_like = [e for c, e in flat if c in ACLED_LIKE]
    other = [e for c, e in flat if c not in ACLED_LIKE]
    return PloverMetrics(
        docs=len(docs),
        event_rate=ratio(sum(e for _, e in flat), len(flat)),
        event_rate_by_category={c: ratio(sum(v), len(v)) for c, v in sorted(by_category.items())},
        event_rate_acled_like=ratio(sum(acled_like), len(acled_like)),
        event_rate_other=ratio(sum(other), len(other)),
        source_actor=ratio(*source), target_actor=ratio(*target),
        location=ratio(*location), dead=ratio(*dead),
        plover_event_accuracy=ratio(plover_right, len(docs)) if any_plover else None,
    )
