"""The fourth audit's rules for long, background-heavy articles, each on sentences written for it: a feature's
crossheads, a march that marks an anniversary, an American-style dated dateline, a state lasting years, a history
section, and hired thugs."""
from __future__ import annotations

from datetime import date

from eventwire.normalize.dateline import find_dateline
from eventwire.pipeline import Pipeline

PIPE = Pipeline()

_NEWS = ("MAIDUGURI, Nigeria, March 7, 2026 - Insurgents killed six farmers in fields outside Konduga on Thursday, "
         "a local official said. The farmers had gone to harvest beans when the gunmen arrived on motorbikes, he said."
         " Residents buried the dead on Friday.\n\n")


def _coded(text: str, published: str) -> list[tuple]:
    return sorted((e.event_date, e.sub_event_type, e.fatalities) for e in PIPE.extract(text, published=published))


def test_a_crosshead_between_paragraphs_is_no_incident():
    text = (_NEWS + "A long war\n\nThe insurgency began in the northeast more than fifteen years ago and has spread "
            "to neighbouring countries, according to researchers.\n\nThe attacks\n\nAid agencies say farmers are "
            "often targeted during the harvest, when they must work far from the towns.\n")
    assert _coded(text, "2026-03-07") == [("2026-03-05", "Attack", 6)]


def test_a_march_marking_an_anniversary_is_judged_on_its_own_words():
    text = ("KAMPALA, Uganda, July 11, 2026 - Hundreds of people marched through Kampala on Saturday to mark ten years "
            "since bombers attacked fans watching a football final and killed 74 people, organisers said. The march "
            "ended peacefully at a memorial near the stadium, and relatives laid flowers there.\n\nSurvivors said "
            "they still wanted answers about the security failures that night.\n")
    assert _coded(text, "2026-07-11") == [("2026-07-11", "Peaceful protest", 0)]


def test_a_dateline_with_a_country_and_a_year_dates_nothing_itself():
    line = find_dateline("GAO, Mali, May 16, 2026 - A drone struck a wedding on Wednesday.", date(2026, 5, 16))
    assert line is not None and line.place == "GAO" and line.day == date(2026, 5, 16)
    events = PIPE.extract("GAO, Mali, May 16, 2026 - Gunmen shot dead three traders at a market in Ansongo on "
                          "Wednesday, a local official said.", published="2026-05-16")
    assert [(e.event_date, e.location) for e in events] == [("2026-05-13", "Ansongo")]


def test_a_state_lasting_years_and_a_history_section_are_background():
    text = (_NEWS + "The town has been under a blockade by the insurgents for most of the past five years, and "
            "residents say traders rarely reach it.\n\nIn 2014, fighters stormed the town's market and seized it. "
            "The siege lasted several weeks, until troops killed the gunmen holding the bridge.\n\nSecurity agencies"
            " have for two decades detained young men suspected of joining the insurgents, rights groups say.\n")
    assert _coded(text, "2026-03-07") == [("2026-03-05", "Attack", 6)]


def test_armed_thugs_shooting_dead_voters_is_an_attack_with_its_toll():
    events = PIPE.extract("Armed thugs stormed a polling station in Kano on Saturday, shooting dead two voters, "
                          "police said.", published="2026-02-16")
    assert [(e.event_date, e.sub_event_type, e.fatalities) for e in events] == [("2026-02-14", "Attack", 2)]


def test_what_keeps_happening_told_in_the_present_passive_is_no_incident():
    habit = ("Every few weeks the same story comes from the north. A village in Niger is attacked and its grain is "
             "burned. A convoy is ambushed on the road to a besieged town. Some of the drivers are found dead.")
    assert PIPE.extract(habit, published="2026-07-25") == []
    news = PIPE.extract("A convoy was ambushed on the road to Gao on Tuesday, and two drivers were killed.",
                        published="2026-07-25")
    assert [(e.event_date, e.fatalities) for e in news] == [("2026-07-21", 2)]


def test_an_arrest_the_police_deny_knowing_of_is_no_event():
    events = PIPE.extract("Her brother went to the police station on Friday, where officers told him they had no "
                          "record of his son's arrest.", published="2026-11-07")
    assert events == []


def test_what_the_attackers_looted_in_their_raid_is_part_of_it():
    text = ("NIAMEY, Niger, June 5, 2026 - Gunmen killed four traders on the road outside Tera on Wednesday, a local "
            "official said. The attackers looted two lorries loaded with grain before driving off towards the border,"
            " he said.")
    assert _coded(text, "2026-06-05") == [("2026-06-03", "Attack", 4)]
