"""Wire datelines: `AMMAN (Reuters) -`, `amman ( reuters ) -`, `KABUL, Afghanistan (AP) —`.

A dateline names where the report was filed and by whom; it is not the place of
the events, so it is kept apart from the places found in the body.
"""
from __future__ import annotations

import re
from datetime import date

from ..records import Dateline, Span

AGENCIES = {
    "reuters": "Reuters", "ap": "Associated Press", "afp": "AFP", "xinhua": "Xinhua",
    "ani": "ANI", "ians": "IANS", "pti": "PTI", "upi": "UPI", "dpa": "dpa", "efe": "EFE",
    "anadolu": "Anadolu Agency", "aa": "Anadolu Agency", "bernama": "Bernama",
    "irna": "IRNA", "sana": "SANA", "tass": "TASS", "ria novosti": "RIA Novosti",
    "kyodo": "Kyodo", "yonhap": "Yonhap", "ansa": "ANSA", "apa": "APA",
    "thomson reuters foundation": "Thomson Reuters Foundation",
}

_AGENCY = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
# PLACE[, REGION][, Month Day] (AGENCY) -   (dash may be -, --, – or —)
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Za-z][A-Za-z.'\- ]{1,40}?)\s*"
    r"(?:,\s*(?P<region>[A-Za-z][A-Za-z.' ]{1,30}?)\s*)?"
    r"(?:,\s*(?P<day>[A-Za-z]{3,9}\.?\s+\d{1,2})\s*)?"
    r"\(\s*(?P<agency>" + _AGENCY + r")\s*\)\s*(?:-{1,2}|–|—|:)\s*",
    re.IGNORECASE,
)
# An agency not in the list, capitalised: `KHARTOUM, Sudan, April 2 (Sudan Tribune) -`
_OTHER_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z.'\- ]{1,40}?)\s*"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.' ]{1,30}?)\s*)?"
    r"(?:,\s*(?P<day>[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*)?"
    r"\(\s*(?P<agency>[A-Z][A-Za-z.&' ]{1,30}?)\s*\)\s*(?:-{1,2}|–|—)\s*",
)
# Wire and radio copy with the day: `SAN SALVADOR, 3 JAN 90 --`, `ROME (ITALY), 11 JAN 90 (AFP) --`,
# then the desk's bracketed tags (`[REPORT] [TEXT]`), which are no part of the story. A country or state may follow
# the place after a comma, as in American style: `GARISSA, Kenya, April 2, 2026 -`.
_DATED_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z.'\- ]{1,40}?)\s*(?:\((?P<region>[A-Z][A-Za-z.' ]{1,30})\)\s*|"
    r",\s*(?P<country>[A-Z][A-Za-z.' ]{1,30}?)\s*(?=,\s*[A-Z][a-z]{2,8}\.?\s+\d))?,\s*"
    r"(?P<day>\d{1,2}\s+[A-Za-z]{3,9}\.?(?:\s+\d{2,4})?|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?)\s*"
    r"(?:\(\s*(?P<agency>[^()\n]{1,40}?)\s*\)\s*)?(?:-{1,2}|–|—)\s*(?:\[[^\[\]]{0,120}\]\s*)*",
)
# An upper-case place with a dash and no agency: `BEIRUT — ...`; or with a colon, as South Asian and Thai papers
# write it on the web (`NARATHIWAT: A bomb ...`, `PESHAWAR: Police said ...`), not a label (`UPDATE:`, `PRESENTER:`)
_CAPS_DATELINE = re.compile(r"^\s*(?P<place>[A-Z][A-Z.'\- ]{2,30}?)"
                            r"(?:,\s*(?P<region>[A-Z][A-Za-z.' ]{1,30}?))?\s*"
                            r"(?:(?:-{1,2}|–|—)\s+|:[ \t]+(?=[A-Z](?:[a-z]| [a-z])))")
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
_LABELS = frozenset({"UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS", "EXCLUSIVE", "WATCH", "VIDEO", "PHOTOS",
                     "ANALYSIS", "OPINION", "EDITORIAL", "NOTE", "WARNING", "CORRECTION", "FACTBOX", "EXPLAINER",
                     "LIVE", "COMMENT", "INTERVIEW", "REPORT", "TEXT", "PRESENTER", "ANNOUNCER", "REPORTER",
                     "CORRESPONDENT", "ANCHOR", "HOST", "SPEAKER", "NEWS", "FLASH", "URGENT", "ALERT", "Q", "A",
                     "READ MORE", "SEE ALSO", "RELATED", "EDITOR'S NOTE", "TIMELINE", "WHAT WE KNOW", "FACT CHECK",
                     "PROFILE", "FEATURE", "OBITUARY", "REVIEW", "SPECIAL REPORT", "INSIGHT", "POLL", "QUIZ"})


# What any match of the patterns above must open with, tested first (a linear scan, where the patterns'
# lazy place and region parts backtrack over every split of a long opening): the words before the first
# comma may only be a place and a region in parentheses; those before the first parenthesis only a place,
# a region and a day (IGNORECASE lets four non-ASCII letters match ASCII ones), at most 74 characters before
# the comma and 86 before the parenthesis, spaces aside. Same answers (tests/test_dateline_prefilter.py); on the
# real-text bench mix four reports in five skip the first pattern and one in two the other two.
_MAY_BE_DATED = re.compile(r"(?:\s*[A-Za-z.'\-()]){0,80}\s*,")
_MAY_HAVE_AGENCY = re.compile(r"(?:\s*[\dA-Za-z\u0130\u0131\u017f\u212a.'\-,]){0,90}\s*\(")


# A web page or a press release puts a headline, a byline and the site's menus before the story's dateline: lines
# that end in no full stop, each short
_FURNITURE_LINE = re.compile(r"[ \t]*(?:[^\n]{0,150}[^.!\n\s])?[ \t]*\n")
_FURNITURE_REACH = 1200


def find_dateline(text: str, published: date | None = None) -> Dateline | None:
    """The dateline opening the report, or opening the story after its headline and the page's furniture."""
    at = 0
    while at <= _FURNITURE_REACH:
        found = _dateline_at(text, at, published)
        if found is not None:
            return found
        line = _FURNITURE_LINE.match(text, at)
        if line is None:
            return None
        at = line.end()
    return None


def _dateline_at(text: str, at: int, published: date | None) -> Dateline | None:
    """The dateline at offset `at`, its spans into the whole text."""
    found = _dateline(text[at:at + 400], published)
    if found is None or not at:
        return found
    return Dateline(place=found.place, agency=found.agency, day=found.day,
                    place_span=Span(found.place_span.start + at, found.place_span.end + at),
                    span=Span(found.span.start + at, found.span.end + at))


def _dateline(head: str, published: date | None) -> Dateline | None:
    dated = _DATED_DATELINE.match(head) if _MAY_BE_DATED.match(head) else None
    if dated:
        place = dated.group("place").strip()
        start = dated.start("place")
        agency = dated.group("agency")
        agency = AGENCIES.get(agency.lower(), agency.strip()) if agency else None
        return Dateline(place=place, agency=agency, place_span=Span(start, start + len(place)),
                        span=Span(dated.start(), dated.end()), day=_day(dated.group("day"), published))
    agency_paren = _MAY_HAVE_AGENCY.match(head) is not None
    match = _DATELINE.match(head) if agency_paren else None
    other = _OTHER_DATELINE.match(head) if agency_paren and not match else None
    if match:
        agency = AGENCIES.get(re.sub(r"\s+", " ", match.group("agency").lower()))
    elif other:
        match = other
        agency = match.group("agency").strip()
    else:
        match = _CAPS_DATELINE.match(head)
        if not match or match.group("place").strip() in _LABELS:
            return None
        if ":" in head[match.end("place"):match.end()] and "." not in _PARAGRAPH_END.split(head[match.end():], 1)[0]:
            return None     # "PROFILE: The Allied Democratic Forces, ..." heads a page; a dateline opens prose
        agency = None
    place = match.group("place").strip()
    start = match.start("place")
    day = _day(match.group("day"), published) if "day" in match.groupdict() and match.group("day") else None
    return Dateline(place=place, agency=agency, place_span=Span(start, start + len(place)),
                    span=Span(match.start(), match.end()), day=day)


def _day(words: str, published: date | None) -> date | None:
    """ "3 JAN 90", "Sept 24": a two-digit year is the one nearest to publication (else 1950-2049);
    no year, the latest such day not after publication.

    A desk files many reports under one day and date: the answer is kept per words and publication day
    (up to 10,000 of them), since reading a date is the costliest step of finding a dateline."""
    hit = _DAYS.get((words, published), _UNSEEN)
    if hit is _UNSEEN:
        if len(_DAYS) >= 10_000:
            _DAYS.clear()
        hit = _DAYS[words, published] = _read_day(words, published)
    return hit


_DAYS: dict[tuple, date | None] = {}
_UNSEEN = object()


def _read_day(words: str, published: date | None) -> date | None:
    short = re.search(r"^\d{1,2}\s+[A-Za-z]+\.?\s+(\d{2})\s*$", words)
    if short:
        yy = int(short.group(1))
        if published is not None:
            full = published.year // 100 * 100 + yy
            full = min((full - 100, full, full + 100), key=lambda y: abs(y - published.year))
        else:
            full = (1900 if yy >= 50 else 2000) + yy
        words = f"{words[:short.start(1)]}{full}"
    from ..extraction.dates import find_dates      # not at the top: extraction reads normalize's output

    found = find_dates(words.lower(), published)
    return found[0].value if found else None
