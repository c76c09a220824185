"""A claim of responsibility follows the telling of its deed, so it is no event of its own; but a deed the claim
dates to its own day is told there all the same, however the sentence came to tell it.

Every sentence here is written for these tests in wire or radio style; none comes from an evaluation file.
"""
from __future__ import annotations

import pytest

from coding import sub_event_of

TOLD_IN_THE_CLAIM = [
    ("A group calling itself the Red Commando claimed responsibility for the attack on a provincial judge, who "
     "was murdered on Friday 14 July in the port city.", "Attack"),
    ("The rebel front has claimed responsibility for a bomb attack that wounded three children on 26 July in a "
     "hillside district.", "Remote explosive/landmine/IED"),
    ("A splinter group claimed responsibility for Monday's bombing of the power station.",
     "Remote explosive/landmine/IED"),
]

ONLY_A_CLAIM = [
    "The rebels claimed responsibility for the attack on the army post.",
    # the claimants' own day for a bare "the attack": their words about a deed told before
    "The group claimed responsibility, but wrongly stated that the attack took place on 29 March.",
    "A caller said the commando took credit for the killings.",
]


@pytest.mark.parametrize("sentence,expected", TOLD_IN_THE_CLAIM)
def test_a_deed_a_claim_dates_to_its_own_day_is_coded(sentence, expected):
    assert sub_event_of(sentence) == expected


@pytest.mark.parametrize("sentence", ONLY_A_CLAIM)
def test_a_claim_of_a_deed_told_elsewhere_is_no_event(sentence):
    assert sub_event_of(sentence) is None
