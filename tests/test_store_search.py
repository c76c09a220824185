"""Text and actor search read lower-cased text stored with each event (`SEARCH_COLUMNS`) instead of
lower-casing every row per query. These tests check, once per backend, that the answers are the ones
the per-row expression gives (`stored_search=False`) through merges, re-coding and deletes, and on a
store made before the columns existed.
"""
from __future__ import annotations

import pytest

from eventwire import connect
from eventwire.store import EventQuery
from eventwire.store.query import compile_order, compile_where
from test_dedup_across import AP, REUTERS, ap_event, article, reuters_event, strike
from test_store import raw_sql

PARIS = "PARIS (Wire) - Riot police fired tear gas at farmers who dumped manure outside the Élysée Palace on Monday."
QUITO = "QUITO (Wire) - Soldiers of the Fuerzas Armadas clashed with a gang in Guayaquil's Suburbio on Friday."

WORDS = ["crowded", "warplanes", "crowded warplanes", "saraqib", "SARAQIB idlib", "élysée", "ÉLYSÉE", "elysee",
         "palace", "manure élysée", "guayaquil's", "suburbio", "armadas", "fuerzas armadas", "civilians",
         "ceasefire", "'", "e", "gas farmers", "syria", "france", "ecuador"]
ACTORS = ["police", "POLICE", "armadas", "fuerzas armadas", "syria (2000-)", "civilians", "gang", "farmers", "x"]


def paris_event(**kw):
    return strike("paris", PARIS, "Wire", event_date="2021-02-01", event_type="Protests",
                  sub_event_type="Protest with intervention", actor1="Protesters (France)",
                  actor2="Police Forces of France (2017-)", assoc_actor_1="Farmers (France)",
                  country="France", iso3="FRA", admin1="Île-de-France", location="Paris", latitude=48.87,
                  longitude=2.32, fatalities=0, **kw)


def quito_event(**kw):
    return strike("quito", QUITO, "Wire", event_date="2021-02-05", event_type="Battles",
                  sub_event_type="Armed clash", actor1="Military Forces of Ecuador (2007-) Fuerzas Armadas",
                  actor2="Los Choneros Gang", country="Ecuador", iso3="ECU", admin1="Guayas",
                  location="Guayaquil", latitude=-2.19, longitude=-79.89, fatalities=2, **kw)


@pytest.fixture
def store(store_target):
    s = connect(store_target)
    yield s
    s.close()


def _ids(store, stored: bool, **kw) -> list[str]:
    """The ids a query matches, in the page order, searching the stored columns or lower-casing every row."""
    q = EventQuery(**kw)
    where = compile_where(q, with_sources=True, stored_search=stored)
    _, rows = store._fetch(f"SELECT id FROM events {where.where} {compile_order(q.sort)}", where.params)
    return [r[0] for r in rows]


def _same_as_before(store) -> dict[str, list[str]]:
    """Every search of WORDS and ACTORS answered alike both ways; returns the answers by word."""
    answers = {}
    for word in WORDS:
        answers[word] = _ids(store, True, text=word)
        assert answers[word] == _ids(store, False, text=word), word
    for actor in ACTORS:
        assert _ids(store, True, actor=actor) == _ids(store, False, actor=actor), actor
    assert [e.id for e in store.query(EventQuery(text="élysée"))] == answers["élysée"]   # the store's own path
    return answers


def _fill(store) -> None:
    store.add(article("reuters", REUTERS, "Reuters"), [reuters_event()])
    store.add(article("ap", AP, "Associated Press"), [ap_event()])       # merged into the Reuters event
    store.add_batch([(article("paris", PARIS, "Wire"), [paris_event()]),
                     (article("quito", QUITO, "Wire"), [quito_event()])])


def test_search_is_case_insensitive_keeps_accents_and_finds_every_reports_words(store):
    _fill(store)
    found = _same_as_before(store)
    assert found["élysée"] == found["ÉLYSÉE"] == found["manure élysée"] == ["e-paris"]
    assert found["elysee"] == []                   # accents are not folded, as before
    assert found["crowded warplanes"] == ["e-reuters"]   # one word from each report of the merged event
    assert found["fuerzas armadas"] == ["e-quito"] and found["ceasefire"] == []
    assert _ids(store, True, actor="POLICE") == ["e-paris"]
    assert _ids(store, True, actor="fuerzas armadas") == ["e-quito"]
    assert _ids(store, True, actor="farmers") == ["e-paris"]     # an associated actor
    assert len(found["e"]) == 3 and store.count(EventQuery(text="syria")) == 1


def test_search_follows_recoding_and_deleting_a_report(store):
    _fill(store)
    assert _same_as_before(store)["crowded"] == ["e-reuters"]
    recoded = "BEIRUT (AP) - Rescuers pulled bodies from the rubble of the Saraqib market on Tuesday."
    store.add(article("ap", recoded, "Associated Press"),
              [strike("ap", recoded, "Associated Press", id="e-ap-2", coder="tests/2")])
    found = _same_as_before(store)
    assert found["crowded"] == [] and _ids(store, True, text="rubble") == ["e-reuters"]
    store.delete("a-reuters")       # the AP report now speaks for the event alone
    found = _same_as_before(store)
    assert found["warplanes"] == [] and _ids(store, True, text="rubble warplanes") == []
    assert [e.notes for e in store.query(EventQuery(text="rubble"))] == [recoded]
    store.delete("a-paris")
    assert _same_as_before(store)["élysée"] == []


def test_a_store_from_before_the_search_columns_searches_alike(store_target):
    with connect(store_target) as s:
        _fill(s)
        before = _same_as_before(s)
    # DuckDB drops no column of an indexed table
    raw_sql(store_target, "DROP INDEX events_article", "ALTER TABLE events DROP COLUMN search_text",
            "ALTER TABLE events DROP COLUMN actor_text")
    with connect(store_target, read_only=True) as old:   # read-only: searched the old way
        assert not old._stored_search
        assert {w: [e.id for e in old.query(EventQuery(text=w))] for w in WORDS} == before
    with connect(store_target) as s:                      # a writer adds the columns and fills them
        assert s._stored_search
        assert _same_as_before(s) == before
        _, rows = s._fetch("SELECT count(*) FROM events WHERE search_text IS NULL OR actor_text IS NULL")
        assert rows[0][0] == 0
