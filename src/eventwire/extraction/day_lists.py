"""Days told together for one deed: "kidnapped on 12 and 13 February" is an event on each day.

ACLED's events are atomic by day (a five-day campaign is five events), and wire copy names the days
of a deed repeated over them in one list: "on 12 and 13 February", "on 3, 4 and 5 May". The date
finder reads the last item, which carries the month; the bare numbers before it are its sisters.
A span is not a list: "between 30 April and 2 May", "on the night of 2 and 3 May" (one night) and
"19-20 November" are left to the date finder, as is any day that would not fall in that month.
"""
from __future__ import annotations

from dataclasses import replace

from ..codebook import TIME_DAY
from .compiled import compile as rx_compile
from .dates import DateMention

_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)?"
# "on 12 and " / "on 3, 4 and ", right before the day that names the month
_SISTERS = rx_compile(r"\bon\s+(?:the\s+)?(" + _ORDINAL + r"(?:\s*,\s*" + _ORDINAL + r")*)\s*,?\s+and\s+(?:the\s+)?$")
_NUMBER = rx_compile(r"\d{1,2}")
_REACH = 40     # characters before the named day within which its list must lie


def days_of_the_deed(lower: str, mention: DateMention | None) -> list[DateMention | None]:
    """The days a dating mention stands for: itself, preceded by the bare days listed with it."""
    if mention is None or mention.value is None or mention.precision != TIME_DAY:
        return [mention]
    listed = _SISTERS.search(lower, max(0, mention.start - _REACH), mention.start)
    if listed is None:
        return [mention]
    days = [int(d) for d in _NUMBER.findall(listed.group(1))]
    if not all(0 < d < mention.value.day for d in days) or days != sorted(set(days)):
        return [mention]
    start, end = listed.start(1), listed.end(1)
    return [replace(mention, value=mention.value.replace(day=d), start=start, end=end, text=lower[start:end])
            for d in days] + [mention]
