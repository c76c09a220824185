"""Who did it, told in a sentence of its own: "It said Russian jets carried out the attack",
"Islamic State claimed responsibility for the blast", "The raid was carried out by ...".

Wire copy tells the incident first and names the attacker a sentence or two later, often in a
sentence that tells no event itself (a claim is not an attack). ACLED codes the attacker the
article names, so the incident told just before such a sentence takes its actor from it.
"""
from __future__ import annotations

from ..codebook import BATTLES, EXPLOSIONS, VAC, interaction_code
from ..normalize.reading import lower_preserving, reading_text
from ..records import Article, Event, Evidence
from ..codebook.countries import WORD_TO_COUNTRY, state_actor
from .compiled import compile as rx_compile
from .actors import find_actors, named_groups

_INCIDENT = (r"(?:\w+[\s-]+)?(?:attacks?|strikes?|air ?strikes?|raids?|bombings?|blasts?|explosions?|assaults?|"
             r"ambush|shelling|killings?|massacre|abductions?|kidnappings?)")
_ATTRIBUTION = rx_compile(
    r"\b(?:claimed|claims|claiming|has claimed|have claimed)\s+(?:responsibility|credit)\s+for\s+"
    r"(?:the|this|that|its|their|thursday's|yesterday's|\w+day's)\s+" + _INCIDENT + r"\b"
    r"|\bcarried out\s+(?:the|this|that)\s+" + _INCIDENT + r"\b"
    r"|\bclaimed\s+(?:the|this|that|\w+day's)\s+" + _INCIDENT + r"\b"      # "JNIM claimed the attack"
    # "The Pakistani Taliban claimed responsibility in a message": the incident just told
    r"|\b(?:claimed|claims|has claimed)\s+(?:responsibility|credit)\b(?=\s*(?:[,.;]|in\b|on\b|through\b|via\b|$))"
    r"|\b(?:the|this|that)\s+" + _INCIDENT + r"\s+(?:was|were)\s+(?:claimed|carried out|staged|launched)\s+by\b")
# "No group immediately claimed responsibility", "there was no claim": the incident's attacker is unknown
_UNCLAIMED = rx_compile(r"\b(?:no (?:group|one|organi[sz]ation|faction)|nobody|no-one)\s+(?:has\s+|had\s+)?"
                        r"(?:immediately\s+|yet\s+|so far\s+)?claimed\b|"
                        r"\bthere (?:was|has been) no (?:immediate )?claim\b")
# who may be named as the attacker: armed organisations and state forces, not victims or officials
_ATTACKERS = ("group", "military", "armed", "rebels", "militia", "police")
_VIOLENCE = (BATTLES, EXPLOSIONS, VAC)
_STATE = 1          # inter code of state forces
# "an Israeli air strike", "a Russian glide bomb", "Turkish shelling": the nationality of the weapon
_OWNER_BEFORE = rx_compile(r"\b([a-z]+(?:an|ese|i|ish|ch|ic))(?:-led)?\s+(?:(?!(?:by|of|on|in)\s)[\w-]+\s+)?$")
_STATE_WEAPONS = ("Air/drone strike", "Shelling/artillery/missile attack")
# "Russia launched one of its largest air attacks": the state named as the subject of the launch
_STATE_LAUNCHED = rx_compile(r"\b([a-z]+)\s+(?:has |have |had )?(?:launched|fired|carried out|unleashed|conducted)\b")


def attribute(article: Article, events: list[Event]) -> None:
    """Give the incident told just before an attribution sentence the attacker that sentence names."""
    if not events:
        return
    lower = reading_text(article)
    cased = not (article.lowercased or article.caps)
    for sentence in article.sentences:
        s = lower[sentence.start:sentence.end]
        claim = _ATTRIBUTION.search(s)
        if claim is None:
            continue
        told = [e for e in events if e.sentence_start < sentence.start and e.event_type in _VIOLENCE]
        if not told:
            continue
        event = max(told, key=lambda e: e.sentence_start)
        if _UNCLAIMED.search(lower, event.sentence_start, sentence.start):
            continue          # "No group immediately claimed responsibility": a claim after it is another incident's
        named = [m for m in find_actors(s, article.text[sentence.start:sentence.end] if cased else None)
                 if m.kind in _ATTACKERS]
        by_passive = claim.group(0).endswith(" by")
        agent = next((m for m in named if (m.start >= claim.end() if by_passive else m.end <= claim.start())), None)
        if agent is None or agent.kind != "group" and not by_passive:
            # "al Shabaab said it had carried out the attack": the group that speaks is the one that claims
            agent = next((m for m in named_groups(s) if m.end <= claim.start()), agent) if not by_passive else agent
        if agent is None:
            continue
        name = agent.acled_name(event.country or None)
        if any(told.startswith(name) for told in (event.actor1, event.actor2) if told):
            continue          # "Islamic State" claimed what "Islamic State (Greater Sahara)" was coded for
        if event.event_type == BATTLES and event.inter1 == _STATE and event.inter2 != _STATE and agent.inter != _STATE:
            event.actor2, event.inter2 = name, agent.inter      # the army repelled an attack the group claimed
            field = "actor2"
        else:
            event.actor1, event.inter1 = name, agent.inter
            field = "actor1"
        event.interaction = interaction_code(event.inter1, event.inter2)
        start, end = sentence.start + agent.start, sentence.start + agent.end
        event.evidence.append(Evidence(field, start, end, article.text[start:end]))


def weapon_owner(article: Article, events: list[Event]) -> None:
    """"An Israeli air strike", "a Russian glide bomb": aircraft and artillery named by a nationality
    are that state's forces (ACLED: "Military Forces of Israel"), whatever country the target is in."""
    low = lower_preserving(article.text)       # once per article, offsets unchanged
    for event in events:
        if event.sub_event_type not in _STATE_WEAPONS or any(e.field == "actor1" for e in event.evidence):
            continue
        trigger = next((e for e in event.evidence if e.field == "event_type"), None)
        if trigger is None:
            continue
        owner = _OWNER_BEFORE.search(low, max(event.sentence_start, trigger.start - 25), trigger.start) \
            or _STATE_LAUNCHED.search(low, event.sentence_start, trigger.start)
        country = WORD_TO_COUNTRY.get(owner.group(1)) if owner is not None else None
        if country is None:
            continue
        event.actor1, event.inter1 = state_actor("Military Forces", country), _STATE
        if event.actor2 == event.actor1:
            event.actor2, event.inter2 = "", None
        event.interaction = interaction_code(event.inter1, event.inter2)
        start, end = owner.start(1), owner.end(1)
        event.evidence.append(Evidence("actor1", start, end, article.text[start:end]))


def campaign_attacker(events: list[Event]) -> None:
    """"Russian forces shelled Kherson ... In Lutsk, a missile hit an apartment building": strikes the article
    tells without naming who fired, after it named the state forces behind the first strike, are that
    campaign's, not the forces of the country they hit (the codebook names an unnamed attacker only by
    default)."""
    named = None
    for event in events:
        told = any(e.field == "actor1" for e in event.evidence)
        if event.sub_event_type not in _STATE_WEAPONS:
            continue
        if told and event.inter1 == _STATE:
            named = named or event
        elif not told and named is not None and event.actor1 != named.actor1:
            event.actor1, event.inter1 = named.actor1, named.inter1
            if event.actor2 == event.actor1:
                event.actor2, event.inter2 = "", None
            event.interaction = interaction_code(event.inter1, event.inter2)
