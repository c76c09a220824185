"""The case-sensitive twin of an IGNORECASE pattern answers exactly as the pattern on folded text."""
from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.extraction import caseless, gated
from eventwire.extraction.gated import GatedPattern, fold

PROPERTY = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_twin_for_lowercase_ascii_words():
    made = caseless.twin(r"\b(?:police|troops)\s+(?:fired|shot)\b", re.IGNORECASE)
    assert made is not None
    rx, ascii_only = made
    assert not ascii_only and not rx.flags & re.IGNORECASE
    assert rx.search("the police fired").group() == "police fired"


def test_no_twin_where_the_flag_still_matters():
    assert caseless.twin(r"\bUS forces\b", re.IGNORECASE) is None          # a capital in the pattern
    assert caseless.twin(r"[A-Z]\w+ province", re.IGNORECASE) is None       # a range of capitals
    assert caseless.twin(r"(?P<x>\w+) and (?P=x)", re.IGNORECASE) is None     # a back-reference
    assert caseless.twin(r"(?-i:Kabul) airport", re.IGNORECASE) is None     # an inline flag
    assert caseless.twin(r"(?i)police", 0) is None                          # the flag set inside
    assert caseless.twin(r"police", 0) is None                              # nothing to twin


def test_non_ascii_letters_give_a_twin_for_ascii_text_only():
    rx, ascii_only = caseless.twin(r"\bc[oô]te d'ivoire\b", re.IGNORECASE)
    assert ascii_only
    gate = gated.compile(r"\b(?:côte d'ivoire|ivorian)\b", re.IGNORECASE)
    assert gate.search("troops of CÔTE D'IVOIRE") is not None               # the flagged pattern ran
    assert gate.search("troops of côte d'ivoire") is not None
    assert gate.engine("an ivorian unit") is gate._twin                     # folded ASCII: the twin
    assert gate.engine("an ivorian unit in côte") is gate.regex             # non-ASCII text: the original
    assert gate.engine("An Ivorian unit") is gate.regex                     # a capital: the original


def test_the_letters_folded_to_ascii_are_the_same_for_both_modules():
    assert caseless.FOLDS_TO_ASCII == set(gated._NON_ASCII_FOLD)
    assert caseless.twin("\u212a", re.IGNORECASE) is None                  # the Kelvin sign matches "k"
    assert caseless.twin("x[\u0100-\u017f]", re.IGNORECASE) is None       # holds the long s
    assert caseless.twin("x[\u00e0-\u00ff]", re.IGNORECASE)[1] is True     # for ASCII text only


def test_the_four_letters_ignorecase_folds_to_ascii_keep_the_original():
    gate = gated.compile(r"\b(?:soldiers|killed)\b", re.IGNORECASE)
    for text in ["ſoldiers", "\u212aILLED", "kıllED", "\u0130"]:
        assert gate.engine(text) is gate.regex
    assert gate.search("two ſoldiers were \u212airred") is not None


# ---------------------------------------------------------------- properties

LETTERS = "abcdeksiABKS\u212a\u017f\u0130\u0131\u00e9\u00c9\u00f4 -'"


def _patterns():
    literal = st.text(LETTERS, min_size=1, max_size=4).map(re.escape)
    atom = st.one_of(literal, st.sampled_from([r"[a-e]", r"[A-E]", r"[^a]", r"[^\W\d]", r"\w", r"\s", r"\b", r".",
                                               r"[éa]", r"[à-ÿ]", r"[a-zA-Z]", "[\u0100-\u017f]",
                                               "[\u2100-\u2200]"]))

    def grow(inner):
        return st.one_of(
            st.lists(inner, min_size=1, max_size=4).map("".join),
            st.lists(inner, min_size=2, max_size=3).map(lambda xs: "(?:" + "|".join(xs) + ")"),
            st.tuples(inner, st.sampled_from(["?", "*", "+", "{0,2}", "+?"])).map(lambda t: "(?:" + t[0] + ")" + t[1]),
            inner.map(lambda x: "(" + x + ")"),
            inner.map(lambda x: "(?=" + x + ")"),
            inner.map(lambda x: "(?!" + x + ")"),
            inner.map(lambda x: "(?<!" + x[:1] + ")" if x[:1].isalpha() else x),
        )
    return st.recursive(atom, grow, max_leaves=8)


@PROPERTY
@given(pattern=_patterns(), texts=st.lists(st.text(LETTERS, max_size=24), max_size=6))
def test_the_twin_finds_what_the_pattern_finds_on_folded_text(pattern, texts):
    try:
        rx = re.compile(pattern, re.IGNORECASE)
    except re.error:
        return
    made = caseless.twin(pattern, re.IGNORECASE)
    if made is None:
        return
    twin, ascii_only = made
    for text in texts + [t.lower() for t in texts] + [fold(t) for t in texts]:
        if fold(text) != text or (ascii_only and not text.isascii()):
            continue
        assert [(m.span(), m.groups()) for m in twin.finditer(text)] == \
            [(m.span(), m.groups()) for m in rx.finditer(text)]


@PROPERTY
@given(pattern=_patterns(), texts=st.lists(st.text(LETTERS, max_size=24), max_size=6))
def test_a_gated_pattern_with_its_twin_answers_as_the_regex_on_any_text(pattern, texts):
    try:
        rx = re.compile(pattern, re.IGNORECASE)
    except re.error:
        return
    gate = gated.compile(pattern, re.IGNORECASE)
    for text in texts + [t.lower() for t in texts]:
        assert [(m.span(), m.groups()) for m in gate.finditer(text)] == \
            [(m.span(), m.groups()) for m in rx.finditer(text)]
        if isinstance(gate, GatedPattern):
            got, want = gate.search(text, 1), rx.search(text, 1)
            assert (got and got.span()) == (want and want.span())
