"""Names listed with a known town are towns of its country: "posts in Boni, Hombori and Douentza".

News lists the places of one incident or campaign together, after a preposition. When one name of such
a list is a town the gazetteer knows, the capitalised names beside it are places of the same kind and in
the same country, even when the gazetteer lacks them (a village) or knows the word only as another
language's name of a far-off city ("Boni", Bonn). Such a name is kept as a place; its readings outside
the known town's country are dropped, so it stays unresolved rather than abroad. Cased text only: in
lowercased text nothing marks a name.
"""
from __future__ import annotations

from .cues import STOP_NAMES, TITLES
from .find import Mention, Tokens
from .gazetteer import COUNTRY_CODES, ADM1_CODES, Gazetteer
from .names import compact, name_compact

# words that open a list of places: "in A, B and C", "the villages of A, B and C"
_OPENERS = frozenset({
    "in", "at", "near", "around", "outside", "from", "of", "including", "across", "between", "and", "to",
    "into", "towards", "toward", "targeting", "hit", "struck", "attacked", "shelled", "bombed", "raided",
})
_MAX_ITEM = 3       # tokens in one listed name


def list_mates(toks: Tokens, gaz: Gazetteer, mentions: list[Mention], persons) -> list[Mention]:
    """New mentions for the unknown names listed beside a known town; known names listed there whose only
    readings lie in other countries lose those readings (the mention is changed in place)."""
    if "and" not in toks.keys and "or" not in toks.keys:
        return []           # a list of places ends in "and" (or "or")
    by_start = {m.i: m for m in mentions}
    out: list[Mention] = []
    done: set[int] = set()
    kept: dict[str, set] = {}          # the names read as listed towns, with their list's countries
    for anchor in mentions:
        if anchor.i in done or not (_is_town(gaz, anchor) or _cued_in_plural(toks, anchor)):
            continue
        items = _listed_around(toks, anchor)
        if len(items) < 2 or not _opened(toks, items[0][0]) \
                or not any(toks.keys[t] in ("and", "or") for t in range(items[0][0], items[-1][1])):
            continue        # a list ends in "and": "in Kabul, Mujahid said" is none
        countries = {gaz.cc[r] for r in anchor.rows[:40]}
        for i, j in items:
            done.add(i)
            known = by_start.get(i)
            if known is not None:
                if known.j == j and known.kind == "exact" and _alias_abroad(gaz, known, countries):
                    kept[known.key] = countries
                continue
            if any(m.i < j and i < m.j for m in mentions) or not _name_like(toks, gaz, i, j, persons):
                continue
            key = " ".join(toks.keys[i:j])
            rows = tuple(r for r in gaz.rows(key) if gaz.cc[r] in countries
                         and gaz.fcode[r] not in COUNTRY_CODES)
            out.append(Mention(i, j, toks.starts[i], toks.ends[j - 1], key, rows, kind="cue", hint="town"))
    for m in mentions:
        if m.kind == "exact" and m.key in kept:     # "in Boni, where 12 soldiers died": the listed town again
            m.rows = tuple(r for r in m.rows if gaz.cc[r] in kept[m.key])
            m.kind, m.hint = "cue", "town"
    return out


def _is_town(gaz: Gazetteer, m: Mention) -> bool:
    """A known town named by its own name (not a country, a province, or a near-spelling)."""
    if m.kind not in ("exact", "cue") or not m.rows:
        return False
    row = m.rows[0]
    return gaz.fcode[row] not in COUNTRY_CODES and gaz.fcode[row] not in ADM1_CODES \
        and name_compact(gaz.name[row]) == compact(m.key)


_PLURAL_PLACES = frozenset({"towns", "villages", "cities", "districts", "neighbourhoods", "neighborhoods", "localities",
                            "settlements", "communities", "hamlets", "suburbs"})


def _cued_in_plural(toks: Tokens, m: Mention) -> bool:
    """"the villages of Mambelenga and Tchabi": the plural cue names every place of the list."""
    return m.kind == "cue" and m.i >= 2 and toks.keys[m.i - 1] == "of" and toks.keys[m.i - 2] in _PLURAL_PLACES


def _alias_abroad(gaz: Gazetteer, m: Mention, countries: set) -> bool:
    """A listed name whose readings all lie outside the list's country, none by its own name."""
    return not any(gaz.cc[r] in countries for r in m.rows[:40]) \
        and not any(name_compact(gaz.name[r]) == compact(m.key) for r in m.rows[:40])


def _listed_around(toks: Tokens, m: Mention) -> list[tuple[int, int]]:
    """The capitalised names joined to `m` by commas and "and"/"or", `m` included, in order."""
    left = [(begin, end) for end, begin in _walk(toks, m.i, _left_join, _run_start)]
    return left[::-1] + [(m.i, m.j)] + _walk(toks, m.j, _right_join, _run_end)


def _walk(toks: Tokens, at: int, join, run) -> list[tuple[int, int]]:
    """From token `at` outwards: each separator's edge (`join`) and the far edge of the name past it (`run`)."""
    out = []
    while (edge := join(toks, at)) is not None and (other := run(toks, edge)) is not None:
        out.append((edge, other))
        at = other
    return out


def _left_join(toks: Tokens, i: int) -> int | None:
    """The end of the item before token i when a list separator stands between them."""
    if i >= 2 and toks.keys[i - 1] in ("and", "or") and not toks.caps[i - 1]:
        return i - 1
    if i >= 1 and toks.comma_before[i] and not toks.initial[i]:
        return i
    return None


def _right_join(toks: Tokens, j: int) -> int | None:
    n = len(toks.keys)
    if j + 1 < n and toks.keys[j] in ("and", "or") and not toks.caps[j] and not toks.comma_before[j + 1]:
        return j + 1
    if j + 2 < n and toks.comma_before[j] and toks.keys[j] in ("and", "or") and not toks.caps[j]:
        return j + 1
    if j < n and toks.comma_before[j] and not toks.initial[j] and toks.caps[j]:
        return j
    return None


def _run_start(toks: Tokens, end: int) -> int | None:
    """Start of the capitalised run ending before `end`."""
    i = end
    while i > 0 and end - i < _MAX_ITEM and toks.caps[i - 1] and (i == end or toks.joins[i]):
        i -= 1
        if toks.comma_before[i] or toks.initial[i]:
            break
    return i if i < end else None


def _run_end(toks: Tokens, begin: int) -> int | None:
    n = len(toks.keys)
    j = begin
    while j < n and j - begin < _MAX_ITEM and toks.caps[j] and (j == begin or toks.joins[j]) \
            and not (j > begin and toks.comma_before[j]):
        j += 1
    return j if j > begin else None


def _opened(toks: Tokens, first: int) -> bool:
    """A list of places follows a preposition or a verb of attack, in lower case."""
    return first > 0 and not toks.caps[first - 1] and toks.keys[first - 1] in _OPENERS \
        and not toks.initial[first]


def _name_like(toks: Tokens, gaz: Gazetteer, i: int, j: int, persons) -> bool:
    """Capitalised words that may be a place: no title, person, acronym, weekday or everyday word."""
    keys = toks.keys[i:j]
    name = " ".join(keys)
    if name in STOP_NAMES or any(k in STOP_NAMES or k in TITLES or k.isdigit() for k in keys):
        return False
    if any(toks.upper[t] for t in range(i, j)) or (j - i == 1 and keys[0] in persons):
        return False
    return gaz.vocab.get(keys[-1], 10 ** 6) >= 5000 and len(keys[-1]) >= 3
