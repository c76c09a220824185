"""Inputs that once raised inside eventwire, each written small; every one must code or refuse cleanly."""
from __future__ import annotations

from datetime import date

import pytest

import eventwire
from eventwire.errors import InputError
from eventwire.records import RawReport, stable_id


def test_a_lone_surrogate_is_coded_and_replaced_in_the_text():
    events = eventwire.extract("Gunmen killed two villagers in Kandahar on Monday \ud800.", published="2020-05-09")
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert "\ud800" not in events[0].notes and "\ufffd" in events[0].notes
    events[0].notes.encode("utf-8")          # what stdout, the store and the API will do


def test_stable_id_of_a_lone_surrogate_is_its_own():
    assert stable_id("a\udc80") != stable_id("a\udc81")
    assert stable_id("a\udc80") == stable_id("a\udc80")


@pytest.mark.parametrize("published", [date.min, date(1, 1, 3), date.max, date(9999, 12, 30)])
@pytest.mark.parametrize("when", ["yesterday", "last tuesday", "last week", "earlier this week", "over the weekend",
                                  "last month", "in late december", "on 9 may"])
def test_publication_dates_at_the_ends_of_the_calendar_never_raise(published, when):
    events = eventwire.extract(f"Gunmen killed three villagers in Kandahar {when}.", published=published)
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert all(e.event_date is None or date.fromisoformat(e.event_date) for e in events)


def test_an_area_that_keeps_no_reading_of_its_own_does_not_raise():
    text = "Gunmen attacked the Yekuna community near Caura, Sucre municipality, Bolivar state, killing two men."
    events = eventwire.extract(text, published="2020-05-09")
    assert events and events[0].country == "Venezuela"


@pytest.mark.parametrize("name", ["Iſlamic State", "Boko Haram ſplinter", "İslamic State"])
def test_a_letter_whose_lowercase_changes_does_not_raise(name):
    events = eventwire.extract(f"{name} fighters attacked an army base in Borno on Monday.", published="2020-05-09")
    assert [e.event_type for e in events] == ["Battles"]


@pytest.mark.parametrize("published", ["2020-05-09garbage", "2020-05-091", "09/05/2020"])
def test_a_publication_date_with_trailing_garbage_is_refused(published):
    with pytest.raises(InputError, match="published"):
        eventwire.extract("Police fired tear gas at protesters in Nairobi on Monday.", published=published)


def test_a_report_with_a_lone_surrogate_in_its_id_passes_the_pipe():
    report = RawReport(text="Police fired tear gas at protesters in Nairobi on Monday.", doc_id="id-\ud800",
                       published=date(2020, 5, 9))
    (result,) = eventwire.pipe([report])
    assert result.error is None and result.events
    assert result.events[0].doc_id == "id-\ufffd"


def test_29_february_named_early_in_a_year_after_no_leap_year_does_not_raise():
    events = eventwire.extract("Police arrested 12 protesters in Nairobi on 29 February.", published="2028-01-25")
    assert events and events[0].sub_event_type in ("Arrests", "Protest with intervention")


def test_a_wire_credit_written_many_times_is_coded_in_bounded_time():
    # every "(Reuters)" is a province's slot to the geocoder; each is matched to provinces once
    places = eventwire.places("(Reuters) - " * 2000)
    assert all(p.name != "Reuters" or p.latitude is None for p in places)


def test_superscript_digits_are_no_count():
    # "1²" is digits to str.isdigit(), yet int() cannot read it (found by make fuzz)
    from eventwire.extraction.numbers import number_value

    assert number_value("1²²") is None and number_value("12") == 12
    events = eventwire.extract("Gunmen killed 1²² villagers and 2 farmers, 1²², in Kaduna on Monday.",
                               published="2024-03-05")
    assert all(e.fatalities != 122 for e in events)
