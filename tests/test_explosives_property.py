"""Bombings told without the word "IED": dynamite, demolition, "a bombing", and the near-misses that stay.

Every sentence here is written for these tests in wire or radio style; none comes from an evaluation file.
"""
from __future__ import annotations

import pytest

from coding import sub_event_of
from eventwire.extraction.triggers import may_hold_event


_sub = sub_event_of


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
    "The bomb caused no casualties but destroyed six telephone booths and the windows of the exchange.",
    # a building bombed, told in the passive
    "The offices of the opposition party, whose leader is a former mayor, were bombed last night.",
    "The headquarters of the electoral board was bombed shortly before dawn on Sunday.",
]


@pytest.mark.parametrize("sentence", EXPLOSIVES)
def test_bombings_in_plain_words_are_remote_explosives(sentence):
    assert may_hold_event(sentence.lower())
    assert _sub(sentence) == "Remote explosive/landmine/IED"


NOT_A_PLANTED_BOMB = [
    ("Government jets bombed rebel positions in the hills on Monday.", "Air/drone strike"),
    ("The hospital building was bombed by government warplanes on Sunday.", "Air/drone strike"),
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


PROPERTY = [
    "Insurgents destroyed four power transmission towers in the north of the province overnight.",
    "Fighters sabotaged a stretch of the crude oil pipeline near the delta town on Sunday.",
    "Suspected militants torched a mobile phone mast on the outskirts of the district headquarters.",
    "Gunmen set the village council office on fire before fleeing into the forest.",
    "Armed bandits pillaged the weekly market and drove off with grain and cattle.",
    "Rebels attacked the town hall and the telephone exchange, causing heavy damage but no casualties.",
    "The rebels stepped up their campaign by destroying two high-voltage pylons north of the capital.",
    "Sabotage actions against the electricity system left the port city without power overnight.",
    "Militants burned several hectares of maize fields on the edge of the village.",
]


@pytest.mark.parametrize("sentence", PROPERTY)
def test_property_destroyed_by_armed_men_with_nobody_hurt(sentence):
    assert may_hold_event(sentence.lower())
    assert _sub(sentence) == "Looting/property destruction"


NOT_PROPERTY = [
    ("Gunmen attacked a hotel in the capital on Sunday, killing twelve guests.", "Attack"),
    ("Rebel fighters bombed and destroyed a telecom tower run by an army-owned firm.",
     "Remote explosive/landmine/IED"),
]


@pytest.mark.parametrize("sentence, expected", NOT_PROPERTY)
def test_attacks_that_kill_and_bombings_keep_their_type(sentence, expected):
    assert _sub(sentence) == expected


NO_PROPERTY_EVENT = [
    "The opposition accused the government of sabotaging the peace talks.",
    "Students set party flags on fire outside the election office in protest at the results.",
    "Police raided the offices of the separatist committee and took down its sign board.",
]


@pytest.mark.parametrize("sentence", NO_PROPERTY_EVENT)
def test_metaphor_protest_symbols_and_police_raids_are_no_property_destruction(sentence):
    assert _sub(sentence) != "Looting/property destruction"


VICTIMS_BY_OFFICE = [
    "Gunmen murdered a human rights lawyer outside his office on Sunday, police said.",
    "Unknown assailants shot dead the town's mayor as he left a church service, police sources said.",
    "Armed men killed three peasants and a local judge in the hamlet overnight, the army reported.",
]


@pytest.mark.parametrize("sentence", VICTIMS_BY_OFFICE)
def test_lawyers_mayors_and_peasants_killed_are_attacks_whoever_reports_them(sentence):
    assert _sub(sentence) == "Attack"


def test_police_killed_stay_a_clash_though_police_also_report_it():
    assert _sub("Gunmen shot dead two policemen at a checkpoint on Sunday, police said.") == "Armed clash"


HARM_THEN_CAUSE = [
    "Five people were killed on Sunday after a bomb exploded in a crowded bus station.",
    "Two vehicles were destroyed following the explosion of a device outside the ministry yesterday.",
]


@pytest.mark.parametrize("sentence", HARM_THEN_CAUSE)
def test_harm_told_before_after_a_bomb_is_what_the_bomb_did(sentence):
    assert _sub(sentence) == "Remote explosive/landmine/IED"


def test_a_bombing_recalled_after_other_news_stays_background():
    assert _sub("Security was tightened in the capital on Sunday after the bombing of a ministry last week.") is None


WEAPON_WORDS_THAT_ARE_NO_STRIKE = [
    ("The pilot died when his helicopter was attacked over the border district.", "Air/drone strike"),
    ("A man opened fire with a .38 caliber revolver outside the stadium.", "Shelling/artillery/missile attack"),
    ("Soldiers confiscated an assault rifle and a hand grenade at a safe house.", "Grenade"),
]


@pytest.mark.parametrize("sentence, wrong", WEAPON_WORDS_THAT_ARE_NO_STRIKE)
def test_aircraft_hit_pistol_calibres_and_seized_grenades_are_not_their_weapon_type(sentence, wrong):
    assert _sub(sentence) != wrong


def test_helicopters_bombing_in_the_progressive_are_still_an_air_strike():
    assert _sub("Government helicopters were bombing rebel positions near the pass on Sunday.") == "Air/drone strike"
