"""Fatalities: how many were killed, by ACLED's conventions.

Numerals and number words (text2num), and vague quantities ("dozens" 12,
"scores" 20, "several" 3, see codebook.VAGUE_FATALITIES). Injuries never count.
Deaths with no number become 3 (a limited attack) and a report that names no
deaths gives 0, because ACLED codes casualties with no deaths as 0.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

from ..codebook import VAGUE_FATALITIES, UNKNOWN_TOLL_LIMITED

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand").split()
_NUMBER_WORD = r"(?:" + "|".join(_UNITS) + r")(?:[- ](?:" + "|".join(_UNITS) + r"|and))*"
_VAGUE = "|".join(sorted((re.escape(v) for v in VAGUE_FATALITIES), key=len, reverse=True))
NUM = r"(?P<num>\d{1,3}(?:,\d{3})+|\d+|" + _NUMBER_WORD + r"|" + _VAGUE + r"|a|an|one|both)"
_QUALIFIER = r"(?:(?:at least|at the very least|more than|over|nearly|almost|about|around|some|up to|as many as|an estimated|roughly|approximately|close to|upwards of|a total of|another|other|additional|a further)\s+)?"
_DEATH = r"(?:killed|dead|died|slain|lost (?:their|his|her) lives?|perished|murdered|shot dead|executed|beheaded|massacred|lynched|burnt to death|burned to death|hacked to death|beaten to death|stabbed to death|shot to death|tortured to death|gunned down|fatalities|deaths|bodies)"
_KILL_VERB = r"(?:killing|killed|kills|kill|claimed the lives of|claiming the lives of|left|leaving|shot dead|murdered|executed|beheaded|massacred|slaughtered|gunned down|lynched)"
# words of killing added to the two lists above, one per line with the reason
_MORE_KILLING = (
    "assassinated",    # wire copy's word for the killing of an official or a public figure
)
_DEATH = _DEATH[:-1] + "|" + "|".join(_MORE_KILLING) + ")"
_KILL_VERB = _KILL_VERB[:-1] + "|" + "|".join(_MORE_KILLING) + ")"

_AFTER_VERB = re.compile(r"\b" + _KILL_VERB + r"\s+" + _QUALIFIER + NUM + r"\b(?P<tail>(?:\s+[\w-]+){0,3})", re.IGNORECASE)
_BEFORE_DEATH = re.compile(r"\b" + _QUALIFIER + NUM + r"\b(?P<gap>(?:\s+(?!\d|injur|wound|hurt|and\s+\d)[\w'-]+){0,5}?)\s+(?:(?:were|was|have been|had been|are|is|being|reportedly|also|later|all)\s+)*" + _DEATH + r"\b", re.IGNORECASE)
_TOLL = re.compile(r"\bdeath toll\b(?:\s+\w+){0,5}?\s+(?:to|at|of|reached|hit|is|was|stands at|rose to|climbed to)\s+" + _QUALIFIER + NUM + r"\b", re.IGNORECASE)
# "the murder of six priests", "the massacre of 20 peasants": the deed named, then its victims counted
_OF_VICTIMS = re.compile(r"\b(?:murders?|killings?|massacres?|assassinations?|executions?) of (?:the )?"
                         + _QUALIFIER + NUM + r"\b(?P<tail>(?:\s+[\w-]+){0,3})", re.IGNORECASE)
# "the mayor was gunned down", "who was murdered": one victim, told in the singular
_SINGULAR_FATES = (
    "killed", "murdered", "assassinated", "slain", "executed",   # the deed itself
    "shot dead", "gunned down", "shot to death",                  # shot
    "stabbed to death", "beaten to death", "hacked to death",     # other arms
    "found dead",                                                  # a body found: one dead
)
_SINGULAR_PASSIVE = re.compile(r"\bwas (?:\w+ ){0,2}?(?:" + "|".join(_SINGULAR_FATES) + r")\b", re.IGNORECASE)
_LEFT_DEAD = re.compile(r"(?:\s+[\w-]+){0,5}?\s+(?:dead|killed)\b", re.IGNORECASE)
_ACTIVE_OBJECT = re.compile(r"\s+(?:a|an|the|his|her|their|two|three|four|five|six|seven|eight|nine|ten|\d+)\b", re.IGNORECASE)
_SPLIT = re.compile(r"\b(?P<total>\d+)\s+fatalit(?:y|ies)\s+(?:were\s+)?(?:split|divided|distributed)\s+(?:up\s+)?(?:between|among|across)\s+(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+events\b", re.IGNORECASE)
_CODED = re.compile(r"\bfatalit(?:y|ies) (?:were |was |are |is )?coded as (?P<n>\d+)(?:[^.]{0,30}?split (?:up )?(?:between|among) (?P<parts>\d+|two|three|four|five|six|seven|eight|nine|ten) events)?", re.IGNORECASE)
_EXPLICIT = re.compile(r"(?:^|[.;] |\b)(?P<n>\d+) fatalit(?:y|ies)\b(?! (?:were |was )?(?:split|coded))", re.IGNORECASE)
_DEATH_AS_CAUSE = re.compile(r"\b(?:over|against|condemn\w*|mourn\w*|protest\w*|honou?r|after|following|since) (?:the |a |an )?(?:\w+ )?$", re.IGNORECASE)
_SINGULAR_DEATH = re.compile(r"\b(?:the|a|an|one|his|her) (?:\w+ )?(?:victim|man|woman|boy|girl|soldier|policeman|policewoman|officer|civilian|suspect|child|person|driver|teenager|student|farmer|trader|journalist|worker|fighter|militant|resident|villager|guard|leader|commander)\s+(?:\w+ ){0,3}?(?:later |subsequently )?(?:died|was killed|was shot dead|succumbed|was found dead|lost (?:his|her) life|was murdered|was beheaded|was executed|was (?:shot|stabbed|beaten|hacked|burn[et]d?|tortured) to death|was gunned down|was lynched)\b|\b(?:the )?body of (?:a|an|the) (?:\w+ )?(?:man|woman|boy|girl|person|child|soldier|civilian|policeman|farmer)\b", re.IGNORECASE)
_ZERO = re.compile(r"\b(?:no (?:reports? (?:on|of) )?(?:fatalities|casualties|deaths|injuries)|with no (?:reported )?(?:fatalities|casualties|deaths)|no (?:one|body|people|person|civilians?|soldiers?) (?:was |were )?(?:killed|hurt|injured|died|harmed)|no (?:immediate )?(?:reports? of )?(?:casualties|deaths|fatalities|injuries|loss of life|one was hurt)|without (?:causing )?(?:any )?(?:casualties|deaths|fatalities|injuries)|did not (?:cause|result in) (?:any )?(?:casualties|deaths|fatalities|injuries)|no (?:reported )?fatalities|no-one was)\b", re.IGNORECASE)
_UNNUMBERED_DEATH = re.compile(r"\b(?:killed|killing|dead|died|shot dead|murdered|executed|beheaded|lynched|massacred|deaths|fatalities|slain|gunned down|lost their lives)\b", re.IGNORECASE)
_UNNUMBERED_MORE = re.compile(r"\b(?:" + "|".join(_MORE_KILLING) + r")\b", re.IGNORECASE)
_INJURY = re.compile(r"\b(?:injur\w*|wound\w*|hurt|maimed|hospitali[sz]ed|arrested|detained|abducted|kidnapped|displaced|missing|rescued)\b", re.IGNORECASE)
_NOT_A_COUNT_TAIL = re.compile(r"^\s*(?:years?|yrs|km|kilomet\w*|miles?|metres?|meters?|hours?|minutes?|days?|weeks?|months?|percent|per cent|%|times|am|pm|a\.m|p\.m)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Count:
    value: int
    start: int
    end: int
    text: str


@lru_cache(maxsize=4096)
def number_value(word: str) -> int | None:
    """'12' -> 12, 'fifty' -> 50, 'dozens' -> 12, 'a' -> 1; None if not a count."""
    w = word.lower().strip()
    if w in ("a", "an", "one"):
        return 1
    if w == "both":
        return 2
    if w in VAGUE_FATALITIES:
        return VAGUE_FATALITIES[w]
    digits = w.replace(",", "")
    if digits.isdigit():
        return int(digits)
    try:
        return int(text2num(w.replace("-", " "), "en"))
    except ValueError:
        return None


def _plausible(value: int | None, tail: str) -> bool:
    return value is not None and value < 100000 and not _NOT_A_COUNT_TAIL.match(tail or "")


# another incident named to compare: "after similar raids", "an earlier attack", "the previous bombing"
_COMPARED_INCIDENT = re.compile(r"\b(?:a |an |the )?(?:similar|previous|earlier)\s+(?:[\w-]+\s+)?(?:attacks?|raids?|"
                                r"bombings?|assaults?|incidents?|massacres?|strikes?|clashes|killings?|ambush(?:es)?)\b",
                                re.IGNORECASE)


def count_fatalities(sentence: str, default_for_unnumbered: bool = True) -> Count | None:
    """The deaths a sentence reports, or None when it reports none explicitly.

    `default_for_unnumbered`: deaths with no number count as a limited attack (3);
    off for protests, where a death named is usually the cause, not the event.
    """
    compared = _COMPARED_INCIDENT.search(sentence)
    if compared is not None and compared.start() > 0:
        # "killed 30 ..., less than a month after similar raids killed nearly 200": the toll told before
        # the incident it is compared with, never the other's
        head = count_fatalities(sentence[:compared.start()], default_for_unnumbered)
        if head is not None:
            return head
    coded = _CODED.search(sentence)
    if coded:                      # "fatalities coded as 0", "unknown number of fatalities coded as 10 and split ..."
        total = int(coded.group("n"))
        parts = number_value(coded.group("parts")) if coded.group("parts") else 1
        return Count(total // (parts or 1), coded.start(), coded.end(), coded.group(0))
    explicit = _EXPLICIT.search(sentence)
    split = _SPLIT.search(sentence)
    if explicit and not split:
        return Count(int(explicit.group("n")), explicit.start("n"), explicit.end("n"), explicit.group("n"))
    if split:
        total = int(split.group("total"))
        parts = number_value(split.group("n")) or 1
        return Count(total // parts, split.start(), split.end(), split.group(0))
    best: list[Count] = []
    zero = _ZERO.search(sentence)
    for rx in (_TOLL, _AFTER_VERB, _BEFORE_DEATH, _OF_VICTIMS):
        for m in rx.finditer(sentence):
            num = m.group("num")
            value = number_value(num)
            tail = m.groupdict().get("tail") or ""
            gap = m.groupdict().get("gap") or ""
            if not _plausible(value, tail) or _INJURY.search(gap) or re.search(r"\d", gap):
                continue
            if num.lower() in ("a", "an", "one") and rx is _AFTER_VERB and not tail.strip():
                continue
            if rx is _BEFORE_DEATH and re.match(r"\s*(?:of|in|on|at|from|for|and)\b", gap) and not (num.lower() in VAGUE_FATALITIES and gap.split()[0] == "of"):
                # "one of the dead", "two of the bodies" are not counts here
                continue
            if rx is _OF_VICTIMS and (num.lower() in ("a", "an", "one")
                                      or _DEATH_AS_CAUSE.search(sentence[max(0, m.start() - 25):m.start()])):
                continue          # "against the killing of a man": the cause of a protest, not its toll
            if zero and zero.start() <= m.start("num") < zero.end():
                continue          # "no one was killed"
            if rx is _AFTER_VERB and m.group(0).lower().startswith(("left", "leaving")) \
                    and not _LEFT_DEAD.match(sentence, m.end("num")):
                continue          # "left 3 personnel injured": a toll of the hurt, not the dead
            if rx is _BEFORE_DEATH and _ACTIVE_OBJECT.match(sentence, m.end()):
                continue          # "100 residents lynched two men": the number counts the agents
            best.append(Count(value, m.start("num"), m.end("num"), num))
    if not best:
        single = _SINGULAR_DEATH.search(sentence) or _SINGULAR_PASSIVE.search(sentence)
        if single and zero and zero.start() <= single.start() < zero.end():
            single = None         # "no one was killed"
        if single:
            best.append(Count(1, single.start(), single.end(), single.group(0)))
    if best:
        # "3 soldiers and 5 militants were killed": different numbers in one sentence add up,
        # the same number repeated is the same dead.
        values = {}
        for c in best:
            values.setdefault(c.start, c)
        distinct = sorted(values.values(), key=lambda c: c.start)
        if len(distinct) > 1 and len({c.value for c in distinct}) == len(distinct) and _listed_together(sentence, distinct):
            total = sum(c.value for c in distinct)
            return Count(total, distinct[0].start, distinct[-1].end, sentence[distinct[0].start:distinct[-1].end])
        return max(distinct, key=lambda c: c.value)
    if zero:
        return Count(0, zero.start(), zero.end(), zero.group(0))
    death = _UNNUMBERED_DEATH.search(sentence) or _UNNUMBERED_MORE.search(sentence)
    if death and default_for_unnumbered and not _DEATH_AS_CAUSE.search(sentence[max(0, death.start() - 25):death.start()]):
        return Count(UNKNOWN_TOLL_LIMITED, death.start(), death.end(), death.group(0))
    return None


def is_unnumbered_toll(words: str) -> bool:
    """True for the evidence of a toll with no number behind it ("killed", "MURDERED"): the limited default."""
    return (_UNNUMBERED_DEATH.fullmatch(words) or _UNNUMBERED_MORE.fullmatch(words)) is not None


def _listed_together(sentence: str, counts: list[Count]) -> bool:
    """Counts joined by 'and' or commas within one clause ('3 soldiers and 5 militants')."""
    for a, b in zip(counts, counts[1:]):
        between = sentence[a.end:b.start]
        if len(between.split()) > 5 or not re.search(r"(?:,|\band\b)", between) or re.search(r"[.;]", between):
            return False
    return True
