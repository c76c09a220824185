""""Took" as news tells a place seized or a person carried off, and as it tells nothing of the kind."""
from __future__ import annotations

import pytest

import eventwire

PUBLISHED = "2026-10-06"


@pytest.mark.parametrize("text, sub_event_type, place", [
    ("M23 rebels took the strategic town of Rubaya on Tuesday after heavy fighting.",
     "Non-state actor overtakes territory", "Rubaya"),
    ("Gunmen took a village chief from his home in Zamfara state on Sunday, police said.",
     "Abduction/forced disappearance", "Zamfara"),
    ("Suspected militants took two aid workers from their vehicle near Gao on Friday.",
     "Abduction/forced disappearance", "Gao"),
])
def test_a_place_or_a_person_taken_is_coded(text, sub_event_type, place):
    events = eventwire.extract(text, published=PUBLISHED)
    assert [(e.sub_event_type, e.location) for e in events] == [(sub_event_type, place)]


@pytest.mark.parametrize("text", [
    "Police took the suspect to hospital on Monday.",
    "It took the city council two years to approve the plan.",
    "The delegation took the city tour on Monday before the talks.",
])
def test_took_in_other_senses_codes_nothing(text):
    assert eventwire.extract(text, published=PUBLISHED) == []
