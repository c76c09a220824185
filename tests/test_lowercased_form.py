"""The text's form counts letters in C for ASCII text: it must agree with the plain per-character rule."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.normalize.sentences import _capitals, is_lowercased_form


def _by_hand(text: str) -> tuple[int, float]:
    letters = upper = 0
    for ch in text[:5000]:
        if ch.isalpha():
            letters += 1
            upper += ch.isupper()
    return letters, upper / letters if letters else 0.0


def test_tokenized_wire_copy_is_lowercased_and_prose_is_not():
    tokenized = "police fired tear gas at protesters in the capital on monday , witnesses said . " * 3
    assert is_lowercased_form(tokenized)
    assert not is_lowercased_form("Police fired tear gas at protesters in Nairobi on Monday, witnesses said.")
    assert not is_lowercased_form("too short")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("abcdefghij ABC.,1\u00e9\u00c9\u01c5\u017f\u201c\u24b6\u00bd"), max_size=400)
       | st.text(alphabet="abcdefgh xyz,.A", min_size=5200, max_size=6000))
def test_agrees_with_the_per_character_rule(text):
    assert _capitals(text) == _by_hand(text)
