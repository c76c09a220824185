"""Single-category gold (CASE 2021 style): accuracy, macro-F1, weighted F1 and relevance by hand."""
from __future__ import annotations

import json

import pytest

from eventwire.evaluation import read_gold, read_predictions, score
from eventwire.evaluation.metrics_labels import score_labels
from eventwire.evaluation.report import label_rows


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def first(event_type, sub):
    return {"event_type": event_type, "sub_event_type": sub}


SNIPPETS = [  # (id, code, predicted events)
    ("s1", "AIR_STRIKE", [first("Explosions/Remote violence", "Air/drone strike")]),
    ("s2", "AIR_STRIKE", [first("Explosions/Remote violence", "Shelling/artillery/missile attack")]),
    ("s3", "PEACE_PROTEST", [first("Protests", "Peaceful protest")]),
    ("s4", "PEACE_PROTEST", []),
    ("s5", "DIPLO", []),
    ("s6", "NATURAL_DISASTER", [first("Protests", "Peaceful protest")]),
    ("s7", "ARMED_CLASH", [first("Violence against civilians", "Attack"), first("Battles", "Armed clash")]),
    ("s8", "ORG_CRIME", [first("Battles", "Armed clash")]),
]


@pytest.fixture
def scored(tmp_path):
    gold_path = write_jsonl(tmp_path / "snippets.jsonl",
                            [{"id": i, "source": "t", "text": f"snippet {i}", "label": code} for i, code, _ in SNIPPETS])
    # s4 and s5 have no line at all: nothing found
    pred_path = write_jsonl(tmp_path / "pred.jsonl", [{"id": i, "events": e} for i, _, e in SNIPPETS if e])
    gold = read_gold(gold_path)
    assert gold.kind == "labels"
    return score(gold, read_predictions(pred_path, gold.kind))


def test_accuracy_uses_the_first_event(scored):
    # right: s1, s3, s5 (no event for DIPLO); s7 answers Attack, its first event
    assert (scored.accuracy.right, scored.accuracy.total) == (3, 8)
    # event types: s1, s2 (both Explosions), s3, s5 ("no event" = "no event") -> 4 of 8
    assert (scored.event_type_accuracy.right, scored.event_type_accuracy.total) == (4, 8)


def test_macro_and_weighted_f1_by_hand(scored):
    # classes: Air/drone strike  gold 2, answered 1 (s1), right 1 -> P 1,   R 1/2, F1 2/3
    #          Peaceful protest  gold 2, answered 2 (s3, s6), right 1 -> P 1/2, R 1/2, F1 1/2
    #          no event          gold 3, answered 2 (s4, s5), right 1 -> P 1/2, R 1/3, F1 2/5
    #          Armed clash       gold 1, answered 1 (s8), right 0 -> F1 0
    rows = {r.label: (r.gold, r.answered, r.right) for r in scored.classes}
    assert rows == {"Air/drone strike": (2, 1, 1), "Peaceful protest": (2, 2, 1), "no event": (3, 2, 1),
                    "Armed clash": (1, 1, 0)}
    assert scored.macro_f1 == pytest.approx((2 / 3 + 1 / 2 + 2 / 5 + 0) / 4)          # 0.391667
    assert scored.weighted_f1_all == pytest.approx((2 * 2 / 3 + 2 * 1 / 2 + 3 * 2 / 5 + 0) / 8)   # 0.441667
    # the 25-class set is s1, s2, s3, s4, s7. Within it s6 and s8 are not there, so
    #   Peaceful protest: answered 1 (s3), right 1 -> P 1, R 1/2, F1 2/3
    #   Air/drone strike F1 2/3, Armed clash F1 0 (nothing in the set answered it)
    assert scored.acled_docs == 5
    assert scored.weighted_f1_acled == pytest.approx((2 * 2 / 3 + 2 * 2 / 3 + 1 * 0) / 5)   # 0.533333


def test_relevance_by_hand(scored):
    # gold says event: s1 s2 s3 s4 s7 (5); system: s1 s2 s3 s6 s7 s8 (6); both: s1 s2 s3 s7 (4)
    rel = scored.relevance
    assert (rel.tp, rel.n_pred, rel.n_gold) == (4, 6, 5)
    assert rel.precision == pytest.approx(4 / 6) and rel.recall == pytest.approx(4 / 5)


def test_text_rows_name_the_headline_figures(scored):
    shown = dict(label_rows(scored))
    assert shown["accuracy (sub_event_type)"] == "0.375 (3/8)"
    assert shown["weighted F1, 25 ACLED classes"] == "0.533 (5 docs)"
    assert shown["weighted F1, all (no event merged)"] == "0.442"
    assert shown["relevance precision"] == "0.667 (4/6)"
    assert shown["relevance recall"] == "0.800 (4/5)"


def test_undefined_when_no_acled_gold_and_no_system_events():
    m = score_labels([("no event", []), ("no event", [])])
    assert m.accuracy.value == 1.0
    assert m.weighted_f1_acled is None and m.acled_docs == 0
    assert m.relevance.precision is None and m.relevance.recall is None
    assert dict(label_rows(m))["relevance precision"].startswith("n/a")


def test_labels_may_be_written_as_answers_and_in_any_case(tmp_path):
    gold = read_gold(write_jsonl(tmp_path / "g.jsonl", [
        {"id": "a", "text": "x", "label": "armed clash"}, {"id": "b", "text": "y", "label": "No Event"},
        {"id": "c", "text": "z", "label": "attrib"}]))
    assert [d.answer for d in gold.docs] == ["Armed clash", "no event", "no event"]
