"""One sentence, two incidents: clauses joined by "while", ";" or "and" that each tell a deed with a scene or a
day of their own are coded as two events; a clause that only elaborates the deed stays with it."""
from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

PIPE = Pipeline()


def _coded(text: str) -> list[tuple]:
    events = PIPE.extract(text, published="2025-03-14")
    return sorted((e.event_date, e.sub_event_type, e.location, e.fatalities) for e in events)


def test_two_strikes_in_two_towns_joined_by_while():
    coded = _coded("Israeli tank fire killed six people in Khan Younis on Wednesday, health officials said, while an "
                   "air strike on a flat in Gaza City killed four.")
    assert [(c[1], c[2], c[3]) for c in coded] == [("Air/drone strike", "Gaza", 4),
                                                    ("Shelling/artillery/missile attack", "Khan Yunis", 6)]
    assert {c[0] for c in coded} == {"2025-03-12"}     # the day told in the first clause carries to the second


def test_an_attack_and_an_abduction_on_two_days():
    coded = _coded("Gunmen killed a village head in Maiduguri on Tuesday and abducted 15 farmers in Damboa on "
                   "Thursday, police said.")
    assert [(c[0], c[1], c[2]) for c in coded] == [("2025-03-11", "Attack", "Maiduguri"),
                                                    ("2025-03-13", "Abduction/forced disappearance", "Damboa")]


def test_two_incidents_joined_by_a_semicolon():
    coded = _coded("A roadside bomb killed three soldiers in Kandahar on Monday; gunmen shot dead a police officer "
                   "in Herat on Tuesday.")
    assert [(c[0], c[2]) for c in coded] == [("2025-03-10", "Kandahar"), ("2025-03-11", "Herat")]


def test_a_comma_and_a_new_subject_open_a_second_incident():
    coded = _coded("Gunmen killed three farmers in Bama on Tuesday, and a roadside bomb wounded five soldiers in "
                   "Damboa, the army said.")
    assert [(c[1], c[2], c[3]) for c in coded] == [("Attack", "Bama", 3),
                                                    ("Remote explosive/landmine/IED", "Damboa", 0)]


@pytest.mark.parametrize("text", [
    # the same raid told on, its scene named again by "there"
    "Militants stormed a police post in Bama on Tuesday, and the attackers killed two officers there.",
    # a village nearby, the victims of the same shooting
    "Gunmen killed three farmers in Bama, and two others were wounded in the village of Kawuri nearby.",
    # a second deed of the same raid, no scene or day of its own
    "Militants killed five soldiers and wounded 12 others in Kidal on Sunday, the army said.",
    "Rebels attacked the town of Beni on Thursday and burned dozens of houses, residents said.",
    # a scene put before the deed frames both clauses (a town and its quarter)
    "In Goma, a trader was shot dead on Monday, while his shop in the Birere quarter was looted.",
    # "while" telling when the deed happened, not a second deed
    "Two soldiers were wounded on Monday while on patrol near Kidal by a roadside bomb.",
    # the day a statement was made is no day of a second deed
    "Fighters stormed an army post in Kidal on Monday and killed seven soldiers, the army said on Tuesday.",
])
def test_a_clause_that_only_elaborates_stays_one_event(text):
    assert len(_coded(text)) == 1


def test_a_town_and_its_province_are_one_scene():
    coded = _coded("Turkish forces shelled Tall Rifat on Tuesday, while their artillery also hit villages in "
                   "Aleppo province.")
    assert len(coded) == 1
