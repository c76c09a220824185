"""Place names the index cannot spell, found from how a report writes them.

Each function adds or widens mentions before resolution, only in cased text:
a province in its slot ("(Dummy Hills, Badakshan)"), an unknown name written
right before the area that holds it ("Qarqurzeyt, Helmand"), a known word that is
only the start of a longer transliterated name ("Madinat al Qarqur"), and a
place word that is part of an organisation's name ("the Saraqib Brigade").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict

from rapidfuzz import fuzz, process

from .containment import gap_kind, has_area_reading
from .cues import NAME_PARTICLES, ORG_AFTER, STOP_NAMES, TITLES
from .find import Mention, fuzzy_lookup, keep_mention
from .gazetteer import Gazetteer
from .names import ARTICLES, compact, norm


# The last name in a parenthesis after a place is its province: "(Upper Dale, Xyz)", "(Xyz)".
_SLOT = re.compile(r"\(\s*(?:[^(),.;]{1,40},\s*)?([A-Z][\w'’-]+(?:[ -][A-Za-z][\w'’-]+){0,2})\s*\)")
# lowercased text: only the "(district, province)" form, where the comma says which is the province
_LOWER_SLOT = re.compile(r"\(\s*[^(),.;]{1,40},\s*([a-z][\w'’-]{3,}(?:[ -][a-z][\w'’-]+){0,2})\s*\)")


def province_slots(gaz: Gazetteer, text: str, toks, mentions: list[Mention], lower_text: bool = False) -> list[Mention]:
    """Names in a province's slot that no index entry spells exactly: matched to the closest
    province of the countries the article's other names are in ("Badakshan" -> Badakhshan),
    loosely, since the slot says it is a province and a country has only a few dozen of them;
    with no country named, to any province, more strictly."""
    out: list[Mention] = []
    if "(" not in text:
        return out
    taken = [(m.start, m.end) for m in mentions if not (m.kind == "fuzzy" or m.weak and m.kind == "exact")]
    countries = {gaz.cc[m.rows[0]] for m in mentions if m.rows and m.kind != "fuzzy"} - {""}
    by_cc = _provinces_by_country(gaz)
    closest: dict[str, tuple[float, int | None]] = {}
    for hit in (_LOWER_SLOT if lower_text else _SLOT).finditer(text):
        a, b = hit.span(1)
        if any(s < b and a < e for s, e in taken):
            continue
        key = norm(hit.group(1))
        if key not in closest:    # a name repeated in many slots ("(Reuters)") is scored once
            closest[key] = _closest_province(compact(key), countries or by_cc, by_cc)
        best, best_row = closest[key]
        if best_row is None or best < (70.0 if countries else 85.0):
            continue
        i, j = bisect_left(toks.starts, a), bisect_left(toks.ends, b)
        if i == len(toks.starts) or j == len(toks.ends):
            continue
        out.append(Mention(i, j + 1, a, b, key, (best_row,), kind="cue", hint="admin", fuzzy_score=best))
    return out


# "Sudan's Gezira state", "Helmand province": a capitalised name before a small area word is that country's province
_NAMED_AREA = re.compile(r"\b([A-Z][\w-]+(?: [A-Z][\w-]+)?) (?:state|province|region|governorate)\b")
_AREA_WORDS = (" state", " province", " region", " governorate")     # what any match of it holds


def named_as_province(gaz: Gazetteer, text: str, toks, mentions: list[Mention]) -> list[Mention]:
    """Names the index cannot spell, written before "state", "province", "region" in cased text ("Gezira state"
    for Al Jazirah, as Sudanese English writes it): matched to the closest province of the countries the
    article's sure names are in, as a province's slot is; with no country named, none."""
    sure = [(m.start, m.end) for m in mentions if m.rows and not (m.kind == "fuzzy" or m.weak)]
    countries = {gaz.cc[m.rows[0]] for m in mentions if m.rows and m.kind != "fuzzy"} - {""}
    by_cc = _provinces_by_country(gaz)
    out: list[Mention] = []
    # the pattern tries every capital of the text: first ask, in C, whether any area word follows a space
    for hit in _NAMED_AREA.finditer(text) if countries and any(map(text.__contains__, _AREA_WORDS)) else ():
        a, b = hit.span(1)
        if any(s < b and a < e for s, e in sure) or hit.group(1).lower() in STOP_NAMES:
            continue
        key = norm(hit.group(1))
        best, best_row = _closest_province(compact(key), countries, by_cc)
        i, j = bisect_left(toks.starts, a), bisect_left(toks.ends, b)
        if best_row is None or best < 70.0 or j == len(toks.ends):
            continue
        out.append(Mention(i, j + 1, a, b, key, (best_row,), kind="cue", hint="admin", fuzzy_score=best))
    return out


def _provinces_by_country(gaz: Gazetteer) -> dict:
    by_cc = gaz.__dict__.get("_adm1_by_cc")
    if by_cc is None:
        by_cc = defaultdict(list)
        for row in gaz.admin1_rows.values():
            by_cc[gaz.cc[row]].append((compact(norm(gaz.name[row])), row))
        gaz.__dict__["_adm1_by_cc"] = by_cc
    return by_cc


def _closest_province(mine: str, countries, by_cc) -> tuple[float, int | None]:
    """The province whose name is nearest; a "g" and a "j" count as one letter, the Arabic jim being written
    either way (Gezira / Jazira, Giza / Jizah).

    The same slots ("(Reuters)") come back report after report: the answer is kept per name and countries
    (up to 10,000 of them, with the gazetteer's province table they were read from)."""
    key = (mine, None if countries is by_cc else tuple(sorted(countries)))
    hit = _CLOSEST.get(key)
    if hit is None or hit[0] is not by_cc:
        if len(_CLOSEST) >= 10_000:
            _CLOSEST.clear()
        hit = _CLOSEST[key] = (by_cc, _nearest_province(mine, countries, by_cc))
    return hit[1]


_CLOSEST: dict[tuple, tuple] = {}


def _nearest_province(mine: str, countries, by_cc) -> tuple[float, int | None]:
    best, best_row = 0.0, None
    mine = mine.replace("g", "j")
    for cc in sorted(countries):      # sorted: ties break alike in every run; none named: any province
        provinces = by_cc.get(cc, ())
        if not provinces:
            continue
        # one C pass over the country's names; the first of the best wins, as a loop keeping `>` would
        hits = process.extract(mine, [name.replace("g", "j") for name, _ in provinces], scorer=fuzz.ratio,
                               limit=None, score_cutoff=best)
        if hits:
            _, score, at = max(hits, key=lambda h: (h[1], -h[2]))
            if score > best:
                best, best_row = score, provinces[at][1]
    return best, best_row


_KIND_WORDS = frozenset("town towns village villages city district districts commune area neighborhood "
                        "neighbourhood municipality locality settlement suburb quarter sector camp".split())


_PLACE_BEFORE = frozenset({"in", "at", "near", "from", "of", "outside"})


def named_before_area(gaz: Gazetteer, text: str, toks, mentions: list[Mention]) -> list[Mention]:
    """Capitalised names the gazetteer lacks, written right before an area that holds them:
    "Qarqurzeyt, Helmand", "Qarqurzeyt (Quillacollo, Cochabamba)", "Xyz area of Hama",
    "in Qarqurzeyt in Idleb". They are places by the way they are written; `_contain` then
    gives them the area's point."""
    out: list[Mention] = []
    taken = set()
    for m in mentions:
        taken.update(range(m.i, m.j))
    keys, caps = toks.keys, toks.caps
    for m in mentions:
        if m.kind == "demonym" or not m.rows or m.i == 0:
            continue
        t = m.i - 1
        if t > 0 and keys[t] == "of" and keys[t - 1] in _KIND_WORDS and not caps[t - 1]:
            t -= 2          # "Al Qarqur area of Hama"
        elif keys[t] in _KIND_WORDS and not caps[t] and t > 0:
            t -= 1
        elif keys[t] == "in" and not caps[t] and t > 0:
            t -= 1          # "in Qarqurzeyt in Idleb"
        if t < 0 or not caps[t] or t in taken:
            continue        # no capitalised unknown word to take
        between = text[toks.ends[t]:m.start]
        how = gap_kind(between)
        if how == "of" and not any(w in _KIND_WORDS for w in between.lower().split()):
            continue
        if how not in ("comma", "paren", "of", "in") or not (has_area_reading(gaz, m.rows, m.key) or
                                                              how == "paren" and gaz.pop[m.rows[0]] >= 20_000):
            continue
        j = t + 1
        i = j
        while i > 0 and j - i < 3 and caps[i - 1] and (i - 1) not in taken and not toks.upper[i - 1] \
                and (i == j or toks.joins[i]) and keys[i - 1] not in TITLES:
            i -= 1
        if i == j:
            continue
        run = keys[i:j]
        name = " ".join(run)
        if name in STOP_NAMES or any(k in STOP_NAMES or k.isdigit() for k in run) \
                or gaz.vocab.get(run[-1], 10 ** 6) < 5000 \
                or (toks.initial[i] and gaz.vocab.get(run[0], 10 ** 6) < 20_000) \
                or (i > 0 and keys[i - 1] in TITLES):
            continue
        if how == "in" and not (i > 0 and keys[i - 1] in _PLACE_BEFORE and not caps[i - 1]
                                and all(gaz.vocab.get(k, 10 ** 6) >= 20_000 for k in run)):
            continue        # "in Qarqurzeyt in Idleb"; not "Smith in Texas"
        out.append(Mention(i, j, toks.starts[i], toks.ends[j - 1], name, (), kind="cue", hint="town"))
        taken.update(range(i, j))
    return out


def article_joined(toks, gaz: Gazetteer, m: Mention, persons) -> Mention | None:
    """A known word that is only part of a longer transliterated name the index lacks:
    "Madinat al Qarqur" (not Medina), "Jabal al-Zawiya" (not Zawiya). The longer name is tried
    by skeleton; unknown, it stays a place without coordinates, which its province may give."""
    keys, caps, n = toks.keys, toks.caps, len(toks.keys)
    if not caps[m.i]:
        return None
    i, end = m.i, m.j
    if i >= 2 and keys[i - 1] in ARTICLES and toks.joins[i] and toks.joins[i - 1] and caps[i - 2] \
            and keys[i - 2] in NAME_PARTICLES and not toks.initial[i - 1]:
        i -= 2                                          # "Jabal al-Zawiya"
    j = m.j
    if i == m.i:
        if j + 1 < n and keys[j] in ARTICLES and toks.joins[j] and toks.joins[j + 1] and caps[j + 1] \
                and not toks.initial[j] and gaz.vocab.get(keys[j + 1], 10 ** 6) >= 5000:
            end = j + 2                                 # "Madinat al Qarqur"
        elif j < n and m.j - m.i == 1 and m.key in NAME_PARTICLES and m.key not in ARTICLES \
                and toks.joins[j] and caps[j] and not toks.initial[j] and gaz.vocab.get(keys[j], 10 ** 6) >= 20_000:
            end = j + 1                                 # "Bab Qarqur", not Al Bab
        else:
            return None
        if any(gaz.fcode[r] in ("PCLI", "ADM1") for r in m.rows[:3]) or not keep_mention(toks, gaz, m, False, persons):
            return None     # "Ahmad al Qarqur": a person, whose first name is no place here
    if end < n and end > m.j and toks.joins[end] and caps[end] and not toks.initial[end] \
            and keys[end] not in STOP_NAMES and gaz.vocab.get(keys[end], 10 ** 6) >= 20_000:
        end += 1
    key = " ".join(keys[i:end])
    rows, score = fuzzy_lookup(key, gaz)
    return Mention(i, end, toks.starts[i], toks.ends[end - 1], key, rows, kind="cue", hint="town",
                   fuzzy_score=score if rows else 100.0)


def names_organisation(toks, m: Mention) -> bool:
    """"the Saraqib Brigade": a place name that is part of an organisation's name."""
    j = m.j
    return j < len(toks.keys) and toks.caps[j] and toks.joins[j] and toks.keys[j] in ORG_AFTER
