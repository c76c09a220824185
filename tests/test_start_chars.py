"""The set of a match's first characters written into the regex code: what the analysis finds on patterns
written here, and the property that matters, that the engine finds exactly what `re.compile`'s code finds
(hypothesis, on generated patterns and on the coder's own)."""
from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

import _sre  # type: ignore[import-not-found]
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.extraction import actors, classify, compiled, dates, events, numbers, reportable, triggers
from eventwire.extraction.gated import GatedPattern
from eventwire.extraction.start_chars import first_chars

PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _ours(pattern: str, flags: int = 0) -> re.Pattern:
    """The pattern as `compiled` builds it, without the kept file."""
    return _sre.compile(pattern, *compiled._generate(pattern, flags))


def _chars(pattern: str, flags: int = 0):
    got = first_chars(_parser.parse(pattern, flags).data)
    if got is None:
        return None
    items, empty = got
    letters = {chr(av) for op, av in items if op is C.LITERAL}
    return letters | {op for op, av in items if op is not C.LITERAL}, empty


@pytest.mark.parametrize("pattern, expected", [
    (r"\b(?:shot|killed)\b", ({"s", "k"}, False)),
    (r"\b(?=[ab])(?:ambush|bomb)", ({"a", "b"}, False)),       # a lookahead consumes nothing: stepped over
    (r"(?:un)?armed", ({"u", "a"}, False)),                    # an optional piece adds what follows it
    (r"(?:the\s+)*(?:gunmen|rebels)", ({"t", "g", "r"}, False)),
    (r"\s*(?:said|told)", ({C.CATEGORY, "s", "t"}, False)),
    (r"(?:a|b)?", ({"a", "b"}, True)),                         # can match nothing: no set is written
    (r"(?<!\w)[0-9]+ killed", ({C.RANGE}, False)),
])
def test_first_characters_of_written_patterns(pattern, expected):
    assert _chars(pattern) == expected


@pytest.mark.parametrize("pattern, flags", [
    (r"\b.?attack", 0),                  # any character may open a match
    (r"[^a-z]killed", 0),                # a negated class
    (r"(?:(?P<w>a)|b)?(?P=w)", 0),        # a back-reference may come first
    (r"\b(?i:shot)", 0),                 # case folded inside: the set would be tested unfolded
])
def test_no_set_when_not_bounded(pattern, flags):
    assert _chars(pattern, flags) is None


def test_the_set_is_written_only_where_the_compiler_has_none():
    info_flags = 2                                        # INFO, skip, flags, min, max, ...
    code = compiled._generate(r"\b(?:killed|shot dead)\b", 0)[1]
    assert code[0] == C.INFO and code[info_flags] == C.SRE_INFO_CHARSET
    plain = compiled._generate(r"killed|shot", 0)[1]    # the compiler's own set of first letters, untouched
    assert plain[info_flags] == C.SRE_INFO_CHARSET
    for pattern, flags in [(r"\b(?:killed|shot)", re.IGNORECASE), (r"\b\w*", 0), (r"\b.ambush", 0)]:
        assert compiled._generate(pattern, flags)[1][info_flags] == 0


def _same(ours: re.Pattern, theirs: re.Pattern, text: str) -> None:
    n = len(text)
    for pos, endpos in [(0, n), (1, n), (2, max(0, n - 2)), (-1, n + 3), (3, 1)]:
        want, got = theirs.search(text, pos, endpos), ours.search(text, pos, endpos)
        assert (want and (want.span(), want.groups())) == (got and (got.span(), got.groups()))
        assert [(m.span(), m.groups()) for m in ours.finditer(text, pos, endpos)] == \
            [(m.span(), m.groups()) for m in theirs.finditer(text, pos, endpos)]
    assert ours.sub("#", text) == theirs.sub("#", text)
    assert ours.findall(text) == theirs.findall(text)


ALPHABET = "abcde AB\n-.1'"
WORDS = ["abc", "bcd", "cab", "dea", "ab", "e", "1"]


def _pieces():
    literal = st.sampled_from(WORDS).map(re.escape)
    atom = st.one_of(literal, st.sampled_from([r"[ab]", r"[c-e]", r"\w", r".", r"\s", r"\S", r"[^a]", r"\b", r"\B",
                                               r"\d", r"^", r"$", r"[\d.]"]))

    def grow(inner):
        return st.one_of(
            st.lists(inner, min_size=1, max_size=4).map("".join),
            st.lists(inner, min_size=2, max_size=3).map(lambda xs: "(?:" + "|".join(xs) + ")"),
            st.tuples(inner, st.sampled_from(["?", "*", "+", "{2}", "{0,2}", "{0}", "+?", "??", "*+"]))
            .map(lambda t: "(?:" + t[0] + ")" + t[1]),
            inner.map(lambda x: "(" + x + ")"),
            inner.map(lambda x: "(?=" + x + ")"),
            inner.map(lambda x: "(?!" + x + ")"),
            inner.map(lambda x: "(?>" + x + ")"),
            st.sampled_from(["(?<=a)", "(?<!b)", "(?<=ab)"]),
            inner.map(lambda x: "(?i:" + x + ")"),
        )
    return st.recursive(atom, grow, max_leaves=8)


@PROPERTY
@given(pattern=_pieces(), ignorecase=st.booleans(), texts=st.lists(st.text(ALPHABET, max_size=30), max_size=6))
def test_the_engine_finds_what_re_compile_finds_on_generated_patterns(pattern, ignorecase, texts):
    flags = re.IGNORECASE if ignorecase else 0
    try:
        theirs = re.compile(pattern, flags)
    except re.error:
        return                                            # e.g. a lookbehind of variable width
    ours = _ours(pattern, flags)
    for text in texts + [" ".join(WORDS), "".join(WORDS)]:
        _same(ours, theirs, text)


def _project_patterns() -> list[tuple[str, int]]:
    found = [rule.pattern for rule in triggers.RULES]
    for module in (triggers, classify, events, numbers, dates, actors, reportable):
        found += [v for v in vars(module).values() if isinstance(v, (re.Pattern, GatedPattern))]
    # as compiled and as their case-sensitive twins (what runs on lowercased text)
    return sorted({(p.pattern, p.flags & ~re.UNICODE & mask) for p in found
                   for mask in (~0, ~re.IGNORECASE)})


PROJECT = [(_ours(p, f), re.compile(p, f)) for p, f in _project_patterns()]
SENTENCE_WORDS = ["police", "fired", "tear gas", "at", "protesters", "gunmen", "killed", "two", "villagers", "in",
                  "kandahar", "clashed", "with", "troops", "an", "air strike", "hit", "the", "market", "rebels",
                  "on", "4", "may", "said", "at least", "12", "people", "were", "wounded", ",", ".", "afghan", "army",
                  "yesterday", "last week", "shot dead", "a", "bomb", "exploded", "near", "checkpoint", "(", ")"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.sampled_from(SENTENCE_WORDS), min_size=1, max_size=16), title=st.booleans())
def test_the_engine_finds_what_re_compile_finds_on_the_project_patterns(words, title):
    text = " ".join(words)
    text = text.title() if title else text
    for ours, theirs in PROJECT:
        _same(ours, theirs, text)


def test_most_project_patterns_get_a_set():
    """What the change is for: the coder's rules open with \\b, where the compiler finds no first characters."""
    with_set = sum(compiled._generate(p, f)[1][2] == C.SRE_INFO_CHARSET for p, f in _project_patterns()
                   if not f & re.IGNORECASE)
    assert with_set > 0.8 * sum(not f & re.IGNORECASE for _, f in _project_patterns())
