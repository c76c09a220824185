"""When an event happened: explicit dates and days relative to publication.

"on 9 may", "may 9, 2020", "on saturday", "last tuesday", "yesterday",
"earlier this week", "in march". Relative expressions resolve against the
publication date; without one they stay unresolved and say so. A date that
only stamps a statement ("said on sunday") is the reporting date, not the
event's. The grammar is small and fixed (day, month, optional year; weekday
names; a few relative words), so it is parsed here: dateparser resolved the same
phrases correctly but cost about 11 ms a call, a fifth of a second per ACLED
note batch of twenty, against a budget of half a millisecond per sentence.
Weekday arithmetic follows ACLED: the most recent such day, never a future one.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from ..codebook import TIME_DAY, TIME_MONTH, TIME_WEEK
from .compiled import compile as rx_compile
from .gated import fold

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
MONTH_RX = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
            r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")

# The first character of a match: every expression below opens with a digit or one of these letters, or with
# the spaces before a bare weekday ("the attack monday" matches from the space). Python's engine tries each of
# the alternatives at every word boundary; this one test turns most words away first: same matches, half
# the time (tests/test_event_dates.py checks it against the grammar without it).
DATE_FIRST = r"(?=[\dabdefijlmnopstuwy]|\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
DATE_GRAMMAR = (
    r"(?:"
    r"(?P<dm>(?P<dm_day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_month>" + MONTH_RX + r")"
    r"(?:,?\s+(?P<dm_year>(?:19|20)\d{2}))?)"
    r"|(?P<md>(?P<md_month>" + MONTH_RX + r")\s+(?P<md_day>\d{1,2})(?:st|nd|rd|th)?\b"
    r"(?:,?\s+(?P<md_year>(?:19|20)\d{2}))?)"
    r"|(?P<iso>(?P<iso_y>(?:19|20)\d{2})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2}))"
    # police and press releases write the day in figures: "on 23/11/2026", "on 11/23/2026", "23.11.2026"
    # (one alternative per separator, not a back-reference: with one, the pattern loses its case-sensitive twin)
    r"|(?P<num>(?P<num_a>\d{1,2})/(?P<num_b>\d{1,2})/(?P<num_y>(?:19|20)\d{2})"
    r"|(?P<dot_a>\d{1,2})\.(?P<dot_b>\d{1,2})\.(?P<dot_y>(?:19|20)\d{2}))"
    r"|(?P<wd>(?P<wd_mod>last|this past|past|early|late|on|this)?\s*(?P<wd_day>monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?)"
    r"|(?P<ago>(?P<ago_days>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten) "
    r"(?P<ago_unit>days?|weeks?|months?) ago)"
    r"|(?P<rel>the day before yesterday|yesterday|today|tonight|last night|overnight|during the night|this morning"
    r"|this afternoon|this evening|on the same day"
    # radio and wire copy telling the news as it breaks: "a bomb exploded a few minutes ago" (a moment; "in the past
    # few hours" is a period, over which a report tallies, not a day)
    r"|(?:a few|several|two|three|four|five|six) (?:minutes|hours) ago"
    r"|the day before|the previous day|the next day|the following day"
    # in a clause reported on a day of its own ("said on saturday that ... earlier in the day"): that day's
    r"|that morning|that afternoon|earlier that day|earlier in the day|earlier the same day|the previous night"
    r"|the night before)"
    r"|(?P<week>(?:earlier|late|later|early)\s+(?:this|last|in the)\s+week|last week|this week|past week|the weekend|"
    r"last weekend|this weekend|over the weekend)"
    r"|(?P<month>(?:(?P<month_mod>early|late|mid|earlier|in|during|since|this|last|next)(?:\s+|-\s*))?"
    r"(?P<month_name>january|february|march|april|june|july|august|september|october|november|december|this month"
    r"|last month"
    # "In May, a bombing ...", "in may and june", "early may 2024": the month, not the verb, when a clause break, a
    # second month or a year follows it
    r"|may(?=\s*[,;.]|\s+(?:and|or|to)\s+(?:june|april)\b|\s+(?:19|20)\d{2}\b))"
    r"(?:\s+(?P<month_year>(?:19|20)\d{2}))?)"
    r"|(?P<year>(?:in|since|during|of|by|until)\s+(?P<year_n>(?:19|20)\d{2})(?![-/]\d)|last year|a year ago"
    r"|(?P<ago_n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|many) years ago)"
    r")\b"
)
DATE_RX = rx_compile(r"\b" + DATE_FIRST + DATE_GRAMMAR, re.IGNORECASE)
# "the M-19 [19 April Movement]": a date in a group's name dates nothing
# (and "the former 19 april (m-19) guerrilla movement": its acronym and a word may stand between)
_IN_A_NAME = rx_compile(r"\s*(?:\([a-z0-9-]{1,10}\)\s*(?:[a-z]+\s+)?)?(?:movement|brigade|front|command|commando)\b",
                        re.IGNORECASE)
# "the 8 april elections", "the 19 march accord": a day naming an occasion dates that occasion, not the event
_OCCASION = rx_compile(r"\s+(?:[a-z]+\s+)?(?:elections?|vote|polls|ballot|referendum|agreements?|accords?|deadline|"
                       r"talks|summit|meeting|ceasefire|truce|anniversary|inauguration)\b", re.IGNORECASE)
# "since 21 september", "since friday": the day a period began, not the day of what the sentence tells
# "in april last year", "march of last year": the year the month belongs to, told after it
_OF_LAST_YEAR = rx_compile(r",?\s+(?:of\s+)?last\s+year\b", re.IGNORECASE)
_SINCE = rx_compile(r"\b(?:since|ever since)\s+(?:last\s+)?$", re.IGNORECASE)
# "since he took office on 14 january 1986", "since early april": the day a period began, told in a clause
_SINCE_CLAUSE = rx_compile(r"\b(?:since|ever since)\s+(?:(?!since\b)[a-z'-]+\s+){1,7}?(?:(?:on|in)\s+)?$",
                           re.IGNORECASE)
_SINCE_OUTBREAK = rx_compile(r"\b(?:since|ever since)\s+(?:it|they|the (?:[a-z]+\s+){0,2}?(?:fighting|clashes|violence|"
                             r"offensive|assault|siege|shelling|battle|unrest|protests?|strike))\s+(?:first\s+)?"
                             r"(?:broke out|began|erupted|started|flared(?: up)?)\s+(?:(?:early|late)\s+)?(?:on\s+)?$",
                             re.IGNORECASE)
_SINCE_MONTH = rx_compile(r"\bsince\s+(?:early|late|mid-?)?\s*$", re.IGNORECASE)
_TOMORROW = rx_compile(r"\b(?:tomorrow|tomorrow,)\s+$", re.IGNORECASE)   # "will start tomorrow 6 november"
# "agreed to stop hostilities from midnight on Sunday", "a curfew starting Monday": the day a term begins
_TERM_OPENS = rx_compile(r"\b(?:starting|beginning|effective|as of|from (?:midnight|noon|dawn))\s+(?:on\s+)?$",
                         re.IGNORECASE)
# "at least 20 may have died": "may" the verb, not the month
_MAY_THE_VERB = rx_compile(r"\s+(?:have|has|be|been|not|also|still|never|well|die|face|need|rise|increase|climb)\b",
                           re.IGNORECASE)
_GMT = rx_compile(r"\b(?:gmt|utc)\s+(?:on\s+)?$", re.IGNORECASE)
# "radio x at 2132 gmt on 13 december reports that ...": a monitoring desk's stamp, the day the report went out
_TRANSMITS = rx_compile(r"\s+(?:reports|reported|broadcasts|broadcast|carries|carried|says|said)\b", re.IGNORECASE)
_WHEN = rx_compile(r",?\s+when\b", re.IGNORECASE)   # "since 1 august, when the judge was shot": that deed's day
# (a desk's tag, "[COMMUNIQUE] [TEXT] AT 0600 ON 11 MARCH", names the kind of copy, not a statement about the day)
_REPORTING = rx_compile(r"\b(?:said|says|told|reported|announced|stated|added|according to|statement|confirmed|claimed|"
                        r"tweeted|wrote|posted|issued|published|revealed|disclosed|charged|denounced|declared|"
                        r"made public|conference|homily|sermon|speech|communique|condemned|denied|referred|ruled|"
                        r"deplored|repudiated)\b(?!\s*\])[^.]{0,25}$", re.IGNORECASE)
# "the major yesterday stated", "which on 25 january claimed responsibility": the day the verb after it tells,
# a statement's (a comma between them, as in "... on sunday, police said", leaves the day to the deed before)
# verbs of a statement or a reaction to a deed: their day is not the deed's ("the twelve states thursday condemned
# the killings"); "protested" is not one of them, since protesters' day is their protest's
_SPEECH = (r"(?:said|says|stated|told|announced|declared|claimed|denounced|accused|charged|revealed|confirmed|"
           r"disclosed|reported|published|condemned|denied|deplored|repudiated|ruled)\b")
# "a spokesman for the hospital where the nun was taken after being wounded on 21 june, said": a day that ends the
# subject's own clause, with no comma before it, is that clause's; only a day set off by commas is the verb's
_COMMA_SPEECH = rx_compile(r"\s*,\s*" + _SPEECH, re.IGNORECASE)
_SET_OFF = rx_compile(r",\s*(?:(?:on|last|early|late)\s+)?$")
# "the director protested today the murder of a student", "they resigned last friday to protest the killing of a
# judge": the day of the protest or of what was done in protest, whose object is the deed named after it (the coder
# may read both from the word "protest": the day dates a protest, not the deed)
_PROTESTED = rx_compile(r"\bprotested\s+$", re.IGNORECASE)
_DEED_NOUN = (r"(?:the|an?)\s+(?:[a-z-]+\s+){0,2}?(?:murders?|killings?|assassinations?|kidnappings?|abductions?|"
              r"massacres?|attacks?|bombings?)\b")
_DEED_NAMED = rx_compile(r"\s+" + _DEED_NOUN, re.IGNORECASE)
_IN_PROTEST_AT = rx_compile(r"\s+(?:(?:in order )?to (?:protest|denounce|condemn|repudiate|mourn)(?: against| over)?|"
                            r"in protest (?:at|against|over|of))\s+" + _DEED_NOUN, re.IGNORECASE)
_SPOKEN_AFTER = rx_compile(r"(?:\s+(?:[a-z]+\s+)?|\s*,\s*)" + _SPEECH   # "the paper, on 2 may, published"
                           # "today, sources reported that" (not "it was reported that": the news came in that day)
                           + r"|\s*,\s*(?!it\b)(?:[a-z]+\s+){1,3}" + _SPEECH + r"\s+that\b",
                           re.IGNORECASE)
# "the group that laid down its arms on 9 march", "the mayor, who was kidnapped on 5 january": a relative clause
# names the day of its own verb, not of the sentence's ("that" only before a verb: "said that on 9 march ..." is
# the reported clause itself)
_RELATIVE = rx_compile(r"\b(?:which|who|whom|whose|that(?=\s+(?:[a-z]+ed|was|were|had|has|have|is|are|took|"
                       r"laid|led|fled|won|lost|gave|made|began|broke|fell|went|left|held|sent|struck|shot)\b))\b"
                       r"(?P<inside>[^,.;:()\[\]]*)$", re.IGNORECASE)
# the clause dates its head when it tells that the incident happened ("the attack, which took place on 5 may"), or
# when the head is the incident itself ("the bomb, which exploded on 5 may"); "in which", "during which" likewise
_HEAD_IS_INCIDENT = rx_compile(r"\b(?:attacks?|assaults?|raids?|ambush|explosions?|blasts?|bombings?|bombs?|"
                               r"charges?|devices?|killings?|murders?|massacres?|assassinations?|kidnappings?|"
                               r"abductions?|incidents?|crimes?|actions?|operations?|fire|shooting|in|during|after|"
                               r"by|of|from|with|under|to|at|on|for)\s*,?\s*$", re.IGNORECASE)
_HAPPENED = rx_compile(r"\s*(?:\w+\s+)?(?:took place|occurred|happened|was carried out|were carried out|"
                       r"was perpetrated|were perpetrated|was staged|exploded|went off|blew up)\b", re.IGNORECASE)
_OR_LATER_DAY = rx_compile(r"(?:st|nd|rd|th)?\s*(?:or|-|to|through)\s*(\d{1,2})(?:st|nd|rd|th)?\b"
                           r"(?:,?\s+((?:19|20)\d{2}))?", re.IGNORECASE)
_CLAUSE_END = rx_compile(r"[,;.:()\[\]]")
# "the 4 october attacks", "last night's bombing": the day names that incident, and dates no other deed the
# sentence tells ("the 4 october attacks were followed today by eight bombings")
_NAMED_INCIDENT = rx_compile(r"(?:'s|’s)?\s+(?:[a-z-]+\s+)?(?:attacks?|bombings?|blasts?|explosions?|massacres?|"
                             r"killings?|murders?|assassinations?|kidnappings?|abductions?|raids?|ambush)\b",
                             re.IGNORECASE)
# "the masterminds of the massacre of 16 november": the day after "of" names that incident and dates no other deed,
# even when it is the sentence's only day ("the assassination of x, ... and the massacre of 16 november show ...")
_INCIDENT_OF = rx_compile(r"\bthe\s+(?:[a-z-]+\s+)?(?:attacks?|bombings?|blasts?|explosions?|massacres?|killings?|"
                          r"murders?|assassinations?|kidnappings?|abductions?|raids?|ambush)\s+of\s+$", re.IGNORECASE)
# "the decrees were issued on 18 august, the same day the senator was assassinated": the day names the deed told
# after it as well as the statement
_SAME_DAY_AS = rx_compile(r"\s*,\s*(?:on\s+)?the (?:very )?same day\b", re.IGNORECASE)
# "reported today that on 10 march ...", "as the paper reported, on 5 july ...": after "that" or a comma the
# date opens the clause that is reported, so it dates the event, not the statement
# "the toll from the strike rose to 35 on monday": the day of the update, not of the strike
_TOLL_UPDATED = rx_compile(r"\b(?:rose|climbed|risen|jumped|increased)\s+to\s+(?:at least\s+)?[\w-]+\s+$",
                           re.IGNORECASE)
_REPORTED_CLAUSE = rx_compile(r"(?:\bthat|,)\s+(?:(?:on|in|at|early|late|during)\s+(?:the\s+)?)?$", re.IGNORECASE)


# "within 15 minutes", "an hour later", "later, at 0900": the day the story told last ("the next day" is left
# alone: in a coder's note it tells what followed the event, "the body was found the next day")
# "The violence came a day after gangs attacked a police station": the deed told after "after" is another
# incident, that many days before the one told last; not "a day after the bombing", which names the told one
_DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "2": 2, "3": 3}
_DAYS_AFTER = rx_compile(r"\b(?P<n>a|one|two|three|2|3) days? after\s+", re.IGNORECASE)
# "The previous day, gunmen shot ...", "Two days earlier, ...": an earlier incident, its day counted back from the one
# told last, when the words open the sentence ("two days before the vote" counts from an occasion); "The next
# morning, troops clashed with the kidnappers", "Two days later, ..." opening a sentence count on from it, since ACLED's
# events are atomic by day (a sequel that is no deed of its own, "the next day the body was found", joins the incident
# in the article stage, which keeps the incident's first day)
_DAYS_APART = rx_compile(
    r"^\W*(?:(?:and|but|meanwhile|also|then),?\s+)?(?:(?:(?P<one>the (?:previous|preceding) (?:day|night|morning|"
    r"evening)|the (?:day|night) before|a day (?:earlier|before))|(?P<n>two|three|four|five|2|3|4|5) days "
    r"(?:earlier|before))\s*,|(?:(?P<next>the (?:next|following) (?:day|morning|afternoon|evening|night)|the day after|"
    r"a day later)|(?P<n_next>two|three|four|five|2|3|4|5) days later)(?:\s*,|\s+(?!(?:before|after|that|in|on|of|"
    r"and|or)\b)(?=[a-z])))", re.IGNORECASE)
_SEQUEL = rx_compile(r"\b(?:body|bodies|corpses?|remains|found|died|succumbed|released|freed|rescued|escaped)\b",
                     re.IGNORECASE)
_BACK_NOUN = rx_compile(r"(?:the|this|that|its|their|his|her)\b", re.IGNORECASE)
_FROM_THE_LAST = rx_compile(
    r"(?:^\W*(?P<opening>later)\b|\b(?P<same>(?:on )?the same (?:day|night|morning|afternoon|evening)|that same "
    r"(?:day|night)|(?:a few|few|several|some|\d+|two|three|four|five|ten|fifteen|twenty|thirty|forty-five) "
    r"(?:minutes|hours) (?:later|afterwards?)|(?:minutes|moments|hours|an hour|half an hour) later|within (?:a few|\d+|"
    r"two|three|five|ten|fifteen|twenty|thirty) (?:minutes|hours)|shortly (?:afterwards?|after that)))\b",
    re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    value: date | None         # None: relative words with no publication date to anchor them
    precision: int
    start: int
    end: int
    text: str
    reporting: bool = False    # "said on sunday": the statement's date
    # (start, end) of the clause the day belongs to ("since 2 march, when the judge was shot"): it dates only a
    # deed told inside it; None: the whole sentence
    clause: tuple[int, int] | None = None
    # (start, end) of the relative clause that holds the day ("the group that disarmed on 9 march"): a deed told
    # after it is not dated by it (one told before may be: "shot by men who fled on 9 march")
    relative: tuple[int, int] | None = None
    began: bool = False         # "since friday", "since it broke out on thursday": the day what goes on began
    # "protested today the murder of ...", "resigned on friday to protest the killing of ...": the day of what was done
    # in protest, not of the deed named as its object
    protested: bool = False


def own_days(found: list[DateMention]) -> list[DateMention]:
    """"The air force this afternoon resumed its attacks where the rebels have been entrenched since saturday": a
    day the deed has of its own is its day, not the day a state of things began."""
    if any(d.began for d in found) and not all(d.began or d.reporting for d in found):
        return [d for d in found if not d.began]
    return found


# "overnight into sunday", "during the night to 5 may": the night is dated by the day that follows
# ("overnight saturday" names its day too)
_A_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
_NIGHT_OF = rx_compile(r"\s+(?:(?:into|on|to|of|before|from)\s+(?:the\s+)?(?:\d|" + _A_WEEKDAY + r"|" + MONTH_RX
                       + r"\s+\d)|" + _A_WEEKDAY + r")", re.IGNORECASE)
# "on saturday night into sunday", "in the night from thursday to friday": a night dated, as "overnight into sunday"
# is, by the day it ran into, which the words after the first weekday name
_INTO_DAY = rx_compile(r"(?:\s+night)?\s*(?:into|to|-)\s*(?:early\s+)?" + _A_WEEKDAY + r"(?P<night>\s+night)?",
                       re.IGNORECASE)
_NIGHT_FROM = rx_compile(r"\b(?:night|overnight)\s+(?:of|from|between)?\s*$", re.IGNORECASE)
_LOOSELY = rx_compile(r"\b(?:more than|over|about|some|around|nearly|almost|at least)\s+$", re.IGNORECASE)
_AGO_TODAY = rx_compile(r"\s+today\b", re.IGNORECASE)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=max(1, day.year - years))
    except ValueError:          # 29 February in a year that has none
        return day.replace(year=max(1, day.year - years), day=28)


def count_word(word: str) -> int:
    """"4" -> 4, "four" -> 4: a count from two to ten in words, or in digits."""
    words = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    return int(word) if word.isdigit() else words.index(word.lower()) + 2


# publication dates that can anchor relative words: a year of slack before and after
_ANCHORABLE = (date(2, 1, 1), date(9998, 12, 31))


def _month_number(token: str) -> int:
    t = token.lower().rstrip(".")[:3]
    return [m[:3] for m in _MONTHS].index(t) + 1


def _infer_year(month: int, day: int, published: date | None) -> date | None:
    if published is None:
        return None
    try:
        candidate = date(published.year, month, day)
    except ValueError:
        return None
    if candidate > published + timedelta(days=2):      # a date named without a year is in the past
        try:
            candidate = date(published.year - 1, month, day)
        except ValueError:      # "29 February" early in the year after a leap year
            return None
    return candidate


_TO_COME = 92     # days: a day named without a year this close after the report, told as to come, is the coming one
_SOON = 14        # days: a day named without a year this close after the report is never last year's


# words that put a day ahead: "will meet on", "scheduled for", "due to resume on", "set for", "next"
_AHEAD = rx_compile(r"\b(?:will|would|shall|is to|are to|scheduled|planned|due|expected|set for|next|until|"
                    r"postponed|deadline)\b[^.;]*$", re.IGNORECASE)


def _day_to_come(sentence: str, start: int, day: str, month: str, published: date | None) -> bool:
    """"will meet him on 31 january", told on 15 January: the nearest such day lies ahead of the report and the
    clause speaks of what is to come, so it dates no deed (read as last year's it would date the deed a year early).
    A day within two weeks ahead is never last year's, whatever the words: a writer would have said "last year"."""
    if published is None or not day.isdigit():
        return False
    try:
        ahead = (date(published.year, _month_number(month), int(day)) - published).days
    except ValueError:
        return False
    return 2 < ahead <= _SOON or 2 < ahead <= _TO_COME and _AHEAD.search(sentence[max(0, start - 80):start]) is not None


def _explicit(day: str, month: str, year: str | None, published: date | None) -> date | None:
    try:
        m, d = _month_number(month), int(day)
    except ValueError:
        return None
    if year:
        try:
            return date(int(year), m, d)
        except ValueError:          # "31 April"
            return None
    return _infer_year(m, d, published)


def _weekday(day: str, modifier: str | None, published: date | None) -> date | None:
    if published is None:
        return None
    target = _WEEKDAYS.index(day.lower())
    back = (published.weekday() - target) % 7
    if back == 0 and modifier and modifier.lower() in ("last", "this past", "past"):
        back = 7
    return published - timedelta(days=back)


def _acled_week_middle(anchor: date) -> date:
    """ACLED's week runs Saturday to Friday; its middle day is the Tuesday."""
    since_saturday = (anchor.weekday() - 5) % 7
    return anchor - timedelta(days=since_saturday) + timedelta(days=3)


# Every expression DATE_RX reads holds a digit or one of these words (weekdays end in "day", "tonight" holds
# "night", "the weekend" "week"): a sentence with neither, a third of those asked about, holds no date, and
# this test costs far less than the long alternation tried at every word. "may" is among them: the month alone
# before a clause break ("In May, gunmen ...") is a date, so the modal verb's sentences are read too.
_DATE_WORDS = ("day", "night", "morning", "afternoon", "evening", "ago", "week", "year", "month",
               "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
_DIGIT = rx_compile(r"\d")


def may_hold_date(sentence: str) -> bool:
    """False only when DATE_RX cannot match in the sentence (read as its IGNORECASE reads it)."""
    if _DIGIT.search(sentence):
        return True
    folded = fold(sentence)
    return any(word in folded for word in _DATE_WORDS)


def _figures(a: int, b: int, year: int, published: date | None) -> date | None:
    """A day in figures: day first as most of the world writes it, month first where only that reading is a date
    or, both being dates, only it falls on or before publication (the nearer one when both do)."""
    readings = []
    for day, month in ((a, b), (b, a)):
        try:
            readings.append(date(year, month, day))
        except ValueError:
            pass
    if published is not None and len(readings) == 2:
        past = [d for d in readings if d <= published]
        if len(past) == 1 or len(past) == 2 and abs((past[1] - past[0]).days) > 0:
            return max(past)
    return readings[0] if readings else None


def _spoken_after(sentence: str, start: int, end: int) -> bool:
    """The verb of speech right after the day at `start`..`end` takes it ("police yesterday said", "the paper, on 2
    may, published"), a comma between them only when one sets the day off before it too."""
    if _SPOKEN_AFTER.match(sentence, end) is None:
        return False
    return _COMMA_SPEECH.match(sentence, end) is None \
        or _SET_OFF.search(sentence, max(0, start - 12), start) is not None


def find_dates(sentence: str, published: date | None) -> list[DateMention]:
    """Every date expression in a sentence, resolved where it can be (a list of the caller's own)."""
    return list(_find_dates(sentence, published))


# The coder asks about one sentence from several places (the event's own date, the next sentence's context, the
# days of an incident, the clauses of two deeds): the answer is a function of the sentence and the day alone.
@lru_cache(maxsize=256)
def _find_dates(sentence: str, published: date | None) -> list[DateMention]:
    found: list[DateMention] = []
    if not may_hold_date(sentence):
        return found
    naming: list[int] = []      # the days that name an incident ("the 4 october attacks")
    if published is not None and not _ANCHORABLE[0] <= published <= _ANCHORABLE[1]:
        published = None    # at the ends of the calendar, "last week" would fall outside it
    for m in DATE_RX.finditer(sentence):
        text = m.group(0).strip()
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        if found and start < found[-1].end:
            continue            # "today" of "nine years ago today", read already
        value: date | None = None
        precision = TIME_DAY
        if (m.group("dm") or m.group("md")) and (_IN_A_NAME.match(sentence, m.end())
                                                 or sentence[start - 1:start] == '"' == sentence[m.end():m.end() + 1]):
            continue            # the M-19 [19 April Movement], the "9 May" Liberation Forces
        if (m.group("dm") or m.group("md")) and sentence[max(0, start - 4):start].lower() == "the " \
                and _OCCASION.match(sentence, m.end()):
            continue
        if m.group("dm") and not m.group("dm_year") and m.group("dm_month").lower() == "may" \
                and _MAY_THE_VERB.match(sentence, m.end()):
            continue
        if m.group("dm") and not m.group("dm_year") \
                and _day_to_come(sentence, start, m.group("dm_day"), m.group("dm_month"), published) \
                or m.group("md") and not m.group("md_year") \
                and _day_to_come(sentence, start, m.group("md_day"), m.group("md_month"), published):
            if found and found[-1].text.lower().endswith("day") and re.fullmatch(r"\s*[,\[(]\s*",
                                                                                sentence[found[-1].end:start]):
                found.pop()     # "scheduled for sunday, 25 february": the weekday is that day to come too
            continue            # "the talks will resume on 31 january", told on 15 January
        stamped = (m.group("dm") or m.group("md")) and _GMT.search(sentence[max(0, start - 12):start]) is not None
        if stamped and _TRANSMITS.match(sentence, m.end()) is None:
            continue            # "at 2200 (0400 gmt 10 september)": the day in another time zone, not the scene's
        clause = relative = None
        date_end = m.end()
        # "has killed 60 since it broke out on thursday": the day the fighting began, a day of it, not the day some
        # other deed opened a period (a bare "since friday" tallies what came after it: "six bombings since friday")
        began = _SINCE_OUTBREAK.search(sentence, max(0, start - 60), start) is not None
        if not began and _SINCE_CLAUSE.search(sentence[max(0, start - 60):start]) and not m.group("year") \
                and not _WHEN.match(sentence, m.end()) or _TOMORROW.search(sentence[max(0, start - 10):start]) \
                or m.group("month") and (m.group("month_mod") or "").lower() == "since" \
                or m.group("month") and _SINCE_MONTH.search(sentence[max(0, start - 20):start]) \
                or m.group("wd") and _TERM_OPENS.search(sentence[max(0, start - 25):start]):
            continue            # a period opened by a deed of its own, or a day to come
        if not began and (m.group("dm") or m.group("md") or m.group("wd")) \
                and _SINCE.search(sentence[max(0, start - 20):start]):
            when = _WHEN.match(sentence, m.end())
            if when is None:
                continue
            stop = re.compile(r"[.;]").search(sentence, when.end())    # "when X, who wrote for it, was shot"
            clause = (start, stop.start() if stop else len(sentence))
        elif not m.group("year"):
            relative = _relative_clause(sentence, start, m.end())
            named = _NAMED_INCIDENT.match(sentence, m.end())
            of = _INCIDENT_OF.search(sentence, max(0, start - 40), start)
            if named is not None and (sentence[max(0, start - 4):start].lower() == "the "
                                      or named.group(0)[:1] in "'’"):
                clause = (start, named.end())
                naming.append(len(found))
            elif of is not None:
                clause = (of.start(), m.end())      # bound to its noun, even as the sentence's one day
        if m.group("year"):
            # "in 1985", "last year": a year, told of the past; the middle of the year at month precision
            precision = TIME_MONTH
            if m.group("year_n"):
                value = date(int(m.group("year_n")), 7, 1)
            elif m.group("ago_n") and published is not None:
                n = {"several": 3, "many": 5}.get(m.group("ago_n").lower()) or count_word(m.group("ago_n"))
                value = date(max(1, published.year - n), 7, 1)
            elif published is not None:
                value = date(max(1, published.year - 1), 7, 1)
            if published is not None and (m.group("ago_n") or m.group(0).lower().endswith("a year ago")) \
                    and _AGO_TODAY.match(sentence, m.end()):
                # "nine years ago today": the anniversary, to the day
                precision, value = TIME_DAY, _years_before(published, published.year - value.year)
                date_end = _AGO_TODAY.match(sentence, m.end()).end()
                text = sentence[start:date_end]
        elif m.group("dm"):
            value = _explicit(m.group("dm_day"), m.group("dm_month"), m.group("dm_year"), published)
        elif m.group("md"):
            # "on either January 7 or 8", "March 17-19": a day in doubt or a range is dated to its last day
            last = _OR_LATER_DAY.match(sentence, m.end("md_day")) if not m.group("md_year") else None
            day = last.group(1) if last else m.group("md_day")
            year = m.group("md_year") or (last and last.group(2))
            value = _explicit(day, m.group("md_month"), year, published)
            if last:
                date_end, text = last.end(), sentence[start:last.end()]
        elif m.group("iso"):
            try:
                value = date(int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d")))
            except ValueError:
                continue
        elif m.group("num"):
            parts = ("num_a", "num_b", "num_y") if m.group("num_a") else ("dot_a", "dot_b", "dot_y")
            value = _figures(*(int(m.group(part)) for part in parts), published)
            if value is None:
                continue
        elif m.group("wd"):
            into = _INTO_DAY.match(sentence, m.end())
            if into and (m.group("wd").lower().endswith("night") or into.group("night")
                         or _NIGHT_FROM.search(sentence, max(0, start - 30), start)):
                continue        # "saturday night into sunday", "the night from thursday to friday": the day after
            value = _weekday(m.group("wd_day"), m.group("wd_mod"), published)
        elif m.group("ago"):
            # "two days ago" counts back from the report; weeks are told loosely, at week precision
            n = {"a": 1, "one": 1}.get(m.group("ago_days").lower()) or count_word(m.group("ago_days"))
            weeks = m.group("ago_unit").lower().startswith("week")
            precision = TIME_WEEK if weeks else TIME_DAY
            if m.group("ago_unit").lower().startswith("month"):
                # "kidnapped two months ago": only the month is known, so its middle at month precision ("a month
                # ago", "more than 20 months ago" are told loosely, of a time rather than a month)
                if n < 2 or _LOOSELY.search(sentence[max(0, start - 15):start]):
                    continue
                precision = TIME_MONTH
                if published is not None:
                    back = published.year * 12 + published.month - 1 - n
                    value = date(back // 12, back % 12 + 1, 15)
            elif published is not None:
                value = published - timedelta(days=n * (7 if weeks else 1))
        elif m.group("rel"):
            rel = m.group("rel").lower()
            if rel in _STATEMENT_DAY and published is not None:
                value = published - timedelta(days=_STATEMENT_DAY[rel])   # as told; re-read from a statement's day
            elif rel in _STATEMENT_DAY or rel in ("on the same day", "the next day", "the following day"):
                continue        # relative to another event: the caller inherits that event's date
            if rel in ("overnight", "during the night") and _NIGHT_OF.match(sentence, m.end()):
                continue        # "overnight into sunday", "overnight on saturday": the day named after it
            if published is not None:
                back = {"the day before yesterday": 2, "yesterday": 1, "last night": 1, "overnight": 1,
                        "during the night": 1}.get(rel, 0)
                value = published - timedelta(days=back)
        elif m.group("week"):
            precision = TIME_WEEK
            if published is not None:
                phrase = m.group("week").lower()
                anchor = (
                    published - timedelta(days=7)
                    if phrase.startswith("last week") or "last week" in phrase
                    else published
                )
                if published.weekday() >= 5 and "weekend" not in phrase:
                    # told on a Saturday or a Sunday, "this week" is the working week just ended, which ACLED's
                    # Saturday-to-Friday week holds with the Friday before
                    anchor -= timedelta(days=published.weekday() - 4)
                if "weekend" in phrase:
                    back = (published.weekday() - 5) % 7 or (7 if "last" in phrase else 0)
                    value = published - timedelta(days=back)
                else:
                    value = min(_acled_week_middle(anchor), published)
        elif m.group("month"):
            precision = TIME_MONTH
            name = m.group("month_name").lower()
            mod = (m.group("month_mod") or "").lower().rstrip("-")
            if not mod and not m.group("month_year") and name not in ("this month", "last month"):
                continue        # a bare month name is too often another word ("may", "march")
            if published is not None or m.group("month_year"):
                if name in ("this month", "last month"):
                    if published is None:
                        continue
                    first = published.replace(day=1)
                    if name == "last month":
                        first = (first - timedelta(days=1)).replace(day=1)
                    year, month = first.year, first.month
                else:
                    month = _MONTHS.index(name) + 1
                    year = int(m.group("month_year")) if m.group("month_year") else published.year
                    if not m.group("month_year") and published and month > published.month:
                        year -= 1
                    of_last_year = _OF_LAST_YEAR.match(sentence, m.end()) if not m.group("month_year") else None
                    if of_last_year is not None:
                        # "in april last year", "march of last year": the month of the year before publication
                        year, date_end = published.year - 1, of_last_year.end()
                        text = sentence[start:date_end]
                    elif mod == "last" and not m.group("month_year") and published and month == published.month:
                        year -= 1   # "last april", told in April: a year ago, not this month
                last = calendar.monthrange(year, month)[1]
                day = 1 if mod == "early" else last if mod == "late" else 15
                value = date(year, month, day)
                if published is not None and value > published and (year, month) == (published.year, published.month):
                    value = published   # "earlier this month" on the 8th: no later than the report, as a week's middle
        before = sentence[max(0, start - 40):start]
        reporting = stamped or bool(_REPORTING.search(before)) and not _REPORTED_CLAUSE.search(before) \
            or _spoken_after(sentence, start, m.end()) or _TOLL_UPDATED.search(before) is not None
        protested = _PROTESTED.search(before) is not None and _DEED_NAMED.match(sentence, m.end()) is not None \
            or _IN_PROTEST_AT.match(sentence, m.end()) is not None
        if reporting and sentence[date_end:date_end + 2] in ("'s", "’s"):
            reporting = False   # "officials said sunday's attack killed ten": the day names the deed, not the saying
        if reporting and _SAME_DAY_AS.match(sentence, date_end):
            reporting = False   # "were issued on 18 august, the same day the senator was shot": the deed's day too
        if found and re.fullmatch(r"\s*[,\[(]\s*", sentence[found[-1].end:start]):
            # "yesterday, 9 september", "last thursday [12 october]": one day told twice
            reporting, clause, relative = found[-1].reporting, found[-1].clause, found[-1].relative
        found.append(DateMention(value, precision, start, date_end, text, reporting, clause, relative,
                                 began and not reporting, protested and not reporting))
    found = _from_the_statement(sentence, found)
    if len(found) == 1 and naming:
        # the sentence tells no other day: "last night's bombing destroyed a bank" is last night's deed
        found[0] = replace(found[0], clause=None)
    return found


# the days of the clause a statement reports, counted from the statement's day ("reported on sunday that a bomb
# exploded this morning", "said on saturday that ... earlier in the day"): days back from that day
_TODAY_WORDS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
                "a few minutes ago": 0, "a few hours ago": 0, "several hours ago": 0, "last night": 1,
                "overnight": 1, "during the night": 1}
_STATEMENT_DAY = {"that morning": 0, "that afternoon": 0, "earlier that day": 0, "earlier in the day": 0,
                  "earlier the same day": 0, "the previous night": 1, "the night before": 1, "the day before": 1,
                  "the previous day": 1}
_REPORTED_OPENS = rx_compile(r"\bthat\b|[:\"“]")


def _from_the_statement(sentence: str, found: list[DateMention]) -> list[DateMention]:
    """"State radio reported yesterday that a bomb exploded this morning": the clause a statement reports tells
    its days from the statement's, so a word of the day of telling ("today", "this morning", "last night") that
    would fall on or after a statement made on an earlier day is read from that day; "that morning", "earlier in
    the day", "the previous night" are read only from such a day. Without one they count from the report as
    told ("today" is the report's day), or date nothing (a "the day before" the caller inherits)."""
    said = next((d for d in found if d.reporting and d.value is not None and d.precision == TIME_DAY), None)
    if said is None:
        return [d for d in found if d.text.lower() not in _STATEMENT_DAY]
    out = []
    for d in found:
        word = d.text.lower()
        back = _TODAY_WORDS.get(word, _STATEMENT_DAY.get(word))
        if back is not None and d.start >= said.end and d.value is not None \
                and (word in _STATEMENT_DAY or d.value >= said.value + timedelta(days=1 - back)) \
                and _REPORTED_OPENS.search(sentence, said.end, d.start):
            d = replace(d, value=said.value - timedelta(days=back), reporting=False)
        if d.text.lower() in _STATEMENT_DAY and d.value != said.value - timedelta(days=_STATEMENT_DAY[word]):
            continue
        out.append(d)
    return out


def _clause_end(sentence: str, start: int) -> int:
    stop = _CLAUSE_END.search(sentence, start)
    return stop.start() if stop else len(sentence)


def _relative_clause(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The relative clause that holds the day at sentence[start:end], or None when the clause dates its head
    ("the attack, which took place on 5 may") and so the whole sentence."""
    opening = _RELATIVE.search(sentence, max(0, start - 120), start)
    if opening is None:
        return None
    if _HEAD_IS_INCIDENT.search(sentence, max(0, opening.start() - 30), opening.start()) \
            or _HAPPENED.match(sentence, opening.end("inside") - len(opening.group("inside"))):
        return None
    return opening.start(), _clause_end(sentence, end)


def counted_from_the_last(sentence: str, trigger: int | None = None) -> tuple[int, int, int] | None:
    """(days after the day told last, start, end) for a sentence that times its deed from the one told before
    it: "within 15 minutes" or "later, at 0900" the same day; "came a day after gangs attacked ..." the day
    before, when the deed (at `trigger`) is told in the clause after "after"; None when it says no such thing."""
    m = _FROM_THE_LAST.search(sentence)
    if m is not None:
        return 0, m.start(m.lastgroup), m.end(m.lastgroup)
    m = _DAYS_APART.search(sentence)
    if m is not None:
        if (m.group("next") or m.group("n_next")) and _SEQUEL.search(sentence, m.end()):
            return None         # "the next day his body was found": a sequel, coded with the deed
        n = 1 if m.group("one") or m.group("next") else count_word(m.group("n") or m.group("n_next"))
        return (n if m.group("next") or m.group("n_next") else -n), m.start(m.lastgroup), \
            len(m.group(0).rstrip(" ,")) + m.start()
    m = _DAYS_AFTER.search(sentence)
    if m is None or trigger is None or trigger < m.end() or _BACK_NOUN.match(sentence, m.end()):
        return None
    return -_DAY_COUNTS[m.group("n")], m.start(), m.end()
