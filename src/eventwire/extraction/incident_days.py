"""The day an article gives its incident where it names the incident, not where it tells it.

News that follows up an incident (an inquiry, a protest, a funeral, a statement) tells the deed in
passing ("demanded an inquiry into the murder of the two leaders") and names its day once,
elsewhere, by a definite description: "the crime perpetrated on 12 January", "the multiple murder
that took place on 16 November", "the 31 October attack on the union headquarters", "the killing
of ten union members at their headquarters on Tuesday, 31 October", "It happened on 5 July". A
definite noun with a day of its own points at an incident the reader is told of, so an event of
that kind which its own tellings left undated (the day of publication, precision 2) takes that
day, when the article names one day only for incidents of that kind. A deed told by its own verb with a day
("Lopez was kidnapped on 2 August") names its victim instead: it dates only a telling that names the same person
("police found the body of Rene Lopez"), since a verb, unlike a definite noun, may tell an incident of its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..codebook import BATTLES, EXPLOSIONS, TIME_DAY, VAC
from ..records import Article, Event, Evidence
from .compiled import compile as rx_compile
from .dates import DateMention, count_word, find_dates
from .numbers import number_value
from .word_frequency import rarer_than

_KIDNAP, _GUNFIRE, _BLAST, _BATTLE = "kidnapping", "gunfire", "blast", "battle"
# the nouns by which news names a deed, each with the kinds of incident it may name: "the killing" may have been
# done with a bomb, "the shooting" not; "the attack" may name a battle, "the crime" no battle, "the incident" any
_NOUN_KINDS = (
    (r"kidnapp?ings?|abductions?|disappearances?", {_KIDNAP}),
    (r"shootings?", {_GUNFIRE}),
    (r"murders?|killings?|assassinations?|massacres?|slayings?", {_GUNFIRE, _BLAST}),
    (r"bombings?|explosions?|blasts?|sabotage", {_BLAST}),
    (r"attacks?|assaults?|ambush|raids?", {_GUNFIRE, _BLAST, _BATTLE}),
    (r"clash(?:es)?|fighting|combat", {_BATTLE}),
    (r"crimes?", {_KIDNAP, _GUNFIRE, _BLAST}),
    (r"incidents?", {_KIDNAP, _GUNFIRE, _BLAST, _BATTLE}),
)
_NOUN = "|".join(f"(?P<k{i}>{words})" for i, (words, _) in enumerate(_NOUN_KINDS))
# "yesterday's foiled attack", "the attempted kidnapping": a deed not done names no incident of violence
_NOT_DONE = r"(?!(?:foiled|failed|thwarted|attempted|planned|aborted|frustrated|averted)\b)"
_NOUN_AFTER = rx_compile(r"\s+" + _NOT_DONE + r"(?:[a-z-]+\s+)?(?:" + _NOUN + r")\b")    # "the 31 october attack"
_ALL = frozenset({_KIDNAP, _GUNFIRE, _BLAST, _BATTLE})
_POSSESSIVE = rx_compile(r"'s|’s")     # "today's attack", "sunday's bombing"
# "the crime", "this multiple murder", "the dynamite attack": a definite noun names an incident already known
_DEFINITE = rx_compile(r"\b(?:the|this|that|these|those)\s+" + _NOT_DONE
                       + r"(?:[a-z\"'-]+\s+){0,2}?(?:" + _NOUN + r")\b")
# what may stand between the noun and its day: "of the six priests in san salvador", "perpetrated", "that took
# place"; no clause of another verb, no end of a clause
_LINK = rx_compile(
    r"(?:\s+(?P<prep>of|against|on|at|in|near|outside)\s+(?P<of>[^.;:()\[\]]{1,110}?))?"
    r"(?:\s*,?\s*(?:which|that)\s+)?\s*(?:(?:was|were)\s+)?"
    r"(?:\s*(?:committed|perpetrated|carried out|took place|occurred|happened|staged))?"
    r"\s+(?:(?:early|late)\s+)?(?:(?:at dawn|in the morning|on the (?:morning|night|evening|afternoon))\s+)?"
    r"(?:on|of)?\s*$")
# words that open another clause or tell another verb: what follows them is no longer the noun's
_OTHER_CLAUSE = rx_compile(r"\b(?:said|says|say|told|announced|reported|that|which|who|whom|when|while|after|before|"
                           r"since|until|is|are|was|were|has|have|had|will|would|and then)\b")
# "the killing came two days after the assassination of a governor on sunday", "since the 4 may attack": an
# incident named as the time of another is not the one the article tells
_ANOTHER_AS_TIME = rx_compile(
    r"(?:\b(?:\d+|a|an|one|two|three|four|five|six|seven|several|few)\s+(?:days?|weeks?|months?|hours?)\s+"
    r"(?:after|before)|\b(?:came|comes|occurred|happened|took place)\s+(?:[a-z]+\s+){0,3}?(?:after|before)"
    r"|\bsince|\b(?:reprisal|retaliation|revenge|response)\s+(?:for|to))\s+$")
# "it happened on 5 july", "this occurred on 5 july": the incident just told
_PRONOUN_HAPPENED = rx_compile(r"\b(?:it|this)\s+(?:(?:all|reportedly)\s+)?(?:happened|occurred|took place)\s+"
                               r"(?:(?:early|late)\s+)?(?:on\s+)?$")


# "senator galan was killed on 18 august", "lopez, who worked at the airport, was kidnapped on 2 august": the
# deed's own verb with its day; it dates an undated telling only of the same named victim
_VERB_KINDS = (
    (r"kidnapp?ed|abducted|taken hostage|reported missing", {_KIDNAP}),
    (r"killed|murdered|assassinated|shot(?: dead| to death)?(?: and killed)?|gunned down|slain", {_GUNFIRE}),
    (r"wounded|injured", {_GUNFIRE, _BLAST}),
)
_VERB = "|".join(f"(?P<v{i}>{words})" for i, (words, _) in enumerate(_VERB_KINDS))
# "was shot", "was brutally and cowardly shot", "(the nun was taken to hospital) after being wounded"
_DEED_VERB = rx_compile(r"\b(?:(?:was|were)\s+(?:[a-z]+ly\s+(?:and\s+[a-z]+ly\s+)?)?|after\s+being\s+)"
                        r"(?:" + _VERB + r")\b(?P<gap>[^.;:()\[\]]{0,110}?)\s+(?:on\s+)?$")
# "kidnapped the 55-year-old businessman last 9 august": the deed told in the active voice, its victim the object
_DEED_DONE = rx_compile(r"\b(?:" + _VERB + r")\s+(?P<object>the\s+[^.;:,()\[\]]{1,60}?)\s+(?:on\s+|last\s+)?$")
# "shot in the back when he was about to reach his house ... on 22 august": the circumstances of the deed, whose
# day is the deed's (what _OTHER_CLAUSE would take for another clause)
_CIRCUMSTANCE = rx_compile(r"\b(?:when|as|while)\s+(?:he|she|they)\s+(?:was|were)\b")
# "residents said the gunmen arrived on motorcycles late on saturday": the doers of the incident told, named by what
# they did, with a day in their own clause; a standing force ("the guerrillas", "the army") names no one incident
_DOER_KINDS = (
    (r"gunmen|assailants|killers|hitmen|attackers|raiders", {_GUNFIRE, _KIDNAP, _BLAST}),
    (r"kidnappers|abductors|captors", {_KIDNAP}),
    (r"bombers", {_BLAST}),
)
_DOER = "|".join(f"(?P<d{i}>{words})" for i, (words, _) in enumerate(_DOER_KINDS))
_DOERS_DAY = rx_compile(r"\bthe\s+(?:" + _DOER + r")\b(?P<gap>(?:\s+[^\s.;:()\[\]]+){1,8}?)\s+$")
# "the killers wanted to destroy the process begun on 14 january 1986": the day of what the doers spoke of
_ANOTHERS_DAY = rx_compile(r"\b(?:begun|founded|established|created|formed|signed|held|elected|launched|started|"
                           r"process|talks|elections?|vote|agreement)\b")
_DOERS_RECENT = 14      # days: the doers' day is the incident's only in the news of the last two weeks
# the words one of which a sentence must hold to name an incident's day: the others' sentences are not read
_CUE = rx_compile(r"\b(?:" + "|".join(words for words, _ in _NOUN_KINDS + _VERB_KINDS + _DOER_KINDS)
                  + r"|happened|occurred|took place)\b")
# "it has been 4 days since the killing": the incident's day counted back from the report's
_NUMBERS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_DAYS_SINCE = rx_compile(r"\bit (?:has been|is now|is)\s+(?P<n>\d{1,2}|" + "|".join(_NUMBERS) + r")\s+(?P<days>days)\s+"
                         r"since\s+the\s+(?:[a-z-]+\s+)?(?:" + _NOUN + r")\b")
# where the clause whose subject is the victim opens: the sentence, a semicolon, "that" after a verb of speech
_CLAUSE_OPENS = rx_compile(r"(?:^|[;:]|\bthat\b)\s*")
# nouns for the victims of any incident: they name no one in particular
_ROLES = frozenset("""mayor senator judge magistrate priest priests nun nuns jesuit jesuits student students leader
leaders official officials soldier soldiers policeman policemen people persons peasants peasant members member
president candidate journalist journalists businessman businessmen engineer engineers diplomat diplomats hostage
hostages victim victims guerrilla guerrillas rebel rebels civilians former deputy colonel general captain
lieutenant sergeant father sister mother brother wife husband son daughter banker bankers industrialist lawyer
lawyers teacher teachers worker workers farmer farmers trader traders driver drivers doctor doctors nurse reporter
reporters newsman newsmen editor bishop archbishop ambassador governor councilman minister congressman attorney
unionist unionists activist activists""".split())
_NAME_FREQUENCY = 4.2     # a word rarer than this in English (Zipf scale) names someone
# "the nun", "the irish nun": one person told by a role the article gave before, when no name is told with the deed
# (plural and generic roles, "the students", "the people", name no one)
_ONE_PERSON = frozenset("""mayor senator judge magistrate priest nun jesuit student candidate journalist businessman
engineer diplomat banker industrialist lawyer teacher doctor nurse reporter editor bishop archbishop ambassador
governor councilman minister congressman attorney unionist activist""".split())
_THE_ROLE = rx_compile(r"\bthe\s+(?:[a-z0-9-]+\s+){0,2}?(?P<role>" + "|".join(sorted(_ONE_PERSON)) + r")\b")


def _victim_names(subject: str) -> frozenset[str]:
    """The words of a clause's subject that name a person ("senator luis carlos galan" -> galan, luis, carlos)."""
    words = re.findall(r"[a-z]{4,}", subject)
    return frozenset(w for w in words if w not in _ROLES and rarer_than(w, _NAME_FREQUENCY))


def _deed_of_a_victim(before: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The kinds and the victim's names when `before` (the sentence up to a day) ends with a deed verb whose victim
    is named: the subject of a passive ("lopez ... was kidnapped on"), the object of an active ("kidnapped the
    businessman last"); a victim told only by the role of one person ("the nun") is named by that role. None
    otherwise."""
    deed = _DEED_VERB.search(before, max(0, len(before) - 200))
    if deed is not None and not _OTHER_CLAUSE.search(_CIRCUMSTANCE.sub(" ", deed.group("gap"))):
        opening = list(_CLAUSE_OPENS.finditer(before, 0, deed.start()))
        subject = re.split(r",|\bwho\b|\bwhich\b", before[opening[-1].end() if opening else 0:deed.start()])[0]
        role = list(_THE_ROLE.finditer(before, max(0, deed.start() - 80), deed.start()))
        # ("the nun was taken to hospital after being wounded": the one who was, not the clause's subject words)
        names = frozenset() if deed.group().startswith("after") else _victim_names(subject)
        names = names or frozenset(role[-1].group("role") for _ in role[-1:])
    else:
        deed = _DEED_DONE.search(before, max(0, len(before) - 120))
        if deed is None or _OTHER_CLAUSE.search(deed.group("object")):
            return None
        role = _THE_ROLE.match(deed.group("object"))
        names = _victim_names(deed.group("object")) or frozenset(role.group("role") for _ in [role] if role)
    if not names:
        return None
    return frozenset(next(k for i, (_, k) in enumerate(_VERB_KINDS) if deed.group(f"v{i}"))), names


# "The rebels also blew up five posts", "In another attack, ...": the sentence tells an incident besides the one named
_BESIDES = rx_compile(r"\b(?:also|another|separately|elsewhere|meanwhile|in a separate)\b")


@dataclass(frozen=True)
class IncidentDay:
    """A day the article gives an incident by naming it, and the kind of incident the noun names."""

    kinds: frozenset[str]
    day: DateMention        # offsets into the article
    count: int | None = None  # "the massacre of 12 persons": the victims the noun counts
    victim: frozenset[str] = frozenset()   # "lopez was kidnapped on 2 august": dates only a telling naming lopez


def _kind(match: re.Match) -> frozenset[str]:
    return frozenset(next(kinds for i, (_, kinds) in enumerate(_NOUN_KINDS) if match.group(f"k{i}")))


def _named_before(before: str) -> tuple[frozenset[str], int | None] | None:
    """The kinds of incident a definite noun names when `before` (the sentence up to a day) ends with that noun
    and the words that bind the day to it, and the victims it counts; None when the day is not the noun's."""
    if _PRONOUN_HAPPENED.search(before):
        return _ALL, None
    for noun in reversed(list(_DEFINITE.finditer(before, max(0, len(before) - 180)))):
        link = _LINK.fullmatch(before, noun.end())
        if link is None or link.group("of") and _OTHER_CLAUSE.search(link.group("of")):
            continue
        if _ANOTHER_AS_TIME.search(before, max(0, noun.start() - 60), noun.start()):
            return None
        count = number_value(link.group("of").split()[0]) if link.group("prep") == "of" else None
        return _kind(noun), count
    return None


def _doers_before(before: str) -> tuple[frozenset[str], None] | None:
    """"the gunmen arrived on motorcycles late on": the day the doers of the incident did what the clause tells."""
    doers = _DOERS_DAY.search(before, max(0, len(before) - 120))
    if doers is None or _OTHER_CLAUSE.search(doers.group("gap")) and not _DOER_VERB.match(doers.group("gap")) \
            or _ANOTHERS_DAY.search(doers.group("gap")):
        return None
    return frozenset(next(k for i, (_, k) in enumerate(_DOER_KINDS) if doers.group(f"d{i}"))), None


# the doers' own verb may be one _OTHER_CLAUSE lists ("the gunmen were seen", "the attackers had fled"); a clause
# opened after it ("the gunmen, who ...") may not
_DOER_VERB = rx_compile(r"\s*(?:were|had|have)\b(?![^.;]*\b(?:said|told|that|which|who|when|while|after|before|"
                        r"since|until)\b)")


def _named_after(sentence: str, day: DateMention) -> tuple[frozenset[str], int | None] | None:
    """"the 31 october attack", "the 4 october attacks on these towns", "today's attack": a day that names the
    incident."""
    possessive = _POSSESSIVE.match(sentence, day.end)
    if possessive is not None and not _ANOTHER_AS_TIME.search(sentence, max(0, day.start - 60), day.start):
        after = _NOUN_AFTER.match(sentence, possessive.end())
        return (_kind(after), None) if after else None
    if sentence[max(0, day.start - 4):day.start] != "the " \
            or _ANOTHER_AS_TIME.search(sentence, max(0, day.start - 64), day.start - 4):
        return None
    after = _NOUN_AFTER.match(sentence, day.end)
    return (_kind(after), None) if after else None


def incident_days(article: Article, lower: str) -> list[IncidentDay]:
    """Every day the article gives an incident by a definite noun (or "it happened on ..."), in order."""
    anchor = article.dateline.day if article.dateline is not None and article.dateline.day else article.published
    # the dateline's own day says when the story was filed; a headline above it may name the incident's
    # ("Saturday's attack on Plateau village kills nine")
    filed = (article.dateline.span.start, article.dateline.span.end) if article.dateline is not None else (0, 0)
    found: list[IncidentDay] = []
    for sentence in article.sentences:
        s = lower[sentence.start:sentence.end]
        if not _CUE.search(s):
            continue            # no noun of a deed, no "it happened": no day of an incident named (most sentences)
        for day in find_dates(s, anchor):
            if day.value is None or day.precision != TIME_DAY or day.reporting \
                    or filed[0] <= sentence.start + day.start < filed[1] \
                    or sentence.start + day.start < filed[0] and not _named_after(s, day):
                continue
            named = _named_after(s, day) or _named_before(s[:day.start]) \
                or (_doers_before(s[:day.start]) if anchor and (anchor - day.value).days <= _DOERS_RECENT else None)
            victim = _deed_of_a_victim(s[:day.start]) if named is None else None
            if victim is not None:
                found.append(IncidentDay(victim[0], DateMention(day.value, day.precision, sentence.start + day.start,
                                                                sentence.start + day.end, day.text), None, victim[1]))
            if named is not None:
                found.append(IncidentDay(named[0], DateMention(day.value, day.precision, sentence.start + day.start,
                                                               sentence.start + day.end, day.text), named[1]))
        since = _DAYS_SINCE.search(s)
        if since is not None and anchor is not None:
            start, end = sentence.start + since.start(), sentence.start + since.end("days")
            found.append(IncidentDay(_kind(since), DateMention(anchor - timedelta(days=count_word(since.group("n"))),
                                                               TIME_DAY, start, end, article.text[start:end])))
    return found



def _kind_of(event: Event) -> str | None:
    if event.sub_event_type == "Abduction/forced disappearance":
        return _KIDNAP
    if event.event_type == EXPLOSIONS or event.sub_event_type == "Looting/property destruction":
        return _BLAST       # the damage of a bombing or of sabotage
    if event.event_type == VAC:
        return _GUNFIRE
    return _BATTLE if event.event_type == BATTLES else None


def date_undated(article: Article, lower: str, events: list[Event]) -> None:
    """An event its tellings left at the day of publication takes the one day the article gives incidents of its
    kind by name (see the module's docstring); several such days leave it as it is."""
    # (an incident built from several tellings keeps their evidence: one that told only the day the bodies were found
    # leaves the incident's own day at the day of publication, which `date_text` None says)
    undated = [e for e in events if (not e.dated_by_text() or e.date_text is None and e.time_precision != TIME_DAY)
               and _kind_of(e) is not None]
    if not undated or article.published is None:
        return
    named = incident_days(article, lower)
    for event in undated:
        kind = _kind_of(event)
        own = next((x for x in article.sentences if x.start <= event.sentence_start < x.end), None)
        if own is not None and _BESIDES.search(lower, own.start, own.end):
            continue
        # "the massacre of 12 persons last wednesday" is not the killing of two leaders
        told = set(re.findall(r"[a-z]{3,}", lower[own.start:own.end])) if own is not None else set()
        # "the political leader's murder", told with no day after "Lopez was shot dead on 21 March": the definite
        # noun points back at the one incident of its kind the article has dated, victim named or not
        pointed = own is not None and any(kind in _kind(m) for m in _DEFINITE.finditer(lower, own.start, own.end))
        days = [n.day for n in named if kind in n.kinds and n.day.value <= article.published
                and (n.count is None or not event.fatalities or n.count == event.fatalities)
                and (not n.victim or n.victim & told or pointed)]
        if len({d.value for d in days}) != 1:
            continue
        _set_day(article, event, days[0])


def _set_day(article: Article, event: Event, day: DateMention) -> None:
    value: date = day.value
    event.event_date, event.time_precision = value.isoformat(), TIME_DAY
    event.date_text, event.date_resolved = day.text, True
    event.evidence.append(Evidence("event_date", day.start, day.end, article.text[day.start:day.end]))
