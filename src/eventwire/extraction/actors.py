"""Who did it and to whom, named the ACLED way.

Actor mentions come from three lexicons: named groups (codebook.groups),
state forces with a nationality ("russian jets" -> Military Forces of Russia),
and generic kinds (protesters, rioters, civilians, gunmen). Roles follow the
sentence: the agent stands before the trigger or after "by", the target after
it. Naming rules live in codebook; this module only finds and orders.

The lexicons are tables below, one entry per line with the codebook's reason; they
compile into fast matchers: the group names into one Aho-Corasick automaton (a
linear scan, whatever the number of names), the nationality words into a trie
(a prefix-shared alternation, tried longest first as a sorted one would be), the
nouns into short alternations in table order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from ..codebook import (
    INTER_CIVILIANS, INTER_POLITICAL_MILITIA, INTER_PROTESTERS, INTER_REBEL, INTER_RIOTERS, INTER_STATE,
)
from ..codebook.countries import CURRENCY_WORDS, WORD_TO_COUNTRY, state_actor
from ..codebook.groups import NAMED_GROUPS
from .compiled import compile as rx_compile
from . import gated


@dataclass(frozen=True)
class ActorMention:
    kind: str     # "group", "military", "police", "government", "protesters", "rioters", "civilians", "armed", ...
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
            return state_actor(base, country) if country else base
        if self.kind in ("protesters", "rioters", "civilians", "armed", "rebels", "militia"):
            return f"{self.name} ({country})" if country else self.name
        return self.name


# -- the lexicon: (pattern, why) per line; patterns are lowercase regex fragments ------------------------

# State forces (ACLED: "Military Forces of X", inter 1): the nouns that name a state's armed organs.
# "government", "regime", "state" before the noun say whose forces they are.
STATE_OWNERS = ("government", "regime", "state", "pro-government")
MILITARY_NOUNS: tuple[tuple[str, str], ...] = (
    ("army", "the land force"),
    ("armed forces", "the forces as a whole"),
    ("military", "the forces as a whole"),
    ("soldiers?", "its members"),
    ("troops", "its members"),
    ("forces", "its members; only with a nationality (see find_actors)"),
    ("jets", "air power is the state's in most theatres"),
    ("warplanes?", "air power"),
    ("war planes", "air power"),
    ("aircraft", "air power"),
    ("air ?force", "air power"),
    ("navy", "the sea force"),
    ("naval forces", "the sea force"),
    ("marines", "the sea force"),
    ("drones?", "air power"),
    ("air ?strikes?", "air power; only with a nationality ('Israeli air strikes hit ...')"),
    ("helicopters?", "air power"),
    ("artillery", "heavy weapons are the state's in most theatres"),
    ("tanks?", "armour"),
    ("gunships?", "air power"),
    ("bombers", "air power"),
    ("fighter jets?", "air power"),
    ("submarine", "the sea force"),
    ("special forces", "its units"),
    ("commandos", "its units"),
    ("paratroopers", "its units"),
    ("military police(?:men)?", "military police are military forces"),
    ("units?", "its units; only with a nationality"),
    ("battalion", "its units"),
    ("brigade", "its units"),
    ("division", "its units"),
    ("regiment", "its units"),
    ("regime", "a government's forces"),
    ("government forces", "a government's forces"),
    ("pro-government forces", "forces fighting for the state"),
    ("security forces", "the state's armed organs as a whole"),
    ("defen[cs]e forces", "the state's armed organs"),
    ("defense ministry", "the ministry speaks for the forces"),
    ("defence ministry", "the ministry speaks for the forces"),
    ("national guard", "a state force"),
    ("border guards?", "a state force"),
    ("gendarmes?", "military police"),
    ("gendarmerie", "military police"),
    ("militia", "a state's militia when a nationality is named; only with one"),
    ("coast guard", "a state force"),
)
# Police (ACLED: "Police Forces of X", inter 1).
POLICE_NOUNS: tuple[tuple[str, str], ...] = (
    ("police(?:men|women)?", "the police"),
    ("police officers?", "its members"),
    ("policem[ae]n", "its members"),
    ("riot police", "its units"),
    ("officers", "its members (a rank word elsewhere; sources are dropped)"),
    ("cops", "its members"),
    ("constables?", "its members"),
    ("law enforcement", "the police as a whole"),
)
# Governments (ACLED: "Government of X", inter 1): only with a nationality.
GOVERNMENT_NOUNS: tuple[tuple[str, str], ...] = (
    ("government", "the state itself"),
    ("authorities", "the state itself"),
    ("president", "the head of state acts for it"),
    ("prime minister", "the head of government acts for it"),
    ("ministry", "a ministry acts for it"),
    ("officials", "its officials"),
    ("regime", "the state itself"),
    ("cabinet", "the state itself"),
)
# "... forces of X": the owner named after the noun.
STATE_OF_NOUNS: tuple[tuple[str, str], ...] = (
    ("(?:military|armed|security|police|defen[cs]e|government) forces", "the forces of a named state"),
    ("army", "the army of a named state"),
    ("police", "the police of a named state"),
    ("navy", "the navy of a named state"),
    ("air force", "the air force of a named state"),
)
# Words after a nationality that make it an ally's or a sponsor's: "saudi-led", "iran-backed", "syrian".
NATION_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("[- ]led", "the leading state is the actor's"),
    ("[- ]backed", "the sponsor state is named for the actor"),
    ("[- ]based", "where the actor is based"),
    ("n", "the adjective of a name ('syria' + 'n')"),
)
# Words between state forces and a nationality said after them: "jets believed to be russian".
NATION_AFTER_CUES: tuple[tuple[str, str], ...] = (
    ("believed to be", "attribution by the source"),
    ("thought to be", "attribution by the source"),
    ("suspected to be", "attribution by the source"),
    ("said to be", "attribution by the source"),
    ("reportedly", "attribution by the source"),
    ("apparently", "attribution by the source"),
    ("from", "where the forces come from"),
)
# "police said", "an army officer said": the source of the report, not an actor in it.
SOURCE_NOUNS: tuple[tuple[str, str], ...] = (
    ("officers?", "a member speaking"),
    ("officials?", "a member speaking"),
    ("spokes(?:man|woman|person)", "its spokesperson"),
    ("sources?", "unnamed sources"),
    ("chief", "its head speaking"),
    ("commander", "its commander speaking"),
    ("statement", "its statement"),
)
SOURCE_VERBS: tuple[tuple[str, str], ...] = tuple(
    (verb, "a verb of saying") for verb in
    ("said", "says", "say", "told", "reported", "confirmed", "announced", "stated", "added")
)
# "the two men", "a farmer": people named by number and station are civilians unless armed.
CIVILIAN_COUNTS = ("a", "an", "the", "two", "three", r"\d+")
CIVILIAN_PERSONS = (
    "man", "men", "woman", "boy", "girl", "people", "persons", "family", "teacher", "doctor", "nurse", "student",
    "farmer", "trader", "journalist", "chief", "leader", "official", "politician", "councillor", "cleric", "imam",
    "pastor", "priest", "herder", "driver", "businessman",
)


@dataclass(frozen=True)
class GenericKind:
    """Actors named by what they are, not who: ACLED's generic actor names."""

    kind: str
    name: str          # ACLED's name, completed by the country: "Protesters (Kenya)"
    inter: int
    why: str
    patterns: tuple[str, ...]


GENERIC_KINDS: tuple[GenericKind, ...] = (
    GenericKind("protesters", "Protesters", INTER_PROTESTERS, "demonstrators acting peacefully (inter 6)", (
        "protesters", "protestors", "demonstrators", "marchers", "activists", "opposition supporters", "strikers")),
    GenericKind("rioters", "Rioters", INTER_RIOTERS, "crowds acting violently (inter 5)", (
        "rioters", "mobs?", "youths", "angry (?:residents|villagers|crowd)", r"irate (?:\w+)", "crowds?",
        "vigilantes")),
    GenericKind("civilians", "Civilians", INTER_CIVILIANS, "unarmed people (inter 7)", (
        "civilians?", "villagers?", "residents?", "farmers?", "worshipp?ers", "pupils", "women", "children", "child",
        "passengers?", "motorists?", "journalists?", "reporters?", "traders?", "shoppers", "pilgrims",
        "displaced (?:people|persons)", "refugees",
        "(?:" + "|".join(CIVILIAN_COUNTS) + ") (?:" + "|".join(CIVILIAN_PERSONS) + ")",
        r"people(?!'s| s\b)")),
    GenericKind("armed", "Unidentified Armed Group", INTER_POLITICAL_MILITIA, "armed men of unknown allegiance", (
        "gunmen", "gunman", "unidentified (?:gunmen|men|assailants|attackers|armed men|persons|people)",
        "unknown (?:gunmen|men|assailants|attackers|armed men|persons)",
        "armed (?:men|assailants|group|individuals|persons|bandits)", "assailants", "attackers",
        "suspected militants", "bandits")),
    # criminal groups: ACLED names an unnamed gang "Unidentified Gang (X)" and codes it as a political militia
    GenericKind("armed", "Unidentified Gang", INTER_POLITICAL_MILITIA, "criminal armed groups of no known name", (
        "gangs?", "gang members?", "gangsters?", "armed gangs?", "criminal gangs?", "cartel gunmen",
        "cartel members", "drug traffickers")),
    GenericKind("rebels", "Opposition Rebels", INTER_REBEL, "armed opposition to a state (inter 2)", (
        "rebels?", "insurgents?", "militants?", "jihadists?", "islamists?", "terrorists?", "fighters", "separatists",
        "guerrillas?", "extremists", "insurgency",
        # forces that fight the state: "anti-junta forces", "anti-government armed groups"
        "anti-(?:junta|government|regime|coup) (?:forces|fighters|groups?|armed groups?|militias?|resistance)")),
    GenericKind("militia", "Militia", INTER_POLITICAL_MILITIA, "armed groups serving a political end (inter 3)", (
        "militias?", "militiam[ae]n", "vigilante groups?", "self-defen[cs]e (?:groups?|forces|militias?)")),
)
# "iran-backed", "russian-supported": the nation named is the sponsor, not the actor's own
_SPONSOR = rx_compile(r"-?(?:backed|supported|sponsored|allied|aligned|funded|armed|trained)\b")
# weapons that name their state only with a nationality ("israeli air strikes"; bare "air strikes" name no one)
_NATIONAL_ONLY = rx_compile(r"air ?strikes?")
# "al qaeda-linked", "islamic state-affiliated": a group named as another's patron or ally
_PATRON_OF = rx_compile(r"-(?:linked|affiliated|allied|aligned|backed|inspired|supported|sponsored)\b"
                        # "al qaeda's sahel affiliate jnim": the patron named before the group that acted
                        r"|(?:'s|’s) (?:[\w-]+ ){0,2}?(?:affiliate|branch|offshoot|franchise|wing|ally)\b")
# Acronyms that are ordinary words too: without cased text they are read as words.
AMBIGUOUS_ACRONYMS = frozenset({"let", "jas", "tip", "pdf", "car", "ola", "kia", "sna", "aa"})
# Nationality words of three letters or fewer are too often other words, except these.
SHORT_NATIONS = frozenset({"us", "u.s.", "uk", "idf"})


# -- compiling the tables ----------------------------------------------------------------------------------

def _alternation(table) -> str:
    return "|".join(pattern for pattern, _ in table)


def trie_pattern(words) -> str:
    """An alternation of literal words sharing prefixes: at any position it tries the matching words
    longest first, as an alternation sorted by length does, but in a few steps instead of one per word."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return build(root)


def _group_forms() -> dict[str, tuple[str, int]]:
    forms: dict[str, tuple[str, int]] = {}
    for group in NAMED_GROUPS:
        for form in group.forms:
            forms[form] = (group.name, group.inter)
            # the seed's form strips apostrophes: "luhansk peoples militia"
            forms.setdefault(re.sub(r"['’]", "", form), (group.name, group.inter))
    return forms


_GROUP_FORMS = _group_forms()
# Short acronyms are only trusted in upper case in cased text; see find_actors.
_SHORT = frozenset(f for f in _GROUP_FORMS if len(f) <= 4 and " " not in f)
_GROUPS = ahocorasick.Automaton()
for _form, (_name, _inter) in _GROUP_FORMS.items():
    _GROUPS.add_word(_form, (_form, _name, _inter))
_GROUPS.make_automaton()

_NATION_WORDS = tuple(w for w in WORD_TO_COUNTRY if len(w) > 3 or w in SHORT_NATIONS)
_NATION = ("(?P<nation>" + trie_pattern(_NATION_WORDS) + ")(?:" + _alternation(NATION_SUFFIXES) + ")?")
_NATION_PLAIN = "(?:" + trie_pattern(_NATION_WORDS) + ")"
_MILITARY_NOUN = "(?:(?:" + "|".join(STATE_OWNERS) + ") )?(?:" + _alternation(MILITARY_NOUNS) + ")"
_POLICE_NOUN = "(?:" + _alternation(POLICE_NOUNS) + ")"
_GOVERNMENT_NOUN = "(?:" + _alternation(GOVERNMENT_NOUNS) + ")"
_POLICE_RX = rx_compile(_POLICE_NOUN)
_GOVERNMENT_RX = rx_compile(_GOVERNMENT_NOUN)

_STATE_RX = rx_compile(r"\b(?:" + _NATION + r"\s+(?:\w+\s+){0,1}?)?(?P<noun>" + _MILITARY_NOUN + "|" + _POLICE_NOUN
                       + "|" + _GOVERNMENT_NOUN + r")\b", re.IGNORECASE)
_SOURCE_AFTER = rx_compile(r"\s*(?:(?:" + _alternation(SOURCE_NOUNS) + r")\s+)?(?:" + _alternation(SOURCE_VERBS)
                           + r")\b", re.IGNORECASE)
_PASSIVE_BEFORE = rx_compile(r"\b(?:was|were|been|being|is|are|get|got)\b[^.,;]{0,40}$", re.IGNORECASE)
# "by suspected separatists", "by heavily armed gunmen": words that may stand between "by" and its agent
_AGENT_QUALIFIER = rx_compile(r"by (?:suspected|alleged|unknown|unidentified|heavily armed|armed|masked|rival|"
                              r"presumed|a group of|a band of|members of(?: the)?) $")
# "a drone strike blamed on the paramilitary Rapid Support Forces": the one the strike is put down to
_BLAMED_ON = rx_compile(r"\b(?:blamed on|attributed to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "shelling by the paramilitary RSF", "drones launched by the rebels": remote fire named, then its agent (not "repelled
# an attack by X", where the subject fought)
_DEED_BY = rx_compile(r"\b(?:shelling|bombardment|(?:air |drone |missile )?strikes?|launched|"
                      r"fired|flown|operated)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_PASSIVE_REACH = 60      # longer than any match of _PASSIVE_BEFORE ("being" and 40 characters)
# "military forces of azerbaijan", "the army of myanmar"
_STATE_OF_RX = rx_compile(r"\b(?P<what>" + _alternation(STATE_OF_NOUNS) + r") of (?:the )?(?:" + _NATION + r")\b",
                          re.IGNORECASE)
_GOVERNMENTAL = rx_compile(r"\bgovernment(?:al)? (?:positions|troops|soldiers)\b", re.IGNORECASE)
# "russian and syrian jets", "jets believed to be russian"
_COORDINATED = rx_compile(r"\b(?:" + _NATION + r")\s+(?:and|or|,)\s+$", re.IGNORECASE)
_NATION_AFTER = rx_compile(r"\s+(?:" + _alternation(NATION_AFTER_CUES) + r")\s+(?:" + _NATION + r")\b",
                           re.IGNORECASE)
# gated: the twin without IGNORECASE runs on the (lowercased) sentences, several times faster
_GENERIC_RX = [(g.kind, g.name, g.inter, gated.compile(r"\b(?:" + _NATION + r"\s+)?(?:" + "|".join(g.patterns)
                                                       + r")\b", re.IGNORECASE))
               for g in GENERIC_KINDS]


def _head(pattern: str) -> str:
    """The literal characters every match of a pattern starts with ("" when it starts with a choice)."""
    head = re.match(r"[^()\[\]?*+\\|.{}^$]*", pattern).group()
    if head and pattern[len(head):len(head) + 1] in ("?", "*", "{"):
        head = head[:-1]      # "mobs?": the last letter is optional
    return head


def _heads_automaton(kinds: dict[int, tuple[str, ...]]) -> tuple[ahocorasick.Automaton, frozenset[int]]:
    """One automaton over the heads of each matcher's nouns, and the matchers that cannot be screened."""
    automaton, always = ahocorasick.Automaton(), set()
    for index, patterns in kinds.items():
        heads = [_head(p) for p in patterns]
        if not all(heads):
            always.add(index)
            continue
        for head in heads:
            automaton.add_word(head, automaton.get(head, ()) + (index,))
    automaton.make_automaton()
    return automaton, frozenset(always)


# A matcher runs only on sentences that hold one of its nouns' first letters: one scan screens them all.
_STATE_SCREEN = -1
_SCREEN, _UNSCREENED = _heads_automaton({
    **{n: g.patterns for n, g in enumerate(GENERIC_KINDS)},
    _STATE_SCREEN: tuple(p for p, _ in MILITARY_NOUNS + POLICE_NOUNS + GOVERNMENT_NOUNS),
})
# The case folds of Python's re that turn a non-ASCII letter into an ASCII one: "ſ" matches "s".
_ASCII_FOLDS = str.maketrans({"ſ": "s", "ı": "i", "\u212a": "k"})


@lru_cache(maxsize=64)
def _screened(sentence: str) -> frozenset[int]:
    """The matchers whose nouns may occur in the sentence (a superset: the regex decides); kept for a few
    sentences, since the actors and the owner of state forces are both asked about an event's sentence."""
    present = set(_UNSCREENED)
    low = _lower(sentence)
    for _, indexes in _SCREEN.iter(low if low.isascii() else low.translate(_ASCII_FOLDS)):
        present.update(indexes)
    return frozenset(present)


# "rebels of hayat tahrir al-sham", "fighters from sudan's paramilitary rapid support forces": the named group
_JOINS_NAMED = rx_compile(r"\s*(?:(?:of|from|belonging to|linked to|loyal to|affiliated (?:with|to))\s+(?:the\s+)?"
                          r"(?:[a-z]+(?:'s|’s)\s+)?(?:paramilitary\s+|militant\s+|islamist\s+|jihadist\s+|armed\s+)?"
                          r"|,?\s*(?:the\s+)?)")


# -- matching ------------------------------------------------------------------------------------------

def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _boundary(text: str, i: int) -> bool:
    """`\\b` of Python's re at position i."""
    before = i > 0 and _is_word(text[i - 1])
    after = i < len(text) and _is_word(text[i])
    return before != after


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@lru_cache(maxsize=64)
def _group_matches(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, form) of the group names, as a `\\b(?:longest|...|shortest)\\b` scan would find them:
    at each start the longest name ending at a word boundary, leftmost first, never overlapping."""
    longest: dict[int, str] = {}
    for last, (form, _, _) in _GROUPS.iter(_lower(sentence)):
        start = last + 1 - len(form)
        if len(form) > len(longest.get(start, "")) and _boundary(sentence, start) and _boundary(sentence, last + 1):
            longest[start] = form
    found, reached = [], 0
    for start in sorted(longest):
        if start >= reached:
            reached = start + len(longest[start])
            found.append((start, reached, longest[start]))
    return tuple(found)


def find_actors(sentence: str, cased_sentence: str | None = None) -> list[ActorMention]:
    """Actor mentions in a lowercased sentence, in text order, overlaps resolved."""
    if cased_sentence is not None and not any(form in _SHORT for _, _, form in _group_matches(sentence)):
        cased_sentence = None    # the case decides only about short names: without one, the lowercased answer
    return list(_find_actors(sentence, cased_sentence))


def named_groups(sentence: str) -> list[ActorMention]:
    """The named armed groups of a lowercased sentence, the sources of the report among them ("al Shabaab said
    it had carried out the attack": the claimant is the attacker)."""
    return [ActorMention("group", *_GROUP_FORMS[form], start, end, None)
            for start, end, form in _group_matches(sentence) if form not in _SHORT or form not in AMBIGUOUS_ACRONYMS]


@lru_cache(maxsize=512)
def _find_actors(sentence: str, cased_sentence: str | None) -> tuple[ActorMention, ...]:
    """The sentence's mentions; cached, as the coder asks about one sentence several times."""
    found: list[ActorMention] = []
    screened = _screened(sentence)
    for start, end, form in _group_matches(sentence):
        if form in _SHORT and cased_sentence is not None and not cased_sentence[start:end].isupper():
            continue     # "let", "is", "car" are words before they are acronyms
        if form in _SHORT and cased_sentence is None and form in AMBIGUOUS_ACRONYMS:
            continue
        if sentence[max(0, start - 5):start] == "anti-":
            continue     # "anti-houthi forces" are the houthis' enemies
        if _PATRON_OF.match(sentence, end):
            continue     # "the al qaeda-linked al shabaab group": the patron qualifies the group named after it
        acled, inter = _GROUP_FORMS[form]
        found.append(ActorMention("group", acled, inter, start, end, None))
    for m in _STATE_RX.finditer(sentence) if _STATE_SCREEN in screened else ():
        noun = m.group("noun").lower()
        nation = m.group("nation")
        if nation and _SPONSOR.match(sentence, m.end("nation")):
            nation = None     # "iran-backed houthi forces": Iran backs them, they are not its forces
            if noun in ("forces", "units", "militia", "unit"):
                continue
        country = WORD_TO_COUNTRY.get(nation.lower()) if nation else None
        if _POLICE_RX.fullmatch(noun):
            kind = "police"
        elif _GOVERNMENT_RX.fullmatch(noun):
            kind = "government"
            if not nation:
                continue      # "the government" alone is too often not an actor of the event
        else:
            kind = "military"
            if noun in ("forces", "units", "militia", "unit") and not nation:
                continue
            if _NATIONAL_ONLY.fullmatch(noun) and not (nation and sentence[m.end("nation"):m.start("noun")].isspace()):
                continue      # "saudi-led coalition airstrikes" are the coalition's
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
        found.append(ActorMention(kind, kind, INTER_STATE, m.start(), m.end(),
                                  WORD_TO_COUNTRY.get(m.group("nation").lower())))
    for m in _GOVERNMENTAL.finditer(sentence):
        found.append(ActorMention("military", "military", INTER_STATE, m.start(), m.end(), None))
    for index, (kind, name, inter, rx) in enumerate(_GENERIC_RX):
        if index not in screened:
            continue
        for m in rx.finditer(sentence):
            nation = m.group("nation")
            if nation and _SPONSOR.match(sentence, m.end("nation")):
                nation = None     # "russian-backed separatists" are no Russians
            found.append(ActorMention(kind, name, inter, m.start(), m.end(),
                                      WORD_TO_COUNTRY.get(nation.lower()) if nation else None))
    found = [a for a in found if not _SOURCE_AFTER.match(sentence, a.end)]
    found.sort(key=lambda a: (a.start, -(a.end - a.start)))
    kept: list[ActorMention] = []
    for a in found:
        if kept and a.start < kept[-1].end:
            continue
        if kept and kept[-1].kind == "group" and (a.kind in ("rebels", "armed", "militia")
                                                  or a.kind == "military" and a.country is None) \
                and not sentence[kept[-1].end:a.start].strip():
            continue      # "taliban fighters", "houthi drones": one actor
        if kept and a.kind == "group" and kept[-1].kind in ("rebels", "armed", "militia") \
                and _JOINS_NAMED.fullmatch(sentence[kept[-1].end:a.start]):
            kept.pop()    # "rebels of hayat tahrir al-sham": the named group
        # "was shot by X": a passive's agent; "a camp run by X" is no agent of the event
        # (the passive's words lie within _PASSIVE_REACH characters: a window keeps the loop linear)
        # ("shot dead by suspected separatists", "by unknown gunmen": a qualifier may stand between)
        by_at = a.start - 3
        qualifier = _AGENT_QUALIFIER.search(sentence, max(0, a.start - 24), a.start)
        if qualifier is not None:
            by_at = qualifier.start()
        by = by_at >= 0 and sentence[by_at:by_at + 3] == "by " \
            and bool(_PASSIVE_BEFORE.search(sentence, max(0, by_at - _PASSIVE_REACH), by_at)) \
            or _BLAMED_ON.search(sentence, max(0, a.start - 40), a.start) is not None \
            or _DEED_BY.search(sentence, max(0, a.start - 50), a.start) is not None
        kept.append(ActorMention(a.kind, a.name, a.inter, a.start, a.end, a.country, by, a.partner_country))
    return tuple(kept)


def state_owner(sentence: str) -> str | None:
    """The one country whose state organs the sentence names ("russia s defense ministry said a
    submarine fired ..."): the owner of state forces named there without a nationality."""
    owners = set()
    if _STATE_SCREEN not in _screened(sentence):
        return None
    if "'" in sentence or "’" in sentence:
        sentence = re.sub(r"['’]s\b", " s", sentence)     # else the sentence itself, whose gate scan is kept
    for m in _STATE_RX.finditer(sentence):
        if m.group("nation"):
            country = WORD_TO_COUNTRY.get(m.group("nation").lower())
            if country:
                owners.add(country)
    return owners.pop() if len(owners) == 1 else None


# longest first, ties by spelling: the pattern text must not follow the set's (hash-seeded) order, or each
# process compiles a new pattern and rewrites the kept regex and gate files (compiled.py, gated.py)
_MONEY_AFTER = rx_compile(r"\s+(?:" + "|".join(sorted(CURRENCY_WORDS, key=lambda w: (-len(w), w))) + r")\b",
                          re.IGNORECASE)
_NATION_RX = rx_compile(r"\b(?:" + _NATION + r")\b", re.IGNORECASE)


def country_mentions(text: str) -> list[str]:
    """Countries named or implied by nationality words, in order of mention."""
    out = []
    for m in _NATION_RX.finditer(text):
        if _MONEY_AFTER.match(text, m.end()):
            continue      # "the US dollar exchange rate", "Syrian pounds": money, not a country
        country = WORD_TO_COUNTRY.get(m.group("nation").lower())
        if country:
            out.append(country)
    return out
