"""One sentence that tells two incidents: its clauses, each read as a sentence of its own.

Wire copy packs the day's incidents together: "Tank fire killed five in A on Monday, while an air
strike on a house in B killed three"; "Gunmen killed a chief in A on Tuesday and abducted 12 people
in B on Wednesday". ACLED codes one event per place and day, so where two clauses joined by
"while", "whereas", ";", "meanwhile" or "and" each tell a deed of their own (a trigger) and each
name a scene or a day of their own that differ, each clause is coded apart. A clause that only
elaborates ("killed five and wounded 12 in A", "attacked the town and burned houses", "killing
three") names no second scene or day, and stays with its sentence.
"""
from __future__ import annotations

from ..dedup.across import km_between
from ..records import Place, Sentence
from .classify import classify_sentence
from .compiled import compile as rx_compile
from .dates import find_dates
from .triggers import may_hold_event

# where a second clause may open: a strong joint (a contrast, a semicolon, "meanwhile"; not "while on patrol",
# "while travelling", a time of the deed told) or a plain "and", which opens an incident only with a day of its own
# ("while in the south police used tear gas": a region opening the other clause is a scene, not a time)
_STRONG = rx_compile(r"(?:,\s*|\s+)(?:while|whereas|whilst)\s+(?!(?:on|in(?! the (?:north|south|east|west)\w*\b)|at|"
                     r"under|during|still|being|\w+ing)\b)"
                     r"|;\s+(?:meanwhile,?\s+)?|,\s+meanwhile,?\s+")
_AND = rx_compile(r",?\s+and\s+(?:then\s+|later\s+|also\s+)?")
# ", and a bomb wounded five in B": after a comma, "and" before a subject of its own joins two clauses as "while" does
_AND_SUBJECT = rx_compile(r",\s+and\s+(?:a|an|another|the|two|three|four|five|six|seven|eight|nine|ten|several|"
                          r"dozens|\d+)\s")
_RANGE = rx_compile(r"\d\s*[-\u2013]\s*\d|\d\s+(?:and|to)\s+\d|\d-\d|between")
# the words by which a day is told, counted before the dates are read (a sentence with fewer than two tells one day)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_DAY_WORD = rx_compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|overnight|dawn|"
                       r"(?:this|last) (?:morning|afternoon|evening|night)|"
                       r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + "|" + _MONTH + r"[a-z]*\.?\s+\d{1,2}\b)")
_MIN_CLAUSE = 12        # characters: shorter than this, no clause of its own
_AND_REACH = 30         # characters after "and" within which its clause's deed must open
_NEAR_KM = 10           # scenes closer than this are one scene told twice (a town and its quarter)


def deed_clauses(lower: str, sentence: Sentence, scene_places: list[Place], anchor,
                 protest_context: bool, scenes: bool) -> list[Sentence]:
    """The sentence cut at every joint between two clauses that tell incidents of their own (else itself)."""
    s = lower[sentence.start:sentence.end]
    # two incidents need two scenes or two days in the sentence (cheap tests first: most sentences tell no deed)
    if not _may_join(s):
        return [sentence]
    two_days = len(_DAY_WORD.findall(s)) >= 2 and len({day for day, _ in _days(s, anchor)}) >= 2
    if not two_days and len(_scenes(scene_places, sentence.start, sentence.end)) < 2:
        return [sentence]
    joints = _joints(s)
    if not joints:
        return [sentence]
    pieces: list[Sentence] = []
    start = sentence.start
    for j_start, j_end, strong in joints:
        cut, resume = sentence.start + j_start, sentence.start + j_end
        if cut - start < _MIN_CLAUSE or sentence.end - resume < _MIN_CLAUSE \
                or s.count("(", 0, j_start) > s.count(")", 0, j_start):
            continue     # a joint inside brackets joins names ("(supporters of A and B)"), not clauses
        if not two_days and not (strong and _scenes(scene_places, start, cut) and _scenes(scene_places, resume,
                                                                                            sentence.end)):
            continue     # neither a day nor a scene of its own to tell the clauses apart
        right_end = sentence.start + _right_end(s, joints, j_end)
        if _two_incidents(lower, start, cut, resume, right_end, scene_places, anchor, protest_context, scenes,
                          strong):
            pieces.append(Sentence(start, cut))
            start = resume
    if not pieces:
        return [sentence]
    pieces.append(Sentence(start, sentence.end))
    return pieces


def may_split(s: str, protest_context: bool, scenes: bool) -> bool:
    """Whether `deed_clauses` could cut the lowercased sentence `s`, whatever its places and days.

    A cut needs a clause after a joint that the classifier codes (`_two_incidents` asks that first), so a
    sentence none of whose right-hand clauses codes stays whole: that much is known before geo runs."""
    if not _may_join(s):
        return False
    joints = _joints(s)
    return any(classify_sentence(s[j_end:_right_end(s, joints, j_end)], protest_context, scenes) is not None
               for _, j_end, _ in joints)


def _may_join(s: str) -> bool:
    """Cheap tests first: a joint word, and a trigger stem somewhere (most sentences tell no deed)."""
    return (";" in s or " while " in s or " and " in s or "whereas" in s or "whilst" in s or "meanwhile" in s) \
        and may_hold_event(s)


def _joints(s: str) -> list[tuple[int, int, bool]]:
    """(start, end, strong) of every place where a second clause may open, in order."""
    return sorted([(m.start(), m.end(), True) for m in _STRONG.finditer(s)]
                  + [(m.start(), m.end(), _AND_SUBJECT.match(s, m.start()) is not None) for m in _AND.finditer(s)])


def _right_end(s: str, joints: list[tuple[int, int, bool]], resume: int) -> int:
    """Where the clause opening at `resume` ends: at the next strong joint, or at the sentence's end."""
    return next((a for a, _, strong in joints if strong and a > resume), len(s))


def _two_incidents(lower: str, a: int, b: int, c: int, d: int, places: list[Place], anchor,
                   protest_context: bool, scenes: bool, strong: bool) -> bool:
    """Whether [a, b) and [c, d) each tell a deed with a scene or a day of its own, and the two differ."""
    right = classify_sentence(lower[c:d], protest_context, scenes)
    # after a plain "and" the deed opens its clause ("and abducted 12", "and gunmen shot two"); a deed told further
    # on belongs to a list of places or things ("between A and B, killing 11")
    if right is None or not strong and right.start > _AND_REACH:
        return False
    left = classify_sentence(lower[a:b], protest_context, scenes)
    if left is None:
        return False
    left_places, right_places = _scenes(places, a, b), _scenes(places, c, d)
    # "On 2 May, in A, a man was killed and his body was found in B on 3 May": a day or a scene put before the deed
    # frames every clause of the sentence, as ACLED's notes open
    left_days, right_days = _days(lower[a:b], anchor), _days(lower[c:d], anchor)
    if len(left_days) == 1 and len(right_days) == 1 and left_days[0][1] > left.start \
            and left_days[0][0] != right_days[0][0]:
        return True      # "killed a chief in A on Tuesday and abducted 12 in B on Wednesday"
    if not strong or not left_places or any(p.start < a + left.start for p in left_places):
        return False     # "killed four in A and wounded two in B": one raid told deed by deed, as ACLED notes tell it
    # the left clause's scene is its town where it names one ("in the Gaza Strip city of Khan Younis")
    towns = [q for q in left_places if q.feature_class != "A"] or left_places
    return any(all(_apart(p, q) for q in towns) for p in right_places)


def _apart(p: Place, q: Place) -> bool:
    """Two scenes, neither the other nor inside it, and far enough apart to be two places in ACLED's terms."""
    if (p.resolved_name or p.name) == (q.resolved_name or q.name):
        return False
    if p.feature_class == "A" and p.resolved_name in (q.admin1, q.admin2) \
            or q.feature_class == "A" and q.resolved_name in (p.admin1, p.admin2):
        return False
    if None in (p.latitude, p.longitude, q.latitude, q.longitude) or None in (p.feature_class, q.feature_class):
        return True      # a town the gazetteer lacks (placed, if at all, at its area) told by a name of its own
    return km_between(p.latitude, p.longitude, q.latitude, q.longitude) > _NEAR_KM


def _scenes(places: list[Place], start: int, end: int) -> list[Place]:
    return [p for p in places if start <= p.start < end and not p.is_country]


def _days(text: str, anchor) -> list[tuple]:
    """(day, offset) of each day the clause tells; a range ("19-20 November") tells two."""
    return [(m.value, m.start) for m in find_dates(text, anchor) if m.value is not None and not m.reporting
            and _RANGE.search(text, max(0, m.start - 9), m.end) is None]
