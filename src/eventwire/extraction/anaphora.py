"""Places and days named again: "protested in the city", "fighting near the capital", "also took place".

Wire copy names a city once and then calls it "the city", "the town" or "the capital". ACLED
codes such an event at the city the article named last (or where the story was filed, which
the dateline names), not at no place at all.
"""
from __future__ import annotations

from ..codebook import EXPLOSIONS, PROTESTS, RIOTS, TIME_DAY, VAC
from ..records import Article, Event, Place
from .compiled import compile as rx_compile

# "in the city", "near the town", "the capital": a definite place noun, not "the town of X"
_PLACE_NOUN = rx_compile(r"\b(?:in|near|outside|around|across|into|at|of|to|on)\s+the\s+(city|town|capital|village)"
                         r"\b(?!\s+of\b)")


# the fewest people a place "the city" names is likely to hold, when a larger place is among those named before
_CITY_SIZE = 10_000
# "the town of Walikale": a town the gazetteer lacks, placed at its province, is still the town meant later
_TOWN_OF = rx_compile(r"\b(?:town|city|village)\s+of\s+$")
# "soldiers retreated towards Kisangani": where people went, not where anything happened; "food for families
# displaced from El Fasher": where they came from, neither
DESTINATION = rx_compile(r"\b(?:towards?|(?:fled|retreated|withdrew|headed|moved|pulled back|evacuated)\s+(?:\w+\s+)?"
                         r"(?:to|into)|(?:displaced|fled|fleeing|escaped|evacuated|expelled|deported|uprooted)\s+"
                         r"from)\s+(?:the\s+)?(?:\w+\s+)?$")


def referred_place(article: Article, lower: str, start: int, end: int) -> Place | None:
    """The town that "the city" (or "the town", "the capital", "the village") in text[start:end] names:
    the last one named before it, the dateline's included; None when there is none or no such noun."""
    if article.is_brief:
        return None            # a note or a brief tells one scene: its first town serves (events.py)
    noun = _PLACE_NOUN.search(lower, start, end)
    if noun is None:
        return None
    before = [p for p in article.places if p.start < noun.start() and p.latitude is not None
              and not p.is_country and not p.is_admin1 and p.feature_code != "DEMONYM"
              and (p.feature_class == "P" or _TOWN_OF.search(lower, max(0, p.start - 12), p.start))
              and not DESTINATION.search(lower, max(0, p.start - 20), p.start)]
    if noun.group(1) == "capital":
        before = [p for p in before if p.feature_code == "PPLC"]
    elif noun.group(1) == "city":
        # "a raid in the city": a city, not a hamlet of the same spelling as a name told since ("Ovidio Guzman")
        before = [p for p in before if not 0 < (p.population or 0) < _CITY_SIZE] or before
    return before[-1] if before else None


# "Protests also took place in Mombasa": the same day as what the article told before
_ALSO = rx_compile(r"\balso\b")


def also_that_day(events: list[Event]) -> None:
    """An event told with "also" and no day of its own, of the type of the event told just before it,
    happened on that event's day (wire copy says "also" for more of the same news), not on the day of
    publication."""
    for before, event in zip(events, events[1:]):
        if event.time_precision == TIME_DAY or event.dated_by_text():
            continue
        if before.time_precision != TIME_DAY or not before.event_date or before.country != event.country \
                or _kind(before) != _kind(event):
            continue          # more of the same news: "Protests also took place in ..." after a protest
        if _ALSO.search(event.notes.lower()) is None:
            continue
        event.event_date, event.time_precision = before.event_date, before.time_precision
        event.date_text, event.date_resolved = before.date_text, before.date_resolved


def _kind(event: Event) -> str:
    """Protests and riots are one kind of news here: "protests also took place" after a riot; so are the deeds
    of one raid: "the rebels also attacked the town hall" after a killing, a bombing or a burning."""
    if event.event_type in (VAC, EXPLOSIONS) or event.sub_event_type == "Looting/property destruction":
        return "violence"
    return PROTESTS if event.event_type == RIOTS else event.event_type

