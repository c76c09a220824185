"""The near-spelling matcher's fast paths give what the plain loop gives.

`_fuzzy_lookup` scores a skeleton's names in one rapidfuzz pass with a cutoff and
reads the hits back in the names' order; `compact` and the skeleton collapse doubled
letters without a regex template. Both are pinned against the straightforward forms
on names of the tiny gazetteer with one letter changed, dropped or doubled.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from rapidfuzz import fuzz

from eventwire.geo import names as N
from eventwire.geo.find import _fuzzy_lookup

from test_geo_support import build_tiny

_DOUBLE = re.compile(r"(.)\1+")


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return build_tiny(tmp_path_factory.mktemp("dump"))


def _plain_lookup(key, gaz, min_ratio):
    """The matcher as a loop over every name of the key's skeleton."""
    sk = N.skeleton(key)
    if len(sk.replace(" ", "")) < 3:
        return (), 0.0
    best_rows, best = [], 0.0
    for cand in gaz.skeleton_names(sk):
        score = fuzz.ratio(N.compact(key), N.compact(cand))
        if score >= min_ratio:
            if score > best + 1e-9:
                best, best_rows = score, list(gaz.rows(cand))
            elif abs(score - best) < 1e-9:
                best_rows.extend(gaz.rows(cand))
    if not best_rows:
        return (), 0.0
    return tuple(sorted(set(best_rows), key=lambda r: gaz.pop[r], reverse=True)), best


def _regex_compact(normed):
    out = []
    for tok in normed.split():
        if tok in N.ARTICLES:
            continue
        if tok.endswith("ah") and len(tok) > 3:
            tok = tok[:-1]
        for a, b in N._SOFT:
            tok = tok.replace(a, b)
        out.append(_DOUBLE.sub(r"\1", tok))
    return "".join(out)


def _edited(name, pos, letter, op):
    pos %= len(name) + 1
    if op == "swap":
        return name[:pos] + letter + name[pos + 1:]
    if op == "drop":
        return name[:pos] + name[pos + 1:]
    if op == "double":
        return name[:pos] + name[pos:pos + 1] * 2 + name[pos + 1:]
    return name[:pos] + letter + name[pos:]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), pos=st.integers(0, 40), letter=st.sampled_from("aeiouyhkqsz"),
       op=st.sampled_from(["swap", "drop", "double", "insert"]), min_ratio=st.sampled_from([80.0, 85.0]))
def test_fast_lookup_matches_the_plain_loop(gaz, data, pos, letter, op, min_ratio):
    name = data.draw(st.sampled_from(sorted(gaz.names)))
    key = " ".join(_edited(name, pos, letter, op).split())
    if not key:
        return
    assert _fuzzy_lookup(key, gaz, min_ratio) == _plain_lookup(key, gaz, min_ratio)


def test_one_edit_of_a_known_name_is_still_found(gaz):
    rows, score = _fuzzy_lookup("saraquib", gaz, 80.0)
    assert rows and 80.0 <= score < 100.0
    assert {gaz.name[r] for r in rows} == {"Saraqib"}


@given(st.text(alphabet="abehklmnoqrstuy ", max_size=24))
def test_compact_collapses_doubles_as_the_regex_did(text):
    normed = " ".join(text.split())
    assert N.compact.__wrapped__(normed) == _regex_compact(normed)


def test_doubles_collapse_inside_a_token_only():
    assert N.compact("maarrat") == "marat"
    assert N.compact("tal lamma") == "tallama"     # the joint of two tokens is left as written


@given(st.text(alphabet=st.sampled_from("abc Ḩāş’‘-_.,1 éÉß"), max_size=30))
def test_norm_reads_the_same_tokens_as_a_match_by_match_loop(name):
    by_match = " ".join(t for t in (N.fold(m.group()) for m in N.TOKEN_RE.finditer(name)) if t)
    assert N.norm(name) == by_match


def test_norm_folds_marks_and_case():
    assert N.norm("Jisr ash-Shughūr") == "jisr ash shughur"
    assert N.norm("  Ḩamāh, ") == "hamah"
