"""Which ACLED sub-event type a sentence reports, from the words that signal it.

Each rule is a compiled pattern over the lowercased sentence with a priority:
when several fire, the most specific type wins (a suicide car bomb is "Suicide
bomb", not "Remote explosive"). Context rules then refine the protest and
attack families and veto words used in another sense (a labour strike, a heart
attack, a claim of responsibility, an accident). The lexicon is ours, written
from the ACLED codebook's definitions; it is data, kept in `lexicon.py`.
"""
from __future__ import annotations

import functools

import re
from dataclasses import dataclass

import ahocorasick

from . import gated
from . import lexicon as L
from .compiled import compile as rx_compile



def _rx(pattern: str) -> re.Pattern:
    return gated.compile(pattern, re.IGNORECASE)   # the regex runs only when its required words occur


@dataclass(frozen=True)
class Rule:
    sub_event_type: str
    pattern: re.Pattern
    priority: int
    name: str


@dataclass(frozen=True)
class Trigger:
    """A rule that fired: the sub-type and the span (into the sentence) of its words."""

    sub_event_type: str
    start: int
    end: int
    priority: int
    rule: str


ARMED, STATE, CIVILIAN, MIL_TARGET = L.ARMED, L.STATE, L.CIVILIAN, L.MIL_TARGET

RULES: tuple[Rule, ...] = tuple(Rule(spec.sub_event_type,
                                     _rx(spec.source(**L.CLASSES)),
                                     spec.priority, spec.name)
                                for spec in L.RULES)



def _automaton(words) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def uncovered_words(rules, stems) -> frozenset[str]:
    """Words some rule needs that hold no stem: the pre-filter takes them beside the stems, so that it never
    drops a sentence a rule would fire on ("drones hit a power plant" before "drone" was a stem).

    Every match of a rule holds one literal of each set of at least one of its conjunctions (`gated`), so a
    conjunction with a set whose literals all hold a stem is covered; for any other, the literals of its set
    with the fewest uncovered ones are taken. The stems are meant to cover every rule (a test lists what
    they miss); this is the net for a rule added without one.
    """
    finder = _automaton(stems)

    def missing(literals) -> list[str]:
        return [literal for literal in literals if next(finder.iter(literal), None) is None]

    words: set[str] = set()
    for rule in rules:
        literals = getattr(rule.pattern, "literals", None)
        if literals is None:
            raise ValueError(f"trigger rule {rule.name!r} has no required words: the pre-filter cannot hold it")
        for conjunction in rule.pattern.conjunctions or ((literals,),):
            gaps = [(len(gap), -min(map(len, group)), gap) for group in conjunction for gap in [missing(group)]]
            if all(gap for _, _, gap in gaps):
                words.update(min(gaps, key=lambda entry: entry[:2])[2])
    return frozenset(words)


# The throughput lever: an Aho-Corasick automaton finds any stem in one linear scan.
PREFILTER_STEMS = L.PREFILTER_STEMS
_PREFILTER = _automaton((*PREFILTER_STEMS, *sorted(uncovered_words(RULES, PREFILTER_STEMS))))


@functools.lru_cache(maxsize=512)
def may_hold_event(sentence: str) -> bool:
    """False when no trigger stem occurs in the lowercased sentence.

    `extract_events` asks of every sentence twice (its clauses first, then its classification), a whole
    article apart: the answer is kept, since hashing a sentence costs a fraction of a walk of the automaton."""
    return next(_PREFILTER.iter(sentence), None) is not None


NON_POLITICAL = _rx(L.NON_POLITICAL)
CRIME = _rx(L.CRIME)
CLAIM = _rx(L.CLAIM)
_IRREALIS_BEFORE = _rx(L.IRREALIS_BEFORE)
_EARLIER_EVENT = _rx(L.EARLIER_EVENT)
_DENIAL = _rx(L.DENIAL)
_HARM_BEFORE_CAUSE = _rx(L.HARM_BEFORE_CAUSE)
_NEGATED_BEFORE = _rx(L.NEGATED_BEFORE)
_UNREAL_BEFORE = _rx(L.UNREAL_BEFORE)
_REMINDER = _rx(L.REMINDER)
_PAST_RELATIVE = rx_compile(r"\b(?:who|which|that)\s+(?:was|were|had been|have been|has been)\b")
_DAY_AFTER = rx_compile(L.DEED_DAY_AFTER)
# an aside between commas: ", who were accused of spying," opens on a relative word and closes on a comma
_ASIDE_OPENED = rx_compile(r",\s*(?:who|which|whom|whose)\b[^,;]*$")
_ASIDE_CLOSED = rx_compile(r"[^,;]*,\s*(?:[\w-]+\s+){0,6}$")
# a clause of time or cause before the main one: "when the gunmen could not find him, they burned his house"
_LEAD_CLAUSE_OPENED = rx_compile(r"(?:^|[;:]\s*|\]\s*)(?:when|after|as|because|since|once|although|though|while)\b"
                                 r"[^,;]*$")
_DAY_BEFORE = rx_compile(L.DEED_DAY_BEFORE)
_AUTHORSHIP = rx_compile(L.AUTHORSHIP)
_DEED_CLAUSE = rx_compile(L.DEED_CLAUSE)

MILITARY_AGENT = _rx(r"\b(?:" + STATE + r"|" + ARMED + r")\b")
CIVILIAN_WORDS = _rx(r"\b" + CIVILIAN + r"\b")
MILITARY_TARGET_WORDS = _rx(L.MILITARY_TARGET_WORDS)
PROTEST_WORDS = _rx(L.PROTEST_WORDS)
CASUALTY_OF_PROTESTERS = _rx(L.CASUALTY_OF_PROTESTERS)
VIOLENCE_BY_PROTESTERS = _rx(L.VIOLENCE_BY_PROTESTERS)
LABOUR_STRIKE = _rx(L.LABOUR_STRIKE)


# The rules' gates (lexicon.GATES) in one automaton: which gated rules a sentence may fire.
_GATED = frozenset(L.GATES)
_GATE_FINDER = ahocorasick.Automaton()
for _name, _words in L.GATES.items():
    for _word in _words:
        _GATE_FINDER.add_word(_word, _GATE_FINDER.get(_word, ()) + (_name,))
_GATE_FINDER.make_automaton()


# The rules whose required words occur, from one scan per sentence (gated.Selector) rather than 44 tests.
_SELECTOR = gated.Selector(rule.pattern for rule in RULES)


def find_triggers(sentence: str) -> list[Trigger]:
    """Every rule that fires in a lowercased sentence, best first."""
    found: list[Trigger] = []
    opened = None                  # the gates the sentence opens, scanned for when a gated rule may fire
    for index in _SELECTOR.possible(sentence):
        rule = RULES[index]
        if rule.name in _GATED:
            if opened is None:
                opened = {name for _, names in _GATE_FINDER.iter(sentence) for name in names}
            if rule.name not in opened:
                continue
        pattern = rule.pattern
        match = (pattern.engine(sentence) if isinstance(pattern, gated.GatedPattern) else pattern).search(sentence)
        if match:
            found.append(Trigger(rule.sub_event_type, match.start(), match.end(), rule.priority, rule.name))
    found.sort(key=lambda t: (-t.priority, t.start))
    return found


def preceded_by_irrealis(sentence: str, start: int, window: int = 40, end: int | None = None,
                         scenes: bool = False) -> bool:
    """True when the words just before a trigger report talk about it, not it. With the trigger's `end`,
    a deed the talk dates to its own day ("condemned the murder of the mayor on 3 May") is reported; in a
    story of several scenes (`scenes`), so is a dated deed named as what came before ("after the murder of
    the senator on 18 August"): one of the story's incidents, not the context of a brief's one item."""
    earlier = _EARLIER_EVENT.search(sentence, 0, start)
    if earlier is not None and _HARM_BEFORE_CAUSE.search(sentence, 0, earlier.start()):
        earlier = None                   # "were killed after a bomb exploded": the cause of the harm told
    if earlier is not None and scenes and end is not None and dated_deed(sentence, start, end):
        earlier = None
    who = _disputed_author(sentence, start, end)
    denial = _DENIAL.search(sentence, 0, start)
    if denial is not None and who is not None and who[0] <= denial.start() < who[1]:
        denial = None                    # who did it is disputed, not that it was done
    if earlier is not None or denial is not None and not _in_aside(sentence, denial, start) \
            or _NEGATED_BEFORE.search(sentence, max(0, start - window), start):
        return True                      # "after the raid on Saturday": the news is what followed it
    reminders = [(r.start(), r.end()) for r in _REMINDER.finditer(sentence, max(0, start - window - 20), start)]
    # "will attend the funerals of the priests who were killed on Thursday": the relative clause has its own
    # tense, so only the words inside it speak of its deed
    reach = end if end is not None else start + 12
    relative = _PAST_RELATIVE.search(sentence, max(0, start - window), min(len(sentence), reach))
    opens = relative.start() if relative is not None else 0
    cues = [c for c in _IRREALIS_BEFORE.finditer(sentence, max(opens, start - window), max(opens, start))
            if not _in_aside(sentence, c, start) and not any(a <= c.start() < b for a, b in reminders)
            and not (who is not None and who[0] <= c.start() < who[1])]
    return bool(cues) and not (end is not None and dated_deed(sentence, start, end))


def told_as_done(sentence: str, start: int, end: int) -> bool:
    """A deed the sentence dates to its own day, or whose doer alone it disputes ("denied responsibility for
    Monday's bombing"): told as done, whatever the sentence says about it."""
    return dated_deed(sentence, start, end) or _disputed_author(sentence, start, end) is not None


def _disputed_author(sentence: str, start: int, end: int | None) -> tuple[int, int] | None:
    """The words that dispute only who did a deed ("accused the death squads of perpetrating", "denied any
    involvement in"), when the sentence tells the deed as done: with its own day, or in a clause of its own ("the
    attack in which a bomb exploded"). ACLED codes the deed whoever is named; a deed still to come stays talk."""
    who = _AUTHORSHIP.search(sentence, 0, start)
    if who is None or any(not who.start() <= u.start() < who.end()
                          for u in _UNREAL_BEFORE.finditer(sentence, max(0, start - 60), start)):
        return None
    if _DEED_CLAUSE.search(sentence, who.end(), start) or end is not None and (
            _DAY_AFTER.match(sentence, end) or _DAY_BEFORE.search(sentence, max(0, start - 25), start)):
        return who.span()
    return None


def _in_aside(sentence: str, cue: re.Match, start: int) -> bool:
    """"Two farmers, who were accused of spying, were shot": the cue is the verb of an aside between commas
    that closes before the trigger, so it says nothing of the trigger's deed."""
    return bool(_ASIDE_CLOSED.match(sentence, cue.end(), start)
                and (_ASIDE_OPENED.search(sentence, max(0, cue.start() - 40), cue.start())
                     or _LEAD_CLAUSE_OPENED.search(sentence, max(0, cue.start() - 60), cue.start())))


def dated_deed(sentence: str, start: int, end: int) -> bool:
    """A reaction to a deed that names the deed's own day: "condemned the assassination of six priests on
    Thursday", "after the 18 August murder of the senator". ACLED codes an incident told with its own day,
    however the sentence came to tell it; a deed still to come, doubted or denied is talk all the same."""
    if _UNREAL_BEFORE.search(sentence, max(0, start - 60), start) or _DENIAL.search(sentence, 0, start):
        return False
    return bool(_DAY_AFTER.match(sentence, end) or _DAY_BEFORE.search(sentence, max(0, start - 25), start))
