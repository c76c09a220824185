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
from .reportable import PERFECT_TALLY

# "a 2021 bombing", "the 2014 abduction of": an incident named by its year
_YEAR_NAMED = rx_compile(r"\b(?:a|an|the|its|their|that|last)\s+((?:19|20)\d\d)(?:'s)?\s+(?:[\w-]+\s+){0,2}$")
# "has carried out", "have been killed", "has been gripped by": the present perfect at the trigger
_PRESENT_PERFECT = rx_compile(r"\b(?:has|have)\s+(?:for\s+(?:\w+\s+){1,2}?)?(?:\w+\s+){0,2}?(?:been\s+)?"
                              r"(?:\w+(?:ed|en|wn|ung|ught|ld)|become|"
                              r"sent|set|put|hit|shot|struck|led|fled|kept|built|cut|lost|left|spent|dug)\b")
# "Kidnappings for ransom have become common in recent years": deeds named by a plural noun, the subject of
# the present perfect after them
_DEEDS_THEN_PERFECT = rx_compile(r"s\b(?:\s+[\w-]+){0,4}?\s+have\s+(?:\w+\s+)?(?:been|become|\w+ed)\b")
# "Ethnic violence between the two communities has killed more than 250 people since May 2023": the deed named
# by a noun, the subject of a present perfect of harm after it
_DEED_HAS_HARMED = rx_compile(r"(?:\s+[\w'-]+){0,10}?\s+(?:has|have)\s+(?:\w+\s+)?(?:killed|left|claimed|"
                              r"displaced|wounded)\b")
# "Cattle raids kill hundreds of people each year": a habit counted by the year or month, no incident
# ("Shells landed in their neighbourhood almost every day": a siege told by what kept happening)
_HABIT_PERIOD = rx_compile(r"\b(?:each|every|per)\s+(?:year|month)\b|\bannually\b|"
                           r"\b(?:almost|nearly|virtually)\s+every\s+(?:day|night|week)\b")
# "The killings led to street protests in the weeks that followed", "air strikes in the months after": a period
# counted from an incident the article recalls, not a day of the news
_AFTERMATH = rx_compile(r"\b(?:in|during|over)\s+the\s+(?:days|weeks|months|years)\s+(?:that\s+followed|"
                        r"after(?:wards)?|since)\b")
# "It was the deadliest bombing in the city since a car bomb killed 20 in February 2025": the news measured
# against an earlier incident; the sentence adds no incident, and the one after "since" is history
_MEASURED_SINCE = rx_compile(r"\b(?:deadliest|bloodiest|worst|heaviest|biggest|largest|most (?:deadly|serious))\b"
                             r"[^.;]{0,60}?\bsince\b")
# what makes a present perfect a tally over a period rather than news of the day
# ("Kidnappings have surged in Haiti": a trend, told by its verb)
# ("has been under a blockade for most of the past four years", "have for two decades detained": a state of things
# lasting years is no incident of a day)
_TALLY = rx_compile(r"\b(?:since|this year|so far|to date|in recent (?:days|weeks|months|years)|over the (?:past|last)|"
                    r"for (?:most of |much of )?the (?:past|last) (?:\w+ )?(?:years|decades?)|for (?:years|decades)|"
                    r"for (?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+) (?:years|decades)|"
                    r"many|dozens of|scores of|hundreds of|thousands of|a (?:string|series|wave|spate) of|"
                    r"(?:a|its|their) (?:[\w-]+ )?campaign|"
                    r"(?:surged|soared|risen|increased|spiked|multiplied|grown))\b")
_WINDOW = 40
_PERFECT_REACH = 60
_COUNTED = rx_compile(r"\b(?:more than|over|at least|nearly|some|about)?\s*\d[\d,]*\b|\b(?:dozens|scores|hundreds|"
                      r"thousands) of\b")
# "the occupation of the palace in November 1985, when 100 people were killed", "in 1986 the editor was murdered",
# "civilians kidnapped more than five years ago": the deed's own clause puts it in an earlier year (a group "founded
# in 1985" dates the group, not the deed)
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# ("in July and August 2024", "between March and May 2024": months joined before their year)
_EARLIER_YEAR = rx_compile(r"(?<!founded )(?<!formed )(?<!created )(?<!established )(?<!born )(?<!since )"
                           r"\b(?:in|during|between)\s+(?:(?:early|late|mid-?)\s*)?(?:" + _MONTHS
                           + r"(?:\s*(?:and|or|to|-)\s*" + _MONTHS + r")?\s+)?((?:19|20)\d\d)\b")
_YEARS_AGO = rx_compile(r"\b(?:(?:more than|over|nearly|almost|some|about)\s+)?(?:\d{1,2}|two|three|four|five|six|"
                        r"seven|eight|nine|ten|several|many)\s+years\s+ago\b")
_YEAR_REACH = 80            # characters either side of the trigger: its own clause, not the whole sentence
# developments that, told in the present perfect with no day after the news, say how things stand ("has deployed
# troops", "has set up bases"), not what happened that day
_STANDING = frozenset({"Change to group/activity", "Headquarters or base established"})
_PARTICIPLE = rx_compile(r"[a-z]+ing\b")
# "has kept up a campaign along the border, planting roadside bombs": the deed named after the participle
_BY_PARTICIPLE = rx_compile(r",\s+[a-z]+ing\s+(?:[\w-]+\s+){0,2}$")
# "a similar raid", "an earlier attack": an incident told beside the news, to compare
_COMPARED = rx_compile(r"\b(?:similar|earlier|previous|prior|last|another|same)\b")


# a court story's lead: a verdict or a sentence handed down ("A Nairobi court on Friday sentenced three former police
# officers ...", "Former guard jailed for life over tavern massacre")
_VERDICT = rx_compile(r"\b(?:sentenced|convicted|acquitted|jailed|found (?:\w+ ){0,3}?(?:guilty|innocent)|"
                      r"cleared (?:\w+ ){0,3}?of)\b")
_COURT = rx_compile(r"\b(?:court|tribunal|judges?|jury|magistrates?|prosecutors?)\b")
# the scene of the hearing itself, the day's news in a court story ("Outside the court, relatives held a rally")
_AT_THE_HEARING = rx_compile(r"\b(?:outside|in front of|at the gates of|in) the (?:\w+ )?(?:court|courthouse|"
                             r"courtroom|tribunal|public gallery)\b")
# a rights report's lead: "a human rights group said in a report released on Thursday" (not a news agency's or a
# utility's report of the day's incidents)
_REPORT_LEAD = rx_compile(r"\b(?:said|says|finds|found|documents|concluded) in (?:a|its) (?:new |\d+-page |annual )?"
                          r"report\b|\ba (?:new |\d+-page )?report (?:released|published|issued)\b")
_RIGHTS_BODY = rx_compile(r"\b(?:human rights|rights (?:group|body|organi[sz]ation|watchdog)|amnesty|watchdog|"
                          r"investigators|commission of inquiry|ombudsman|un experts|fact-finding)\b")
_LEAD_SENTENCES = 2
# an anniversary's lead: "laid wreaths on Friday to mark five years since a gunman killed 38 tourists"
_ANNIVERSARY_LEAD = rx_compile(r"\b(?:to mark|marking|marked|commemorat\w+|remember\w*) (?:the )?(?:\w+ )?"
                               r"(?:(?:\w+|\d+) (?:years?|decades?) (?:since|after|to the day)|"
                               r"(?:\w+ )?anniversary of)\b")


def _retelling_story(article: Article, low: str) -> str | None:
    """A long article whose lead reports a verdict ("court"), a report's release ("report") or marks an anniversary
    ("anniversary"): the crimes it retells
    are the case's or the report's findings, coded when they were news."""
    if article.is_brief or not article.sentences:
        return None
    end = article.sentences[min(_LEAD_SENTENCES, len(article.sentences)) - 1].end
    if _VERDICT.search(low, 0, end) is not None and _COURT.search(low, 0, end) is not None:
        return "court"
    report = _REPORT_LEAD.search(low, 0, end) is not None and _RIGHTS_BODY.search(low, 0, end) is not None
    if report:
        return "report"
    return "anniversary" if _ANNIVERSARY_LEAD.search(low, 0, end) is not None else None


def _retold(low: str, event: Event, story: str) -> bool:
    """In a court story, a deed with no day of its own is the crime on trial (told as the court heard it) or what
    followed it, unless it is set at the hearing; a deed told inside the verdict ("on Friday sentenced a guard for his
    part in a shooting in which 16 people were killed") is the crime, the day the verdict's. In a report's story, a
    deed its own sentence dates to no day or week is one of the report's findings."""
    if story == "court" and _AT_THE_HEARING.search(low, event.sentence_start, event.sentence_end) is not None:
        return False           # "police fired tear gas at supporters gathered outside the court"
    trigger = next((e for e in event.evidence if e.field == "event_type"), None)
    if story == "court" and trigger is not None and _VERDICT.search(low, event.sentence_start, trigger.start):
        return True
    return not (event.time_precision in (TIME_DAY, TIME_WEEK) and event.dated_by_text(own_sentence=True))


def news_only(article: Article, events: list[Event]) -> list[Event]:
    """The sentence-level events less the background told after the news: recollections are dropped
    before any merging, so they lend no toll, actor or place to the incident told before them."""
    long_article = not article.is_brief
    low = lower_preserving(article.text)       # once per article, offsets unchanged
    story = _retelling_story(article, low) if events else None
    if story is not None:
        events = [e for e in events if not _retold(low, e, story)]
    # a habit or a period after an earlier incident is no incident wherever it stands, the lead included
    events = [e for e in events if not _period_not_day(low, e)]
    # "ordered him on Thursday to pay compensation to victims of the 2019 Easter Sunday bombings": a deed named by an
    # earlier year is that year's, whatever day its sentence gives the ruling around it
    events = [e for e in events if not _named_by_earlier_year(low, e, article.published)]
    # a witness's words open a feature before its news: testimony wherever it stands
    events = [e for e in events if not (long_article and _testimony(article, e))]
    # a feature may open on history ("When insurgents stormed Palma in March 2021, killing dozens, ..."): in a long
    # article the first incident, dated by its own clause to over a year before publication, is history too
    # and so is an incident dated only to an earlier month or week when a later one has a day of its own
    first = [e for e in events[:1] if not (long_article and not _own_day(e) and (
        _long_ago(low, e, article.published) or _earlier_than_the_news(e, events[1:], article.published)))
        and not _earlier_month_after_the_lead(article, e)]
    kept, recalled, recalled_day = first, False, None
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


def tells_history(sentence: str, published: date | None) -> bool:
    """A sentence (lowercased) that sums up a war or a period, or recalls an earlier year: its numbers are no
    toll for the incident told before it ("The war, which began in 2014, has killed hundreds of thousands")."""
    if PERFECT_TALLY.search(sentence) or _HABIT_PERIOD.search(sentence) or _MEASURED_SINCE.search(sentence):
        return True
    if _PRESENT_PERFECT.search(sentence) and _TALLY.search(sentence):
        return True
    return published is not None and any(int(m.group(1)) < published.year for m in _EARLIER_YEAR.finditer(sentence))


# "Protests against insecurity are common in the region's cities", "attacks on civilians continued": what keeps
# happening, said of the deeds named by a plural noun
_KEEPS_HAPPENING = rx_compile(r"(?:\s+[\w'-]+){0,5}?\s+(?:(?:are|is|have become|has become|remain)\s+(?:\w+\s+)?"
                              r"(?:common|frequent|commonplace|routine|rare|regular)|(?:have\s+|has\s+)?(?:continued|"
                              r"persisted)|continues|persists|go(?:es)? on|went on)\b")
# the deeds as a whole, named in the singular ("the killing goes on as before")
_MASS_NOUNS = ("killing", "violence", "fighting", "bloodshed")


def _period_not_day(low: str, event: Event) -> bool:
    """"Shells landed almost every day", "protests in the weeks that followed", "protests are common", "attacks
    continued": a habit, or a period counted from an incident recalled, with no day of its own."""
    if _own_day(event):
        return False
    if _AFTERMATH.search(low, event.sentence_start, event.sentence_end) is not None \
            or _HABIT_PERIOD.search(low, event.sentence_start, event.sentence_end) is not None:
        return True
    trigger = next((e for e in event.evidence if e.field == "event_type"), None)
    told = low[trigger.start:trigger.end] if trigger is not None else ""
    return (told.endswith("s") or told.endswith(_MASS_NOUNS)) \
        and _KEEPS_HAPPENING.match(low, trigger.end, min(event.sentence_end, trigger.end + 60)) is not None


def _earlier_month_after_the_lead(article: Article, event: Event) -> bool:
    """"The U.N. said on Monday ... In May, a bombing outside a girls' school killed more than 80": a dated wire story
    whose lead tells no incident; one dated by its own sentence to an earlier month, told after the lead, is context
    (the news is the statement or report of the lead)."""
    if article.dateline is None or not article.sentences or article.is_brief:
        return False
    lead_end = article.sentences[min(_LEAD_SENTENCES, len(article.sentences)) - 1].end
    return event.sentence_start >= lead_end and _month_before(event, article.published)


def _named_by_earlier_year(low: str, event: Event, published: date | None) -> bool:
    trigger = next((e for e in event.evidence if e.field == "event_type"), None)
    if trigger is None or published is None:
        return False
    named = _YEAR_NAMED.search(low, max(event.sentence_start, trigger.start - _WINDOW), trigger.start)
    return named is not None and int(named.group(1)) < published.year \
        and _RELATED_TO.search(low, max(event.sentence_start, named.start() - _WINDOW), named.start()) is not None


# what a ruling, a mourner or an inquiry relates to: "compensation to victims of", "the trial of those accused over"
_RELATED_TO = rx_compile(r"\b(?:victims?|survivors?|famil(?:y|ies)|relatives|widows?|orphans|anniversary|compensation|"
                         r"memory|aftermath|investigations?|inquiry|inquest|trials?|case|perpetrators?|planners?|"
                         r"masterminds?|suspects?|accused|responsibility|role) (?:\w+ )?(?:of|for|in|over) $")


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
    perfect = _PRESENT_PERFECT.search(clause, max(event.sentence_start, trigger.start - _WINDOW) - event.sentence_start)
    if perfect is None:
        # "have carried out more than 160 rocket and drone attacks": a count between the verb and the deeds
        wide = _PRESENT_PERFECT.search(clause, max(event.sentence_start, trigger.start - _PERFECT_REACH)
                                       - event.sentence_start)
        if wide is not None and _COUNTED.search(clause, wide.end(), trigger.start - event.sentence_start):
            perfect = wide
    if perfect is None:
        perfect = _DEEDS_THEN_PERFECT.match(low, trigger.end - 1, min(event.sentence_end, trigger.end + _WINDOW))
    if perfect is None:
        perfect = _DEED_HAS_HARMED.match(low, trigger.end, min(event.sentence_end, trigger.end + 2 * _WINDOW))
    if perfect is None and (_PARTICIPLE.match(low, trigger.start) and low[:trigger.start].rstrip().endswith(",")
                            or _BY_PARTICIPLE.search(low, max(event.sentence_start, trigger.start - 30),
                                                     trigger.start)):
        # "has imposed a blockade since September, attacking convoys": the deed hangs on the perfect before it
        perfect = _PRESENT_PERFECT.search(clause)
    if perfect is not None and _TALLY.search(low, event.sentence_start, event.sentence_end):
        return True
    if _HABIT_PERIOD.search(low, event.sentence_start, event.sentence_end) \
            or _MEASURED_SINCE.search(low, event.sentence_start, event.sentence_end):
        return True
    if long_article and article.published is not None \
            and _paragraph_in_an_earlier_year(low, event, article.published.year):
        return True
    if perfect is not None and (long_article or article.dateline is not None) and event.sub_event_type in _STANDING:
        return True            # "Israel has also sent troops into a buffer zone": how things stand, not the day's news
    # (wire copy under a dateline, however short, tells its news first: an earlier month told after it is context)
    return (long_article or article.dateline is not None) \
        and (_month_before(event, article.published) or _weeks_before(event, article.published))


_PARAGRAPH_REACH = 800     # characters back to the paragraph's start: a run-on text without breaks scans no more
_YEAR = rx_compile(r"\b(?:19|20)\d\d\b")
_DAY_WORD = rx_compile(r"\b(?:today|yesterday|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b")


def _paragraph_in_an_earlier_year(low: str, event: Event, year: int) -> bool:
    """A feature's history section ("At dawn on April 2, 2015, four gunmen entered the campus. ... The siege lasted
    15 hours, until special forces killed the attackers."): a deed with no day of its own, told after an earlier
    year in its own paragraph and with no day of the news between, belongs to that year."""
    start = low.rfind("\n", max(0, event.sentence_start - _PARAGRAPH_REACH), event.sentence_start) + 1 \
        or max(0, event.sentence_start - _PARAGRAPH_REACH)
    last = None
    for last in _YEAR.finditer(low, start, event.sentence_start):
        pass
    return last is not None and int(last.group()) < year \
        and _DAY_WORD.search(low, last.end(), event.sentence_end) is None


def _earlier_year(low: str, event: Event, trigger, year: int) -> bool:
    """The trigger's own clause dates the deed to a year before the year of publication."""
    start = max(event.sentence_start, trigger.start - _YEAR_REACH)
    end = min(event.sentence_end, trigger.end + _YEAR_REACH)
    if any(int(m.group(1)) < year for m in _EARLIER_YEAR.finditer(low, start, end)):
        return True
    return _YEARS_AGO.search(low, start, end) is not None


def _long_ago(low: str, event: Event, published: date | None) -> bool:
    """The trigger's own clause names a month and year (or a year) more than twelve months before publication."""
    trigger = next((e for e in event.evidence if e.field == "event_type"), None)
    if trigger is None or published is None:
        return False
    start = max(event.sentence_start, trigger.start - _YEAR_REACH)
    end = min(event.sentence_end, trigger.end + _YEAR_REACH)
    for m in _EARLIER_YEAR.finditer(low, start, end):
        month = next((k + 1 for k, name in enumerate(_MONTH_NAMES) if name in m.group(0)), 12)
        if (published.year - int(m.group(1))) * 12 + published.month - month > 12:
            return True
    # "defenders of the 2016 peace accord": the incident named by its year
    named = _YEAR_NAMED.search(low[max(event.sentence_start, trigger.start - _WINDOW):trigger.start])
    return named is not None and (published.year - int(named.group(1))) * 12 + published.month - 12 > 12


def _earlier_than_the_news(event: Event, later: list[Event], published: date | None) -> bool:
    """"Last month, militants beheaded four farmers ... On Tuesday, insurgents raided a village": the news is the
    incident with a day of its own; the earlier month told before it is context."""
    return (_month_before(event, published) or _weeks_before(event, published)) and any(_own_day(e) for e in later)


_MONTH_NAMES = _MONTHS[3:-1].split("|")


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
