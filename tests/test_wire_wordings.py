"""Wordings of wire and radio copy: a target strafed by men on the ground, property set on fire with the
object after the verb, damage named by its noun ("the burning of a factory"), explosives used on a
target; and what stays apart (sentences written for these tests)."""
from __future__ import annotations

import pytest

from coding import sub_event_of
from eventwire.extraction.triggers import may_hold_event

ATTACK, LOOTING, IED = "Attack", "Looting/property destruction", "Remote explosive/landmine/IED"

TOLD = [
    ("The retired judge died on Monday when he was strafed by guerrillas outside his office.", ATTACK),
    ("The house of a village councillor was strafed by unidentified gunmen on 4 May.", ATTACK),
    ("The rebels set on fire two cotton processing plants in the town early this morning.", LOOTING),
    ("Guerrillas set on fire three trucks loaded with coffee on the highway yesterday.", LOOTING),
    ("Harassment operations and the burning of a textile factory took place at dawn in the eastern towns.", LOOTING),
    ("Officials reported the destruction of two high-tension pylons near the city last night.", LOOTING),
    ("After killing the farmer, the rebels used explosives against the town hall.", IED),
    ("Guerrillas used dynamite to blow up a road bridge near the town on Sunday.", IED),
]


@pytest.mark.parametrize("sentence, expected", TOLD)
def test_wire_wordings_reach_the_coder_and_name_the_deed(sentence, expected):
    assert may_hold_event(sentence.lower())
    assert sub_event_of(sentence) == expected


def test_homes_strafed_by_helicopters_are_not_coded_as_an_attack_on_the_ground():
    assert sub_event_of("Five homes were strafed by army helicopters in the northern district.") != ATTACK


@pytest.mark.parametrize("sentence", [
    "The archbishop condemned the burning of five buses.",
    "The rebels threatened to blow up the dam.",
])
def test_talk_of_such_deeds_stays_talk(sentence):
    assert sub_event_of(sentence) is None
