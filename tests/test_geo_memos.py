"""The toponym stage keeps answers per word, gap, name or dateline across reports: each memo must give
the answer worked out afresh, stay bounded, and follow the gazetteer it was made from."""
from __future__ import annotations

import re
from datetime import date
from itertools import compress

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from eventwire.geo import load_gazetteer
from eventwire.geo import containment, context_names, find, persons
from eventwire.geo.resolve import _entry_fields, _entry_place
from eventwire.normalize import dateline
from eventwire.records import Place

from test_geo_support import build_tiny


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return build_tiny(tmp_path_factory.mktemp("dump"))


@pytest.fixture(scope="module")
def packaged():
    return load_gazetteer()


def _names(gaz, text: str, lower: bool = False) -> list[str]:
    toks = find.tokenize(text)
    return [m.key for m in find.exact_mentions(toks, gaz, lower)]


def test_first_words_are_kept_per_gazetteer(tiny, packaged):
    text = "Clashes in Kabul and Idlib on Monday, officials in Amman said."
    cold = _names(tiny, text)
    assert cold == ["idlib", "amman"]                    # the tiny dump has no Kabul
    assert _names(packaged, text)[:2] == ["kabul", "idlib"]
    assert _names(tiny, text) == cold                    # warm, after another gazetteer's words
    lower = "clashes in kabul and idlib on monday , officials in amman said ."
    assert _names(tiny, lower, lower=True) == _names(tiny, lower, lower=True) == ["idlib", "amman"]


def test_near_spelling_starts_follow_the_vocabulary(tiny, packaged):
    for gaz in (tiny, packaged, tiny):
        starts = find._foreign_words(gaz)
        for word in ("saraqeb", "police", "the", "kfr", "x1x2", "shaqour", "army"):
            assert starts[word] == (len(word) >= 4 and word not in gaz.vocab and word.isalpha())


def test_gap_kinds_are_bounded_and_answer_as_the_rules_do():
    gaps = [", ", " in ", " (", ", in the ", " of the ", "; ", " and "] + [f" x{i} " for i in range(10_050)]
    for gap in gaps:
        assert containment.gap_kind(gap) == containment._gap_kind(gap)
        assert len(containment._GAP_KINDS) <= 10_000
    assert [containment.gap_kind(g) for g in (", ", " (", " in ")] == ["comma", "paren", "in"]


def test_dateline_days_depend_on_the_publication_day():
    assert dateline._day("3 JAN 90", date(1990, 1, 5)) == date(1990, 1, 3)
    assert dateline._day("3 JAN 90", date(1990, 1, 5)) == date(1990, 1, 3)      # warm
    assert dateline._day("3 JAN 90", date(2089, 6, 1)) == date(2090, 1, 3)      # another day, another year
    for words, published in (("Sept 24", date(2017, 9, 25)), ("Sept 24", date(2017, 9, 20)), ("Sept 24", None)):
        want = dateline._read_day(words, published)
        assert dateline._day(words, published) == dateline._day(words, published) == want


def _closest_by_hand(mine: str, countries, by_cc):
    best, best_row = 0.0, None
    mine = mine.replace("g", "j")
    for cc in sorted(countries):
        for name, row in by_cc.get(cc, ()):
            score = fuzz.ratio(mine, name.replace("g", "j"))
            if score > best:
                best, best_row = score, row
    return best, best_row


@pytest.mark.parametrize("name", ["gezira", "badakshan", "idleb", "hama", "reuters", "kivu", "x", ""])
def test_closest_province_is_the_first_best_of_a_plain_loop(packaged, name):
    by_cc = context_names._provinces_by_country(packaged)
    for countries in ({"SD"}, {"AF", "PK"}, {"SY", "IQ", "CD"}, by_cc):
        want = _closest_by_hand(name, countries, by_cc)
        assert context_names._closest_province(name, countries, by_cc) == want
        assert context_names._closest_province(name, countries, by_cc) == want     # warm


def test_closest_province_ties_keep_the_first_country_in_order():
    by_cc = {"AA": [("bara", 1)], "BB": [("bara", 2), ("bara", 3)]}
    assert context_names._closest_province("bara", {"BB", "AA"}, by_cc) == (100.0, 1)
    other = {"AA": [("bora", 1)], "BB": [("bara", 2)]}        # another table: not the answer kept above
    assert context_names._closest_province("bara", {"BB", "AA"}, other) == (100.0, 2)


def test_name_words_follow_the_tables():
    vocab, names = {"police": 100, "maria": 9_000}, frozenset({"maria", "jorge"})
    memo = persons._name_words(vocab, names)
    for word in ("police", "maria", "jorge", "x", "smith2", "galan"):
        assert memo[word] == persons._name_word(word, vocab, names)
    other = persons._name_words({"galan": 10}, names)
    assert other["galan"] is False and memo["galan"] is True


def test_an_entry_place_is_the_dataclass_place(packaged):
    fields = _entry_fields(packaged, packaged.rows("kabul")[0])
    made = _entry_place("Kabul", 10, 15, fields)
    assert made == Place(name="Kabul", start=10, end=15, **fields)
    assert list(vars(made)) == list(vars(Place(name="Kabul", start=10, end=15)))


def _flags_by_hand(text: str):
    """The gap flags as the tokenizer worked them out one list at a time."""
    parts = re.split(r"([^\W_]+)", text)
    raws, gaps = parts[1::2], parts[2:-1:2]
    joins = [False, *map(find._JOIN_GAPS.__contains__, gaps)]
    for t in compress(range(len(gaps)), map(find._DOT_GAPS.__contains__, gaps)):
        if len(raws[t]) <= 3:
            joins[t + 1] = True
    initial = [True, *(find._SENT_RE.search(g) is not None for g in gaps)]
    commas = [False, *("," in g for g in gaps)]
    dots = [*(g.startswith(".") for g in gaps), parts[-1].startswith(".")]
    apos = [False, *map(find._APOSTROPHES.__contains__, gaps)]
    return joins, initial, commas, dots, apos


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab US.,;:'’-–\n()é1")), max_size=120))
def test_tokenizer_gap_flags_agree_with_the_per_gap_rules(text):
    toks = find.tokenize(text)
    if not toks.keys:
        return
    assert (toks.joins, toks.initial, toks.comma_before, toks.dot_after, toks.apos) == _flags_by_hand(text)


def test_a_memo_is_bounded_and_answers_as_its_function(monkeypatch):
    from eventwire.geo import packed
    monkeypatch.setattr(packed, "MEMO_LIMIT", 3)
    asked = []
    table = packed.memo(lambda k: asked.append(k) or k.upper())
    assert [table[k] for k in "abcdefg"] == list("ABCDEFG")
    assert len(table) <= 3
    assert table["g"] == "G" and asked.count("g") == 1          # kept: not asked again
    assert table["a"] == "A" and asked.count("a") == 2          # forgotten with the others, asked afresh
