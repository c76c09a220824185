"""GET /events answers as it did before its fast paths: text search through the stored search
columns pages through the same events in the same order as the per-row expression, and the GeoJSON
built without `asdict` holds the same features as `Event.to_dict()` gives. On a store built here, once
per backend (a DuckDB file, a database on a real PostgreSQL server)."""
from __future__ import annotations

import warnings
from dataclasses import asdict

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from conftest import BACKENDS
from eventwire.api import create_app, load_settings
from eventwire.store import EventQuery, connect
from eventwire.store.query import compile_order, compile_where
from test_api_support import KNOWN, build
from test_dedup_across import AP, REUTERS, ap_event, article, reuters_event
from test_store_search import PARIS, QUITO, paris_event, quito_event

SEARCHES = ["nairobi", "NAIROBI police", "said", "crowded", "warplanes saraqib", "élysée", "Élysée palace",
            "elysee", "fuerzas", "market", "e", "no-such-word"]


@pytest.fixture(scope="module", params=BACKENDS)
def served(request, tmp_path_factory):
    """A client and a reader over one store per backend (PostgreSQL: every answer is computed, none kept)."""
    if request.param == "postgres":
        path = request.getfixturevalue("pg_server").create_database(f"answers{id(request)}")
    else:
        path = tmp_path_factory.mktemp("answers") / "store.duckdb"
    with connect(str(path)) as store:
        store.add_batch([(a, [e]) for a, e in map(build, KNOWN)])
        store.add(article("reuters", REUTERS, "Reuters"), [reuters_event()])
        store.add(article("ap", AP, "Associated Press"), [ap_event()])
        store.add_batch([(article("paris", PARIS, "Wire"), [paris_event()]),
                         (article("quito", QUITO, "Wire"), [quito_event()])])
    with TestClient(create_app(load_settings(environ={}, db=str(path)))) as client:
        with connect(str(path), read_only=True) as reader:
            yield client, reader


def _before(store, q: EventQuery) -> list[str]:
    """The ids in page order as the search lower-casing every row found them."""
    where = compile_where(q, with_sources=True, stored_search=False)
    _, rows = store._fetch(f"SELECT id FROM events {where.where} {compile_order(q.sort)}", where.params)
    return [r[0] for r in rows]


def _walk(client, url: str) -> tuple[list[str], int]:
    seen, total = [], None
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.text
        page = response.json()
        total = page["total"] if total is None else total
        assert page["total"] == total
        seen += [e["id"] for e in page["events"]]
        url = page["next"]
    return seen, total


@pytest.mark.parametrize("words", SEARCHES)
@pytest.mark.parametrize("sort", ["-event_date", "fatalities", "-country"])
def test_search_pages_through_the_same_events_in_the_same_order(served, words, sort):
    client, store = served
    expected = _before(store, EventQuery(text=words, sort=sort))
    seen, total = _walk(client, f"/events?q={words}&sort={sort}&limit=2")
    assert seen == expected and total == len(expected)


def test_searches_find_what_the_reports_say(served):
    client, store = served
    assert len(_before(store, EventQuery(text="nairobi"))) == 3
    assert _walk(client, "/events?q=ÉLYSÉE")[0] == ["e-paris"] and _walk(client, "/events?q=elysee")[0] == []
    assert _walk(client, "/events?q=crowded%20warplanes")[0] == ["e-reuters"]
    assert _walk(client, "/events?actor=FUERZAS")[0] == ["e-quito"]


def test_geojson_features_are_the_events_as_to_dict_gives_them(served):
    client, store = served
    response = client.get("/events?format=geojson&sort=-fatalities")
    assert response.headers["content-type"].startswith("application/geo+json")
    features = response.json()["features"]
    events = store.query(EventQuery(sort="-fatalities"))
    assert len(features) == len(events) == len(KNOWN) + 3
    for got, event in zip(features, events):
        properties = asdict(event)
        del properties["evidence"]
        assert got == {"type": "Feature", "id": event.id, "properties": properties,
                       "geometry": {"type": "Point", "coordinates": [event.longitude, event.latitude]}}
