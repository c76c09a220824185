"""A lead that sums up several scenes the article then lists: "militants attacked army posts in three towns
in central Mali, killing at least 20 soldiers ... The assailants struck posts in Boni, Hombori and Douentza".

ACLED codes one event per place and day, so the towns listed are the events; the lead, placed only in the
region that holds them, is their sum and no event of its own. Its toll covers them all: the towns whose
own toll the article tells keep it, and what remains of the lead's toll is shared among the others
(ACLED's "N fatalities split between M events"); never counted twice. So is a later telling that points
back at them in the plural with no place of its own ("the army said it had repelled the attacks").
Its named attacker names the listed events' attacker when they have none.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..codebook import GEO_REGION, interaction_code
from ..records import Article, Event, Evidence
from .numbers import number_value
from .compiled import compile as rx_compile


@dataclass
class SceneSet:
    """The events of one sentence's list of places, and the summaries whose tolls they share."""

    scenes: list             # Mentions, one per listed place
    summaries: list          # Mentions that sum the scenes up


def scene_sets(mentions: list, family: Callable[[Event], str]) -> list[SceneSet]:
    """The sentences whose events list two places or more, each with the mentions that only sum them up.
    `mentions` are assemble's Mentions in article order; `family` its type family of an event."""
    by_sentence: dict[int, list] = {}
    for m in mentions:
        by_sentence.setdefault(m.event.sentence_start, []).append(m)
    sets = []
    taken: set[int] = set()
    for start, told in by_sentence.items():
        if len({m.event.location for m in told if m.event.location}) < 2 or len(told) != len(
                {m.event.location for m in told}):
            continue
        kind = family(told[0].event)
        if any(family(m.event) != kind for m in told):
            continue
        summaries = [m for m in mentions if id(m) not in taken and m.event.sentence_start != start
                     and family(m.event) == kind and _sums_up(m, told)]
        if summaries:
            taken.update(id(m) for m in summaries)
            sets.append(SceneSet(told, summaries))
    return sets


def _sums_up(m, scenes: list) -> bool:
    """A lead before the list placed only in a region holding every scene, on their day; or a telling after it
    that points back at them in the plural ("the attacks") with no place or day of its own."""
    event, first = m.event, scenes[0].event
    if event.sentence_start < first.sentence_start:
        coarse = not m.own_place or event.geo_precision == GEO_REGION or event.latitude is None
        return coarse and all(_holds(event, s.event) for s in scenes) \
            and (not m.own_day or all(s.event.event_date == event.event_date for s in scenes))
    trigger = next((e.text.lower() for e in event.evidence if e.field == "event_type"), "")
    if m.refers_back and not m.own_place and not m.own_day and trigger.endswith("s"):
        return True
    # "Eighteen people were killed in Mambelenga and eight in Tchabi": the scenes' dead, told scene by scene
    named = {s.event.location for s in scenes if s.event.location and s.event.location in event.notes}
    return not m.own_day and len(named) >= 2


_GENERIC = ("Unidentified", "Opposition Rebels")     # who did it, told without a name


def _holds(area: Event, place: Event) -> bool:
    if not place.country:
        return True         # a village the gazetteer lacks: nothing says it lies elsewhere
    if not area.country or area.country != place.country:
        return not area.country
    return area.location in ("", area.country) or area.location in (place.admin1,) or area.admin1 == place.admin1


_DEAD = rx_compile(r"\b(?:killed|dead|died|deaths|bodies|fatalities)\b", re.IGNORECASE)


def _told_per_scene(text: str, later: list[tuple[int, int]], event: Event) -> bool:
    """"... killed in Mambelenga and eight in Tchabi", "Seven of the dead were in Mafa": a later sentence's count
    of the dead of this scene, set as its toll (`later`: the spans of the sentences after the list that tell
    deaths)."""
    if not event.location:
        return False
    said = re.compile(r"\b(?P<n>\d+|[a-z]+)\s+(?:[a-z]+\s+){0,4}?in\s+" + re.escape(event.location) + r"\b",
                      re.IGNORECASE)
    for start, end in later:
        found = said.search(text, start, end)
        value = number_value(found.group("n")) if found is not None else None
        if value is not None and found.group("n").lower() not in ("a", "an"):
            event.fatalities = value
            event.evidence.append(Evidence("fatalities", found.start("n"), found.end("n"), found.group("n")))
            return True
    return False


def share_tolls(scene_set: SceneSet, built: dict[int, Event], article: Article) -> None:
    """The summaries' toll shared among the listed events (`built`: the event each scene mention ended in,
    by the mention's id), and their named attacker given to those that name none."""
    events = [built[id(m)] for m in scene_set.scenes if id(m) in built]
    unique = list({id(e): e for e in events}.values())
    later = [(s.start, s.end) for s in article.sentences if s.start > scene_set.scenes[0].event.sentence_start
             and _DEAD.search(article.text, s.start, s.end)]
    for m, event in zip(scene_set.scenes, events):
        if not m.numbered_toll:
            m.numbered_toll = _told_per_scene(article.text, later, event)
    numbered = [m for m in scene_set.summaries if m.numbered_toll and m.event.fatalities]
    if numbered and unique:
        total = max(m.event.fatalities for m in numbered)
        told = [e for e, m in zip(events, scene_set.scenes) if m.numbered_toll]
        rest = [e for e in unique if all(e is not t for t in told)]
        left = total - sum(e.fatalities or 0 for e in {id(e): e for e in told}.values())
        if rest and left > 0:
            share, extra = divmod(left, len(rest))
            source = max(numbered, key=lambda m: m.event.fatalities).event
            toll = next((e for e in source.evidence if e.field == "fatalities"), None)
            for k, event in enumerate(rest):
                event.fatalities = share + (1 if k < extra else 0)
                if toll is not None:
                    event.evidence.append(Evidence(toll.field, toll.start, toll.end, toll.text))
    named = next((m.event for m in scene_set.summaries if m.event.actor1
                  and not m.event.actor1.startswith(_GENERIC)), None) or next(
        (m.event for m in scene_set.summaries if m.event.actor1 and not m.event.actor1.startswith("Unidentified")),
        None)
    if named is not None:
        for event in unique:
            if not event.actor1 or event.actor1.startswith(_GENERIC) and not named.actor1.startswith(_GENERIC):
                event.actor1, event.inter1 = named.actor1, named.inter1
                event.interaction = interaction_code(event.inter1, event.inter2)
                event.evidence.extend(e for e in named.evidence if e.field == "actor1")
