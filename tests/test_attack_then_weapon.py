"""A press release names an incident as "the attack" with its day, then tells how it was done (written for these
tests): one incident, named by its weapon, at the town the detail names; a place people came from is no scene."""
from __future__ import annotations

from eventwire.pipeline import Pipeline

PIPE = Pipeline()

RELEASE = ("Sudan: Coordinator condemns attack on aid trucks\n\nPORT SUDAN, 9 June 2026 - The Humanitarian "
           "Coordinator condemns the attack on an aid convoy in North Kordofan on 7 June 2026, in which two drivers "
           "contracted by the World Food Programme "
           "were killed.\n\nThe convoy, carrying food for families displaced from El Obeid, was hit by a drone near "
           "the town of Bara. Five trucks were destroyed.\n\nAttacks on aid must stop, the Coordinator said. Aid "
           "workers must never be a target.\n")


def test_the_attack_and_its_weapon_are_one_incident_at_the_detail_s_town():
    coded = [(e.event_date, e.sub_event_type, e.location, e.fatalities) for e in PIPE.extract(RELEASE,
                                                                                            published="2026-06-09")]
    assert coded == [("2026-06-07", "Air/drone strike", "Barah", 2)]


def test_attacks_summed_up_stay_apart_from_one_weapon_told_next():
    text = ("KABUL, Aug 3 (Reuters) - Insurgents staged attacks on police posts across Ghazni province on Saturday, "
            "officials said.\n\nA police post in the town of Qarabagh was hit by mortar fire, the governor said.\n"
            "\nNo casualties were reported. Officials gave no further details. The Taliban did not comment. The "
            "province has seen heavy fighting.\n")
    coded = [e.sub_event_type for e in PIPE.extract(text, published="2026-08-03")]
    assert "Shelling/artillery/missile attack" in coded and len(coded) == 2


def test_a_town_people_were_displaced_from_is_no_scene():
    text = ("GENEVA, May 2 (Reuters) - Gunmen shot dead three men at a camp for people displaced from Tawila near "
            "the town of Kutum on Thursday, a UN agency said.\n")
    assert [e.location for e in PIPE.extract(text, published="2026-05-02")] == ["Kutum"]


def test_victims_described_by_a_participle_phrase_are_counted():
    from eventwire.extraction.numbers import count_fatalities
    told = "in which two drivers contracted by the world food programme were killed."
    assert count_fatalities(told).value == 2
    assert count_fatalities("five soldiers stationed at the remote border post were killed.").value == 5
