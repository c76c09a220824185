"""Several places named as the scenes of one sentence's violence in a wire story: one event each
(texts written for these tests)."""
from __future__ import annotations

from eventwire.pipeline import Pipeline

PIPE = Pipeline()


def _story(news: str) -> str:
    return ("LIMA, 12 MAR 90 (EFE) -- [TEXT] " + news + "\n\n"
            "   THE INTERIOR MINISTRY GAVE NO FURTHER DETAILS.\n\n"
            "   OFFICIALS SAID SECURITY WOULD BE REINFORCED IN THE REGION.\n\n"
            "   THE GOVERNMENT HAS DECLARED A STATE OF EMERGENCY IN SEVERAL PROVINCES.\n\n"
            "   TRANSPORT SERVICES WERE SUSPENDED, A SPOKESMAN SAID.\n\n"
            "   SCHOOLS WILL REOPEN ON MONDAY.\n")


def _places(news: str) -> list[str]:
    return sorted(e.location.lower() for e in PIPE.extract(_story(news), published="1990-03-12")
                  if e.sub_event_type == "Looting/property destruction")


def test_sabotage_in_three_listed_towns_is_three_events():
    places = _places("GUERRILLAS DESTROYED SEVERAL POWER PYLONS IN HUANTA, JAUJA AND TARMA YESTERDAY.")
    assert places == ["huanta", "jauja", "tarma"]


def test_towns_named_before_a_plural_place_noun_are_listed_too():
    places = _places("REBELS BURNED THREE BUSES IN THE HUANCAYO AND HUANTA DISTRICTS YESTERDAY.")
    assert places == ["huancayo", "huanta"]


def test_a_road_between_two_towns_is_one_scene():
    places = _places("GUERRILLAS DESTROYED A BRIDGE ON THE ROAD BETWEEN HUANCAYO AND AYACUCHO YESTERDAY.")
    assert len(places) == 1


def test_a_coders_note_naming_two_towns_stays_one_event():
    events = PIPE.extract("On 12 March 1990, rebels destroyed power pylons in Huancayo and Ayacucho.",
                          published="1990-03-12")
    assert len(events) == 1
