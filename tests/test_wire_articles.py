"""Modern wire copy, whole articles (written for these tests): the news once, its background not at all,
the attacker the article names wherever it names it."""
from __future__ import annotations

from coding import sub_event_of
from eventwire.pipeline import Pipeline

PIPE = Pipeline()

STRIKE_STORY = (
    "BEIRUT, March 4 (Reuters) - An air strike killed at least 12 fighters of a rebel faction in northwest Syria "
    "on Sunday, a war monitor said.\n\n"
    "The strike hit a training camp near the town of Sarmada in Idlib province late on Sunday, the monitor said. "
    "It said Russian jets carried out the attack.\n\n"
    "A commander of the faction said 14 of its men had died. Reuters could not verify the toll.\n\n"
    "Air strikes have continued despite a truce. In January, a similar raid killed seven civilians in the nearby "
    "town of Binnish.\n"
)


def test_a_recollection_dated_only_to_an_earlier_month_is_background():
    events = PIPE.extract(STRIKE_STORY, published="2024-03-04")
    assert [e.event_date for e in events] == ["2024-03-03"]
    assert all(e.location != "Binnish" for e in events)


def test_the_attacker_named_in_a_later_sentence_is_actor1():
    (event,) = PIPE.extract(STRIKE_STORY, published="2024-03-04")
    assert event.sub_event_type == "Air/drone strike" and event.actor1 == "Military Forces of Russia"
    assert any(e.field == "actor1" and e.text == "Russian jets" for e in event.evidence)


def test_a_claim_of_responsibility_names_the_bomber():
    text = ("KABUL, Jan 12 (Reuters) - A bomb hidden in a minibus exploded in the west of Kabul on Thursday, killing "
            "two people and wounding 14, police said.\n\n"
            "Islamic State claimed responsibility for the attack in a statement on its Telegram channel.\n")
    (event,) = PIPE.extract(text, published="2024-01-12")
    assert event.sub_event_type == "Remote explosive/landmine/IED" and event.actor1 == "Islamic State"
    assert event.fatalities == 2


def test_an_incident_named_by_an_earlier_year_lends_no_toll_and_is_no_event():
    text = ("KABUL, Jan 12 (Reuters) - A bomb hidden in a minibus exploded in the west of Kabul on Thursday, killing "
            "two people and wounding 14, police said.\n\n"
            "The blast struck during the evening rush hour, a police spokesman said.\n\n"
            "Islamic State has carried out many attacks in the area, including a 2021 bombing near a school that "
            "killed more than 80 people.\n")
    (event,) = PIPE.extract(text, published="2024-01-12")
    assert event.fatalities == 2 and event.event_date == "2024-01-11"


def test_a_tally_in_the_present_perfect_is_no_event():
    text = ("MEXICO CITY, May 3 (Reuters) - Gunmen shot dead a mayoral candidate at a campaign event in the town of "
            "Apatzingan on Thursday, prosecutors said.\n\n"
            "A fourth person was wounded. No one has been arrested.\n\n"
            "More than 20 candidates have been killed since the campaign began, according to a consultancy.\n")
    events = PIPE.extract(text, published="2024-05-03")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 1)]


def test_no_one_arrested_is_no_arrest():
    text = ("Gunmen shot dead a mayoral candidate at a campaign rally in Michoacan on Thursday. The attackers opened "
            "fire as the candidate greeted supporters. No one has been arrested. Drug cartels often target local "
            "politicians in the region.")
    assert [e.sub_event_type for e in PIPE.extract(text, published="2024-05-03")] == ["Attack"]
    assert sub_event_of("Nobody was arrested, police said.") is None


def test_a_glide_bomb_is_dropped_from_aircraft():
    assert sub_event_of("A glide bomb struck a factory on Monday evening, injuring four workers.") == "Air/drone strike"


def test_the_nationality_of_an_air_strike_names_the_forces():
    (event,) = PIPE.extract("An Israeli air strike on a house in Rafah killed at least eight members of one family "
                            "overnight, health officials said.", published="2024-03-10")
    assert event.actor1 == "Military Forces of Israel"
    (event,) = PIPE.extract("In Kharkiv, a Russian glide bomb struck a factory on Monday evening, injuring four "
                            "workers, the mayor said.", published="2024-05-14")
    assert (event.sub_event_type, event.actor1) == ("Air/drone strike", "Military Forces of Russia")


def test_civilians_killed_in_a_battle_count_in_the_battle_and_its_claimant_is_the_other_side():
    text = ("OUAGADOUGOU, Nov 28 (Reuters) - Burkina Faso's army repelled an attack by hundreds of jihadists on a "
            "military base in the northern town of Djibo on Sunday, the government said.\n\n"
            "It did not say whether soldiers or civilians were killed.\n\n"
            "A humanitarian source said about 40 civilians were killed in the attack. Reuters could not verify "
            "the figure.\n\n"
            "The attack was claimed by JNIM, the local al Qaeda affiliate.\n")
    (event,) = PIPE.extract(text, published="2023-11-28")
    assert (event.sub_event_type, event.location, event.fatalities) == ("Armed clash", "Djibo", 40)
    assert event.actor1 == "Military Forces of Burkina Faso" and event.actor2.startswith("JNIM")


HOTEL_SIEGE = (
    "MOGADISHU, June 10 (Reuters) - Al Shabaab militants stormed a hotel in the Somali capital on Friday evening, "
    "killing at least nine people before security forces ended the siege on Saturday morning, police said.\n\n"
    "A car bomb exploded at the gate of the hotel before gunmen entered the building, a police officer said. "
    "Security forces killed all four attackers, he said.\n\n"
    "Hundreds of people protested in the city on Saturday to demand better security. Police fired tear gas to "
    "disperse them.\n\n"
    "The group has carried out dozens of similar attacks in Mogadishu.\n"
)


def test_a_siege_is_one_incident_and_the_protest_in_the_city_is_placed_there():
    events = PIPE.extract(HOTEL_SIEGE, published="2023-06-10")
    assert [(e.event_type, e.location, e.event_date) for e in events] == [
        ("Explosions/Remote violence", "Mogadishu", "2023-06-09"), ("Protests", "Mogadishu", "2023-06-10")]
    attack, protest = events
    assert attack.actor1 == "Al Shabaab" and attack.fatalities == 9
    assert protest.sub_event_type == "Protest with intervention"


def test_the_town_refers_to_the_last_town_named():
    text = ("Rebels attacked an army post in the town of Djibo on Sunday, the army said. Soldiers repelled them. "
            "The army gave no toll. The region has been hit by attacks for years. Aid groups have left. "
            "On Monday, hundreds of residents marched in the town to demand better protection.")
    events = PIPE.extract(text, published="2023-11-28")
    assert [(e.event_type, e.location) for e in events][-1] == ("Protests", "Djibo")


def test_a_battle_told_without_a_day_does_not_swallow_a_protest_on_a_day():
    text = ("Soldiers killed two militants in clashes in the north, the army said. Separately, hundreds of students "
            "protested in Kano on Sunday against fuel prices. The clashes took place near the border.")
    types = [e.event_type for e in PIPE.extract(text, published="2024-03-10")]
    assert "Protests" in types and "Battles" in types


def test_a_riot_and_the_crowd_police_dispersed_are_one_violent_demonstration_in_the_town():
    text = ("NEW DELHI, Sept 30 (Reuters) - Mobs torched the house of a state minister in India's northeastern state "
            "of Manipur on Thursday night, police said, as protests over the killing of two students turned violent.\n\n"
            "Security forces fired tear gas to disperse hundreds of people who had gathered outside the minister's "
            "house in the state capital Imphal, a police officer said. No one was hurt.\n\n"
            "The state has been gripped by ethnic violence since May, when clashes between two communities killed "
            "more than 170 people.\n")
    (event,) = PIPE.extract(text, published="2023-09-30")
    assert (event.sub_event_type, event.location, event.event_date) == ("Violent demonstration", "Imphal",
                                                                        "2023-09-28")
    assert event.actor1 == "Rioters (India)" and event.fatalities == 0


def test_a_lead_placed_in_a_province_takes_the_town_its_next_sentence_names():
    text = ("MEXICO CITY, May 3 (Reuters) - Gunmen shot dead a mayoral candidate at a campaign event in the western "
            "state of Michoacan on Thursday, state prosecutors said.\n\n"
            "The attackers opened fire as the candidate greeted supporters in the town of Apatzingan, the "
            "prosecutors said in a statement.\n\n"
            "Separately, gunmen killed a police officer in the town of Uruapan.\n")
    events = PIPE.extract(text, published="2024-05-03")
    assert [e.location for e in events] == ["Apatzingan", "Uruapan"]
