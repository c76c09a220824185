"""Compiled patterns that skip the regex engine when a match is impossible.

Most of the coder's rules are long alternations that fail on most sentences, and
the engine has to try every branch at every position to find that out. But each
rule names words: any match must contain at least one of a few literal strings.
`required_literals` derives that set from the pattern's own parse tree (Python's
`re._parser`) at compile time; `GatedPattern` then tests for those literals first
(a plain `in` for a few, a shared Aho-Corasick scan, run once per text, for many)
and only runs the regex when one occurs. Results are identical by construction:
the analysis is conservative and gives up (no gate) on anything it cannot prove.

A literal is "required" when every match's text contains it (what the match consumes:
assertions and lookbehinds consume nothing), so for a search in a `pos:endpos` window
the window is tested; the engine that runs is still chosen by the whole string. Under
IGNORECASE the literals are lowercase ASCII and the text is folded the way the engine
compares characters (four non-ASCII letters, such as the Kelvin sign and the long s,
match ASCII ones).
"""
from __future__ import annotations

import functools
import hashlib
import operator
import re
import sys
from pathlib import Path
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

import ahocorasick

from .. import kept_files
from . import caseless, compiled

MIN_LENGTH = 3          # a literal shorter than this occurs almost everywhere: no gate
_MAX_STRINGS = 128      # cap on a finite set of exact strings before it is cut
_MAX_REPEAT = 4         # {m,n} with n above this is not expanded into strings
_MAX_CONJUNCTIONS = 64  # alternatives kept apart in the finer gate
_FEW = 8                # up to this many literals: `in` tests; above: the shared scan
_LONG = 1000            # a text longer than this, not scanned yet, is asked for a pattern's own literals alone
_OWN_MAX = 64           # ... when the pattern's gate names at most this many

# Non-ASCII characters the engine matches to an ASCII letter under IGNORECASE
# (checked over all of Unicode by a test), mapped to that letter.
_NON_ASCII_FOLD = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_FOLD_TABLE = str.maketrans({**{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}, **_NON_ASCII_FOLD})


def fold(text: str) -> str:
    """The text as an IGNORECASE match sees it, for lowercase-ASCII literals."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE)


# ---------------------------------------------------------------- the analysis

Strings = frozenset  # a finite set of strings


class _Node:
    """What a piece of pattern tells: the exact strings it can consume (when few), the best required set,
    and, finer, required sets as alternatives of conjunctions (`dnf`: a match holds one literal of every
    set of at least one conjunction)."""

    __slots__ = ("exact", "required", "dnf", "base")

    def __init__(self, exact: Strings | None, required: Strings | None, dnf: tuple | None = None,
                 base: tuple | None = None):
        self.exact = exact
        self.required = required
        self.base = base if base else ((required,) if required else None)   # sets all required, one conjunction
        self.dnf = dnf if dnf is not None else ((self.base,) if self.base else None)


_UNKNOWN = _Node(None, None)
_EMPTY = _Node(frozenset({""}), None)


def _score(strings: Strings) -> tuple[int, int]:
    return (min(map(len, strings)), -len(strings))


def _best(*candidates: Strings | None) -> Strings | None:
    usable = [c for c in candidates if c and min(map(len, c)) >= MIN_LENGTH]
    return max(usable, key=_score) if usable else None


def _product(left: Strings, right: Strings) -> Strings | None:
    if len(left) * len(right) > _MAX_STRINGS:
        return None
    return frozenset(a + b for a in left for b in right)


def _char(code: int, ignorecase: bool) -> str | None:
    ch = chr(code)
    if not ignorecase:
        return ch
    return ch.lower() if ch.isascii() else None


def _class_chars(items, ignorecase: bool) -> Strings | None:
    """A small class of plain characters ([sz], [- ]) as its strings; None for ranges, categories, negation."""
    chars = set()
    for op, av in items:
        if op is not C.LITERAL:
            return None
        ch = _char(av, ignorecase)
        if ch is None:
            return None
        chars.add(ch)
    return frozenset(chars) if len(chars) <= 4 else None


def _repeat(lo: int, hi: int, inner: _Node) -> _Node:
    required = inner.required if lo >= 1 else None
    if inner.exact is None or hi > _MAX_REPEAT:
        return _Node(None, _best(required, inner.exact if lo >= 1 else None))
    exact: Strings | None = frozenset({""})
    power: Strings | None = frozenset({""})
    strings = set()
    for k in range(hi + 1):
        if k >= lo:
            strings |= power
        if k < hi:
            power = _product(power, inner.exact)
            if power is None:
                exact = None
                break
    if exact is not None:
        exact = frozenset(strings) if len(strings) <= _MAX_STRINGS else None
    return _Node(exact, _best(required, exact))


def _item(op, av, ignorecase: bool) -> _Node:
    if op is C.LITERAL:
        ch = _char(av, ignorecase)
        return _Node(frozenset({ch}), None) if ch is not None else _UNKNOWN
    if op is C.IN:
        chars = _class_chars(av, ignorecase)
        return _Node(chars, None) if chars is not None else _UNKNOWN
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return _EMPTY                        # zero width: consumes nothing
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & re.LOCALE or (add_flags & re.IGNORECASE and not ignorecase):
            return _UNKNOWN                  # case turned on inside, or locale: not provable here
        return _sequence(sub, ignorecase)    # case turned off inside: a subset of what the folded check sees
    if op is C.BRANCH:
        branches = [_sequence(b, ignorecase) for b in av[1]]
        exacts = [b.exact for b in branches]
        exact = frozenset().union(*exacts) if all(e is not None for e in exacts) else None
        if exact is not None and len(exact) > _MAX_STRINGS:
            exact = None
        reqs = [b.required for b in branches]
        union = frozenset().union(*reqs) if all(r is not None for r in reqs) else None
        dnfs = [b.dnf for b in branches]
        dnf = None
        if all(d is not None for d in dnfs) and any(len(d) > 1 or len(d[0]) > 1 for d in dnfs):
            dnf = tuple(c for d in dnfs for c in d)    # worth keeping apart: some branch needs two things at once
            if len(dnf) > _MAX_CONJUNCTIONS:           # too many: one conjunction per branch
                dnf = tuple(b.base for b in branches) if len(branches) <= _MAX_CONJUNCTIONS else None
        return _Node(exact, _best(exact, union), dnf)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        lo, hi, sub = av
        return _repeat(lo, hi, _sequence(sub, ignorecase))
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _sequence(av, ignorecase)
    return _UNKNOWN                          # ANY, NOT_LITERAL, categories, back-references, conditionals


def _sequence(items, ignorecase: bool) -> _Node:
    """Concatenation: runs of exact pieces multiply out; the best required set of any piece holds for all."""
    candidates: list[Strings | None] = []
    run: Strings | None = frozenset({""})
    whole: Strings | None = frozenset({""})
    split: tuple | None = None              # the one piece whose alternatives are kept apart
    for op, av in items:
        node = _item(op, av, ignorecase)
        candidates.append(node.required)
        if node.dnf is not None and len(node.dnf) == 1:
            candidates.extend(node.dnf[0])
        elif node.dnf is not None and (split is None or len(node.dnf) > len(split)):
            split = node.dnf
        if node.exact is None:
            candidates.append(run)
            run = frozenset({""})
            whole = None
            continue
        joined = _product(run, node.exact)
        if joined is None:                    # too many strings: close the run, start again from this piece
            candidates.append(run)
            joined = node.exact
        run = joined
        whole = _product(whole, node.exact) if whole is not None else None
    candidates.append(run)
    required = _best(whole, *candidates)
    both = tuple(dict.fromkeys(c for c in (whole, *candidates) if _best(c)))
    dnf = tuple(both + tuple(c for c in conj if c not in both) for conj in split) if split else (both,)
    return _Node(whole, required, dnf if dnf != ((),) else None, both)


@functools.lru_cache(maxsize=None)
def _minimal(strings: Strings) -> Strings:
    """Drop strings that contain another one of the set: the shorter one occurs whenever they do."""
    ordered = sorted(strings, key=len)
    kept: list[str] = []
    for s in ordered:
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


def _analyse(pattern, flags: int, parsed=None) -> _Node:
    if not isinstance(pattern, str):
        return _UNKNOWN
    if parsed is None:
        parsed = _parser.parse(pattern, flags)
    flags = parsed.state.flags
    if flags & re.LOCALE:
        return _UNKNOWN
    return _sequence(parsed, bool(flags & re.IGNORECASE))


def _conjunctions(node: _Node) -> tuple[tuple[frozenset[str], ...], ...] | None:
    return tuple(tuple(_minimal(s) for s in conj) for conj in node.dnf) if node.required and node.dnf else None


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings of which every match contains at least one (lowercase under IGNORECASE), or None: no gate.

    None when the pattern is not a str pattern, uses LOCALE, or has a way to match
    without any literal of MIN_LENGTH characters.
    """
    node = _analyse(pattern, flags)
    return _minimal(node.required) if node.required else None


def required_conjunctions(pattern: str, flags: int = 0) -> tuple[tuple[frozenset[str], ...], ...] | None:
    """The finer gate: a match holds a literal of every set of at least one of these conjunctions."""
    return _conjunctions(_analyse(pattern, flags))


# ---------------------------------------------------------------- the gate


class _Scanner:
    """One Aho-Corasick automaton over the literals of every gated pattern, folded or not: a literal found
    in a string occurs in it, whichever pattern asked for it, so one scan of a text that is its own fold
    (lowercased ASCII, what the coder reads) serves the patterns of both case modes."""

    def __init__(self):
        self.words: set[str] = set()
        self.automaton: ahocorasick.Automaton | None = None

    def add(self, words) -> None:
        if not self.words.issuperset(words):
            self.words.update(words)
            self.automaton = None
            _TEXTS.clear()                   # what was found before misses the new words

    def found(self, text: str, folded: bool = False) -> set[str] | frozenset[str]:
        """The literals occurring in `text` (folded first if `folded`), kept with the text."""
        return _text(text).found(folded)

    def scan(self, text: str) -> set[str]:
        automaton = self.automaton
        if automaton is None:
            automaton = ahocorasick.Automaton()
            for word in self.words:
                automaton.add_word(word, word)
            automaton.make_automaton()
            self.automaton = automaton
        return set(map(_WORD, automaton.iter(text)))   # C loop, no bytecode


_WORD = operator.itemgetter(1)


class _Text:
    """What the gate learns about one text, kept while the text is asked about: a sentence is read by
    dozens of patterns, in turns with its article and with windows of it, so one slot for the last text
    made the scan and the fold run again at each turn."""

    __slots__ = ("text", "_fold", "same", "ascii", "plain", "folded", "holds", "own")

    def __init__(self, text: str):
        self.text = text
        self._fold: str | None = None
        self.same = self.ascii = False         # set with the fold
        self.plain: set[str] | None = None     # literals found in the text, in the folded text
        self.folded: set[str] | None = None
        self.holds: dict[tuple, bool] | None = None   # a pattern's few literals -> whether the text holds one
        self.own: dict[tuple, frozenset] | None = None   # a pattern's words -> those the text holds (`_own_found`)

    @property
    def fold(self) -> str:
        out = self._fold
        if out is None:
            out = fold(self.text)
            self.same, self.ascii = out == self.text, self.text.isascii()
            self._fold = out
        return out

    def found(self, folded: bool) -> set[str]:
        if folded:
            seen = self.folded
            if seen is None:
                text = self.fold
                seen = self.folded = self.found(False) if self.same else _SCANNER.scan(text)
            return seen
        seen = self.plain
        if seen is None:
            seen = self.plain = _SCANNER.scan(self.text)
        return seen

    def known(self, folded: bool) -> set[str] | None:
        """The literals found, when the text was scanned already."""
        return self.folded if folded else self.plain


_KEEP = 512                                    # texts kept; the whole table is dropped when full
# (a long article with its sentences, their clauses and windows filled 128 and scanned them all again)
_TEXTS: dict[str, _Text] = {}
_WINDOW = 200       # a search in a window up to this long of a text not scanned yet scans the window alone


def _text(text: str) -> _Text:
    """The entry of `text` (dict operations are atomic: threads may at worst compute one twice)."""
    entry = _TEXTS.get(text)
    if entry is None:
        if len(_TEXTS) >= _KEEP:
            _TEXTS.clear()
        entry = _TEXTS[text] = _Text(text)
    return entry


_SCANNER = _Scanner()
_SCANNERS = {False: _SCANNER, True: _SCANNER}


def _fold_of(text: str) -> tuple[str, str, bool, bool]:
    """(text, its fold, whether the fold is the text itself, whether it is ASCII)."""
    entry = _text(text)
    return text, entry.fold, entry.same, entry.ascii


def _folded(text: str) -> str:
    return _text(text).fold


class GatedPattern:
    """A compiled pattern with `re.Pattern`'s methods that answers "no match" without the engine when it can,
    and that runs its case-sensitive twin (`caseless.twin`) on text with nothing to fold.

    `literals` None: no gate (the pattern is wrapped for its twin alone)."""

    __slots__ = ("_regex", "pattern", "flags", "literals", "conjunctions", "_folded", "_few", "_scanner", "_twin",
                 "_twin_ascii", "_keys", "_rests", "_words")

    def __init__(self, regex: re.Pattern | None, literals: frozenset[str] | None, conjunctions: tuple | None = None,
                 twin_mode: bool | None = None, *, pattern: str | None = None, flags: int = 0):
        self._regex = regex                    # None: compiled on first use from `pattern`, `flags`: its final flags
        self.pattern = regex.pattern if regex is not None else pattern
        self.flags = regex.flags if regex is not None else flags
        self.literals = literals
        self._twin = None                      # compiled on first use (most patterns never run in a process)
        self._twin_ascii = twin_mode           # see caseless.mode: None, no twin
        if conjunctions is not None and len(conjunctions) == 1 and len(conjunctions[0]) == 1:
            conjunctions = None                # no finer than the literals themselves
        self.conjunctions = conjunctions
        self._folded = bool(self.flags & re.IGNORECASE)
        self._few = self._scanner = self._words = None
        if literals is None:
            self.conjunctions = None
            return
        self._keys, self._rests = _index_conjunctions(literals, self.conjunctions)
        if self._keys is None:
            self.conjunctions = None           # some conjunction needs no more than the literals
        few = len(literals) <= _FEW and conjunctions is None
        self._few = tuple(sorted(literals, key=len, reverse=True)) if few else None
        if self._few is None:
            self._scanner = _SCANNERS[self._folded]
            words = literals.union(*(s for conj in self.conjunctions or () for s in conj))
            self._scanner.add(literals.union(*(s for conj in conjunctions or () for s in conj)))
            if len(words) <= _OWN_MAX:
                self._words = tuple(sorted(words))

    @property
    def regex(self) -> re.Pattern:
        """The compiled pattern (compiled on first use: most rules never run on the text a process reads,
        and on lowercased text only their twin does)."""
        regex = self._regex
        if regex is None:
            regex = self._regex = compiled.compile(self.pattern, self.flags)
        return regex

    def possible(self, string) -> bool:
        """False only when no match can exist anywhere in `string`."""
        if type(string) is not str or self.literals is None:
            return True
        return self._open(_text(string))

    def _open(self, entry: _Text) -> bool:
        if self._few is not None:
            text = entry.fold if self._folded else entry.text
            for literal in self._few:
                if literal in text:
                    return True
            return False
        found = entry.found(self._folded)
        if self.literals.isdisjoint(found):
            return False
        return self.conjunctions is None or self._conjunction_opens(found)

    def _conjunction_opens(self, found) -> bool:
        """`_opens(self.conjunctions, found)` for a text holding one of `literals`, by the index: most
        texts hold no key literal, and that answer is one set intersection in C, not a loop over 50."""
        rests = self._rests
        for literal in self._keys.intersection(found):
            for rest in rests[literal]:
                for literals in rest:
                    if literals.isdisjoint(found):
                        break
                else:
                    return True
        return False

    def engine(self, string) -> re.Pattern:
        """The compiled pattern to run on `string`: the twin when the string has nothing to fold."""
        if self._twin_ascii is not None and type(string) is str:
            return self._engine(_text(string))
        return self.regex

    def _engine(self, entry: _Text) -> re.Pattern:
        entry.fold                             # sets `same` and `ascii`
        if entry.same and (entry.ascii or not self._twin_ascii):
            twin = self._twin
            if twin is None:
                twin = self._twin = compiled.compile(self.pattern, self.flags & ~re.IGNORECASE)
            return twin
        return self.regex

    def _open_window(self, entry: _Text, pos: int, endpos: int) -> bool:
        """`_open` for a match inside `pos:endpos` (clamped as the engine clamps them): the literals a match
        needs lie in the text it consumes (assertions consume nothing), so they lie in the window. A short
        window of a text not scanned yet is scanned alone, not kept: "the 40 characters before the trigger"
        of a whole article no longer costs a scan of the article. A pattern of a few literals none of which
        the whole text holds is closed for every window of it: that is learnt once per text, since "does an
        embassy follow this place?" is asked at every place of the article."""
        text = entry.text
        size = len(text)
        start = 0 if pos < 0 else size if pos > size else pos
        end = size if endpos > size else 0 if endpos < 0 else endpos
        few = self._few
        if few is not None:
            target = entry.fold if self._folded else text
            holds = entry.holds
            if holds is None:
                holds = entry.holds = {}
            anywhere = holds.get(few)
            if anywhere is None:
                anywhere = holds[few] = any(literal in target for literal in few)
            if not anywhere:
                return False
            for literal in few:
                if target.find(literal, start, end) >= 0:
                    return True
            return False
        found = entry.folded if self._folded else entry.plain
        if found is None and end - start > _WINDOW:
            found = self._own_found(entry) if size > _LONG and self._words is not None else entry.found(self._folded)
        if found is None:
            window = text[start:end]
            found = _SCANNER.scan(fold(window) if self._folded else window)
        if self.literals.isdisjoint(found):
            return False
        return self.conjunctions is None or self._conjunction_opens(found)

    def _own_found(self, entry: _Text) -> frozenset[str]:
        """The words of this gate (its literals and its conjunctions') that a long text holds, by one `in` test
        each, kept with the text. It answers every question the gate asks as the shared scan's set would
        (`found & words` is all the gate reads of it), and a few dozen `in` tests over a whole article cost a
        fraction of an automaton walk over it when only a handful of patterns ever read the article whole."""
        own = entry.own
        if own is None:
            own = entry.own = {}
        words = self._words
        held = own.get(words)
        if held is None:
            text = entry.fold if self._folded else entry.text
            held = own[words] = frozenset([word for word in words if word in text])
        return held

    def _runner(self, string, pos: int = 0, endpos: int = sys.maxsize) -> re.Pattern | None:
        """`engine(string)` when a match may exist in `pos:endpos`, else None: one look-up of the text.

        `_open` written out in line: this runs about a million times over a day's news and
        most calls end at the gate, so each function layer it saved was a measurable share of the run."""
        if type(string) is not str:
            return self.regex
        entry = _TEXTS.get(string)
        if entry is None:
            entry = _text(string)
        literals = self.literals
        if literals is not None:
            if pos > 0 or endpos < len(string):
                if not self._open_window(entry, pos, endpos):
                    return None
            elif self._few is not None:
                if self._folded:
                    text = entry._fold
                    if text is None:
                        text = entry.fold
                else:
                    text = string
                for literal in self._few:
                    if literal in text:
                        break
                else:
                    return None
            else:
                found = entry.folded if self._folded else entry.plain
                if found is None:
                    found = self._own_found(entry) if len(string) > _LONG and self._words is not None \
                        else entry.found(self._folded)
                if literals.isdisjoint(found):
                    return None
                if self.conjunctions is not None and not self._conjunction_opens(found):
                    return None
        if self._twin_ascii is None:
            regex = self._regex
            return regex if regex is not None else self.regex
        return self._engine(entry)             # the regex runs next: one call more is nothing beside it

    def search(self, string, pos: int = 0, endpos: int = sys.maxsize):
        run = self._runner(string, pos, endpos)
        return None if run is None else run.search(string, pos, endpos)

    def match(self, string, pos: int = 0, endpos: int = sys.maxsize):
        run = self._runner(string, pos, endpos)
        return None if run is None else run.match(string, pos, endpos)

    def fullmatch(self, string, pos: int = 0, endpos: int = sys.maxsize):
        run = self._runner(string, pos, endpos)
        return None if run is None else run.fullmatch(string, pos, endpos)

    def finditer(self, string, pos: int = 0, endpos: int = sys.maxsize):
        run = self._runner(string, pos, endpos)
        return iter(()) if run is None else run.finditer(string, pos, endpos)

    def findall(self, string, pos: int = 0, endpos: int = sys.maxsize):
        run = self._runner(string, pos, endpos)
        return [] if run is None else run.findall(string, pos, endpos)

    def sub(self, repl, string, count: int = 0):
        run = self._runner(string)
        return string if run is None else run.sub(repl, string, count)

    def subn(self, repl, string, count: int = 0):
        run = self._runner(string)
        return (string, 0) if run is None else run.subn(repl, string, count)

    def split(self, string, maxsplit: int = 0):
        run = self._runner(string)
        return [string] if run is None else run.split(string, maxsplit)

    def __eq__(self, other):
        return isinstance(other, GatedPattern) and (self.pattern, self.flags) == (other.pattern, other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    # The rest of `re.Pattern`'s API, spelled out: a `__getattr__` fallback would make every attribute read of a
    # GatedPattern take the slow generic path (the interpreter does not specialise attribute reads on such a
    # class), and the gate reads a handful per call, a million calls over a day's news.
    @property
    def groups(self) -> int:
        return self.regex.groups

    @property
    def groupindex(self):
        return self.regex.groupindex

    def scanner(self, string, pos: int = 0, endpos: int = sys.maxsize):
        return self.regex.scanner(string, pos, endpos)

    def __reduce__(self):
        return (compile, (self.pattern, self.flags))

    def __repr__(self) -> str:
        return f"gated(re.compile({self.pattern!r}, {self.flags!r}))"


class Selector:
    """Which of many patterns can match one text, from one scan of it instead of one test per pattern.

    `possible(text)` gives the indexes (in order) whose `possible` would say True: patterns that
    are not gated always, the others when the literals the shared scan found open one of their
    conjunctions. A rule table asks this once per sentence rather than asking each rule.
    """

    def __init__(self, patterns):
        self.patterns = tuple(patterns)
        self.always: list[int] = []
        self.by_literal: dict[bool, dict[str, list[int]]] = {False: {}, True: {}}
        for index, pattern in enumerate(self.patterns):
            if not isinstance(pattern, GatedPattern) or pattern.literals is None:
                self.always.append(index)
                continue
            if pattern._scanner is None:      # a few literals tested with `in`: the scan finds them as well
                _SCANNERS[pattern._folded].add(pattern.literals)
            table = self.by_literal[pattern._folded]
            for literal in pattern.literals:
                table.setdefault(literal, []).append(index)
        self.keys = {folded: frozenset(table) for folded, table in self.by_literal.items()}
        # per case mode with rules, its table, its keys and its rules that need more than one of their literals
        self._modes = tuple((folded, table, self.keys[folded],
                             {index: self.patterns[index]
                              for index in sorted({i for ids in table.values() for i in ids})
                              if self.patterns[index].conjunctions is not None})
                            for folded, table in self.by_literal.items() if table)

    def possible(self, text: str) -> list[int]:
        if type(text) is not str:
            return list(range(len(self.patterns)))
        candidates = set(self.always)
        entry = _text(text)
        for folded, table, keys, conjunctive in self._modes:
            found = entry.found(folded)
            for literal in keys.intersection(found):      # in C: found holds every rule's words
                candidates.update(table[literal])
            for index in conjunctive.keys() & candidates:
                if not conjunctive[index]._conjunction_opens(found):
                    candidates.discard(index)
        return sorted(candidates)


def _index_conjunctions(literals: frozenset[str], conjunctions: tuple | None) -> tuple[frozenset[str] | None, dict]:
    """The conjunctions keyed by the literals of one of their sets: (keys, literal -> the other sets of each
    conjunction holding it). A set holding every one of `literals` is left out, since the gate tests those
    first; a conjunction left with no set is always open, and so is the whole gate (keys None)."""
    keys: dict[str, list] = {}
    for conj in conjunctions or ():
        needed = sorted((s for s in conj if not literals <= s), key=len)
        if not needed:
            return None, {}
        for literal in needed[0]:
            keys.setdefault(literal, []).append(tuple(needed[1:]))
    return frozenset(keys), {literal: tuple(rests) for literal, rests in keys.items()}


# ---------------------------------------------------------------- the analysis cache
#
# Parsing and analysing every rule costs about half a second at each start, for answers that only change
# with the pattern text or with this analysis. They are kept in a file (marshal) next to the gazetteer
# index, written on the first run: entries are keyed by a hash of (flags, pattern), and the whole file by a
# hash of this module's and `caseless`'s source and the Python version, so an edited lexicon or analysis
# never reads a stale answer. The file is optional: absent, unreadable or malformed, everything is
# computed as without it.

CACHE_ENV_VAR = "EVENTWIRE_GATE_CACHE"     # a path for the file, or "" for none
CACHE_PATH = Path(__file__).resolve().parent.parent / "geo" / "data" / "gate_cache.marshal"
_CACHE: dict | None = None     # key -> (literals, conjunctions, twin_mode, compiled flags); None: not loaded
_CACHE_DIRTY = False


def _cache_path() -> Path | None:
    return kept_files.env_path(CACHE_ENV_VAR, CACHE_PATH)


@functools.lru_cache(maxsize=1)
def _cache_version() -> str:
    digest = hashlib.sha256(repr(sys.version_info[:2]).encode())
    for source in (__file__, caseless.__file__):
        digest.update(Path(source).read_bytes())
    return digest.hexdigest()


def _cache_key(pattern: str, flags: int) -> str:
    return hashlib.sha256(f"{flags}\0{pattern}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _valid_entry(value) -> bool:
    if type(value) is not tuple or len(value) != 4 or value[2] not in (None, False, True) or type(value[3]) is not int:
        return False
    literals, conjunctions, _, _ = value
    if literals is None:
        return conjunctions is None
    return type(literals) is frozenset and all(type(s) is str for s in literals) and (
        conjunctions is None or (type(conjunctions) is tuple and all(
            type(conj) is tuple and all(type(f) is frozenset and all(type(s) is str for s in f) for f in conj)
            for conj in conjunctions)))


def load_cache(path: Path | None) -> dict:
    """The entries of the cache file at `path`; empty when it is absent, unreadable, malformed or stale."""
    data = kept_files.read_marshal(path)
    if type(data) is not dict or data.get("version") != _cache_version() or type(data.get("entries")) is not dict:
        return {}
    entries = data["entries"]
    return {k: v for k, v in entries.items() if type(k) is str and _valid_entry(v)}


def save_cache(path: Path | None = None) -> bool:
    """Write the analysis of every pattern compiled so far when some was not in the file; True if written.
    A file that cannot be written is left as it is (the next start computes again)."""
    global _CACHE_DIRTY
    path = _cache_path() if path is None else path
    if path is None or _CACHE is None or not _CACHE_DIRTY:
        return False
    if not kept_files.write_marshal(path, {"version": _cache_version(), "entries": _CACHE}):
        return False
    _CACHE_DIRTY = False
    return True


def _cache() -> dict:
    global _CACHE
    if _CACHE is None:
        _CACHE = load_cache(_cache_path())
    return _CACHE


def _analysis(pattern: str, flags: int) -> tuple[re.Pattern | None, tuple]:
    """The compiled pattern (None when the cache file knows it: it compiled before, compiled on first use) and
    (required literals, conjunctions, twin mode, compiled flags), from the cache file when it has them."""
    global _CACHE_DIRTY
    cache, key = _cache(), _cache_key(pattern, flags)
    entry = cache.get(key)
    if entry is not None:
        return None, entry
    regex = compiled.compile(pattern, flags)       # first: a bad pattern raises as re.compile does
    parsed = _parser.parse(pattern, flags)
    node = _analyse(pattern, flags, parsed)
    literals = _minimal(node.required) if node.required else None
    conjunctions = _conjunctions(node) if node.required else None
    entry = cache[key] = (literals, conjunctions, caseless.mode(pattern, flags, parsed), regex.flags)
    _CACHE_DIRTY = True
    return regex, entry


def compile(pattern: str, flags: int = 0) -> re.Pattern | GatedPattern:
    """`re.compile`, gated by the pattern's required literals when it has some."""
    if not isinstance(pattern, str):
        return re.compile(pattern, flags)
    regex, (literals, conjunctions, twin_mode, compiled_flags) = _analysis(pattern, flags)
    if literals is None and twin_mode is None:
        return regex if regex is not None else compiled.compile(pattern, flags)
    return GatedPattern(regex, literals, conjunctions, twin_mode, pattern=pattern, flags=compiled_flags)


def gate_module_patterns(module) -> int:
    """Swap each plain compiled pattern held by a module-level name for its gated twin; returns how many.

    Functions read module globals when they run, so they use the gated twin from then on; one
    taken by `from module import NAME` earlier keeps the plain pattern, which answers the same.
    """
    swapped = 0
    for name, value in list(vars(module).items()):
        if isinstance(value, re.Pattern):
            twin = compile(value.pattern, value.flags)
            if twin is not value and isinstance(twin, GatedPattern):
                if twin._regex is None:
                    twin._regex = value       # compiled already: no second compile on first use
                setattr(module, name, twin)
                swapped += 1
    return swapped
