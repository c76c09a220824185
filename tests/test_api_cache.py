"""The API keeps answers and events only while the store is unchanged: a write through any
path (POST /reports or the store object itself) is seen by the next GET, and a kept answer
is byte for byte the one computed afresh."""
from __future__ import annotations

import warnings
from dataclasses import replace

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from eventwire.api import create_app, load_settings
from eventwire.records import Article, Sentence, stable_id
from eventwire.store import EventQuery, connect

from test_api_support import KNOWN, TOKEN, build, fill_store


@pytest.fixture
def served(tmp_path):
    """A client and the very store object its app reads (opened for writing)."""
    path = tmp_path / "cache.duckdb"
    fill_store(path)
    store = connect(str(path))
    app = create_app(load_settings(environ={}, db=str(path), token=TOKEN), store=store)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client, store


def test_a_kept_answer_equals_a_fresh_one(served):
    client, store = served
    first = client.get("/events?sort=event_date&limit=3")
    again = client.get("/events?sort=event_date&limit=3")
    other_words = client.get("/events?sort=event_date&limit=3", headers={"accept": "application/json, text/x-other"})
    assert first.status_code == again.status_code == other_words.status_code == 200
    assert first.content == again.content == other_words.content
    assert [e["id"] for e in first.json()["events"]] == [e.id for e in store.query(EventQuery(sort="event_date",
                                                                                                 limit=3))]


def test_a_write_through_the_store_is_seen_by_the_next_get(served):
    client, store = served
    before = client.get("/events?limit=100").json()
    stats_before = client.get("/stats?by=country").json()
    article, event = build(KNOWN[0])
    text = article.text + " A later report."
    moved = Article(**{**article.__dict__, "id": stable_id("another report", prefix="a"), "text": text,
                       "sentences": [Sentence(0, len(text))]})
    new_event = replace(event, id=stable_id("another", "event", prefix="e"), article_id=moved.id,
                        event_date="2001-01-01", country="Iceland", iso3="ISL", latitude=64.1, longitude=-21.9)
    store.add(moved, [new_event], merge=False)
    after = client.get("/events?limit=100").json()
    assert after["total"] == before["total"] + 1
    assert new_event.id in {e["id"] for e in after["events"]}
    stats_after = client.get("/stats?by=country").json()
    assert stats_after != stats_before
    assert "Iceland" in {row["key"] for row in stats_after["rows"]}


def test_an_event_changed_in_the_store_is_not_served_from_memory(served):
    client, store = served
    target = KNOWN[1]
    article, event = build(target)
    seen = client.get(f"/events?limit=100&sort=id").json()
    assert any(e["id"] == event.id and e["fatalities"] == target.fatalities for e in seen["events"])
    store.add(article, [replace(event, fatalities=target.fatalities + 7, coder="tests-v2")], coder="tests-v2",
              merge=False)
    again = client.get("/events?limit=100&sort=id&format=json").json()
    changed = [e for e in again["events"] if e["id"] == event.id]
    assert changed and changed[0]["fatalities"] == target.fatalities + 7


def test_page_ids_agree_with_query_and_count(tmp_path):
    path = tmp_path / "ids.duckdb"
    fill_store(path)
    store = connect(str(path), read_only=True)
    try:
        for q in (EventQuery(limit=2), EventQuery(sort="fatalities", limit=3, offset=1),
                  EventQuery(country="nowhere", limit=5), EventQuery(limit=5, offset=1000)):
            ids, total = store.page_ids(q)
            assert ids == [e.id for e in store.query(q)]
            assert total == store.count(EventQuery(country=q.country))
    finally:
        store.close()
