"""A wire story tells several scenes: incidents of unrelated kinds on the same day stay apart, while a coder's
note tells one scene (story written for these tests)."""
from __future__ import annotations

from eventwire.pipeline import Pipeline

PIPE = Pipeline()

CITY_DAY = (
    "GUATEMALA CITY, 14 MAR 90 (AFP) -- [TEXT] HUNDREDS OF TEACHERS MARCHED THROUGH GUATEMALA CITY TODAY TO\n"
    "DEMAND HIGHER WAGES.\n\n"
    "   THE MARCHERS CARRIED BANNERS AND CHANTED SLOGANS OUTSIDE THE EDUCATION MINISTRY.\n\n"
    "   THE UNION SAID THE TALKS WITH THE GOVERNMENT WOULD RESUME NEXT WEEK.\n\n"
    "   IN A SEPARATE INCIDENT, A BOMB EXPLODED OUTSIDE A BANK BRANCH IN GUATEMALA CITY, INJURING TWO GUARDS.\n\n"
    "   POLICE SAID THE DEVICE HAD BEEN LEFT IN A PARKED CAR.\n\n"
    "   NO GROUP HAS CLAIMED THE BOMBING.\n"
)


def test_a_march_and_a_bombing_in_one_city_on_one_day_are_two_events():
    events = PIPE.extract(CITY_DAY, published="1990-03-14")
    kinds = sorted(e.event_type for e in events)
    assert kinds == ["Explosions/Remote violence", "Protests"]


def test_a_note_without_a_dateline_still_tells_one_scene():
    note = ("On 14 March 1990, a bomb exploded outside a bank branch in Guatemala City, injuring two guards. "
            "Teachers marching nearby scattered. The device had been left in a parked car.")
    events = PIPE.extract(note, published="1990-03-14")
    assert len(events) == 1
