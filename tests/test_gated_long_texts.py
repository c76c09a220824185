"""The gate on a long text not scanned yet (a whole article) tests a pattern's own words with `in` instead of
walking the shared automaton over it: the answers must be those of the plain regex, windows included."""
from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.extraction import gated

PATTERNS = [
    (r"\b(?:police|troops|soldiers|gunmen) (?:\w+ )?(?:fired|shot|opened fire)\b", 0),   # needs two words at once
    (r"\b(?:murder-suicide|homicide|coroner|sheriff|jury|pleaded|sentenced|convicted|trial|prosecutors?|"
     r"district attorney|charged with|court|detectives?|autopsy)\b", re.IGNORECASE),
    (r"(?:[\s-]+(?:[A-Z][\w']*|al|of)){0,3}?[\s-]+(?:Party|League|Movement|Congress|Commission|Council|Front|"
     r"Union|Association|Network|Alliance|Federation)\b", 0),
]
WORDS = ["police", "fired", "at", "the", "crowd", "troops", "shot", "two", "men", "court", "Sheriff", "jury",
         "National", "League", "for", "Democracy", "in", "town", "gunmen", "opened", "fire", "on", "a", "bus", ".",
         "Council", "soldiers", "said", "autopsy", "rain", "market", "of", "Union", "-"]
FILLER = "Residents of the district said the market had reopened after days of rain and the roads were clear. "


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.sampled_from(WORDS), max_size=14), where=st.integers(0, 12),
       cut=st.integers(0, 1500), upper=st.booleans())
def test_a_long_text_is_gated_as_the_regex_answers(words, where, cut, upper):
    text = FILLER * where + " ".join(words) + " " + FILLER * (12 - where)
    text = text.upper() if upper else text
    assert len(text) > gated._LONG
    for pattern, flags in PATTERNS:
        gate, rx = gated.compile(pattern, flags), re.compile(pattern, flags)
        assert gate._words is not None                   # the path under test
        gated._TEXTS.clear()
        got, want = gate.search(text), rx.search(text)
        assert (got and got.span()) == (want and want.span())
        assert gated._text(text).plain is None and gated._text(text).folded is None   # no scan of the text
        for pos, endpos in [(cut, len(text)), (0, cut + 300), (cut, cut + 250)]:
            got, want = gate.search(text, pos, endpos), rx.search(text, pos, endpos)
            assert (got and got.span()) == (want and want.span())
            got, want = gate.match(text, pos, endpos), rx.match(text, pos, endpos)
            assert (got and got.span()) == (want and want.span())


def test_a_long_text_holding_none_of_the_words_is_closed_without_a_scan():
    gate = gated.compile(PATTERNS[0][0], PATTERNS[0][1])
    text = FILLER * 15
    gated._TEXTS.clear()
    assert gate._runner(text) is None and gate._runner(text, 40) is None
    assert gated._text(text).own == {gate._words: frozenset()}
    text = FILLER * 15 + "troops later fired on the crowd"
    assert gate._runner(text) is not None and gate.search(text).group() == "troops later fired"
