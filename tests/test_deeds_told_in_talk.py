"""Talk about an incident ("referred to the attack", "accused the rebels of the bombing") is no report of it,
unless the talk tells a deed not told before with its own day ("referred to an attack last night on a power
station") or disputes only who did a deed it dates or tells in a clause of its own ("accused the death squads of
perpetrating the 31 October attack in which a bomb exploded"): then the sentence is the report.

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


AUTHORSHIP_DISPUTED = [
    ("A communique from the presidency accuses the death squads of perpetrating the 31 October attack in which "
     "a powerful bomb exploded at the union offices, killing nine people.", "Remote explosive/landmine/IED"),
    ("The army accused the rebels of carrying out Saturday's bombing of the power station.",
     "Remote explosive/landmine/IED"),
    # a denial of involvement disputes the doer, not the deed
    ("The army denied any involvement in the killing of three farmers in the village on Monday.", "Attack"),
    ("The group denied responsibility for Monday's bombing of the power station.",
     "Remote explosive/landmine/IED"),
]

DEED_ALLEGED = [
    # a habit or a campaign, no one deed
    "The army accused the rebels of carrying out attacks on power stations.",
    # the deed itself is what the accusers allege
    "Rights groups accused soldiers of killing three farmers.",
    "The rebels accused the army of plotting to bomb the capital.",
    # a denial of the deed itself, a deed still to come, a denial with no deed of a day
    "The government denied that the air force had bombed the village on Monday.",
    "The army denied any involvement in a plan to kill the mayor on Monday.",
    "The army denied any involvement in the killings of farmers.",
    "The group denied responsibility for the bombing.",
]


@pytest.mark.parametrize("sentence,expected", AUTHORSHIP_DISPUTED)
def test_an_accusation_of_who_did_a_dated_deed_reports_the_deed(sentence, expected):
    assert sub_event_of(sentence) == expected


@pytest.mark.parametrize("sentence", DEED_ALLEGED)
def test_an_alleged_or_undated_deed_stays_talk(sentence):
    assert sub_event_of(sentence) is None


def test_a_modal_in_a_clause_of_time_before_the_deed_does_not_make_it_talk():
    # "could" belongs to the "when" clause that closes before the main clause tells the deed
    sentence = "When the rebels could not find the mayor, they blew up the offices of the town hall."
    assert sub_event_of(sentence) == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("sentence", [
    "If the army attacks, the rebels will blow up the bridge.",
    "The rebels could not find the mayor and threatened to blow up the town hall.",
])
def test_a_deed_still_to_come_in_the_main_clause_stays_talk(sentence):
    assert sub_event_of(sentence) is None
