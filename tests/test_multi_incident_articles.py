"""Articles that tell several incidents, written for these tests in wire style, each with the events an ACLED
coder gives it (date, sub-event type, location, fatalities; a location of null is not checked): the article
stage must keep apart what the story itself tells as one more incident, and still join what it tells again."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.extraction.further_incidents import tells_another_incident
from eventwire.pipeline import Pipeline

PIPE = Pipeline()
ARTICLES = [json.loads(line) for line in
            Path(__file__).with_name("multi_incident_articles.jsonl").read_text().splitlines() if line.strip()]


@pytest.mark.parametrize("article", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_each_incident_the_story_tells_is_one_event(article):
    events = PIPE.extract(article["text"], published=article["published"])
    coded = sorted(([e.event_date, e.sub_event_type, e.location, e.fatalities] for e in events),
                   key=lambda e: (e[0], e[1], e[3]))
    expected = sorted((list(e) for e in article["expected"]), key=lambda e: (e[0], e[1], e[3]))
    assert [e[:2] + e[3:] for e in coded] == [e[:2] + e[3:] for e in expected]
    assert all(want[2] is None or got[2] == want[2] for got, want in zip(coded, expected))


@pytest.mark.parametrize("sentence", [
    "Another bomb went off near the bus station an hour later.",
    "Minutes later, a second device exploded outside the bank.",
    "A\nTHIRD EXPLOSION OCCURRED IN THE CENTRAL AREA OF THE CITY.",      # a line of wire copy wrapped anywhere
    "Police said another attack on a checkpoint killed two officers.",
    "A dynamite charge was also placed on the pipeline near the river.",
    "Bomb attacks were also carried out against the power company.",
    "There were also raids in three villages of the district.",
    "It was also reported today that armed men kidnapped a student leader.",
    "Two other bombs exploded on the main avenue.",
    "A similar attack took place in the village of San Isidro an hour later.",
    "In addition to the attack on the attorney general, there were other attacks in which two men were killed.",
    "There were other bombings in the north of the city.",
])
def test_one_more_incident_is_told(sentence):
    assert tells_another_incident(sentence, scenes=True)


@pytest.mark.parametrize("sentence", [
    "The second bomb had been left in a parked car.",          # definite: may point back to "two bombs"
    "Two guards were also killed in the blast.",                # more victims of the incident told
    "Two other soldiers were wounded.",
    "It was also reported that the building was destroyed.",    # more of what was told
    "It has also been reported that there are several dead.",
    "The blast came a day after another bomb exploded in the port.",   # an earlier incident recalled in passing
])
def test_the_incident_told_again_is_not_another(sentence):
    assert not tells_another_incident(sentence, scenes=True)


def test_the_also_forms_need_a_story_of_several_scenes():
    assert not tells_another_incident("A bomb also exploded at the pumping station.", scenes=False)
    assert tells_another_incident("A bomb also exploded at the pumping station.", scenes=True)


OTHER_VICTIM = (
    "CALI, 9 MAR 90 (EFE) -- [TEXT] UNIDENTIFIED GUNMEN SHOT DEAD MAYOR JULIO OCHOA OF JAMUNDI AS HE LEFT CITY HALL, "
    "THE POLICE REPORTED.\n\n   THE GUNMEN FLED ON A MOTORCYCLE.\n\n"
    "   OCHOA HAD RECEIVED DEATH THREATS FROM DRUG TRAFFICKERS.\n\n"
    "   THE MURDER OF COUNCILMAN PEDRO VILLALOBOS IN JAMUNDI ON 2 MARCH HAS NOT BEEN SOLVED.\n\n"
    "   THE POLICE HAVE OFFERED A REWARD.\n\n   THE GOVERNOR OF VALLE DEL CAUCA CALLED AN EMERGENCY MEETING.\n"
)


def test_a_definite_noun_naming_another_victim_on_its_own_day_is_another_killing():
    events = PIPE.extract(OTHER_VICTIM, published="1990-03-09")
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [("Attack", "Jamundi", 1)] * 2
    told = [e for e in events if "VILLALOBOS" in e.notes]
    assert len(told) == 1 and told[0].event_date == "1990-03-02" and "OCHOA" not in told[0].notes


def test_a_town_name_broken_by_a_line_is_the_same_place_when_tellings_are_joined():
    from eventwire.dedup.within import merge_within_article
    from eventwire.extraction.assemble import place_key
    from eventwire.records import Event

    def killing(location, start):
        return Event(event_type="Violence against civilians", sub_event_type="Attack", event_date="1990-06-07",
                     location=location, country="Peru", fatalities=1, sentence_start=start, sentence_end=start + 40,
                     notes="A COUNCILMAN WAS SHOT DEAD.")

    assert place_key("VILLA EL\nSALVADOR") == place_key("Villa El Salvador")
    merged = merge_within_article([killing("VILLA EL\nSALVADOR", 0), killing("Villa El Salvador", 60)])
    assert len(merged) == 1
    apart = merge_within_article([killing("Villa El Salvador", 0), killing("Chorrillos", 60)])
    assert len(apart) == 2
