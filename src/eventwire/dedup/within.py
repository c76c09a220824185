"""One report often tells one event over several sentences ("Clashes broke out
in X on Friday. Five soldiers died in the clashes."). Events of the same day and
place (or with no place of their own) are one event: the first telling names its
type, a more specific sub-type of that type and the larger toll win, and the
evidence is pooled.
"""
from __future__ import annotations

from ..codebook import BATTLES, EXPLOSIONS, PARENT_TYPE, PROTESTS, RIOTS, STRATEGIC, VAC
from ..extraction.assemble import defuses_the_device, place_key, turns_to_another_incident
from ..extraction.compiled import compile as rx_compile
from ..extraction.numbers import is_unnumbered_toll
from ..extraction.other_counts import other_count
from ..extraction.triggers import RULES, find_triggers
from ..extraction.victims import _rare
from ..records import Event

_VIOLENCE = {BATTLES, EXPLOSIONS, VAC}
_NAME_WORD = rx_compile(r"[a-z][a-z'-]{3,}")
# Kinds one incident combines (codebook): an attack and the weapon that names it, a battle and the strikes
# inside it, a protest that turned violent, arrests made at a protest or riot. In a story of several scenes,
# other kinds told on the same day are other incidents.
_ONE_INCIDENT = {frozenset((VAC, EXPLOSIONS)), frozenset((BATTLES, EXPLOSIONS)), frozenset((BATTLES, VAC)),
                 frozenset((PROTESTS, RIOTS)), frozenset((STRATEGIC, PROTESTS)), frozenset((STRATEGIC, RIOTS))}
_TRANSFERS = {"Non-violent transfer of territory", "Non-state actor overtakes territory",
              "Government regains territory"}
_PEACEFUL_DEVELOPMENTS = {"Agreement", "Change to group/activity", "Headquarters or base established"}
_PRIORITY = {}
for _rule in RULES:
    _PRIORITY[_rule.sub_event_type] = max(_PRIORITY.get(_rule.sub_event_type, 0), _rule.priority)
_GUNFIRE = rx_compile(r"\b(?:exchang\w+ (?:heavy )?(?:gun)?fire|gun ?battles?|fire ?fights?|shoot-?outs?|gunfire|"
                      r"opened fire|rockets?|mortars?|grenades?)\b")
# a killing or a bombing (not the artillery or the aircraft of a battle) that a story of scenes may tell on its own
_OWN_INCIDENT = {"Attack", "Remote explosive/landmine/IED", "Grenade", "Suicide bomb"}
# the words by which such an incident is told as part of a battle ("killed in the crossfire")
_IN_THE_FIGHTING = rx_compile(r"\b(?:clash\w*|fight\w*|fought|combat\w*|battl\w*|cross-?fire|"
                              r"exchanges? of (?:gun)?fire|gun ?fights?|fire ?fights?|shoot-?outs?|skirmish\w*|"
                              r"confrontations?|offensive)\b")
_OPERATION = rx_compile(r"\boperations?\b")
_FIRE_TOLD = rx_compile(r"\b(?:fire|fired|firing|shots?|shooting|killed|killing|wounded|dead)\b")


def _operation_only(notes: str) -> bool:
    """"A large security operation went into effect after the blast": a sweep told with no fighting, no fire
    and no casualty is no battle that the blast was part of."""
    return bool(_OPERATION.search(notes)) and not _IN_THE_FIGHTING.search(notes) and not _GUNFIRE.search(notes) \
        and not _FIRE_TOLD.search(notes)

_ARRESTED_PROTESTERS = rx_compile(r"^(?!\s*(?:he|she|his|her)\b)")   # not "He was arrested in connection with ..."


# a demonstration whose object is the violence told beside it
_AGAINST_THE_DEED = rx_compile(r"\b(?:protest\w*|demonstrat\w*|rall\w+|march\w*) (?:against|over|at|to denounce|to "
                               r"condemn) the (?:\w+ )?(?:killings?|attacks?|deaths?|murders?|massacres?|abductions?|"
                               r"kidnappings?|bombings?|shootings?)\b")


_SEIZED = rx_compile(r"\b(?:seiz\w+|confiscat\w+|recover\w+|found|discover\w+|impound\w+)\b")


# "the strike", "this attack": the weapon told before, named again by a bare noun
_BACK_NOUN_TOLD = rx_compile(r"\b(?:the|this|that|its|their)\s+(?:strikes?|attacks?|raids?)\b(?:\s+\w+)?$")


def _named_again(event: Event) -> bool:
    """"A ballistic missile strike hit Sumy ... Ukraine said the strike targeted civilians": the later telling names
    the incident again by a bare definite noun, and so names no other weapon than the one told first."""
    trigger = next((e for e in event.evidence if e.field == "event_type"), None)
    if trigger is None:
        return False
    told = event.notes[:max(0, trigger.start - event.sentence_start)].lower() + trigger.text.lower()
    return _BACK_NOUN_TOLD.search(told) is not None


def _trigger(event: Event) -> str:
    return next((e.text.lower() for e in event.evidence if e.field == "event_type"), "")


def _contains(region: Event, place: Event) -> bool:
    """A province or country named in a later sentence is where the town already named lies."""
    if region.geo_precision != 3 or not region.country or region.country != place.country:
        return False
    return region.location in (place.admin1, place.country) or not region.admin1


def _same_slot(a: Event, b: Event, scenes: bool = False) -> bool:
    if a.event_date != b.event_date:
        return False
    types = {a.event_type, b.event_type}
    if scenes and len(types) == 2 and frozenset(types) not in _ONE_INCIDENT:
        return False
    if scenes and a.event_type == BATTLES and b.sub_event_type in _OWN_INCIDENT \
            and not _IN_THE_FIGHTING.search(b.notes.lower()):
        return False        # told without the fighting, it is an incident of its own, not a detail of the battle
    if a.event_type != b.event_type and b.dated_by_text(own_sentence=True) and not a.dated_by_text():
        return False        # a day told later is no detail of an event that had only the day of publication
    if "Disrupted weapons use" in (a.sub_event_type, b.sub_event_type) and a.event_type != b.event_type \
            and a.dated_by_text(own_sentence=True) and b.dated_by_text(own_sentence=True):
        return False        # "shot down 21 drones overnight": the interception is not the shelling told before it
    if {a.sub_event_type, b.sub_event_type} & _TRANSFERS and "Looting/property destruction" in (
            a.sub_event_type, b.sub_event_type):
        return False        # fighters who took a town and then looted it: a change of hands and a looting
    if {a.sub_event_type, b.sub_event_type} & _PEACEFUL_DEVELOPMENTS and {a.event_type, b.event_type} & _VIOLENCE:
        return False        # a deal or a deployment and a battle told beside it are two events
    # Two sentences that each tell their own day tell two scenes (a coder's note dates only its first):
    scenes_told = a.dated_by_text(own_sentence=True) and b.dated_by_text(own_sentence=True)
    if scenes_told and {a.sub_event_type, b.sub_event_type} & _PEACEFUL_DEVELOPMENTS \
            and a.event_type == b.event_type == STRATEGIC and a.sub_event_type != b.sub_event_type:
        return False        # factions merging told beside a looting: each strategic development is its own event
    if scenes_told and {a.sub_event_type, b.sub_event_type} == {"Mob violence", "Peaceful protest"} \
            and not _tells_a_crowd(a if a.sub_event_type == "Mob violence" else b):
        return False        # a mob has no demonstration behind it (codebook): a rally told beside it is another event
    if {a.event_type, b.event_type} & {PROTESTS, RIOTS} and {a.event_type, b.event_type} & _VIOLENCE \
            and any(e.event_type in (PROTESTS, RIOTS) and _AGAINST_THE_DEED.search(" ".join(e.notes.lower().split()))
                    for e in (a, b)):
        return False        # youths blocking the road "to protest against the killings": a reaction, not the killing
    if scenes_told and a.sub_event_type == "Arrests" and b.event_type == PROTESTS:
        return False        # a leader arrested, then a protest against it: the arrests of a protest are told after it
    if "Abduction/forced disappearance" in (a.sub_event_type, b.sub_event_type) \
            and EXPLOSIONS in (a.event_type, b.event_type):
        return False        # a kidnapping is no detail of a blast told beside it: people taken, not hit
    if a.location and b.location and place_key(a.location) != place_key(b.location) and not _contains(b, a):
        return False
    if not a.location and b.location and a.sub_event_type != b.sub_event_type:
        return False        # a later sentence may add detail to an event, not an earlier one
    return True


def _tells_a_crowd(mob: Event) -> bool:
    """The mob's own sentence tells a gathering ("rioters clashed with a group gathered in front of the monument"):
    the rally told beside it is where the mob struck."""
    return any(t.rule == "protest" for t in find_triggers(" ".join(mob.notes.lower().split())))


def _retells_other_victim(merged: list[Event], target: Event, event: Event) -> bool:
    """A violence against civilians told after an event of another type, naming by a rare word (a surname) the
    victim of an earlier violence against civilians: the assembler joins it to that telling."""
    if event.event_type != VAC or target.event_type == VAC or target.sentence_start >= event.sentence_start:
        return False
    words = {w for w in _NAME_WORD.findall(event.notes.lower()) if _rare(w)}
    return bool(words) and any(m is not target and m.event_type == VAC and m.sentence_start < event.sentence_start
                               and words & set(_NAME_WORD.findall(m.notes.lower())) for m in merged)


def merge_within_article(events: list[Event], scenes: bool = False) -> list[Event]:
    """`scenes`: the report tells several scenes (a wire story, not a note), so only kinds one incident
    combines merge."""
    merged: list[Event] = []
    tolls: dict[int, tuple[int, bool]] = {}    # _default_toll_in of each kept evidence list, read once per item
    further: set[int] = set()                   # events whose sentence said they are one more incident
    for event in events:
        # the first event it fits; what police did to a crowd belongs to the nearest protest told before it
        # ("Police fired tear gas" is not a detail of the clash told before the protest)
        crowd = event.event_type == PROTESTS and next(
            (m for m in reversed(merged) if m.event_type == PROTESTS and _same_slot(m, event, scenes)), None)
        # once the story has turned to one more incident ("Another bomb exploded ..."), what follows tells that one
        target = crowd or further and next((m for m in reversed(merged) if id(m) in further
                                            and _same_slot(m, event, scenes)), None) \
            or next((m for m in merged if _same_slot(m, event, scenes)), None)
        if merged and turns_to_another_incident(event.notes, scenes):
            further.add(id(event))
            if target is not None and target.sentence_start < event.sentence_start:
                target = None   # "In another attack, ...": the sentence says it is not the incident told before
        if target is not None and _retells_other_victim(merged, target, event):
            target = None       # "X was murdered by his captors": the kidnapping told before, not the blast between
        if target is None:
            merged.append(event)
            continue
        _absorb(target, event, tolls)
    return merged


def _absorb(kept: Event, new: Event, tolls: dict[int, tuple[int, bool]] | None = None) -> None:
    kept_default = _default_toll_grown(kept, {} if tolls is None else tolls)
    new_default = _default_toll_last(new)
    if kept.event_type == EXPLOSIONS and new.sentence_start > kept.sentence_end - 1 \
            and defuses_the_device(kept.notes, new):
        # "Men placed a charge at the bank. The device was defused.": a disrupted weapon, not a bombing (codebook)
        kept.event_type, kept.sub_event_type, kept.disorder_type = new.event_type, new.sub_event_type, new.disorder_type
    elif kept.rule == "attack_generic" and new.rule != "attack_generic":
        # "launched an assault ... clashed with": the bare word "attack" named nothing
        kept.event_type, kept.sub_event_type, kept.disorder_type = new.event_type, new.sub_event_type, new.disorder_type
        kept.actor1, kept.inter1, kept.actor2, kept.inter2 = new.actor1, new.inter1, new.actor2, new.inter2
        kept.rule = new.rule
    elif (
        kept.event_type == EXPLOSIONS
        and kept.sub_event_type != "Suicide bomb"
        and new.sub_event_type == "Armed clash"
        and new.rule in ("clash", "explosions", "shelling")
        and not _operation_only(new.notes.lower())
    ):
        # "a strike or explosion inside an ongoing battle is part of that battle" (codebook)
        kept.event_type, kept.sub_event_type, kept.disorder_type = new.event_type, new.sub_event_type, new.disorder_type
    elif (
        kept.sub_event_type == "Mob violence"
        and new.sub_event_type == "Armed clash"
        and _GUNFIRE.search(new.notes.lower())
    ):
        # "clashes broke out between two families ... the two sides exchanged fire": an armed fight
        kept.event_type, kept.sub_event_type, kept.disorder_type = new.event_type, new.sub_event_type, new.disorder_type
        kept.rule = new.rule
    elif kept.sub_event_type == "Attack" and new.event_type == EXPLOSIONS:
        # "was attacked ... with a grenade": the weapon names the event
        kept.event_type, kept.sub_event_type, kept.disorder_type = new.event_type, new.sub_event_type, new.disorder_type
    elif kept.event_type != new.event_type:
        if (
            kept.sub_event_type == "Peaceful protest"
            and new.sub_event_type == "Arrests"
            and _ARRESTED_PROTESTERS.search(new.notes.lower())
        ):
            kept.sub_event_type = "Protest with intervention"     # the police stepped in
            kept.actor2, kept.inter2 = new.actor1 or kept.actor2, new.inter1
        if (kept.event_type == STRATEGIC and new.event_type in (PROTESTS, RIOTS)) or (
            kept.event_type == PROTESTS and new.event_type == RIOTS
        ):
            # the protest/riot is the event and arrests are part of it; a protest that turned violent is a riot
            kept.event_type, kept.sub_event_type, kept.disorder_type = (
                new.event_type, new.sub_event_type, new.disorder_type)
            kept.actor1, kept.actor2 = new.actor1 or kept.actor1, new.actor2 or kept.actor2
    elif {kept.sub_event_type, new.sub_event_type} == {"Arrests", "Disrupted weapons use"} \
            and _SEIZED.search(_trigger(new if new.sub_event_type == "Disrupted weapons use" else kept)):
        # "detained 47 people ... Police seized weapons in the raids": a seizure in an arrest raid is the arrests
        if kept.sub_event_type != "Arrests":
            kept.sub_event_type, kept.actor2, kept.inter2 = "Arrests", new.actor2 or kept.actor2, new.inter2
    elif _PRIORITY.get(new.sub_event_type, 0) > _PRIORITY.get(kept.sub_event_type, 0) \
            and not (kept.event_type == new.event_type == EXPLOSIONS and _named_again(new)):
        kept.sub_event_type = new.sub_event_type
        if PARENT_TYPE[new.sub_event_type] == kept.event_type and new.actor2 and not kept.actor2:
            kept.actor2, kept.inter2 = new.actor2, new.inter2
    if not kept.location and new.location:
        for field in ("location", "admin1", "admin2", "country", "iso3", "latitude", "longitude", "geo_precision",
                      "geonameid"):
            setattr(kept, field, getattr(new, field))
    if (new.fatalities or 0) > (kept.fatalities or 0) and not new_default \
            and not (kept.fatalities and not kept_default and other_count(new.notes)):
        kept.fatalities = new.fatalities
    elif kept_default and new.fatalities is not None and not new_default and new.fatalities > 0:
        kept.fatalities = new.fatalities
    if (
        not kept.actor2
        and new.actor2
        and (kept.event_type != PROTESTS or new.inter2 == 1)
        and kept.sub_event_type != "Peaceful protest"
    ):
        kept.actor2, kept.inter2 = new.actor2, new.inter2      # a peaceful protest has no second actor
    kept.notes = f"{kept.notes} {new.notes}".strip()
    kept.sentence_end = max(kept.sentence_end, new.sentence_end)
    kept.evidence.extend(e for e in new.evidence if e.field != "event_type")
    kept.confidence = max(kept.confidence, new.confidence)


def _default_toll_last(event: Event) -> bool:
    """The event's toll is still the default: its last words of a toll have no number ("... with fatalities.
    Fatalities coded as 10." ends on a number)."""
    last = next((e for e in reversed(event.evidence) if e.field == "fatalities"), None)
    return last is not None and is_unnumbered_toll(last.text)


def _default_toll_in(evidence: list) -> bool:
    """A toll of 3 with no number behind it is the 'limited attack' default."""
    return any(e.field == "fatalities" and is_unnumbered_toll(e.text) for e in evidence)


def _default_toll_grown(event: Event, seen: dict[int, tuple[int, bool]]) -> bool:
    """`_default_toll_in` of the event's evidence, reading only the evidence added since the last call: a report
    telling one event a thousand times would otherwise re-read its pooled evidence a thousand times."""
    read, found = seen.get(id(event.evidence), (0, False))
    if not found and read < len(event.evidence):
        found = _default_toll_in(event.evidence[read:])
    seen[id(event.evidence)] = (len(event.evidence), found)
    return found
