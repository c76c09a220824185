"""The situation report on a small store whose every number is known in advance:
the pure builder, the store-backed `situation_report`, and `eventwire report`."""
from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from eventwire import connect
from eventwire.cli.main import app
from eventwire.records import Article, Event, Evidence, Sentence
from eventwire.report import build_report, change, previous_period, situation_report
from eventwire.store import EventQuery

ARMY = "Military Forces of Nigeria (2023-)"
ISWAP = "Islamic State West Africa Province"
JAS = "Boko Haram - Jamaatu Ahli is-Sunna lid-Dawati wal-Jihad"

# key: (date, type, sub-type, actor1, actor2, country, admin1, location, fatalities, sentence)
ROWS = {
    "konduga": ("2024-03-01", "Violence against civilians", "Attack", JAS, "Civilians (Nigeria)", "Nigeria", "Borno",
                "Konduga", 12, "Gunmen killed 12 villagers in Konduga on Friday, officials said."),
    "bama": ("2024-03-02", "Battles", "Armed clash", ARMY, ISWAP, "Nigeria", "Borno", "Bama", 20,
             "Troops fought insurgents outside Bama on Saturday, leaving 20 dead."),
    "damaturu": ("2024-03-02", "Explosions/Remote violence", "Remote explosive/landmine/IED", ISWAP, ARMY, "Nigeria",
                 "Yobe", "Damaturu", 3, "A roadside bomb hit an army patrol near Damaturu on Saturday, killing three."),
    "lagos": ("2024-03-05", "Protests", "Peaceful protest", "Protesters (Nigeria)", "", "Nigeria", "Lagos", "Lagos", 0,
              "Traders marched in Lagos on Tuesday against fuel prices."),
    "gwoza": ("2024-03-07", "Battles", "Armed clash", ARMY, JAS, "Nigeria", "Borno", "Gwoza", 5,
              "Soldiers clashed with fighters near Gwoza on Thursday; five died."),
    "tillaberi": ("2024-03-03", "Battles", "Armed clash", "Military Forces of Niger (2023-)", "", "Niger", "Tillaberi",
                  "Tillaberi", 7, "Seven soldiers died in fighting near Tillaberi on Sunday."),
    "feb-attack": ("2024-02-25", "Violence against civilians", "Attack", JAS, "Civilians (Nigeria)", "Nigeria", "Borno",
                   "Dikwa", 4, "Gunmen killed four people in Dikwa on Sunday."),
    "feb-clash": ("2024-02-28", "Battles", "Armed clash", ARMY, ISWAP, "Nigeria", "Borno", "Monguno", 6,
                  "Six died when troops and insurgents clashed in Monguno on Wednesday."),
    "january": ("2024-01-10", "Battles", "Armed clash", ARMY, ISWAP, "Nigeria", "Borno", "Marte", 9,
                "Nine died in fighting at Marte on Wednesday."),
}
SECOND_KONDUGA = "MAIDUGURI (AP) - Suspected jihadists killed at least 10 people in Konduga on Friday, residents said."


def make(key: str) -> tuple[Article, Event]:
    day, etype, sub, a1, a2, country, admin1, location, deaths, sentence = ROWS[key]
    text = f"MAIDUGURI (Wire) - {sentence}"
    start = text.index(sentence)
    number = [w for w in sentence.replace(",", " ").replace(";", " ").split() if w.isdigit() or w in
              ("three", "five", "Seven", "four", "Six", "Nine")]
    evidence = []
    if number:
        at = text.index(number[0], start)
        evidence.append(Evidence("fatalities", at, at + len(number[0]), number[0]))
    article = Article(id=f"a-{key}", text=text, doc_id=key, origin="tests/report.jsonl", line=1, source="Wire",
                      sentences=[Sentence(start, len(text))])
    event = Event(id=f"e-{key}", article_id=article.id, doc_id=key, event_date=day, time_precision=1,
                  event_type=etype, sub_event_type=sub, actor1=a1, actor2=a2, country=country,
                  iso3={"Nigeria": "NGA", "Niger": "NER"}[country], admin1=admin1, location=location, geo_precision=1,
                  fatalities=deaths, notes=sentence, sentence_start=start, sentence_end=len(text), source="Wire",
                  coder="tests/1", evidence=evidence)
    return article, event


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "report.duckdb")
    with connect(path) as store:
        store.add_batch([(article, [event]) for article, event in map(make, ROWS)])
        # a second report of the Konduga attack: merged, so counted once, with the more conservative toll (ACLED)
        article = Article(id="a-konduga-ap", text=SECOND_KONDUGA, doc_id="konduga-ap", source="AP",
                          sentences=[Sentence(0, len(SECOND_KONDUGA))])
        at = SECOND_KONDUGA.index("10")
        event = Event(id="e-konduga-ap", article_id=article.id, event_date="2024-03-01", time_precision=1,
                      event_type="Violence against civilians", sub_event_type="Attack", actor1="",
                      actor2="Civilians (Nigeria)", country="Nigeria", iso3="NGA", admin1="Borno", location="Konduga",
                      geo_precision=1, fatalities=10, notes=SECOND_KONDUGA, source="AP", coder="tests/1",
                      evidence=[Evidence("fatalities", at, at + 2, "10")])
        assert store.add(article, [event]).merged == 1
    return path


MARCH = EventQuery(country="Nigeria", date_from="2024-03-01", date_to="2024-03-07")


def test_totals_and_change_against_the_previous_week(db):
    with connect(db, read_only=True) as store:
        report = situation_report(store, MARCH)
    assert (report.date_from, report.date_to) == (date(2024, 3, 1), date(2024, 3, 7))
    assert (report.previous_from, report.previous_to) == (date(2024, 2, 23), date(2024, 2, 29))
    assert (report.events, report.fatalities) == (5, 38)
    assert (report.previous_events, report.previous_fatalities) == (2, 10)
    assert report.undated == 0 and report.scope == "Nigeria"


def test_sections(db):
    with connect(db, read_only=True) as store:
        report = situation_report(store, MARCH)
    assert [(c.key, c.events, c.fatalities, c.previous_events) for c in report.by_type] == [
        ("Battles", 2, 25, 1), ("Violence against civilians", 1, 10, 1),
        ("Explosions/Remote violence", 1, 3, 0), ("Protests", 1, 0, 0)]
    assert [(c.key, c.events, c.fatalities) for c in report.areas] == [
        ("Borno, Nigeria", 3, 35), ("Yobe, Nigeria", 1, 3), ("Lagos, Nigeria", 1, 0)]
    assert [(c.key, c.events, c.fatalities) for c in report.actors] == [
        (ARMY, 3, 28), (ISWAP, 2, 23), (JAS, 2, 15), ("Protesters (Nigeria)", 1, 0)]
    assert [(d.event_id, d.event_date, d.place, d.fatalities, d.reports) for d in report.deadliest] == [
        ("e-bama", "2024-03-02", "Bama, Borno, Nigeria", 20, 1),
        ("e-konduga", "2024-03-01", "Konduga, Borno, Nigeria", 10, 2),
        ("e-gwoza", "2024-03-07", "Gwoza, Borno, Nigeria", 5, 1),
        ("e-damaturu", "2024-03-02", "Damaturu, Yobe, Nigeria", 3, 1)]
    assert report.deadliest[0].sentence == ROWS["bama"][-1]
    assert report.timeline_unit == "day"
    assert [(c.key, c.events, c.fatalities) for c in report.timeline] == [
        ("2024-03-01", 1, 10), ("2024-03-02", 2, 23), ("2024-03-03", 0, 0), ("2024-03-04", 0, 0),
        ("2024-03-05", 1, 0), ("2024-03-06", 0, 0), ("2024-03-07", 1, 5)]


def test_markdown(db):
    with connect(db, read_only=True) as store:
        text = situation_report(store, MARCH).to_markdown()
    assert text.startswith("# Situation report: Nigeria, 2024-03-01 to 2024-03-07\n")
    assert ("From 1 March 2024 to 7 March 2024, eventwire recorded 5 events with 38 reported fatalities in Nigeria, "
            "against 2 events and 10 fatalities in the previous 7 days.") in text
    assert "The deadliest event, on 2 March 2024 in Bama, Borno, Nigeria, was coded Armed clash with 20 fatalities." in text
    assert "| events | 5 | 2 | +3 (+150%) |" in text and "| fatalities | 38 | 10 | +28 (+280%) |" in text
    assert "| Battles | 2 | 25 | 1 | +1 (+100%) |" in text
    assert "| Explosions/Remote violence | 1 | 3 | 0 | +1 (none before) |" in text
    assert "| Borno, Nigeria | 3 | 35 |" in text
    assert "2. **2024-03-01, Konduga, Borno, Nigeria**: Attack, 10 fatalities" in text and "2 reports" in text
    assert f"   > {ROWS['bama'][-1]}" in text
    assert "| 2024-03-03 | 0 | 0 |" in text
    for heading in ("## Totals", "## By event type", "## Where: top areas (admin1)", "## Who: most active actors",
                    "## Deadliest events", "## Day by day"):
        assert heading in text


def test_without_dates_the_period_is_first_to_last_event(db):
    with connect(db, read_only=True) as store:
        report = situation_report(store, EventQuery(country="NER"))
    assert (report.date_from, report.date_to, report.events, report.fatalities) == (
        date(2024, 3, 3), date(2024, 3, 3), 1, 7)
    assert (report.previous_events, report.previous_fatalities) == (0, 0)


def test_an_empty_period(db):
    with connect(db, read_only=True) as store:
        report = situation_report(store, EventQuery(date_from="2023-06-01", date_to="2023-06-30"))
    assert (report.events, report.fatalities, report.deadliest, report.by_type) == (0, 0, [], [])
    assert len(report.timeline) == 30 and "No events matched." in report.to_markdown()


def test_long_periods_go_week_by_week_from_saturday():
    events = [make(key)[1] for key in ("january", "feb-attack", "feb-clash", "konduga", "bama")]
    report = build_report(events, [], date_from=date(2024, 1, 1), date_to=date(2024, 3, 2))
    assert report.timeline_unit == "week"
    assert report.timeline[0].key == "2023-12-30" and report.timeline[-1].key == "2024-03-02"
    assert all(date.fromisoformat(c.key).weekday() == 5 for c in report.timeline)
    assert sum(c.events for c in report.timeline) == 5 and sum(c.fatalities for c in report.timeline) == 51
    week = {c.key: (c.events, c.fatalities) for c in report.timeline}
    assert week["2024-02-24"] == (3, 22) and week["2024-03-02"] == (1, 20) and week["2024-02-17"] == (0, 0)


def test_helpers():
    assert previous_period(date(2024, 3, 1), date(2024, 3, 31)) == (date(2024, 1, 30), date(2024, 2, 29))
    assert [change(3, 2), change(1, 2), change(2, 2), change(4, 0), change(1, None)] == [
        "+1 (+50%)", "-1 (-50%)", "no change", "+4 (none before)", "n/a"]


def test_cli_report_markdown_and_json(db, tmp_path):
    runner = CliRunner()
    md = runner.invoke(app, ["report", "--db", db, "--from", "2024-03-01", "--to", "2024-03-07",
                             "--country", "Nigeria"])
    assert md.exit_code == 0, md.output
    assert md.stdout.startswith("# Situation report: Nigeria, 2024-03-01 to 2024-03-07")
    out = tmp_path / "report.json"
    js = runner.invoke(app, ["report", "--db", db, "--from", "2024-03-01", "--to", "2024-03-07", "--country",
                             "NGA,NER", "--format", "json", "--out", str(out)])
    assert js.exit_code == 0, js.output
    body = json.loads(out.read_text(encoding="utf-8"))
    assert (body["events"], body["fatalities"], body["previous_events"], body["days"]) == (6, 45, 2, 7)
    assert body["deadliest"][0]["event_id"] == "e-bama" and body["scope"] == "NGA, NER"


def test_cli_report_errors(db, tmp_path):
    runner = CliRunner()
    bad = runner.invoke(app, ["report", "--db", db, "--format", "pdf"])
    assert bad.exit_code == 2 and "--format 'pdf': use one of md, json" in bad.output
    missing = runner.invoke(app, ["report", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2 and "no store at" in missing.output
    backwards = runner.invoke(app, ["report", "--db", db, "--from", "2024-03-07", "--to", "2024-03-01"])
    assert backwards.exit_code == 2 and "date_from" in backwards.output
