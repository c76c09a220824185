"""An incident told again later in the article by a definite noun ("the strike", "the missile"), with no day of
its own, at a place that cannot be another scene (one the gazetteer lacks, or one told by where the scene lies
from it), is the lead's incident; "another", "a second" or a new day tells another one (articles written for
these tests)."""
from __future__ import annotations

import pytest

from eventwire.extraction.assemble import _refers_back
from eventwire.pipeline import Pipeline

PIPE = Pipeline()

LEAD = ("KYIV, May 5 (Reuters) - A Russian drone struck a school in Ukraine's northeastern Sumy region on Saturday, "
        "killing two teachers, regional officials said.\n\n")
CLOSE = "\n\nThe governor called on residents to stay in shelters.\n"
RETOLD = "The strike hit the village of Vyshnia Dolyna near the border, the governor said."


def _coded(second: str) -> list[tuple]:
    events = PIPE.extract(LEAD + second + CLOSE, published="2026-05-05")
    return [(e.event_date, e.sub_event_type, e.fatalities) for e in events]


def test_the_strike_told_again_at_a_village_the_gazetteer_lacks_is_the_lead_strike():
    events = PIPE.extract(LEAD + RETOLD + CLOSE, published="2026-05-05")
    assert [(e.event_date, e.sub_event_type, e.fatalities) for e in events] == [
        ("2026-05-02", "Air/drone strike", 2)]
    assert any("Vyshnia Dolyna" in e.text for e in events[0].evidence)    # the retelling stays as evidence


@pytest.mark.parametrize("second", [
    "Another strike hit the village of Vyshnia Dolyna near the border, the governor said.",
    "A second strike hit the village of Vyshnia Dolyna near the border, the governor said.",
    "On Friday, the strike hit the village of Vyshnia Dolyna near the border, the governor said.",
    "A strike on the village of Vyshnia Dolyna killed a woman, the governor said.",
], ids=["another", "a-second", "a-new-day", "indefinite"])
def test_a_strike_counted_on_dated_anew_or_told_indefinitely_is_another_incident(second):
    assert len(_coded(second)) == 2


@pytest.mark.parametrize("before, trigger, back", [
    ("officials said the ", "missile missed the vessel", True),
    ("officials said the ", "drone hit a house", True),
    ("officials said the ", "strike hit the village", True),
    ("officials said the second ", "strike hit the village", False),
    ("officials said the other ", "attack killed two", False),
    ("officials said a ", "missile hit the port", False),
])
def test_a_definite_incident_or_weapon_points_back_unless_it_counts_on(before, trigger, back):
    text = before + trigger
    assert _refers_back(text, len(before), len(text)) is back


SEA = ("DUBAI, June 9 (Reuters) - Yemen's Houthi movement fired a ballistic missile at a container ship off Yemen on "
       "Sunday, a maritime security agency said.\n\nThe missile missed the ship and fell into the sea about 50 "
       "nautical miles southeast of the port of Mukalla, the agency said. The crew was unharmed.\n")


@pytest.mark.parametrize("opening, incidents", [
    ("The missile missed", 1),
    ("A second missile missed", 2),
    ("Another missile missed", 2),
])
def test_a_missile_told_again_is_the_lead_one_and_a_second_missile_another(opening, incidents):
    events = PIPE.extract(SEA.replace("The missile missed", opening), published="2026-06-09")
    assert [e.event_date for e in events] == ["2026-06-07"] * incidents
    assert {e.sub_event_type for e in events} == {"Shelling/artillery/missile attack"}
