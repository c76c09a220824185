"""Wire datelines: `AMMAN (Reuters) -`, `amman ( reuters ) -`, `KABUL, Afghanistan (AP) —`.

A dateline names where the report was filed and by whom; it is not the place of
the events, so it is kept apart from the places found in the body.
"""
from __future__ import annotations

import re

from ..records import Dateline, Span

AGENCIES = {
    "reuters": "Reuters", "ap": "Associated Press", "afp": "AFP", "xinhua": "Xinhua",
    "ani": "ANI", "ians": "IANS", "pti": "PTI", "upi": "UPI", "dpa": "dpa", "efe": "EFE",
    "anadolu": "Anadolu Agency", "aa": "Anadolu Agency", "bernama": "Bernama",
    "irna": "IRNA", "sana": "SANA", "tass": "TASS", "ria novosti": "RIA Novosti",
    "kyodo": "Kyodo", "yonhap": "Yonhap", "ansa": "ANSA", "apa": "APA", "thomson reuters foundation": "Thomson Reuters Foundation",
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
# An upper-case place with a dash and no agency: `BEIRUT — ...`
_CAPS_DATELINE = re.compile(r"^\s*(?P<place>[A-Z][A-Z.'\- ]{2,30}?)(?:,\s*(?P<region>[A-Z][A-Za-z.' ]{1,30}?))?\s*(?:-{1,2}|–|—)\s+")


def find_dateline(text: str) -> Dateline | None:
    head = text[:200]
    match = _DATELINE.match(head)
    if match:
        agency = AGENCIES.get(re.sub(r"\s+", " ", match.group("agency").lower()))
    elif _OTHER_DATELINE.match(head):
        match = _OTHER_DATELINE.match(head)
        agency = match.group("agency").strip()
    else:
        match = _CAPS_DATELINE.match(head)
        if not match:
            return None
        agency = None
    place = match.group("place").strip()
    start = match.start("place")
    return Dateline(place=place, agency=agency, place_span=Span(start, start + len(place)), span=Span(match.start(), match.end()))
