"""The screen before geo: an article the classifier codes nowhere cannot tell an event.

Events come only from the clauses `classify_sentence` codes (`events.extract_events`), and a sentence is cut
into clauses only where a clause after a joint codes (`two_deeds.may_split`). Both are read from the text
alone, so before geo runs it is known whether an article can yield an event at all. Most of a day's news
(sport, markets, politics) cannot; for those, geo, the costliest stage, and extraction are skipped, and the
article comes back with no places and no events, exactly the events it would have had.
"""
from __future__ import annotations

from ..normalize.reading import reading_text
from ..records import Article
from .classify import classify_sentence
from .events import tells_demonstrations
from .two_deeds import may_split


def tells_no_event(article: Article) -> bool:
    """True when no sentence of the article, nor any clause `deed_clauses` could cut from one, is coded, and no
    coder's crowd-size tag tells a demonstration."""
    lower = reading_text(article)
    if "[size" in lower:
        return False      # a coder's note that sizes a crowd tells a demonstration (events.py, size_tag.py)
    protest_context = tells_demonstrations(lower)
    scenes = article.tells_scenes
    for sentence in article.sentences:
        s = lower[sentence.start:sentence.end]
        if classify_sentence(s, protest_context, scenes) is not None or may_split(s, protest_context, scenes):
            return False
    return True
