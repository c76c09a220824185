"""Several towns named as the scenes of one sentence's violence: one event each.

Wire and radio copy packs a round of incidents into a sentence: "rebels attacked police posts in
A, B and C", "sabotage was reported in the A and B neighbourhoods", "they entered several villages,
among them A, B and C". ACLED codes an event per location and day, so each listed town is a scene
of its own. A list is towns joined only by commas and "and", holding an "and" (a bare "A, B" is
as often a town and its district), opened by a locative word ("in", "at", "among them"; a first name
the gazetteer lacks may stand between) or closed by a plural place noun ("the A and B districts").
"One in A and another in B" counts them out one by one. "Between A and B" names a road or a front, one
scene, and "the city's A and B districts" the city; "from A to B" is no list at all. A coder's note (no
dateline) tells one event, so the caller asks only of wire copy.
"""
from __future__ import annotations

from ..records import Place
from .compiled import compile as rx_compile

_JOINT = rx_compile(r"\s*(?:,|and|, and|,\s*and)\s*(?:(?<=and )in\s+(?:the\s+)?(?:[a-z]+ern\s+)?)?")
# "in A, B and other towns", "in A, B, among others": the list goes on beyond the names
_AND_OTHERS = rx_compile(r",?\s+(?:and (?:other|several|many) (?:\w+ )?(?:towns|villages|cities|places|areas|"
                         r"localities|municipalities|districts|departments|provinces|neighbou?rhoods)|among others)\b")
# "one in A and another in B", "one went off in A, while the other exploded at B": the incidents counted out one
# by one, each at its own town
_ONE_BY_ONE = rx_compile(r",?\s*(?:and\s+|while\s+|whereas\s+)?(?:another|the other|a second|the second|one more)"
                         r"(?:\s+[a-z-]+){0,4}?\s+(?:in|at|near|outside)\s+(?:the\s+)?"
                         r"(?:(?:town|village|city|port) of\s+)?")
_OPENED = rx_compile(r"(?:\bin|\bat|\bover|\bamong them|\bincluding|\bsuch as)\s+(?:the\s+)?(?:\w+,?\s+)?$")
# "hit the city's A and B districts": parts of the one city told before, one scene
_CITYS = rx_compile(r"\bthe (?:city|capital|town)(?:'s|\u2019s| s)\s+$")
_BETWEEN = rx_compile(r"\bbetween\s+(?:the\s+)?(?:\w+\s+)?$")
_CLOSED = rx_compile(r"\s+(?:towns|villages|cities|districts|municipalities|neighbou?rhoods|areas|localities|"
                     r"settlements|communities|sectors|hamlets|cantons|suburbs|regions|provinces|oblasts)\b")


def listed_scenes(text: str, places: list[Place]) -> list[Place]:
    """The places of the first list of two or more scenes among `places` (towns or provinces, spans into
    `text`, lowercased), in the order named; [] when the sentence lists none."""
    ordered = sorted(places, key=lambda p: p.start)
    chain: list[Place] = []
    for place in ordered:
        if chain and (_JOINT.fullmatch(text[chain[-1].end:place.start])
                      or _ONE_BY_ONE.fullmatch(text[chain[-1].end:place.start])):
            chain.append(place)
            continue
        if _is_list(text, chain):
            return chain
        chain = [place]
    return chain if _is_list(text, chain) else []


def _is_list(text: str, chain: list[Place]) -> bool:
    if len(chain) < 2:
        return False
    if not any("and" in text[a.end:b.start] or _ONE_BY_ONE.fullmatch(text[a.end:b.start])
               for a, b in zip(chain, chain[1:])) and not _AND_OTHERS.match(text, chain[-1].end):
        return False
    before = text[max(0, chain[0].start - 30):chain[0].start]
    if _BETWEEN.search(before) or _CITYS.search(before):
        return False
    return bool(_OPENED.search(before) or _CLOSED.match(text, chain[-1].end))


# "burned a bus in A and destroyed a bridge near B": a second deed with a scene of its own joined by "and"
_DEED_JOINT = rx_compile(r",?\s+and\s+(?:also\s+|then\s+)?(?:burned|burnt|destroyed|torched|dynamited|sabotaged|"
                         r"looted|ransacked|robbed|set fire to|set|blew up|attacked|raided)\b[^,.;]{0,60}?"
                         r"\b(?:in|near|at|outside)\s+(?:the\s+)?(?:(?:town|village|city) of\s+)?$")
_AT = rx_compile(r"\b(?:in|near|at|outside)\s+(?:the\s+)?(?:(?:town|village|city) of\s+)?$")


def deed_scenes(text: str, places: list[Place]) -> list[Place]:
    """The towns of deeds told one after the other, each with its own place ("set fire to a bus in A and
    destroyed a bridge near B"): one scene each; [] when the sentence tells no such pair."""
    ordered = sorted(places, key=lambda p: p.start)
    for a, b in zip(ordered, ordered[1:]):
        if _AT.search(text, max(0, a.start - 30), a.start) and _DEED_JOINT.match(text, a.end, b.start):
            return [a, b]
    return []
