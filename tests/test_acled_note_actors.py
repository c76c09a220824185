"""ACLED's actor names in coder's notes: the article ACLED writes before some countries' names, and the civilians
who are the other side of an arrest or of property destroyed when the note names no armed side.

Every sentence here is written for these tests in the style of an ACLED note; none comes from an evaluation file.
"""
from __future__ import annotations

import pytest

from eventwire.codebook.countries import state_actor
from eventwire.pipeline import Pipeline

PIPE = Pipeline()


def _only(text: str):
    (event,) = PIPE.extract(text, published="2024-05-02")
    return event


def test_state_names_take_the_article_only_where_acled_writes_it():
    assert state_actor("Military Forces", "Philippines") == "Military Forces of the Philippines"
    assert state_actor("Police Forces", "Democratic Republic of Congo") == \
        "Police Forces of the Democratic Republic of Congo"
    assert state_actor("Government", "United States") == "Government of the United States"
    assert state_actor("Military Forces", "Kenya") == "Military Forces of Kenya"


def test_a_clash_with_the_army_in_the_philippines_names_its_forces_with_the_article():
    event = _only("On 1 May 2024, Philippine troops clashed with NPA rebels in Claver, Surigao del Norte. "
                  "No casualties were reported.")
    assert event.sub_event_type == "Armed clash"
    assert "Military Forces of the Philippines" in (event.actor1, event.actor2)


def test_the_bracketed_country_of_a_generic_actor_takes_no_article():
    event = _only("On 1 May 2024, about 300 residents marched in Butembo (Beni, Nord-Kivu) to denounce the "
                  "killings of civilians. [size=about 300]")
    assert event.actor1 == "Protesters (Democratic Republic of Congo)"


@pytest.mark.parametrize("text, country", [
    ("On 1 May 2024, police arrested an opposition activist in Kisumu (Kisumu, Kisumu) for allegedly inciting "
     "violence.", "Kenya"),
    ("On 3 March 2023, security forces arrested a journalist in Bamako (Bamako, Bamako) after he criticised the "
     "junta.", "Mali"),
])
def test_people_arrested_who_belong_to_no_group_are_civilians(text, country):
    event = _only(text)
    assert event.sub_event_type == "Arrests"
    assert event.actor2 == f"Civilians ({country})" and event.inter2 == 7


def test_members_of_a_named_group_arrested_stay_that_group():
    event = _only("On 1 May 2024, soldiers arrested two suspected NPA members in Barangay Lumbia, Cagayan de Oro "
                  "City.")
    assert event.sub_event_type == "Arrests"
    assert event.actor2 == "NPA: New People's Army"


@pytest.mark.parametrize("text, country", [
    ("Property destruction: On 1 May 2024, armed men burned four houses in a village near Kitgum (Kitgum, "
     "Northern).", "Uganda"),
    ("Looting: On 1 May 2024, gang members looted shops and a pharmacy in Mirebalais (Centre).", "Haiti"),
])
def test_property_destroyed_or_looted_is_the_civilians(text, country):
    event = _only(text)
    assert event.sub_event_type == "Looting/property destruction"
    assert event.actor2 == f"Civilians ({country})"
