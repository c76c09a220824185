"""An attack on a building whose report denies any harm ("no one was hurt") is property destruction; harm
that the report does tell keeps it an attack on people, and so does a building attacked to reach a person in it
("an attempt on the life of the judge") or a person attacked at a place ("was attacked at his office").

Every sentence here is written for these tests in wire or radio style; none comes from an evaluation file.
"""
from __future__ import annotations

import pytest

from coding import sub_event_of
from eventwire.extraction.classify import _harmed

LOOTING = "Looting/property destruction"

NOBODY_HURT = [
    "Rebels attacked the town hall on Sunday; no one was hurt.",
    "Gunmen attacked the bank branch overnight, police said, adding that nobody was killed or injured.",
    "The mayor's residence was attacked with rifle fire but nobody was hurt.",
    # the property told first, in the passive, the attackers after "by"
    "The bank branch was attacked by gunmen, without causing injuries.",
    "The electricity substation was attacked by guerrillas overnight; there were no casualties.",
    "Militants torched a school in the village, but the pupils escaped unharmed.",
]

SOMEONE_HURT = [
    # harm told beside a denial of worse harm
    "Gunmen attacked the bank branch overnight and wounded a clerk, but no one was killed.",
    "The embassy was attacked by rebels; a passer-by was seriously injured.",
    # the agent after "by" is no target: a person assaulted by an official at a railway station
    "A reporter was assaulted by a railway police officer at the station on Friday.",
]


@pytest.mark.parametrize("sentence", NOBODY_HURT)
def test_an_attack_on_property_that_hurt_nobody_is_property_destruction(sentence):
    assert sub_event_of(sentence) == LOOTING


@pytest.mark.parametrize("sentence", SOMEONE_HURT)
def test_an_attack_that_hurt_someone_stays_violence(sentence):
    assert sub_event_of(sentence) not in (LOOTING, None)


@pytest.mark.parametrize("sentence,harmed", [
    ("no one was hurt in the blast.", False),
    ("the bomb caused no casualties.", False),
    ("the guards escaped unhurt.", False),
    ("one guard was hurt, but nobody was killed.", True),
    ("two people were killed.", True),
])
def test_harm_told_only_to_deny_it_is_no_harm(sentence, harmed):
    assert _harmed(sentence) is harmed


PERSON_TARGETED = [
    "An attempt was made against the deputy minister's life through an attack on a residence in the capital.",
    "There was an attempt on the life of the judge when gunmen attacked his office on Tuesday.",
    "General Ortiz was attacked at his office in the north of the city.",
]

# the near-misses: the building is the object of the attack, and nobody is said to be its target
BUILDING_TARGETED = [
    "Gunmen attacked the offices of the electoral council in the town.",
    "The bank was attacked at dawn by gunmen.",
]


@pytest.mark.parametrize("sentence", PERSON_TARGETED)
def test_an_attack_aimed_at_a_person_is_an_attack(sentence):
    assert sub_event_of(sentence) == "Attack"


@pytest.mark.parametrize("sentence", BUILDING_TARGETED)
def test_an_attack_on_a_building_alone_is_property_destruction(sentence):
    assert sub_event_of(sentence) == LOOTING
