"""Talk about violence is no event; the report of an incident is, told in the same words nearby.

Each case pairs a sentence that only talks about violence (a plan, a vow, a tally, a list, a
description) with one that reports an incident, so a filter that dropped everything would fail.
"""
from __future__ import annotations

import pytest

from eventwire.extraction import triggers as T
from eventwire.extraction.reportable import talk_about
from tests.coding import sub_event_of


def _families(sentence: str) -> set[str | None]:
    """The family of each trigger the lexicon finds in the sentence (None: a report)."""
    text = sentence.lower()
    found = T.find_triggers(text)
    assert found, f"no trigger in {sentence!r}"
    return {talk_about(text, trigger) for trigger in found}


TALK = [
    # a modal between the agent and the verb: a threat, a wish
    ("modal", "A caller said the two journalists will be executed at dawn unless the government frees its prisoners."),
    ("modal", "He told reporters that a few officials should be murdered to make the world listen."),
    # stopping, suspending, renouncing: nothing was carried out
    ("abstention", "The guerrillas promised to refrain from attacks on elected officials during the talks."),
    ("abstention", "The movement announced it had ceased bombing power lines in the north."),
    ("abstention", "Church leaders called for an end to bomb explosions in the capital's markets."),
    ("abstention", "A statement said the front would suspend attacks on public transport."),
    ("abstention", "We dream of a country without executed prisoners."),
    ("abstention", "The cartel said there would be no more bombings in the capital."),
    ("abstention", "The rebels told the army they are not going to allow more bombing of the suburbs."),
    # a tally or a series named as such
    ("aggregate", "The dirty war has left 500 political assassinations so far this year."),
    ("aggregate", "Over 40,000 people have been killed in ten years of civil war, the bishop said."),
    ("aggregate", "The general said the cartel had carried out various bomb attacks in the city."),
    ("aggregate", "The arrest brings to 14 the number of party members murdered in the province."),
    # a count over weeks or months, with no day of its own
    ("aggregate", "Over the past three months some 90 farm workers have been killed in the province, the bishop said."),
    ("aggregate", "In less than a month, nine union leaders were kidnapped by unidentified men."),
    # several kinds of violence in one list: a regime characterised
    ("enumeration", "The report said kidnappings, bombings and murders had become daily occurrences."),
    ("enumeration", "Labour leaders are imprisoned, murdered or exiled, the union said."),
    # violence told of a whole people, no number, no day
    ("generic", "The minister said the rebels are attacking the civilian population without mercy."),
    ("generic", "The rebels said the militias murder peasants with impunity."),
    # a deed in the infinitive of purpose: meant, not done
    ("modal", "They must no longer give the militias money to murder peasants."),
    # a bare "the attack" that the sentence talks about
    ("talk", "A spokesman for the group gave no details of the attack but promised a statement."),
    ("talk", "Because of the attacks, the company halted exports for a month."),
    ("aggregate", "The war has left 52,000 people killed in a decade, the church said."),
    ("aggregate", "In this decade, 300 people, including judges, have been killed by the cartels."),
    ("aggregate", "The minister said the rebels have killed many people and want to seize power."),
    # an attack in words or on an idea
    ("figurative", "The minister answered what he called a political attack by the opposition press."),
    ("figurative", "The bishop said the decree was an attack on democracy."),
    ("figurative", "The minister said the strikers' demands attack democracy itself."),
    # a habit, not an incident
    ("habitual", "Smugglers' gangs always end up killing each other, the governor said."),
    ("habitual", "He covers for the criminals who murder honest farmers, the senator said."),
    # a toll of many, with no day
    ("aggregate", "Hundreds of union members were murdered after the coup, the report said."),
    # negated right before the trigger
    ("negated", "The commander said his units had orders not to attack diplomatic buildings."),
    ("negated", "The defence minister told reporters: we are not bombing towns."),
    ("negated", "The robbers did not ask for money or try to steal anything from the shop."),
    # the words of a charge
    ("charge", "The opposition accused the air force of indiscriminate bombing of poor districts."),
    # a blast known only by its sound
    ("heard", "Several loud explosions were heard in the eastern suburbs shortly after midnight."),
    ("heard", "Residents said they heard mortar fire near the airport for about an hour."),
    # weapons counted in an inventory, not used
    ("inventory", "The truck carried 40 rifles, 12 pistols and a box of hand grenades, the customs office said."),
    # a person described by what befell them
    ("description", "The widow of the murdered judge flew home for the funeral."),
    # a whole people as the sufferer, in the present or the present perfect, no number, no day of its own
    ("generic", "Today the cabinet said it would protect the people, who are being savagely attacked by "
                "terrorists."),
    ("generic", "We thank the Irish people, who have also been murdered by the death squads in our land."),
    ("generic", "The minister asked those who have been kidnapped by the gangs to be patient."),
    # what a group does: a relative clause after a plural noun, the present passive with an adverb
    ("habitual", "The bishop said the country needs an army rather than forces that assassinate and burn."),
    ("habitual", "Once they are of no more use, the informers are even kidnapped and jailed, he said."),
    ("habitual", "The mayor said the throwing of grenades at bus stops is a common practice of the gangs."),
    # a question about a toll
    ("talk", "The governor said he did not know how many people were killed."),
    # shots at no one
    ("figurative", "Before handing over their weapons, the rebels shot them into the air one last time."),
    # what a group does whenever it acts
    ("habitual", "The general said it is hard to fight the rebels when they take villagers as hostages."),
    # kin named by what befell their people: an organisation's name, a delegation
    ("description", "Members of the Committee of Mothers and Relatives of Prisoners, Missing and Murdered People met "
                    "the envoy."),
    ("description", "The commission introduced the relatives of tortured and disappeared students to the press."),
    # a city or a country held hostage: a figure of speech
    ("figurative", "The union leader said the lorry drivers were holding the whole country hostage."),
]

REPORTS = [
    "The rebels executed two hostages at dawn on Tuesday, police said.",
    "Gunmen murdered a town councillor outside his home in the provincial capital last night.",
    "Guerrillas bombed a power line near the northern town of Riverton, cutting electricity.",
    "A bomb exploded in a crowded market in the capital today, wounding 12 people.",
    "Militants stopped and looted a passenger boat on the river, the navy said.",
    "Rebels raped three women during various attacks on villages of the district on 2 March.",
    "Soldiers assaulted students at the school gate, leaving several injured.",
    "Militiamen killed 12 civilians in the village of Lower Dale on Sunday.",
    "The judge was murdered by two gunmen on a motorcycle in the capital this morning.",
    "Gunshots rang out as gang members attacked the market district, wounding four traders.",
    "Police clashed with gang members near the port, where residents had heard shooting since dawn.",
    "Rebels fired mortars at the army barracks in the town overnight, killing two soldiers.",
    "Gunmen, not yet identified, shot dead a shopkeeper in the market on Friday.",
    "Eleven villagers were killed as a result of gang attacks on the hill district.",
    "Police arrested the men who attacked the mayor's office in the town on Friday.",
    "Artillery indiscriminately shelled the village of Upper Ford on 3 May, killing four civilians.",
    # one incident measured against a period, or a count over the last days of one scene
    "Gunmen killed four farm workers near the border in the deadliest attack in the past three months.",
    "Gunmen killed six farm workers in the hills over the last two days, the mayor said.",
    "Gunmen held the bank's staff hostage for six hours before police stormed the building.",
    "Relatives of the victims said gunmen murdered the two men at dawn on Sunday.",
    "Two peasants who were attacked by soldiers on Monday died in hospital, the mayor said.",
    "The gunmen did not speak but shot the driver and stole the truck on Monday.",
    "When they attacked the village on Monday, the rebels took twelve farmers hostage.",
    "The gunmen that attacked the bus on Monday shot two passengers, police said.",
    "Soldiers fired into the air and then shot dead two farmers at the gate on Monday.",
    "Rebels attacked the constitutional court building on Monday, wounding two guards.",
    "Gunmen threw grenades at a bus stop in the market district on Monday, wounding six people.",
]


@pytest.mark.parametrize("family,sentence", TALK)
def test_talk_about_violence_is_named_by_its_family(family, sentence):
    assert family in _families(sentence)
    assert sub_event_of(sentence) is None


@pytest.mark.parametrize("sentence", REPORTS)
def test_reports_of_incidents_are_still_coded(sentence):
    assert None in _families(sentence)
    assert sub_event_of(sentence) is not None


def test_an_aircraft_destroyed_on_the_ground_is_no_air_strike():
    sentence = "Our units downed two helicopters and destroyed three more helicopters on the ground."
    assert "aircraft hit" in _families(sentence)
    assert sub_event_of(sentence) != "Air/drone strike"
    assert sub_event_of("Air force jets bombed rebel positions near the town of Hill End on Sunday.") \
        == "Air/drone strike"


def test_an_air_crash_is_an_accident():
    assert sub_event_of("The crash killed 48 of the 60 passengers on board, the airline said.") is None
    assert sub_event_of("Gunmen killed 48 passengers on a bus near the border, the police said.") == "Attack"


def test_protest_wordings_are_left_to_the_protest_rules():
    # "stopped a protest" is an intervention, not an abstention from violence
    assert sub_event_of("Police stopped a protest of opposition supporters in the town on Friday.") is not None


def test_a_failed_device_is_still_disrupted_weapons_use():
    sentence = "Militants threw a grenade at a patrol in the city on 3 May but the grenade did not explode."
    assert sub_event_of(sentence) == "Disrupted weapons use"


def test_guerrillas_killed_by_troops_are_a_battle_and_their_victims_an_attack():
    assert sub_event_of("Another guerrilla was killed in the hills outside the capital on Monday.") == "Armed clash"
    assert sub_event_of("Guerrillas killed three peasants in the village of Long Ford on Monday.") == "Attack"


def test_a_charge_stays_talk_beside_another_trigger():
    # the charge word keeps the bombing out even when an attack word follows it in the sentence
    sentence = "He charged that foreign pilots took part in indiscriminate bombings and machinegunning of villages."
    assert sub_event_of(sentence) not in ("Remote explosive/landmine/IED", "Air/drone strike")


@pytest.mark.parametrize("sentence", [
    "On the outskirts of the village, a strike barely missed a camp where hundreds of displaced people slept.",
    "A car bomb exploded near a market crowded with thousands of shoppers, police said.",
    "Gunmen opened fire on a rally attended by hundreds of supporters of the candidate.",
])
def test_a_crowd_counted_only_as_present_is_no_tally(sentence):
    assert "aggregate" not in _families(sentence)


# A reaction to a deed that names the deed's own day reports the deed; the same reaction with no day, or a
# dated deed still to come, doubted or tried in court, stays talk.
DATED_DEEDS = [
    ("The foreign ministry condemned the murder of a trade attache on Thursday.", "Attack"),
    ("The bishops deplored the assassination of two village priests on 4 March in the north.", "Attack"),
    ("Police began investigating the 12 June kidnapping of a cattle rancher near the border.",
     "Abduction/forced disappearance"),
    ("The bishops condemned the assassination of the senator and former provincial governor of the northern "
     "mountain region and party leader on 9 May.", "Attack"),
]
UNDATED_OR_UNREAL = [
    "The foreign ministry condemned the murder of a trade attache.",
    "The rebels warned they would kidnap foreign engineers on Sunday.",
    "A court sentenced two men for the murder of a reporter on 3 May 2015.",
    "Relatives marked the anniversary of the massacre of 9 April in the valley.",
    "The governor condemned the attack and said on Tuesday that police would find the gunmen.",
]


@pytest.mark.parametrize("sentence, expected", DATED_DEEDS)
def test_a_reaction_to_a_deed_with_its_own_day_reports_the_deed(sentence, expected):
    assert sub_event_of(sentence) == expected


@pytest.mark.parametrize("sentence", UNDATED_OR_UNREAL)
def test_a_reaction_without_the_deeds_day_or_to_a_deed_not_done_stays_talk(sentence):
    assert sub_event_of(sentence) is None


def test_an_aside_between_commas_does_not_make_the_deed_talk():
    # the accusation is the aside's verb: the killing after it is reported
    assert sub_event_of("A shopkeeper, who was accused of informing, was killed by gunmen in the market.") == "Attack"
    # a modal after the aside still governs the deed, and a cue outside any aside still makes it talk
    assert sub_event_of("The rebels, who have vowed to fight on, will attack the capital.") is None
    assert sub_event_of("The man who was accused of the murder was released on bail.") is None


def test_a_reminder_and_an_attack_survived_report_the_deed():
    assert sub_event_of("As you will recall, the banker's son was kidnapped on 20 December by the cartel.") \
        == "Abduction/forced disappearance"
    assert sub_event_of("The opposition leader was unharmed following a terrorist attack on his car.") == "Attack"
    # the same words with a deed still to come stay talk
    assert sub_event_of("The rebels will kidnap foreign engineers, a spokesman warned.") is None
    assert sub_event_of("Talks resumed following the attack on the convoy.") is None


def test_a_past_relative_clause_reports_its_deed_whatever_governs_the_sentence():
    assert sub_event_of("The delegation will attend the funerals of the journalists who were killed in the port "
                        "on Thursday.") == "Attack"
    assert sub_event_of("Officials will investigate the deaths of two farmers who were shot dead by soldiers.") \
        == "Attack"
    # no relative clause: the modal governs the deed
    assert sub_event_of("The rebels said they will kill the two farmers.") is None
