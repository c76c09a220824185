"""Nationality adjectives before a common noun are not places; "the <adjective> capital" is the capital."""
from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

PIPE = Pipeline()


def _places(text):
    return [(p.name, p.resolved_name, p.country, p.feature_code) for p in PIPE.places(text)]


@pytest.mark.parametrize("text, name, capital, country", [
    ("Gunmen stormed a hotel in the Somali capital on Friday, police said.", "Somali capital", "Mogadishu",
     "Somalia"),
    ("A bomb exploded in a market in the Afghan capital on Thursday.", "Afghan capital", "Kabul", "Afghanistan"),
    ("Hundreds marched through the Malian capital on Saturday.", "Malian capital", "Bamako", "Mali"),
])
def test_the_adjective_capital_is_the_countrys_capital(text, name, capital, country):
    assert (name, capital, country, "PPLC") in _places(text)


def test_an_adjective_before_a_noun_is_a_nationality_not_the_place_of_that_name():
    found = _places("Somali troops repelled the attack, a Somali officer said.")
    assert found and all(code == "DEMONYM" and country == "Somalia" for _, _, country, code in found)


def test_the_region_of_that_name_stays_a_place():
    found = _places("Clashes broke out in Ethiopia's Somali region on Sunday.")
    assert ("Somali", "Somali", "Ethiopia", "ADM1") in found


def test_an_event_in_the_adjective_capital_is_placed_at_the_capital():
    (event,) = PIPE.extract("Al Shabaab militants stormed a hotel in the Somali capital on Friday, killing at "
                            "least nine people, police said.", published="2023-06-10")
    assert (event.location, event.country, event.geo_precision) == ("Mogadishu", "Somalia", 1)
    assert event.actor2 == "Civilians (Somalia)"


def test_a_state_written_with_a_small_area_word_is_the_state():
    assert ("Kaduna", "Kaduna", "Nigeria", "ADM1") in _places(
        "Gunmen abducted pupils from a school in northwestern Nigeria's Kaduna state on Thursday.")


def test_a_news_agency_named_in_the_body_is_no_place():
    found = _places("ABUJA, March 8 (Reuters) - Gunmen abducted pupils in Kaduna state on Thursday. A teacher who "
                    "escaped told Reuters that one resident was shot dead.")
    assert all(name != "Reuters" for name, *_ in found)


def test_congo_is_the_country_the_other_places_are_in():
    assert ("Congo", "Democratic Republic of Congo") in [
        (n, r) for n, r, *_ in _places("M23 rebels seized the town of Rubaya in eastern Congo, near Goma.")]
    assert ("Congo", "Republic of Congo") in [
        (n, r) for n, r, *_ in _places("Protesters marched in Brazzaville, the capital of Congo, on Monday.")]


def test_a_region_the_gazetteer_lacks_is_placed_at_its_named_country():
    from datetime import date

    from eventwire.pipeline import Pipeline
    from eventwire.records import RawReport

    text = "Unknown assailants set fire to three schools in the Anglophone region of Cameroon overnight."
    (event,) = Pipeline().run(RawReport(text=text, published=date(2024, 3, 5))).events
    assert event.country == "Cameroon" and event.latitude is not None and event.geo_precision == 3
