"""Property destroyed or taken by an armed group, nobody hurt: Looting/property destruction; and the talk
about sabotage that reports no incident.

Every sentence here is written for these tests in wire or radio style; none comes from an evaluation file.
"""
from __future__ import annotations

import pytest

from coding import sub_event_of

LOOTING = "Looting/property destruction"

PROPERTY = [
    # farms and their buildings are property, as a house is
    "Rebels burned the barns of a coffee plantation on Saturday.",
    "Insurgents burned two farmhouses in the district overnight.",
    # a town's records and buildings, the lorries on its road
    "Rebels burned the municipal archives and the courthouse on Tuesday.",
    "Guerrillas blocked the road and burned three lorries.",
    "Guerrillas occupied the town hall and burned documents before withdrawing.",
    # a station or post that serves the public is no fighting post
    "Rebels attacked a radio station in the capital overnight, damaging its transmitter.",
    "Gunmen stormed the health post and took away medicines and supplies.",
    # the source named before its words is no victim
    "Guerrillas attacked public buildings in two towns in the east, according to police.",
    # a person described by a past deed does not make the sentence an attack
    "Witnesses said the cafe, whose owner had backed the recently assassinated opposition leader, was torched "
    "by armed youths.",
    # terminals and refineries are installations like a pipeline; "attack" in the comment names nothing new
    "On 3 May, the rebels destroyed the oil terminal on the coast, in what officials called the worst attack on "
    "the industry.",
    "Rebels attacked the refinery on Friday, setting two tanks ablaze.",
    "The oil field near the border was attacked twice by unidentified armed men on Sunday.",
    # a transcriber's note that the speaker named no one negates nothing
    "They [not further identified] burned a few holiday cabins on the island.",
    # fire thrown at a building by a few people, with no crowd: arson
    "On 4 May, unidentified men threw Molotov cocktails at the offices of a local newspaper, causing damage.",
    # the object placed in an aside before the passive verb
    "The airstrip near the town, 5 km north of the provincial capital, was almost completely destroyed.",
    "The bridge over the river, 12 km east of the city, was partially destroyed on Monday.",
    "It was reported that the airstrip at the village, 8 km south of the old mining town of San Juan de la Cruz, "
    "was almost completely destroyed.",
    # a name spelled with hyphens is one word of the object; a power line may be written as one word
    "Rebels staged a new attack on the Tres - Rios - Grande oil pipeline in the north, spilling crude into a river.",
    "The utility said the guerrilla attacks damaged the main powerline to the port on Sunday.",
    # harm denied is no harm told
    "Rebels attacked the town hall overnight; there were no casualties, police said.",
    "The attacks damaged the offices of two parties in the capital on Monday, but no one was injured.",
]


@pytest.mark.parametrize("sentence", PROPERTY)
def test_property_attacked_or_burned_with_nobody_hurt_is_property_destruction(sentence):
    assert sub_event_of(sentence) == LOOTING


@pytest.mark.parametrize("sentence, expected", [
    ("Gunmen attacked a farm on Sunday, killing the owner and two labourers.", "Attack"),
    ("Rebels attacked a police station in the town overnight.", "Armed clash"),
    ("Rebels attacked an oil field in the east on Sunday, killing two workers.", "Attack"),
    ("On 4 May, a group of youths threw Molotov cocktails at the police station.", "Mob violence"),
    ("On 4 May, two men threw petrol bombs at a bus, injuring the driver.", "Mob violence"),
    ("Insurgents attacked an army post near the border, killing two soldiers.", "Armed clash"),
    ("Rebels attacked an army base in the north, according to military sources.", "Armed clash"),
    ("Gunmen shot dead the brother of the recently assassinated mayor on Sunday.", "Attack"),
    ("Rebels recently assassinated a senator in the capital.", "Attack"),
    ("Gunmen [not further identified] shot dead a trader in the market on Monday.", "Attack"),
    ("Gunmen attacked the mayor near the Tres - Rios oil pipeline on Sunday, wounding him.", "Attack"),
    ("Gunmen attacked a farm on Sunday; no one was hurt in the house but two labourers were killed.", "Attack"),
])
def test_people_hurt_or_a_fighting_post_keep_their_own_type(sentence, expected):
    assert sub_event_of(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The rebels said they had carried out 140 sabotage operations against the power grid and the roads in a year.",
    "The insurgents staged 35 attacks on army posts last year.",
    "A campaign of sabotage has cut power to the eastern provinces.",
    "The recently assassinated senator was buried on Monday.",
    "To halt the wave of attacks on banks and shops, the government this morning put the city under army control.",
])
def test_deeds_counted_by_the_dozen_a_campaign_named_or_one_to_stop_are_no_incident(sentence):
    assert sub_event_of(sentence) is None


@pytest.mark.parametrize("sentence", [
    "Rebels carried out two sabotage operations against pylons near the capital.",
    "Guerrillas sabotaged four pylons near the capital.",
])
def test_a_few_sabotage_operations_told_are_still_incidents(sentence):
    assert sub_event_of(sentence) == LOOTING
