"""A story that opens on a funeral gives the dead there and tells the incident next, with its day and no toll
(written for these tests): the incident takes the funeral's dead; a funeral told beside an incident with a toll of
its own lends none."""
from __future__ import annotations

from eventwire.pipeline import Pipeline

PIPE = Pipeline()


def _coded(text: str, published: str) -> list[tuple]:
    return [(e.event_date, e.sub_event_type, e.fatalities) for e in PIPE.extract(text, published=published)]


def test_the_funeral_s_dead_are_the_toll_of_the_incident_told_next():
    text = ("PESHAWAR, Pakistan, May 7 (AP) - Hundreds of mourners attended the funerals on Thursday of five "
            "soldiers killed when militants ambushed their convoy in the northwest, officials said.\n\nThe convoy "
            "was passing near the town of Bannu when the attackers opened fire on Wednesday morning, an army "
            "officer said.\n")
    assert _coded(text, "2026-05-07") == [("2026-05-06", "Armed clash", 5)]


def test_an_incident_with_its_own_toll_keeps_it():
    text = ("PESHAWAR, Pakistan, May 7 (AP) - Hundreds of mourners attended the funerals on Thursday of five "
            "soldiers killed in the northwest, officials said.\n\nMilitants ambushed a police van near the town of "
            "Bannu on Wednesday morning, killing two officers, an official said.\n")
    assert _coded(text, "2026-05-07") == [("2026-05-06", "Armed clash", 2)]
