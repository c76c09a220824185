"""A case-sensitive twin of an IGNORECASE pattern, for text that is folded already.

The coder reads lowercased text, yet its rules are compiled with IGNORECASE, and under that
flag Python's engine compares every character through a case table and loses the quick
first-letter test of each alternative: a rule runs three to four times slower than the same
rule without the flag. On a text in which no character has another case that the pattern's
letters match (no ASCII capital, none of the four non-ASCII letters that IGNORECASE matches to
ASCII ones, see `gated.fold`), the pattern without the flag finds exactly the same matches,
provided every cased character the pattern names is a lowercase ASCII letter and it holds no
back-reference or inline flag. `twin` checks that on the parse tree and gives up otherwise. A pattern
that names non-ASCII letters ("côte d'ivoire") has a twin for folded ASCII text only.
"""
from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_RANGE_LIMIT = 0x3000          # a wider range is not walked: no twin
# the non-ASCII letters IGNORECASE matches to ASCII ones (the keys of gated._NON_ASCII_FOLD)
FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def _char_ok(code: int, ascii_text: bool = False) -> bool:
    """A character matched the same with and without IGNORECASE on folded text (on folded ASCII text:
    any non-ASCII character, which no ASCII character matches under IGNORECASE, see `gated.fold`)."""
    ch = chr(code)
    return "a" <= ch <= "z" or (ch.lower() == ch and ch.upper() == ch) \
        or (ascii_text and code > 127 and ch not in FOLDS_TO_ASCII)


def _class_ok(items, ascii_text: bool) -> bool:
    for op, av in items:
        if op is C.LITERAL:
            if not _char_ok(av, ascii_text):
                return False
        elif op is C.RANGE:
            lo, hi = av
            if ascii_text and lo > 127 and not any(lo <= ord(c) <= hi for c in FOLDS_TO_ASCII):
                continue                 # no ASCII letter is matched by anything in it
            if hi - lo > _RANGE_LIMIT or not all(_char_ok(c, ascii_text) for c in range(lo, hi + 1)):
                return False
        elif op not in (C.CATEGORY, C.NEGATE):
            return False
    return True


def _tree_ok(sub, ascii_text: bool) -> bool:
    for op, av in sub:
        if op is C.LITERAL or op is C.NOT_LITERAL:
            ok = _char_ok(av, ascii_text)
        elif op is C.IN:
            ok = _class_ok(av, ascii_text)
        elif op is C.BRANCH:
            ok = all(_tree_ok(branch, ascii_text) for branch in av[1])
        elif op is C.SUBPATTERN:
            _group, add_flags, del_flags, inner = av
            ok = not add_flags and not del_flags and _tree_ok(inner, ascii_text)
        elif op in _REPEATS:
            ok = _tree_ok(av[2], ascii_text)
        elif op is C.ASSERT or op is C.ASSERT_NOT:
            ok = _tree_ok(av[1], ascii_text)
        elif op is C.ATOMIC_GROUP:
            ok = _tree_ok(av, ascii_text)
        elif op is C.GROUPREF_EXISTS:
            ok = _tree_ok(av[1], ascii_text) and (av[2] is None or _tree_ok(av[2], ascii_text))
        else:
            ok = op is C.AT or op is C.ANY or op is C.CATEGORY
        if not ok:
            return False
    return True


def mode(pattern, flags: int, parsed=None) -> bool | None:
    """Whether the pattern has a twin: None (no), False (for any folded text), True (folded ASCII text only).
    `parsed`: the pattern's parse tree when the caller has it already."""
    if not isinstance(pattern, str) or not flags & re.IGNORECASE or flags & re.LOCALE:
        return None
    if parsed is None:
        try:
            parsed = _parser.parse(pattern, flags)
        except re.error:
            return None
    if parsed.state.flags != flags | (parsed.state.flags & re.UNICODE):
        return None              # a global inline flag such as "(?i)" in the pattern itself
    if _tree_ok(parsed, False):
        return False
    if _tree_ok(parsed, True):
        return True
    return None


def twin(pattern, flags: int) -> tuple[re.Pattern, bool] | None:
    """The pattern compiled without IGNORECASE, and whether it holds for folded ASCII text only (the
    pattern names a non-ASCII letter), when it answers the same there; else None."""
    ascii_only = mode(pattern, flags)
    return None if ascii_only is None else (re.compile(pattern, flags & ~re.IGNORECASE), ascii_only)
