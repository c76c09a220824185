"""The dateline finder's opening tests only turn away texts none of its patterns could match."""
from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.normalize import dateline

PIECES = ["AMMAN", "San Salvador", "KABUL", "Afghanistan", "ROME", "(ITALY)", ",", ", ", " ", "  ", "\n", "(Reuters)",
          "( reuters )", "(AP)", "(Sudan Tribune)", "(", ")", "-", " - ", "--", "—", "–", ":", "Sept 24",
          "3 JAN 90",
          "April 2", "2020", "ſana", "\u212aiev", "\u0130dlib", "[REPORT]", "[TEXT]", "Gunmen killed", "two", "5",
          "O'Neill", "St. Louis", ".", "a" * 45, "b " * 30]
ALWAYS = re.compile("")


def _without_prefilters(text: str, monkeypatch) -> object:
    with monkeypatch.context() as patched:
        patched.setattr(dateline, "_MAY_BE_DATED", ALWAYS)
        patched.setattr(dateline, "_MAY_HAVE_AGENCY", ALWAYS)
        return dateline.find_dateline(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(st.sampled_from(PIECES), max_size=12))
def test_the_opening_tests_never_hide_a_dateline(pieces, monkeypatch):
    text = "".join(pieces) + " Gunmen attacked a police post on Sunday."
    assert dateline.find_dateline(text) == _without_prefilters(text, monkeypatch)


def test_written_datelines_are_still_found(monkeypatch):
    texts = ["AMMAN (Reuters) - Jordanian police said on Sunday ...",
             "KHARTOUM, Sudan, April 2 (Sudan Tribune) - Gunmen killed two traders ...",
             "SAN SALVADOR, 3 JAN 90 -- [REPORT] [TEXT] Urban commandos attacked ...",
             "  amman ( reuters ) - protesters marched ...",
             "BEIRUT — Israeli jets struck ...",
             "On 3 May 2020, unidentified gunmen (Fulani) killed two farmers in Kaduna (Kaduna)."]
    found = [dateline.find_dateline(t) for t in texts]
    assert [d.place if d else None for d in found] == ["AMMAN", "KHARTOUM", "SAN SALVADOR", "amman", "BEIRUT", None]
    assert found == [_without_prefilters(t, monkeypatch) for t in texts]
