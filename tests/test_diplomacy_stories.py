"""Diplomacy stories with one incident in passing (written for these tests): an agreement told with its day between
"agreed" and what was agreed, the fighting it hopes to end is no fighting, and the incident in passing keeps its own
day; a count quoted from a claim is still a count."""
from __future__ import annotations

from eventwire.extraction.numbers import count_fatalities
from eventwire.pipeline import Pipeline

PIPE = Pipeline()


def test_a_truce_extended_is_an_agreement_and_the_fighting_it_ends_is_none():
    text = ("ADDIS ABABA, March 6 (Reuters) - Ethiopia's government and the Fano militia agreed on Thursday to "
            "extend a truce by 60 days, in a step towards ending fighting in the Amhara region, mediators said.\n\n"
            "The talks went ahead despite fresh violence. Militia fighters and soldiers clashed on Tuesday near the "
            "town of Debre Tabor, killing at least six combatants, residents said.\n")
    coded = sorted((e.event_date, e.sub_event_type, e.fatalities) for e in PIPE.extract(text, published="2026-03-06"))
    assert coded == [("2026-03-03", "Armed clash", 6), ("2026-03-05", "Agreement", 0)]


def test_a_quoted_count_of_a_claim_is_read():
    told = 'the army said its aircraft had killed "dozens of terrorists" in strikes near the town.'
    assert count_fatalities(told).value == 12
    assert count_fatalities('the army said it had killed "at least 40 militants" in the raid.').value == 40


def test_an_agreement_with_no_place_of_its_own_is_placed_where_the_story_was_filed():
    text = ("DOHA, July 17 (Reuters) - Congo's government and the M23 rebels agreed on Friday to extend a truce by "
            "90 days, mediators said.\n\nFighters and militias clashed on Wednesday around the town of Masisi in "
            "North Kivu, killing at least five combatants, local sources said.\n")
    placed = {e.sub_event_type: e.location for e in PIPE.extract(text, published="2026-07-17")}
    assert placed["Agreement"] == "Doha" and placed["Armed clash"] == "Masisi"
