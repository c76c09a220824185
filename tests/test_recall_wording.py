"""Incidents told the way wire and radio copy tell them: by the weapon, by what it did to property, by the
victim's trade; and the near-misses that stay what they were.

Every sentence here is written for these tests in wire or radio style; none comes from an evaluation file.
"""
from __future__ import annotations

import pytest

from coding import sub_event_of
from eventwire.extraction.triggers import may_hold_event

_sub = sub_event_of

KILLINGS = [
    "Gunmen machinegunned a former judge outside his home on Tuesday.",
    "Three peasants were shot to death by suspected rebels in a rural district.",
    "Unidentified men riddled the union leader's car with bullets as he left the factory gate.",
    "Four priests were killed in the capital on Thursday.",
    "Guerrillas killed the mayor of a small mountain town, the local press said.",
    "The magistrate was sprayed with submachinegun fire as he stepped out of his car.",
    # the victims named before, with words between, and the killing told with its own day
    "Three aid workers, two nurses and a driver, were killed in the port on 16 November.",
    "The union organiser, who was killed last Friday, was buried in his home town today.",
    "Hired assassins shot the provincial judge outside his home.",
]


@pytest.mark.parametrize("sentence", KILLINGS)
def test_killings_told_by_the_gunfire_or_the_victims_trade_are_attacks(sentence):
    assert may_hold_event(sentence.lower())
    assert _sub(sentence) == "Attack"


BOMBS = [
    "A telephone booth in the south of the city was destroyed by a bomb, police said.",
    "Unknown men placed two bombs outside the party offices overnight.",
    "A car loaded with 50 kg of dynamite exploded in front of the ministry.",
    "A carbomb exploded tonight in a residential area of the port.",
    "Guerrillas blew up a public bus north of the capital; no casualties were reported.",
    "Rebels blew up at least four electricity posts in the eastern province.",
    "Seven powerful bombs were set off in two cities early this morning.",
    "The rebels attacked the embassy with explosives tonight, causing damage but no injuries.",
    "A municipal official was seriously wounded in an explosion in the town.",
    "Members of the movement bombed an office of the ruling party in the port, injuring three people.",
    "Urban commandos launched two powerful bombs against a car showroom downtown this morning.",
    "A bomb, which shattered the windows and wrecked the front of an insurance office, exploded before dawn.",
    "The attack carried out against the customs headquarters in the port with about 300 kg of explosives.",
    "Two strong explosions occurred in the city centre this morning.",
    "The army bombed and destroyed the opposition party's district office.",
]


@pytest.mark.parametrize("sentence", BOMBS)
def test_bombs_told_by_their_effect_their_placing_or_their_carrier_are_remote_explosives(sentence):
    assert may_hold_event(sentence.lower())
    assert _sub(sentence) == "Remote explosive/landmine/IED"


PROPERTY = [
    "Rebel sappers destroyed several high-voltage posts in two provinces.",
    "Militants burned 11 state transport company buses in the capital.",
    "Armed men robbed two bank branches in the town centre and fled with the cash.",
    "Seven bank branches were attacked and seriously damaged in the capital.",
    "The oil pipeline was destroyed near the border town.",
    "The insurgents stepped up acts of sabotage against the electrical system.",
    "The governor's residence was the target of an attack late on Friday.",
    "Unknown men burned two holiday cabins on the island last night.",
    "Insurgents blocked the highway and demanded that travellers surrender their money and watches.",
    "Gunmen robbed the payroll of a mining company in the province.",
]


@pytest.mark.parametrize("sentence", PROPERTY)
def test_property_burned_destroyed_or_robbed_by_armed_men_is_property_destruction(sentence):
    assert may_hold_event(sentence.lower())
    assert _sub(sentence) == "Looting/property destruction"


KEEP = [
    ("Russian forces conducted airstrikes on the village, as a result of which three explosions took place.",
     "Air/drone strike"),
    ("Protesters threw petrol bombs at police lines.", "Violent demonstration"),
    ("Party supporters threw cocktail bombs at the house of a rival candidate.", "Mob violence"),
    ("Soldiers have been engaged in a fire exchange with the militants since morning.", "Armed clash"),
    ("A thief robbed a shop in the market.", None),
    ("It is believed the blast occurred in a storage tank holding solvents.", None),
    ("The row between the two ministers blew up again at a cabinet meeting on Tuesday.", None),
]


@pytest.mark.parametrize("sentence, expected", KEEP)
def test_aircraft_crowds_theft_and_accidents_keep_their_own_reading(sentence, expected):
    assert _sub(sentence) == expected


AGENT_NOT_TARGET = [
    ("The country homes of two former ministers were attacked by the rebels overnight.", "Attack"),
    ("A shopping centre in the city was also attacked by terrorists last week.", "Looting/property destruction"),
    ("Two bank branches were attacked overnight in the capital.", "Looting/property destruction"),
    ("Suspected guerrillas killed an employee of the army's 3rd brigade in the capital this morning.", "Attack"),
    ("One person was killed and another injured by the explosion of a car parked near the army barracks.",
     "Remote explosive/landmine/IED"),
    # the combatants stay combatants
    ("Rebels attacked an army patrol near the border.", "Armed clash"),
    ("The army post was attacked by the rebels overnight.", "Armed clash"),
]


@pytest.mark.parametrize("sentence, expected", AGENT_NOT_TARGET)
def test_the_armed_men_after_by_are_the_attackers_not_the_victims(sentence, expected):
    assert _sub(sentence) == expected


def test_a_court_named_in_the_victims_title_is_no_trial():
    assert _sub("A high court magistrate was assassinated this evening in the provincial capital.") == "Attack"
    assert _sub("The supreme court judge was shot dead outside his home on Monday.") == "Attack"
    assert _sub("The court sentenced the man who killed the journalist.") is None


LOOTING_BY_ARMED_MEN = [
    "The guerrillas attacked a farm near the town, where they burned the sheds and stole food.",
    "Soldiers ransacked the school and stole the villagers' cattle.",
]


@pytest.mark.parametrize("sentence", LOOTING_BY_ARMED_MEN)
def test_guerrillas_and_troops_who_steal_loot_it_is_no_ordinary_crime(sentence):
    assert _sub(sentence) == "Looting/property destruction"


def test_killed_by_soldiers_in_the_perfect_and_offices_shaken_by_explosives():
    assert _sub("Three party activists have been killed by army soldiers in the city, their party said.") == "Attack"
    assert _sub("Seven bank branch offices were shaken by explosives that caused heavy damage.") \
        == "Remote explosive/landmine/IED"
    assert _sub("A thief stole a car from the market.") is None


def test_the_weapon_named_before_a_reported_harm_names_the_event_even_in_a_condemnation():
    assert _sub("The president condemned the dynamite attacks on a union office and a church, which killed nine "
                "people.") == "Remote explosive/landmine/IED"
    assert _sub("The president condemned the murder of the mayor.") is None


def test_installations_damaged_by_attacks_are_property_destruction_and_a_storm_is_no_event():
    assert _sub("The attacks have now spread to the northern province, damaging fuel installations.") \
        == "Looting/property destruction"
    assert _sub("A storm damaged power lines across the region.") is None


def test_residences_embassies_and_voting_tables_attacked_with_nobody_hurt_are_property():
    assert _sub("Voting tables have been attacked in 15 areas of the country, the electoral council said.") \
        == "Looting/property destruction"
    assert _sub("The minister's residence was also attacked last night.") == "Looting/property destruction"
    assert _sub("Gunmen attacked the residence of the mayor and killed two guards.") != "Looting/property destruction"


KIN_AND_STAFF = [
    ("This morning, a civilian employee at the army's 1st brigade was shot to death in a northern neighbourhood.",
     "Attack"),
    ("The wife of an army colonel was shot dead in the capital on Tuesday.", "Attack"),
    ("Two soldiers of the 1st brigade were shot dead at a checkpoint.", "Armed clash"),
]


@pytest.mark.parametrize("sentence, expected", KIN_AND_STAFF)
def test_the_kin_and_civilian_staff_of_soldiers_are_civilians(sentence, expected):
    assert _sub(sentence) == expected


def test_a_dated_killing_of_combatants_is_a_clash_and_an_accident_no_event():
    assert _sub("Two soldiers were killed in the northern province on Monday.") == "Armed clash"
    assert _sub("Four people were killed in a car accident on Sunday.") is None
    assert _sub("Five miners were killed in a landslide yesterday.") is None


OFFICERS_KIN = [
    "The wife of a police commander was killed by gunmen on Monday.",
    "An army colonel's wife was shot to death in the capital on Tuesday.",
    "Two farmers, who were accused of helping the police, were shot to death by rebels in the valley.",
]


@pytest.mark.parametrize("sentence", OFFICERS_KIN)
def test_an_officers_kin_or_a_force_named_in_an_aside_leaves_the_victims_civilians(sentence):
    assert _sub(sentence) == "Attack"


def test_officers_themselves_killed_stay_a_clash():
    assert _sub("Guerrillas attacked the army post, killing two soldiers and a commander.") == "Armed clash"


def test_artillery_launched_and_jets_bombing_houses_are_no_planted_bombs():
    assert _sub("On 2 May, the army launched artillery bombardments on rebel positions in the forest.") \
        == "Shelling/artillery/missile attack"
    assert _sub("Air force jets bombed houses in the rebel-held village.") == "Air/drone strike"


def test_a_person_the_target_of_an_attack_stays_an_attack():
    assert _sub("The minister was the target of an attack late on Friday.") == "Attack"


def test_one_more_bomb_that_failed_and_offices_destroyed_by_bombs_are_the_bombing():
    assert _sub("The port was shaken at dawn by four dynamite explosions (a fifth bomb did not explode).") \
        == "Remote explosive/landmine/IED"
    assert _sub("The union said its offices were searched and destroyed by bombs in the eastern city.") \
        == "Remote explosive/landmine/IED"
    # a single device that failed, or bombs destroyed by soldiers, stay disrupted weapons use
    assert _sub("A bomb placed under the judge's car failed to explode.") == "Disrupted weapons use"
    assert _sub("Soldiers destroyed two bombs found near the bridge.") == "Disrupted weapons use"


def test_a_killing_that_someone_tried_to_prevent_and_a_body_residents_found_are_attacks():
    assert _sub("Five armed men shot dead a watchman who tried to prevent them from entering the farm.") == "Attack"
    assert _sub("The body was found yesterday by residents, who said they heard six shots at midnight.") == "Attack"
    # trying to stop a crowd is still an intervention, a mob's beating still mob violence
    assert _sub("Police tried to disperse the protesters outside the parliament.") == "Protest with intervention"
    assert _sub("A mob of villagers beat a suspected thief to death.") == "Mob violence"


def test_a_person_burned_by_gunmen_stays_an_attack():
    assert _sub("Gunmen burned a farmer alive in the village.") == "Attack"


def test_a_robbery_with_no_armed_actor_stays_crime():
    assert _sub("Two men robbed cash from a shop in the market.") is None
