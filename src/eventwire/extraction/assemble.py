"""The article stage: sentence findings become event mentions, and the mentions that tell the
same incident become one event.

A news article tells its incident more than once: the lead ("a bomb killed four people in
the capital"), then the elaboration ("the blast went off near the market ... police said
the toll rose to six"), then a quote. The sentence coder codes each telling; this stage
groups them and builds one event per group, the way an ACLED coder reads the whole
article before coding it.

An event mention is a sentence-level Event plus what its own sentence told (a day, a
place, a toll resting on a number) and whether it refers back ("the attack", "the
blast"). A mention joins the latest group it is compatible with (type family, place,
day) when something links them: it refers back, it adds detail without a day and place
of its own, or it names the same day and place. The event keeps each field from its
best-supported mention: the most specific place, a day told over the day of publication,
the largest toll that rests on a number (a toll is never summed: later tellings repeat
or update it), named actors over unidentified ones; every mention's evidence stays.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..codebook import (BATTLES, EXPLOSIONS, PROTESTS, RIOTS, GEO_NEAR, GEO_REGION, STRATEGIC, TIME_DAY,
                        UNKNOWN_TOLL_LIMITED, VAC, VAGUE_FATALITIES, interaction_code)
from ..normalize.reading import lower_preserving
from ..records import Article, Event, Evidence, Place
from .compiled import compile as rx_compile
from .anaphora import also_that_day
from .attribution import attribute, campaign_attacker, weapon_owner
from .other_counts import other_count
from .spread import told_nationwide
from .scene_sets import scene_sets, share_tolls
from .incident_days import date_undated
from .further_incidents import tells_another_incident
from .list_tolls import split_listed_tolls
from .numbers import coder_note, is_unnumbered_toll, number_value, victims_named_before
from .mourned import toll_of_the_mourned
from .town_told_next import town_told_next
from .risen_toll import risen_tolls
from .territory_days import territory_days
from .lead_town import lead_town
from .victims import not_victims, victim_words
from .unplaced_scene import names_unplaced_scene

# "the attack", "this blast", "the kidnapping": the trigger names an incident already told
_BACK_REFERENCE = rx_compile(r"(?:^|\W)(?:the|this|that|these|those|such|its|their)\s+(?:\w+[\s-]+){0,2}$")
# "his murder", "Galan's assassination": a deed named by its victim is the deed the article told of that person
_VICTIM_OWNS = rx_compile(r"(?:^|\W)(?:his|her|\w+'s)\s+(?:\w+\s+)?$")
# nouns by which a later sentence names an incident already told ("the blast", "the strike")
_INCIDENT_NOUNS = (
    "attacks?", "assaults?", "raids?", "ambush", "action", "operation",   # an assault of any kind
    "explosions?", "blasts?", "bombings?", "bombs?",                        # a bombing
    "strikes?", "shelling",                                                 # from the air or afar
    "killings?", "murders?", "massacres?", "assassinations?",              # the dead
    "abductions?", "kidnappings?",                                          # the taken
    "incidents?", "crimes?", "sieges?",                                     # the neutral words
)
_INCIDENT_NOUN = rx_compile(r"(?:" + "|".join(_INCIDENT_NOUNS) + r")\b")
# "The missile missed the vessel", "the drone hit a house": a strike from afar named again by its weapon
_WEAPON_TOLD_AGAIN = rx_compile(r"(?:[\w-]+\s+){0,2}?(?:missiles?|rockets?|drones?|shells?|projectiles?)\b")
# "the second missile", "the other strike", "the latest attack": a definite noun that counts on, not back
_COUNTS_ON = rx_compile(r"(?:^|\W)(?:second|third|fourth|fifth|other|another|next|latest|new|earlier|previous)\s+"
                        r"(?:[\w-]+\s+){0,1}$")
_MODIFIED_INCIDENT = rx_compile(r"(?:[\w-]+\s+){0,2}?" + _INCIDENT_NOUN.pattern)
_SENTENCE_OPENING = rx_compile(r"\s*(?:the|this|that)\s+(?:[\w-]+\s+){0,1}?" + _INCIDENT_NOUN.pattern
                               + r"\s+(?:occurred|took place|happened|came|was carried out|was staged)\b")
# "The assault near the town of Mir Ali killed eight soldiers": the incident told before is the subject, what it did
# is the trigger (the lead gave the deed and its day, the next sentence where and how many)
_SUBJECT_INCIDENT = rx_compile(r"\s*(?:the|this|that)\s+(?!(?:second|third|other|next|latest|new|earlier|previous)\b)"
                               r"(?:[\w-]+\s+){0,1}?" + _INCIDENT_NOUN.pattern
                               + r"(?:\s+(?:on|near|in|at|outside|against|along|by|of|the|a|an|town|village|city|"
                               r"district|road|[a-z][\w'-]*)){0,8}?\s+(?:killed|left|claimed|wounded|injured)\b")
_PAST_PERFECT = rx_compile(r"\bhad\s+(?:\w+\s+)?(?:been\s+)?\w+$")   # "had killed", "had already been seized"
# deeds named in the plural: counted or charged, not told as one incident
_DEEDS_PLURAL = (
    "murders", "killings", "assassinations", "massacres", "executions",   # the dead
    "attacks", "bombings",                                                 # assaults
    "kidnappings", "abductions", "disappearances",                         # the taken
    "crimes",                                                              # the neutral word
)
_DEEDS = rx_compile(r"(?:" + "|".join(_DEEDS_PLURAL) + r")")
_DEFINITE_INCIDENT = rx_compile(r"(?:the|this|that|these|those|such|its|their)\s+(?:[\w-]+\s+){0,2}?"
                                + _INCIDENT_NOUN.pattern)
# "were killed in the attack", "died in the blast": the toll of an incident already told
_DIED_IN_IT = rx_compile(r"\s+(?:\w+\s+){0,2}?(?:in|during|by)\s+(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?"
                         + _INCIDENT_NOUN.pattern)
# "all four attackers", "the gunmen": the perpetrators of the incident already told
# ("the bomber was followed by gunmen who were killed": the one who set off the blast told before)
_PERPETRATORS_AGAIN = rx_compile(r"\b(?:the|all|all \w+|both|the \w+)\s+(?:attackers|assailants|gunmen|militants|"
                                 r"bombers?|hostage-takers|raiders)\b")
# "before opening fire", "then opened fire on the trucks": the gunfire of the battle told before
_FIRE_OPENED = rx_compile(r"\b(?:open(?:ed|ing) fire|gun ?fire|exchang\w+ (?:of )?fire|fighting|clash\w*)\b")
# "their bodies", "his body", "the bodies of the two leaders": the dead are people the article already named
_BODY_TOLD_AGAIN = rx_compile(r"\b(?:his|her|their|both|the) bod(?:y|ies)\b(?! of (?:an?|two|three|four|five|six|"
                              r"several|\d+) )")
_ANOTHER = rx_compile(r"\banother\b")
# "50 soldiers and 30 civilians were killed": fighters among the dead, told without their killer (no "by")
_UNSIGNED_DEATHS = rx_compile(r"\b(?:soldiers|troops|fighters|militants|insurgents|rebels|policemen|officers|"
                              r"attackers|assailants|jihadists|gunmen|militiamen)\b(?:\s+[\w,-]+){0,6}?\s+"
                              r"(?:were|was|had been|have been)\s+killed\b(?!\s+by\b)", re.IGNORECASE)
_FREED = rx_compile(r"\b(?:released|freed|set free|let go|rescued)\b")
_PRONOUN_OBJECT = rx_compile(r"\b(?:kidnapp?ed|abducted|seized|killed|murdered|assassinated|shot|attacked|"
                             r"tortured|executed)\s+(?:him|her|them)\b")
# "Separately, ...", "In another attack ...": the sentence says it tells a new incident
_ANOTHER_INCIDENT = rx_compile(r"\b(?:separately|elsewhere|meanwhile|also|in (?:an)?other\b|in a separate|later|"
                               r"the same day)\b")
# "In a separate incident, ...", "Elsewhere, ...", "Meanwhile, in Kandahar, ...": the wire opens the sentence
# that turns to another incident with a word that says so
_NEW_INCIDENT_OPENING = rx_compile(
    r"\W*(?:separately|elsewhere|in (?:a |an )?(?:separate|other|another|different|second|third|further|new)\s+"
    r"(?:\w+\s+)?(?:incidents?|attacks?|assaults?|raids?|ambush|actions?|bombings?|explosions?|blasts?|killings?|"
    r"kidnappings?|abductions?|cases?|violence|clash(?:es)?|developments?|events?)|in other (?:\w+\s+)?(?:incidents|"
    r"attacks|violence|news|developments)|meanwhile,?\s+in\b|in still another|in yet another)\b")
# "two bombings have wounded six people", "attacks that claimed the lives of a judge": the deed named did harm
_HARM_DONE = rx_compile(r"[^.;:]{0,80}?\b(?:killed|killing|wounded|wounding|injured|injuring|hurt|destroyed|destroying|"
                        r"damaged|damaging|claimed the lives?|claiming the lives?|left \w+ (?:dead|wounded|injured))\b")
# "the guerrillas also killed the attorney general": the agent did the same deed again, to another victim; not
# "two guards were also killed", more victims of the incident told before
_ALSO_DID = rx_compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bare )(?<!\bis )\balso (?:\w+ )?(?:killed|murdered|"
                       r"assassinated|kidnapped|abducted|attacked|bombed|dynamited|blew up|burned|set fire)\b")
# "The attackers also set fire to ...", "they also took livestock": the doers of the raid told before, named again
_SAME_DOERS = rx_compile(r"\b(?:(?:the|all)\s+(?:\w+\s+)?(?:attackers|assailants|gunmen|raiders|bandits|militants|"
                         r"insurgents|fighters)|they)\s+$")
# "Protesters also set fire to ...": what a crowd also did that day is the same demonstration (ACLED codes a
# demonstration by its day and place), not a new incident
_CROWD_ALSO = rx_compile(r"\b(?:protesters|protestors|demonstrators|rioters|marchers|students|crowds?|mobs?|"
                         r"youths)\s+(?:had\s+)?also\b")
# "an attack against former defence minister X", "attacked the judge's car": the victim named by office
_AIMED_AT = rx_compile(r"\s+(?:(?:against|on)\s+)?(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:minister|judge|magistrate|"
                       r"senator|mayor|candidate|governor|councilm[ae]n|ambassador|attorney general|congressm[ae]n|"
                       r"deputy|journalist|newsman|editor|businessm[ae]n|priest|bishop|archbishop|union leader|"
                       r"party leader)(?:'s|\b)")
# "Meanwhile, ...": in a wire story of several scenes it turns to another one; in a short note it is the same scene
_MEANWHILE = rx_compile(r"\W*meanwhile\b")
_NO_HARM = rx_compile(r"\W*(?:no|without|none|nobody|zero)\b")
_RIOT = "Violent demonstration"
_CROWD_VIOLENCE = ("Violent demonstration", "Excessive force against protesters")   # a demonstration's dead
# a protest nobody was killed at, by definition: force that kills makes it "Excessive force against protesters"
# (codebook), so the deaths its sentence names ("against the killing of two students") are what it is about
_PEACEFUL = ("Peaceful protest", "Protest with intervention")
# developments that kill no one by definition (codebook): a deal signed, ground handed over, a base set up, a group's
# change of course announced ("suspending operations, days after a drone attack killed three soldiers")
_NO_FORCE = ("Agreement", "Non-violent transfer of territory", "Headquarters or base established",
             "Change to group/activity")
_ADDED_DEAD = rx_compile(r"\b(?:also|other|another|additional|further)\b", re.IGNORECASE)
_NOTE_REACH = 3             # sentences after the toll where a coder's note on it may stand
_SPLIT_WORDS = rx_compile(r"\b(?:split|divided|distributed|spread)\b", re.IGNORECASE)
_STATE_WEAPONS = ("Air/drone strike", "Shelling/artillery/missile attack")
_FIELDS_OF_PLACE = ("location", "admin1", "admin2", "country", "iso3", "latitude", "longitude", "geo_precision",
                    "geonameid")
# type families that tell one incident: an attack carried out with a bomb is the bombing; a
# bombing that wrecked a building is the damage told again
_FAMILY = {VAC: "violence", EXPLOSIONS: "violence"}


@dataclass
class Mention:
    """One sentence's telling of an event, with what that sentence itself told."""

    event: Event
    own_day: bool          # the sentence names the day (not the day of publication, not the last sentence's)
    own_place: bool        # the sentence names the place
    numbered_toll: bool    # the toll rests on a number in the text
    refers_back: bool      # "the attack", "the blast": the incident told before
    recalled: bool = False  # told in the past perfect ("had killed", "had been kidnapped")
    turns_away: bool = False  # the sentence opens on another incident ("In a separate incident, ...")
    did_harm: bool = False    # the words after the trigger tell harm done ("have wounded six", "destroyed a bridge")
    aimed_at: bool = False    # a singular attack aimed at a person named by office ("an attack against the minister")
    in_battle: bool = False   # a blast told as part of the battle it joined ("set off bombs before opening fire")
    killer_named: bool = False  # the trigger's own sentence names who did it
    by_victim: bool = False   # the deed named by its victim ("his murder", "Galan's assassination")
    victims: frozenset = frozenset()  # rare words beside the trigger that may name the victim ("castellar")
    retold: bool = False      # joined its group by naming the victim the group's lead named
    later_day: bool = False   # tells a later day of the incident (the body found, the hostages freed), not its own


def mentions_of(article: Article, events: list[Event]) -> list[Mention]:
    """Each sentence-level event read as a mention of an incident."""
    found = []
    scenes = article.tells_scenes
    low = lower_preserving(article.text)       # once per article, offsets unchanged
    excluded = not_victims(article, low, events) if len(events) > 1 else frozenset()
    countries = Counter(p.country for p in article.places if p.country and p.latitude is not None)
    focus = countries.most_common(1)[0][0] if countries else ""
    for event in events:
        inside = [e for e in event.evidence if event.sentence_start <= e.start < event.sentence_end]
        trigger = next((e for e in event.evidence if e.field == "event_type"), None)
        back = trigger is not None and (_refers_back(low, trigger.start, trigger.end)
                                        or _opens_with_incident(low, event.sentence_start, trigger.start))
        by_victim = trigger is not None and not back and _named_by_victim(low, trigger.start, trigger.end)
        # a town named once, in a country the article is not about, is a name misread ("Roberto Navas" read as a
        # Spanish town): no place of the telling's own to keep it from the incident it tells
        stray = bool(event.country) and event.country != focus and countries[event.country] <= 1 \
            and any(e.field == "location" for e in inside)
        found.append(Mention(
            event=event,
            own_day=event.time_precision == TIME_DAY and event.dated_by_text(own_sentence=True),
            own_place=any(e.field == "location" for e in inside) and not stray,
            numbered_toll=any(e.field == "fatalities" and any(ch.isdigit() for ch in e.text) for e in event.evidence)
            or _number_word_toll(event),
            refers_back=back or by_victim,
            by_victim=by_victim,
            victims=victim_words(low, event, trigger.start, trigger.end, excluded)
            if trigger is not None and event.event_type == VAC else frozenset(),
            recalled=trigger is not None and bool(_PAST_PERFECT.search(low[max(0, trigger.start - 30):trigger.end])),
            turns_away=turns_to_another_incident(event.notes, scenes),
            did_harm=any(_did_harm(low, e.end) for e in event.evidence if e.field == "event_type")
            or any(e.field == "fatalities" and not _NO_HARM.match(e.text.lower()) for e in event.evidence),
            aimed_at=trigger is not None and not trigger.text.lower().endswith("s")
            and _AIMED_AT.match(low, trigger.end) is not None,
            killer_named=trigger is not None and _killer_named(article, event, trigger.start),
        ))
    return found


def _killer_named(article: Article, event: Event, at: int) -> bool:
    """An actor1 told in the sentence that holds the trigger (an event merged from several keeps them all)."""
    sentence = next((s for s in article.sentences if s.start <= at < s.end), None)
    return sentence is not None and any(e.field == "actor1" and sentence.start <= e.start < sentence.end
                                        for e in event.evidence)


def turns_to_another_incident(sentence: str, scenes: bool = False) -> bool:
    """The telling says it is not the incident told before: it opens another ("In a separate incident, ...") or
    tells one more of a list ("Another bomb exploded ..."). The assembler and the within-article merge ask alike."""
    return opens_another_incident(sentence, scenes) or tells_another_incident(sentence, scenes)


def opens_another_incident(sentence: str, scenes: bool = False) -> bool:
    """"In a separate incident, ...", "Elsewhere, ...": the sentence tells a new incident, not the one before.
    `scenes`: the report tells several scenes (a wire story longer than a brief)."""
    low = " ".join(sentence.lower().split())     # wire copy wraps its lines anywhere: "IN A\nSEPARATE INCIDENT"
    if _NEW_INCIDENT_OPENING.match(low) is not None:
        return True
    also = _ALSO_DID.search(low) if scenes else None
    if also is not None and _SAME_DOERS.search(low, max(0, also.start() - 40), also.start()):
        also = None            # "The attackers also set fire to several stalls": more of what they did in that raid
    return scenes and (_MEANWHILE.match(low) is not None
                       or also is not None and not _CROWD_ALSO.search(low, max(0, also.start() - 40), also.start() + 5))


def _refers_back(low: str, start: int, end: int) -> bool:
    """ "the attack", "this blast", "The strike hit": a definite incident noun at the trigger (the trigger's
    words may begin with the determiner)."""
    before = low[max(0, start - 40):start]
    if _BACK_REFERENCE.search(before) and (_MODIFIED_INCIDENT.match(low, start, end)
                                           or _WEAPON_TOLD_AGAIN.match(low, start, end)) \
            and not _COUNTS_ON.search(before):
        return True         # "the attack", "the dynamite attack", "the car bomb", "the missile"
    inside = _DEFINITE_INCIDENT.match(low, start, end)
    if inside is not None and _COUNTS_ON.search(low, start, max(start, inside.end() - 1)):
        inside = None       # "the second strike": one more incident of a list
    return inside is not None or _DIED_IN_IT.match(low, end) is not None


def _named_by_victim(low: str, start: int, end: int) -> bool:
    """"his murder", "the senator's assassination": one deed, the one already told of that person."""
    return _VICTIM_OWNS.search(low[max(0, start - 40):start]) is not None \
        and _INCIDENT_NOUN.fullmatch(low, start, end) is not None


def _opens_with_incident(low: str, sentence_start: int, trigger_start: int) -> bool:
    """"The attack occurred at 2200 when two men set off a charge": a sentence whose subject is the
    incident already told, whatever word later fired the trigger."""
    opening = _SENTENCE_OPENING.match(low, sentence_start, trigger_start)
    if opening is None and low.startswith(("killed", "left", "claimed", "wounded", "injured"), trigger_start):
        opening = _SUBJECT_INCIDENT.match(low, sentence_start, trigger_start + 8)
    return opening is not None


def _did_harm(low: str, trigger_end: int) -> bool:
    """The words after a trigger, up to the end of its sentence, tell harm done ("the bombings destroyed")."""
    stop = re.compile(r"[.;:]").search(low, trigger_end)
    return _HARM_DONE.match(low, trigger_end, stop.start() if stop else len(low)) is not None


def _number_word_toll(event: Event) -> bool:
    """"three peasants were killed", "was gunned down": a toll in words rests on a number too."""
    return any(e.field == "fatalities" and not is_unnumbered_toll(e.text) for e in event.evidence)


def assemble(article: Article, events: list[Event]) -> list[Event]:
    """One event per incident the article tells, in the order the article first tells them."""
    groups: list[list[Mention]] = []
    long_article = not article.is_brief
    low = lower_preserving(article.text)       # once per article, offsets unchanged
    told = mentions_of(article, events)
    sets = scene_sets(told, _family)           # "attacks in three towns ... in A, B and C": the lead sums them
    summing = {id(m) for s in sets for m in s.summaries}
    for mention in told:
        if id(mention) in summing:
            continue
        if groups and _rescued(groups[-1][0].event, mention):
            continue            # the raid that freed the hostages ends the kidnapping; no attack on them
        if groups and (_body_of_the_taken(groups[-1][0].event, mention) or _freed(groups[-1][0].event, mention)
                       or _pronoun_victim(low, groups[-1][0].event, mention)
                       or _attackers_withdrew(groups[-1][0].event, mention)
                       or _response_to(groups[-1][0].event, mention)):
            # where and when the body was found or the hostages freed is not where and when they were taken;
            # "kidnapped them" tells of the people already named
            mention.own_day = mention.own_place = False
            mention.later_day = True
        if groups and _body_of_the_dead(groups[-1][0].event, mention) and _places_agree(groups[-1], mention):
            # "X has been found dead ... His body was found on Saturday under a bridge": the same killing, its day
            # the day the body was found unless a telling gave the killing a day of its own
            if any(m.own_day for m in groups[-1]):
                mention.own_day = mention.own_place = False
                mention.later_day = True
            groups[-1].append(mention)
            continue
        # a telling that names the victim of an incident told before joins that incident, not the one in between
        group = next((g for g in reversed(groups) if _same_victim(g, mention) and _joins(g, mention)), None) \
            or next((g for g in reversed(groups) if _joins(g, mention)), None)
        if group is None:
            groups.append([mention])
        else:
            mention.retold = _same_victim(group, mention)
            mention.in_battle = _family(group[0].event) != _family(mention.event) \
                and _blast_in_battle(group[0].event, mention)
            group.append(mention)
    kept = [g for g in groups if not (long_article and all(_bare(m) for m in g))]
    # "the group had killed 30 in a similar attack": once the news is told, a recollection in the
    # past perfect with no day of its own is background
    kept = kept[:1] + [g for g in kept[1:] if not all(m.recalled and not m.own_day for m in g)]
    built = [_build(group) for group in kept]
    ended_in = {id(m): event for group, event in zip(kept, built) for m in group}
    for scene_set in sets:
        share_tolls(scene_set, ended_in, article)
    weapon_owner(article, built)  # "an Israeli air strike"
    attribute(article, built)     # "It said Russian jets carried out the attack"
    campaign_attacker(built)      # "... In Lutsk, a missile hit an apartment building"
    also_that_day(built)          # "Protests also took place in Mombasa"
    date_undated(article, low, built)   # "... the crime perpetrated on 12 January": the day named elsewhere
    town_told_next(article, built)      # "... in Lakes state. The attackers struck camps near the town of Rumbek"
    built = territory_days(article, built)   # "have retaken the town of Sebba ... entered Sebba on Wednesday"
    lead_town(article, built)     # "... in northern Benin. The truck struck the device near the town of Karimama"
    toll_of_the_mourned(article, built)   # "the funerals of seven policemen killed when ... The attackers opened fire"
    for event in built:
        if event.sub_event_type in _PEACEFUL or event.sub_event_type in _NO_FORCE:
            # deaths told beside a peaceful protest are its cause or another event's; beside a deal or a handover,
            # the war's toll ("a rebellion that has killed thousands")
            event.fatalities = 0
        else:
            _count_the_victims(article, event)
            _also_killed(article, event)
            _both_sides(article, event)
            _coder_notes(article, event, built)
    risen_tolls(article, built)   # "07:45 The death toll in Ganja has risen to nine": a later entry's count
    if article.caps or article.lowercased:
        for event in built:
            if event.location and event.location in (event.location.upper(), event.location.lower()):
                event.location = event.location.title()   # a name the gazetteer lacks, as a reader spells it
    split_listed_tolls(built)     # "posts in A, B and C, killing 9": nine in all, not in each town
    scene = _dateline_scene(article)
    if scene is not None:
        for event in built:
            if (not event.location or event.location == event.country) and event.country in ("", scene.country) \
                    and not told_nationwide(event.notes.lower()):
                _place_at(event, scene)
    elif article.dateline is not None and names_unplaced_scene(article):
        for event in built:
            if not event.location and event.latitude is None:
                _at_named_country(event, article)      # "in Kenya's Zuzuland county": Kenya, at precision 3
    # "State television said 'armed separatists' had attacked the police station and ... were among the 19 dead": a
    # rival account of the incident told before, by its count, with no day of its own and no other place
    built = [e for k, e in enumerate(built) if not (long_article and _recounted(e, built[:k]))]
    return [e for k, e in enumerate(built) if not (long_article and _hospital_count(article, e, built[:k]))]


# "a doctor said the bodies of 14 people had been brought in on Sunday": the dead of the incident told, counted where
# they were taken, not an incident of their own
_HOSPITAL_COUNT = rx_compile(r"\b(?:bodies|corpses)\b[^.;]{0,80}?\b(?:brought\s+(?:in|to)|taken\s+to|received|"
                             r"arrived\s+at)\b|\b(?:hospitals?|morgues?|clinics?)\b[^.;]{0,60}?\b(?:received|took\s+in|"
                             r"counted)\b[^.;]{0,30}?\b(?:bodies|corpses|dead)\b", re.IGNORECASE)


def _hospital_count(article: Article, event: Event, before: list[Event]) -> bool:
    """An event told only by a hospital's count of the dead, at the place and day of one told before: that one's toll
    (when it had none), and no event of its own."""
    if not event.fatalities or not _HOSPITAL_COUNT.search(article.text, event.sentence_start, event.sentence_end):
        return False
    same = [b for b in before if b.location == event.location and b.event_date == event.event_date
            and b.event_type in (BATTLES, EXPLOSIONS, VAC)]
    if not same:
        return False
    if not same[-1].fatalities:
        same[-1].fatalities = event.fatalities
        same[-1].evidence.extend(e for e in event.evidence if e.field == "fatalities")
    return True


def _recounted(event: Event, before: list[Event]) -> bool:
    # (a count of one or a second deed of the same kind, "the guerrillas also killed a justice", is no retelling)
    return (event.fatalities or 0) >= 2 and not event.dated_by_text() \
        and any(b.fatalities == event.fatalities and b.event_type not in (STRATEGIC, event.event_type)
                and (not event.location or b.location == event.location) for b in before)


def _at_named_country(event: Event, article: Article) -> None:
    """The event of a scene no index places, at the country the article names for it (precision 3)."""
    country = next((p for p in article.places if p.is_country and p.feature_code != "DEMONYM"
                    and p.latitude is not None and event.country in ("", p.country)), None)
    if country is not None:
        event.location = country.resolved_name or country.name
        event.country, event.iso3 = country.country or "", country.iso3 or ""
        event.latitude, event.longitude, event.geonameid = country.latitude, country.longitude, country.geonameid
        event.geo_precision = GEO_REGION


def _count_the_victims(article: Article, event: Event) -> None:
    """"Six priests ... The priests were murdered at dawn.": a toll with no number whose victims the article
    counted before takes that count."""
    tolls = [e for e in event.evidence if e.field == "fatalities"]
    if not tolls or not all(is_unnumbered_toll(e.text) for e in tolls) or event.fatalities != UNKNOWN_TOLL_LIMITED:
        return
    toll = tolls[-1]
    counted = victims_named_before(article.text[max(0, toll.start - 80):toll.start], article.text[:toll.start])
    if counted is not None:
        event.fatalities = counted.value
        event.evidence.append(Evidence("fatalities", counted.start, counted.end, counted.text))


def _also_killed(article: Article, event: Event) -> None:
    """"2 soldiers were killed ... Officials said 7 militants were also killed.": a later sentence's toll that
    says it adds to the dead ("also", "other") is added to the toll told before, not put in its place."""
    tolls = [e for e in event.evidence if e.field == "fatalities" and number_value(e.text) is not None]
    if len(tolls) < 2:
        return
    first, last = tolls[0], tolls[-1]
    told, added = number_value(first.text), number_value(last.text)
    if told is None or added is None or told == added or event.fatalities not in (told, added):
        return              # (the larger kept either way: "four officers ... one of the attackers was also killed")
    sentence = next((s for s in article.sentences if s.start <= last.start < s.end), None)
    if sentence is None or sentence.start <= first.start:
        return              # the same sentence: its own rules added or chose
    if _ADDED_DEAD.search(article.text, max(sentence.start, last.start - 30), min(sentence.end, last.end + 40)):
        event.fatalities = told + added


_STATE_DEAD = rx_compile(r"\s+(?:\w+\s+)?(?:soldiers|troops|policemen|police officers|officers|guards|servicemen|"
                         r"members of the security forces)\b", re.IGNORECASE)
_ATTACKERS_DEAD = rx_compile(r"\s+(?:\w+\s+)?(?:attackers|assailants|militants|insurgents|rebels|gunmen|jihadists|"
                             r"fighters|terrorists|bandits)\b", re.IGNORECASE)


# "killing two soldiers; troops killed three of the attackers", "killing five of the rebels and losing one soldier":
# each side's dead told by its own verb in one sentence (a list, "eight soldiers and 15 militants", is summed where
# it is read)
_SIDE_DEAD = rx_compile(r"\b(?:killing|killed|losing|lost)\s+(?:at least\s+)?(?P<n>\d{1,3}|one|two|three|four|five|"
                        r"six|seven|eight|nine|ten|eleven|twelve)\s+(?:of\s+(?:the|its|their|them)\s+)?(?:[\w-]+\s+)?"
                        r"(?P<who>soldiers?|troops|policem[ae]n|police officers?|officers?|guards?|servicem[ae]n|"
                        r"attackers|assailants|militants|insurgents|rebels|gunmen|jihadists|fighters|terrorists|"
                        r"bandits)\b", re.IGNORECASE)
_STATE_SIDE = ("soldier", "troops", "policem", "police officer", "officer", "guard", "servicem")


def _sides_in_one_sentence(article: Article, event: Event) -> None:
    """A battle whose one sentence tells each side's dead by its own verb: both are the toll (codebook: every side's
    dead count), when the toll read so far is one of them."""
    for sentence in (s for s in article.sentences if event.sentence_start <= s.start < event.sentence_end):
        state = other = None
        for m in _SIDE_DEAD.finditer(article.text, sentence.start, sentence.end):
            side = m.group("who").lower().startswith(_STATE_SIDE)
            if side and state is None:
                state = number_value(m.group("n"))
            elif not side and other is None:
                other = number_value(m.group("n"))
        if state is not None and other is not None and event.fatalities in (state, other):
            event.fatalities = state + other
            return


def _both_sides(article: Article, event: Event) -> None:
    """"... killing three policemen ... Police said two attackers were killed in the exchange of fire": a battle's
    dead told side by side in two sentences are both its toll (ACLED counts every side's dead), not two
    tellings of one number."""
    if event.event_type != BATTLES:
        return
    tolls = [e for e in event.evidence if e.field == "fatalities" and number_value(e.text) is not None
             and not _claimed(article, e)]   # "the group said it had killed forty soldiers": its claim, not a toll
    state = next((e for e in tolls if _STATE_DEAD.match(article.text, e.end)), None)
    other = next((e for e in tolls if _ATTACKERS_DEAD.match(article.text, e.end)), None)
    if state is None or other is None:
        _sides_in_one_sentence(article, event)
        return
    sentence_of = [next((k for k, s in enumerate(article.sentences) if s.start <= e.start < s.end), -1)
                   for e in (state, other)]
    told = number_value(state.text) + number_value(other.text)
    if sentence_of[0] != sentence_of[1] and event.fatalities in (number_value(state.text), number_value(other.text)):
        event.fatalities = told


def _claimed(article: Article, evidence: Evidence) -> bool:
    sentence = next((s for s in article.sentences if s.start <= evidence.start < s.end), None)
    return sentence is not None and other_count(article.text[sentence.start:sentence.end])


def _coder_notes(article: Article, event: Event, built: list[Event]) -> None:
    """"... killing/injuring 75 soldiers. The split was not reported. Unknown fatalities coded as 10.",
    "48 fighters were killed. Fatalities split between 2 events.": a coder's note told after the event's toll,
    before the next event, sets or shares that toll."""
    if any(e.field == "fatalities" and _SPLIT_WORDS.search(e.text) for e in event.evidence):
        return              # a toll already shared in its own sentence
    told = max([event.sentence_end] + [e.end for e in event.evidence if e.field == "fatalities"])
    following = min([e.sentence_start for e in built if e.sentence_start >= told] + [len(article.text)])
    for sentence in [s for s in article.sentences if told <= s.start < following][:_NOTE_REACH]:
        note = coder_note(article.text[sentence.start:sentence.end], event.fatalities or 0)
        if note is not None:
            event.fatalities = note.value
            start, end = sentence.start + note.start, sentence.start + note.end
            event.evidence.append(Evidence("fatalities", start, end, article.text[start:end]))


def _dateline_scene(article: Article) -> Place | None:
    """The dateline's city, when the article names no other town: then the story happened where it
    was filed. A town named anywhere else in the article makes the dateline only the filing place."""
    if article.dateline is None:
        return None
    end = article.dateline.span.end
    filed = [p for p in article.places if p.start < end and p.latitude is not None and not p.is_country]
    towns = [p for p in article.places if p.start >= end and not p.is_country and not p.is_admin1
             and p.feature_code != "DEMONYM"]
    if not filed or towns or names_unplaced_scene(article):   # "in Kenya's Zuzuland county": a scene, unplaced
        return None
    return filed[0]


def _place_at(event: Event, place: Place) -> None:
    """The event placed near the filing city (precision 2: the story names no town of its own)."""
    event.location = place.resolved_name or place.name
    event.admin1, event.admin2 = place.admin1 or "", place.admin2 or ""
    event.country, event.iso3 = place.country or event.country, place.iso3 or event.iso3
    event.latitude, event.longitude, event.geonameid = place.latitude, place.longitude, place.geonameid
    event.geo_precision = GEO_NEAR


def _bare(mention: Mention) -> bool:
    """A bare "attack" in a long article, with no victim named and no toll that rests on a number: talk
    of attacks (threats, plans, charges, assaults on troops the sentence does not tell as an incident)."""
    event = mention.event
    if mention.did_harm:
        return False          # "three attacks killed 12", "two bombings have wounded six": deeds told by their harm
    named_victim = mention.aimed_at or any(e.field == "actor2" for e in event.evidence)
    if event.rule == "attack_generic" and not named_victim and not mention.numbered_toll:
        return True
    # "the murders of leftist leaders", "31 assassinations were blamed on ...": deeds counted or
    # named in the plural, with no day of their own, are a record or a charge, not an incident told
    trigger = next((e.text.lower() for e in event.evidence if e.field == "event_type"), "")
    return _DEEDS.fullmatch(trigger) is not None and not mention.own_day and not mention.numbered_toll


def _family(event: Event) -> str:
    if event.sub_event_type == "Non-violent transfer of territory":
        return "territory"                 # a town changing hands is not the looting of it
    if event.event_type == VAC and event.sub_event_type != "Attack":
        return event.sub_event_type        # a kidnapping is not the killing told beside it
    if event.sub_event_type == _RIOT:
        return PROTESTS                    # a demonstration that turned violent is the demonstration told again
    if event.event_type == STRATEGIC:
        return event.sub_event_type        # a bomb defused is not the looting told before it, nor an arrest
    return _FAMILY.get(event.event_type, event.event_type)


# what a bomb that went off did: a device told only as placed, found or thrown may yet be defused
_WENT_OFF = rx_compile(r"\b(?:explod\w*|explosions?|went off|blew up|blown up|blasts?|detonat\w*|dynamited|destroy\w*|"
                       r"damag\w*|kill\w*|wound\w*|injur\w*|shattered|rocked)\b")


def _device_defused(group: list[Mention], mention: Mention) -> bool:
    """"Another dynamite charge was placed today at a drugstore ... That bomb was defused.": the device told before,
    with no blast told of it, defused when the sentence points back to it, is a disrupted weapon (codebook), not
    a bombing."""
    lead = group[0].event
    return lead.event_type == EXPLOSIONS and not mention.own_place \
        and defuses_the_device(" ".join(m.event.notes for m in group), mention.event)


# "That bomb was defused", "the device was", "it was": the sentence's subject is the device told before
_DEVICE_AGAIN = rx_compile(r"\W*(?:(?:the|that|this)\s+(?:[\w-]+\s+)?(?:bomb|device|charge|explosives?|grenade|mine)"
                           r"|it\s+(?:was|had been)\s+(?:\w+\s+)?(?:defused|deactivated|dismantled|disarmed))\b")


def defuses_the_device(told: str, event: Event) -> bool:
    """`event` (a sentence of its own) defuses the device that the words `told` placed without a blast."""
    return event.sub_event_type == "Disrupted weapons use" and _DEVICE_AGAIN.match(event.notes.lower()) is not None \
        and _WENT_OFF.search(told.lower()) is None


_ATTACK_RULES = frozenset({"attack_generic"})


def _weapon_of_attack(lead: Event, mention: Mention) -> bool:
    """"condemns the attack on a convoy in North Darfur on 18 March ... The convoy was hit by a drone near Mellit":
    an incident first named only as "an attack", then told with its weapon and no day of its own, is one incident;
    the weapon names it."""
    return lead.rule in _ATTACK_RULES and mention.event.event_type == EXPLOSIONS and not mention.own_day \
        and not mention.turns_away and not _named_in_plural(lead)


def _named_in_plural(event: Event) -> bool:
    """"staged attacks on military garrisons": several incidents summed up, of which a weapon told next is one."""
    trigger = next((e for e in event.evidence if e.field == "event_type"), None)
    return trigger is not None and re.search(r"attacks\b", trigger.text, re.IGNORECASE) is not None


def _damage_of_blast(blast: Event, damage: Event) -> bool:
    """The property a bomb destroyed, told before or after the bomb itself: one incident."""
    return blast.event_type == EXPLOSIONS and damage.sub_event_type == "Looting/property destruction"


def _dead_of_battle(group: list[Mention], mention: Mention) -> bool:
    """"40 civilians were killed in the attack", "the attack on the station began late on Saturday" after
    a battle is told: the battle told again; civilians killed in a battle get no event of their own,
    their deaths count in the battle (codebook)."""
    lead = group[0].event
    if lead.event_type != BATTLES or _family(mention.event) != "violence":
        return False
    if not mention.refers_back:
        # "One source said at least 50 soldiers and 30 civilians were killed": the dead counted, with no killer,
        # day or place of their own, after the battle is told
        # ("The ministry said one of the attackers was also killed": the other side's dead)
        return not mention.own_day and not mention.own_place and (
            _UNSIGNED_DEATHS.search(mention.event.notes) is not None
            or _PERPETRATORS_AGAIN.search(mention.event.notes.lower()) is not None) \
            and any(e.field == "fatalities" for e in mention.event.evidence)
    # what the telling names of its own, the battle must have named too: the same day, a place that holds it
    event = mention.event
    return (not mention.own_day or any(m.own_day and m.event.event_date == event.event_date for m in group)) \
        and (not mention.own_place or any(m.own_place and (_same_place(m.event, event) or _contains(m.event, event))
                                          for m in group))


def _dead_of_crowd(group: list[Mention], mention: Mention) -> bool:
    """"Two men died of gunshot wounds, a rights group said" after a riot or a crackdown on a protest is told:
    deaths with no killer named, no day or town of their own, are the demonstration's dead, not a new attack."""
    lead = group[0].event
    event = mention.event
    if lead.sub_event_type not in _CROWD_VIOLENCE or event.sub_event_type != "Attack" or mention.own_day:
        return False
    if mention.killer_named or not any(e.field == "fatalities" for e in event.evidence):
        return False            # "gunmen shot dead two traders": a killer of its own, an incident of its own
    return not mention.own_place or event.geo_precision == GEO_REGION and any(_contains(event, m.event) for m in group)


def _body_of_the_taken(lead: Event, mention: Mention) -> bool:
    """"Their bodies were found near the border", "his body showed signs of torture" after a kidnapping is told:
    the fate of the people taken, told by the definite words that point back to them, is the same incident."""
    if lead.sub_event_type != "Abduction/forced disappearance" or mention.event.sub_event_type != "Attack":
        return False
    trigger = next((e.text.lower() for e in mention.event.evidence if e.field == "event_type"), "")
    return _BODY_TOLD_AGAIN.search(mention.event.notes.lower()) is not None and "bod" in trigger


# "His body was found ...", "Her remains were ...": the person the sentence before told of
_HIS_BODY = rx_compile(r"\W*(?:his|her)\s+(?:body|corpse|remains)\b")


def _body_of_the_dead(lead: Event, mention: Mention) -> bool:
    """"His body was found on Saturday under a bridge", opening the sentence after one person's death is told: the
    body of that person, so the same killing told again (a possessive pronoun names no one new)."""
    notes = mention.event.notes.lower()
    return lead.sub_event_type == mention.event.sub_event_type == "Attack" and (lead.fatalities or 0) <= 1 \
        and _HIS_BODY.match(notes) is not None and not _ANOTHER.search(notes)


def _freed(lead: Event, mention: Mention) -> bool:
    """"The hostages were released without ransom", "the engineers who were kidnapped ... and freed today"
    after a kidnapping is told: the end of the same kidnapping, told again."""
    notes = mention.event.notes.lower()
    if mention.own_day and mention.event.event_date != lead.event_date:
        return False               # "X was kidnapped on 12 February and released": a kidnapping with its own day
    return lead.sub_event_type == mention.event.sub_event_type == "Abduction/forced disappearance" \
        and _FREED.search(notes) is not None and not _ANOTHER_INCIDENT.search(notes) \
        and not _ANOTHER.search(notes)


def _rescued(lead: Event, mention: Mention) -> bool:
    """"Eight of the passengers were freed on Thursday after security forces raided a hideout", after a
    kidnapping is told: the raid that freed them ends the kidnapping; the freed are not its victims, and the
    forces are not the kidnappers, so the telling lends the kidnapping nothing."""
    event = mention.event
    if lead.sub_event_type != "Abduction/forced disappearance" or event.sub_event_type != "Attack" \
            or not event.actor1.startswith(("Military Forces", "Police Forces")):
        return False
    notes = event.notes.lower()
    return _FREED.search(notes) is not None and not _ANOTHER_INCIDENT.search(notes) and not _ANOTHER.search(notes)


def _pronoun_victim(low: str, lead: Event, mention: Mention) -> bool:
    """"The rebels kidnapped them as part of a campaign": the victims named by a pronoun are the people the
    article already told of, so the incident is the one before."""
    event = mention.event
    if lead.sub_event_type != "Abduction/forced disappearance" or event.sub_event_type != lead.sub_event_type \
            or _ANOTHER_INCIDENT.search(event.notes.lower()) or _ANOTHER.search(event.notes.lower()):
        return False               # kidnappings only: "stopped two farmers and shot them" tells new victims
    return _PRONOUN_OBJECT.search(low, event.sentence_start, event.sentence_end) is not None


def _attackers_stopped(lead: Event, mention: Mention) -> bool:
    """"Security forces killed all four attackers" after a bombing or a raid is told: the end of the same
    assault (a complex attack is coded once), not a new battle."""
    return _family(lead) == "violence" and mention.event.event_type == BATTLES and not mention.own_day \
        and not mention.own_place and _PERPETRATORS_AGAIN.search(mention.event.notes.lower()) is not None


_WITHDREW = rx_compile(r"\b(?:withdrew|pulled out|retreated|fled)\b")


_DAMAGE_PASSIVE = rx_compile(r"\b(?:was|were|had been)\s+(?:also\s+)?(?:burned|burnt|torched|looted|set (?:on fire|"
                             r"ablaze)|razed|ransacked|pillaged)\b")


def _attackers_looted(lead: Event, mention: Mention) -> bool:
    """"The attackers looted four of the trucks", "set fire to several houses before withdrawing", told after their
    assault with no day of its own: what the same attackers did in the same raid (one event, codebook), not a
    looting of its own."""
    if lead.event_type not in (BATTLES, VAC) or mention.event.sub_event_type != "Looting/property destruction" \
            or mention.own_day:
        return False
    notes = mention.event.notes.lower()
    # ("Several houses were burned": the damage told in the passive, with no place of its own, is the raid's)
    return _PERPETRATORS_AGAIN.search(notes) is not None \
        or not mention.own_place and _DAMAGE_PASSIVE.search(notes) is not None


def _attackers_withdrew(lead: Event, mention: Mention) -> bool:
    """"The militants withdrew from the town after reinforcements arrived from X" after their assault is told: the
    end of the battle (they never held the town), not a town handed over; where the reinforcements came from is
    no scene."""
    return lead.event_type == BATTLES and mention.event.sub_event_type == "Non-violent transfer of territory" \
        and not mention.own_day and _PERPETRATORS_AGAIN.search(mention.event.notes.lower()) is not None \
        and _WITHDREW.search(mention.event.notes.lower()) is not None


# "troops were sent to the area", "imposed a curfew after the attack", "recovered five rifles at the site": what the
# authorities did about the incident just told
_RESPONSE = rx_compile(r"\b(?:after|following|in response to|in the wake of) (?:the|this|that|these) (?:\w+ ){0,2}?"
                       r"(?:attacks?|ambush|killings?|shooting|clash(?:es)?|violence|incident|raid|blast|bombing|"
                       r"encounter|firefight)\b|\b(?:to|at|from) the (?:area|scene|site|village|spot)\b"
                       r"|\bon receipt of\b"
                       # "the troops recovered several weapons": the troops of the clash told before
                       r"|\bthe (?:troops|soldiers|army|police|forces) (?:also )?(?:recovered|seized|captured)\b"
                       # "weapons were recovered during the operation": what the troops found in the fight told
                       r"|\bduring the (?:operation|offensive|fighting|clash(?:es)?|raid|assault|gunfight|encounter)\b")
_RESPONSES = frozenset({"Change to group/activity", "Disrupted weapons use"})


def _response_to(lead: Event, mention: Mention) -> bool:
    """A deployment, a curfew or weapons recovered, told after an incident as what followed it, with no day of its
    own: part of that incident's story (a security measure the incident set off), not a development of its own."""
    return lead.event_type in (BATTLES, VAC, EXPLOSIONS) and mention.event.sub_event_type in _RESPONSES \
        and not mention.own_day and _RESPONSE.search(mention.event.notes.lower()) is not None


def _arrests_at_crowd(lead: Event, mention: Mention) -> bool:
    """"Police said 40 officers were hurt and 60 people were detained" after a protest or a riot is told: arrests at
    a demonstration are part of it (codebook), when the sentence gives them no day of their own."""
    return lead.event_type in (PROTESTS, RIOTS) and mention.event.sub_event_type == "Arrests" and not mention.own_day


def _blast_in_battle(lead: Event, mention: Mention) -> bool:
    """"The assailants set off roadside bombs before opening fire on the trucks" after an ambush is told: an
    explosion inside the battle is part of it (codebook), when the sentence names no day or place of its own
    and points back to the fighters or the fire of that battle."""
    if lead.event_type != BATTLES or mention.event.event_type != EXPLOSIONS or mention.own_day or mention.own_place:
        return False
    low = mention.event.notes.lower()
    return _PERPETRATORS_AGAIN.search(low) is not None or _FIRE_OPENED.search(low) is not None


# "The man, a trader, was attacked at a market in the town of X": the victim told before, by a definite noun
_VICTIM_AGAIN = rx_compile(r"\W*(?:the|this) (?:man|woman|boy|girl|victim|trader|farmer|teacher|student|driver|"
                           r"journalist|worker|pastor|imam|cleric)\b[^.;]{0,40}?\b(?:was|had been) (?:\w+ )?"
                           r"(?:attacked|"
                           r"beaten|stabbed|lynched|killed|set upon|shot)\b", re.IGNORECASE)


def _victim_again(lead: Event, mention: Mention) -> bool:
    """"A mob beat a man to death ... The man, a trader, was attacked at a market in the town of X": the victim
    already told, named again by a definite noun with no day of its own, is the same incident, whose scene the
    sentence names."""
    return lead.sub_event_type in ("Mob violence", "Attack") and mention.event.sub_event_type == "Attack" \
        and not mention.own_day and _VICTIM_AGAIN.match(mention.event.notes) is not None


def _bare_attack_again(lead: Event, mention: Mention) -> bool:
    """"The attack on the base in the town of Tibu began before dawn" after a drone strike or a bombing is told:
    the bare word "attack", pointing back with no day of its own, names the incident told before, whatever
    its weapon."""
    return mention.refers_back and not mention.own_day and mention.event.rule == "attack_generic" \
        and mention.event.event_type in (BATTLES, VAC) and lead.event_type in (EXPLOSIONS, VAC, BATTLES)


def _joins(group: list[Mention], mention: Mention) -> bool:
    lead = group[0].event
    event = mention.event
    if mention.turns_away and all(m.event.sentence_start != event.sentence_start for m in group):
        return False           # "In another attack, ...": the sentence itself says it tells a new incident
    if _family(lead) != _family(event) and not _damage_of_blast(lead, event) and not _damage_of_blast(event, lead) \
            and not (lead.rule in _ATTACK_RULES and any(_damage_of_blast(m.event, event) for m in group[1:])) \
            and not _dead_of_battle(group, mention) and not _attackers_stopped(lead, mention) \
            and not _body_of_the_taken(lead, mention) and not _blast_in_battle(lead, mention) \
            and not _dead_of_crowd(group, mention) and not _bare_attack_again(lead, mention) \
            and not _victim_again(lead, mention) and not _same_victim(group, mention) \
            and not _arrests_at_crowd(lead, mention) and not _attackers_withdrew(lead, mention) \
            and not _device_defused(group, mention) and not _response_to(lead, mention) \
            and not _weapon_of_attack(lead, mention) and not _attackers_looted(lead, mention):
        return False
    if _same_victim(group, mention):
        return True            # "Castellar was kidnapped ... Castellar's body showed signs of torture": one incident
    if mention.by_victim and lead.sub_event_type != event.sub_event_type:
        return False           # "Galan's murder" is the killing told of him, not the bombing told beside it
    if not _places_agree(group, mention):
        return False
    if not _days_agree(group, mention):
        return False
    if _other_victim(group, mention):
        return False
    if mention.refers_back or _dead_of_crowd(group, mention):
        return True
    if not mention.own_day and not mention.own_place:
        return True            # detail added to the incident just told
    if _day_for_the_lead(group, mention):
        return True
    if _names_the_town(group, mention) or _names_the_scene(group, mention):
        return True
    return mention.own_day and mention.own_place and any(
        m.own_day and m.own_place and m.event.event_date == event.event_date and _same_place(m.event, event)
        for m in group)


_THE_TOWN = rx_compile(r"\b(?:in|on|at|hit|struck|near|into)\s+the\s+(?:city|town|capital|village)\b(?!\s+of\b)")


def _day_for_the_lead(group: list[Mention], mention: Mention) -> bool:
    """"The death toll from a missile strike on Sumy rose to 35 on Monday. Two missiles hit the city on Sunday": a
    lead naming the scene but not the day, then the day, with the scene named only as "the
    city" (placed at the lead's town): the incident told first, told again with its day."""
    lead = group[0]
    return not any(m.own_day for m in group) and lead.own_place and mention.own_day and not mention.own_place \
        and bool(lead.event.location) and mention.event.location == lead.event.location \
        and mention.event.sub_event_type == lead.event.sub_event_type \
        and _THE_TOWN.search(mention.event.notes.lower()) is not None


def _same_victim(group: list[Mention], mention: Mention) -> bool:
    """The telling names the victim the group's lead named: the same killing or kidnapping told again, whatever
    day or place the telling adds (the day the body was found, the road the victim travelled), unless it says it
    tells another incident. A killing after a kidnapping of the same person is the kidnapping's end."""
    lead = group[0]
    if not mention.victims or not lead.victims or mention.turns_away \
            or mention.event.sentence_start == lead.event.sentence_start:
        return False           # one sentence's list of villages or victims tells an incident for each
    if lead.event.sub_event_type != mention.event.sub_event_type and not (
            lead.event.sub_event_type == "Abduction/forced disappearance" and mention.event.sub_event_type == "Attack"):
        return False
    if not mention.victims & lead.victims or _ANOTHER.search(mention.event.notes.lower()):
        return False
    # two towns named, each the scene of a telling: a list of incidents whose victims share a trade ("a cattleman")
    a, b, shared = mention.event, lead.event, mention.victims & lead.victims
    if _named_for(a, shared) or _named_for(b, shared):
        return True            # "Angela de Guerrero was shot": the place read from the victim's name is none
    return not (mention.own_place and lead.own_place and a.latitude is not None and b.latitude is not None
                and not _same_place(a, b) and not _near(a, b) and not _contains(a, b) and not _contains(b, a))


def _other_victim(group: list[Mention], mention: Mention) -> bool:
    """"The murder of councilman Villalobos on 2 March" after the killing of mayor Ochoa is told: a telling with a
    day of its own that no telling of the incident gave, naming a victim none of them named, is another incident
    (ACLED codes by day), even by a definite noun ("the murder") that would otherwise point back."""
    if not mention.victims or mention.by_victim or not mention.own_day \
            or any(m.event.event_date == mention.event.event_date for m in group):
        return False
    told = [m.victims for m in group if m.victims]
    return bool(told) and all(not (v & mention.victims) for v in told)


def _named_for(event: Event, victims: frozenset) -> bool:
    """The event's place is a word that names its victim: a surname read as a town."""
    return bool(event.location) and bool(set(event.location.lower().split()) & victims)


def _names_the_town(group: list[Mention], mention: Mention) -> bool:
    """A lead placed only in a province or country ("in the western state of Michoacan on Thursday"),
    then a sentence with no day of its own naming a town inside it ("opened fire ... in the town of
    Apatzingan"): the wire's elaboration of the same incident, unless it says it tells another one."""
    event = mention.event
    if mention.own_day and any(m.own_day for m in group) or event.geo_precision == GEO_REGION \
            or event.latitude is None:
        return False
    if _ANOTHER_INCIDENT.search(event.notes.lower()):
        return False
    placed = [m.event for m in group if m.own_place and m.event.location]
    return bool(placed) and all(e.geo_precision == GEO_REGION and e.location in (e.admin1, e.country)
                                and _contains(e, event) for e in placed)


def _names_the_scene(group: list[Mention], mention: Mention) -> bool:
    """The lead told the day and the city ("a minister was shot dead in the capital today"), then a sentence
    with no day of its own names the district or the suburb ("he was leaving his home in San Isidro"): the
    scene of the same incident, unless the sentence says it tells another one. The same city named again
    is no such sign: a wave of bombings in one city is told sentence by sentence."""
    event = mention.event
    if mention.own_day or not mention.own_place or event.latitude is None:
        return False
    if event.event_type != VAC:
        return False       # a second bomb in the port next to the capital is a wave, told sentence by sentence
    if _ANOTHER_INCIDENT.search(event.notes.lower()):
        return False
    placed = [m.event for m in group if m.own_place and m.event.location]
    return bool(placed) and any(m.own_day for m in group) \
        and all(e.sub_event_type == event.sub_event_type and not _same_place(e, event) and _near(e, event)
                for e in placed)


def _same_place(a: Event, b: Event) -> bool:
    return bool(a.location) and place_key(a.location) == place_key(b.location)


def place_key(name: str) -> str:
    """A place's name as compared: a name the gazetteer could not place keeps the report's spelling, capitals and
    line breaks ("VILLA EL\nSALVADOR"), and is the same place as the resolved "Villa El Salvador"."""
    return " ".join(name.lower().split())


# A district of the city or its suburb ("in San Isidro", "in the La Mascota neighbourhood", "12 km from the
# capital") names the scene of the incident the lead placed in the city: one place at a town's precision.
_NEAR_KM = 15.0


def _near(a: Event, b: Event) -> bool:
    """Two towns a few kilometres apart: the same scene told at two precisions."""
    if a.latitude is None or b.latitude is None or a.longitude is None or b.longitude is None:
        return False
    if GEO_REGION in (a.geo_precision, b.geo_precision):
        return False
    from ..dedup.across import km_between      # here, not at the top: dedup imports this module

    return km_between(a.latitude, a.longitude, b.latitude, b.longitude) <= _NEAR_KM


def _contains(area: Event, place: Event) -> bool:
    """A province or country that holds the town."""
    if area.geo_precision != GEO_REGION or not area.country or area.country != place.country:
        return False
    return area.location in (place.admin1, place.country) or not area.admin1 or area.admin1 == place.admin1


def _places_agree(group: list[Mention], mention: Mention) -> bool:
    if not mention.own_place or _retold_in_place(group, mention):
        return True
    event = mention.event
    for m in group:
        if not m.own_place or not m.event.location:
            continue
        other = m.event
        if _same_place(other, event) or _contains(other, event) or _contains(event, other) \
                or _near(other, event):
            continue
        return False
    return True


# "west of the port of Hodeidah", "off the coast of Sidon", "near Kharkiv", "12 km from the capital": a place
# told by where the scene lies from it, not the scene itself
_RELATIVE_PLACE = rx_compile(r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:of|outside)|"
                             r"off\s+(?:the\s+)?(?:coast|shores?)\s+of|off|near|nearby|outside|close\s+to|"
                             r"(?:km|kilometres?|kilometers?|miles?)\s+(?:\w+\s+)?(?:from|of))\s+(?:the\s+)?"
                             r"(?:[\w-]+\s+){0,3}$")


def _retold_in_place(group: list[Mention], mention: Mention) -> bool:
    """"The strike hit the village of X" after the lead's strike in a region: the incident named again by a
    definite noun, with no day of its own, at a place that cannot be another scene: one the gazetteer could
    not place, or one told only as where the scene lies from it ("fell into the sea west of Hodeidah") in the
    lead's country. A new day, "another" or "a second" strike is another incident (not a back-reference)."""
    event = mention.event
    if not mention.refers_back or mention.by_victim or mention.own_day:
        return False
    if event.latitude is None or not event.country:
        return True
    told = [e for e in event.evidence if e.field == "location" and event.sentence_start <= e.start < event.sentence_end]
    notes = event.notes.lower()
    relative = bool(told) and all(e.text.lower() in notes and _RELATIVE_PLACE.search(
        notes[:notes.index(e.text.lower())]) is not None for e in told)
    countries = {m.event.country for m in group if m.own_place and m.event.country}
    return relative and countries <= {event.country}


def _days_agree(group: list[Mention], mention: Mention) -> bool:
    if not mention.own_day:
        return True
    return all(m.event.event_date == mention.event.event_date for m in group if m.own_day)


def _day_told(event: Event) -> bool:
    """A day read from the text (its own sentence or the one before), not the day of publication."""
    return event.time_precision == TIME_DAY and event.dated_by_text()


def _build(group: list[Mention]) -> Event:
    """The group's event: the first telling, each field from its best-supported mention."""
    kept = group[0].event
    if len(group) == 1:
        return kept
    dated = next((m.event for m in group if m.own_day), None)
    if any(m.retold for m in group):
        # one victim's fate told on several days ("kidnapped on 5 January ... found dead today", "called today for
        # an inquiry into the murder of ... on 16 November"): the deed is the earliest day told; the rest report it
        dated = min((m.event for m in group if m.own_day), key=lambda e: e.event_date or "9999", default=None)
    if dated is None and not _day_told(kept):
        # no telling names the day itself, but one carries the day told just before it ("The attack
        # took place yesterday. The blast destroyed..."): that day beats the day of publication
        # (not the day the body was found or the hostages freed, which follows the deed)
        dated = next((m.event for m in group if _day_told(m.event) and not m.later_day), None)
    if dated is not None and dated is not kept:
        kept.event_date, kept.time_precision = dated.event_date, dated.time_precision
        kept.date_text, kept.date_resolved = dated.date_text, dated.date_resolved
    placed = _most_specific_place([m for m in group if m.own_place] or group)
    if placed is not None and placed is not kept:
        for name in _FIELDS_OF_PLACE:
            setattr(kept, name, getattr(placed, name))
    town = _cued_town(group, placed)
    if town is not None:       # the area's coordinates (where it has them), the town's name
        kept.location = town
        kept.geo_precision = GEO_NEAR if kept.latitude is not None else kept.geo_precision
    defused = next((m.event for m in group[1:] if _device_defused(group[:1], m)), None)
    if defused is not None:
        kept.event_type, kept.sub_event_type = defused.event_type, defused.sub_event_type
        kept.disorder_type = defused.disorder_type
    weapon = next((m.event for m in group if m.event.event_type == EXPLOSIONS and not m.in_battle), None)
    if weapon is not None and kept.event_type != EXPLOSIONS:
        # "the attack ... the bomb": the weapon names the event (a blast inside a battle is part of the battle)
        kept.event_type, kept.sub_event_type, kept.disorder_type = (weapon.event_type, weapon.sub_event_type,
                                                                    weapon.disorder_type)
    if kept.sub_event_type == "Peaceful protest" and any(m.event.sub_event_type == "Arrests" for m in group):
        kept.sub_event_type = "Protest with intervention"     # the police stepped in
    riot = next((m.event for m in group if m.event.sub_event_type == _RIOT), None)
    if riot is not None and kept.event_type == PROTESTS:
        # the crowd that torched a house is the crowd police dispersed: one violent demonstration
        kept.event_type, kept.sub_event_type = riot.event_type, riot.sub_event_type
        kept.disorder_type = riot.disorder_type
        kept.actor1, kept.inter1 = riot.actor1, riot.inter1
    numbered = [m.event.fatalities for m in group if m.numbered_toll and m.event.fatalities is not None]
    firsthand = [m.event.fatalities for k, m in enumerate(group) if m.numbered_toll and m.event.fatalities is not None
                 and not (k and other_count(m.event.notes)) and (not k or _in_figures(m.event) or not _vague(group))]
    # another source's count ("the group said it killed 30") never raises a toll, but figures beat "dozens"
    numbered = firsthand if firsthand and not _vague(group) else numbered
    if numbered:
        kept.fatalities = max(numbered)     # the complete toll: later tellings repeat or update it
    elif any(m.retold for m in group):
        # the victim's death told only by a later telling ("... the priests were murdered"): that telling's toll
        told = [m.event.fatalities for m in group if m.event.fatalities
                and any(e.field == "fatalities" for e in m.event.evidence)]
        kept.fatalities = max(told, default=kept.fatalities)
    if kept.sub_event_type in _STATE_WEAPONS and not kept.actor1.startswith("Military Forces"):
        # who has aircraft and artillery: the state forces another telling names ("Russian jets")
        forces = next((m.event for m in group if m.event.actor1.startswith("Military Forces")
                       and any(e.field == "actor1" for e in m.event.evidence)), None)
        if forces is not None:
            kept.actor1, kept.inter1 = forces.actor1, forces.inter1
    for name, inter in (("actor1", "inter1"), ("actor2", "inter2")):
        if not getattr(kept, name) or getattr(kept, name).startswith("Unidentified"):
            # (the forces sent to the scene afterwards are no side of the incident)
            named = next((m.event for m in group[1:] if getattr(m.event, name)
                          and not getattr(m.event, name).startswith("Unidentified")
                          and (m.event.sub_event_type not in _RESPONSES or kept.sub_event_type in _RESPONSES)), None)
            if named is not None:
                setattr(kept, name, getattr(named, name))
                setattr(kept, inter, getattr(named, inter))
    kept.interaction = interaction_code(kept.inter1, kept.inter2)
    for m in group[1:]:
        kept.notes = f"{kept.notes} {m.event.notes}".strip()
        kept.sentence_start = min(kept.sentence_start, m.event.sentence_start)
        kept.sentence_end = max(kept.sentence_end, m.event.sentence_end)
        kept.evidence.extend(e for e in m.event.evidence if e.field != "event_type" or e not in kept.evidence)
        kept.confidence = max(kept.confidence, m.event.confidence)
    return kept


def _in_figures(event: Event) -> bool:
    return any(e.field == "fatalities" and any(ch.isdigit() for ch in e.text) for e in event.evidence)


def _vague(group: list[Mention]) -> bool:
    """The first toll is a word ("dozens", "scores") and a later telling gives figures."""
    first = next((m for m in group if m.numbered_toll), None)
    told = next((e.text.lower().split()[-1] for e in first.event.evidence
                 if e.field == "fatalities" and e.text.strip()), "") if first is not None else ""
    return told in VAGUE_FATALITIES and any(_in_figures(m.event) for m in group)


_TOWN_CUE = rx_compile(r"\b(?:town|village|hamlet|locality|settlement) of\s+$")


def _cued_town(group: list[Mention], placed: Event | None) -> str | None:
    """"Militants attacked a checkpost in North Waziristan ... The assault near the town of Mir Ali killed eight": a
    town the gazetteer lacks, named as a town by the telling that retells the incident, inside the area the lead
    placed it in: ACLED's location is the town (at the area's coordinates, precision 2), not the district (nor a
    province the gazetteer could not place either)."""
    if placed is None or placed.latitude is not None and (placed.geo_precision or 0) < GEO_NEAR:
        return None            # (a town placed by the gazetteer is told as precisely as the cue could)
    for m in group:
        event = m.event
        if not m.own_place or event.latitude is not None or not event.location or event is placed:
            continue
        told = next((e for e in event.evidence if e.field == "location"
                     and event.sentence_start <= e.start < event.sentence_end), None)
        notes = event.notes.lower()
        at = notes.find(told.text.lower()) if told is not None else -1
        if at > 0 and _TOWN_CUE.search(notes, max(0, at - 30), at):
            return event.location
    return None


def _most_specific_place(group: list[Mention]) -> Event | None:
    """A town over a province over a country; the first told among equals."""
    placed = [m.event for m in group if m.event.location]
    if not placed:
        return None
    return min(placed, key=lambda e: (e.geo_precision or 9) if e.latitude is not None else 10)
