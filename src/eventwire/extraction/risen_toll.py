"""A toll updated later in the article, by the place of the incident: "The death toll in Ganja has risen to nine".

Live pages and running stories tell an incident's first count in one entry and its risen count in a later one, often
with other entries between. ACLED codes the incident once, with the count its sources settle on; a risen toll
replaces the first count (the most conservative figure is for sources that disagree, not for a count updated).
The update names the incident's place, so it belongs to the one event at that place, not to the war's tally.
"""
from __future__ import annotations

import re

from ..records import Article, Event, Evidence
from .numbers import count_fatalities

# "the death toll in Ganja has risen to nine", "the toll in the city rose to 12": one place's count, updated
# (not "the toll in the country has risen to 300", a war's tally)
_RISEN = re.compile(r"\b(?:death )?toll (?:in|at|from) (?!the (?:country|region|war|conflict|province|state|north|"
                    r"south|east|west)\b)(?:[\w'-]+ ){1,4}?(?:has |have )?(?:risen|rose|climbed|increased|jumped) to\b",
                    re.IGNORECASE)


def risen_tolls(article: Article, built: list[Event]) -> None:
    """Raise an event's toll to the count a later sentence gives for the event's place."""
    for sentence in article.sentences:
        rise = _RISEN.search(article.text, sentence.start, sentence.end)
        if rise is None:
            continue
        named = {p.resolved_name for p in article.places if rise.start() <= p.start < rise.end() and p.resolved_name}
        at = [e for e in built if e.location in named and e.sentence_start < sentence.start]
        if len(at) != 1:
            continue
        count = count_fatalities(article.text[sentence.start:sentence.end], default_for_unnumbered=False)
        if count is None or count.value is None or count.value <= (at[0].fatalities or 0):
            continue
        at[0].fatalities = count.value
        start, end = sentence.start + count.start, sentence.start + count.end
        at[0].evidence.append(Evidence("fatalities", start, end, article.text[start:end]))
