"""Tolls told the way news tells them: the deed and its victims, one victim in the singular."""
from __future__ import annotations

import pytest

from eventwire.extraction.numbers import count_fatalities


@pytest.mark.parametrize("sentence, toll", [
    ("the government condemned the massacre of 14 villagers in the north", 14),
    ("the trial over the murder of five nuns began today", 5),
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
