"""Event gold: alignment, detection, field accuracy and confusions, worked out by hand."""
from __future__ import annotations

import json

import pytest

from eventwire.evaluation import read_gold, read_predictions, score
from eventwire.evaluation.align import align
from eventwire.evaluation.compare import haversine_km
from eventwire.evaluation.metrics_events import score_events
from eventwire.evaluation.report import event_rows


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def ev(event_type="Battles", sub="Armed clash", **fields):
    return {"event_type": event_type, "sub_event_type": sub, **fields}


# --- alignment --------------------------------------------------------------------------------

def test_pair_needs_same_type_or_same_place():
    gold = [ev("Protests", "Peaceful protest", latitude=32.82, longitude=34.99, location="Haifa")]
    far_riot = ev("Riots", "Mob violence", latitude=32.08, longitude=34.78, location="Tel Aviv")   # 84 km
    near_riot = ev("Riots", "Mob violence", latitude=32.82, longitude=34.99, location="Haifa")
    assert align(gold, [far_riot]) == []
    (pair,) = align(gold, [near_riot])
    # joined by place only: score 2 (place), no type
    assert (pair.score, pair.same_type, pair.same_place) == (2, False, True)


def test_greedy_takes_the_highest_score_first_even_when_that_loses_a_pair():
    g0 = ev(event_date="2020-05-01", admin1="Borno")
    g1 = ev(event_date="2020-05-02", admin1="Yobe")
    p0 = ev(event_date="2020-05-01", admin1="Borno")         # with g0: 4+2+2+1 = 9; with g1: 4+2 = 6
    p1 = ev("Riots", "Mob violence", admin1="Borno")          # with g0 by place only: 2; never with g1
    pairs = align([g0, g1], [p0, p1])
    # candidates: (g0, p0) 9, (g1, p0) 6, (g0, p1) 2; (g1, p1) shares neither type nor place.
    # (g0, p0) is taken first, so the other two are blocked: one pair, although two were possible.
    assert [(p.gold, p.pred, p.score) for p in pairs] == [(0, 0, 9)]


def test_tie_goes_to_more_agreements_on_actors_location_fatalities():
    gold = [ev(actor1="Taliban", actor2="Military Forces of Afghanistan (2004-2021)", location="Kunduz",
               latitude=36.73, longitude=68.86, fatalities=5, event_date="2020-05-01")]
    # both: same type, sub-type and date, no coordinates and no admin1/location -> score 4+2+1 = 7
    p0 = ev(actor1="Police Forces of Afghanistan", event_date="2020-05-01")
    p1 = ev(actor1="taliban", actor2="military forces of afghanistan", event_date="2020-05-01")
    (pair,) = align(gold, [p0, p1])
    assert (pair.pred, pair.score, pair.agreements) == (1, 7, 2)


def test_tie_goes_to_the_smaller_distance_and_a_pair_with_a_distance_first():
    gold = [ev(latitude=36.73, longitude=68.86)]
    p_no_xy = ev(admin1="", location="")                    # same type only: score 6, no distance
    p_far = ev(latitude=36.73, longitude=69.40)             # 48 km: same type only, score 6
    p_near = ev(latitude=36.73, longitude=69.00)            # 12.5 km: same place too, score 8
    (pair,) = align(gold, [p_no_xy, p_far, p_near])
    assert pair.pred == 2 and pair.score == 8
    (pair,) = align(gold, [p_no_xy, p_far])
    # equal score 6 and agreements: the pair with a distance beats the one without
    assert pair.pred == 1 and pair.distance_km == pytest.approx(haversine_km((36.73, 68.86), (36.73, 69.40)))
    p_mid = ev(latitude=36.73, longitude=69.30)
    (pair,) = align(gold, [p_far, p_mid])
    assert pair.pred == 1     # smaller distance, though later


def test_full_tie_goes_to_earlier_gold_then_earlier_prediction():
    same = ev(event_date="2020-05-01")
    (pair,) = align([same, dict(same)], [dict(same)])
    assert (pair.gold, pair.pred) == (0, 0)
    (pair,) = align([same], [dict(same), dict(same)])
    assert (pair.gold, pair.pred) == (0, 0)
    pairs = align([same, dict(same)], [dict(same), dict(same)])
    assert [(p.gold, p.pred) for p in pairs] == [(0, 0), (1, 1)]


# --- one scored file, by hand -----------------------------------------------------------------

GOLD = [
    {"id": "d1", "source": "t", "published": "2020-05-01", "text": "First report.", "events": [
        ev(event_date="2020-05-01", actor1="Military Forces of Syria (2000-)", actor2="Islamic State (Syria)",
           admin1="Ar Raqqa", location="Raqqa", latitude=35.95, longitude=39.01, fatalities=10)]},
    {"id": "d2", "source": "t", "published": "2020-05-02", "text": "Second report.", "events": [
        ev("Protests", "Peaceful protest", event_date="2020-05-02", actor1="Protesters (Iraq)", actor2="",
           admin1="Basra", location="Basra", latitude=30.5, longitude=47.8, fatalities=0)]},
    {"id": "d3", "source": "t", "published": "2020-05-03", "text": "Third report.", "events": [
        ev("Violence against civilians", "Attack", event_date="2020-05-03",
           actor1="Unidentified Armed Group (Nigeria)", actor2="Civilians (Nigeria)", admin1="Borno",
           location="Maiduguri", latitude=11.85, longitude=13.16, fatalities=3)]},
    {"id": "d4", "source": "t", "published": None, "text": "Fourth report.", "events": [
        ev("Strategic developments", "Arrests", event_date=None, actor1="Police Forces of Kenya (2013-)",
           actor2="Civilians (Kenya)", admin1="", location="Nairobi", latitude=None, longitude=None,
           fatalities=None)]},
    {"id": "d5", "source": "t", "published": "2020-05-05", "text": "Fifth report, nothing happened.", "events": []},
]

PRED = [
    # d1: right type and sub-type, actor2 matches as whole words, fatalities 12 for 10 (tolerance only)
    {"id": "d1", "events": [ev("battles", "armed  clash", event_date="2020-05-01", actor1="military forces of syria",
                               actor2="Khorasan Chapter of the Islamic State", admin1="Ar Raqqa", location="Raqqa",
                               latitude=35.95, longitude=39.01, fatalities=12)]},
    # d2 on two lines, pooled: a riot joined to the gold by admin1 only (score 2+1 = 3), and a
    # protest in Baghdad (447 km away: right type only, score 4+2 = 6), which wins the gold event.
    {"id": "d2", "events": [ev("Riots", "Violent demonstration", event_date="2020-05-02", actor1="Rioters (Iraq)",
                               admin1="Basra", location="Basra", fatalities=1)]},
    {"id": "d2", "events": [ev("Protests", "Peaceful protest", event_date="2020-05-03", actor1="Protesters (Iraq)",
                               latitude=33.3, longitude=44.4, fatalities=None)]},
    # d3: wrong type, joined by place (7.06 km): score 2+1 = 3
    {"id": "d3", "events": [ev("Explosions/Remote violence", "Remote explosive/landmine/IED", event_date="2020-05-03",
                               actor1="Boko Haram", actor2="civilians", admin1="Borno", location="Maiduguri",
                               latitude=11.90, longitude=13.20, fatalities=3)]},
    # d4 has no line: nothing found. d5: a false positive with most fields missing (= null).
    {"id": "d5", "events": [{"event_type": "Battles", "sub_event_type": "Armed clash"}]},
    # an id that is not in the gold: ignored
    {"id": "zzz", "events": [ev()]},
]


@pytest.fixture
def scored(tmp_path):
    gold = read_gold(write_jsonl(tmp_path / "gold.jsonl", GOLD))
    preds = read_predictions(write_jsonl(tmp_path / "pred.jsonl", PRED), gold.kind)
    return score(gold, preds)


def test_detection_by_hand(scored):
    # gold events 4 (d1..d4); predicted 5 (d1, two in d2, d3, d5; zzz ignored)
    # pairs: (d1, d1), (d2, Baghdad protest), (d3, d3); same event_type in d1 and d2 -> TP 2
    assert (scored.gold_events, scored.predicted_events, scored.aligned_pairs) == (4, 5, 3)
    t = scored.detection_type
    assert (t.tp, t.precision, t.recall) == (2, 2 / 5, 2 / 4)
    assert t.f1 == pytest.approx(4 / 9)          # 2PR/(P+R) = 2*2/(5+4)
    s = scored.detection_sub_type
    assert (s.tp, s.f1) == (2, pytest.approx(4 / 9))


def test_field_accuracy_by_hand(scored):
    f = {name: (r.right, r.total) for name, r in scored.fields.items()}
    assert f["event_type"] == (2, 3)             # d3 is wrong
    assert f["sub_event_type"] == (2, 3)
    assert f["actor1"] == (2, 3)                 # Boko Haram vs Unidentified Armed Group
    assert f["actor2"] == (3, 3)                 # islamic state in khorasan...; "" and ""; civilians
    assert f["admin1"] == (2, 3)                 # d2's Baghdad protest has no admin1
    assert f["event_date"] == (2, 3)             # 2020-05-03 for 2020-05-02
    assert f["fatalities_exact"] == (1, 3)       # only d3 (3 = 3)
    assert f["fatalities_tolerance"] == (2, 3)   # 12 for 10 yes, null for 0 no, 3 for 3 yes
    for km in (10, 25, 50):
        assert f[f"location_{km}km"] == (2, 3)   # 0 km, 447 km, 7.06 km
    assert f["with_coordinates"] == (3, 3)
    # median of 0, 7.06 and 447 km
    assert scored.median_km == pytest.approx(haversine_km((11.85, 13.16), (11.90, 13.20)))


def test_confusions_and_per_sub_type_table(scored):
    assert scored.confusions == [("Attack", "Remote explosive/landmine/IED", 1)]
    rows = {r.sub_event_type: (r.gold, r.predicted, r.both) for r in scored.per_sub_type}
    # "armed  clash" is counted as ACLED's Armed clash: d1's and d5's predictions
    assert rows == {"Armed clash": (1, 2, 1), "Arrests": (1, 0, 0), "Attack": (1, 0, 0),
                    "Peaceful protest": (1, 1, 1)}
    armed = next(r for r in scored.per_sub_type if r.sub_event_type == "Armed clash").scores
    assert (armed.precision, armed.recall, armed.f1) == (0.5, 1.0, pytest.approx(2 / 3))
    attack = next(r for r in scored.per_sub_type if r.sub_event_type == "Attack").scores
    assert (attack.precision, attack.recall, attack.f1) == (None, 0.0, 0.0)


def test_confusions_keep_fifteen_and_break_ties_alphabetically():
    subs = ["Armed clash", "Attack", "Grenade", "Arrests", "Other", "Peaceful protest", "Mob violence",
            "Air/drone strike"]
    combos = [(g, p) for i, g in enumerate(subs) for p in subs[i + 1:i + 4]]     # 18 distinct, once each
    combos.append(("Other", "Peaceful protest"))                                # this one twice
    docs = [([{"event_type": "X", "sub_event_type": g}], [{"event_type": "X", "sub_event_type": p}])
            for g, p in combos]
    m = score_events(docs)
    assert len(m.confusions) == 15
    assert m.confusions[0] == ("Other", "Peaceful protest", 2)
    singles = sorted(set(combos) - {("Other", "Peaceful protest")})
    assert [(g, p) for g, p, _ in m.confusions[1:]] == singles[:14]
    assert all(n == 1 for _, _, n in m.confusions[1:])


def test_undefined_denominators_are_none_not_zero():
    # gold without fatalities, date, admin1 or coordinates; the prediction pairs by type
    gold = [{"event_type": "Protests", "sub_event_type": "Peaceful protest", "actor1": "Protesters (Chile)"}]
    m = score_events([(gold, [{"event_type": "Protests", "sub_event_type": "Peaceful protest"}])])
    for name in ("admin1", "event_date", "fatalities_exact", "fatalities_tolerance", "location_25km",
                 "with_coordinates"):
        assert m.fields[name].total == 0 and m.fields[name].value is None
    assert m.median_km is None
    assert m.fields["actor1"].value == 0.0        # counted: "protesters" vs an empty prediction
    empty = score_events([([], [])])
    assert empty.detection_type.precision is None and empty.detection_type.f1 is None
    no_pred = score_events([(gold, [])])
    assert (no_pred.detection_type.precision, no_pred.detection_type.recall, no_pred.detection_type.f1) == (None, 0.0, 0.0)
    shown = dict(event_rows(no_pred))
    assert shown["type-level precision"].startswith("n/a")
    assert shown["accuracy admin1"] == "n/a (0/0)"


def test_evaluate_paths_reports_headline_figures(tmp_path):
    from eventwire.evaluation import evaluate_paths

    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    pred = write_jsonl(tmp_path / "other.jsonl", PRED)
    report = evaluate_paths([gold], [pred])
    (system,) = report["files"][0]["systems"]
    assert system["system"] == "other" and system["ignored_prediction_ids"] == 1     # "zzz"
    assert system["headline"]["type_f1"] == pytest.approx(4 / 9)
    assert system["headline"]["fatalities_exact_accuracy"] == pytest.approx(1 / 3)
    json.dumps(report)   # plain JSON all the way down
