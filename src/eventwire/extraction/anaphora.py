"""Places named again by a common noun: "protested in the city", "fighting near the capital".

Wire copy names a city once and then calls it "the city", "the town" or "the capital". ACLED
codes such an event at the city the article named last (or where the story was filed, which
the dateline names), not at no place at all.
"""
from __future__ import annotations

import re

from ..records import Article, Place

_SHORT_REPORT = 5
# "in the city", "near the town", "the capital": a definite place noun, not "the town of X"
_PLACE_NOUN = re.compile(r"\b(?:in|near|outside|around|across|into|at|of|to|on)\s+the\s+(city|town|capital|village)"
                         r"\b(?!\s+of\b)")


def referred_place(article: Article, lower: str, start: int, end: int) -> Place | None:
    """The town that "the city" (or "the town", "the capital", "the village") in text[start:end] names:
    the last one named before it, the dateline's included; None when there is none or no such noun."""
    if len(article.sentences) <= _SHORT_REPORT:
        return None            # a note or a brief tells one scene: its first town serves (events.py)
    noun = _PLACE_NOUN.search(lower, start, end)
    if noun is None:
        return None
    before = [p for p in article.places if p.start < noun.start() and p.latitude is not None
              and not p.is_country and not p.is_admin1 and p.feature_code != "DEMONYM" and p.feature_class == "P"]
    if noun.group(1) == "capital":
        before = [p for p in before if p.feature_code == "PPLC"]
    return before[-1] if before else None
