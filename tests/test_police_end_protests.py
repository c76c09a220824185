"""Police ending a protest short of killing make a "Protest with intervention": batons charged, protesters removed,
a march prevented. Every sentence here is written for these tests; none comes from an evaluation file."""
from __future__ import annotations

import pytest

from coding import sub_event_of


@pytest.mark.parametrize("sentence", [
    "On 3 May 2023, police charged batons at protesters outside the court in Feni.",
    "On 3 May 2023, police cane-charged students who were marching on the ministry in Lucknow.",
    "On 3 May 2023, police removed the protesters from the highway in Savar.",
    "On 3 May 2023, police prevented the demonstrators from marching to the governor's office in Kisumu.",
    "On 3 May 2023, a march by nurses was prevented from taking place by the police in Bissau.",
])
def test_police_ending_a_protest_is_an_intervention(sentence):
    assert sub_event_of(sentence) == "Protest with intervention"


@pytest.mark.parametrize("sentence", [
    "The court prevented the company from selling its assets.",
    "Stewards removed the banners from the stadium after the match.",
])
def test_the_same_verbs_with_no_protest_are_no_event(sentence):
    assert sub_event_of(sentence) is None
