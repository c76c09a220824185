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
from dataclasses import dataclass
from datetime import date, timedelta

from ..codebook import TIME_DAY, TIME_MONTH, TIME_WEEK
from .gated import fold

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
MONTH_RX = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"

DATE_RX = re.compile(
    r"\b(?:"
    r"(?P<dm>(?P<dm_day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_month>" + MONTH_RX + r")(?:,?\s+(?P<dm_year>(?:19|20)\d{2}))?)"
    r"|(?P<md>(?P<md_month>" + MONTH_RX + r")\s+(?P<md_day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<md_year>(?:19|20)\d{2}))?)"
    r"|(?P<iso>(?P<iso_y>(?:19|20)\d{2})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2}))"
    r"|(?P<wd>(?P<wd_mod>last|this past|past|early|late|on|this)?\s*(?P<wd_day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?)"
    r"|(?P<ago>(?P<ago_days>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten) (?P<ago_unit>days?|weeks?) ago)"
    r"|(?P<rel>the day before yesterday|yesterday|today|tonight|last night|overnight|this morning|on the same day"
    r"|the day before|the previous day|the next day|the following day)"
    r"|(?P<week>(?:earlier|late|later|early)\s+(?:this|last|in the)\s+week|last week|this week|past week|the weekend|last weekend|this weekend|over the weekend)"
    r"|(?P<month>(?P<month_mod>early|late|mid|mid-|earlier|in|during|since|this|last|next)?\s*(?P<month_name>january|february|march|april|june|july|august|september|october|november|december|this month|last month)(?:\s+(?P<month_year>(?:19|20)\d{2}))?)"
    r"|(?P<year>(?:in|since|during|of|by|until)\s+(?P<year_n>(?:19|20)\d{2})(?![-/]\d)|last year|a year ago"
    r"|(?P<ago_n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|many) years ago)"
    r")\b",
    re.IGNORECASE,
)
# "the M-19 [19 April Movement]": a date in a group's name dates nothing
_IN_A_NAME = re.compile(r"\s*(?:movement|brigade|front|command|commando)\b", re.IGNORECASE)
# "the 8 april elections", "the 19 march accord": a day naming an occasion dates that occasion, not the event
_OCCASION = re.compile(r"\s+(?:[a-z]+\s+)?(?:elections?|vote|polls|ballot|referendum|agreements?|accords?|deadline|"
                       r"talks|summit|meeting|ceasefire|truce|anniversary|inauguration)\b", re.IGNORECASE)
# "since 21 september", "since friday": the day a period began, not the day of what the sentence tells
_SINCE = re.compile(r"\b(?:since|ever since)\s+(?:last\s+)?$", re.IGNORECASE)
# "at least 20 may have died": "may" the verb, not the month
_MAY_THE_VERB = re.compile(r"\s+(?:have|has|be|been|not|also|still|never|well|die|face|need|rise|increase|climb)\b",
                           re.IGNORECASE)
_GMT = re.compile(r"\b(?:gmt|utc)\s+(?:on\s+)?$", re.IGNORECASE)
_WHEN = re.compile(r",?\s+when\b", re.IGNORECASE)   # "since 1 august, when the judge was shot": that deed's day
_REPORTING = re.compile(r"\b(?:said|says|told|reported|announced|stated|added|according to|statement|confirmed|claimed|"
                        r"tweeted|wrote|posted|issued|published|revealed|disclosed|charged|denounced|declared|"
                        r"made public)\b[^.]{0,25}$", re.IGNORECASE)
# "reported today that on 10 march ...", "as the paper reported, on 5 july ...": after "that" or a comma the
# date opens the clause that is reported, so it dates the event, not the statement
_REPORTED_CLAUSE = re.compile(r"(?:\bthat|,)\s+(?:(?:on|in|at|early|late|during)\s+(?:the\s+)?)?$", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    value: date | None         # None: relative words with no publication date to anchor them
    precision: int
    start: int
    end: int
    text: str
    reporting: bool = False    # "said on sunday": the statement's date


def _count(word: str) -> int:
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
# this test costs far less than the long alternation tried at every word.
_DATE_WORDS = ("day", "night", "morning", "ago", "week", "year", "month", "january", "february", "march", "april",
               "june", "july", "august", "september", "october", "november", "december")
_DIGIT = re.compile(r"\d")


def may_hold_date(sentence: str) -> bool:
    """False only when DATE_RX cannot match in the sentence (read as its IGNORECASE reads it)."""
    if _DIGIT.search(sentence):
        return True
    folded = fold(sentence)
    return any(word in folded for word in _DATE_WORDS)


def find_dates(sentence: str, published: date | None) -> list[DateMention]:
    """Every date expression in a sentence, resolved where it can be."""
    found: list[DateMention] = []
    if not may_hold_date(sentence):
        return found
    if published is not None and not _ANCHORABLE[0] <= published <= _ANCHORABLE[1]:
        published = None    # at the ends of the calendar, "last week" would fall outside it
    for m in DATE_RX.finditer(sentence):
        text = m.group(0).strip()
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        value: date | None = None
        precision = TIME_DAY
        if (m.group("dm") or m.group("md")) and _IN_A_NAME.match(sentence, m.end()):
            continue
        if (m.group("dm") or m.group("md")) and sentence[max(0, start - 4):start].lower() == "the " \
                and _OCCASION.match(sentence, m.end()):
            continue
        if m.group("dm") and not m.group("dm_year") and m.group("dm_month").lower() == "may" \
                and _MAY_THE_VERB.match(sentence, m.end()):
            continue
        if (m.group("dm") or m.group("md")) and _GMT.search(sentence[max(0, start - 12):start]):
            continue            # "at 2200 (0400 gmt 10 september)": the day in another time zone, not the scene's
        if (m.group("dm") or m.group("md") or m.group("wd")) and _SINCE.search(sentence[max(0, start - 20):start]) \
                and not _WHEN.match(sentence, m.end()):
            continue
        if m.group("year"):
            # "in 1985", "last year": a year, told of the past; the middle of the year at month precision
            precision = TIME_MONTH
            if m.group("year_n"):
                value = date(int(m.group("year_n")), 7, 1)
            elif m.group("ago_n") and published is not None:
                n = {"several": 3, "many": 5}.get(m.group("ago_n").lower()) or _count(m.group("ago_n"))
                value = date(max(1, published.year - n), 7, 1)
            elif published is not None:
                value = date(max(1, published.year - 1), 7, 1)
        elif m.group("dm"):
            value = _explicit(m.group("dm_day"), m.group("dm_month"), m.group("dm_year"), published)
        elif m.group("md"):
            value = _explicit(m.group("md_day"), m.group("md_month"), m.group("md_year"), published)
        elif m.group("iso"):
            try:
                value = date(int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d")))
            except ValueError:
                continue
        elif m.group("wd"):
            value = _weekday(m.group("wd_day"), m.group("wd_mod"), published)
        elif m.group("ago"):
            # "two days ago" counts back from the report; weeks are told loosely, at week precision
            n = {"a": 1, "one": 1}.get(m.group("ago_days").lower()) or _count(m.group("ago_days"))
            weeks = m.group("ago_unit").lower().startswith("week")
            precision = TIME_WEEK if weeks else TIME_DAY
            if published is not None:
                value = published - timedelta(days=n * (7 if weeks else 1))
        elif m.group("rel"):
            rel = m.group("rel").lower()
            if rel in ("on the same day", "the day before", "the previous day", "the next day", "the following day"):
                continue        # relative to another event: the caller inherits that event's date
            if published is not None:
                back = {"the day before yesterday": 2, "yesterday": 1, "last night": 1, "overnight": 1}.get(rel, 0)
                value = published - timedelta(days=back)
        elif m.group("week"):
            precision = TIME_WEEK
            if published is not None:
                phrase = m.group("week").lower()
                anchor = published - timedelta(days=7) if phrase.startswith("last week") or "last week" in phrase else published
                if "weekend" in phrase:
                    back = (published.weekday() - 5) % 7 or (7 if "last" in phrase else 0)
                    value = published - timedelta(days=back)
                else:
                    value = min(_acled_week_middle(anchor), published)
        elif m.group("month"):
            precision = TIME_MONTH
            name = m.group("month_name").lower()
            mod = (m.group("month_mod") or "").lower().rstrip("-")
            if name == "may" or (not mod and not m.group("month_year") and name not in ("this month", "last month")):
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
                last = calendar.monthrange(year, month)[1]
                day = 1 if mod == "early" else last if mod == "late" else 15
                value = date(year, month, day)
        before = sentence[max(0, start - 40):start]
        reporting = bool(_REPORTING.search(before)) and not _REPORTED_CLAUSE.search(before)
        found.append(DateMention(value, precision, start, m.end(), text, reporting))
    return found
