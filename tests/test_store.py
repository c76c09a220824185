"""The store, once per backend (DuckDB file, PostgreSQL database): idempotent adds, crash safety,
every filter bound as a value. The same assertions hold for both."""
from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from dataclasses import fields

import pytest

from eventwire import connect
from eventwire.errors import StoreError
from eventwire.records import Article, Dateline, Event, Evidence, Place, Sentence, Span
from eventwire.store import EventQuery, QueryError, Store
from eventwire.store.schema import EVENT_COLUMNS

INJECTIONS = [
    "x' OR '1'='1",
    "'; DROP TABLE events; --",
    "Syria') OR 1=1 --",
    "%",
    "_",
]


def make_article(n: int, text: str | None = None) -> Article:
    text = text or f"TOWN{n} (Wire) - Report number {n}: gunmen attacked a village, killing {n} people."
    return Article(
        id=f"a{n:04d}",
        text=text,
        doc_id=f"doc-{n}",
        origin="fixture.jsonl",
        line=n,
        title=f"Report {n}",
        agency="Wire",
        dateline=Dateline(f"TOWN{n}", "Wire", Span(0, 5), Span(0, 14)),
        sentences=[Sentence(0, len(text))],
        places=[Place(name=f"TOWN{n}", start=0, end=5, latitude=1.0, longitude=2.0, country="Syria")],
    )


def make_event(n: int, k: int = 0, **overrides) -> Event:
    base = dict(
        id=f"e{n:04d}-{k}",
        article_id=f"a{n:04d}",
        doc_id=f"doc-{n}",
        event_date=f"2020-05-{1 + n % 28:02d}",
        time_precision=1,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        disorder_type="Political violence",
        actor1="Unidentified Armed Group (Syria)",
        actor2="Civilians (Syria)",
        country="Syria",
        iso=760,
        iso3="SYR",
        admin1="Idlib",
        location=f"Town {n}",
        latitude=35.9 + n / 100,
        longitude=36.6 + n / 100,
        geo_precision=1,
        fatalities=n,
        notes=f"Gunmen attacked a village, killing {n} people.",
        confidence=0.8,
        coder="test-coder/1",
        evidence=[Evidence("fatalities", 10, 14, str(n))],
    )
    base.update(overrides)
    return Event(**base)


@pytest.fixture
def store(store_target):
    s = connect(store_target)
    yield s
    s.close()


def _fill(store, events):
    by_article: dict[str, list[Event]] = {}
    for e in events:
        by_article.setdefault(e.article_id, []).append(e)
    for article_id, evs in by_article.items():
        store.add(make_article(int(article_id[1:])), evs)


def test_schema_has_every_event_field():
    columns = {name for name, _ in EVENT_COLUMNS}
    assert {f.name for f in fields(Event)} | {"ingested_at"} == columns


def test_store_satisfies_protocol(store):
    assert isinstance(store, Store)


def test_round_trip_event_and_article(store):
    article, event = make_article(3), make_event(3, tags="crowd size=small")
    result = store.add(article, [event])
    assert (result.status, result.events) == ("new", 1)
    assert store.get(event.id) == event
    back = store.article(article.id)
    assert back.text == article.text and back.dateline == article.dateline
    assert back.sentences == article.sentences and back.places == article.places
    assert store.get("nope") is None and store.article("nope") is None


def test_adding_twice_changes_nothing(store):
    for _ in range(2):
        results = store.add_batch([(make_article(n), [make_event(n, 0), make_event(n, 1)]) for n in range(1, 6)])
    assert {r.status for r in results} == {"unchanged"}
    summary = store.summary()
    assert (summary.articles, summary.events) == (5, 10)


def test_new_coder_replaces_the_articles_events_only(store):
    store.add(make_article(1), [make_event(1, 0), make_event(1, 1)])
    store.add(make_article(2), [make_event(2, 0)])
    result = store.add(make_article(1), [make_event(1, 5, coder="test-coder/2")])
    assert result.status == "replaced"
    assert sorted(e.id for e in store.query(EventQuery(article_id="a0001"))) == ["e0001-5"]
    assert store.get("e0002-0") is not None
    assert store.summary().events == 2


def test_batch_write_is_all_or_nothing(store):
    good = (make_article(1), [make_event(1)])
    bad = (make_article(2), [make_event(2, event_date="May 2020")])
    with pytest.raises(StoreError, match="not YYYY-MM-DD"):
        store.add_batch([good, bad])
    assert store.summary().articles == 0
    with pytest.raises(StoreError, match="has no id"):
        store.add(make_article(3), [make_event(3, id="")])


def test_exception_mid_run_keeps_stored_batches_and_rerun_adds_no_duplicates(store):
    def reports(fail_at: int | None):
        for n in range(1, 11):
            if n == fail_at:
                raise RuntimeError("injected failure")
            yield make_article(n), [make_event(n)]

    with pytest.raises(RuntimeError):
        batch = []
        for item in reports(fail_at=7):
            batch.append(item)
            if len(batch) == 3:
                store.add_batch(batch)
                batch = []
    assert store.summary().articles == 6
    statuses = [r.status for r in store.add_batch(list(reports(None)))]
    assert statuses.count("unchanged") == 6 and statuses.count("new") == 4
    assert (store.summary().articles, store.summary().events) == (10, 10)


def test_process_killed_mid_run_loses_nothing_committed(store_target):
    path = store_target
    child = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(__import__('pathlib').Path(__file__).parent)!r})
        from test_store import make_article, make_event
        from eventwire import connect
        store = connect({str(path)!r})
        for n in range(1, 5):
            store.add(make_article(n), [make_event(n)])
        os._exit(9)   # killed: no close, no checkpoint
    """)
    proc = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True)
    assert proc.returncode == 9, proc.stderr
    with connect(str(path)) as store:
        assert store.summary().articles == 4
        results = store.add_batch([(make_article(n), [make_event(n)]) for n in range(1, 7)])
        assert [r.status for r in results].count("new") == 2
        assert (store.summary().articles, store.summary().events) == (6, 6)


@pytest.fixture
def filled(store):
    events = [make_event(n) for n in range(1, 11)]
    events[0] = make_event(1, event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Lebanon)",
                           actor2="", country="Lebanon", iso3="LBN", admin1="Beirut", fatalities=0,
                           latitude=33.9, longitude=35.5, notes="Students marched in Beirut.")
    events[1] = make_event(2, event_type="Battles", sub_event_type="Armed clash", actor1="Military Forces of Syria (2000-)",
                           actor2="Hayat Tahrir al-Sham", assoc_actor_2="Rebels", fatalities=12)
    events[2] = make_event(3, latitude=None, longitude=None, event_date=None, location="")
    events[3] = make_event(4, country="Fiji", iso3="FJI", latitude=-17.0, longitude=179.5)
    events[4] = make_event(5, country="Fiji", iso3="FJI", latitude=-16.8, longitude=-179.9)
    _fill(store, events)
    return store


def _ids(store, **kw):
    return sorted(e.id.split("-")[0] for e in store.query(EventQuery(**kw)))


def test_filters(filled):
    s = filled
    assert len(s.query()) == 10 and s.count() == 10
    assert _ids(s, date_from="2020-05-05", date_to="2020-05-07") == ["e0004", "e0005", "e0006"]
    assert _ids(s, country="lebanon") == ["e0001"]
    assert _ids(s, country="LBN") == ["e0001"]
    assert _ids(s, country=["Lebanon", "fiji"]) == ["e0001", "e0004", "e0005"]
    assert _ids(s, admin1="beirut") == ["e0001"]
    assert _ids(s, event_type="Battles") == ["e0002"]
    assert _ids(s, sub_event_type="peaceful protest") == ["e0001"]
    assert _ids(s, actor="tahrir") == ["e0002"]
    assert _ids(s, actor="rebels") == ["e0002"]
    assert _ids(s, min_fatalities=9) == ["e0002", "e0009", "e0010"]
    assert _ids(s, text="students beirut") == ["e0001"]
    assert _ids(s, text="STUDENTS marched") == ["e0001"]
    assert _ids(s, bbox=(35.0, 33.0, 36.0, 34.0)) == ["e0001"]
    assert _ids(s, bbox=(179.0, -18.0, -179.0, -16.0)) == ["e0004", "e0005"]   # across the antimeridian
    assert _ids(s, ids=["e0002-0", "e0003-0"]) == ["e0002", "e0003"]
    assert s.count(EventQuery(country="Syria", min_fatalities=5)) == 6


def test_sort_and_pages(filled):
    s = filled
    by_deaths = [e.fatalities for e in s.query(EventQuery(sort="-fatalities"))]
    assert by_deaths == sorted(by_deaths, reverse=True)
    dates = [e.event_date for e in s.query(EventQuery(sort="event_date"))]
    assert dates[-1] is None and dates[:-1] == sorted(dates[:-1])
    pages = [e.id for off in range(0, 10, 3) for e in s.query(EventQuery(sort="country", limit=3, offset=off))]
    assert sorted(pages) == sorted(e.id for e in s.query()) and len(set(pages)) == 10


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_attempts_are_plain_values(filled, value):
    s = filled
    for field in ("country", "admin1", "event_type", "sub_event_type", "actor", "text", "article_id"):
        assert s.query(EventQuery(**{field: value})) == [], field
    assert s.get(value) is None
    assert s.summary().events == 10   # nothing dropped


@pytest.mark.parametrize("kwargs, parameter", [
    (dict(sort="fatalities; DROP TABLE events"), "sort"),
    (dict(sort="-nonsense"), "sort"),
    (dict(date_from="05/01/2020"), "date_from"),
    (dict(date_from="2020-05-09", date_to="2020-05-01"), "date_from"),
    (dict(bbox=(0, 0, 1)), "bbox"),
    (dict(bbox=(0, 95, 1, 96)), "bbox"),
    (dict(min_fatalities=-1), "min_fatalities"),
    (dict(min_fatalities="many"), "min_fatalities"),
    (dict(limit=-5), "limit"),
])
def test_bad_parameters_name_themselves(filled, kwargs, parameter):
    with pytest.raises(QueryError) as info:
        filled.query(EventQuery(**kwargs))
    assert info.value.parameter == parameter and isinstance(info.value, ValueError)


def test_stats(filled):
    s = filled
    by_type = {r.key: (r.events, r.fatalities) for r in s.stats(by="event_type")}
    assert by_type == {"Violence against civilians": (8, 52), "Battles": (1, 12), "Protests": (1, 0)}
    days = s.stats(by="day")
    assert sum(r.events for r in days) == 9 and [r.key for r in days] == sorted(r.key for r in days)
    weeks = s.stats(EventQuery(country="Syria"), by="week")
    assert all(r.key in ("2020-04-27", "2020-05-04", "2020-05-11") for r in weeks)
    assert sum(r.events for r in weeks) == 6   # Syria has 7, one undated
    key, events, fatalities = s.stats(EventQuery(country="Lebanon"), by="country")[0]
    assert (key, events, fatalities) == ("Lebanon", 1, 0)
    assert {r.key for r in s.stats(by="admin1")} == {"Beirut", "Idlib"}
    with pytest.raises(QueryError):
        s.stats(by="1; DROP TABLE events")


def test_delete_and_timestamps(filled):
    s = filled
    assert s.delete("a0002") == 1
    assert s.get("e0002-0") is None and s.article("a0002") is None
    stamps = s.timestamps(["e0001-0", "e0003-0"])
    assert set(stamps) == {"e0001-0", "e0003-0"} and all(t > 1_700_000_000 for t in stamps.values())


def test_dataframe_view(filled):
    frame = filled.df(EventQuery(country="Syria"))
    assert len(frame) == 7 and "evidence" in frame.columns and "ingested_at" in frame.columns
    assert frame["evidence"].iloc[0][0]["field"] == "fatalities"
    assert len(filled.df()) == 10


def test_read_only(store_target):
    from eventwire.store import connect as open_store

    with connect(store_target) as s:
        _fill(s, [make_event(1)])
    with open_store(store_target, read_only=True) as ro:
        assert ro.count() == 1
        with pytest.raises(StoreError, match="read-only"):
            ro.add(make_article(2), [make_event(2)])
        with pytest.raises(StoreError, match="read-only"):
            ro.delete("a0001")
    with connect(store_target) as s:
        assert s.summary().events == 1


def test_bad_files(tmp_path):
    not_store = tmp_path / "plain.txt"
    not_store.write_text("hello")
    with pytest.raises(StoreError, match="cannot open"):
        connect(str(not_store))


def test_reads_from_many_threads(filled):
    errors: list[Exception] = []

    def work():
        try:
            for _ in range(20):
                assert filled.count(EventQuery(country="Syria")) == 7
                assert len(filled.query(EventQuery(limit=5))) == 5
        except Exception as exc:   # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def raw_sql(target: str, *statements: str) -> None:
    """Statements run on the store's engine directly, as an older eventwire or another tool would."""
    if target.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(target, autocommit=True) as con:
            for statement in statements:
                con.execute(statement)
    else:
        import duckdb

        con = duckdb.connect(target)
        for statement in statements:
            con.execute(statement)
        con.close()


def test_file_from_an_older_event_schema_is_migrated(store_target):
    """A field added to Event later: read-only opens see its default, a writer adds the column."""
    from eventwire.store import connect as open_store

    path = store_target
    with connect(path) as s:
        s.add(make_article(1), [make_event(1)])
    # DuckDB drops no column of an indexed table
    raw_sql(path, "DROP INDEX events_article", "ALTER TABLE events DROP COLUMN tags")
    with open_store(path, read_only=True) as ro:
        assert ro.get("e0001-0").tags == ""
    with connect(path) as s:
        s.add(make_article(2), [make_event(2, tags="migrated")])
        assert s.get("e0002-0").tags == "migrated" and s.get("e0001-0").tags == ""
