"""Towns that name the ends of a road: "on the Abuja-Kaduna highway", "the road from Goma to Rutshuru".

An ambush or a kidnapping "on the Kabul-Jalalabad highway" happened somewhere along the road, not in
either city (one of which is often the dateline's). A road's ends are therefore the scene only when
the sentence names no better place, and then only near the town (ACLED's precision 2).
"""
from __future__ import annotations

from ..records import Place
from .compiled import compile as rx_compile

_ROAD = r"(?:highway|road|expressway|motorway|freeway|route|railway|rail line|railroad|corridor|axis|trunk road)s?"
# "abuja-kaduna highway": a name, a dash, a name, the road word
_ANY_ROAD = rx_compile(r"\b" + _ROAD + r"\b")
_FIRST_END = rx_compile(r"\s*[-–/]\s*[a-z][\w'’.]*(?:\s[a-z][\w'’.]*)?\s+" + _ROAD + r"\b")
_SECOND_END = rx_compile(r"\s+" + _ROAD + r"\b")
_DASH_BEFORE = rx_compile(r"[a-z][\w'’.]*\s*[-–/]\s*$")
# "the road from goma to rutshuru", "the highway linking x and y"
_LINKING = r"\s+(?:from|between|linking|connecting|joining)\s+(?:the\s+)?(?:(?:towns?|cities)\s+of\s+)?"
_ROUTE_FROM = rx_compile(_ROAD + _LINKING + r"$")
_ROUTE_TO = rx_compile(_ROAD + _LINKING
                       + r"[a-z][\w'’.-]*(?:\s[a-z][\w'’.-]*){0,2}\s+(?:to|and|with)\s+(?:the\s+)?$")


_ROAD_IN = rx_compile(_ROAD + r"\s+in\s+(?:the\s+)?$")


def holds_the_road(text: str, place: Place) -> bool:
    """"the Sahm el-Golan - Shajara road in Daraa": the place named right after the road is the area it runs
    through, even when a town shares the area's name."""
    return _ROAD_IN.search(text, max(0, place.start - 40), place.start) is not None


def is_route_end(text: str, place: Place) -> bool:
    """Whether `place` is written as one end of a road. `text` is the article lowercased (offsets kept)."""
    if _ANY_ROAD.search(text, max(0, place.start - 80), place.end + 60) is None:
        return False        # no road word near: the common case, answered by one scan
    before = text[max(0, place.start - 80):place.start]
    if _FIRST_END.match(text, place.end):
        return True
    if _DASH_BEFORE.search(before) and _SECOND_END.match(text, place.end):
        return True
    return bool(_ROUTE_FROM.search(before) or _ROUTE_TO.search(before))
