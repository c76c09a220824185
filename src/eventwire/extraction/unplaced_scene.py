"""Whether a story names its scene with a place cue the gazetteer could not place.

"In Kenya's Zuzuland county", "the village of Tiabewel": the words say a place is named even when no index
knows it. The dateline city is where the reporter filed from, so such a story must not be put there; the
event keeps the coarser unit the article gives (its province or country).
"""
from __future__ import annotations

from ..geo.cues import STOP_NAMES
from ..records import Article
from .compiled import compile as rx_compile

# a capitalised name after a town word and "of", or before a small area word (not "Islamic State": capital S)
_CUED_NAME = rx_compile(r"\b(?:town|village|city|hamlet|settlement|district|locality)s? of (?P<a>[A-Z][\w'’-]+)"
                        r"|\b(?P<b>[A-Z][\w'’-]+) (?:state|province|region|governorate|county|district)\b")


def names_unplaced_scene(article: Article) -> bool:
    """A name the story gives a place by its cue words, after the dateline, that no found place covers."""
    if article.dateline is None or article.lowercased or article.caps:
        return False        # caseless text cannot tell a name from a word by its capital
    text = article.text
    spans = [(p.start, p.end) for p in article.places]
    for hit in _CUED_NAME.finditer(text, article.dateline.span.end):
        group = "a" if hit.group("a") else "b"
        a, b = hit.span(group)
        if hit.group(group).lower() in STOP_NAMES or any(s < b and a < e for s, e in spans):
            continue
        return True
    return False
