"""Bombings told without the word "IED": dynamite, demolition, "a bombing", and the near-misses that stay.

Every sentence here is written for these tests in wire or radio style; none comes from an evaluation file.
"""
from __future__ import annotations

import pytest

from eventwire.extraction.classify import classify_sentence
from eventwire.extraction.triggers import may_hold_event


def _sub(sentence: str) -> str | None:
    verdict = classify_sentence(sentence.lower())
    return verdict.sub_event_type if verdict else None


EXPLOSIVES = [
    "Suspected rebels dynamited a railway bridge outside the provincial capital early on Tuesday.",
    "A dynamite charge went off at the entrance of a bank branch downtown, shattering windows.",
    "Three guards were hurt in a dynamite attack on the offices of a regional newspaper on Monday night.",
    "Militants blew up a section of the gas pipeline near the border town on Saturday, the ministry said.",
    "Two electricity pylons were blown up overnight, leaving the district without power.",
    "Insurgents placed an explosive charge under the water tower, which collapsed at dawn.",
    "A bombing at a crowded bus terminal killed six people on Friday, police said.",
    "Police reported four bombings in the old quarter overnight, with heavy damage to shops.",
    "The rebels bombed two bank branches in the port city on Sunday evening.",
    "The shop was wrecked by the explosion of a small bomb left in a parcel near its door.",
]


@pytest.mark.parametrize("sentence", EXPLOSIVES)
def test_bombings_in_plain_words_are_remote_explosives(sentence):
    assert may_hold_event(sentence.lower())
    assert _sub(sentence) == "Remote explosive/landmine/IED"


NOT_A_PLANTED_BOMB = [
    ("Government jets bombed rebel positions in the hills on Monday.", "Air/drone strike"),
    ("The aerial bombing of the valley continued for a third day.", "Air/drone strike"),
    ("A suicide bombing at a checkpoint killed four soldiers on Monday.", "Suicide bomb"),
    ("Police seized 60 sticks of dynamite and two detonators from a truck at a checkpoint.",
     "Disrupted weapons use"),
]


@pytest.mark.parametrize("sentence, expected", NOT_A_PLANTED_BOMB)
def test_aircraft_suicide_and_seizures_keep_their_own_type(sentence, expected):
    assert _sub(sentence) == expected


NO_EVENT = [
    "Rome imposed new sanctions on Friday over the bombing of its embassy guards last month.",
    "The row between the two ministers blew up again at a cabinet meeting on Tuesday.",
]


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_reactions_and_figures_of_speech_are_no_bombing(sentence):
    assert _sub(sentence) != "Remote explosive/landmine/IED"
