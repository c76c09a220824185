"""Tolls told the way news tells them: the deed and its victims, one victim in the singular."""
from __future__ import annotations

import pytest

from eventwire.extraction.numbers import count_fatalities


@pytest.mark.parametrize("sentence, toll", [
    ("the massacre of 14 villagers in the north was blamed on the rebels", 14),
    ("the murder of five nuns in the mission shocked the country", 5),
    ("three union leaders were assassinated in the capital", 3),
    ("the mayor of the town was gunned down as he left his office", 1),
    ("the judge, who was murdered on 3 may, had received threats", 1),
    ("gunmen killed two farmers and a teacher", 3),        # every victim listed counts
    ("four nurses and two drivers were shot dead at the clinic", 6),
    ("the mortar rounds killed nine recruits and one officer", 10),
    ("troops were accused of killing 3 teachers, a cook, and her son", 5),
])
def test_toll(sentence, toll):
    assert count_fatalities(sentence).value == toll


def test_unnumbered_plural_deaths_stay_the_limited_default():
    assert count_fatalities("several people were killed in the attack").value == 3
    assert count_fatalities("residents said people were killed").value == 3


def test_a_killing_named_as_the_cause_of_a_protest_is_not_its_toll():
    assert count_fatalities("residents marched against the killing of two students", default_for_unnumbered=False) \
        is None


@pytest.mark.parametrize("sentence, toll", [
    ("the bar association condemned the murder of the district prosecutor", 1),
    ("judges stopped work to protest the assassination of justice pablo arenas", 1),
    ("the governor's assassination shocked the province", 1),
    ("the murder of a young nurse was blamed on the militia", 1),
    ("rebels killed councilman jorge vega as he left the town hall", 1),
    ("the men who murdered him fled in a truck", 1),
    ("the union leader has died of his wounds in hospital", 1),
    ("the editor of the paper has been found dead in his car", 1),
])
def test_a_deed_of_killing_with_one_victim_is_one_dead(sentence, toll):
    assert count_fatalities(sentence).value == toll


@pytest.mark.parametrize("sentence", [
    "the murder of the missionaries shocked the region",
    "soldiers killed villagers in the hamlet",
    "the gang murdered them on the road",
    "the union condemned the murder of dock workers",
])
def test_a_deed_of_killing_with_victims_in_the_plural_is_no_count_of_one(sentence):
    count = count_fatalities(sentence)
    assert count is None or count.value != 1


def test_dead_and_injured_listed_together_are_not_summed():
    assert count_fatalities("two people died and five were injured in the blast").value == 2
    assert count_fatalities("three dead and nine injured after the bomb went off").value == 3


def test_the_deed_named_as_a_protest_s_cause_is_still_no_protest_toll():
    protest = "lawyers marched against the murder of the prosecutor"
    assert count_fatalities(protest, default_for_unnumbered=False) is None


@pytest.mark.parametrize("sentence, toll", [
    ("the army admitted responsibility for the death of three students who were shot at a checkpoint", 3),
    ("the bodies of five of the kidnapped farmers were found near the river", 5),
    ("the killing of the u.s. consul outraged the embassy", 1),
    ("police have no suspects in the double murder at the farm", 2),
    ("police found the body after the murder of the 52-year-old judge", 1),
])
def test_deaths_bodies_and_ages(sentence, toll):
    assert count_fatalities(sentence).value == toll


def test_a_death_named_as_what_a_protest_is_about_is_not_its_toll():
    sentence = "villagers blocked the road to demand justice for the deaths of four people in the mine"
    assert count_fatalities(sentence, default_for_unnumbered=False) is None
    count = count_fatalities("the flood, which led to the death of 7 people, was blamed on the dam")
    assert count is None or count.value != 7


def test_an_age_is_no_toll():
    count = count_fatalities("two brothers aged 19 and 21 were killed by the blast")
    assert count is not None and count.value not in (19, 21)


@pytest.mark.parametrize("sentence, toll", [
    ("two aid workers -- a nurse and a driver -- were shot dead on the road", 2),
    ("three members of the farmers' union [fenagro] were killed at the market", 3),
    ("two u.s. contractors were killed when the convoy was hit", 2),
    ("the assassination on 4 may of councilman luis pardo shocked the town", 1),
    ("the deputy mayor has also been shot to death", 1),
])
def test_asides_abbreviations_and_deeds_dated_in_passing(sentence, toll):
    assert count_fatalities(sentence).value == toll


def test_a_dateline_before_the_toll_is_no_count():
    count = count_fatalities("quito, 4 jun 91 -- [text] one man was killed when a bomb went off")
    assert count.value == 1 and count.text == "one"


def test_the_toll_of_an_incident_named_to_compare_is_not_the_news():
    from eventwire.extraction.numbers import count_fatalities

    sentence = ("gunmen shot dead at least 30 people in attacks on three villages, police said on saturday, less than "
                "a month after similar raids killed nearly 200 people in the same region.")
    assert count_fatalities(sentence).value == 30
    assert count_fatalities("the blast killed four people, a week after an earlier bombing killed 20.").value == 4
    assert count_fatalities("a similar attack killed 12 people in march.").value == 12


def test_the_day_of_a_date_is_no_toll_and_may_the_verb_is_no_month():
    from datetime import date

    from eventwire.extraction.dates import find_dates
    from eventwire.extraction.numbers import count_fatalities

    sentence = "on 7 august passengers were killed when gunmen attacked a bus near the border."
    count = count_fatalities(sentence)
    assert count is None or count.value != 7
    assert count_fatalities("gunmen killed 7 passengers near the border on 7 august.").value == 7
    modal = "at least 20 may have been killed when gunmen attacked a bus."
    assert count_fatalities(modal).value == 20
    assert find_dates(modal, date(2020, 8, 9)) == []
    assert find_dates("the attack on 20 may left two dead.", date(2020, 8, 9))[0].value == date(2020, 5, 20)


@pytest.mark.parametrize("sentence, toll", [
    # an adverb between the verb and the fate, a relative clause or the most named among the victims
    ("four nuns and two cooks who lived at the mission were brutally murdered overnight", 6),
    ("three farmers were savagely killed by the patrol", 3),
    ("at least 25 recruits including a captain were killed when the convoy was ambushed", 25),
    # a victim in the singular joined by "and" to counted ones
    ("the governor and his three bodyguards died when the car was ambushed", 4),
    ("the union leader and five others were killed in the raid", 6),
    # two victims each named in the singular
    ("it was confirmed that mayor luis vera and councilman pedro lima were shot dead", 2),
    ("a grenade hit the post, in which a guard and one of the cooks were killed", 2),
    # a death in the singular with no number
    ("his driver later died in hospital", 1),
    ("the murder took place outside the court at dawn", 1),
    ("the cabinet condemned his cowardly assassination", 1),
])
def test_how_wire_copy_counts_its_victims(sentence, toll):
    assert count_fatalities(sentence).value == toll


@pytest.mark.parametrize("sentence, toll", [
    ("the shelling of the camp left about 90 dead, including 4 nurses", 90),      # a part, not more dead
    ("on 3 june, two drivers and a guard were shot dead at the depot", 3),       # a date heads no list of victims
    ("shots were fired by a gang and two villagers were killed", 2),             # the agents, then the victims
    ("six soldiers and one police officer were killed in the ambush", 7),        # "one ... were" in a list
])
def test_counts_that_are_not_more_dead(sentence, toll):
    assert count_fatalities(sentence).value == toll


@pytest.mark.parametrize("sentence, wrong", [
    ("the cartel threatened to kill 20 magistrates for every man extradited", 20),     # intent
    ("the bombings carried out over the past three weeks have killed 9 people", 9),    # a tally over a period
    ("during the last 8 months, 14 mayors have been murdered in the province", 14),
    ("over 5,000 people have died in the region during 12 years of civil war", 5000),
    ("so far, more than 600 people have died in the offensive", 600),
    ("a bus carrying seven workers from a nearby farm were killed", 1),                # "a bus ... were"
    ("several gunmen killed the radio host and his son outside his home", 3),          # the agents counted
    ("the attempted murder of the senator was foiled by his guards", 1),               # nobody died
    ("the judge was shot eight times and died at the scene", 8),                       # shots, not dead
])
def test_counts_of_intent_tallies_agents_and_shots_are_no_toll(sentence, wrong):
    count = count_fatalities(sentence)
    assert count is None or count.value != wrong


def test_a_later_coded_toll_replaces_the_default_of_the_same_clash():
    from eventwire.dedup.within import merge_within_article
    from eventwire.records import Evidence, Event

    def clash(toll, words, start):
        return Event(event_type="Battles", sub_event_type="Armed clash", event_date="2020-05-02", location="Ataq",
                     country="Yemen", fatalities=toll, sentence_start=start, sentence_end=start + 10,
                     evidence=[Evidence("fatalities", start, start + len(words), w) for w in words.split("|")])

    first = clash(0, "", 0)
    first.evidence = []
    later = clash(10, "fatalities|fatalities coded as 10", 50)
    merged = merge_within_article([first, later])
    assert len(merged) == 1 and merged[0].fatalities == 10


@pytest.mark.parametrize("sentence, toll", [
    ("between 40 and 120 villagers were killed by the raiders", 40),    # a range: the conservative figure
    ("three or four guards were shot dead at the gate", 3),
    ("10 to 15 people died when the shell hit the market", 10),
    ("eight miners, five of them foreigners, were killed in the ambush", 8),   # an aside between commas
    ("four people, including a nurse, were killed at the clinic", 4),
    ("on 12 october 31 bodies were found in a ravine near the town", 31),      # the day is already told
    ("the bombing on 4 may 2019 which killed one guard was recalled", 1),       # a year is no toll
])
def test_ranges_asides_and_days_of_dates(sentence, toll):
    assert count_fatalities(sentence).value == toll


@pytest.mark.parametrize("sentence, toll", [
    ("the body of teacher ana maria rojas was found in a ditch outside the town", 1),
    ("a man's body was found by the road, shot in the head", 1),
])
def test_a_body_found_is_one_dead(sentence, toll):
    assert count_fatalities(sentence).value == toll


def test_a_governing_body_is_no_corpse():
    assert count_fatalities("the governing body of the league was found to have broken the rules") is None


@pytest.mark.parametrize("sentence, toll", [
    ("a guard stabbed a man to death outside the shop", 1),                 # the victims of a deed "to death"
    ("soldiers beat two herders to death at the checkpoint", 2),
    ("a watchman fatally shot a young man at the gate", 1),
    ("a suspect was shot and died at the scene", 1),
    ("gunmen shot and killed the court's chief clerk in the capital", 1),    # a possessive is no plural
    ("the body of a local reporter was found on a farm", 1),
    ("4 soldiers were killed by sniper fire and 2 were killed by a mine", 6),  # two tolls of one clash add up
    ("10 rebels were killed and wounded in the raid", 3),                     # the dead not counted apart
    ("2 militants were killed, injured or captured in the operation", 0),     # no death sure
    ("the militants burned 30 huts and killed 40 cattle", None),             # animals
    ("they arrested twelve cattle traders and executed them", 12),           # people who trade animals
    ("the protest marked the massacres of 1937-38 in the province", None),   # a year
])
def test_deeds_to_death_mixed_fates_animals_and_years(sentence, toll):
    count = count_fatalities(sentence, default_for_unnumbered=toll is not None)
    assert (count.value if count else None) == toll
