"""The JSONL reader's fast `loads` (orjson, json for what orjson refuses) reads every line as json does."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.ingest.batch import loads

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
                    st.text())
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(st.text(max_size=6), inner, max_size=4)),
                      max_leaves=12)
PIECES = ['{"id": ', '"text": ', '"\\ud800"', '"\\udc00x"', "NaN", "-Infinity", "1e400", "123456789012345678901234567890",
          "[", "]", "{", "}", ",", ":", '"a"', '"a"', "1", "-0", "0.1", "true", "null", " ", "\ufeff", '"\\u00e9"', '"é"']


def _outcome(read, text):
    try:
        return "ok", repr(read(text))
    except json.JSONDecodeError as exc:
        return "error", exc.msg, exc.pos, exc.colno


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=VALUES, ascii_only=st.booleans())
def test_loads_reads_a_dumped_value_as_json_does(value, ascii_only):
    text = json.dumps(value, ensure_ascii=ascii_only)
    assert _outcome(loads, text) == _outcome(json.loads, text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(st.sampled_from(PIECES), max_size=12))
def test_loads_reads_odd_and_broken_lines_as_json_does(pieces):
    text = "".join(pieces)
    assert _outcome(loads, text) == _outcome(json.loads, text)


def test_a_duplicate_key_and_a_lone_surrogate_read_as_json_reads_them():
    for text in ('{"id": 1, "text": "a", "id": 2}', '{"text": "x\\ud800y"}', '{"n": NaN}', '{"big": 1e400}'):
        assert _outcome(loads, text) == _outcome(json.loads, text)
    assert loads('{"text": "x\\ud800y"}')["text"] == "x\ud800y"
