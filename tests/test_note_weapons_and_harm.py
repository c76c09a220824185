"""Codebook readings of ACLED-style notes: mines as the weapon of an ambush make it a Remote
explosive/landmine/IED event, not a clash; people wounded or beaten where others were abducted make the event an
Attack, not an Abduction (a note tells one scene; a story of scenes keeps a rescue's violence apart); an exchange
of fire is armed whoever fires; an unorganised crowd's assault is mob violence.

Every sentence here is written for these tests in the style of an ACLED note; none comes from an evaluation file.
"""
from __future__ import annotations

import pytest

from coding import sub_event_of
from eventwire.extraction.classify import classify_sentence

IED = "Remote explosive/landmine/IED"


@pytest.mark.parametrize("sentence", [
    "On 3 May 2022, in Kale township (Sagaing region), the local PDF attacked a military convoy with mines.",
    "On 3 May 2022, the local PDF carried out a mine attack against military trucks near Kalay.",
    "On 3 May 2022, resistance fighters ambushed a police patrol with homemade mines on the Monywa road.",
])
def test_an_attack_made_with_mines_is_an_explosive_event(sentence):
    assert sub_event_of(sentence) == IED


@pytest.mark.parametrize("sentence", [
    "On 3 May 2022, gunmen attacked the gold mine at Kalay, killing two guards.",
    "On 3 May 2022, rebels attacked an army post near the copper mine attack site.",
])
def test_an_attack_on_a_mine_is_no_mine_attack(sentence):
    assert sub_event_of(sentence) != IED


@pytest.mark.parametrize("sentence", [
    "On 3 May 2022, gunmen attacked the village of Koro, abducted six women and wounded the village chief.",
    "On 3 May 2022, armed men abducted two traders near Koro and beat their driver.",
])
def test_people_hurt_where_others_were_taken_make_an_attack(sentence):
    assert sub_event_of(sentence) == "Attack"


@pytest.mark.parametrize("sentence", [
    "On 3 May 2022, gunmen abducted six women in Koro. Nobody was injured.",
    "On 3 May 2022, gunmen abducted a trader in Koro and demanded a ransom.",
])
def test_an_abduction_with_no_one_hurt_stays_an_abduction(sentence):
    assert sub_event_of(sentence) == "Abduction/forced disappearance"


def test_in_a_story_of_scenes_a_rescues_wounded_leave_the_kidnapping_alone():
    sentence = "two businessmen kidnapped last week were freed in a raid in which two of the kidnappers were wounded."
    verdict = classify_sentence(sentence, False, True)
    assert verdict is not None and verdict.sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize("sentence", [
    "On 30 November 2023, police forces exchanged fire with drug traffickers in the Morro community.",
    "On 3 May 2023, residents of two villages exchanged fire over a land dispute near Kitgum.",
])
def test_an_exchange_of_fire_is_armed_whoever_the_sides_are(sentence):
    assert sub_event_of(sentence) == "Armed clash"


@pytest.mark.parametrize("sentence", [
    "On 21 December 2021, a number of people assaulted and killed a suspected cattle thief in the village of Koro.",
    "On 3 May 2023, a group of students assaulted a lecturer at the university in Kumasi.",
])
def test_an_unorganised_crowds_assault_is_mob_violence(sentence):
    assert sub_event_of(sentence) == "Mob violence"


@pytest.mark.parametrize("sentence", [
    "Two aid workers were attacked and wounded near Juba on Monday.",
    "On 3 May 2023, gunmen attacked a group of workers at a farm near Gao, killing three.",
])
def test_workers_attacked_are_victims_not_a_mob(sentence):
    assert sub_event_of(sentence) == "Attack"
