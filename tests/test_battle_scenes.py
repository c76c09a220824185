"""A wire story of scenes: a killing or a bombing told without the fighting is an incident of its own,
not a detail of the battle told the same day in the same city; the same agents "also" killing someone else
is another attack (texts written for these tests)."""
from __future__ import annotations

from eventwire.pipeline import Pipeline

PIPE = Pipeline()


def _story(second: str) -> str:
    return ("SAN SALVADOR, 14 MAR 90 (AFP) -- [TEXT] ARMY TROOPS AND REBELS CLASHED IN NORTHERN SAN SALVADOR\n"
            "TODAY, THE ARMED FORCES PRESS OFFICE REPORTED.\n\n"
            "   THE PRESS OFFICE GAVE NO FIGURES FOR CASUALTIES.\n\n"
            f"   {second}\n\n"
            "   RESIDENTS SAID THE CITY WAS QUIET BY NIGHTFALL.\n\n"
            "   SCHOOLS WILL REOPEN ON MONDAY, A SPOKESMAN SAID.\n\n"
            "   THE GOVERNMENT HAS CALLED FOR CALM.\n")


def _types(second: str) -> list[str]:
    return sorted(e.sub_event_type for e in PIPE.extract(_story(second), published="1990-03-14"))


def test_a_judge_machinegunned_in_the_same_city_is_an_attack_of_its_own():
    types = _types("IN SAN SALVADOR, UNIDENTIFIED MEN MACHINEGUNNED A RETIRED JUDGE OUTSIDE HIS HOME, KILLING HIM.")
    assert types == ["Armed clash", "Attack"]


def test_a_bomb_at_a_bank_in_the_same_city_is_a_bombing_of_its_own():
    types = _types("IN SAN SALVADOR, A BOMB EXPLODED AT A BANK BRANCH, WOUNDING TWO GUARDS.")
    assert types == ["Armed clash", "Remote explosive/landmine/IED"]


def test_civilians_killed_in_the_crossfire_are_part_of_the_battle():
    types = _types("IN SAN SALVADOR, TWO CIVILIANS WERE KILLED IN THE CROSSFIRE DURING THE FIGHTING.")
    assert types == ["Armed clash"]


def _killings(second: str) -> list:
    text = ("SAN SALVADOR, 14 JUN 89 (EFE) -- [TEXT] URBAN GUERRILLAS KILLED THE PRESIDENCY MINISTER IN SAN SALVADOR\n"
            "TODAY, POLICE SOURCES SAID.\n\n"
            f"   {second}\n\n"
            "   THE GOVERNMENT HAS DECLARED THREE DAYS OF MOURNING.\n\n"
            "   THE CABINET MET IN AN EMERGENCY SESSION.\n\n"
            "   THE PRESIDENT WILL ADDRESS THE NATION TONIGHT.\n\n"
            "   SCHOOLS WILL REOPEN ON MONDAY.\n")
    return [e for e in PIPE.extract(text, published="1989-06-14") if e.sub_event_type == "Attack"]


def test_the_same_agents_also_killing_another_victim_is_another_attack():
    assert len(_killings("THE GUERRILLAS ALSO KILLED A SUPREME COURT JUSTICE IN SAN SALVADOR.")) == 2


def test_more_victims_also_killed_are_the_same_attack():
    assert len(_killings("HIS DRIVER AND A BODYGUARD WERE ALSO KILLED IN SAN SALVADOR.")) == 1


def _long_story(lead: str) -> list:
    text = (f"LIMA, 9 JAN 90 (EFE) -- [TEXT] {lead}\n\n"
            "   THE GOVERNMENT CONDEMNED THE VIOLENCE.\n\n"
            "   THE CABINET MET IN AN EMERGENCY SESSION.\n\n"
            "   THE PRESIDENT WILL ADDRESS THE NATION TONIGHT.\n\n"
            "   SCHOOLS WILL REOPEN ON MONDAY.\n\n"
            "   TRANSPORT SERVICES WERE NORMAL.\n")
    return PIPE.extract(text, published="1990-01-09")


def test_an_attack_against_a_minister_told_in_a_long_story_is_an_incident():
    events = _long_story("THIS MORNING, A GROUP OF GUERRILLAS CARRIED OUT AN ARMED ATTACK AGAINST FORMER\n"
                         "INTERIOR MINISTER JUAN PEREZ IN LIMA.")
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_talk_of_attacks_against_ministers_stays_talk():
    events = _long_story("THE OPPOSITION BLAMED THE GOVERNMENT FOR RECENT ATTACKS AGAINST SEVERAL JUDGES.")
    assert events == []
