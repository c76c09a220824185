"""The trigger pre-filter must never drop a sentence some trigger rule fires on.

The stems in `lexicon.PREFILTER_STEMS` are written by hand; a rule alternative made only of other words
("drones ... hit", "detonated his vest") used to be dropped before its regex ran. Every match of a rule
holds a literal of each set of one of its conjunctions (`gated`); the stems must hold one of those sets.
"""
from __future__ import annotations

import pytest

import eventwire
from eventwire.extraction import lexicon
from eventwire.extraction.triggers import RULES, find_triggers, may_hold_event, uncovered_words


def test_the_stems_cover_every_rule():
    assert uncovered_words(RULES, lexicon.PREFILTER_STEMS) == frozenset()


def test_every_conjunction_of_every_rule_has_a_set_the_prefilter_finds():
    for rule in RULES:
        for conjunction in rule.pattern.conjunctions or ((rule.pattern.literals,),):
            assert any(all(may_hold_event(word) for word in group) for group in conjunction), rule.name


def test_a_rule_without_a_stem_is_caught_by_the_net():
    stems = tuple(stem for stem in lexicon.PREFILTER_STEMS if stem not in ("drone", "uav"))
    missed = uncovered_words(RULES, stems)
    assert any("drone" in word for word in missed) and any("uav" in word for word in missed)


@pytest.mark.parametrize("sentence", [
    "russian drones hit a power plant in the city of kharkiv overnight, the governor said.",
    "a man detonated his vest outside the mosque during friday prayers.",
    "the fighters were raping women in the villages they passed through, witnesses said.",
])
def test_a_sentence_a_rule_fires_on_passes_the_prefilter(sentence):
    assert find_triggers(sentence)
    assert may_hold_event(sentence)


def test_drones_that_hit_a_plant_are_an_air_strike():
    text = ("KYIV, Oct 3 (Reuters) - Russian drones hit a power plant in the city of Kharkiv overnight, "
            "the governor said.")
    events = eventwire.extract(text, published="2026-10-03")
    assert [(e.sub_event_type, e.location) for e in events] == [("Air/drone strike", "Kharkiv")]
