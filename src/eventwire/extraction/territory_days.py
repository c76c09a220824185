"""One change of territory, told twice: "Troops have recaptured the town of Kyaukme ... Troops regained full control
of the town on Sunday".

A lead often tells a capture or a retaking in the perfect, with no day ("the armed forces have retaken the town of
Sebba"), and the next sentences tell it again with its day ("units entered Sebba on Wednesday", "regained full
control of the town on Sunday"). ACLED codes the change once, on the day it was completed, at the town. So an
undated territory event at a town takes the day a following sentence gives to the same town (named, or "the
town"), and a second event of the same sub-type that is only that retelling (dated, placed at the town or no finer
than its country or province) is folded into it, its toll with it.
"""
from __future__ import annotations

import re

from ..codebook import GEO_REGION, TIME_DAY
from ..records import Article, Event, Evidence
from .dates import find_dates

_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                        "Non-violent transfer of territory"})
_REACH = 3          # sentences after the lead's where its retelling may stand
# what taking a town is told by: "entered Sebba", "regained full control of the town", "took the town"
_TAKING = re.compile(r"\b(?:entered|took (?:full )?control of|(?:re)?gained (?:full )?control (?:of|over)|"
                     r"captured|recaptured|seized|retook|took|liberated|overran|moved into|marched into)\s+"
                     r"(?:the\s+(?:town|city|village)\s+of\s+)?", re.IGNORECASE)
_THE_TOWN = re.compile(r"the\s+(?:town|city|village)\b", re.IGNORECASE)


def territory_days(article: Article, built: list[Event]) -> list[Event]:
    """The territory events of `built` dated and joined as above; the retellings folded in are left out."""
    if article.published is None:
        return built
    folded: set[int] = set()
    for event in built:
        # (a lead dated only by the report's own day, "the general staff announced this morning", is undated too)
        if event.sub_event_type not in _TERRITORY or not event.location or event.geo_precision == GEO_REGION \
                or event.dated_by_text() and event.event_date != article.published.isoformat():
            continue
        later = [s for s in article.sentences if s.start > event.sentence_start][:_REACH]
        for sentence in later:
            day = _day_of_taking(article, sentence, event.location)
            if day is None:
                continue
            event.event_date, event.time_precision = day.value.isoformat(), TIME_DAY
            event.date_text, event.date_resolved = day.text, True
            event.evidence.append(Evidence("event_date", sentence.start + day.start, sentence.start + day.end,
                                           article.text[sentence.start + day.start:sentence.start + day.end]))
            for other in built:
                if other is not event and other.sub_event_type == event.sub_event_type \
                        and sentence.start <= other.sentence_start < sentence.end and _coarser(other, event):
                    event.fatalities = max(event.fatalities or 0, other.fatalities or 0)
                    folded.add(id(other))
            break
    return [e for e in built if id(e) not in folded]


def _coarser(other: Event, event: Event) -> bool:
    """The retelling placed at the town itself ("the town"), no finer than its province or country, or nowhere."""
    if not other.location or other.location == event.location:
        return True
    return other.country == event.country and other.location != event.location \
        and ((other.geo_precision or 0) >= GEO_REGION or other.location == other.country)


def _day_of_taking(article: Article, sentence, town: str):
    """The day the sentence gives to taking `town` (named, or "the town"), or None."""
    text = article.text[sentence.start:sentence.end]
    for taking in _TAKING.finditer(text):
        rest = text[taking.end():taking.end() + 60]
        if not (rest.lower().startswith(town.lower()) or _THE_TOWN.match(rest)):
            continue
        days = [d for d in find_dates(text.lower(), article.published)
                if d.value is not None and d.precision == TIME_DAY and d.value <= article.published]
        return days[0] if len(days) == 1 else None
    return None
