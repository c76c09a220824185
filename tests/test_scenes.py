"""A wire story tells several scenes: incidents of kinds one incident does not combine, told on the same day,
stay apart; a coder's note tells one scene (texts written for these tests)."""
from __future__ import annotations

from eventwire.pipeline import Pipeline

PIPE = Pipeline()

CITY_DAY = (
    "GUATEMALA CITY, 14 MAR 90 (AFP) -- [TEXT] ARMY TROOPS CLASHED WITH REBELS ON THE NORTHERN EDGE OF\n"
    "GUATEMALA CITY TODAY, THE DEFENCE MINISTRY SAID.\n\n"
    "   THE MINISTRY GAVE NO FIGURES FOR CASUALTIES.\n\n"
    "   RESIDENTS SAID THE SHOOTING LASTED ABOUT AN HOUR.\n\n"
    "   SCHOOLS IN THE AREA WILL REOPEN ON MONDAY, A SPOKESMAN SAID.\n\n"
    "   IN A SEPARATE INCIDENT IN GUATEMALA CITY TODAY, ARMED MEN LOOTED A WAREHOUSE OF THE AGRICULTURE\n"
    "MINISTRY.\n\n"
    "   THE MINISTRY SAID SEED AND FERTILIZER WORTH THOUSANDS OF QUETZALES WERE TAKEN.\n"
)
NOTE = ("On 14 March 1990, a bomb exploded outside a bank branch in Guatemala City, injuring two guards. "
        "Armed men then looted the bank.")


def test_a_clash_and_a_looting_told_in_one_wire_story_are_two_events():
    events = PIPE.extract(CITY_DAY, published="1990-03-14")
    assert sorted(e.sub_event_type for e in events) == ["Armed clash", "Looting/property destruction"]


def test_a_note_without_a_dateline_tells_one_scene():
    events = PIPE.extract(NOTE, published="1990-03-14")
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


STORY_AFTER_A_MURDER = (
    "LIMA, 2 SEP 89 (EFE) -- [TEXT] THE GOVERNMENT TODAY DECLARED A STATE OF EMERGENCY IN THREE PROVINCES,\n"
    "TWO DAYS AFTER THE MURDER OF A PROVINCIAL MAYOR ON 31 AUGUST IN HUANCAYO.\n\n"
    "   THE DECREE SUSPENDS SOME CONSTITUTIONAL GUARANTEES FOR 30 DAYS.\n\n"
    "   OPPOSITION LEADERS CRITICIZED THE MEASURE IN CONGRESS.\n\n"
    "   THE INTERIOR MINISTER SAID THE POLICE WOULD BE REINFORCED.\n\n"
    "   THE MEASURE WILL BE REVIEWED NEXT MONTH, OFFICIALS SAID.\n\n"
    "   SCHOOLS IN THE THREE PROVINCES REMAIN OPEN.\n"
)
BRIEF_AFTER_A_CLASH = ("Troops seized a cache of rifles and mortars near the border following a clash with "
                       "rebels on 3 May, the army said.")


def test_a_dated_deed_a_wire_story_names_as_what_came_before_is_one_of_its_incidents():
    events = PIPE.extract(STORY_AFTER_A_MURDER, published="1989-09-02")
    assert ("Attack", "1989-08-31") in [(e.sub_event_type, e.event_date) for e in events]


def test_in_a_brief_the_deed_before_the_news_stays_its_context():
    events = PIPE.extract(BRIEF_AFTER_A_CLASH, published="2020-05-05")
    assert "Armed clash" not in [e.sub_event_type for e in events]


BOMB_THEN_SWEEP = (
    "QUITO, 4 JUN 90 (EFE) -- [TEXT] A CAR LOADED WITH DYNAMITE EXPLODED TODAY IN FRONT OF THE CUSTOMS OFFICE\n"
    "IN GUAYAQUIL, INJURING SEVEN PEOPLE.\n\n"
    "   THE BLAST DESTROYED FOUR VEHICLES AND SHATTERED WINDOWS ALONG THE AVENUE.\n\n"
    "   A LARGE SECURITY OPERATION WENT INTO EFFECT IMMEDIATELY AFTER THE EXPLOSION.\n\n"
    "   NO GROUP HAS CLAIMED THE ATTACK SO FAR.\n\n"
    "   THE INTERIOR MINISTER WILL VISIT THE PORT TOMORROW.\n\n"
    "   SCHOOLS NEAR THE SITE WERE CLOSED FOR THE DAY.\n"
)


def test_a_security_sweep_after_a_bombing_does_not_turn_it_into_a_battle():
    events = PIPE.extract(BOMB_THEN_SWEEP, published="1990-06-04")
    assert "Remote explosive/landmine/IED" in [e.sub_event_type for e in events]
    assert "Armed clash" not in [e.sub_event_type for e in events]
