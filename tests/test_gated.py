"""The literal gate in front of the coder's regexes: the analysis on patterns written here, and the
property that matters, that a gated pattern finds exactly what the plain one finds (hypothesis, on
generated patterns and on the project's own)."""
from __future__ import annotations

import pickle
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.extraction import actors, classify, dates, events, gated, numbers, triggers
from eventwire.extraction.gated import GatedPattern, fold, required_conjunctions, required_literals

PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("pattern, flags, expected", [
    (r"\bshot(?: dead)?\b", 0, {"shot"}),
    (r"neutrali[sz]ed", 0, {"neutralised", "neutralized"}),
    (r"(?:a|the) (?:suspect|gunman)", 0, {"a suspect", "a gunman", "the suspect", "the gunman"}),
    (r"\b(?:militants?|rebels?)\b", 0, {"militant", "rebel"}),
    (r"Boko Haram", re.IGNORECASE, {"boko haram"}),
    (r"(?i)Boko Haram", 0, {"boko haram"}),
    (r"(?<=fired )tear gas", 0, {"tear gas"}),              # a lookbehind consumes nothing
    (r"\w+ing\s+(?:troops|police)", 0, {"troops", "police"}),  # the longest required piece wins
    (r"(?:kil)?led", 0, {"led"}),
    (r"(?:abc)+x", 0, {"abc"}),
    (r"ab(?:c|d){2}", 0, {"abcc", "abcd", "abdc", "abdd"}),
    (r"shelled|shelling", 0, {"shelled", "shelling"}),
    (r"bomb|bombing", 0, {"bomb"}),                            # "bombing" holds "bomb": one is enough
    (r"polic\u00e9", re.IGNORECASE, {"polic"}),                 # a non-ASCII letter ends the literal
    (r"(?i:police) fire", 0, {" fire"}),                        # only the case-sensitive part is used
    (r"(?-i:Police) fire", re.IGNORECASE, {"police fire"}),     # case-sensitive inside: still in the folded text
    (r"(?:troops)?\s+fired", 0, {"fired"}),                     # " fired" is cut by \s+
])
def test_required_literals(pattern, flags, expected):
    assert required_literals(pattern, flags) == expected


@pytest.mark.parametrize("pattern, flags", [
    (r"ab", 0),                       # shorter than three characters: found almost everywhere
    (r"attack|at", 0),                # one branch without a literal of three characters
    (r"x(?:abc)*y", 0),               # the literal may be repeated zero times
    (r"\w+", 0),
    (r"(?:police){0,2}", 0),          # may match the empty string
    (r"[a-z]{5}", 0),
    (r"(?i:police)", 0),              # case turned on inside a case-sensitive pattern: not proved
    (r"\u00e9t\u00e9", re.IGNORECASE),  # only non-ASCII letters under IGNORECASE
    (r"(ab)\1", 0),                   # a back-reference is not analysed
    (b"police", 0),                   # bytes patterns are left alone
])
def test_no_gate_when_not_provable(pattern, flags):
    assert required_literals(pattern, flags) is None


def test_required_conjunctions_keep_two_needed_words_together():
    """Each alternative needs an actor AND a verb: a sentence with only the actor words is turned away."""
    pattern = r"\b(?:(?:gunmen|rebels)\s+(?:\w+ ){0,3}?(?:killed|shot)|(?:police|troops) fired)\b"
    needed = {frozenset({"gunmen", "rebels"}), frozenset({"killed", "shot"})}
    assert any(needed <= set(conj) for conj in required_conjunctions(pattern))
    gate = gated.compile(pattern)
    assert not gate.possible("rebels and police met to talk about fired workers")
    assert gate.possible("rebels later shot a man")
    assert gate.search("rebels later shot a man").group() == "rebels later shot"


def test_compile_returns_plain_pattern_when_no_gate():
    assert isinstance(gated.compile(r"\w+"), re.Pattern)
    assert isinstance(gated.compile(r"\bpolice\b"), GatedPattern)


def test_fold_covers_every_character_ignorecase_matches_to_ascii():
    """Over all of Unicode: a non-ASCII character that an ASCII letter matches under IGNORECASE is folded to it."""
    others = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c < 0xE000)
    matched = set(re.compile("[\x00-\x7f]", re.IGNORECASE).findall(others))
    assert matched == set(gated._NON_ASCII_FOLD)
    for ch, ascii_letter in gated._NON_ASCII_FOLD.items():
        assert re.fullmatch(ascii_letter, ch, re.IGNORECASE)
        assert fold("x" + ch + "\u00c9") == "x" + ascii_letter + "\u00c9"


def test_gate_answers_like_the_regex_on_each_method():
    rx = re.compile(r"\b(?:police|troops)\s+(?:fired|shot)\b", re.IGNORECASE)
    gate = gated.compile(rx.pattern, rx.flags)
    for text in ["Police fired tear gas.", "The crowd dispersed.", "POLICE  SHOT two", "troopſ shot", "tro\u212aps"]:
        assert bool(gate.search(text)) == bool(rx.search(text))
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in rx.finditer(text)]
        assert gate.findall(text) == rx.findall(text)
        assert gate.sub("X", text) == rx.sub("X", text)
        assert gate.subn("X", text) == rx.subn("X", text)
        assert gate.split(text) == rx.split(text)
        assert bool(gate.match(text, 0)) == bool(rx.match(text, 0))
        assert bool(gate.fullmatch(text)) == bool(rx.fullmatch(text))
        assert bool(gate.search(text, 3, 12)) == bool(rx.search(text, 3, 12))
    assert gate.pattern == rx.pattern and gate.flags == rx.flags and gate.groups == rx.groups
    assert pickle.loads(pickle.dumps(gate)).search("police fired") is not None


def test_shared_scanner_sees_overlapping_literals():
    """Many literals go through one Aho-Corasick scan; a literal inside another must still be seen."""
    words = [f"word{i:02d}x" for i in range(20)] + ["man"]
    gate = gated.compile(r"\b(?:" + "|".join(words) + r")\b")
    assert isinstance(gate, GatedPattern) and gate._scanner is not None
    assert gate.search("the woman left") is None          # "man" seen inside "woman", then \b fails
    assert gate.search("a man left").group() == "man"
    other = gated.compile(r"\b(?:" + "|".join(w.upper() for w in words) + r"|woman)\b", re.IGNORECASE)
    assert other.search("the WOMAN left").group() == "WOMAN"
    assert gate.search("a man left").group() == "man"     # the same text again, cached per case mode


# ---------------------------------------------------------------- properties

ALPHABET = "abcdeAB K\u212a\u017fs\u0130i-."
WORDS = ["abc", "bcd", "abcd", "cab", "dea", "kss", "sik", "ab", "e"]


def _pieces():
    literal = st.sampled_from(WORDS).map(re.escape)
    atom = st.one_of(literal, st.sampled_from([r"[ab]", r"[sk]", r"\w", r".", r"\s", r"[^a]", r"\b", r"\B", r"\d"]))

    def grow(inner):
        return st.one_of(
            st.lists(inner, min_size=1, max_size=4).map("".join),
            st.lists(inner, min_size=2, max_size=3).map(lambda xs: "(?:" + "|".join(xs) + ")"),
            st.tuples(inner, st.sampled_from(["?", "*", "+", "{2}", "{0,2}", "{1,3}", "+?", "??"]))
            .map(lambda t: "(?:" + t[0] + ")" + t[1]),
            inner.map(lambda x: "(" + x + ")"),
            inner.map(lambda x: "(?=" + x + ")"),
            inner.map(lambda x: "(?!" + x + ")"),
            st.sampled_from(["(?<=a)", "(?<!b)", "(?<=ab)"]),
            inner.map(lambda x: "(?i:" + x + ")"),
            inner.map(lambda x: "(?-i:" + x + ")"),
        )
    return st.recursive(atom, grow, max_leaves=8)


def _same(gate, rx, text) -> None:
    gated._TEXTS.clear()          # windows first, of a text not scanned yet: the window alone is tested
    n = len(text)
    for pos, endpos in [(1, max(1, n - 1)), (2, n), (0, max(0, n - 3)), (-2, n + 5), (3, 1), (0, -1), (0, n)]:
        want, got = rx.search(text, pos, endpos), gate.search(text, pos, endpos)
        assert (want and (want.span(), want.groups())) == (got and (got.span(), got.groups()))
        want, got = rx.match(text, pos, endpos), gate.match(text, pos, endpos)
        assert (want and want.span()) == (got and got.span())
        spans = [m.span() for m in rx.finditer(text, pos, endpos)]
        assert [m.span() for m in gate.finditer(text, pos, endpos)] == spans
    assert [m.span() for m in gate.finditer(text)] == [m.span() for m in rx.finditer(text)]


@PROPERTY
@given(pattern=_pieces(), ignorecase=st.booleans(), texts=st.lists(st.text(ALPHABET, max_size=30), max_size=6))
def test_gate_never_changes_a_search_on_generated_patterns(pattern, ignorecase, texts):
    flags = re.IGNORECASE if ignorecase else 0
    try:
        rx = re.compile(pattern, flags)
    except re.error:
        return                                            # e.g. a lookbehind of variable width
    gate = gated.compile(pattern, flags)
    literals = required_literals(pattern, flags) or set()
    conjunctions = required_conjunctions(pattern, flags) or ()
    for text in texts + ["".join(WORDS), " ".join(WORDS).upper()]:
        _same(gate, rx, text)
        for m in rx.finditer(text):                       # the claim itself: every match holds a literal
            seen = fold(m.group()) if ignorecase else m.group()
            assert not literals or any(lit in seen for lit in literals)
            assert not conjunctions or any(all(any(lit in seen for lit in s) for s in conj) for conj in conjunctions)


def _project_patterns():
    found = [rule.pattern for rule in triggers.RULES]
    for module in (triggers, classify, events, numbers, dates, actors):
        found += [v for v in vars(module).values() if isinstance(v, (re.Pattern, GatedPattern))]
    return found


PROJECT = _project_patterns()
SENTENCE_WORDS = ["police", "fired", "tear gas", "at", "protesters", "gunmen", "killed", "two", "villagers", "in",
                  "Kandahar", "clashed", "with", "troops", "an", "air strike", "hit", "the", "market", "rebels",
                  "seized", "town", "arrested", "a", "journalist", "bomb", "exploded", "near", "checkpoint", ","]


# analysed and compiled once: the analysis of a few hundred long patterns is the slow part
PROJECT_LITERALS = sorted(set().union(*(required_literals(p.pattern, p.flags) or () for p in PROJECT)))
PROJECT_GATES = [(gated.compile(rx.pattern, rx.flags), rx) for rx in (getattr(p, "regex", p) for p in PROJECT)]


@st.composite
def project_text(draw) -> str:
    """Wire-like word salad, plus words cut out of the patterns' own literals, in any case."""
    vocab = st.one_of(st.sampled_from(SENTENCE_WORDS), st.sampled_from(PROJECT_LITERALS))
    words = draw(st.lists(vocab, min_size=1, max_size=14))
    text = " ".join(words)
    if draw(st.booleans()):
        text = text.upper() if draw(st.booleans()) else text.title()
    if draw(st.booleans()):
        text = text.replace("s", "\u017f").replace("k", "\u212a")
    return text


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=project_text())
def test_gate_never_changes_a_search_on_the_project_patterns(text):
    for gate, rx in PROJECT_GATES:
        _same(gate, rx, text)
        _same(gate, rx, text.lower())


def test_module_patterns_are_swapped_for_gated_twins():
    import types
    module = types.ModuleType("cues")
    module.KILLED = re.compile(r"\b(?:killed|shot dead)\b", re.IGNORECASE)
    module.SHORT = re.compile(r"\bby\b")
    assert gated.gate_module_patterns(module) == 1
    assert isinstance(module.KILLED, GatedPattern) and module.SHORT.pattern == r"\bby\b"
    assert module.KILLED.search("Two were KILLED.").group() == "KILLED"
    from eventwire.extraction import numbers
    assert any(isinstance(v, GatedPattern) for v in vars(numbers).values())


# ---------------------------------------------------------------- the selector (one scan for a rule table)

PROJECT_SELECTOR = gated.Selector(gate for gate, _ in PROJECT_GATES)


def _selected_by_each(patterns, text) -> list[int]:
    return [i for i, p in enumerate(patterns) if not isinstance(p, GatedPattern) or p.possible(text)]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=project_text())
def test_selector_picks_exactly_the_patterns_each_gate_would_let_run(text):
    patterns = PROJECT_SELECTOR.patterns
    for variant in (text, text.lower()):
        assert PROJECT_SELECTOR.possible(variant) == _selected_by_each(patterns, variant)


def test_selector_mixes_few_literal_scanned_and_plain_patterns():
    few = gated.compile(r"\bambush(?:ed)?\b", re.IGNORECASE)             # tested with `in`
    many = gated.compile(r"\b(?:" + "|".join(f"blast{i:02d}" for i in range(12)) + r")\b")   # the shared scan
    both = gated.compile(r"\bgunmen\b.{0,40}\bkilled\b")                 # needs two words together
    plain = re.compile(r"\w+")                                           # no gate: always runs
    selector = gated.Selector([few, many, both, plain])
    assert isinstance(few, GatedPattern) and few._few is not None and many._scanner is not None
    assert selector.possible("AMBUSHED near blast07") == [0, 1, 3]
    assert selector.possible("gunmen fled") == [3]                       # "killed" missing: no run
    assert selector.possible("gunmen killed two") == [2, 3]
    assert selector.possible("") == [3]


DATE_PIECES = ["on", "Sunday", "MONDAY", "yesterday", "toNIGHT", "last", "week", "weekend", "ago", "two", "days",
               "year", "years", "in", "March", "ſeptember", "AUGUST", "month", "early", "morning", "the", "police",
               "said", "3", "2020", "١٢", "may", "jan", "may 9", "\u212aill", "fired", ",", "-", "İ"]


@PROPERTY
@given(words=st.lists(st.sampled_from(DATE_PIECES), max_size=10), joiner=st.sampled_from([" ", "", "\n"]))
def test_the_date_prefilter_never_hides_a_date(words, joiner):
    """dates.may_hold_date is False only where DATE_RX finds nothing (folds and other scripts' digits too)."""
    text = joiner.join(words)
    assert dates.DATE_RX.search(text) is None or dates.may_hold_date(text)
    assert not dates.may_hold_date("Police fired tear gas at the crowd near the market.")
    assert dates.may_hold_date("Gunmen attacked the post on Tuesday.")
    # the month alone before a clause break is a date DATE_RX reads (found by this property: "may ,")
    assert dates.DATE_RX.search("in may, gunmen attacked the post.") is not None
    assert dates.may_hold_date("in may, gunmen attacked the post.")


_DATE_WITHOUT_FIRST = re.compile(r"\b" + dates.DATE_GRAMMAR, re.IGNORECASE)


def _date_matches(pattern, text: str) -> list:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@PROPERTY
@given(words=st.lists(st.sampled_from(DATE_PIECES + ["the attack", "late", "the day before", "of", "since"]),
                      max_size=10), joiner=st.sampled_from([" ", "", "\n", "  ", ", "]))
def test_the_first_character_test_keeps_every_date_match(words, joiner):
    """DATE_RX's look-ahead on the first character only turns away words no date expression opens with."""
    text = joiner.join(words)
    for variant in (text, text.lower()):
        assert _date_matches(dates.DATE_RX, variant) == _date_matches(_DATE_WITHOUT_FIRST, variant)


def test_a_bare_weekday_still_matches_from_the_space_before_it():
    text = "the attack monday night left two dead; on 4 may 2020 and last week, 3 days ago, in 1998"
    assert _date_matches(dates.DATE_RX, text) == _date_matches(_DATE_WITHOUT_FIRST, text)
    assert dates.DATE_RX.search("the attack monday night").group(0) == " monday night"


def _plain_runner(gate, string, pos, endpos):
    """The gate's decision told the plain way, one helper per step (`_open`, `_open_window`, `_engine`)."""
    entry = gated._text(string)
    if gate.literals is not None:
        if pos > 0 or endpos < len(string):
            if not gate._open_window(entry, pos, endpos):
                return None
        elif not gate._open(entry):
            return None
    return gate.regex if gate._twin_ascii is None else gate._engine(entry)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=project_text(), lowered=st.booleans(), cut=st.integers(min_value=-3, max_value=40))
def test_the_inlined_gate_decides_as_its_helpers_do(text, lowered, cut):
    text = text.lower() if lowered else text
    for gate, _rx in PROJECT_GATES:
        if not isinstance(gate, GatedPattern):
            continue
        for pos, endpos in [(0, len(text) + 1), (0, len(text)), (max(cut, 0), len(text)), (0, cut)]:
            gated._TEXTS.clear()
            assert gate._runner(text, pos, endpos) is _plain_runner(gate, text, pos, endpos)
            assert gate._runner(text, pos, endpos) is _plain_runner(gate, text, pos, endpos)   # the text kept
