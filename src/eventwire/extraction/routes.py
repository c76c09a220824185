"""Towns that name the ends of a road: "on the Abuja-Kaduna highway", "the road from Goma to Rutshuru".

An ambush or a kidnapping "on the Kabul-Jalalabad highway" happened somewhere along the road, not in
either city (one of which is often the dateline's). A road's ends are therefore the scene only when
the sentence names no better place, and then only near the town (ACLED's precision 2).
"""
from __future__ import annotations

import re

from ..records import Place

_ROAD = r"(?:highway|road|expressway|motorway|freeway|route|railway|rail line|railroad|corridor|axis|trunk road)s?"
# "abuja-kaduna highway": a name, a dash, a name, the road word
_FIRST_END = re.compile(r"\s*[-–/]\s*[a-z][\w'’.]*(?:\s[a-z][\w'’.]*)?\s+" + _ROAD + r"\b")
_SECOND_END = re.compile(r"\s+" + _ROAD + r"\b")
_DASH_BEFORE = re.compile(r"[a-z][\w'’.]*\s*[-–/]\s*$")
# "the road from goma to rutshuru", "the highway linking x and y"
_LINKING = r"\s+(?:from|between|linking|connecting|joining)\s+(?:the\s+)?(?:(?:towns?|cities)\s+of\s+)?"
_ROUTE_FROM = re.compile(_ROAD + _LINKING + r"$")
_ROUTE_TO = re.compile(_ROAD + _LINKING + r"[a-z][\w'’.-]*(?:\s[a-z][\w'’.-]*){0,2}\s+(?:to|and|with)\s+(?:the\s+)?$")


def is_route_end(text: str, place: Place) -> bool:
    """Whether `place` is written as one end of a road. `text` is the article lowercased (offsets kept)."""
    before = text[max(0, place.start - 80):place.start]
    if _FIRST_END.match(text, place.end):
        return True
    if _DASH_BEFORE.search(before) and _SECOND_END.match(text, place.end):
        return True
    return bool(_ROUTE_FROM.search(before) or _ROUTE_TO.search(before))
