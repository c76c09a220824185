"""Wordings of the seventh audit (#10: held-out whole articles from conflicts and years the other audits leave out),
each on sentences written for it, with a neighbour that must stay as it was."""
from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

PIPE = Pipeline()


def _coded(text: str, published: str = "2026-05-20") -> list[tuple]:
    return [(e.event_date, e.sub_event_type, e.location, e.fatalities) for e in PIPE.extract(text, published=published)]


def _subtypes(text: str) -> list[str]:
    return [e[1] for e in _coded(text)]


@pytest.mark.parametrize("text", [
    "Rebels said government forces fired shells filled with chlorine at their positions near Jisr al-Shughur on "
    "Sunday.",
    "Helicopters dropped barrels packed with chlorine on the village of Kafr Zita on Sunday, a monitor said.",
    "A chlorine-filled rocket hit a house in the town of Saraqeb on Sunday, medics said.",
])
def test_a_weapon_filled_with_a_chemical_agent_is_a_chemical_weapon(text):
    assert _subtypes(text) == ["Chemical weapon"]


def test_shells_filled_with_explosives_stay_shelling():
    assert _subtypes("Troops fired shells at the village of Kafr Zita on Sunday, killing two civilians.") \
        == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text", [
    "The group said on Tuesday it was suspending military operations against U.S. forces in the region.",
    "The rebels announced on Friday that they were halting all attacks on government troops for a month.",
])
def test_fighting_put_on_hold_is_a_change_to_the_group_not_a_battle(text):
    assert _subtypes(text) == ["Change to group/activity"]


def test_a_rebel_advance_halted_in_fighting_stays_a_battle():
    assert _subtypes("Troops halted the rebel advance near the town of Jisr al-Shughur on Sunday after fierce "
                     "fighting.") == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "The government said on Thursday it had found eight mass graves in and around the town of Tarhuna.",
    "Local officials said on Thursday that a mass grave had been discovered on the edge of Tarhuna.",
])
def test_a_mass_grave_found_is_another_strategic_development(text):
    assert _subtypes(text) == ["Other"]


def test_the_bomb_disposal_experts_as_a_bombings_source_defuse_nothing():
    text = ("A bomb exploded outside a tea shop in Rueso on Monday, killing a defence volunteer, police said. "
            "Bomb disposal officers said the device had been triggered by a mobile phone.")
    assert _subtypes(text) == ["Remote explosive/landmine/IED"]
    assert _subtypes("A bomb disposal squad defused a device found near a school in Bannu on Tuesday.") \
        == ["Disrupted weapons use"]


def test_a_deal_signed_is_an_agreement_though_one_party_refused_to_sign():
    assert _subtypes("The government and more than 40 rebel groups signed a peace agreement in Doha on Monday, "
                     "but the main rebel movement refused to sign.") == ["Agreement"]
    assert _subtypes("The two sides failed to reach a ceasefire agreement in talks in Doha on Monday.") == []


def test_a_campaign_going_on_after_the_main_clause_is_its_backdrop():
    assert _subtypes("Turkish troops set up a new military base on a hilltop near the town of Zakho on Wednesday, "
                     "local officials said, as Ankara pressed a cross-border offensive against Kurdish militants.") \
        == ["Headquarters or base established"]
    assert _subtypes("Troops killed five militants near Zakho on Monday, as the army pressed its offensive.") \
        == ["Armed clash"]


def test_a_charity_suspending_its_activities_changes_no_armed_group():
    assert _subtypes("The medical charity said on Thursday it had suspended activities at its hospital in the "
                     "town of Kenscoff.") == []
