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
    ("gunmen killed two farmers and a teacher", 2),
])
def test_toll(sentence, toll):
    assert count_fatalities(sentence).value == toll


def test_unnumbered_plural_deaths_stay_the_limited_default():
    assert count_fatalities("several people were killed in the attack").value == 3
    assert count_fatalities("residents said people were killed").value == 3


def test_a_killing_named_as_the_cause_of_a_protest_is_not_its_toll():
    assert count_fatalities("residents marched against the killing of two students", default_for_unnumbered=False) \
        is None


def test_the_toll_of_an_incident_named_to_compare_is_not_the_news():
    from eventwire.extraction.numbers import count_fatalities

    sentence = ("gunmen shot dead at least 30 people in attacks on three villages, police said on saturday, less than "
                "a month after similar raids killed nearly 200 people in the same region.")
    assert count_fatalities(sentence).value == 30
    assert count_fatalities("the blast killed four people, a week after an earlier bombing killed 20.").value == 4
    assert count_fatalities("a similar attack killed 12 people in march.").value == 12
