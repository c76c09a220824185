"""Talk about an incident ("referred to the attack", "accused the rebels of the bombing") is no report of it,
unless the talk tells a deed not told before with its own day ("referred to an attack last night on a power
station"): then the sentence is the report.

Every sentence here is written for these tests in wire or radio style; none comes from an evaluation file.
"""
from __future__ import annotations

import pytest

from coding import sub_event_of

REPORTED = [
    "The president referred to an attack last night on an electric power substation in the north of the "
    "capital, calling it a publicity stunt.",
    "The governor made reference to an attack on Sunday against a police post in the mountains.",
]

TALK = [
    # the deed told before, by a definite noun
    "The president referred to the attack on the power station, calling it a publicity stunt.",
    # no day of its own
    "The minister made reference to an attack in the past on the station.",
]


@pytest.mark.parametrize("sentence", REPORTED)
def test_a_new_deed_told_with_its_own_day_is_reported(sentence):
    assert sub_event_of(sentence) is not None


@pytest.mark.parametrize("sentence", TALK)
def test_talk_about_a_deed_told_before_or_undated_is_no_event(sentence):
    assert sub_event_of(sentence) is None
