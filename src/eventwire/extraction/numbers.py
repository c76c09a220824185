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
from .compiled import compile as rx_compile
from .dates import MONTH_RX
from .other_counts import other_count

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
          "thousand").split()
_NUMBER_WORD = r"(?:" + "|".join(_UNITS) + r")(?:[- ](?:" + "|".join(_UNITS) + r"|and))*"
_VAGUE = "|".join(sorted((re.escape(v) for v in VAGUE_FATALITIES), key=len, reverse=True))
NUM = r"(?P<num>\d{1,3}(?:,\d{3})+|\d+|" + _NUMBER_WORD + r"|" + _VAGUE + r"|a|an|one|both)"
_QUALIFIER = (r"(?:(?:at least|at the very least|more than|over|nearly|almost|about|around|some|up to|as many as|"
              r"an estimated|roughly|approximately|close to|upwards of|a total of|another|other|additional|"
              r"a further)\s+)?")
_DEATH = (r"(?:killed|dead|died|slain|lost (?:their|his|her) lives?|perished|murdered|shot dead|executed|beheaded|"
          r"massacred|lynched|burnt to death|burned to death|hacked to death|beaten to death|stabbed to death|"
          r"shot to death|tortured to death|gunned down|fatalities|deaths|bodies)")
_KILL_VERB = (r"(?:killing|killed|kills|kill|claimed the lives of|claiming the lives of|left|leaving|shot dead|"
              r"murdered|executed|beheaded|massacred|slaughtered|gunned down|lynched)")
# words of killing added to the two lists above, one per line with the reason
_MORE_KILLING = (
    "assassinated",    # wire copy's word for the killing of an official or a public figure
    "neutralised", "neutralized",   # armies' word for the enemies they killed (Sahel, Nigeria)
    "fatally shot", "fatally stabbed", "fatally wounded",   # the wound that killed
    "shooting dead",   # "stormed a polling unit, shooting dead two voters": the participle of "shot dead"
)
_DEATH = _DEATH[:-1] + "|" + "|".join(_MORE_KILLING) + ")"
_KILL_VERB = _KILL_VERB[:-1] + "|" + "|".join(_MORE_KILLING) + ")"

_AFTER_VERB = rx_compile(
    # ('its aircraft had killed "dozens of terrorists"': a count quoted from a claim)
    r"\b" + _KILL_VERB + r"[\"'”’]?\s+[\"“‘]?" + _QUALIFIER + NUM + r"\b(?P<tail>(?:\s+[\w-]+){0,3})",
    re.IGNORECASE
)
# a word of the gap between a count and its fate: a word, or an abbreviation with its dots ("u.s.") or its
# slash ("bh/is")
_GAP_WORD = r"\s+(?!\d|injur|wound|hurt|and\s+\d|(?:" + "|".join(_UNITS) + r")\b)\w[\w'-]*(?:/[a-z]+)?(?:\.[\w'-]+)*\.?"
# "were brutally murdered", "was later shot dead": an adverb between the verb and the fate
# "two women who worked with them were killed", "30 soldiers including a commander were killed": a relative
# clause or the victims' most named between the victims and their fate
# ("three drivers contracted by the World Food Programme were killed": a participle's phrase does the same)
_RELATIVE_GAP = r"(?:" + _GAP_WORD + r"){1,3}?\s+(?:(?:who|whom|that|including)(?:" + _GAP_WORD + r"){1,4}?|" \
                r"(?:contracted|employed|working|hired|based|stationed|serving|travell?ing|riding)(?:" + _GAP_WORD \
                + r"){1,5}?)"
_BEFORE_DEATH = rx_compile(
    r"\b" + _QUALIFIER + NUM + r"\b(?P<gap>(?:" + _GAP_WORD + r"){0,5}?|" + _RELATIVE_GAP + r")\s+"
    r"(?P<aux>(?:(?:were|was|have been|had been|are|is|being|reportedly|also|later|all)\s+)*)"
    r"(?:[a-z]+ly\s+)?" + _DEATH + r"\b",
    re.IGNORECASE,
)
# "the death toll rose to 12", and updates told at length: "the toll from a strike on the centre of the city of X
# rose to 35", "the number of people killed in the attack on X rose to 14"
_TOLL = rx_compile(
    r"\b(?:death toll\b(?:\s+\w+){0,5}?\s+(?:to|at|of|reached|hit|is|was|stands at|rose to|climbed to)"
    r"|(?:(?:death )?toll|number of (?:people )?(?:killed|dead|deaths|victims))\b[^.;\d]{0,90}?"
    r"\b(?:rose|climbed|risen|jumped|increased)\s+to)\s+"
    + _QUALIFIER
    + NUM
    + r"\b",
    re.IGNORECASE,
)
# "the murder of six priests", "the massacre of 20 peasants": the deed named, then its victims counted
_OF_VICTIMS = rx_compile(r"\b(?:murders?|killings?|massacres?|assassinations?|executions?) of (?:the )?"
                         + _QUALIFIER + NUM + r"\b(?P<tail>(?:\s+[\w-]+){0,3})", re.IGNORECASE)
# "the death yesterday of nine people", "the bodies of three men": in a sentence telling violence, its dead (in
# any other, "led to the death of five" is what a protest is about)
_DEATHS_OF = rx_compile(r"\b(?:deaths?(?: \w+)?|bodies) of (?:the )?" + _QUALIFIER + NUM
                        + r"\b(?P<tail>(?:\s+[\w-]+){0,3})", re.IGNORECASE)
_CAUSED = rx_compile(r"\b(?:caus\w*|led to|leading to|responsible for|blamed for|resulted in|over|against|mourn\w*|"
                     r"protest\w*|condemn\w*|after|following|as|because|since)\s+(?:the\s+)?$", re.IGNORECASE)
# "the mayor was gunned down", "who was murdered": one victim, told in the singular
_SINGULAR_FATES = (
    "killed", "murdered", "assassinated", "slain", "executed",   # the deed itself
    "shot dead", "gunned down", "shot to death",                  # shot
    "stabbed to death", "beaten to death", "hacked to death",     # other arms
    "found dead",                                                  # a body found: one dead
)
_SINGULAR_PASSIVE = rx_compile(r"\bwas (?:\w+ ){0,2}?(?:" + "|".join(_SINGULAR_FATES) + r")\b", re.IGNORECASE)
_LEFT_DEAD = rx_compile(r"(?:\s+[\w-]+){0,5}?\s+(?:dead|killed)\b", re.IGNORECASE)
_ACTIVE_OBJECT = rx_compile(r"\s+(?:a|an|the|his|her|their|one|two|three|four|five|six|seven|eight|"
                            r"nine|ten|\d+)\b", re.IGNORECASE)
_SPLIT = rx_compile(r"\b(?P<total>\d+)\s+fatalit(?:y|ies)\s+(?:were\s+)?(?:split|divided|"
                    r"distributed)\s+(?:up\s+)?(?:between|among|across)\s+(?P<n>\d+|two|three|four|"
                    r"five|six|seven|eight|nine|ten)\s+events\b", re.IGNORECASE)
_CODED = rx_compile(r"\bfatalit(?:y|ies) (?:were |was |are |is )?coded (?:as|to|at) (?P<n>\d+)"
                    r"(?:[^.]{0,30}?(?:split|spread|divided) (?:up )?(?:between|among|across) "
                    r"(?P<parts>\d+|two|three|four|five|six|seven|eight|nine|ten) "
                    r"(?:events|locations))?", re.IGNORECASE)
_EXPLICIT = rx_compile(r"(?:^|[.;] |\b)(?P<n>\d+) fatalit(?:y|ies)\b(?! (?:were |was )?(?:split|coded))", re.IGNORECASE)
_DEATH_AS_CAUSE = rx_compile(r"\b(?:over|against|condemn\w*|mourn\w*|protest\w*|honou?r|after|"
                             r"following|since) (?:the |a |an )?(?:\w+ )?$", re.IGNORECASE)
_SINGULAR_DEATH = rx_compile(r"\b(?:the|a|an|one|his|her) (?:\w+ )?(?:victim|man|woman|boy|girl|"
                             r"soldier|policeman|policewoman|officer|civilian|suspect|child|person|"
                             r"driver|teenager|student|farmer|trader|journalist|worker|fighter|"
                             r"militant|resident|villager|guard|leader|"
                             r"commander)\s+(?:\w+ ){0,3}?(?:later |subsequently )?(?:died|was killed|"
                             r"was shot dead|succumbed|was found dead|lost (?:his|her) life|"
                             r"was murdered|was beheaded|was executed|was (?:shot|stabbed|beaten|"
                             r"hacked|burn[et]d?|tortured) to death|was gunned down|was lynched)\b|"
                             r"\b(?:the )?body of (?:a|an|the) (?:\w+ )?(?:man|woman|boy|girl|person|"
                             r"child|soldier|civilian|policeman|farmer)\b", re.IGNORECASE)
_ZERO = rx_compile(r"\b(?:no (?:reports? (?:on|of) )?(?:fatalities|casualties|deaths|injuries)|"
                   r"with no (?:reported )?(?:fatalities|casualties|deaths)|no (?:one|body|people|"
                   r"person|civilians?|soldiers?) (?:was |were )?(?:killed|hurt|injured|died|harmed)|"
                   r"no (?:immediate )?(?:reports? of )?(?:casualties|deaths|fatalities|injuries|"
                   r"loss of life|one was hurt)|without (?:causing )?(?:any )?(?:casualties|deaths|"
                   r"fatalities|injuries)|did not (?:cause|result in) (?:any )?(?:casualties|deaths|"
                   r"fatalities|injuries)|no (?:reported )?fatalities|no-one was)\b", re.IGNORECASE)
_UNNUMBERED_DEATH = rx_compile(r"\b(?:killed|killing|dead|died|shot dead|murdered|executed|beheaded|"
                               r"lynched|massacred|deaths|fatalities|slain|gunned down|"
                               r"lost their lives)\b", re.IGNORECASE)
_UNNUMBERED_MORE = rx_compile(r"\b(?:" + "|".join(_MORE_KILLING) + r")\b", re.IGNORECASE)
_INJURY = rx_compile(r"\b(?:injur\w*|wound\w*|hurt|maimed|hospitali[sz]ed|arrested|detained|abducted|"
                     r"kidnapped|displaced|missing|rescued)\b", re.IGNORECASE)
# "killed and wounded", "killed, injured or captured", "killing/injuring": the dead counted with the living
_FATE_WORDS = r"(?:injur\w*|wound\w*|captur\w*|arrest\w*|detain\w*|abduct\w*|kidnapp\w*|hurt|missing)"
_MIXED_FATE = rx_compile(
    r"(?:\s*,\s*|\s*/\s*|\s+(?:and|or|and/or)\s+)" + _FATE_WORDS + r"\b(?!\s+(?:\d|a\b|an\b|one\b|two\b|"
    r"three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|several|others?|more|many|dozens|"
    r"another))",
    re.IGNORECASE,
)
_FATE_OR = rx_compile(r"[^.;]{0,40}?\bor\b", re.IGNORECASE)
_MIXED_FATE_BEFORE = rx_compile(r"\b(?:killed|killing)(?:\s*,\s*|\s*/\s*|\s+(?:and|or|and/or)\s+)" + _FATE_WORDS
                                + r"(?:(?:\s*,\s*|\s+(?:and|or)\s+)" + _FATE_WORDS + r")*\s+$", re.IGNORECASE)
# "killed 15 livestock": animals, no toll of people ("livestock traders" are people)
_ANIMALS = (r"(?:livestock|cattle|cows?|goats?|sheep|camels?|animals?|dogs?|donkeys?|horses?|chickens?|poultry|"
            r"pigs?|lambs?|oxen|bulls?)\b(?!\s+(?:traders?|herders?|owners?|farmers?|keepers?|breeders?|dealers?|"
            r"merchants?|markets?|thie\w+|rustl\w+))")
# "the army said it lost two soldiers": a force's own dead
_LOST_MEN = rx_compile(r"\blost\s+" + _QUALIFIER + NUM + r"\s+(?:of (?:its|their) )?(?:soldiers|troops|men|fighters|"
                       r"officers|policemen|members|servicemen)\b", re.IGNORECASE)
_STATE_SIDE = rx_compile(r"\s+(?:[\w-]+\s+)?(?:soldiers|troops|policemen|police officers|servicemen|guards)\b")
_OTHER_SIDE = rx_compile(r"\s+(?:[\w-]+\s+)?(?:militants|insurgents|rebels|attackers|assailants|terrorists|jihadists|"
                         r"gunmen|bandits)\b")


def _two_sides(sentence: str, counts: list) -> bool:
    """"killed six militants ..., adding that two soldiers were killed": two counts, one of each side's dead
    (ACLED counts every side's dead of a battle)."""
    if len(counts) != 2 or other_count(sentence):
        return False      # "the army said it killed 12; rebels said they killed 30": two claims, not one toll
    sides = [bool(_STATE_SIDE.match(sentence, c.end)) - bool(_OTHER_SIDE.match(sentence, c.end)) for c in counts]
    return sorted(sides) == [-1, 1]


# "four of its fighters were killed", "two of the guards died": some of a group of people, counted
_PARTITIVE_PEOPLE = rx_compile(r"\s+of\s+(?:the|its|their|his|her|our)\s+(?:\w+\s+)?(?:fighters|soldiers|troops|men|"
                               r"members|policemen|officers|guards|militants|attackers|assailants|civilians|"
                               r"passengers|workers|children|women|students|gunmen|rebels|villagers|residents|crew|"
                               r"relatives|pupils|farmers|worshippers|miners|traders)", re.IGNORECASE)
_NOT_A_COUNT_TAIL = rx_compile(r"^\s*(?:years?|yrs|km|kilomet\w*|miles?|metres?|meters?|hours?|minutes?|days?|weeks?|"
                               r"months?|percent|per cent|%|times|am|pm|a\.m|p\.m)\b"
                               r"|^\s*(?:head of )?(?:\w+ )?" + _ANIMALS, re.IGNORECASE)
_ANIMALS_AFTER = rx_compile(r"\s+(?:\S+\s+){0,2}?" + _ANIMALS, re.IGNORECASE)


# "six priests and two women were killed", "killing five policemen and a civilian": counted groups of victims
# listed together are one toll, their sum (ACLED counts every victim of the event)
_COUNT_WORD = r"(?:\d{1,3}(?:,\d{3})*|" + _NUMBER_WORD + r"|a|an|one)"
_ITEM_WORD = r"(?!(?:and|or|were|was|are|is|have|had|of|in|on|at|by|who|which|" + "|".join(_UNITS) + r")\b)[a-z'-]+"
# ("eleven soldiers and more than twenty militants": a qualifier may stand before an item's count)
_LIST_ITEM = r"(?:(?:at least|more than|over|about|around|nearly|almost|some)\s+)?(?:" + _COUNT_WORD \
    + r"|his|her)\s+(?:" + _ITEM_WORD + r"\s+){0,2}?" + _ITEM_WORD
_LISTED = rx_compile(r"\b(?P<items>" + _LIST_ITEM + r"(?:\s*,\s*" + _LIST_ITEM + r")*\s*,?\s+and\s+"
                     + _LIST_ITEM + r")\b", re.IGNORECASE)
_ITEM = rx_compile(r"\b(?P<n>" + _COUNT_WORD + r"|his|her)\s+(?P<words>[^,]*?)\s*(?:,|\band\b|$)", re.IGNORECASE)
_NOT_VICTIMS = rx_compile(r"\b(?:dead|killed|died|injur\w*|wound\w*|hurt|missing|hours?|days?|years?|times|km|"
                          r"kilomet\w*)\b", re.IGNORECASE)
# "the assassination of the mayor", "the murder of hector oqueli", "galan's murder": a deed of killing named with
# one victim is one dead (a number, "two", "several", a plural noun leave it to the rules above)
_DEED_OF = rx_compile(r"\b(?P<deed>murder|assassination|killing|execution|slaying|death)(?: on \d{1,2} [a-z]+)? of "
                      r"(?P<victim>(?:[^,.;:()\[\]\"]|\.(?=\w|\s+\w)){1,80})", re.IGNORECASE)
_VICTIM_ENDS = rx_compile(r"\s(?:--|by|in|on|at|and|who|whose|which|last|this|yesterday|today|near|as|during|while|"
                          r"for|from|to|after|was|were|has|had|is|have|early|late|outside|inside|that|led|shocked|"
                          r"prompted|sparked|"
                          r"caused|because|with|when|where|but|or|then|along|together|two|three|four|five|six)\b",
                          re.IGNORECASE)
_NOT_ONE = ("them", "us", "you", "everyone", "all", "people", "it")
# "gunmen killed mayor pedro ruiz", "who murdered him", "the judge has died": the deed done to one person
_KILLED_ONE = rx_compile(r"\b(?:killed|murdered|assassinated|executed|slew|shot dead|gunned down|shot to death) "
                         r"(?P<victim>(?:[^,.;:()\[\]\"]|\.(?=\w|\s+\w)){1,80})", re.IGNORECASE)
_HAS_DIED = rx_compile(r"\bhas (?:also )?(?:died|been (?:\w+ )?(?:killed|murdered|assassinated|executed|found dead|"
                       r"shot dead|gunned down|shot to death))\b", re.IGNORECASE)
_MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4}
_MULTIPLE_DEED = rx_compile(r"\b(double|triple|quadruple) (?:murders?|killings?|assassinations?|homicides?)\b",
                            re.IGNORECASE)
_DEED_OF_POSSESSED = rx_compile(r"\b[a-z]+(?:'s|’s) (?:\w+ )?(?:murder|assassination|killing|execution)\b",
                                re.IGNORECASE)
# "the murder took place at dawn", "his abominable assassination": one deed of killing named alone is one dead
# (not an attempt, a plot or a case: "the attempted murder", "the murder case")
_BARE_DEED = rx_compile(r"\b(?:the|this|that|his|her) (?!attempted\b|failed\b|planned\b|alleged\b)(?:[a-z]+ )?"
                        r"(?:murder|assassination|slaying)\b(?! of\b|\s+(?:case|trial|charges?|investigation|inquiry|"
                        r"suspects?|plot|attempt|bid|plan|squad|weapon|threats?)\b)", re.IGNORECASE)
# "the body of pedro ruiz was found", "ruiz's body was recovered": one dead, named; only where a body is found
# ("the governing body of the party" is no corpse)
_BODY_FOUND = rx_compile(r"\b(?:the )?body of (?!(?:the|this|that|its|water|evidence|work|law|opinion)\b)"
                         r"(?P<victim>[a-z][a-z'-]*(?: [a-z][a-z'-]+){1,3})|\b(?P<owner>[a-z]+)(?:'s|’s) (?:\w+ )?"
                         r"(?:body|corpse)\b", re.IGNORECASE)
_FOUND = rx_compile(r"\b(?:found|discovered|recovered|identified|dumped|exhumed|lay|lying)\b", re.IGNORECASE)
_ATTEMPTED = rx_compile(r"\b(?:attempted|failed|planned|alleged)\s+$", re.IGNORECASE)
_PLURAL_HEADS = ("people", "men", "women", "children", "persons", "police", "personnel", "peasantry", "others",
                 "family")
_PLURAL_OPENERS = ("the", "these", "those", "their", "its", "our", "his", "her", "all", "several", "many", "some",
                   "various", "both", "dozens", "hundreds", "scores", "other", "more")


def _deed_of_one(sentence: str) -> tuple[int, int] | None:
    """The span of "the murder of <one person>" or "<someone>'s murder", if the sentence names such a deed."""
    for m in _DEED_OF.finditer(sentence):
        if _ATTEMPTED.search(sentence, max(0, m.start() - 12), m.start()):
            continue          # "the attempted murder of the judge": nobody died
        if m.group("deed").lower() == "death" and _CAUSED.search(sentence[max(0, m.start() - 25):m.start()]):
            continue          # "caused the death of": an accident or an illness, not this event's deed
        cut = _VICTIM_ENDS.search(" " + m.group("victim"))
        victim = m.group("victim")[:cut.start() if cut else None].rstrip()
        if _one_victim(victim):
            return m.start(), m.start("victim") + len(victim)
    for m in _KILLED_ONE.finditer(sentence):
        cut = _VICTIM_ENDS.search(" " + m.group("victim"))
        victim = m.group("victim")[:cut.start() if cut else None].rstrip()
        first = victim.lower().split()[0] if victim.split() else ""
        if victim.lower() in ("him", "her") or (first not in _NOT_ONE and _one_victim(victim)):
            return m.start(), m.start("victim") + len(victim)
    body = _BODY_FOUND.search(sentence) if _FOUND.search(sentence) else None
    if body is not None and body.group("owner"):
        return body.start(), body.end()
    if body is not None and _one_victim(_victim_of(body.group("victim"))):
        return body.start(), body.start("victim") + len(_victim_of(body.group("victim")))
    possessed = _DEED_OF_POSSESSED.search(sentence) or _HAS_DIED.search(sentence) or _BARE_DEED.search(sentence)
    return (possessed.start(), possessed.end()) if possessed else None


def _victim_of(words: str) -> str:
    """The victim phrase up to the words that end it ("pedro ruiz, 30, who was ..." -> "pedro ruiz")."""
    cut = _VICTIM_ENDS.search(" " + words)
    return words[:cut.start() if cut else None].rstrip()


def _one_victim(victim: str) -> bool:
    """The victim phrase of a deed names one person: a name, a title, "a student"; not "the priests", "two men"."""
    words = victim.lower().split()[:6]
    if not words:
        return False
    if words[0] in ("a", "an", "one"):
        return True
    if number_value(words[0]) is not None or words[0] in _PLURAL_OPENERS[4:]:
        return False
    plural = [
        w in _PLURAL_HEADS or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s")))
        for w in words
    ]
    if words[0] in _PLURAL_OPENERS:
        return not any(plural)
    return len(words) >= 3 or not any(plural)      # a name of three words or more ends how it likes


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
    if digits.isdecimal():      # not isdigit(): "1²" is digits to Python, yet no number int() reads
        return int(digits)
    try:
        return int(text2num(w.replace("-", " "), "en"))
    except ValueError:
        return None


def _plausible(value: int | None, tail: str) -> bool:
    return value is not None and value < 100000 and not _NOT_A_COUNT_TAIL.match(tail or "")


# another incident named to compare: "after similar raids", "an earlier attack", "the previous bombing"
_COMPARED_INCIDENT = rx_compile(r"\b(?:a |an |the )?(?:similar|previous|earlier)\s+(?:[\w-]+\s+)?(?:attacks?|raids?|"
                                r"bombings?|assaults?|incidents?|massacres?|strikes?|clashes|killings?|"
                                r"ambush(?:es)?)\b", re.IGNORECASE)


# "the 39-year-old mayor", "two missionaries, aged 19 and 21": a number that gives an age or a size counts nobody
_AGE_OR_SIZE = rx_compile(r"-(?:years?|months?|days?|weeks?|hours?|minutes?|km|kilo\w*|met(?:er|re)s?|storey|story)\b",
                          re.IGNORECASE)
_AGED = rx_compile(r"\b(?:aged|ages?(?: of)?|age of|between the ages of)\s+(?:\d+\s+(?:and|to|-)\s+)?$", re.IGNORECASE)
# "on 7 August passengers were killed", "since March 3 five were killed": a day of a date counts nobody
# ("may" is left out: "20 may have died" is a count)
_MONTH_AFTER = rx_compile(r"\s+(?!may\b)" + MONTH_RX + r"(?![a-z])", re.IGNORECASE)
_MONTH_BEFORE = rx_compile(r"\b(?!may\b)" + MONTH_RX + r"\s+$", re.IGNORECASE)
# "on 23 september 28 bodies were found": the month already has its day, the number after it counts
# "on 4 may 2019": a year after a day of may ("may" alone is left to the verb)
_YEAR_OF_MAY = rx_compile(r"\b\d{1,2}\s+may\s+$", re.IGNORECASE)
_DAY_MONTH_BEFORE = rx_compile(r"\b\d{1,2}\s+" + MONTH_RX + r"\s+$", re.IGNORECASE)


# "the massacres of 1937-38", "in 2014 which": a year, not a number of dead
_YEAR = rx_compile(r"(?:19|20)\d\d(?=-\d{2,4}\b|\s*[,.;:)]|\s+(?:and|to|in|when|during|which|that|the|on|at)\b|$)")


def _not_a_count(sentence: str, start: int, end: int) -> bool:
    """An age ("39-year-old", "aged 19 and 21"), a size, a year or the day of a date, not a number of dead."""
    return bool(end - start == 4 and _YEAR.match(sentence, start) or _AGE_OR_SIZE.match(sentence, end)
                or _AGED.search(sentence[max(0, start - 30):start])
                or _MONTH_AFTER.match(sentence, end) or _MONTH_BEFORE.search(sentence[max(0, start - 12):start])
                and not (_DAY_MONTH_BEFORE.search(sentence[max(0, start - 16):start]) and end - start < 4)
                or end - start == 4 and _YEAR_OF_MAY.search(sentence[max(0, start - 10):start]))


# "two missionaries -- aged 19 and 21 -- were shot", "two leaders of the union [up] were killed": an aside between
# the victims and their fate, which the patterns read as blank (same length, so every offset holds)
# ", five of them spaniards,", ", including a child,": an aside between commas that says who the victims were
_ASIDE = rx_compile(r"\([^()]{1,60}\)|\[[^\[\]]{1,60}\]|(?<=\s)--\s[^-]{1,60}?\s--(?=\s)|"
                    r",\s(?:including|among them|(?:\w+ )?of (?:them|whom)|most of them|"
                    r"all of them)\s[^,;.]{1,50},(?=\s)")
_TOLL_WORDS = rx_compile(r"\b(?:kill|dead|die|death|fatalit|coded|injur|wound|murder|body|bodies)", re.IGNORECASE)


# "threatened to kill 10 judges", "they will kill": the bare verb after "to" or a modal is intent, not a toll
_INTENT = rx_compile(r"\b(?:to|will|would|could|might|may|shall|should|can|cannot|not|n't)\s+$", re.IGNORECASE)
# "over the past 12 days attacks have killed 2", "during the last 6 months, five judges were killed": a count
# over a period is a tally of many incidents, not the toll of the one told
_PERIOD = rx_compile(r"\b(?:(?:over|in|during|within|for) the (?:past|last) (?:\w+ )?(?:days|weeks|months|years|"
                     r"decades)|since (?:19|20)\d\d|so far|to date|(?:in|during|after) (?:\w+ ){0,2}?years of (?:\w+ )?"
                     r"(?:war|conflict|violence|fighting|struggle))\b", re.IGNORECASE)
_PERIOD_REACH = 50
# "1,000 dead, including 6 priests": the second count is part of the first
_SUBSET = rx_compile(r"\b(?:including|among them|among whom|of them|of whom)\b", re.IGNORECASE)
# "several gunmen killed the mayor": the count before an active verb counts its agents
_AGENTS = rx_compile(r"(?:gunm[ae]n|hitm[ae]n|attackers|assailants|men|individuals|guerrillas|rebels|militants|"
                     r"terrorists|soldiers|troops|police\w*|raiders|bandits|killers|assassins)$", re.IGNORECASE)
# "two men died of their wounds", "three soldiers perished in the blast": a fate with no object, so the number
# counts the dead, whatever words follow (not "several gunmen killed the reporter")
_INTRANSITIVE_FATE = rx_compile(r"\b(?:died|dead|perished|lost (?:their|his|her) lives?|deaths|fatalities|bodies)$",
                                re.IGNORECASE)
_OBJECT_AFTER = rx_compile(r"\s+(?!(?:in|on|at|near|during|by|when|while|after|before|as|and|or|last|this|yesterday|"
                           r"today|tonight|overnight|early|late|since|outside|inside|along|with|for|from|across|around|"
                           r"between|following|amid|despite|but|so|because|earlier|later|there|here)\b)[a-z]",
                           re.IGNORECASE)
# "inspector jose ruiz died in the blast", "his bodyguard later died": one person died, told in the singular
_DIED = rx_compile(r"(?P<subject>[a-z'-]+)\s+(?:(?:later|also|subsequently|reportedly|then)\s+)?died\b", re.IGNORECASE)
_NOT_ONE_SUBJECT = frozenset(("they", "who", "which", "that", "people", "men", "women", "children", "police",
                              "personnel", "many", "others", "all", "both", "some", "several", "few", "dozens",
                              "hundreds", "thousands", "scores", "them", "we", "you", "and", "or", "had", "have",
                              "has", "not", "never", "nobody", "none", "no", "staff", "crew", "family", "cattle"))
_BY_BEFORE = rx_compile(r"\bby\s+$", re.IGNORECASE)
_LIST_BEFORE = rx_compile(r"(?:,|\band)\s*$", re.IGNORECASE)
_PLURAL_AUX = rx_compile(r"\b(?:were|are)\b", re.IGNORECASE)


def _tallied(sentence: str, start: int, end: int) -> bool:
    """The count stands beside a period of days, months or years, in its own clause: a tally ("killed 12, the
    deadliest attack to date" is not one)."""
    for m in _PERIOD.finditer(sentence):
        between = sentence[end:m.start()] if m.start() >= end else sentence[m.end():start]
        if len(between) <= _PERIOD_REACH and (len(between.strip(" ,")) == 0 or not re.search(r"[;:]|,(?!\d)", between)):
            return True
    return False


def _blank_asides(sentence: str) -> str:
    return _ASIDE.sub(lambda m: m.group(0) if _TOLL_WORDS.search(m.group(0)) else " " * len(m.group(0)), sentence)


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
    count = _count_in(_blank_asides(sentence), default_for_unnumbered)
    if count is None:
        return None
    return Count(count.value, count.start, count.end, sentence[count.start:count.end])


def _count_in(sentence: str, default_for_unnumbered: bool) -> Count | None:
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
    tally = False             # a count skipped as a tally: its deaths are no default toll either
    mixed = False             # a count of the killed and the wounded together
    zero = _ZERO.search(sentence)
    for rx in (_TOLL, _AFTER_VERB, _BEFORE_DEATH, _OF_VICTIMS, _DEATHS_OF, _LOST_MEN):
        for m in rx.finditer(sentence):
            if rx is _DEATHS_OF and (not default_for_unnumbered
                                     or _CAUSED.search(sentence[max(0, m.start() - 25):m.start()])):
                continue
            num = m.group("num")
            value = number_value(num)
            tail = m.groupdict().get("tail") or ""
            gap = m.groupdict().get("gap") or ""
            if not _plausible(value, tail) or _INJURY.search(gap) or re.search(r"\d", gap):
                continue
            if _not_a_count(sentence, m.start("num"), m.end("num")):
                continue
            if _tallied(sentence, m.start(), m.end()):
                tally = True
                continue
            if rx is _AFTER_VERB and m.group(0)[:5].lower() == "kill " and _INTENT.search(sentence, 0, m.start()):
                continue          # "threatened to kill 10 judges": intent
            if (rx is _BEFORE_DEATH and _MIXED_FATE.match(sentence, m.end())
                    or rx is _AFTER_VERB and _MIXED_FATE_BEFORE.search(
                        sentence, max(0, m.start() - 30), m.start() + len(m.group(0).split()[0]))):
                mixed = True
                continue          # "7 militants were killed and wounded": how many died, the count does not say
            if rx is _BEFORE_DEATH and (_NOT_A_COUNT_TAIL.match(gap)
                                        or num.lower() in ("a", "an", "one") and _PLURAL_AUX.search(m.group("aux"))
                                        and not _LIST_BEFORE.search(sentence, 0, m.start())
                                        or not m.group("aux") and _AGENTS.search(gap.strip())
                                        and not _INTRANSITIVE_FATE.search(m.group(0))
                                        and _OBJECT_AFTER.match(sentence, m.end())):
                continue          # "shot six times and died", "a bus were killed", "several gunmen killed"
            if num.lower() in ("a", "an", "one") and rx is _AFTER_VERB and not tail.strip():
                continue
            if (
                rx is _BEFORE_DEATH
                and re.match(r"\s*(?:of|in|on|at|from|for|and)\b", gap)
                and not (num.lower() in VAGUE_FATALITIES and gap.split()[0] == "of")
                and not _PARTITIVE_PEOPLE.fullmatch(gap)
            ):
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
        multiple = _MULTIPLE_DEED.search(sentence)
        if multiple:                # "the double murder", "a triple assassination"
            value = _MULTIPLES[multiple.group(1).lower()]
            best.append(Count(value, multiple.start(), multiple.end(), multiple.group(0)))
    if not best:
        to_death = _done_to_death(sentence)
        if to_death is not None and not (zero and zero.start() <= to_death.start < zero.end()):
            best.append(to_death)
    if not best:
        pair = _two_named(sentence)
        if pair is not None and not (zero and zero.start() <= pair.start < zero.end()):
            best.append(pair)
    if not best:
        single = _SINGULAR_DEATH.search(sentence) or _SINGULAR_PASSIVE.search(sentence) or _died_one(sentence)
        span = (single.start(), single.end()) if single else None
        if span is None and default_for_unnumbered:
            # in a sentence coding the violence itself, "the murder of X" is that event's toll, even when it is
            # named as what was condemned or protested
            span = _deed_of_one(sentence)
        if span and zero and zero.start() <= span[0] < zero.end():
            span = None           # "no one was killed"
        if span:
            best.append(Count(1, span[0], span[1], sentence[span[0]:span[1]]))
    if best:
        # "3 soldiers and 5 militants were killed": different numbers in one sentence add up,
        # the same number repeated is the same dead.
        values = {}
        for c in best:
            values.setdefault(c.start, c)
        distinct = sorted(values.values(), key=lambda c: c.start)
        if len(distinct) > 1 and len({c.value for c in distinct}) == len(distinct) \
                and (_listed_together(sentence, distinct) or _two_sides(sentence, distinct)):
            total = sum(c.value for c in distinct)
            return Count(total, distinct[0].start, distinct[-1].end, sentence[distinct[0].start:distinct[-1].end])
        return _with_one_more(sentence, _with_listed(sentence, _lower_of_range(sentence,
                                                                               max(distinct, key=lambda c: c.value))))
    if zero:
        return Count(0, zero.start(), zero.end(), zero.group(0))
    death = _UNNUMBERED_DEATH.search(sentence) or _UNNUMBERED_MORE.search(sentence)
    if death and _MIXED_FATE.match(sentence, death.end()) and _FATE_OR.match(sentence, death.end()):
        return Count(0, death.start(), death.end(), death.group(0))    # "killed, injured or captured": none sure
    if death and mixed:
        # "scores were killed and injured": deaths told, their number not: the limited default
        return Count(UNKNOWN_TOLL_LIMITED, death.start(), death.end(), death.group(0))
    if (
        death
        and default_for_unnumbered
        and not _DEATH_AS_CAUSE.search(sentence[max(0, death.start() - 25) : death.start()])
        and not tally
        and not _tallied(sentence, death.start(), death.end())
        and not _ANIMALS_AFTER.match(sentence, death.end())
    ):
        return Count(UNKNOWN_TOLL_LIMITED, death.start(), death.end(), death.group(0))
    return None


# "stabbed a man to death", "beat two farmers to death": the victims between the deed and its end
_TO_DEATH = rx_compile(r"\b(?:shot|stabbed|beat|beaten|hacked|burned|burnt|tortured|stoned|clubbed|kicked|bludgeoned|"
                       r"strangled|choked|starved|crushed|trampled)\s+(?P<victim>(?:[a-z'-]+\s+){1,4}?)to death\b",
                       re.IGNORECASE)


# "a mob beat to death a man accused of theft": the victim after the deed's end
_TO_DEATH_FIRST = rx_compile(r"\b(?:shot|stabbed|beat|beaten|hacked|burned|burnt|stoned|clubbed|lynched|kicked|"
                             r"bludgeoned) to death (?P<victim>(?:a|an|one|two|three|four|five|six|seven|eight|nine|"
                             r"ten|\d+) (?:[a-z'-]+\s+){0,2}?(?:man|woman|boy|girl|men|women|boys|girls|youths?|"
                             r"suspects?|people|persons?|thie(?:f|ves)|traders?|farmers?|herders?|drivers?))\b",
                             re.IGNORECASE)
# "caught three men ... and beat them to death": the people the crowd took hold of, counted before the deed
_CAUGHT = rx_compile(r"\b(?:caught|seized|grabbed|dragged|captured|apprehended|cornered) (?P<n>[a-z0-9-]+) "
                     r"(?:[a-z'-]+ ){0,2}?(?:men|women|youths|suspects|people|boys|thieves|persons|robbers)\b",
                     re.IGNORECASE)


def _done_to_death(sentence: str) -> Count | None:
    """The victims of a deed done "to death", counted: "a man" one, "two men" two, "the teacher" one."""
    after = _TO_DEATH_FIRST.search(sentence)
    if after is not None:
        first = after.group("victim").split()[0].lower()
        value = 1 if first in ("a", "an") else number_value(first)
        if value is not None and value < 100000:
            return Count(value, after.start("victim"), after.end("victim"), after.group("victim"))
    for m in _TO_DEATH.finditer(sentence):
        victim = m.group("victim").strip()
        first = victim.split()[0].lower()
        if first == "them":
            caught = [c for c in _CAUGHT.finditer(sentence, 0, m.start())]
            value = number_value(caught[-1].group("n").lower()) if caught else None
            if value is not None and value < 100000:
                return Count(value, caught[-1].start("n"), caught[-1].end("n"), caught[-1].group("n"))
        if first in _NOT_ONE:
            continue          # "beat them to death": how many, another sentence tells
        value = number_value(first)
        if value is None and (first in ("his", "her") or _one_victim(victim)):
            value = 1
        if value is not None and value < 100000:
            return Count(value, m.start("victim"), m.end("victim") - 1, victim)
    return None


# "a suspect was shot and died": one who was hurt and then died
_HURT_AND_DIED = rx_compile(r"\bwas (?:\w+ ){1,2}?and (?:later |then |subsequently )?died\b", re.IGNORECASE)


def _died_one(sentence: str) -> re.Match | None:
    """"the driver died", "inspector ruiz died": "died" after a subject in the singular."""
    for m in _DIED.finditer(sentence):
        subject = m.group("subject").lower()
        if subject in _NOT_ONE_SUBJECT or number_value(subject) is not None or subject in VAGUE_FATALITIES:
            continue
        if subject.endswith("s") and not subject.endswith(("ss", "us", "is")):
            continue          # "the hostages died": a plural, no count of one
        return m
    return _HURT_AND_DIED.search(sentence)


# "pedro ruiz and juan gomez were shot dead", "in which his driver and a bodyguard were killed": two victims
# named, each in the singular
_PAIR_FATE = rx_compile(r"\s+(?:were|have been|had been)\s+(?:[a-z]+ly\s+)?(?:" + "|".join(_SINGULAR_FATES)
                        + r")\b", re.IGNORECASE)
_CLAUSE_START = rx_compile(r"(?:^|[,;:(\[\"]|--|\b(?:that|which|whom|where|when|after|before|said|reported|"
                           r"confirmed|learned)\b)", re.IGNORECASE)


def _two_named(sentence: str) -> Count | None:
    """Two victims, each named in the singular and joined by "and", told killed: two dead."""
    for fate in _PAIR_FATE.finditer(sentence):
        start = max((m.end() for m in _CLAUSE_START.finditer(sentence, 0, fate.start())), default=0)
        subject = sentence[start:fate.start()].strip()
        parts = re.split(r"\s+and\s+", subject, flags=re.IGNORECASE)
        if len(parts) == 2 and all(0 < len(p.split()) <= 8 and _one_victim(re.sub(r"^(?:his|her)\b", "the", p))
                                   for p in parts):
            begin = start + sentence[start:fate.start()].index(subject)
            return Count(2, begin, fate.end(), sentence[begin:fate.end()])
    return None


def is_unnumbered_toll(words: str) -> bool:
    """True for the evidence of a toll with no number behind it ("killed", "MURDERED"): the limited default."""
    return (_UNNUMBERED_DEATH.fullmatch(words) or _UNNUMBERED_MORE.fullmatch(words)) is not None


# "the mayor and three others were killed", "the minister and his two bodyguards died": one named victim
# beside the counted ones
_AND_BEFORE = rx_compile(r"(?P<one>[a-z'-]+)\s+and\s+(?P<his>(?:his|her)\s+)?$", re.IGNORECASE)
_OTHERS_AFTER = rx_compile(r"\s+(?:[a-z-]+\s+)?others?\b", re.IGNORECASE)


# "between 60 and 200 people", "three or four soldiers", "10 to 15 dead": a range, whose lower figure is the
# conservative toll (codebook)
_RANGE_BEFORE = rx_compile(r"(?:\b(?:between|from)\s+(?P<a>" + _COUNT_WORD + r")\s+(?:and|to|-)|\b(?P<b>"
                           + _COUNT_WORD + r")\s*(?:to|or|-))\s*$", re.IGNORECASE)


def _lower_of_range(sentence: str, count: Count) -> Count:
    """The lower figure of a range that ends on the count."""
    m = _RANGE_BEFORE.search(sentence, max(0, count.start - 40), count.start)
    low = number_value(m.group("a") or m.group("b")) if m else None
    if low is None or low >= count.value or _not_a_count(sentence, m.start(), count.start):
        return count
    return Count(low, m.start(), count.end, sentence[m.start():count.end])


def _with_one_more(sentence: str, count: Count) -> Count:
    """One more than the count when a victim in the singular is joined to it by "and"."""
    if number_value(count.text) is None:
        return count          # a list already summed, a deed of one
    before = _AND_BEFORE.search(sentence, 0, count.start)
    if before is None:
        return count
    one = before.group("one").lower()
    counted = before.group("his") or _OTHERS_AFTER.match(sentence, count.end)
    if not counted or one in _NOT_ONE_SUBJECT or number_value(one) is not None \
            or one.endswith("s") and not one.endswith(("ss", "us", "is")):
        return count
    return Count(count.value + 1, before.start(), count.end, sentence[before.start():count.end])


_DEATH_WORD = rx_compile(r"\b(?:killed|dead|died|murdered|slain)\b", re.IGNORECASE)
_OTHER_TIME = rx_compile(r"\b(?:after|before|since|while|whereas|but|earlier|previous|last|ago|bringing|raising)\b",
                         re.IGNORECASE)


def _listed_together(sentence: str, counts: list[Count]) -> bool:
    """Counts joined by 'and' or commas within one clause ('3 soldiers and 5 militants')."""
    for a, b in zip(counts, counts[1:]):
        between = sentence[a.end:b.start]
        if re.search(r"[.;]", between) or _SUBSET.search(between) or not re.search(r"(?:,|\band\b)", between):
            return False
        if len(between.split()) > 5 and not (len(between.split()) <= 8 and re.search(r"\band\b", between)
                                             and _DEATH_WORD.search(between) and not _OTHER_TIME.search(between)):
            return False    # "6 were killed by gunfire and 3 were killed by mines" adds up; "... after 5 died" does not
    return True


# "killed 12 people, ..., residents and a local official said": the list's last words name who told it, no victims
_SPEAKER_AFTER = rx_compile(r"\s+(?:officials?|sources?|spokes(?:man|men|woman|person)|witness(?:es)?|leaders?|"
                            r"said|says|told)\b", re.IGNORECASE)


def _with_listed(sentence: str, count: Count) -> Count:
    """The toll of a list of victims that holds the count ("six priests and two women"): the list's sum."""
    for m in _LISTED.finditer(sentence):
        if not m.start() <= count.start < m.end():
            continue
        # "on 16 november, six priests and two women": a day of a date heads the list, no victims
        items = [i for i in _ITEM.finditer(m.group("items")) if not _MONTH_AFTER.match(i.group(0), i.end("n"))]
        if not items or not m.start() <= m.start("items") + items[0].start() <= count.start:
            return count
        start = m.start("items") + items[0].start()
        if _BY_BEFORE.search(sentence, 0, start):
            return count      # "fired by an unidentified party and three people were killed": agents, then victims
        if len(items) < 2 or any(_NOT_VICTIMS.search(i.group("words")) for i in items) \
                or _SPEAKER_AFTER.match(sentence, m.end()):
            return count
        values = [1 if i.group("n").lower() in ("his", "her") else number_value(i.group("n")) for i in items]
        if any(v is None for v in values):
            return count
        return Count(sum(values), start, m.end(), sentence[start:m.end()])
    return count


# "The priests were murdered on 16 November." after "six Jesuit priests" earlier in the article: the victims
# named again with "the", their count told before
_THE_VICTIMS = rx_compile(r"\bthe (?:[a-z'-]+ )?(?P<noun>[a-z]{3,}(?:s|men))\s+(?:were|had been|have been)\s+"
                          r"(?:[a-z]+ly\s+|also\s+|later\s+|all\s+)*$", re.IGNORECASE)


def victims_named_before(before: str, text: str) -> Count | None:
    """The count of the victims that `before` (the words ending just before an unnumbered "killed") names with
    "the", read from their last counted mention in `text` (the article up to that sentence)."""
    named = _THE_VICTIMS.search(before[-80:])
    if named is None:
        return None
    noun = re.escape(named.group("noun"))
    counted = None
    for m in re.finditer(r"\b(?P<n>\d{1,3}|" + _NUMBER_WORD + r")\s+(?:[a-z'-]+\s+){0,2}?" + noun + r"\b", text,
                         re.IGNORECASE):
        value = number_value(m.group("n"))
        if value is not None and 2 <= value < 1000 and not _not_a_count(text, m.start("n"), m.end("n")):
            counted = Count(value, m.start("n"), m.end(), m.group(0))
    return counted


# "Fatalities split between 2 events.", "Fatalities are split across 4 events (2).": a coder's note after the
# toll, sharing it among events coded apart; the share in brackets when the note gives it
_SPLIT_NOTE = rx_compile(r"(?:\b(?P<total>\d+)\s+)?\bfatalit(?:y|ies)\s+(?:are\s+|were\s+|is\s+|was\s+)?"
                         r"(?:split|divided|distributed|spread)\s+(?:evenly\s+)?(?:up\s+)?"
                         r"(?:between|among|across|over)\s+"
                         r"(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:events|locations|days)\b"
                         r"(?:\s*\((?P<given>\d+)\))?", re.IGNORECASE)


def coder_note(sentence: str, toll: int) -> Count | None:
    """The toll a coder's note sets ("Unknown fatalities coded as 10.", "... split between 2 events."), or None."""
    coded = _CODED.search(sentence)
    if coded is not None:
        return _count_in(sentence, default_for_unnumbered=False)
    return split_share(sentence, toll)


def split_share(sentence: str, toll: int) -> Count | None:
    """The share of `toll` that a coder's note splitting it among several events leaves this one."""
    m = _SPLIT_NOTE.search(sentence)
    parts = number_value(m.group("n")) if m else None
    if not parts or parts < 2:
        return None
    total = int(m.group("total")) if m.group("total") else toll
    share = int(m.group("given")) if m.group("given") else max(1, total // parts)
    return Count(share, m.start(), m.end(), m.group(0))
