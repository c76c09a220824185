"""A coder's note that sizes a crowd ("[size=no report]") tells a demonstration even where no rule codes its verb
(the codebook's definitions decide which one; a note whose sentences are coded keeps its own event), and what a
note says it "coded separately" after its event is another record's event.

Every note here is written for these tests in the style of an ACLED note; none comes from an evaluation file.
"""
from __future__ import annotations

import pytest

from eventwire.extraction.size_tag import crowd_sized
from eventwire.pipeline import Pipeline

PIPE = Pipeline()


def _subtypes(text: str) -> list[str]:
    return [e.sub_event_type for e in PIPE.extract(text, published="2023-05-04")]


@pytest.mark.parametrize("note, sub", [
    ("On 3 May 2023, residents converged on the town hall in Thika over the new housing levy. [size=around 50]",
     "Peaceful protest"),
    ("On 3 May 2023, retired teachers assembled at the ministry in Mombasa over unpaid pensions. "
     "They left after two hours. [size=no report]", "Peaceful protest"),
    ("On 3 May 2023, two groups of party supporters fought in the streets of Tamale over the choice of "
     "delegates. [size=no report]", "Mob violence"),
])
def test_a_sized_note_no_rule_codes_is_its_demonstration(note, sub):
    assert _subtypes(note) == [sub]


def test_the_tag_sizes_only_a_crowd_it_is_given():
    assert crowd_sized("residents converged on the town hall.") is None
    assert crowd_sized("residents converged on the town hall. [size=dozens]")[1] == "Peaceful protest"


def test_the_crowds_violence_with_a_grievance_is_a_violent_demonstration_and_without_one_a_mob():
    assert crowd_sized("residents closed the avenue and damaged two buses, demanding water. [size=no report]")[:2] \
        == ("Riots", "Violent demonstration")
    assert crowd_sized("a crowd beat a suspected thief at the market. [size=no report]")[:2] \
        == ("Riots", "Mob violence")


def test_a_note_whose_deed_is_coded_keeps_that_event_alone():
    note = ("On 3 May 2023, police fired tear gas to disperse traders marching in Kampala against new taxes. "
            "Several traders were arrested. [size=no report]")
    assert _subtypes(note) == ["Protest with intervention"]


def test_a_sentence_without_a_tag_is_still_no_event():
    assert _subtypes("On 3 May 2023, residents converged on the town hall in Thika over the new housing levy.") == []


def test_what_a_note_says_it_coded_separately_is_no_event_of_this_note():
    note = ("On 5 June 2025, in Gonaives, Artibonite, residents held a protest on the main road to demand action "
            "against gangs. Protests on the same demands were held in Saint-Marc and Dessalines (coded separately).")
    events = PIPE.extract(note, published="2025-06-05")
    assert [e.location for e in events] == ["Gonaives"]
    told = note.replace(" (coded separately)", "")
    assert len(PIPE.extract(told, published="2025-06-05")) == 2      # the same note telling them as its own


def test_a_note_whose_one_event_carries_the_words_keeps_it():
    note = "On 5 June 2025, gang members attacked residents in Saint-Marc and Verrettes (coded separately), Artibonite."
    assert [e.sub_event_type for e in PIPE.extract(note, published="2025-06-05")] == ["Attack"]
