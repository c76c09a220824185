"""Wordings of wire and radio copy: a target strafed by men on the ground, property set on fire with the
object after the verb, damage named by its noun ("the burning of a factory"); and what stays apart
(sentences written for these tests)."""
from __future__ import annotations

import pytest

from coding import sub_event_of
from eventwire.extraction.triggers import may_hold_event


@pytest.mark.parametrize("sentence", [
    "The retired judge died on Monday when he was strafed by guerrillas outside his office.",
    "The house of a village councillor was strafed by unidentified gunmen on 4 May.",
])
def test_a_target_strafed_by_men_on_the_ground_is_an_attack(sentence):
    assert may_hold_event(sentence.lower())
    assert sub_event_of(sentence) == "Attack"


def test_homes_strafed_by_helicopters_are_not_coded_as_an_attack_on_the_ground():
    assert sub_event_of("Five homes were strafed by army helicopters in the northern district.") != "Attack"


@pytest.mark.parametrize("sentence", [
    "The rebels set on fire two cotton processing plants in the town early this morning.",
    "Guerrillas set on fire three trucks loaded with coffee on the highway yesterday.",
])
def test_property_set_on_fire_with_the_object_after_is_property_destruction(sentence):
    assert sub_event_of(sentence) == "Looting/property destruction"


@pytest.mark.parametrize("sentence", [
    "Harassment operations and the burning of a textile factory took place at dawn in the eastern towns.",
    "Officials reported the destruction of two high-tension pylons near the city last night.",
])
def test_damage_named_by_its_noun_is_property_destruction(sentence):
    assert may_hold_event(sentence.lower())
    assert sub_event_of(sentence) == "Looting/property destruction"


def test_the_burning_of_buses_condemned_is_talk():
    assert sub_event_of("The archbishop condemned the burning of five buses.") is None
