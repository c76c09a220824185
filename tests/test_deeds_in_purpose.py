"""A deed in the infinitive of purpose ("a force created to attack the country", "flew into the capital to assassinate
the opposition leader", "formed new units to seize roads and murder officials") tells what someone means to do, not
a deed done. After a verb of doing, going on or trying ("went on to attack", "used a truck bomb to attack", "took
the opportunity to plant bombs", "tried to murder"), or after a cause told as done ("prompted the guards to attack"),
the infinitive tells the deed itself.

Every sentence here is written for these tests in wire or radio style; none comes from an evaluation file.
"""
from __future__ import annotations

import pytest

from coding import sub_event_of

MEANT = [
    "The mercenary force was created to attack the country from across the border.",
    "A NEIGHBOURING STATE IS SENDING RIFLES TO THE MILITIA TO MURDER VILLAGERS.",
    "Two foreign gunmen flew into the capital to assassinate the opposition leader.",
    # the infinitive's "to" governs the verbs joined to it
    "THE GROUP HAS FORMED NEW UNITS TO SEIZE ROADS AND MURDER OFFICIALS.",
    "The militia used the ceasefire to regroup its fighters to attack the port.",
    "The cartel hired two gunmen to assassinate the judge, the prosecutor said.",
]


@pytest.mark.parametrize("sentence", MEANT)
def test_a_deed_in_the_infinitive_of_purpose_is_no_event(sentence):
    assert sub_event_of(sentence) is None


DONE = [
    ("GUNMEN WENT ON TO ATTACK TWO GUARDS AT THE GATE OF THE BARRACKS.", "Armed clash"),
    ("The rebels continued to attack the barracks throughout the night.", "Armed clash"),
    ("Rebels used a truck bomb to attack the police station on Monday.", "Remote explosive/landmine/IED"),
    ("TERRORISTS TOOK THE OPPORTUNITY TO PLACE THREE BOMBS IN THE CITY CENTRE THIS AFTERNOON.",
     "Remote explosive/landmine/IED"),
    ("Yesterday the guerrillas tried to murder a former army officer in his home.", "Attack"),
    ("THE SOLDIERS CARRIED OUT THE ORDER TO ASSASSINATE THE UNION LEADER.", "Attack"),
    # a cause told as done makes the deed after it done, however long its object
    ("THE QUARREL PROMPTED THE GUARDS WHO ESCORTED THE MAYOR TO ATTACK THE STUDENTS.", "Attack"),
]


@pytest.mark.parametrize("sentence, expected", DONE)
def test_an_infinitive_after_a_verb_of_doing_or_trying_tells_the_deed(sentence, expected):
    assert sub_event_of(sentence) == expected
