"""The town the body names for an incident its lead placed only by country or region.

A wire lead often places an incident loosely ("in a wildlife reserve in northern Benin", "an army post in Togo's far
north") and the next sentences, elaborating it, name the town or village ("about 30 km from the town of Karimama",
"The post at Kpinkankandi, a village in Kpendjal prefecture"). ACLED codes the most precise place the report gives.
So in a wire story (a dateline, more than a brief), an event placed no finer than a region takes the one town the
next two sentences name in its country, when those sentences tell no incident of their own; a village the gazetteer
lacks is kept by its name, at the region's coordinates (precision 2).
"""
from __future__ import annotations

import re

from ..codebook import GEO_NEAR, GEO_REGION, GEO_TOWN
from ..records import Article, Event, Evidence, Place

_REACH = 1
# "Kpendjal prefecture", "Nduga regency": an area's name, not a town's
_AREA_AFTER = re.compile(r"\s+(?:prefecture|province|region|regency|district|state|county|department|governorate|"
                         r"territory|oblast|division)\b", re.IGNORECASE)
# "flown to Paro", "fled to the town of X", "from the town of X": where people went or came from
_MOVED = re.compile(r"\b(?:to|towards|into|(?<!km )(?<!kilometres )(?<!kilometers )(?<!miles )from)\s+"
                    r"(?:the\s+(?:town|city|village)\s+of\s+)?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s\b")      # "Moscow's war effort": a government, not a scene
_NEAR = re.compile(r"\b(?:near|outside|close to|from|of)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$",
                   re.IGNORECASE)


def lead_town(article: Article, built: list[Event]) -> None:
    if article.dateline is None or article.is_brief:
        return
    for event in built:
        if event.location and event.location != event.country and event.geo_precision != GEO_REGION:
            continue
        first = next((k for k, s in enumerate(article.sentences) if s.start <= event.sentence_start < s.end), None)
        if first is None or _towns(article, article.sentences[first], event):
            continue        # its own sentence names a town it did not take: not for this rule to overrule
        for sentence in article.sentences[first + 1:first + 1 + _REACH]:
            if any(other is not event and sentence.start <= other.sentence_start < sentence.end for other in built):
                break       # the sentence tells an incident of its own
            towns = _towns(article, sentence, event)
            if len({p.resolved_name or p.name for p in towns}) == 1:
                _place_at(article, event, towns[0])
                break
    _same_place(article, built)


# "found a third device buried on the same track": the place of the incident told before
_SAME_PLACE = re.compile(r"\b(?:on|along|at|in|near) the same (?:road|track|route|highway|street|spot|site|place|area|"
                         r"village|town|stretch)\b", re.IGNORECASE)
_PLACE_FIELDS = ("location", "admin1", "admin2", "admin3", "country", "iso3", "latitude", "longitude", "geonameid",
                 "geo_precision")


def _same_place(article: Article, built: list[Event]) -> None:
    for before, event in zip(built, built[1:]):
        if event.location or not before.location \
                or not _SAME_PLACE.search(article.text, event.sentence_start, event.sentence_end):
            continue
        for name in _PLACE_FIELDS:
            setattr(event, name, getattr(before, name))


def _towns(article: Article, sentence, event: Event) -> list[Place]:
    end = article.dateline.span.end if article.dateline is not None else 0
    return [p for p in article.places if sentence.start <= p.start < sentence.end and p.start >= end
            and not p.is_country and not p.is_admin1 and p.feature_code != "DEMONYM"
            and (p.feature_class in (None, "P")) and p.name[:1].isupper()
            and (p.resolved_name is None or p.country == event.country)
            and not _AREA_AFTER.match(article.text, p.end) and not _POSSESSIVE.match(article.text, p.end)
            and not _MOVED.search(article.text, max(sentence.start, p.start - 30), p.start)]


def _place_at(article: Article, event: Event, town: Place) -> None:
    event.location = town.resolved_name or town.name
    if town.resolved_name is not None and town.latitude is not None:
        event.admin1, event.admin2 = town.admin1 or event.admin1, town.admin2 or ""
        event.latitude, event.longitude, event.geonameid = town.latitude, town.longitude, town.geonameid
        near = _NEAR.search(article.text, max(0, town.start - 30), town.start) is not None
        event.geo_precision = GEO_NEAR if near else GEO_TOWN
    else:
        event.geo_precision = GEO_NEAR      # a village the gazetteer lacks, at its region's coordinates
    event.evidence.append(Evidence("location", town.start, town.end, article.text[town.start:town.end]))
