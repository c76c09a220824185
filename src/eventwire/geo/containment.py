"""Places named inside other places: "X, Luhansk", "X (Y, Donetsk)", "X in Idleb".

Reports name a small place together with the area that holds it. The area
word is the strongest evidence there is for where X lies: X's entries are
limited to that area (and its country), and when none of them lies there, X is
placed at the area instead of at a same-named town abroad ("Lyon district
(Helmand)" is in Afghanistan, not in France). This module finds those pairs in
the text and says which entries fit; `resolve` applies it.
"""
from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .names import loose_skeleton

# Kind words that may stand between a place and its area: "Bakirkoy town, Istanbul".
_KIND = (r"(?:towns?|villages?|city|cities|districts?|sub-?districts?|communes?|areas?|neighbou?rhoods?|"
         r"municipality|locality|county|counties|region|camp|department|settlement|suburb|quarter|"
         r"sector|province|governorate|oblast|raion|rayon|woreda|kebele|LGA|LGAs|community|communities|"
         r"compound|ward|tehsil|taluk|block|township|parish|zone|chiefdom|chieftaincy|subdivision|"
         r"sub-county|subcounty|department|frontline|front)")
# An Arabic article left outside the matched name: "in al-Hasakeh" matched as "Hasakeh".
_ARTICLE = r"(?:(?:al|el|ad|ar|as|ash|at|az|an)[-\s])?"
# A district the gazetteer lacks, between X and its province: "Gadabo (Anzourou, Tillaberi)".
_UNKNOWN = r"(?:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}\s*,\s*)?"
# "X in the countryside of Y", "X in rural Y", "X in northern Y": still inside Y.
_PART = (r"(?:(?:(?:north|south|east|west|central|northern|southern|eastern|western|rural|"
         r"north-?western|north-?eastern|south-?western|south-?eastern)\s+)?"
         r"(?:countryside|outskirts|suburbs|vicinity|part|parts|area)\s+of\s+(?:the\s+)?|"
         r"(?:north|south|east|west|central|northern|southern|eastern|western|rural)\s+)?")
# What lies between X and its area: a comma, an opening parenthesis, "in", "X district of Y".
_GAP = re.compile(
    rf"\s*(?:{_KIND}\s*|(?:[a-z][\w-]*\s+){{1,2}}(?=\())?"
    rf"(?:,\s*(?:in\s+)?(?:the\s+)?|\(\s*{_UNKNOWN}|\s+in\s+(?:the\s+)?{_PART}){_ARTICLE}$",
    re.IGNORECASE)
_GAP_OF = re.compile(rf"\s*{_KIND}\s+of\s+(?:the\s+)?{_ARTICLE}$", re.IGNORECASE)
_GAP_COMMA = re.compile(rf"\s*(?:{_KIND}\s*)?,\s*{_ARTICLE}$", re.IGNORECASE)
_MAX_GAP = 40
AREA_CODES = frozenset({"ADM1", "ADM2", "PCLI", "PCLD", "PCLF", "PCLS", "PCL", "TERR"})


def gap_kind(between: str) -> str | None:
    """"comma", "paren", "in", "of" when `between` joins a place to the area holding it, else None.

    Asked for the words between every two neighbouring places, which are mostly the same few
    (", ", " and ", " in "): the answer is kept per string (up to 10,000 of them)."""
    hit = _GAP_KINDS.get(between, _UNSEEN)
    if hit is _UNSEEN:
        if len(_GAP_KINDS) >= 10_000:
            _GAP_KINDS.clear()
        hit = _GAP_KINDS[between] = _gap_kind(between)
    return hit


_GAP_KINDS: dict[str, str | None] = {}
_UNSEEN = object()


def _gap_kind(between: str) -> str | None:
    if len(between) > _MAX_GAP or "." in between or ")" in between or "\n" in between:
        return None
    if _GAP_OF.match(between):
        return "of"
    if not _GAP.match(between):
        return None
    if "(" in between:
        return "paren"
    if _GAP_COMMA.match(between):
        return "comma"
    return "in"


# The words of a province named only by where it lies ("Northern", "North Western", "Sud-Ouest", "Centre"): many
# countries have one, so such a name says which part of a country, not which country.
_COMPASS = frozenset({
    "north", "northern", "south", "southern", "east", "eastern", "west", "western", "central", "centre", "center",
    "nord", "sud", "est", "ouest", "norte", "sur", "este", "oeste", "centro", "north-west", "north-east",
    "south-west", "south-east", "northwest", "northeast", "southwest", "southeast", "nord-ouest", "nord-est",
    "sud-ouest", "sud-est", "far", "upper", "lower", "middle", "region", "province",
})


def compass_name(key: str) -> bool:
    """Whether a normalised area name is made only of compass words ("north western", "sud-ouest")."""
    words = key.replace("-", " ").split()
    return bool(words) and all(w in _COMPASS for w in words) and any(w not in ("region", "province") for w in words)


def has_area_reading(gaz: Gazetteer, rows, key: str = "", limit: int = 40) -> bool:
    """Whether the name can be an area: an admin or country entry, or a town whose province
    bears its name ("Hasakeh" is the city in the index, and the governorate around it)."""
    if any(gaz.fcode[r] in AREA_CODES for r in rows[:limit]):
        return True
    if not key:
        return False
    skel = loose_skeleton(key)
    for r in rows[:5]:
        area = gaz.admin1_rows.get(gaz.admin1_code[r]) if gaz.fclass[r] == "P" else None
        if area is not None and loose_skeleton(gaz.name[area]) == skel:
            return True
    return False


def containers(text: str, gaz: Gazetteer, spans: list[tuple]) -> dict[int, int]:
    """Index of a place -> index of the next place that holds it.

    `spans` are (start, end, rows, kind, key) sorted by start. A comma-joined container must have
    an admin-area or country reading (so a list "Aleppo, Hama" is not read as containment
    unless the second name is an area); `resolve` keeps a province list ("Idlib, Hama") apart.
    """
    out: dict[int, int] = {}
    for idx in range(len(spans) - 1):
        start, end, rows, kind = spans[idx][:4]
        if kind == "demonym":
            continue
        nxt = spans[idx + 1]
        how = gap_kind(text[end:nxt[0]])
        if not nxt[2] and nxt[3] == "cue" and how is not None and idx + 2 < len(spans) \
                and spans[idx + 2][2] and spans[idx + 2][3] != "demonym" \
                and gap_kind(text[nxt[1]:spans[idx + 2][0]]) is not None:
            # "X (Unknown District, Province)", "X in Jabal Unknown in Idleb": held by the province
            out[idx] = idx + 2
            continue
        if nxt[3] == "demonym" or not nxt[2]:
            continue
        third = spans[idx + 2] if idx + 2 < len(spans) else None
        if how in ("in", "of") and not has_area_reading(gaz, nxt[2], nxt[4]) and third is not None and third[2] \
                and third[3] != "demonym" and has_area_reading(gaz, third[2], third[4]) \
                and gap_kind(text[nxt[1]:third[0]]) in ("in", "of", "comma", "paren"):
            out[idx] = idx + 2      # "X in the countryside of Town in Province": held by the province
            continue
        if how is None:
            continue
        if how == "comma" and not has_area_reading(gaz, nxt[2], nxt[4]):
            if third is not None and third[2] and third[3] != "demonym" and has_area_reading(gaz, third[2], third[4]) \
                    and gap_kind(text[nxt[1]:third[0]]) in ("comma", "paren") and _town_inside(gaz, nxt[2], third[2]):
                out[idx] = idx + 1   # "Caracoli, Malambo, Atlantico": the town named next holds the village
            continue
        if how == "in" and not has_area_reading(gaz, nxt[2], nxt[4]) and gaz.pop[nxt[2][0]] < 20_000:
            continue     # "X in Idleb": a city may hold a place too, but not a hamlet of the name
        out[idx] = idx + 1
    return out


def _town_inside(gaz: Gazetteer, towns, areas, limit: int = 10) -> bool:
    """Whether one of the towns' entries lies in one of the areas' entries."""
    keys = {area_key(gaz, r) for r in areas[:limit] if gaz.fcode[r] in AREA_CODES}
    return any(gaz.fclass[t] == "P" and inside(gaz, t, k) for t in towns[:limit] for k in keys)


def area_key(gaz: Gazetteer, row: int) -> tuple[str, str]:
    """What a container row bounds: ("cc", "SY") for a country, ("a1", "SY.07") for anything else."""
    if gaz.fcode[row] in AREA_CODES and gaz.fcode[row] not in ("ADM1", "ADM2"):
        return ("cc", gaz.cc[row])
    return ("a1", gaz.admin1_code[row]) if gaz.admin1_code[row] else ("cc", gaz.cc[row])


def inside(gaz: Gazetteer, row: int, key: tuple[str, str]) -> bool:
    return gaz.cc[row] == key[1] if key[0] == "cc" else gaz.admin1_code[row] == key[1]
