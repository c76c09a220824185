"""Reading gold and prediction files: kind detection, the prediction rules, errors with file and line."""
from __future__ import annotations

import json

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluation import read_gold, read_predictions


def write_lines(path, lines):
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("record, kind", [
    ({"id": "a", "text": "t", "published": "2020-01-01", "events": []}, "events"),
    ({"id": "a", "text": "t", "label": "ATTACK"}, "labels"),
    ({"id": "a", "text": "t", "toponyms": [{"start": 0, "end": 1, "name": "t"}]}, "toponyms"),
    ({"id": "a", "text": "t", "plover": {"event": "AGREE"}}, "plover"),
])
def test_kind_is_told_by_the_fields_present(tmp_path, record, kind):
    gold = read_gold(write_lines(tmp_path / "g.jsonl", [json.dumps(record), ""]))
    assert gold.kind == kind and [d.id for d in gold.docs] == ["a"]


def test_missing_file_names_the_path(tmp_path):
    with pytest.raises(EvaluationError, match="gold data not found: .*nothere.jsonl"):
        read_gold(tmp_path / "nothere.jsonl")


@pytest.mark.parametrize("bad_line, message", [
    ('{"id": "b", "text": "u", "events": [', r"g\.jsonl:3: not valid JSON"),
    ('{"id": "b", "text": "u"}', r"g\.jsonl:3: missing 'events'"),
    ('{"id": "b", "events": []}', r"g\.jsonl:3: missing or invalid 'text'"),
    ('{"id": "a", "text": "u", "events": []}', r"g\.jsonl:3: id 'a' repeats line 1"),
    ('{"id": "b", "text": "u", "events": {"event_type": "Battles"}}', r"g\.jsonl:3: 'events' must be a list"),
    ('[1, 2]', r"g\.jsonl:3: expected a JSON object"),
    ('{"id": "b", "text": "u", "events": [{"event_type": "Battles"}]}', r"g\.jsonl:3: event 0 has no 'sub_event_type'"),
    ('{"id": "b", "text": "u", "events": [{"event_type": "Battles", "sub_event_type": "Armed clash", '
     '"fatalities": "3"}]}', r"g\.jsonl:3: event 0: 'fatalities' is '3', expected an integer or null"),
    ('{"id": "b", "text": "u", "published": "9-May-20", "events": []}', r"g\.jsonl:3: 'published' is '9-May-20'"),
])
def test_malformed_line_names_file_and_line(tmp_path, bad_line, message):
    good = json.dumps({"id": "a", "text": "t", "events": []})
    path = write_lines(tmp_path / "g.jsonl", [good, "", bad_line])
    with pytest.raises(EvaluationError, match=message):
        read_gold(path)


def test_bytes_that_are_not_utf8_name_the_line(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_bytes(b'{"id": "a", "text": "t", "events": []}\n{"id": "b", "text": "caf\xe9", "events": []}\n')
    with pytest.raises(EvaluationError, match=r"g\.jsonl:2: not UTF-8"):
        read_gold(path)


def test_unknown_label_and_bad_toponym_offsets(tmp_path):
    with pytest.raises(EvaluationError, match=r"l\.jsonl:1: unknown label 'RIOTING'"):
        read_gold(write_lines(tmp_path / "l.jsonl", [json.dumps({"id": "a", "text": "t", "label": "RIOTING"})]))
    bad = {"id": "a", "text": "t", "toponyms": [{"start": 4, "end": 2, "name": "x"}]}
    with pytest.raises(EvaluationError, match=r"t\.jsonl:1: toponym 0 needs integer"):
        read_gold(write_lines(tmp_path / "t.jsonl", [json.dumps(bad)]))
    with pytest.raises(EvaluationError, match="not a gold record"):
        read_gold(write_lines(tmp_path / "x.jsonl", [json.dumps({"id": "a", "text": "t"})]))


def test_predictions_pool_repeated_ids_and_treat_missing_lists_as_empty(tmp_path):
    path = write_lines(tmp_path / "p.jsonl", [
        json.dumps({"id": "a", "events": [{"event_type": "Battles"}]}),
        json.dumps({"id": "b"}),
        json.dumps({"id": "a", "events": [{"event_type": "Riots"}]}),
        json.dumps({"id": 7, "events": None}),
    ])
    preds = read_predictions(path, "events")
    assert preds == {"a": [{"event_type": "Battles"}, {"event_type": "Riots"}], "b": [], "7": []}


def test_prediction_errors_name_file_and_line(tmp_path):
    with pytest.raises(EvaluationError, match=r"p\.jsonl:2: missing or invalid 'id'"):
        read_predictions(write_lines(tmp_path / "p.jsonl", ['{"id": "a"}', '{"events": []}']), "events")
    with pytest.raises(EvaluationError, match="predictions not found"):
        read_predictions(tmp_path / "none.jsonl", "events")
    # toponym predictions with bad offsets are not an error: they are ignored when scoring
    ok = read_predictions(write_lines(tmp_path / "t.jsonl", ['{"id": "a", "toponyms": [{"start": "x"}]}']), "toponyms")
    assert ok == {"a": [{"start": "x"}]}


def test_scope_drops_predicted_events_of_sub_types_the_annotators_did_not_code(tmp_path):
    from eventwire.evaluation.score import score

    gold_event = {"event_type": "Violence against civilians", "sub_event_type": "Attack", "event_date": "1990-01-03"}
    record = {"id": "a", "text": "t", "events": [gold_event], "scope": ["attack", "Grenade"]}
    gold = read_gold(write_lines(tmp_path / "g.jsonl", [json.dumps(record)]))
    battle = {"event_type": "Battles", "sub_event_type": "Armed clash"}
    metrics = score(gold, {"a": [dict(gold_event), battle]})
    assert metrics.predicted_events == 1 and metrics.detection_type.precision == 1.0
    unscoped = read_gold(write_lines(tmp_path / "h.jsonl", [json.dumps({**record, "scope": None})]))
    assert score(unscoped, {"a": [dict(gold_event), battle]}).predicted_events == 2


def test_scope_must_be_a_list_of_names(tmp_path):
    record = {"id": "a", "text": "t", "events": [], "scope": "Attack"}
    with pytest.raises(EvaluationError, match=r"g\.jsonl:1: 'scope' must be a list"):
        read_gold(write_lines(tmp_path / "g.jsonl", [json.dumps(record)]))
