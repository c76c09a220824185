"""Who befell an incident: the rare words named beside its trigger, by which an article tells it again.

A news article tells one killing or kidnapping several times and names its victim each time:
"Mayor X was kidnapped on Friday ... X's body showed signs of torture ... X was kidnapped while
travelling down the river". The later tellings may name another day (the day the body was found)
or another place (where the victim was travelling), so day and place cannot link them; the
victim's name can. A name is told by a rare word (a surname, "Jesuit"), not an everyday one
("priest", "mayor"), and never a place the article uses as a place ("in Medellin") nor the
attacker's name: two bombings in one city or by one group are two incidents.
"""
from __future__ import annotations

from functools import lru_cache

from ..records import Article, Event
from .compiled import compile as rx_compile
from .word_frequency import rarer_than

_RARE = 3.3                 # Zipf frequency below which an English word is rare enough to name someone
_BEFORE, _AFTER = 60, 60    # characters either side of the trigger, inside its sentence
_WORD = rx_compile(r"[a-z][a-z'-]{3,}")
# "by unidentified men": the words after "by" name the attacker, not the victim
_BY = rx_compile(r"\bby\b")
# "a cattleman", "another landowner": a word that takes an indefinite article names a trade, not a person
_COMMON_NOUN = rx_compile(r"\b(?:a|an|another|one) ([a-z][a-z'-]{3,})\b")
# the deed's own words ("kidnappers", "kidnappings") name no one
_DEED = rx_compile(r"(?:kidnap|abduct|murder|assassin|massacr|kill|bomb|attack|hostage|captor)")
# "mutilated", "bullet-riddled": what was done to the victims, not who they were
_PARTICIPLE = rx_compile(r"[a-z'-]+(?:ated|ded|ied|led|red|ted)$")
# "in Medellin", "near the town of Tuluá", "the villages of X": the word is a place in this article
_PLACE_USE = rx_compile(r"\b(?:(?:in|at|near|outside|from|into|towards?) (?:the (?:town|city|village|department|"
                        r"province) of )?|(?:villages?|towns?|cities|city|districts?|provinces?|departments?|"
                        r"municipalit(?:y|ies)) of )([a-z][a-z'-]{3,})\b")


@lru_cache(maxsize=65536)
def _rare(word: str) -> bool:
    return rarer_than(word.strip("'-"), _RARE)


def not_victims(article: Article, low: str, events: list[Event]) -> frozenset[str]:
    """Words of this article that name no victim: its dateline and agency, its attackers ("ELN", "Tupac
    Amaru"), its nationalities and countries ("Salvadoran"), names it reads as places it cannot place, the
    places it puts something in ("in Medellin"), and trades ("a cattleman")."""
    spans = [(e.start, e.end) for event in events for e in event.evidence if e.field == "actor1"]
    spans += [(p.start, p.end) for p in article.places
              if p.is_country or p.feature_code == "DEMONYM" or p.latitude is None]
    if article.dateline is not None:
        spans.append((0, article.dateline.span.end))
    words = {m.group() for a, b in spans for m in _WORD.finditer(low, a, b)}
    words.update(m.group(1) for m in _PLACE_USE.finditer(low))
    words.update(m.group(1) for m in _COMMON_NOUN.finditer(low))
    return frozenset(words)


def victim_words(low: str, event: Event, start: int, end: int, excluded: frozenset[str]) -> frozenset[str]:
    """The rare words beside the trigger at `start`..`end` (inside `event`'s sentence) that may name its
    victim: not after "by" (the attacker), not among the article's `excluded` words (`not_victims`)."""
    lo = max(event.sentence_start, start - _BEFORE)
    hi = min(event.sentence_end, end + _AFTER)
    by = _BY.search(low, end, hi)
    hi = by.start() if by else hi
    return frozenset(m.group() for m in _WORD.finditer(low, lo, hi)
                     if m.group() not in excluded and not _DEED.match(m.group()) and not _PARTICIPLE.match(m.group())
                     and _rare(m.group()))
