"""Days written in figures, as police and press releases write them (written for these tests): day first as most
of the world writes it, month first where only that reading is a date on or before publication."""
from __future__ import annotations

from datetime import date

from eventwire.extraction.dates import find_dates
from eventwire.pipeline import Pipeline

PIPE = Pipeline()


def _day(sentence: str, published: date) -> list[tuple]:
    return [(d.value, d.text) for d in find_dates(sentence, published)]


def test_a_day_in_figures_is_read_day_first_or_month_first_as_only_one_can_be():
    published = date(2026, 11, 24)
    assert _day("on 23/11/2026 at about 1830hrs, gunmen attacked the village.", published) \
        == [(date(2026, 11, 23), "23/11/2026")]
    assert _day("on 11/23/2026, gunmen attacked the village.", published) == [(date(2026, 11, 23), "11/23/2026")]
    assert _day("on 21.11.2026 a bomb exploded.", published) == [(date(2026, 11, 21), "21.11.2026")]


def test_of_two_readings_the_one_not_after_publication_is_taken():
    assert _day("on 02/03/2026 gunmen raided a camp.", date(2026, 2, 5)) == [(date(2026, 2, 3), "02/03/2026")]
    assert _day("on 02/03/2026 gunmen raided a camp.", date(2026, 3, 5)) == [(date(2026, 3, 2), "02/03/2026")]


def test_figures_that_are_no_date_are_not_read_as_one():
    assert _day("the vote was 3/4 of the house.", date(2026, 3, 5)) == []
    assert _day("he scored 13/20 in 2025.", date(2026, 3, 5))[:1] != [(date(2025, 1, 13), "13/20")]


def test_a_police_release_dates_the_attack_by_its_figures():
    text = ("PRESS RELEASE\n\nATTACK ON A VILLAGE IN DAMBOA LGA\n\nThe Command wishes to inform the public that on "
            "22/11/2026 at about 2100hrs, suspected terrorists attacked a village in Damboa LGA, killing two "
            "persons.\n\nThe Commissioner urges residents to remain calm.\n")
    coded = [(e.event_date, e.sub_event_type, e.fatalities) for e in PIPE.extract(text, published="2026-11-24")]
    assert coded == [("2026-11-22", "Attack", 2)]
