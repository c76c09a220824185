"""Days told inside the clause a dated statement reports are counted from the statement's day (sentences and
articles written for these tests)."""
from __future__ import annotations

from datetime import date

from eventwire.extraction.dates import find_dates
from eventwire.pipeline import Pipeline

PIPE = Pipeline()
MONDAY = date(2026, 3, 16)


def _deed_days(sentence: str, told_on: date = MONDAY) -> list[tuple[date | None, int]]:
    return [(d.value, d.precision) for d in find_dates(sentence, told_on) if not d.reporting]


def test_today_in_a_clause_reported_the_day_before_is_that_day():
    sunday = date(2026, 3, 15)
    assert _deed_days("state radio reported yesterday that a bomb exploded this morning in the market") == [(sunday, 1)]
    assert _deed_days('police said on sunday: "a bomb went off in the market today."') == [(sunday, 1)]
    # told on the report's own day, "today" is that day
    assert _deed_days("police said today that a bomb exploded this morning in the market") == [(MONDAY, 1)]
    # no statement: the report's day
    assert _deed_days("a bomb exploded this morning in the market") == [(MONDAY, 1)]


def test_last_night_in_a_clause_reported_on_an_earlier_day_is_the_night_before_the_statement():
    assert _deed_days("the governor said on saturday that drones struck the city last night") \
        == [(date(2026, 3, 13), 1)]
    # said yesterday, "last night" as the report tells it stays the night before the report
    assert _deed_days("the governor said on tuesday that drones struck the city last night", date(2026, 3, 18)) \
        == [(date(2026, 3, 16), 1)]


def test_that_morning_and_the_previous_night_count_only_from_a_statements_day():
    saturday = date(2026, 3, 14)
    assert _deed_days("the governor said on saturday that a drone strike earlier in the day killed four") \
        == [(saturday, 1)]
    assert _deed_days("television reported on sunday that gunmen had attacked the village that morning") \
        == [(date(2026, 3, 15), 1)]
    assert _deed_days("radio caracol reported on sunday that rebels blew up the pipeline the previous night") \
        == [(saturday, 1)]
    # with no statement's day they name no day of their own
    assert _deed_days("gunmen attacked the village that morning") == []
    assert _deed_days("rebels blew up the pipeline the previous night") == []


def test_a_day_of_its_own_in_the_reported_clause_is_kept():
    assert _deed_days("the governor said on saturday that a drone strike on friday night killed four") \
        == [(date(2026, 3, 13), 1)]


def test_a_whole_article_dates_the_blast_by_the_statement_that_reported_it():
    text = ("KABUL, March 16 (Reuters) - State radio reported on Sunday that a bomb exploded this morning in a market "
            "in the city of Kunduz, killing five people.\n\nNo group claimed responsibility.\n")
    (event,) = PIPE.extract(text, published="2026-03-16")
    assert (event.event_date, event.time_precision, event.location) == ("2026-03-15", 1, "Kunduz")


def test_an_undated_deed_happened_by_the_day_its_sentence_says_it_was_told():
    # AP style: the lead gives the day of the statement, not of the deed; the deed is no later than that day
    text = ("JOS, Nigeria, March 16 (AP) — Gunmen killed nine people in the village of Bokkos in Plateau state, "
            "police said Sunday.\n")
    (event,) = PIPE.extract(text, published="2026-03-16")
    assert (event.event_date, event.time_precision, event.location) == ("2026-03-15", 2, "Bokkos")
    for said in ("the army on Sunday announced", "a police spokesman told reporters on Sunday"):
        (event,) = PIPE.extract(text.replace("police said Sunday", said), published="2026-03-16")
        assert (event.event_date, event.time_precision) == ("2026-03-15", 2), said


def test_a_day_some_other_statement_or_a_street_was_given_leaves_the_deed_at_the_day_of_filing():
    text = ("JOS, Nigeria, March 16 (AP) — Gunmen killed nine people in the village of Bokkos in Plateau state, as "
            "the governor said on Friday he feared.\n")
    (event,) = PIPE.extract(text, published="2026-03-16")
    assert (event.event_date, event.time_precision) == ("2026-03-16", 2)
    text = ("JOS, Nigeria, March 16 (AP) — Gunmen killed nine people in the village of Bokkos in Plateau state, "
            "police said.\n")
    (event,) = PIPE.extract(text, published="2026-03-16")
    assert (event.event_date, event.time_precision) == ("2026-03-16", 2)
