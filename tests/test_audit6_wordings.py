"""Wordings of the sixth audit (#10: modern wire and web news across every sub-event type), each on sentences
written for it, with a neighbour that must stay as it was."""
from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

PIPE = Pipeline()


def _coded(text: str, published: str = "2026-05-20") -> list[tuple]:
    return [(e.event_date, e.sub_event_type, e.actor1) for e in PIPE.extract(text, published=published)]


def _subtypes(text: str) -> list[str]:
    return [e[1] for e in _coded(text)]


@pytest.mark.parametrize("text", [
    "Separatist fighters walked into the border town of Kilo on Monday without firing a shot.",
    "The rebels took over the district headquarters on Sunday without a single shot being fired, residents said.",
    "French troops handed over the Gao base to Malian forces on Tuesday as part of their withdrawal.",
])
def test_ground_left_or_handed_over_without_a_fight_is_a_non_violent_transfer(text):
    assert _subtypes(text) == ["Non-violent transfer of territory"]


def test_the_name_of_a_joint_operations_command_is_no_battle():
    assert _subtypes("The joint operations command said in a statement on Monday that the road had reopened.") == []
    assert _subtypes("Troops killed four militants in joint operations near Kirkuk on Monday, the army said.") \
        == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "Three rebel factions in the south said on Friday they had merged into one movement under a single commander.",
    "Two armed groups active in the hills announced on Friday that they were merging with the Islamic State branch.",
])
def test_armed_factions_merging_are_a_change_to_group(text):
    assert _subtypes(text) == ["Change to group/activity"]


def test_a_business_merger_is_no_change_to_group():
    assert _subtypes("The two telecom groups said on Friday they had agreed to merge with each other.") == []


def test_an_armed_group_setting_up_its_own_offices_establishes_a_base():
    assert _subtypes("After taking the town, the militants set up their own court and police offices there "
                     "on Thursday.") == ["Headquarters or base established"]


@pytest.mark.parametrize("text", [
    "Soldiers fired shells containing chloropicrin at trenches near the village of Orikhiv on Sunday.",
    "Helicopters dropped canisters that released a choking gas over the town of Tawila on Sunday.",
    "Doctors said the air force had used chlorine as a weapon in a raid on a village in North Darfur on Sunday.",
])
def test_choking_agents_are_chemical_weapons(text):
    assert _subtypes(text) == ["Chemical weapon"]


def test_tear_gas_stays_no_chemical_weapon():
    assert "Chemical weapon" not in _subtypes("Police fired tear gas at protesters in Nairobi on Sunday.")


def test_a_crowd_that_beats_people_to_death_is_a_mob():
    text = ("On Sunday, traders at the main market in Kano seized two young men they accused of being thieves and "
            "beat them to death, police said.")
    assert _subtypes(text) == ["Mob violence"]


def test_residents_who_tell_of_a_beating_are_its_source_not_a_mob():
    text = "Residents said gunmen beat the village head to death in Kajuru on Sunday."
    assert "Mob violence" not in _subtypes(text)


def test_an_arrest_ahead_of_a_planned_rally_is_an_arrest():
    text = ("Police arrested the opposition party's secretary general at his home in Dhaka on Sunday, two days ahead "
            "of a planned rally.")
    assert _subtypes(text) == ["Arrests"]


def test_arrests_at_a_rally_held_are_an_intervention():
    assert _subtypes("Police arrested 30 people at an opposition rally in Dhaka on Sunday.") \
        == ["Protest with intervention"]


def test_taang_national_liberation_army_is_not_the_eln():
    coded = PIPE.extract("Fighters of the Ta'ang National Liberation Army attacked an army post near Kyaukme "
                         "on Sunday, killing five soldiers.", published="2026-05-20")
    assert [e.actor1 for e in coded] == ["TNLA: Ta'ang National Liberation Army"]
