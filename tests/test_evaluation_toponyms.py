"""Toponym gold: overlap matching, strict spans, resolution and end-to-end figures by hand."""
from __future__ import annotations

import json

import pytest

from eventwire.evaluation import read_gold, read_predictions, score
from eventwire.evaluation.compare import haversine_km
from eventwire.evaluation.metrics_toponyms import match_overlaps, score_toponyms


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def span(start, end, **extra):
    return {"start": start, "end": end, **extra}


def test_largest_overlap_first():
    gold = [span(0, 5), span(6, 11)]
    # the prediction overlaps the first by 2 characters (3..5) and the second by 3 (6..9)
    assert match_overlaps(gold, [span(3, 9)]) == [(1, 0)]


def test_identical_span_beats_an_equal_overlap_in_earlier_gold():
    gold = [span(0, 6), span(3, 6)]
    pred = [span(3, 6), span(0, 3)]
    # pred 0 overlaps both golds by 3; it is identical to gold 1, so (1, 0) goes first and
    # gold 0 is left for pred 1. Gold order alone would give one match, not two.
    assert match_overlaps(gold, pred) == [(0, 1), (1, 0)]


def test_then_gold_order_then_prediction_order():
    assert match_overlaps([span(0, 4), span(4, 8)], [span(2, 6)]) == [(0, 0)]
    assert match_overlaps([span(0, 4)], [span(2, 6), span(2, 6)]) == [(0, 0)]
    # touching spans share no character
    assert match_overlaps([span(0, 4)], [span(4, 8)]) == []


TEXT = "Alexandria and the Rapides Parish hall, Dublin Road; Paris..........Nowhere..."
GOLD = [{"id": "t1", "source": "t", "text": TEXT, "toponyms": [
    span(0, 10, name="Alexandria", geonameid=4314550, latitude=31.31, longitude=-92.45),
    span(19, 33, name="Rapides Parish", geonameid=4338356, latitude=31.17, longitude=-92.48),
    span(40, 46, name="Dublin", geonameid=None, latitude=None, longitude=None),
    span(53, 58, name="Paris", geonameid=2988507, latitude=48.85, longitude=2.35),
]}]
PRED = [{"id": "t1", "toponyms": [
    span(0, 10, name="Alexandria", geonameid=4314550, latitude=31.31, longitude=-92.45),  # identical, exact
    span(19, 26, name="Rapides", geonameid=1, latitude=31.17, longitude=-92.48),          # overlap 7
    span(15, 33, name="the Rapides Parish", geonameid=999, latitude=31.9, longitude=-92.45),  # overlap 14
    span(40, 46, name="Dublin", geonameid=2964574, latitude=53.35, longitude=-6.26),      # identical
    span(68, 75, name="Nowhere"),                                                         # spurious
    span(70, 70, name="empty"),                                                           # ignored: end = start
    {"start": "a", "end": 3, "name": "bad"},                                              # ignored: not ints
]}]


@pytest.fixture
def scored(tmp_path):
    gold = read_gold(write_jsonl(tmp_path / "gold.jsonl", GOLD))
    assert gold.kind == "toponyms"
    return score(gold, read_predictions(write_jsonl(tmp_path / "pred.jsonl", PRED), gold.kind))


def test_fixture_spans_index_the_text():
    assert [TEXT[t["start"]:t["end"]] for t in GOLD[0]["toponyms"]] == ["Alexandria", "Rapides Parish", "Dublin", "Paris"]
    assert [TEXT[t["start"]:t["end"]] for t in PRED[0]["toponyms"][:5]] == [t["name"] for t in PRED[0]["toponyms"][:5]]


def test_recognition_by_hand(scored):
    # valid predictions 5; matches: Alexandria, Rapides Parish (by the 14-character overlap), Dublin
    r = scored.recognition
    assert (r.tp, r.n_pred, r.n_gold) == (3, 5, 4)
    assert (r.precision, r.recall, r.f1) == (0.6, 0.75, pytest.approx(6 / 9))
    # strict: only Alexandria and Dublin have identical spans
    s = scored.strict
    assert (s.tp, s.precision, s.recall, s.f1) == (2, 0.4, 0.5, pytest.approx(4 / 9))


def test_resolution_by_hand(scored):
    # matched pairs with gold coordinates: Alexandria (0 km) and Rapides Parish (81.2 km)
    assert (scored.acc_161.right, scored.acc_161.total) == (2, 2)
    assert (scored.acc_25.right, scored.acc_25.total) == (1, 2)
    assert scored.median_km == pytest.approx(haversine_km((31.17, -92.48), (31.9, -92.45)) / 2)
    assert (scored.with_coordinates.right, scored.with_coordinates.total) == (2, 2)
    # GeoNames ids: Alexandria right, Rapides Parish 999 wrong; Dublin's gold has none
    assert (scored.geonameid.right, scored.geonameid.total) == (1, 2)


def test_end_to_end_by_hand(scored):
    # over all gold with coordinates (Alexandria, Rapides Parish, Paris) and all with ids (the same three)
    assert (scored.e2e_161.right, scored.e2e_161.total) == (2, 3)
    assert (scored.e2e_25.right, scored.e2e_25.total) == (1, 3)
    assert (scored.e2e_geonameid.right, scored.e2e_geonameid.total) == (1, 3)


def test_prediction_without_coordinates_is_wrong_and_nothing_found_is_undefined():
    gold = [span(0, 5, latitude=10.0, longitude=10.0, geonameid=5)]
    m = score_toponyms([(gold, [span(0, 5)])])
    assert (m.acc_161.right, m.acc_161.total) == (0, 1)
    assert m.median_km is None and m.with_coordinates.value == 0.0
    none_found = score_toponyms([(gold, [])])
    assert none_found.acc_161.value is None and none_found.recognition.precision is None
    assert none_found.e2e_161.value == 0.0 and none_found.recognition.f1 == 0.0
