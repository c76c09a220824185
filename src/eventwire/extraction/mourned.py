"""The toll told by a funeral: "Hundreds attended the funerals on Thursday of seven policemen killed when gunmen
ambushed their vehicle ... The officers were returning from a patrol near Kalat when the attackers opened fire on
Wednesday evening."

A funeral is no incident (reportable.py), but a story that opens on one often gives the dead only there and tells
the incident itself next, with its day and no toll. ACLED codes the incident with its dead, so an event with no toll
takes the numbered dead of the funeral told just before it, when no other incident is coded from that sentence.
"""
from __future__ import annotations

import re

from ..records import Article, Event, Evidence
from .numbers import count_fatalities

_FUNERAL_OF_KILLED = re.compile(r"\b(?:funerals?|burials?|buried|mourn\w*|laid to rest)\b[^.;]{0,80}?\b(?:killed|"
                                r"slain|shot dead|died)\b", re.IGNORECASE)


def toll_of_the_mourned(article: Article, built: list[Event]) -> None:
    """Each event with no toll takes the numbered dead of a funeral told in the sentence before its own."""
    for event in built:
        if event.fatalities:
            continue
        before = [s for s in article.sentences if s.end <= event.sentence_start]
        if not before:
            continue
        sentence = before[-1]
        if any(sentence.start <= other.sentence_start < sentence.end for other in built):
            continue            # that sentence is an incident's own
        text = article.text[sentence.start:sentence.end]
        if not _FUNERAL_OF_KILLED.search(text):
            continue
        count = count_fatalities(text.lower(), default_for_unnumbered=False)
        if count is None or not count.value:
            continue
        event.fatalities = count.value
        start, end = sentence.start + count.start, sentence.start + count.end
        event.evidence.append(Evidence("fatalities", start, end, article.text[start:end]))
