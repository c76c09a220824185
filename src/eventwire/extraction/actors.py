"""Who did it and to whom, named the ACLED way.

Actor mentions come from three lexicons: named groups (codebook.groups),
state forces with a nationality ("russian jets" -> Military Forces of Russia),
and generic kinds (protesters, rioters, civilians, gunmen). Roles follow the
sentence: the agent stands before the trigger or after "by", the target after
it. Naming rules live in codebook; this module only finds and orders.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..codebook import (
    INTER_CIVILIANS, INTER_EXTERNAL, INTER_IDENTITY_MILITIA, INTER_POLITICAL_MILITIA,
    INTER_PROTESTERS, INTER_REBEL, INTER_RIOTERS, INTER_STATE,
)
from ..codebook.countries import CURRENCY_WORDS, WORD_TO_COUNTRY
from ..codebook.groups import NAMED_GROUPS


@dataclass(frozen=True)
class ActorMention:
    kind: str                 # "group", "military", "police", "government", "protesters", "rioters", "civilians", "armed", "rebels"
    name: str                 # ACLED-style name without the country qualifier
    inter: int
    start: int
    end: int
    country: str | None = None
    is_agent_by: bool = False  # introduced by "by": the agent of a passive sentence
    partner_country: str | None = None   # "russian and syrian jets": the second country

    def acled_name(self, fallback_country: str | None) -> str:
        country = self.country or fallback_country
        if self.kind in ("military", "police", "government"):
            base = {"military": "Military Forces", "police": "Police Forces", "government": "Government"}[self.kind]
            return f"{base} of {country}" if country else base
        if self.kind in ("protesters", "rioters", "civilians", "armed", "rebels", "militia"):
            return f"{self.name} ({country})" if country else self.name
        return self.name


_GROUP_FORMS: dict[str, tuple[str, int]] = {}
for forms, acled, inter in NAMED_GROUPS:
    for form in forms:
        _GROUP_FORMS[form] = (acled, inter)
        # the seed's form strips apostrophes: "luhansk peoples militia"
        _GROUP_FORMS.setdefault(re.sub(r"['’]", "", form), (acled, inter))
# Short acronyms are only trusted in upper case in cased text; see find_actors.
_SHORT = {f for f in _GROUP_FORMS if len(f) <= 4 and " " not in f}
_GROUP_RX = re.compile(r"\b(?:" + "|".join(sorted((re.escape(f) for f in _GROUP_FORMS), key=len, reverse=True)) + r")\b", re.IGNORECASE)

_NATION = r"(?P<nation>" + "|".join(sorted((re.escape(w) for w in WORD_TO_COUNTRY if len(w) > 3 or w in ("us", "u.s.", "uk", "idf")), key=len, reverse=True)) + r")(?:[- ]led|[- ]backed|[- ]based|n)?"
_MILITARY_NOUN = r"(?:(?:government|regime|state|pro-government) )?(?:army|armed forces|military|soldiers?|troops|forces|jets|warplanes?|war planes|aircraft|air ?force|navy|naval forces|marines|drones?|helicopters?|artillery|tanks?|gunships?|bombers|fighter jets?|submarine|special forces|commandos|paratroopers|military police(?:men)?|units?|battalion|brigade|division|regiment|regime|government forces|pro-government forces|security forces|defen[cs]e forces|defense ministry|defence ministry|national guard|border guards?|gendarmes?|gendarmerie|militia|coast guard)"
_POLICE_NOUN = r"(?:police(?:men|women)?|police officers?|policem[ae]n|riot police|officers|cops|constables?|law enforcement)"
_GOVERNMENT_NOUN = r"(?:government|authorities|president|prime minister|ministry|officials|regime|cabinet)"

_STATE_RX = re.compile(r"\b(?:" + _NATION + r"\s+(?:\w+\s+){0,1}?)?(?P<noun>" + _MILITARY_NOUN + r"|" + _POLICE_NOUN + r"|" + _GOVERNMENT_NOUN + r")\b", re.IGNORECASE)
# "police said", "an army officer said": the source of the report, not an actor in it.
_SOURCE_AFTER = re.compile(r"\s*(?:(?:officers?|officials?|spokes(?:man|woman|person)|sources?|chief|commander|statement)\s+)?(?:said|says|say|told|reported|confirmed|announced|stated|added)\b", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|get|got)\b[^.,;]{0,40}$", re.IGNORECASE)
# "military forces of azerbaijan", "the army of myanmar"
_STATE_OF_RX = re.compile(r"\b(?P<what>(?:military|armed|security|police|defen[cs]e|government) forces|army|police|navy|air force) of (?:the )?(?:" + _NATION + r")\b", re.IGNORECASE)
_GOVERNMENTAL = re.compile(r"\bgovernment(?:al)? (?:positions|troops|soldiers)\b", re.IGNORECASE)
# "russian and syrian jets", "jets believed to be russian"
_COORDINATED = re.compile(r"\b(?:" + _NATION + r")\s+(?:and|or|,)\s+$", re.IGNORECASE)
_NATION_AFTER = re.compile(r"\s+(?:believed to be|thought to be|suspected to be|said to be|reportedly|apparently|from)\s+(?:" + _NATION + r")\b", re.IGNORECASE)
_GENERIC = (
    ("protesters", "Protesters", INTER_PROTESTERS, r"protesters|protestors|demonstrators|marchers|activists|opposition supporters|strikers"),
    ("rioters", "Rioters", INTER_RIOTERS, r"rioters|mobs?|youths|angry (?:residents|villagers|crowd)|irate (?:\w+)|crowds?|vigilantes"),
    ("civilians", "Civilians", INTER_CIVILIANS, r"civilians?|villagers?|residents?|farmers?|worshipp?ers|pupils|women|children|child|passengers?|motorists?|journalists?|reporters?|traders?|shoppers|pilgrims|displaced (?:people|persons)|refugees|(?:a|an|the|two|three|\d+) (?:man|men|woman|boy|girl|people|persons|family|teacher|doctor|nurse|student|farmer|trader|journalist|chief|leader|official|politician|councillor|cleric|imam|pastor|priest|herder|driver|businessman)|people(?!'s| s\b)"),
    ("armed", "Unidentified Armed Group", INTER_POLITICAL_MILITIA, r"gunmen|gunman|unidentified (?:gunmen|men|assailants|attackers|armed men|persons|people)|unknown (?:gunmen|men|assailants|attackers|armed men|persons)|armed (?:men|assailants|group|individuals|persons|bandits)|assailants|attackers|suspected militants|bandits"),
    ("rebels", "Opposition Rebels", INTER_REBEL, r"rebels?|insurgents?|militants?|jihadists?|islamists?|terrorists?|fighters|separatists|guerrillas?|extremists|insurgency"),
    ("militia", "Militia", INTER_POLITICAL_MILITIA, r"militias?|militiam[ae]n|vigilante groups?|self-defen[cs]e (?:groups?|forces|militias?)"),
)
_GENERIC_RX = [(kind, name, inter, re.compile(r"\b(?:" + _NATION + r"\s+)?(?:" + pat + r")\b", re.IGNORECASE)) for kind, name, inter, pat in _GENERIC]


def find_actors(sentence: str, cased_sentence: str | None = None) -> list[ActorMention]:
    """Actor mentions in a lowercased sentence, in text order, overlaps resolved."""
    found: list[ActorMention] = []
    for m in _GROUP_RX.finditer(sentence):
        form = m.group(0).lower()
        if form in _SHORT and cased_sentence is not None and not cased_sentence[m.start():m.end()].isupper():
            continue     # "let", "is", "car" are words before they are acronyms
        if form in _SHORT and cased_sentence is None and form in ("let", "jas", "tip", "pdf", "car", "ola", "kia", "sna", "aa"):
            continue
        if sentence[max(0, m.start() - 5):m.start()] == "anti-":
            continue     # "anti-houthi forces" are the houthis' enemies
        if form not in _GROUP_FORMS:
            continue     # matched only case-insensitively ("ſ" for "s", "İ"): not the name as written
        acled, inter = _GROUP_FORMS[form]
        found.append(ActorMention("group", acled, inter, m.start(), m.end(), None))
    for m in _STATE_RX.finditer(sentence):
        noun = m.group("noun").lower()
        nation = m.group("nation")
        country = WORD_TO_COUNTRY.get(nation.lower()) if nation else None
        if re.fullmatch(_POLICE_NOUN, noun):
            kind = "police"
        elif re.fullmatch(_GOVERNMENT_NOUN, noun):
            kind = "government"
            if not nation:
                continue      # "the government" alone is too often not an actor of the event
        else:
            kind = "military"
            if noun in ("forces", "units", "militia", "unit") and not nation:
                continue
        start, partner = m.start(), None
        before = _COORDINATED.search(sentence, max(0, start - 30), start)
        if nation and before:
            partner = country
            country = WORD_TO_COUNTRY.get(before.group("nation").lower())
            start = before.start()
        elif not nation:
            after = _NATION_AFTER.match(sentence, m.end())
            if after:
                country = WORD_TO_COUNTRY.get(after.group("nation").lower())
        found.append(ActorMention(kind, kind, INTER_STATE, start, m.end(), country, partner_country=partner))
    for m in _STATE_OF_RX.finditer(sentence):
        kind = "police" if m.group("what").lower().startswith("police") else "military"
        found.append(ActorMention(kind, kind, INTER_STATE, m.start(), m.end(), WORD_TO_COUNTRY.get(m.group("nation").lower())))
    for m in _GOVERNMENTAL.finditer(sentence):
        found.append(ActorMention("military", "military", INTER_STATE, m.start(), m.end(), None))
    for kind, name, inter, rx in _GENERIC_RX:
        for m in rx.finditer(sentence):
            nation = m.group("nation")
            found.append(ActorMention(kind, name, inter, m.start(), m.end(), WORD_TO_COUNTRY.get(nation.lower()) if nation else None))
    found = [a for a in found if not _SOURCE_AFTER.match(sentence, a.end)]
    found.sort(key=lambda a: (a.start, -(a.end - a.start)))
    kept: list[ActorMention] = []
    for a in found:
        if kept and a.start < kept[-1].end:
            continue
        if kept and kept[-1].kind == "group" and a.kind in ("rebels", "armed", "militia") and not sentence[kept[-1].end:a.start].strip():
            continue      # "taliban fighters": one actor
        if kept and a.kind == "group" and kept[-1].kind in ("rebels", "armed", "militia") and re.fullmatch(r"\s*(?:of|from|belonging to|linked to|loyal to|affiliated (?:with|to)|,)?\s*(?:the\s+)?", sentence[kept[-1].end:a.start]):
            kept.pop()    # "rebels of hayat tahrir al-sham": the named group
        # "was shot by X": a passive's agent; "a camp run by X" is no agent of the event
        by = sentence[max(0, a.start - 3):a.start] == "by " and bool(_PASSIVE_BEFORE.search(sentence, 0, max(0, a.start - 3)))
        kept.append(ActorMention(a.kind, a.name, a.inter, a.start, a.end, a.country, by, a.partner_country))
    return kept


def state_owner(sentence: str) -> str | None:
    """The one country whose state organs the sentence names ("russia s defense ministry said a
    submarine fired ..."): the owner of state forces named there without a nationality."""
    owners = set()
    for m in _STATE_RX.finditer(re.sub(r"['’]s\b", " s", sentence)):
        if m.group("nation"):
            country = WORD_TO_COUNTRY.get(m.group("nation").lower())
            if country:
                owners.add(country)
    return owners.pop() if len(owners) == 1 else None


_MONEY_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def country_mentions(text: str) -> list[str]:
    """Countries named or implied by nationality words, in order of mention."""
    out = []
    for m in re.finditer(r"\b(?:" + _NATION + r")\b", text, re.IGNORECASE):
        if _MONEY_AFTER.match(text, m.end()):
            continue      # "the US dollar exchange rate", "Syrian pounds": money, not a country
        country = WORD_TO_COUNTRY.get(m.group("nation").lower())
        if country:
            out.append(country)
    return out
