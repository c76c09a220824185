"""The actor lexicon as data: every entry named and explained, compiled into matchers that find
what the plain alternations found (leftmost, longest, at word boundaries), however long the text."""
from __future__ import annotations

import re

from eventwire.codebook import (
    INTER_EXTERNAL, INTER_IDENTITY_MILITIA, INTER_POLITICAL_MILITIA, INTER_REBEL, INTER_STATE,
)
from eventwire.codebook.groups import NAMED_GROUPS
from eventwire.extraction import actors
from eventwire.extraction.actors import find_actors, trie_pattern

INTERS = {INTER_STATE, INTER_REBEL, INTER_POLITICAL_MILITIA, INTER_IDENTITY_MILITIA, INTER_EXTERNAL}


def test_every_group_is_named_coded_and_explained_once():
    seen: dict[str, str] = {}
    for group in NAMED_GROUPS:
        assert group.name and group.why and group.forms and group.inter in INTERS, group
        for form in group.forms:
            assert form == form.lower().strip(), form
            assert seen.setdefault(form, group.name) == group.name, f"{form!r} names two groups"


def test_every_noun_entry_has_its_reason():
    tables = (actors.MILITARY_NOUNS, actors.POLICE_NOUNS, actors.GOVERNMENT_NOUNS, actors.STATE_OF_NOUNS,
              actors.NATION_SUFFIXES, actors.NATION_AFTER_CUES, actors.SOURCE_NOUNS, actors.SOURCE_VERBS)
    for table in tables:
        for pattern, why in table:
            re.compile(pattern)
            assert pattern and why, (pattern, why)
    for kind in actors.GENERIC_KINDS:
        assert kind.why and kind.patterns


def test_the_trie_matches_what_the_sorted_alternation_matches():
    words = ["us", "u.s.", "uk", "ukraine", "ukrainian", "syria", "syrian", "sudan", "south sudan", "south sudanese"]
    plain = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")(?:n)?\b", re.I)
    trie = re.compile(r"\b(?:" + trie_pattern(words) + r")(?:n)?\b", re.I)
    for text in ("ukrainian and syrian jets over south sudanese towns", "u.s. and uk troops", "the ukrainians",
                 "South Sudan's army", "syrians and sudanese", "usually unknown"):
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in trie.finditer(text)], text


def test_groups_are_found_longest_first_and_acronyms_only_in_capitals():
    found = find_actors("fighters of the islamic state group and hts attacked", "Fighters of the Islamic State group "
                                                                                 "and HTS attacked")
    assert [(a.name, a.start, a.end) for a in found if a.kind == "group"] == [
        ("Islamic State", 16, 35), ("HTS: Hayat Tahrir al Sham", 40, 43)]
    lower = find_actors("the let and the tip of the spear", "the let and the tip of the spear")
    assert not [a for a in lower if a.kind == "group"]
    assert all(a.kind != "group" for a in find_actors("anti-houthi fighters advanced"))
    assert any(a.kind == "group" for a in find_actors("houthi fighters advanced"))


def test_a_name_repeated_ten_thousand_times_is_found_ten_thousand_times():
    text = "was shot by hamas " * 10_000
    found = find_actors(text)
    assert len(found) == 10_000
    assert all(a.name == "Hamas" and a.is_agent_by for a in found)


def test_a_letter_that_only_folds_to_a_name_is_no_name():
    assert find_actors("ſhabaab fighters attacked") == find_actors("xhabaab fighters attacked")


def test_unnamed_gangs_are_acled_s_unidentified_gang_of_the_country():
    from datetime import date

    from eventwire.pipeline import Pipeline
    from eventwire.records import RawReport

    pipeline = Pipeline()
    for text in ("Gangsters shot dead a shopkeeper in Port-au-Prince on Sunday.",
                 "Rival gangs clashed in Port-au-Prince on Sunday, leaving at least 15 people dead."):
        (event,) = pipeline.run(RawReport(text=text, published=date(2024, 3, 5))).events
        assert event.actor1 == "Unidentified Gang (Haiti)"


def test_who_regains_is_the_state_and_who_overtakes_is_not_even_when_the_taker_only_speaks():
    from datetime import date

    from eventwire.pipeline import Pipeline
    from eventwire.records import RawReport

    pipeline = Pipeline()
    cases = (
        ("The army said it had retaken the town of Kidal from rebels after weeks of fighting.",
         "Government regains territory", "Military Forces of Mali", "Opposition Rebels (Mali)"),
        ("Rebels said they had captured the town of Kidal from government troops on Tuesday.",
         "Non-state actor overtakes territory", "Unidentified Armed Group (Mali)", "Military Forces of Mali"),
    )
    for text, sub_type, actor1, actor2 in cases:
        (event,) = pipeline.run(RawReport(text=text, published=date(2024, 3, 5))).events
        assert (event.sub_event_type, event.actor1, event.actor2) == (sub_type, actor1, actor2)


def test_the_agent_after_by_may_carry_a_qualifier():
    sentence = "two policemen were shot dead by suspected separatists on sunday."
    agents = [sentence[m.start:m.end] for m in find_actors(sentence) if m.is_agent_by]
    assert agents == ["separatists"]
    assert not any(m.is_agent_by for m in find_actors("a camp run by suspected militants was raided."))
