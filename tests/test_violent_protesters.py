"""Protesters who were violent themselves (written for these tests): a death at their protest does not make it
excessive force against protesters, which the codebook keeps for force on a peaceful crowd."""
from __future__ import annotations

from eventwire.extraction.classify import classify_sentence


def _sub(sentence: str) -> str | None:
    found = classify_sentence(sentence.lower(), False, False)
    return found.sub_event_type if found else None


def test_stones_and_arson_before_a_death_make_a_violent_demonstration():
    assert _sub("Protesters hurled stones at police and set fire to a bus in the capital on Wednesday, and one man "
                "was killed, police said.") == "Violent demonstration"


def test_lethal_force_on_a_peaceful_crowd_is_excessive_force():
    assert _sub("Police opened fire on peaceful protesters in the capital on Wednesday, killing two, witnesses "
                "said.") == "Excessive force against protesters"


def test_a_crowd_gathered_peacefully_is_a_peaceful_protest():
    assert _sub("Elsewhere in the capital, tens of thousands of people gathered peacefully to remember those who "
                "died in the uprising.") == "Peaceful protest"
    assert _sub("The family gathered at the house to remember him.") is None
