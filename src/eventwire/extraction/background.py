"""Background: the incidents an article recalls after its news, which ACLED does not code again.

A wire story tells its news, then the context: "In January, a similar raid killed seven
civilians", "a 2021 bombing near a school that killed 80", "the group has kidnapped dozens of
people this year", "more than 20 candidates have been killed since the campaign began". None
of these has a day of its own: they were coded when they were news, or they are tallies over a
period, not an incident. Read as news they add events dated to the day of publication or a
month, and lend their tolls and actors to the incident the story is about.
"""
from __future__ import annotations

from datetime import date

from ..codebook import TIME_DAY, TIME_MONTH, TIME_WEEK
from ..normalize.reading import lower_preserving
from ..records import Article, Event
from .compiled import compile as rx_compile

# "a 2021 bombing", "the 2014 abduction of": an incident named by its year
_YEAR_NAMED = rx_compile(r"\b(?:a|an|the|its|their|that|last)\s+((?:19|20)\d\d)(?:'s)?\s+(?:[\w-]+\s+){0,2}$")
# "has carried out", "have been killed", "has been gripped by": the present perfect at the trigger
_PRESENT_PERFECT = rx_compile(r"\b(?:has|have)\s+(?:\w+\s+){0,2}?(?:been\s+)?(?:\w+(?:ed|en|wn|ung|ught|ld)|become|"
                              r"sent|set|put|hit|shot|struck|led|fled|kept|built|cut|lost|left|spent)\b")
# "Kidnappings for ransom have become common in recent years": deeds named by a plural noun, the subject of
# the present perfect after them
_DEEDS_THEN_PERFECT = rx_compile(r"s\b(?:\s+[\w-]+){0,4}?\s+have\s+(?:\w+\s+)?(?:been|become|\w+ed)\b")
# what makes a present perfect a tally over a period rather than news of the day
# ("Kidnappings have surged in Haiti": a trend, told by its verb)
_TALLY = rx_compile(r"\b(?:since|this year|so far|to date|in recent (?:days|weeks|months|years)|over the (?:past|last)|"
                    r"many|dozens of|scores of|a (?:string|series|wave|spate) of|"
                    r"(?:surged|soared|risen|increased|spiked|multiplied|grown))\b")
_WINDOW = 40
# "the occupation of the palace in November 1985, when 100 people were killed", "in 1986 the editor was murdered",
# "civilians kidnapped more than five years ago": the deed's own clause puts it in an earlier year (a group "founded
# in 1985" dates the group, not the deed)
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_EARLIER_YEAR = rx_compile(r"(?<!founded )(?<!formed )(?<!created )(?<!established )(?<!born )(?<!since )"
                           r"\b(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:" + _MONTHS + r"\s+)?((?:19|20)\d\d)\b")
_YEARS_AGO = rx_compile(r"\b(?:(?:more than|over|nearly|almost|some|about)\s+)?(?:\d{1,2}|two|three|four|five|six|"
                        r"seven|eight|nine|ten|several|many)\s+years\s+ago\b")
_YEAR_REACH = 80            # characters either side of the trigger: its own clause, not the whole sentence
# developments that, told in the present perfect with no day after the news, say how things stand ("has deployed
# troops", "has set up bases"), not what happened that day
_STANDING = frozenset({"Change to group/activity", "Headquarters or base established"})
_PARTICIPLE = rx_compile(r"[a-z]+ing\b")
# "a similar raid", "an earlier attack": an incident told beside the news, to compare
_COMPARED = rx_compile(r"\b(?:similar|earlier|previous|prior|last|another|same)\b")


def news_only(article: Article, events: list[Event]) -> list[Event]:
    """The sentence-level events less the background told after the news: recollections are dropped
    before any merging, so they lend no toll, actor or place to the incident told before them."""
    long_article = not article.is_brief
    low = lower_preserving(article.text)       # once per article, offsets unchanged
    # a witness's words open a feature before its news: testimony wherever it stands
    events = [e for e in events if not (long_article and _testimony(article, e))]
    kept, recalled, recalled_day = events[:1], False, None
    for event in events[1:]:
        # "... killed more than 80 people since January 2025. Talks were suspended after those clashes.": the
        # incident recalled, pointed back at next, is still background
        again = recalled and not _own_day(event) and _points_back(low, event)
        # "... a wave of attacks unleashed in mid-July. Seven students kidnapped remain missing.": the date carried
        # from a recollection dates a recollection
        carried = recalled_day is not None and event.event_date == recalled_day and event.dated_by_text() \
            and not event.dated_by_text(own_sentence=True)
        recalled = again or carried or is_recollection(article, low, event, _own_day(event), long_article)
        recalled_day = event.event_date if recalled else None
        if not recalled:
            kept.append(event)
    return kept


_POINTING = rx_compile(r"\b(?:those|these|such)\s+(?:[\w-]+\s+)?$")


def _points_back(low: str, event: Event) -> bool:
    trigger = next((e for e in event.evidence if e.field == "event_type"), None)
    return trigger is not None and _POINTING.search(low, max(event.sentence_start, trigger.start - 25),
                                                    trigger.start) is not None


def _own_day(event: Event) -> bool:
    return event.time_precision == TIME_DAY and event.dated_by_text(own_sentence=True)


def is_recollection(article: Article, low: str, event: Event, own_day: bool, long_article: bool) -> bool:
    """An incident told as background (`low`: the article text lowercased once): named by an earlier
    year, a tally in the present perfect, or (in a long article) dated only to a month before the
    month of publication."""
    if own_day:
        return False
    trigger = next((e for e in event.evidence if e.field == "event_type"), None)
    if trigger is None:
        return False
    before = low[max(event.sentence_start, trigger.start - _WINDOW):trigger.start]
    named = _YEAR_NAMED.search(before)
    if named is not None and article.published is not None and int(named.group(1)) < article.published.year:
        return True
    if article.published is not None and _earlier_year(low, event, trigger, article.published.year):
        return True
    clause = low[event.sentence_start:trigger.end]
    perfect = _PRESENT_PERFECT.search(clause, max(event.sentence_start, trigger.start - _WINDOW)
                                      - event.sentence_start)
    if perfect is None:
        perfect = _DEEDS_THEN_PERFECT.match(low, trigger.end - 1, min(event.sentence_end, trigger.end + _WINDOW))
    if perfect is None and _PARTICIPLE.match(low, trigger.start) and low[:trigger.start].rstrip().endswith(","):
        # "has imposed a blockade since September, attacking convoys": the deed hangs on the perfect before it
        perfect = _PRESENT_PERFECT.search(clause)
    if perfect is not None and _TALLY.search(low, event.sentence_start, event.sentence_end):
        return True
    if perfect is not None and (long_article or article.dateline is not None) and event.sub_event_type in _STANDING:
        return True            # "Israel has also sent troops into a buffer zone": how things stand, not the day's news
    # (wire copy under a dateline, however short, tells its news first: an earlier month told after it is context)
    return (long_article or article.dateline is not None) \
        and (_month_before(event, article.published) or _weeks_before(event, article.published))


def _earlier_year(low: str, event: Event, trigger, year: int) -> bool:
    """The trigger's own clause dates the deed to a year before the year of publication."""
    start = max(event.sentence_start, trigger.start - _YEAR_REACH)
    end = min(event.sentence_end, trigger.end + _YEAR_REACH)
    if any(int(m.group(1)) < year for m in _EARLIER_YEAR.finditer(low, start, end)):
        return True
    return _YEARS_AGO.search(low, start, end) is not None


def _weeks_before(event: Event, published: date | None) -> bool:
    """Dated by its own sentence only to a week ("two weeks ago") that ended before the week of publication."""
    if event.time_precision != TIME_WEEK or not event.event_date or published is None:
        return False
    return event.dated_by_text(own_sentence=True) and (published - date.fromisoformat(event.event_date)).days > 10


def _month_before(event: Event, published: date | None) -> bool:
    """Dated by its own sentence to a month that ended before the article was published."""
    if event.time_precision != TIME_MONTH or not event.event_date or published is None:
        return False
    if not event.dated_by_text(own_sentence=True):
        return False
    return event.event_date[:7] < published.isoformat()[:7]


def _testimony(article: Article, event: Event) -> bool:
    """Told inside a quotation in cased text (wire and radio copy in capitals quote statements, not witnesses), with
    no day of its own."""
    trigger = next((e for e in event.evidence if e.field == "event_type"), None)
    return trigger is not None and not (article.caps or article.lowercased) and not _own_day(event) \
        and _quoted(article.text, trigger.start)


_QUOTES = rx_compile(r'["\u201c\u201d]')


def _quoted(text: str, at: int) -> bool:
    """Inside a direct quotation opened in the same paragraph: "They shot my husband at the door," she said. A
    witness's words with no day of their own tell what they lived through, not the news (told in the reporter's
    words, with its day), so after the news they are testimony, not an incident of their own."""
    paragraph = text.rfind("\n", 0, at) + 1
    return len(_QUOTES.findall(text, paragraph, at)) % 2 == 1
