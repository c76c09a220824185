"""Merging one event told by several reports: the match rules, the fold, and the store
keeping one event with every report behind it (once per backend: a real DuckDB file in tmp_path and
a database on a real PostgreSQL server, with the same assertions).

The reports are short wire-style texts written for these tests; the events are built
directly (evidence as offsets into them) so the rules are tested apart from the coder.
"""
from __future__ import annotations

import json
import warnings
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from eventwire import connect
from eventwire.cli.main import app
from eventwire.dedup.across import (
    Grouper,
    acled_week,
    merge_sources,
    merged_toll,
    same_event,
    why_apart,
)
from eventwire.records import Article, Event, Evidence, Sentence
from eventwire.store import EventQuery
from test_store import raw_sql

REUTERS = ("BEIRUT (Reuters) - Government warplanes struck the market of Saraqib in Idlib province on "
           "Tuesday, killing seven civilians, a rescue group said.")
AP = ("BEIRUT (AP) - An air raid hit a crowded market in the northwestern Syrian town of Saraqib on Tuesday, "
      "killing at least nine people, rescuers said.")
AFP = ("DAMASCUS (AFP) - Dozens died when jets bombed a market in Idlib province on Tuesday, a monitor said.")


def article(key: str, text: str, source: str) -> Article:
    return Article(id=f"a-{key}", text=text, doc_id=f"doc-{key}", origin=f"tests/{key}.txt", line=1,
                   source=source, agency=source, sentences=[Sentence(0, len(text))])


def evidence(text: str, **fields: str) -> list[Evidence]:
    out = []
    for name, words in fields.items():
        at = text.index(words)
        out.append(Evidence(name, at, at + len(words), words))
    return out


def strike(key: str, text: str, source: str, **overrides) -> Event:
    """The Saraqib air strike as one report codes it."""
    base = dict(
        id=f"e-{key}", article_id=f"a-{key}", doc_id=f"doc-{key}", event_date="2021-03-09", time_precision=1,
        disorder_type="Political violence", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        actor1="Military Forces of Syria (2000-)", inter1=1, actor2="Civilians (Syria)", inter2=7, interaction=17,
        civilian_targeting="Civilian targeting", country="Syria", iso3="SYR", admin1="Idlib", location="Saraqib",
        latitude=35.8623, longitude=36.8006, geo_precision=1, source=source, notes=text, fatalities=7,
        sentence_start=0, sentence_end=len(text), confidence=0.8, coder="tests/1",
    )
    base.update(overrides)
    return Event(**base)


def reuters_event(**kw) -> Event:
    return strike("reuters", REUTERS, "Reuters", evidence=evidence(REUTERS, fatalities="seven", location="Saraqib"), **kw)


def ap_event(**kw) -> Event:
    kw.setdefault("fatalities", 9)
    return strike("ap", AP, "Associated Press",
                  evidence=evidence(AP, fatalities="at least nine", location="Saraqib"), **kw)


@pytest.fixture
def store(store_target):
    s = connect(store_target)
    yield s
    s.close()


# -- the match rules ----------------------------------------------------------------

def test_two_reports_of_one_strike_match():
    assert why_apart(reuters_event(), ap_event()) is None


@pytest.mark.parametrize("change, reason", [
    (dict(event_date="2021-03-11"), "more than a day apart"),
    (dict(location="Maarat al-Numan", latitude=35.6439, longitude=36.6711), "different towns"),
    (dict(location="Ariha", latitude=35.8136, longitude=36.6097, geo_precision=2), None),          # 18 km, near a town
    (dict(location="Idlib", latitude=35.9306, longitude=36.6339, geo_precision=2), None),          # 17 km
    (dict(location="Jisr al-Shughur", latitude=35.8126, longitude=36.3179, geo_precision=2), "44 km apart"),
    (dict(country="Turkey", iso3="TUR"), "different countries"),
    (dict(event_type="Violence against civilians", sub_event_type="Abduction/forced disappearance"),
     "different event types"),
    (dict(event_type="Battles", sub_event_type="Armed clash", actor2="Hayat Tahrir al-Sham"), "different actors"),
    (dict(actor1="Military Forces of Russia (2000-)"), "different actors"),
    (dict(event_date=None), "undated"),
    (dict(time_precision=3), "dated only to the month"),
])
def test_what_keeps_two_events_apart(change, reason):
    assert why_apart(reuters_event(), ap_event(**change)) == reason


def test_a_day_either_side_matches_but_demonstrations_are_daily():
    assert same_event(reuters_event(), ap_event(event_date="2021-03-08"))
    march = dict(event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Syria)", actor2="",
                 disorder_type="Demonstrations")
    assert same_event(reuters_event(**march), ap_event(**march))
    assert why_apart(reuters_event(**march), ap_event(event_date="2021-03-10", **march)) == \
        "demonstrations on different days"


def test_week_precision_matches_within_the_acled_week():
    # 2021-03-06 is a Saturday: the ACLED week runs to Friday 2021-03-12
    assert acled_week(date_of("2021-03-12")) == acled_week(date_of("2021-03-06")) == date_of("2021-03-06")
    assert same_event(reuters_event(), ap_event(event_date="2021-03-12", time_precision=2))
    assert why_apart(reuters_event(), ap_event(event_date="2021-03-13", time_precision=2)) == "different weeks"


def date_of(text: str):
    from datetime import date

    return date.fromisoformat(text)


def test_a_generic_type_or_actor_matches_the_specific_one():
    attack = ap_event(event_type="Violence against civilians", sub_event_type="Attack",
                      actor1="Unidentified Armed Group (Syria)")
    assert same_event(attack, reuters_event()) and same_event(reuters_event(), attack)
    assert same_event(reuters_event(), ap_event(actor1=""))
    # the other way round in a battle: the army fought HTS / HTS fought the army
    army = dict(event_type="Battles", sub_event_type="Armed clash", civilian_targeting="")
    one = reuters_event(actor1="Military Forces of Syria (2000-)", actor2="Hayat Tahrir al-Sham", **army)
    other = ap_event(actor1="Hayat Tahrir al-Sham", actor2="Military Forces of Syria (2000-)", **army)
    assert same_event(one, other)


def test_province_only_place_matches_a_town_of_that_province():
    vague = ap_event(location="", latitude=None, longitude=None, geo_precision=3)
    assert same_event(reuters_event(), vague)
    assert why_apart(reuters_event(), replace(vague, admin1="Aleppo")) == "different provinces"


# -- the fold -----------------------------------------------------------------------

def test_fold_keeps_first_id_text_and_evidence_takes_the_most_conservative_counted_toll():
    first = reuters_event(event_type="Violence against civilians", sub_event_type="Attack",
                          actor1="Unidentified Armed Group (Syria)", inter1=3)
    merged = merge_sources([first, ap_event()])
    assert merged.id == "e-reuters" and merged.article_id == "a-reuters" and merged.notes == REUTERS
    assert merged.evidence == first.evidence
    assert (merged.event_type, merged.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert (merged.actor1, merged.inter1, merged.interaction) == ("Military Forces of Syria (2000-)", 1, 17)
    assert merged.fatalities == 7                          # ACLED: the most conservative toll, not 7 + 9
    assert merged.source == "Reuters; Associated Press"
    assert first.sub_event_type == "Attack"                 # the reports themselves are untouched


def test_a_default_toll_does_not_outrank_a_counted_one():
    text = "BEIRUT (Wire) - Jets bombed Saraqib on Tuesday, and people were killed, residents said."
    vague = strike("wire", text, "Wire", fatalities=10, evidence=evidence(text, fatalities="killed"))
    assert merged_toll([vague, reuters_event()]) == 7
    assert merged_toll([vague]) == 10
    dozens = strike("afp", AFP, "AFP", fatalities=12, evidence=evidence(AFP, fatalities="Dozens"))
    assert merged_toll([reuters_event(), ap_event(), dozens]) == 7


def test_grouper_never_merges_two_events_of_one_report():
    grouper = Grouper()
    one, _ = grouper.offer(reuters_event())
    two, joined = grouper.offer(reuters_event(id="e-reuters-2"))
    assert one is not two and not joined
    three, joined = grouper.offer(ap_event())
    assert joined and three.event_id in ("e-reuters", "e-reuters-2") and len(three.sources) == 2


# -- the store ----------------------------------------------------------------------

def test_two_reports_of_one_event_are_one_stored_event_with_two_sources(store):
    first = store.add(article("reuters", REUTERS, "Reuters"), [reuters_event()])
    second = store.add(article("ap", AP, "Associated Press"), [ap_event()])
    assert (first.status, first.merged) == ("new", 0)
    assert (second.status, second.events, second.merged) == ("new", 1, 1)
    assert store.summary().events == 1 and store.summary().articles == 2
    (event,) = store.query()
    assert event.id == "e-reuters" and event.fatalities == 7 and event.source == "Reuters; Associated Press"
    assert event.article_id == "a-reuters" and event.notes == REUTERS
    sources = store.sources(event.id)
    assert [(s.id, s.article_id, s.fatalities) for s in sources] == [("e-reuters", "a-reuters", 7), ("e-ap", "a-ap", 9)]
    for s in sources:   # each report's evidence points into its own article
        text = store.article(s.article_id).text
        assert all(text[ev.start:ev.end] == ev.text for ev in s.evidence)
    assert store.get("e-ap").id == "e-reuters"           # the second report's id finds the merged event
    assert store.stats(by="event_type")[0][1:] == (1, 7)


def test_text_search_finds_a_merged_event_by_any_reports_words(store):
    store.add(article("reuters", REUTERS, "Reuters"), [reuters_event()])
    store.add(article("ap", AP, "Associated Press"), [ap_event()])
    assert [e.id for e in store.query(EventQuery(text="crowded raid"))] == ["e-reuters"]   # AP's words only
    assert [e.id for e in store.query(EventQuery(text="warplanes"))] == ["e-reuters"]      # Reuters' words
    assert store.count(EventQuery(text="crowded warplanes")) == 1     # words from either report
    assert store.query(EventQuery(text="ceasefire")) == []


def test_reports_in_one_batch_merge_and_the_order_decides_the_id(store):
    results = store.add_batch([(article("ap", AP, "Associated Press"), [ap_event()]),
                               (article("reuters", REUTERS, "Reuters"), [reuters_event()])])
    assert [r.merged for r in results] == [0, 1]
    (event,) = store.query()
    assert event.id == "e-ap" and event.fatalities == 7 and event.source == "Associated Press; Reuters"


@pytest.mark.parametrize("change", [
    dict(event_date="2021-03-12"),
    dict(location="Maarat al-Numan", latitude=35.6439, longitude=36.6711),
    dict(event_type="Violence against civilians", sub_event_type="Abduction/forced disappearance"),
    dict(actor1="Military Forces of Russia (2000-)"),
])
def test_different_events_stay_apart(store, change):
    store.add(article("reuters", REUTERS, "Reuters"), [reuters_event()])
    result = store.add(article("ap", AP, "Associated Press"), [ap_event(**change)])
    assert result.merged == 0 and store.summary().events == 2
    assert all(len(store.sources(e.id)) == 1 for e in store.query())


def test_merge_false_stores_each_report_apart(store):
    store.add(article("reuters", REUTERS, "Reuters"), [reuters_event()])
    result = store.add(article("ap", AP, "Associated Press"), [ap_event()], merge=False)
    assert result.merged == 0 and store.summary().events == 2


def test_adding_the_same_reports_again_changes_nothing(store):
    items = [(article("reuters", REUTERS, "Reuters"), [reuters_event()]),
             (article("ap", AP, "Associated Press"), [ap_event()])]
    for item in items:
        store.add(*item)
    before = store.query()
    again = store.add_batch(items)
    assert [r.status for r in again] == ["unchanged", "unchanged"] and all(r.merged == 0 for r in again)
    assert store.query() == before and len(store.sources("e-reuters")) == 2
    rows = store._con.execute("SELECT count(*) FROM event_sources").fetchone()[0]
    assert rows == 2


def test_recoding_the_first_report_keeps_the_event_and_its_id(store):
    store.add(article("reuters", REUTERS, "Reuters"), [reuters_event()])
    store.add(article("ap", AP, "Associated Press"), [ap_event()])
    # a new coder gives the first report an event with a new id: it joins the same stored event
    recoded = store.add(article("reuters", REUTERS, "Reuters"), [reuters_event(id="e-reuters-v2", coder="tests/2")])
    assert (recoded.status, recoded.merged) == ("replaced", 1)
    (event,) = store.query()
    assert event.id == "e-reuters" and [s.id for s in store.sources(event.id)] == ["e-ap", "e-reuters-v2"]
    assert event.article_id == "a-ap" and event.notes == AP      # the first remaining report speaks for it
    # re-coded again, now on another day: the event stays with the report that still tells it
    store.add(article("reuters", REUTERS, "Reuters"), [reuters_event(id="e-reuters-v3", event_date="2021-03-20",
                                                                        coder="tests/3")])
    events = {e.id: e for e in store.query()}
    assert set(events) == {"e-reuters", "e-reuters-v3"}
    assert events["e-reuters"].fatalities == 9 and events["e-reuters"].source == "Associated Press"
    assert [s.id for s in store.sources("e-reuters")] == ["e-ap"]
    orphans = store._con.execute(
        "SELECT count(*) FROM events WHERE id NOT IN (SELECT event_id FROM event_sources)").fetchone()[0]
    assert orphans == 0


def test_deleting_one_report_leaves_the_event_the_other_tells(store):
    store.add(article("reuters", REUTERS, "Reuters"), [reuters_event()])
    store.add(article("ap", AP, "Associated Press"), [ap_event()])
    assert store.delete("a-ap") == 0
    (event,) = store.query()
    assert event.id == "e-reuters" and event.fatalities == 7 and event.source == "Reuters"
    assert store.delete("a-reuters") == 1 and store.summary().events == 0
    assert store._con.execute("SELECT count(*) FROM event_sources").fetchone()[0] == 0


def test_a_failed_batch_writes_nothing(store):
    store.add(article("reuters", REUTERS, "Reuters"), [reuters_event()])
    with pytest.raises(Exception, match="not YYYY-MM-DD"):
        store.add_batch([(article("ap", AP, "Associated Press"), [ap_event()]),
                         (article("afp", AFP, "AFP"), [strike("afp", AFP, "AFP", event_date="9 March")])])
    (event,) = store.query()
    assert event.fatalities == 7 and len(store.sources(event.id)) == 1


def test_candidates_are_looked_up_by_country_and_date_window(store):
    far = [(article(f"x{n}", REUTERS, "Reuters"),
            [strike(f"x{n}", REUTERS, "Reuters", event_date=f"2021-0{m}-09", country=c, iso3=i)])
           for n, (m, c, i) in enumerate([(3, "Iraq", "IRQ"), (5, "Syria", "SYR"), (3, "Lebanon", "LBN")])]
    far.append((article("week-before", REUTERS, "Reuters"), [strike("week-before", REUTERS, "Reuters",
                                                                    event_date="2021-03-03")]))
    store.add_batch(far, merge=False)
    store.add(article("reuters", REUTERS, "Reuters"), [reuters_event(event_date="2021-03-07")])
    # 2021-03-09 is a Tuesday: its ACLED week runs from Saturday 6 to Friday 12 March
    assert store._candidates([ap_event()]) == {"e-reuters"}
    assert store._candidates([ap_event(event_date=None)]) == set()


def test_a_file_from_before_merging_gets_its_sources(store_target):
    path = store_target
    with connect(path) as s:
        s.add(article("reuters", REUTERS, "Reuters"), [reuters_event()])
    raw_sql(path, "DROP TABLE event_sources")
    with connect(path, read_only=True) as ro:        # a reader copes with the old layout
        assert [e.id for e in ro.sources("e-reuters")] == ["e-reuters"]
    with connect(path) as s:
        assert [e.id for e in s.sources("e-reuters")] == ["e-reuters"]
        assert s.add(article("ap", AP, "Associated Press"), [ap_event()]).merged == 1
        assert s.summary().events == 1 and s.get("e-reuters").fatalities == 7


def test_api_event_page_shows_the_first_reports_provenance(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from eventwire.api import create_app, load_settings

    path = tmp_path / "api.duckdb"
    with connect(str(path)) as s:
        s.add(article("reuters", REUTERS, "Reuters"), [reuters_event()])
        s.add(article("ap", AP, "Associated Press"), [ap_event()])
    with TestClient(create_app(load_settings(environ={}, db=str(path)))) as client:
        body = client.get("/events/e-reuters").json()
        assert body["event"]["fatalities"] == 7 and body["event"]["source"] == "Reuters; Associated Press"
        assert body["provenance"]["reports"][0]["doc_id"] == "doc-reuters"
        sentence = body["provenance"]["sentences"][0]
        assert {sentence["text"][x["start"]:x["end"]] for x in sentence["spans"]} == {"seven", "Saraqib"}
        assert client.get("/events").json()["total"] == 1


def test_ingest_merges_two_wire_reports_and_says_so(tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    reports = [
        {"id": "reuters-1", "published": "2020-05-04", "text":
            "GOMA (Reuters) - Gunmen killed five villagers near the town of Beni on Sunday, local officials said, "
            "in the latest attack on civilians in the region."},
        {"id": "ap-1", "published": "2020-05-04", "text":
            "GOMA, Congo (AP) - Gunmen killed seven villagers near the town of Beni on Sunday, a local official "
            "said, in another attack on civilians in the region."},
    ]
    (folder / "wire.jsonl").write_text("\n".join(json.dumps(r) for r in reports) + "\n", encoding="utf-8")
    db = str(tmp_path / "wire.duckdb")
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert first.exit_code == 0, first.output
    assert "merged 1 event into the same event from other reports" in first.stdout
    with connect(db) as s:
        (event,) = s.query()
        assert event.fatalities == 5 and len(s.sources(event.id)) == 2
    again = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert "merged 0 events" in again.stdout and "0 new and 0 re-coded articles; 2 unchanged" in again.stdout
    with connect(db) as s:
        assert s.summary().events == 1
