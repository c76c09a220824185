"""The town told in the sentence after the lead: "Armed youths raided cattle camps in Lakes state on Saturday ...
The attackers struck camps near the town of Rumbek before dawn."

Wire leads place an incident by its province; the next sentence, telling the same incident again (it opens on the
attackers or the attack), names the town. ACLED codes the most precise place the report gives, so an event placed
only at a province takes that town when it lies in the same province and the sentence tells no incident of its own.
"""
from __future__ import annotations

import re

from ..codebook import GEO_NEAR, GEO_REGION, GEO_TOWN
from ..records import Article, Event, Evidence, Place

# the sentence opens on the incident's doers or on the incident itself
_BACK = re.compile(r"\W*(?:the|those|these)\s+(?:\w+\s+)?(?:attackers|gunmen|assailants|militants|raiders|fighters|"
                   r"insurgents|jihadists|attack|raid|assault|ambush|strike|blast|explosion)\b|\W*they\b",
                   re.IGNORECASE)
_NEAR = re.compile(r"\b(?:near|outside|close to|on the outskirts of|around)\s+(?:the\s+)?(?:\w+\s+)?(?:of\s+)?$",
                   re.IGNORECASE)


def town_told_next(article: Article, built: list[Event]) -> None:
    """Each event placed only at a province takes the town the next sentence names when that sentence retells it."""
    for event in built:
        if event.geo_precision != GEO_REGION or not event.admin1:
            continue
        following = next((s for s in article.sentences if s.start >= event.sentence_end), None)
        if following is None or not _BACK.match(article.text, following.start, following.end):
            continue
        if any(other is not event and following.start <= other.sentence_start < following.end for other in built):
            continue            # the sentence tells an incident of its own
        town = _town_in(article, following.start, following.end, event)
        if town is not None:
            _place_at_town(article, event, town)


def _town_in(article: Article, start: int, end: int, event: Event) -> Place | None:
    """The one town of the event's province that the sentence names."""
    towns = [p for p in article.places if start <= p.start < end and p.feature_class == "P" and p.latitude is not None
             and not p.is_country and not p.is_admin1 and p.country == event.country and p.admin1 == event.admin1]
    return towns[0] if len(towns) == 1 else None


def _place_at_town(article: Article, event: Event, town: Place) -> None:
    event.location = town.resolved_name or town.name
    event.admin1, event.admin2 = town.admin1 or event.admin1, town.admin2 or ""
    event.latitude, event.longitude, event.geonameid = town.latitude, town.longitude, town.geonameid
    near = _NEAR.search(article.text, max(0, town.start - 30), town.start) is not None
    event.geo_precision = GEO_NEAR if near else GEO_TOWN
    event.evidence.append(Evidence("location", town.start, town.end, article.text[town.start:town.end]))
