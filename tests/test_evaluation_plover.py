"""PLOVER gold: event rates and the rough actor, location and dead figures, by hand."""
from __future__ import annotations

import json

import pytest

from eventwire.evaluation import read_gold, read_predictions, score


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


GOLD = [
    {"id": "r1", "source": "plover-gsr", "text": "Militants fought soldiers near the capital, five died.",
     "plover": {"event": "FIGHT", "event_text": "fought", "source_actor": [{"actorText": "Taliban"}],
                "target_actor": [{"actorText": "Afghan soldiers"}], "location": {"name": "Kabul"}, "dead": 5}},
    {"id": "r2", "source": "plover-gsr", "text": "Two ministers signed a water accord.",
     "plover": {"event": "AGREE", "event_text": "signed", "source_actor": [{"actorText": "Hungarian"}]}},
    {"id": "r3", "source": "plover-gsr", "text": "Students marched against the government.",
     "plover": {"event": "PROTEST", "event_text": "marched", "source_actor": [{"actorText": "students"}],
                "target_actor": [{"actorText": "government"}], "location": {"name": "Dhaka"}, "dead": 0}},
    {"id": "r4", "source": "plover-gsr", "text": "The ministry demanded an apology.",
     "plover": {"event": "DEMAND", "event_text": "demanded", "source_actor": [{"actorText": "Iran"}]}},
]
PRED = [
    {"id": "r1", "events": [
        {"event_type": "Battles", "actor1": "Taliban", "actor2": "Military Forces of Afghanistan (2004-2021)",
         "location": "Kabul", "fatalities": 3},
        {"event_type": "Battles", "actor1": "Taliban", "fatalities": 2},
        {"event_type": "Battles", "actor1": "Taliban", "fatalities": None}]},
    # r2: no line
    {"id": "r3", "events": [{"event_type": "Protests", "actor1": "Protesters (Bangladesh)", "actor2": "",
                             "admin1": "Dhaka", "location": "Mirpur", "fatalities": None}]},
    {"id": "r4", "events": [{"event_type": "Strategic developments", "actor1": "Government of Iran",
                             "country": "Iran", "plover_event": "demand"}]},
]


@pytest.fixture
def scored(tmp_path):
    gold = read_gold(write_jsonl(tmp_path / "plover.jsonl", GOLD))
    assert gold.kind == "plover"
    return score(gold, read_predictions(write_jsonl(tmp_path / "pred.jsonl", PRED), gold.kind))


def test_event_rates(scored):
    assert (scored.event_rate.right, scored.event_rate.total) == (3, 4)
    by = {c: (r.right, r.total) for c, r in scored.event_rate_by_category.items()}
    assert by == {"AGREE": (0, 1), "DEMAND": (1, 1), "FIGHT": (1, 1), "PROTEST": (1, 1)}
    assert (scored.event_rate_acled_like.right, scored.event_rate_acled_like.total) == (2, 2)
    assert (scored.event_rate_other.right, scored.event_rate_other.total) == (1, 2)


def test_actor_location_and_dead(scored):
    # source: r1 Taliban = Taliban; r2 nothing predicted; r3 students vs protesters; r4 "iran" inside
    # "government of iran" -> 2 of 4
    assert (scored.source_actor.right, scored.source_actor.total) == (2, 4)
    # target: r1 "afghan soldiers" vs "military forces of afghanistan"; r3 government vs "" -> 0 of 2
    assert (scored.target_actor.right, scored.target_actor.total) == (0, 2)
    # location: r1 by location, r3 by admin1 -> 2 of 2
    assert (scored.location.right, scored.location.total) == (2, 2)
    # dead: r1 3 + 2 (null skipped) = 5 right; r3 has no numbers at all, so 0 is not matched
    assert (scored.dead.right, scored.dead.total) == (1, 2)
    # plover_event is carried by one prediction, so the figure exists: r4 only -> 1 of 4
    assert (scored.plover_event_accuracy.right, scored.plover_event_accuracy.total) == (1, 4)


def test_plover_event_accuracy_absent_without_plover_events(tmp_path):
    gold = read_gold(write_jsonl(tmp_path / "plover.jsonl", GOLD))
    m = score(gold, {"r1": [{"event_type": "Battles"}]})
    assert m.plover_event_accuracy is None
