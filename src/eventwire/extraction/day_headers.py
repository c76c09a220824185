"""The day a live page files its entries under: a line that holds only a date.

A live blog or a running report groups its entries under day headers ("Sunday 15 March 2026", "March 14"), newest
first. An entry is filed on the day of the header above it, as a wire story is filed on its dateline's day, so its
relative days ("overnight", "on Saturday") count from that day, and a deed it tells with no day happened by then. A
page's own stamp of its publication ("Published 12 March 2026"), read days later, dates the page the same way.
"""
from __future__ import annotations

import bisect
import re
from datetime import date

from .compiled import compile as rx_compile
from .dates import MONTH_RX, find_dates

_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_DAY_LINE = rx_compile(r"^[ \t]*" + _WEEKDAY + r"(?:\d{1,2}\s+" + MONTH_RX + r"(?:,?\s+(?:19|20)\d{2})?|"
                       + MONTH_RX + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d{2})?)[ \t]*$",
                       re.IGNORECASE | re.MULTILINE)


# "Published: 12 March 2026", "Posted March 12, 2026 at 9:14 a.m.": the page's own stamp of its first publication
# (not "Updated ...": the text may have been written before the update)
_STAMP = rx_compile(r"^[ \t]*(?:first\s+)?(?:published|posted)\s*(?:on\s*)?:?\s*" + _WEEKDAY
                    + r"(?P<day>\d{1,2}\s+" + MONTH_RX + r",?\s+(?:19|20)\d{2}|" + MONTH_RX
                    + r"\s+\d{1,2},?\s+(?:19|20)\d{2})\b[^\n]{0,40}$", re.IGNORECASE | re.MULTILINE)


def day_headers(text: str, published: date | None, stamped: bool = False) -> list[tuple[int, date]]:
    """(end of the line, its day) for every line that holds only a date no later than publication, in order; with
    `stamped` (no dateline gives the day), a "Published ..." stamp earlier than publication dates the whole page."""
    if published is None or "\n" not in text:
        return []
    found = []
    stamp = _STAMP.search(text) if stamped else None
    if stamp is not None:
        told = find_dates(stamp.group("day"), published)
        if told and told[0].value is not None and told[0].value < published:
            found.append((0, told[0].value))
    for line in _DAY_LINE.finditer(text):
        told = [d for d in find_dates(line.group(0).strip(), published) if any(c.isdigit() for c in d.text)]
        if len(told) == 1 and told[0].value is not None and told[0].value <= published:
            found.append((line.end(), told[0].value))
    return found


def filed_at(headers: list[tuple[int, date]], offset: int, default: date | None) -> date | None:
    """The day of the last header above `offset`, else `default` (the dateline's day or publication)."""
    at = bisect.bisect_right(headers, (offset, date.max)) - 1
    return headers[at][1] if at >= 0 and headers[at][0] <= offset else default
