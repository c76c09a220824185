"""The characters a match can start with, told to the regex engine so that its search skips the others.

`re.search` (and `finditer`, `sub`, `findall`) tries the pattern at every position of the text unless
the compiled code opens with a literal prefix or a set of first characters; Python's compiler finds
that set only when the pattern's very first item is a literal, a class or a branch of literals. Nearly
every rule of the coder opens with `\\b` ("\\b(?:killed|shot dead|...)"), so the engine entered its
matcher at each of a sentence's two hundred positions to fail at most of them. The first character
any match consumes is found on the parse tree here (assertions such as `\\b` or a lookahead consume
nothing and are stepped over; an optional piece adds the first characters of what follows it), and
`with_start_set` writes them into the code's info block, as the compiler does for a pattern opening
with a class. The engine then tests each position against that set in a tight C loop and enters the
matcher only where a match may start: the same matches, found with far fewer instructions.
The analysis gives up (no set: the engine's general loop, as before) on anything it cannot bound:
case-insensitive or locale patterns (the set is tested without folding), a negated class, `.`, a
back-reference, a pattern that can match the empty string.
"""
from __future__ import annotations

import re
from re import _compiler  # type: ignore[attr-defined]
from re import _constants as C  # type: ignore[attr-defined]

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None))
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_SET_ITEMS = (C.LITERAL, C.RANGE, C.CATEGORY)


def first_chars(items) -> tuple[list, bool] | None:
    """(class items holding every character a match of `items` can start with, whether it can match the
    empty string); None when that cannot be bounded."""
    found: list = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue                          # consumes nothing: the first character comes after it
        if op is C.LITERAL:
            return found + [(C.LITERAL, av)], False
        if op is C.IN:
            if any(kind not in _SET_ITEMS for kind, _ in av):
                return None                   # a negated class (or one the compiler rewrote): not bounded here
            return found + list(av), False
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & (re.IGNORECASE | re.LOCALE):
                return None
            inner = first_chars(sub)
        elif op is C.BRANCH:
            inner = ([], False)
            for branch in av[1]:
                got = first_chars(branch)
                if got is None:
                    return None
                inner = (inner[0] + got[0], inner[1] or got[1])
        elif op in _REPEATS:
            low, high, sub = av
            if high == 0:
                continue
            inner = first_chars(sub)
            if inner is not None and low == 0:
                inner = (inner[0], True)
        elif op is getattr(C, "ATOMIC_GROUP", None):
            inner = first_chars(av)
        else:
            return None                       # ., a negated literal, a back-reference, a conditional
        if inner is None:
            return None
        found += inner[0]
        if not inner[1]:
            return found, False
    return found, True


def with_start_set(code: list[int], parsed, flags: int) -> list[int]:
    """`code` (as `re._compiler._code(parsed, flags)` made it) with the set of first characters in its info
    block when the compiler found neither a prefix nor a set; else `code` itself."""
    if not code or code[0] != C.INFO or code[2] != 0 or code[3] == 0 or flags & (re.IGNORECASE | re.LOCALE):
        return code                           # the compiler's own prefix or set, or a match may be empty
    got = first_chars(parsed.data)
    if got is None or got[1] or not got[0]:
        return code
    charset, _cased = _compiler._optimize_charset(got[0])
    info = [C.INFO, 0, C.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1                   # the skip over the block, as `_compile_info` writes it
    return [int(op) for op in info] + code[code[1] + 1:]
