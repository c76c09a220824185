"""A deed named by a noun, with its victim, as the object of talk, of a charge or a trial, or as a cause ("those
implicated in the murder of the archbishop", "letters linking a banker with the assassinations of two mayors",
"the commander's removal was prompted by the army's bombing of farming villages") recalls an incident when it
stands past the lead of a long article: the story is about something else. The lead, a brief, a deed with a day or
a place of its own, a deed that is the subject of its harm, and a bare "the massacre" that refers back to the
story's own incident stay news. A deed named by a mass noun, with no article, number or owner ("spreading fear and
murder", "after committing murder") names a kind of deed, not an incident, wherever it stands.

Every sentence and article here is written for these tests in wire or radio style; none comes from an evaluation
file.
"""
from __future__ import annotations

import pytest

from eventwire.extraction.classify import classify_sentence
from eventwire.pipeline import Pipeline

PIPE = Pipeline()


def _in_body(sentence: str) -> str | None:
    verdict = classify_sentence(sentence.lower(), body=True)
    return verdict.sub_event_type if verdict else None


def _in_lead(sentence: str) -> str | None:
    verdict = classify_sentence(sentence.lower())
    return verdict.sub_event_type if verdict else None


RECALLED = [
    "The rebels demanded that all those implicated in the murder of the archbishop be put on trial.",
    "INVESTIGATORS SEIZED LETTERS LINKING A BANKER WITH THE ASSASSINATIONS OF TWO MAYORS.",
    "THE COMMANDER'S REMOVAL WAS PROMPTED BY THE ARMY'S BOMBING OF FARMING VILLAGES.",
    "The new law was passed on the basis of the killing of hundreds of miners.",
    "THE TALKS WERE BROKEN OFF BECAUSE OF THE MURDER OF TWO UNION LEADERS.",
    "The prosecutor charged the colonel with involvement in the assassination of the mayor.",
    "The bishop called for the trial of the perpetrators of the massacre of the farm workers.",
    "THE BISHOPS DEMANDED PUNISHMENT FOR THOSE RESPONSIBLE FOR THE JUDGE'S MURDER.",
    "The minister then spoke about the controversy regarding the kidnapping of the senator's son.",
    # deeds joined share the victim
    "The envoy criticised the failure to find the authors of the kidnapping and murder of student leaders.",
]


@pytest.mark.parametrize("sentence", RECALLED)
def test_a_deed_named_in_talk_past_the_lead_is_a_recollection(sentence):
    assert _in_body(sentence) is None


@pytest.mark.parametrize("sentence", RECALLED[:4])
def test_the_same_words_in_the_lead_still_name_the_story_s_incident(sentence):
    assert _in_lead(sentence) is not None


NEWS = [
    # a day or a place of its own
    ("The governor condemned the killing of three farmers on Monday.", "Attack"),
    ("Police said the kidnapping of the mayor on Tuesday was carried out by a rebel unit.",
     "Abduction/forced disappearance"),
    ("THE ARMY WAS INVOLVED IN THE KILLING OF THREE FARMERS IN THE VILLAGE OF SAN JOSE.", "Attack"),
    ("Talks broke down because of the murder of two union leaders, carried out by gunmen in the port city on "
     "4 May.", "Attack"),
    # the deed is the subject of its harm, not the object of talk
    ("The bombing of a bus in the northern town killed 12 people.", "Remote explosive/landmine/IED"),
    ("THE BOMBING OF THE POWER STATION CUT ELECTRICITY TO THE CAPITAL.", "Remote explosive/landmine/IED"),
    # the harm told first is the news; the deed after it is its cause
    ("Three soldiers were killed as a result of the bombing of their post.", "Remote explosive/landmine/IED"),
]


@pytest.mark.parametrize("sentence, expected", NEWS)
def test_a_deed_with_a_day_place_or_harm_of_its_own_is_news_anywhere(sentence, expected):
    assert _in_body(sentence) == expected


def test_a_bare_noun_refers_back_to_the_story_s_own_incident():
    # no victim named: "the massacre" is the incident the story told; the assembler groups it with that telling
    assert _in_body("The priest voiced doubts about the identity of the perpetrators of the massacre.") is not None
    # a possessive pronoun refers back too; a name in the possessive introduces the victim
    assert _in_body("The case remains a nightmare for the perpetrators of his brutal assassination.") is not None
    assert _in_body("The case remains a nightmare for the perpetrators of the senator's assassination.") is None


_LEAD = ("SAN SALVADOR, 12 MAR 90 (RADIO NACIONAL) -- [TEXT] GUERRILLAS KILLED TWO POLICEMEN IN AN AMBUSH NEAR "
         "THE TOWN OF SUCHITOTO YESTERDAY, THE ARMED FORCES PRESS OFFICE REPORTED.\n\n"
         "THE POLICEMEN WERE PATROLLING A ROAD NORTH OF THE TOWN WHEN THEY CAME UNDER FIRE.\n\n"
         "A SPOKESMAN SAID THE ATTACKERS FLED TOWARD THE HILLS.\n\n")


def _events(text: str) -> list[tuple]:
    return [(e.event_date, e.sub_event_type) for e in PIPE.extract(text, published="1990-03-12")]


_TALKS = ("CARACAS, 12 MAR 90 (EFE) -- [TEXT] GOVERNMENT AND REBEL ENVOYS MET IN CARACAS TODAY TO DISCUSS REFORMS, "
          "THE MEDIATORS ANNOUNCED.\n\n"
          "THE MEETING IS EXPECTED TO LAST FOUR DAYS.\n\n"
          "THE AGENDA INCLUDES REFORMS TO THE JUDICIARY AND THE ELECTORAL LAW.\n\n")
_RECALLS = ("THE REBEL ENVOY SAID THE ARMY UNIT WAS INVOLVED IN THE MURDER OF A JUDGE.\n\n"
            "THE OPPOSITION DEMANDED A TRIAL OF THOSE RESPONSIBLE FOR THE ARCHBISHOP'S ASSASSINATION.\n\n"
            "THE LAST ROUND WAS SUSPENDED BECAUSE OF THE KILLING OF TWO UNION LEADERS.\n\n")


def test_a_long_article_does_not_code_the_incidents_its_context_recalls():
    assert _events(_TALKS + _RECALLS + "NO DATE HAS BEEN SET FOR THE NEXT ROUND.\n") == []


def test_the_news_of_a_long_article_stays_beside_its_recollections():
    news = _events(_LEAD + "NO ARRESTS HAVE BEEN MADE.\n")
    assert len(news) == 1 and news[0][0] == "1990-03-11"
    assert _events(_LEAD + _RECALLS + "NO ARRESTS HAVE BEEN MADE.\n") == news


def test_a_long_article_still_codes_a_recalled_deed_with_its_own_day():
    text = (_LEAD
            + "TALKS WITH THE REBELS WERE SUSPENDED BECAUSE OF THE KILLING OF TWO UNION LEADERS IN SANTA ANA "
            "ON 9 MARCH.\n\nTHE GOVERNMENT SAID THE TALKS WOULD RESUME NEXT MONTH.\n\nNO ARRESTS HAVE BEEN MADE.\n")
    assert ("1990-03-09", "Attack") in _events(text)


def test_a_brief_that_names_a_deed_in_talk_still_codes_it():
    # a brief tells one scene: every sentence of it is news, so the deed the documents tie the men to is its incident
    text = ("BOGOTA, 4 SEP 89 (EFE) -- [TEXT] POLICE HAVE ARRESTED TWO MEN IN MEDELLIN.\n\n"
            "THEY FOUND DOCUMENTS LINKING THE MEN WITH THE KIDNAPPING OF A CATTLE RANCHER.\n")
    assert [sub for _, sub in _events(text)] == ["Abduction/forced disappearance"]


KINDS_OF_DEED = [
    "Armed gangs were spreading fear and murder, the bishop said.",
    "The regime answered the strikes with torture and murder, the union said.",
    "THE MINISTER COMPARED THE REBELS TO THIEVES WHO HIDE IN CHURCHES AFTER COMMITTING MURDER.",
    "THE GROUP HAS ENGAGED IN KIDNAPPING AND EXTORTION FOR YEARS.",
    "The envoy said his government would never resort to sabotage, whatever the rebels claimed.",
]


@pytest.mark.parametrize("sentence", KINDS_OF_DEED)
def test_a_deed_named_by_a_mass_noun_is_a_kind_of_deed_not_an_incident(sentence):
    assert _in_lead(sentence) is None


INCIDENTS_BY_NOUN = [
    # a victim, a scene or a day of its own; a gerund with its object is a verb
    ("THE REBELS HAVE ENGAGED IN LOOTING AND ARSON IN THE SUBURBS OF THE CAPITAL.", "Looting/property destruction"),
    ("Police blamed the gang for the kidnapping of a rancher on the highway.", "Abduction/forced disappearance"),
    ("Witnesses told of murder and arson in the village of San Pedro on Sunday.", "Attack"),
    ("Two civilians were wounded by shelling in the north of the town on Monday.",
     "Shelling/artillery/missile attack"),
]


@pytest.mark.parametrize("sentence, expected", INCIDENTS_BY_NOUN)
def test_a_deed_noun_with_a_victim_scene_or_day_is_an_incident(sentence, expected):
    assert _in_lead(sentence) == expected
