"""Victims a report counts by age or passport ("four minors", "two U.S. citizens"), a sniper's victim, attackers
counted ("two individuals shot the general"), and wreckage told in the passive (ambulances, a landing strip, a junction box): the wordings wire and radio copy
use for incidents; and the near-misses that stay no event.

Every sentence here is written for these tests in wire or radio style; none comes from an evaluation file.
"""
from __future__ import annotations

import pytest

from coding import sub_event_of
from eventwire.extraction.triggers import may_hold_event

TOLD = [
    ("Two minors and an elderly man were killed when gunmen fired on a bus in the valley.", "Attack"),
    ("Three foreign tourists were shot dead near the ruins on Sunday.", "Attack"),
    ("Two U.S. citizens have been killed in the capital in the last few hours.", "Attack"),
    ("A street vendor was hit by a sniper in the old quarter on Tuesday.", "Attack"),
    ("Two Red Cross ambulances were destroyed by rebel fire overnight.", "Looting/property destruction"),
    ("A clandestine landing strip near the river was destroyed.", "Looting/property destruction"),
    ("A telephone junction box was destroyed in the western suburbs.", "Looting/property destruction"),
    # the attackers counted, as radio and translated copy name them
    ("Two individuals shot a former junta member at point-blank range this morning.", "Attack"),
    ("Several men last night wounded a watchman at an apartment building.", "Attack"),
    ("Three masked men stabbed a shopkeeper in the market on Friday.", "Attack"),
    # shots at people or at their vehicle
    ("A soldier fired at the reporters' vehicle as it approached the checkpoint on Sunday.", "Attack"),
    ("Troops opened fire on villagers gathering firewood near the border.", "Attack"),
    # a jeep blown up, a pickup burned
    ("At least fifty rebels blew up a jeep near the river crossing.", "Remote explosive/landmine/IED"),
    ("Rebels burned a pickup and two tractors on the farm.", "Looting/property destruction"),
    # an aircraft named as the agent of a passive bombing
    ("The priest left the parish church after it was bombed by the air force.", "Air/drone strike"),
]

NOT_TOLD = [
    # a tally over a war, not an incident
    "Thousands of citizens have been killed in the war since 1980.",
    # the sniper as a noun of a team, the wreck of an accident
    "The police sniper team trained at the base for three weeks.",
    "Two ambulances were destroyed in a collision on the motorway.",
    # shots into the air, and at fighters, are no attack on civilians
    "The guards fired into the air to scare off the thieves.",
    # men counted as victims of an accident, not as attackers
    "Two men were killed in a car crash on the highway.",
]


@pytest.mark.parametrize("sentence,expected", TOLD)
def test_incidents_told_by_their_victims_or_their_wreckage(sentence, expected):
    assert sub_event_of(sentence) == expected


@pytest.mark.parametrize("sentence", NOT_TOLD)
def test_tallies_teams_and_accidents_stay_no_event(sentence):
    assert sub_event_of(sentence) is None


def test_the_sniper_stem_lets_the_rule_run():
    assert may_hold_event("a vendor was hit by a sniper")
