"""Property tests (hypothesis) over the public entry points: whatever the input, eventwire answers
with events, places, reports or its own InputError, never another exception; spans point into
the text. Bounded (a few dozen to 150 examples each) so the suite stays fast; `make fuzz` runs
100,000 inputs."""
from __future__ import annotations

import io
import json
import warnings
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eventwire
from eventwire.codebook import EVENT_TYPES
from eventwire.errors import InputError
from eventwire.ingest import iter_reports
from eventwire.records import RawReport, scrub

SENTENCES = (
    "Gunmen killed two villagers in Kandahar on Monday.",
    "Police fired tear gas at protesters in Nairobi last week, witnesses said.",
    "Soldiers clashed with Boko Haram fighters near Maiduguri, Borno state, killing 14.",
    "An air strike hit a market in Saraqib, Idlib province, yesterday.",
    "Islamic State claimed the bombing of a checkpoint in Tikrit in late December.",
)
ODD = ["\x00", "\x1b", "\u200b", "\u200d", "\u202e", "\ufeff", "\ud800", "\udfff", "ſ", "İ", "ß", "ﬁ", "\u0301",
       "\n", "\t", "\u2028", "\U0001f525", "(", ".", ",", "-", "'"]
FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])

odd_text = st.text(alphabet=st.one_of(st.characters(), st.sampled_from(ODD)), max_size=300)


@st.composite
def mutated_news(draw) -> str:
    text = " ".join(draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3)))
    for _ in range(draw(st.integers(0, 5))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.one_of(st.sampled_from(ODD), st.text(max_size=5))) + text[at:]
    if draw(st.booleans()):
        text = draw(st.sampled_from((str.upper, str.lower, str.swapcase)))(text)
    return text


texts = st.one_of(mutated_news(), odd_text)
published = st.one_of(st.none(), st.dates(), st.sampled_from(["", "2020-05-09", "2020-05-09garbage", "9999-12-31",
                                                               "0001-01-01", "2020-02-30", "\ud800"]),
                      st.text(max_size=12))


@FUZZ
@given(text=texts, when=published)
def test_extract_gives_events_or_an_input_error(text, when):
    try:
        events = eventwire.extract(text, published=when)
    except InputError:
        return
    clean = scrub(text)
    for event in events:
        assert event.id and event.event_type in EVENT_TYPES
        assert event.event_date is None or date.fromisoformat(event.event_date)
        for evidence in event.evidence:
            assert clean[evidence.start:evidence.end] == evidence.text
        json.dumps(event.to_dict(), ensure_ascii=False).encode("utf-8")    # what stdout and the API do


@FUZZ
@given(text=texts)
def test_places_point_into_the_text(text):
    try:
        found = eventwire.places(text)
    except InputError:
        return
    clean = scrub(text)
    for place in found:
        assert clean[place.start:place.end] == place.name
        assert place.latitude is None or -90 <= place.latitude <= 90


def _as_jsonl(text: str, when) -> bytes:
    return json.dumps({"id": "p", "text": text, "published": str(when or "")}).encode("utf-8", "surrogatepass")


def _as_csv(text: str, when) -> bytes:
    cell = text.replace('"', '""').encode("utf-8", "surrogatepass")
    return b'id,text,published\np,"' + cell + b'",' + str(when or "").encode("utf-8", "surrogatepass")


@FUZZ
@given(text=texts, when=published, shape=st.sampled_from([_as_jsonl, _as_csv, None]))
def test_readers_yield_reports_or_named_errors_and_pipe_never_fails(text, when, shape):
    data = shape(text, when) if shape else text.encode("utf-8", "surrogatepass")
    items = list(iter_reports("-", stdin=io.BytesIO(data)))
    assert all(isinstance(item, (RawReport, InputError)) for item in items)
    for item in items:
        if isinstance(item, InputError):
            assert item.origin == "<stdin>"
    for result in eventwire.pipe(items):
        assert not result.failed, result.error


@FUZZ
@given(data=st.binary(max_size=400))
def test_readers_take_any_bytes(data):
    for item in iter_reports("-", stdin=io.BytesIO(data)):
        assert isinstance(item, (RawReport, InputError))


PARAMS = ("date_from", "date_to", "bbox", "country", "admin1", "event_type", "sub_event_type", "actor",
          "min_fatalities", "q", "sort", "limit", "offset", "format", "by", "nonsense")
values = st.one_of(st.text(max_size=40), st.sampled_from(["-1", "0", "1e309", "nan", "2020-13-01", "1,2,3,4",
                                                          "-180,-90,180,90", "'; DROP TABLE events; --", "%00",
                                                          "event_date", "-fatalities", "csv", "geojson"]))


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from eventwire.api import create_app, load_settings

    path = tmp_path_factory.mktemp("fuzz") / "fuzz.duckdb"
    with eventwire.connect(str(path)) as store:
        for number, text in enumerate(SENTENCES):
            result = next(eventwire.pipe([RawReport(text=text, doc_id=f"s{number}", published=date(2020, 5, 9))]))
            store.add(result.article, result.events)
    with TestClient(create_app(load_settings(environ={}, db=str(path))), raise_server_exceptions=False) as client:
        yield client


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.lists(st.tuples(st.sampled_from(PARAMS), values), max_size=4),
       path=st.sampled_from(["/events", "/stats"]))
def test_api_query_parameters_never_give_a_server_error(api, query, path):
    response = api.get(path, params=query)
    assert response.status_code in (200, 400), (query, response.text)
    if response.status_code == 400:
        assert set(response.json()["error"]) >= {"status", "code", "message"}
