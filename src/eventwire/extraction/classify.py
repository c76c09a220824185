"""One sentence -> at most one sub-event type, with the words that decide it.

`find_triggers` lists every rule that fires; this module applies the codebook's
tie-breaking and the vetoes: words used in another sense, talk about an event
rather than a report of one, crime and disasters that ACLED does not code.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from ..codebook import PARENT_TYPE
from .compiled import compile as rx_compile
from . import triggers as T
from . import lexicon as L
from .reportable import talk_about
from .size_tag import crowd_sized
from .lexicon import any_of


@dataclass(frozen=True)
class Classification:
    event_type: str
    sub_event_type: str
    start: int            # trigger span in the sentence
    end: int
    confidence: float
    rule: str


# Coders' notes (ACLED's among them) open strategic developments with a label:
# "Movement of forces: On 5 May ...". The label is the coder's own classification.
_NOTE_HEADING = rx_compile(r"^\s*([a-z][a-z /-]{1,40}?[a-z])\s?:")   # "movement of forces :" when tokenized
_HEADING_TYPES = {
    "property destruction": "Looting/property destruction", "looting": "Looting/property destruction",
    "land seizure": "Looting/property destruction", "looting/property destruction": "Looting/property destruction",
    "movement of forces": "Change to group/activity", "security measures": "Change to group/activity",
    "change to armed group": "Change to group/activity", "change to group/activity": "Change to group/activity",
    "arrests": "Arrests", "arrest": "Arrests",
    "detonation": "Disrupted weapons use", "defusal": "Disrupted weapons use",
    "weapons seizure": "Disrupted weapons use",
    "disrupted weapons use": "Disrupted weapons use", "interception": "Disrupted weapons use",
    "explosive remnants of war": "Other", "other": "Other", "non-violent activity": "Other",
    "headquarters or base established": "Headquarters or base established", "agreement": "Agreement",
    "non-violent transfer of territory": "Non-violent transfer of territory",
}
_EXPLOSIVE_FAMILY = {"Air/drone strike", "Shelling/artillery/missile attack"}
_CLASH_CORE = rx_compile(any_of(
    r"clash(?:es|ed)?",
    r"fighting",
    r"gun ?battles?",
    r"fire ?fights?",
    r"exchanged (?:heavy )?fire",
    r"exchanges? of fire",
    r"fierce battles?", r"heavy battles?",
    head=r"\b(?:", tail=r")\b"))
# "people who fled earlier fighting", "displaced by clashes": fighting that drove people out, not fighting of the day
_FLED_FROM = rx_compile(r"\b(?:fled|fleeing|flee|escaped|escaping|displaced by|uprooted by|driven out by)\s+"
                        r"(?:\w+\s+){0,2}?(?:fighting|clashes)\b")


def _fighting_told(sentence: str) -> bool:
    """Fighting the sentence tells, not only the fighting people fled: a strike told beside it is part of it."""
    fled = [m.span() for m in _FLED_FROM.finditer(sentence)]
    return any(not any(a <= m.start() < b for a, b in fled) for m in _CLASH_CORE.finditer(sentence))


_VIOLENT_RULES = {"chemical", "attack", "attack_generic", "clash", "ied", "explosion_told", "shelling", "air",
                  "looting", "mob", "abduct", "defuse", "nsa_overtakes", "gov_regains", "transfer"}
_DIRECT_FIRE = rx_compile(any_of(
    r"small[- ]arms",
    r"light weapons", r"gunfire", r"assault rifles", r"automatic weapons",
    r"exchang(?:ed|ing) (?:heavy )?fire",
    head=r"\b(?:", tail=r")\b"))
# rifles and machineguns beside a grenade: the grenade is one weapon of an armed assault
_SMALL_ARMS = rx_compile(any_of(
    r"rifles?(?: fire)?", r"machine-?guns?(?: fire)?", r"gunfire", r"small[- ]arms", r"automatic weapons",
    r"assault rifles", r"light weapons", r"firearms",
    head=r"\b(?:", tail=r")\b"))
# a rocket or a missile that an aircraft fires or drops: an air strike, not shelling from the ground
_AIRCRAFT = (r"(?:(?:military |army |war|fighter |combat )?(?:planes?|airplanes?|aircraft|helicopters?|gunships?|"
             r"jets?|drones?|uavs?)|air ?force)")
_AIR_LAUNCHED = rx_compile(any_of(
    r"(?:rockets?|missiles?|bombs?) (?:\w+ ){0,2}?(?:fired|launched|dropped|shot) (?:\w+ ){0,2}?(?:by|from) "
    r"(?:an? |the |two |three |several )?(?:\w+ )?" + _AIRCRAFT,
    r"(?:dropp\w+|fir\w+|launch\w+) (?:\w+ ){0,3}?(?:rockets?|missiles?) (?:\w+ ){0,4}?from (?:\w+ ){0,3}?" + _AIRCRAFT,
    r"(?:missile|rocket|bomb) (?:bombardment|fire|attacks?|strikes?) (?:\w+ ){0,4}?by (?:\w+ ){0,2}?" + _AIRCRAFT,
    r"(?:helicopter|gunship|aircraft|plane|jet|drone) (?:rockets?|missiles?)",
    head=r"\b(?:", tail=r")\b"))
_FIGHT_REACH = 160          # characters around a trigger where the troops it was used on are named
_DEMONSTRATION = rx_compile(any_of(
    r"protest\w*",
    r"demonstrat\w*",
    r"rall(?:y|ies|ied)",
    r"march(?:ed|es|ers)?",
    r"sit-?ins?",
    r"picket\w*",
    r"bandh", r"hartal", r"strike", r"dharna",
    r"demand\w*",
    r"denounc\w*",
    r"to reject", r"rejecting", r"calling for", r"in protest",
    head=r"\b(?:", tail=r")\b"))
_GUN_KILLING = rx_compile(any_of(
    r"gunmen", r"armed men", r"hitmen", r"shot", r"opened fire", r"gunned down", r"shooting", r"killed", r"murdered",
    r"stabbed", r"beheaded",
    head=r"\b(?:", tail=r")\b"))
_NO_RECORD = rx_compile(r"\bno record (?:of|that)\b(?:\s+\S+){0,3}?\s*$")
_PROTEST_OBJECT = rx_compile(any_of(
    r"against", r"over",
    r"mourn\w*",
    r"commemorat\w*",
    r"in memory of",
    r"condemn\w*",
    r"denounc\w*",
    r"demand\w*",
    r"calling for", r"call for", r"to protest", r"in protest", r"in solidarity", r"in response to", r"after",
    r"to mark", r"marking", r"on the (?:\w+ )?anniversary of",     # the day remembered, not how the march went
    head=r"\b(?:", tail=r")\b"))
_NON_STATE_ARMED = rx_compile(any_of(
    r"militiam[ae]n",
    r"militias?", r"militants?", r"insurgents?", r"rebels?", r"gunmen", r"armed men",
    r"armed (?:youths?|groups?|individuals|persons|civilians)",
    r"jihadists?", r"terrorists?", r"bandits", r"separatists",
    r"guerrill?as?", r"narco-?terrorists?", r"subversives",
    head=r"\b(?:", tail=r")\b"))
# "the attackers blocked the road": the perpetrators of an incident told before, not a crowd
_PERPETRATORS = rx_compile(r"\b(?:attackers|assailants|kidnappers|abductors|raiders)\b")
# Troops who loot or steal: the codebook codes it as property destruction, not as crime
_TROOPS = rx_compile(r"\b(?:troops|soldiers|army|paramilitar\w+|death squads?)\b")
_PEOPLE = rx_compile(r"\b(?:nationals|palestinians|men|people|women|youths?|beneficiaries|citizens|crowds?)\b")
_MOB_AGENT = rx_compile(any_of(
    r"mobs?", r"locals", r"settlers", r"volunteers",
    r"group of (?:\w+ ){0,3}?(?:people|men|youths|villagers|residents|workers|students|women)",
    r"(?:a|an unknown|an unspecified) number of (?:people|persons|locals|residents|villagers)",
    r"by (?:\w+ )?(?:persons|people|rivals|neighbou?rs)",
    r"community members", r"members of the community", r"residents", r"villagers", r"crowds?", r"youths", r"traders",
    r"vendors",
    r"party (?:members|supporters|workers)",
    r"supporters of",
    head=r"\b(?:", tail=r")\b"))
_RETURN_FIRE = rx_compile(r"\b(?:returned fire|shot back|exchang\w+ (?:of )?fire|gun ?battle|shoot-?out|firefight)\b")
_PASSIVE = rx_compile(r"\b(?:was|were|been)\b[^.]{0,30}\bby\b")
_BE = rx_compile(r"(?:was|were|been|had been|have been)\b")
# "the battalion has been attacked", "a police post was attacked": the verb in the passive, its victim told first
# "was also arrested", "were later found": an adverb may stand between the auxiliary and the participle
_BE_BEFORE = rx_compile(r"\b(?:was|were|been|is|are|being)\s+(?:(?:\w+ly|also|later|then|even)\s+)?$")
_SUBJECT_REACH = 25        # characters between that subject and the verb: "a police post was", not a clause before
# "police repelled an attack by 20 rebels": the attacked side fought back, so it was a fight (codebook: Battles)
# "most of these attacks have been contained by the armed forces", "attacked and neutralized": held and fought off
_REPELLED = rx_compile(r"\b(?:repell?(?:ed|ing)|repulsed?|fought off|beat back|beaten back|driven back|"
                       r"attacks?\s+(?:\S+\s+){0,5}?(?:have|has|had|were|was)\s+been\s+contained|"
                       r"attacked\s+and\s+neutrali[sz]ed)\b")
# "our forces destroyed an armoured vehicle": war materiel destroyed is a blow in a battle, not property destroyed
_MATERIEL = rx_compile(r"\b(?:armou?red (?:vehicles?|cars?|personnel carriers?)|tanks|military (?:vehicles?|trucks?|"
                       r"aircraft|planes?|helicopters?)|helicopters?|combat planes?|warplanes?|gunships?|"
                       # the enemy's means taken in a fight: "seized dozens of pickup trucks and a quantity of weapons"
                       r"pick-?up trucks|pick-?ups|technicals|(?:quantity|quantities|cache|stock) of (?:weapons|arms|"
                       r"ammunition))\b")
_MATERIEL_REACH = 60       # characters before the trigger: "six helicopters and ten vehicles were destroyed"
# "an attack on a convoy with rifle fire and grenades": grenades thrown inside a fire fight with armed men
_RIFLE_FIRE = rx_compile(r"\b(?:rifle|machine-?gun|automatic|small-arms) fire\b")
# "an operation backed by airstrikes killed 18 militants": the strikes serve a ground battle
_AIR_SUPPORT = rx_compile(any_of(
    r"\b(?:backed|supported|aided|assisted|covered) by (?:\w+ )?(?:air ?strikes|air support|air power|air cover|"
    r"warplanes|helicopters|drones)",
    r"\bwith (?:the )?(?:support|backing|help|cover) of (?:\w+ )?(?:air ?strikes|warplanes|helicopters|drones|the "
    r"air force)",
    head=r"", tail=r""))
# "the army, supported by aircraft and artillery, is attacking the districts", "counterattacks supported by armoured
# vehicles and aerial bombing", "they were repelled by aircraft": strikes named as the support of troops on the ground
# or as the answer to an assault are blows inside that battle (codebook: one Battles event), whoever names them
_GROUND_BATTLE_SUPPORT = rx_compile(any_of(
    r"\b(?:backed|supported|aided|assisted|covered) by (?:\w+ ){0,3}?(?:aircraft|artillery|aerial|air|armou?red|tanks|"
    r"helicopters|planes|gunships)",
    r"\b(?:counter-?attacks?|counter-?offensives?|offensive|ground (?:assault|troops)|infantry|paratroopers) "
    r"(?:\S+ ){0,4}?(?:with|backed by|supported by) (?:\S+ ){0,3}?(?:aerial|air|artillery)",
    r"\b(?:repell?ed|repulsed|driven back) by (?:\w+ ){0,2}?(?:aircraft|planes|helicopters|gunships|artillery)",
    head=r"", tail=r""))
_NOT_A_PROTEST = rx_compile(any_of(
    r"\bmarching orders\b",
    r"\b(?:timed|cooking|cookery|live|hands-on|product|gardening|garden|craft|science|dance|free|practical) "
    r"demonstrations?\b",
    r"\bfund-?rais\w+",
    r"\bcharity (?:walk|march|run)\b",
    r"\bwalk-?a-?thon\b",
    head=r"", tail=r""))
_BE_INSIDE = rx_compile(r"\b(?:was|were|been)\b")
_BY_AGENT = rx_compile(r"\bby (?:\S+ ){0,3}$")
# "searched for abducted residents": the participle describes people, it reports no abduction
_ADJECTIVAL_ABDUCTED = rx_compile(r"\b(?:for|of|the|an?|to|with|release|released|releasing|freed|rescued)\s+$")
_BOTH_SIDES = rx_compile(any_of(
    r"exchang\w+ (?:\w+ )?(?:artillery|shelling|mortars?|rockets?|fire)",
    r"both directions", r"both sides",
    r"(?:shelling|artillery|mortar|rocket|fire) exchanges?",
    r"exchanges? of (?:shelling|artillery|fire)",
    head=r"\b(?:", tail=r")\b"))
_WEAPON_RULES = {"chemical", "suicide", "defuse", "rape", "grenade", "ied", "explosion_told", "air", "shelling"}
_CROWD = rx_compile(any_of(
    r"groups?", r"villagers", r"residents", r"supporters", r"activists",
    r"communit(?:y|ies)",
    r"youths", r"students", r"sellers", r"vendors", r"traders", r"inmates", r"prisoners", r"families", r"members of",
    r"locals", r"farmers", r"herders", r"workers", r"fans",
    head=r"\b(?:", tail=r")\b"))
# "the arrested men": the participle describes; "the military arrested" reports
_DESCRIBES_ARRESTED = rx_compile(r"(?:\bthe |\bwho (?:was|were|had been|has been|have been) |\ban )(?:\w+ )?$")
# ... unless an object follows: "the fardc arrested 29 men" reports an arrest
_OBJECT_AFTER = rx_compile(r"\s+(?:\d|an? |the |two |three |four |five |six |seven |eight |nine |ten |dozens|hundreds|"
                           r"scores|several|more than|at least|some |his |her |their |members|people|men |women)")
_KILLED = rx_compile(r"\b(?:killed|executed|murdered|shot dead|beheaded|corpses?|bod(?:y|ies)|found dead)\b")
_NEUTRALISED = rx_compile(r"\b(?:killed|arrested|captured|neutrali[sz]ed|intercepted|shot)\s+(?:\S+\s+){0,3}$")
_OFF_DUTY = rx_compile(any_of(
    r"off-duty", r"off duty",
    r"former (?:\w+ )?(?:military|army|police|soldier|officer|fighter|member)",
    r"retired",
    head=r"\b(?:", tail=r")\b"))
_ENDS_ON_VERB = rx_compile(any_of(
    r"killed", r"shot", r"attacked", r"stabbed", r"murdered", r"hacked", r"beheaded", r"executed", r"massacred",
    r"opened fire", r"abducted", r"torched", r"burned", r"burnt", r"raided", r"stormed", r"invaded", r"ambushed",
    r"beat", r"assaulted", r"tortured", r"slaughtered", r"gunned down", r"injured", r"wounded",
    head=r"\b(?:", tail=r")$"))
_POLICE_CLAUSE = rx_compile(any_of(
    r"\b(?:as|when|while|but|before|after|and) (?:the )?(?:\w+ )?(?:police|security forces|troops|soldiers|officers|"
    r"authorities|guards)\b",
    r"\b(?:were|was) (?:\w+ )?(?:dispersed|arrested|detained|beaten|removed|tear-?gassed)\b",
    head=r"", tail=r""))
_ORGANISING = rx_compile(any_of(
    r"\b(?:for|over|after) (?:\w+ ){0,2}?(?:organi[sz]\w+|participat\w+|taking part|joining|leading|calling|"
    r"planning|inciting)",
    r"\bwho (?:organi[sz]\w*|participat\w*|took part|joined|led|called)",
    r"\b(?:who|that) (?:were|was) (?:going|about|planning|set|due) to (?:join|attend|hold|stage)",
    r"\b(?:accused|suspected|suspecting|charges? of|charged with|in connection with|in relation to|behind|"
    r"involved in|on suspicion)",
    head=r"", tail=r""))
# ACLED codes arrests with a political side, not every arrest of a suspect
_POLITICAL_ARREST = rx_compile(any_of(
    r"activists?", r"opposition", r"journalists?", r"reporters?", r"protesters", r"demonstrators",
    r"protest\w*",
    r"leaders?",
    r"members? of",
    r"militants?", r"insurgents?", r"rebels?", r"separatists?",
    r"terror\w*",
    r"politicians?", r"lawmakers?", r"mps?", r"dissidents?", r"critics?", r"bloggers?", r"students",
    r"organi[sz]ers",
    r"supporters", r"candidates?",
    r"(?:former |opposition |party )?officials?",
    r"commanders?", r"fighters", r"jihadists?", r"extremists?", r"islamists?", r"spying", r"espionage", r"treason",
    r"sedition", r"coup",
    r"plot\w*",
    r"anti-government", r"curfew", r"lockdown", r"restrictions", r"rally", r"rallies", r"party", r"movement",
    r"union", r"clerics?", r"imams?", r"priests?", r"ministers?", r"governors?", r"mayors?", r"president", r"army",
    r"military", r"soldiers", r"officers", r"insurgency",
    r"militia\w*",
    r"group", r"forces", r"raids?", r"security service", r"occupation", r"palestinians?",
    r"links? to", r"ties to", r"belonging to", r"collaborat\w*", r"migrants", r"flag", r"councill?ors?",
    r"voters?", r"election\w*", r"campaign\w*", r"armed (?:\S+ )?(?:individuals|men|persons|elements)",
    r"violat\w+ (?:\S+ ){0,3}?(?:measures|curfew|lockdown|restrictions|quarantine|protocols)",
    r"(?:covid|coronavirus|pandemic|quarantine|emergency) (?:\S+ )?(?:measures|rules|regulations|protocols?)",
    head=r"\b(?:", tail=r")\b"))
_DISPUTE = rx_compile(any_of(
    r"\b(?:over|in|amid|following) (?:a |an |the )?(?:\w+ )?(?:property|land|family|personal|water|boundary|border|"
    r"political|old|money|business) (?:dispute|feud|row|quarrel|rivalry|enmity)\b",
    r"\bover (?:their |an? )?(?:enmity|feud|grudge)",
    head=r"", tail=r""))
_MOB_AGENT_BY = rx_compile(any_of(
    r"\bby (?:a |the )?(?:\w+ )?(?:locals|mob|crowd|villagers|residents|settlers|neighbou?rs|rivals|youths)\b",
    head=r"", tail=r""))
_SHOOTING = rx_compile(r"\b(?:shots?|shoot\w*|opened fire|gunfire|gunshots?|firearms|guns?|rifles?|pistols?|"
                       r"explosions?|dynamite|grenades?)\b")
_TRIED_TO = rx_compile(r"(?:tried|attempted) to\b")
# "the body was found by residents": who found the dead did not kill them
_BODY_FOUND = rx_compile(r"bod(?:y|ies)\b")
_COMBATANT = any_of(
    r"soldiers?", r"personnel",
    r"servicem[ae]n",
    r"troops",
    r"policem[ae]n",
    r"police ?(?:officers?|agents?|personnel)",
    r"officers", r"guards?", r"militants?", r"insurgents?", r"rebels?", r"fighters?", r"jihadists?", r"gunmen",
    r"militiam[ae]n",
    r"guerrillas?", r"subversives?",            # rebels in Latin American wire copy: their dead are a battle's
    r"security (?:personnel|forces|officers?|members?)",
    r"members? of the (?:\S+ ){0,3}?(?:forces|army|police|security|intelligence|military)",
    r"commanders?",
    head=r"(?:", tail=r")")
_VICTIM = any_of(
    r"civilians?", r"villagers?", r"residents?", r"farmers?", r"women", r"children", r"child", r"men", r"man",
    r"woman", r"boys?", r"girls?", r"people", r"persons?", r"passengers?",
    r"worshipp?ers",
    r"students?", r"teachers?", r"traders?", r"drivers?", r"laborers?", r"labourers?", r"journalists?",
    r"pastoralists?", r"herders?", r"shepherds?", r"family",
    r"members of (?:a|the) family",
    head=r"(?:", tail=r")")
_HIT = any_of(
    r"(?:\w+ ){0,3}?(?:were|was|have been|had been)\s+(?:\w+ )?(?:killed|wounded|injured|shot|hurt|attacked|"
    r"ambushed)",
    head=r"", tail=r"")
_CASUALTIES = (
    ("combatant", rx_compile(r"\b" + _COMBATANT + r"\s+" + _HIT
                             + r"|\b(?:killing|killed|wounding|injuring) (?!by\b)(?:\S+ ){0,3}?" + _COMBATANT + r"\b")),
    ("civilian", rx_compile(r"\b" + _VICTIM + r"\s+" + _HIT
                            + r"|\b(?:killing|killed|wounding|injuring) (?:\S+ ){0,3}?" + _VICTIM + r"\b")),
)
# kin of an officer are civilians: "the wife of a police commander", "the colonel's son" (not "the army's men")
_KIN = (r"(?:wife|wives|widows?|sons?|daughters?|relatives?|mother|father|brothers?|sisters?|nephews?|nieces?|"
        r"children|family)")
_KIN_VICTIM = rx_compile(r"\b" + _KIN + r"\s+" + _HIT)
_KIN_OF_BEFORE = rx_compile(r"\b" + _KIN + r" of (?:the |an? )?(?:\S+ ){0,3}$")
_KIN_AFTER = rx_compile(r"(?:'s|s')\s+(?:\S+\s+)?" + _KIN + r"\b")


def _casualty_kinds(sentence: str) -> set[str]:
    """Whether the harm named fell on combatants, on civilians or on both; an officer's kin are civilians."""
    kinds = {"civilian"} if _CASUALTIES[1][1].search(sentence) or _KIN_VICTIM.search(sentence) else set()
    for m in _CASUALTIES[0][1].finditer(sentence):
        if not _KIN_OF_BEFORE.search(sentence, max(0, m.start() - 50), m.start()) \
                and not _KIN_AFTER.match(sentence, m.start() + len(m.group(0).split()[0])):
            kinds.add("combatant")
            break
    return kinds
_ARMED_CONTEXT = rx_compile(any_of(
    r"armed(?! police)",
    r"divisions?", r"brigades?", r"battalions?", r"regiments?", r"corps", r"firearms", r"guns?", r"gunfire",
    r"weapons", r"gangs?", r"cartels?", r"clans?", r"tribes?", r"militias?", r"militants?", r"insurgents?",
    r"rebels?", r"gunmen", r"jihadists?", r"troops", r"soldiers", r"army", r"airstrikes?", r"air strikes?",
    r"shelling",
    r"bomb(?:ing|s)?",
    r"explosives?", r"isis", r"taliban", r"terrorists?",
    r"drones?", r"missiles?", r"rockets?",     # "Ukrainian drones set fire to an oil refinery": no accident
    head=r"\b(?:", tail=r")\b"))
_POLITICAL_ARMED = rx_compile(any_of(
    r"militants?", r"insurgents?", r"rebels?", r"jihadists?", r"terrorists?", r"separatists", r"taliban",
    r"al[- ]shabaa?b",
    r"boko haram", r"islamic state", r"soldiers", r"troops", r"army", r"police",
    head=r"\b(?:", tail=r")\b"))
# Coordinated agents: "the army and pro-government militias", "troops backed by local fighters"
_ALLIED = rx_compile(r"\s*(?:,|and|along with|together with|backed by|with|supported by)\s+(?:the\s+)?(?:\S+\s+){0,3}?")
# Ground that changed hands with no fight is a non-violent transfer (the codebook's test is the fight).
NO_FIGHT = rx_compile(any_of(
    r"no (?:fighting|clashes|resistance|battles?|shots?|violence|casualties)(?! (?:\S+ ){0,3}?(?:ensued|followed))",
    r"without (?:a |any )?(?:fight(?:ing)?|resistance|clashes|bloodshed|a shot)",
    r"without (?:firing )?(?:a single|a|any) shots?",      # "without a single shot being fired"
    r"no (?:information|details|reports?) (?:\S+ ){0,2}?(?:on|of|about|as to) whether (?:any |there was )?"
    r"(?:fighting|clashes|resistance)",
    r"(?:after|as|when|following|once) (?:the )?(?:\S+ ){0,3}?(?:troops|forces|fighters|militants|army|soldiers|"
    r"rebels) (?:had )?(?:left|withdrew|pulled out|retreated|abandoned|evacuated|vacated)",
    r"(?:left|abandoned|vacated|handed over) by (?:the )?(?:\S+ ){0,3}?(?:troops|forces|fighters|militants|army)",
    head=r"\b(?:", tail=r")\b"))
# a target, not the agent: "against ADF militiamen", "shelled rebel positions"
_OBJECT_BEFORE = rx_compile(r"\b(?:against|from|on|at|targeting|of|shelled|attacked|bombed|pounded|struck|ambushed) "
                            r"(?:the )?$")
_TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")
# An agreement recalled "shortly after" is still news; one recalled "since" is background.
_RECENT = rx_compile(r"\b(?:shortly|just|days|hours|weeks|soon) (?:after|following)\s+(?:\S+\s+){0,3}$")
# Agreements that are not ACLED's: business deals, and talks that reached none.
# "arrested a party leader a day before a planned rally": a protest still to come, not one held
_PROTEST_TO_COME = rx_compile(any_of(
    r"\b(?:planned|upcoming|scheduled|proposed|forthcoming) (?:\w+ )?$",
    r"\b(?:ahead of|before) (?:a|an|the|their|its|next|this) (?:planned |\w+ )?$",
    head=r"", tail=r""))


def _protests_to_come(sentence: str) -> bool:
    """Every protest word of the sentence names a protest still to come: the sentence tells none held."""
    words = list(T.PROTEST_WORDS.finditer(sentence))
    return bool(words) and all(_PROTEST_TO_COME.search(sentence, max(0, m.start() - 40), m.start()) for m in words)


_NOT_AN_AGREEMENT = rx_compile(any_of(
    r"merger", r"acquisition", r"shareholders?", r"investors?", r"stake", r"contract worth", r"trade deal",
    r"sponsorship", r"transfer fee", r"record deal", r"companies", r"firms?", r"corporations?", r"airlines?",
    r"bankers?",
    r"(?:failed|fail|refused|unable) to (?:\S+ ){0,2}?(?:reach|agree|sign)",
    r"(?:no|without (?:an?|any)) (?:\S+ )?(?:agreement|deal|accord)",
    r"agreed to (?:meet|talk|discuss|hold talks|resume talks|continue)",
    r"(?:deal|agreement|talks|truce|ceasefire) (?:\S+ ){0,2}?(?:collapsed|broke down|fell apart|was rejected)",
    # "the truce brokered by Russia is all but dead": a deal of before, said to have failed
    r"(?:deal|agreement|truce|ceasefire) (?:\S+ ){0,4}?(?:is|was|looks|appears|seems) (?:\w+ ){0,2}?(?:dead|in tatters|"
    r"in ruins|collapsing|failing|over)\b",
    # talks still to come or a deal still sought ("talks on an exchange of prisoners are expected to resume next
    # week", "mediators are trying to arrange small deals"): none reached yet
    r"(?:talks|negotiations|discussions) (?:\S+ ){0,12}?(?:is|are|were) (?:expected|due|set|scheduled) to "
    r"(?:resume|begin|start|open|continue)",
    r"(?:trying|seeking|hoping|working|attempting|struggling) to (?:\S+ )?(?:arrange|reach|broker|agree|secure|"
    r"negotiate|strike)",
    r"(?:talks|negotiations) (?:\S+ ){0,2}?(?:have |has |had )?(?:made|making) (?:little|no|slow) progress",
    head=r"\b(?:", tail=r")\b"))
_NTH = r"(?:one|two|three|four|five|six|seven|eight|nine|\d+|half|a third|a quarter)"
_DEED_NOUNS = r"(?:killings?|murders?|homicides?|attacks?|kidnappings?|abductions?|rapes?|crimes?|cases)"
_SHARE_OF_DEEDS = rx_compile(r"\b" + _NTH + r" (?:\w+ )?" + _DEED_NOUNS + r" (?:in|out of) (?:every |each )?(?:ten|"
                             r"\d+|five|four|three|two|a hundred)\b|\b" + _NTH + r" (?:in|out of) (?:every |each )?"
                             r"(?:ten|\d+|five|four|three|two|a hundred) (?:\w+ )?" + _DEED_NOUNS + r"\b")
def _assault_on_soldiers(sentence: str, best: T.Trigger) -> bool:
    """"21 people were killed when armed men attacked the military barracks": a military site assaulted, the dead
    not named civilians (nor an officer's kin)."""
    return _nearest_target(sentence, best.start, best.end) == "military" \
        and _MILITARY_SITE.search(sentence) is not None and not _NAMED_CIVILIANS.search(sentence)


_MILITARY_SITE = rx_compile(r"\b(?:barracks|bases?|camps?|posts?|outposts?|checkpoints?|garrisons?|positions?)\b")
_NAMED_CIVILIANS = rx_compile(r"\b(?:civilians?|villagers?|residents?|women|children|students?|pupils|worshipp?ers|"
                              r"passengers?|farmers?|traders?|patients|refugees|displaced|shoppers|family|families|"
                              r"wives|wife|husbands?|sons?|daughters?|relatives|mother|father|brothers?|sisters?)\b")
_DEED_AT = rx_compile(r"\b(?:bomb(?:ing|er)?|blast|explosion|attack|shooting|stampede|blew (?:himself|herself) up)\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:at|during|near)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$")
# a campaign going on, told after the main clause: ", as Ankara pressed a cross-border offensive"
_CAMPAIGN_AS = rx_compile(r",\s*as\s+(?:\S+\s+){1,5}?(?:press(?:ed|es)?|push(?:ed|es)?|stepp?(?:ed|s)? up|"
                          r"continu(?:ed|es)|intensif(?:y|ied|ies)|wag(?:ed|es)|escalat(?:ed|es)|broaden(?:ed|s)|"
                          r"expand(?:ed|s)|kept up|keeps? up)\b")
# a party's refusal told after the main clause: ", but the main rebel group refused to sign"
_OTHERS_REFUSED = rx_compile(r"[,;]\s*(?:but|while|although|though|however,?)\s+(?:\S+\s+){0,8}?(?:failed|refused|"
                             r"declined|was unable|were unable) to (?:\S+ ){0,2}?(?:reach|agree|sign|join)\w*"
                             r"(?: (?:\S+ ){0,2}?(?:agreement|deal|accord))?")
# Where a protest's object clause ends and the telling of the protest resumes.
_OBJECT_END = rx_compile(r"(?:,|;)(?! (?:who|whom|whose|which|that|including)\b)| (?:with|as|while|but) |"
                         # "gathered to demand his resignation and set fire to a building": the crowd's next deed
                         r" and (?:then |later |also )?(?:set (?:fire|alight)|torched|burn(?:ed|t)|hurled|threw|"
                         r"pelted|stormed|looted|ransacked|smashed|vandali[sz]ed|attacked|clashed)\b(?! by\b)|"
                         r"\b(?:erupted|spread|turned|descended|spiral+ed|escalated|boiled|involving|came to a head)\b")
_DISPERSAL = rx_compile(r"\b(?:dispers\w+|broke up|break up|broken up|using (?:tear ?gas|live|water))")
_STATE_AGENT = rx_compile(r"\b(?:police|policemen|soldiers|troops|security forces|army|military|gendarmes?|"
                          r"officers)\b")
# ACLED's line for excessive force: killing, or injuries that are serious
_SEVERE = rx_compile(r"\b(?:serious|severe|grave|critical)(?:ly)? (?:injur\w+|wound\w*|hurt)")
_BURNED_PROPERTY = rx_compile(
    r"\b(?:torched|burned|burnt|burned down|vandali[sz]ed|destroyed|looted|pillaged|razed|set fire to|set ablaze) "
    r"(?:\S+ ){0,4}?(?:houses?|homes?|huts?|shops?|stores?|schools?|offices?|stations?|carts?|granaries|granary|"
    r"vehicles?|cars?|trucks?|bus|buses|motorbikes?|motorcycles?|equipment|buildings?|churches|church|mosques?|"
    r"markets?|outlets?|silos?|crops|fields|property|clinics?|(?:health )?cent(?:er|re)s?|" + L.INFRASTRUCTURE + r"|"
    # a farm's buildings, a town's records and the lorries on its road: property burned as much as a house
    r"farms?|farmhouses?|barns?|ranch(?:es)?|plantations?|haciendas?|lorr(?:y|ies)|archives|documents|records|"
    r"courthouses?|(?:town|city) halls?|headquarters|restaurants?|hotels?|banks?)\b")
# "attacked the town hall", "an attack on a bank": the object of an attack word is a building or installation
_PROPERTY_NOUNS = (r"(?:town halls?|city halls?|municipal (?:offices?|buildings?)|offices?|buildings?|banks?|"
                   r"bank branch(?:es)?|shops?|stores?|supermarkets?|shopping (?:cent(?:er|re)s?|malls?)|malls?|"
                   r"restaurants?|hotels?|studios?|premises|facilities|embass(?:y|ies)|residences?|"
                   r"(?:polling|voting) (?:stations?|booths?|cent(?:er|re)s?|tables?)|" + L.INFRASTRUCTURE + r"|"
                   # a court, and the posts that serve the public (a radio station, a health post), not a fighting post
                   r"courthouses?|clinics?|health posts?|"
                   r"(?:radio|television|tv) (?:stations?|studios?))")
# (not "was attacked at his office": a person attacked at a place; a name spelled with hyphens, "the cano - limon oil
# pipeline", is one word of the object: its dashes add none)
_PROPERTY_OBJECT = rx_compile(
    r"\s+(?!(?:at|in|inside|outside|near|while|as|from|during)\b)(?:on |against )?"
    r"(?:an? |the |two |three |four |several |\d+ )?(?:\S+ (?:- \S+ )*){0,3}?" + _PROPERTY_NOUNS + r"\b"
    r"(?!'s| (?:guards?|workers?|employees|staff|managers?|officials?|directors?|owners?|clerks?|customers))")
# "a bank branch was attacked": the same object told first, in the passive
_PROPERTY_SUBJECT = rx_compile(r"\b" + _PROPERTY_NOUNS + r" (?:\S+ ){0,5}?(?:was|were|had been|have been) (?:\w+ )?"
                               r"(?:(?:the )?targets? of (?:an? |the )?(?:\w+ )?)?$")
# an attack on a building aimed at a person in it: "an attempt on the life of the judge", "attempt against his life"
_LIFE_ATTEMPT = rx_compile(r"\b(?:attempts? (?:\w+ ){0,2}?(?:on|against) (?:the |his |her |their )?(?:\S+ ){0,5}?"
                           r"li(?:fe|ves)|assassination attempts?|attempts? to (?:kill|assassinate|murder))\b")
# fire thrown at a building by a few people, no crowd: arson
_FIREBOMB = rx_compile(r"\b(?:molotov|petrol bombs?|fire ?bombs?|gasoline bombs?|incendiary)")
_AT_PROPERTY = rx_compile(r"(?:\s+\S+){0,3}?\s+(?:at|into|on)" + _PROPERTY_OBJECT.pattern)
_ATTACK_WORD = rx_compile(r"(?:attack(?:ed|s|ing)?|raid(?:ed|s)?|assault(?:ed|s)?|stormed)")
_HURT = rx_compile(r"\b(?:injur\w+|wound\w*|hurt|abduct\w*|kidnap\w*|rap(?:ed|e))\b")
_DEATH = rx_compile(r"\b(?:killed|killing|shot dead|fatally|died|death|dead)\b")
# what such a raid searches: a dwelling, a farm or a hideout (a party's office raided by force is another matter)
_SEARCHED_PLACE = rx_compile(r"\s+(?:on\s+|into\s+)?(?:an?\s+|the\s+|his\s+|her\s+|their\s+|\S+'s?\s+)?"
                             r"(?:\S+\s+){0,2}?(?:houses?|homes?|farms?|hideouts?|residences?|apartments?|flats?|"
                             r"ranch(?:es)?|estates?)\b")
_RAID_WORD = rx_compile(r"raid\w*")
# who raids a house to search it: the police and the authorities (troops raiding a village may be attacking it)
_SEARCHERS = rx_compile(r"\b(?:police\w*|authorities|carabineros?|detectives|agents|investigators|prosecutors?)\b")
# harm told only to deny it: "no one was hurt", "caused no injuries", "without casualties", "escaped unharmed"
_UNHARMED = rx_compile(
    r"\b(?:(?:no one|no-one|nobody|none)(?: of \w+)? (?:was |were |has been |had been |have been )?(?:reported )?"
    r"(?:killed|hurt|injured|wounded|harmed)(?: or (?:killed|hurt|injured|wounded))?|"
    r"(?:caus\w+|left|reported|there were|with|without(?: causing)?) no (?:\w+ )?(?:casualties|injuries|deaths|"
    r"fatalities|victims|one (?:killed|hurt|injured|wounded))|"
    r"without (?:causing |leaving )?(?:any )?(?:casualties|injuries|deaths|fatalities|victims)|"
    r"(?:killed|hurt|injured|wounded|harmed) (?:no one|nobody)|unharmed|unhurt|unscathed)\b")


def _harmed(sentence: str) -> bool:
    """Whether a sentence tells of anyone killed or hurt, harm it denies left out ("nobody was hurt")."""
    denied = [m.span() for m in _UNHARMED.finditer(sentence)]
    return any(not any(a <= m.start() < b for a, b in denied)
               for rx in (_KILLED, _HURT, _DEATH) for m in rx.finditer(sentence))


# violence on people told beside an abduction (the abduction's own words are no harm here)
_HARM_BESIDE_TAKING = rx_compile(r"\b(?:injur(?:ed|ing)|wound(?:ed|ing)|beat(?:en|ing)?|tortur(?:ed|ing)|"
                                 r"opened fire|shot (?:and|at|him|her|them)|stabbed|hacked)\b")


def _hurt_beside_taken(sentence: str) -> bool:
    """Whether a sentence telling an abduction also tells people hurt, harm it denies left out."""
    denied = [m.span() for m in _UNHARMED.finditer(sentence)]
    return any(not any(a <= m.start() < b for a, b in denied) for m in _HARM_BESIDE_TAKING.finditer(sentence))


_BARE_FIGHT = {"fighting", "fought", "battle", "battles", "battled"}
_PROTESTERS = rx_compile(r"\b(?:protesters|demonstrators|protestors|demonstrations?|protests?)\b")
_STRIKE_ONLY = rx_compile(r"\bstrikes?\b")


@functools.lru_cache(maxsize=16_384)
def classify_sentence(sentence: str, protest_context: bool = False, scenes: bool = False,
                      body: bool = False) -> Classification | None:
    """The sub-event type a lowercased sentence reports, or None. See `_classify`."""
    return _classify(sentence, protest_context, scenes, body)


def sized_crowd(sentence: str) -> Classification | None:
    """The demonstration a coder's crowd-size tag in the sentence tells, or None when it holds none
    (`size_tag.py`); `events.py` asks when no sentence of the note is coded otherwise."""
    sized = crowd_sized(sentence) if "size" in sentence else None
    return None if sized is None else Classification(sized[0], sized[1], sized[2], sized[3], 0.6, "size_tag")


def _classify(sentence: str, protest_context: bool, scenes: bool, body: bool) -> Classification | None:
    """The sub-event type a lowercased sentence reports, or None.

    `protest_context`: the report speaks of demonstrations elsewhere, so rioting in
    this sentence is a demonstration turned violent rather than a mob. `scenes`: the
    report is a wire story of several scenes (`Article.tells_scenes`). `body`: the sentence stands past the lead
    of a long article (`Article.in_body`), where a deed named in talk recalls an incident (`reportable.talk_about`).
    The answer is kept (it is a frozen record): the screen before geo (`screen.py`) asks of a chunk's
    sentences first, and extraction asks again a few hundred articles later.
    """
    heading = _NOTE_HEADING.match(sentence)
    if heading and heading.group(1) in _HEADING_TYPES:
        sub = _HEADING_TYPES[heading.group(1)]
        return Classification(PARENT_TYPE[sub], sub, heading.start(1), heading.end(1), 0.9, "heading")
    if not T.may_hold_event(sentence):
        return None
    every = T.find_triggers(sentence)
    if T.CLAIM.search(sentence):
        # a claim follows the deed's telling; a deed it dates to its own day ("claimed the attack on the judge,
        # who was murdered on Friday 28 July") is told here all the same, but not a bare "the attack" the
        # claimants say took place on a day (their words, and the deed told before)
        every = [t for t in every if t.rule != "attack_generic" and T.told_as_done(sentence, t.start, t.end)]
        if not every:
            return None
    found = [t for t in every if not _irrealis(sentence, t, scenes) and talk_about(sentence, t, body) is None
             and not (t.rule == "arrest" and _DESCRIBES_ARRESTED.search(sentence, 0, t.start)
                      and not _OBJECT_AFTER.match(sentence, t.end))
             and not (t.rule == "suicide" and _NEUTRALISED.search(sentence, 0, t.start))
             and not (t.rule == "abduct" and sentence[t.start:t.end] in ("abducted", "kidnapped")
                      and _ADJECTIVAL_ABDUCTED.search(sentence, max(0, t.start - 12), t.start))
             and not (t.rule == "arrest" and not _POLITICAL_ARREST.search(sentence) and not protest_context
                      and not _agent_is_non_state(sentence, t.start))]
    if not found:
        return None
    found = _weapon_of_the_harm(sentence, every, found)
    # "the funerals of people killed in a suicide bombing at a political rally": the rally is where the deed was done,
    # no demonstration of the day
    found = [t for t in found if not (t.rule == "protest" and _DEED_AT.search(sentence, max(0, t.start - 60), t.start))]
    # "fewer than one killing in ten ends in a conviction", "nine in ten murders go unpunished": a share of the deeds
    # of a place or a time, a statistic, no incident
    shares = [m.span() for m in _SHARE_OF_DEEDS.finditer(sentence)]
    found = [t for t in found if not any(a <= t.start < b for a, b in shares)]
    if not found:
        return None
    backdrop = _CAMPAIGN_AS.search(sentence)
    if backdrop is not None and any(t.start >= backdrop.start() for t in found) \
            and any(t.end <= backdrop.start() for t in found):
        # "set up a base near Amedi on Wednesday, officials said, as Ankara pressed its offensive": the campaign
        # that goes on is the backdrop of the deed the main clause tells
        found = [t for t in found if t.start < backdrop.start()]
    if "no record" in sentence:
        # "officers told him they had no record of his son's arrest": an arrest the police deny knowing of
        found = [t for t in found if not (t.rule == "arrest" and _NO_RECORD.search(sentence, 0, t.start))]
        if not found:
            return None
    if _NOT_AN_AGREEMENT.search(sentence):
        # "a merger", "agreed to meet"; but "X signed a deal on Monday, but Y refused to sign": the deal of the
        # main clause was signed, only a party's refusal follows it
        held = _OTHERS_REFUSED.search(sentence)
        signed_before = held.start() if held is not None and not _NOT_AN_AGREEMENT.search(sentence, 0, held.start()) \
            and not _NOT_AN_AGREEMENT.search(sentence, held.end()) else -1
        found = [t for t in found if t.rule not in ("agreement", "change") or t.end <= signed_before]
        if not found:
            return None
    if found[0].rule in ("attack", "attack_generic") and "raid" in sentence[found[0].start:found[0].end] \
            and (any(t.rule == "arrest" for t in found)
                 or _SEARCHERS.search(sentence, 0, found[0].start) and not _NON_STATE_ARMED.search(sentence)
                 and _SEARCHED_PLACE.match(sentence, _RAID_WORD.search(sentence, found[0].start).end())) \
            and not _KILLED.search(sentence) and not _HURT.search(sentence) and not _DEATH.search(sentence):
        # a raid that made arrests, or the police's raid on a house or a farm that hurt nobody: a search, not an
        # attack on civilians (codebook: an attack is violence against people)
        found = [t for t in found if t.rule not in ("attack", "attack_generic")]
        if not found:
            return None
    to_come = _protests_to_come(sentence)
    if to_come or _NOT_A_PROTEST.search(sentence):
        found = [t for t in found if t.rule != "protest"]   # "marching orders", "cooking demonstrations"
        if not found:
            return None
    if not protest_context and not T.PROTEST_WORDS.search(sentence):
        # "shot dead a watchman who tried to prevent them from entering": trying to stop someone is no
        # intervention in a protest when no protest is told
        found = [t for t in found if not (t.rule == "intervention" and _TRIED_TO.match(sentence, t.start))]
        if not found:
            return None
    non_political = T.NON_POLITICAL.search(sentence)
    if non_political:
        found = [t for t in found if t.rule not in _VIOLENT_RULES or _armed_context(sentence)]
        if T.LABOUR_STRIKE.search(sentence):
            found = [t for t in found if not (t.rule == "protest" and _STRIKE_ONLY.search(sentence[t.start:t.end]))]
    if T.CRIME.search(sentence) and not T.PROTEST_WORDS.search(sentence):
        armed = bool(_NON_STATE_ARMED.search(sentence))
        found = [t for t in found if t.rule not in ("arrest", "defuse", "looting", "abduct", "change")
                 or (armed and t.rule in ("abduct", "looting")) or (t.rule == "looting" and _TROOPS.search(sentence))]
        found = [t for t in found if not (t.rule in ("attack", "attack_generic") and not _political_armed(sentence)
                                          and not _GUN_KILLING.search(sentence))]
    if not found:
        return None
    best = found[0]
    armed_agent = _NON_STATE_ARMED.search(sentence, 0, best.end)
    if best.rule == "protest":
        # "armed men ... blocked the road to demand ...": a mobilisation may be armed; the attackers are not a crowd
        armed_agent = _PERPETRATORS.search(sentence, 0, best.start)
    if best.rule in ("violent_demo", "protest") and armed_agent and armed_agent.start() < best.start \
            and not T.PROTEST_WORDS.search(sentence):
        # "two armed men ... clashed with police": gunmen, not a crowd; "militants fired in the air": no riot
        found = [t for t in found if t.rule != best.rule]
        if not found:
            return None
        best = found[0]
    if best.rule == "clash" and sentence[best.start:best.end] in _BARE_FIGHT and not _armed_context(sentence):
        found = found[1:]          # "fighting deportation", "the battle for votes"
        if not found:
            return None
        best = found[0]
    protest = next((t for t in found if t.rule == "protest"), None)
    if protest is not None and protest is not best and protest.start < best.start \
            and _PROTEST_OBJECT.search(sentence[protest.end:best.start]):
        best = protest             # "protested against the killing of ...": the protest is the event
        found = [t for t in found if t.rule in ("protest", "intervention", "force_on_protest", "violent_demo")]
    sub = best.sub_event_type
    rules = {t.rule for t in found}
    # The protest family: what happened to and by the protesters decides the sub-type.
    protest_at = next((t.start for t in found if t.rule == "protest"), None)
    # What the protest is about ("against the arrest of ...", "after crops were damaged")
    # says nothing about how it went: judge the protest on the words before its object.
    if protest_at is not None:
        cue = _PROTEST_OBJECT.search(sentence, protest_at)
        if cue is not None:
            # the object clause runs until the police come back in: "..., as police fired tear gas"
            resume = _POLICE_CLAUSE.search(sentence, cue.end())
            back = resume.start() if resume else len(sentence)
            ends = _OBJECT_END.search(sentence, cue.end(), back)   # "..., with banks set ablaze"
            back = ends.start() if ends else back
            if _DISPERSAL.search(sentence, cue.start(), back):
                back = cue.start()          # "injured after security forces dispersed them": how it went
            head = sentence[:cue.start()] + " " + sentence[back:]
            found = [t for t in found if t.start < cue.start() or t.start >= back
                     or t.rule not in ("violent_demo", "intervention", "force_on_protest", "arrest", "mob")]
            rules = {t.rule for t in found}
            best = found[0]
        else:
            head = sentence
    else:
        head = sentence
    arrest = next((t for t in found if t.rule == "arrest"), None)
    crowd_at = min((t.start for t in found if t.rule in ("protest", "violent_demo", "mob")), default=None)
    if arrest is not None and crowd_at is not None and arrest.start < crowd_at and "intervention" not in rules \
            and _ORGANISING.search(sentence, arrest.end, crowd_at + 1):
        # "arrested for organising a protest", "accused of inciting the riots": the arrest is the event
        best, sub = arrest, "Arrests"
    elif _PROTESTERS.search(sentence) and best.rule == "clash":
        sub = "Violent demonstration"      # protesters clashing with police riot
    elif (T.PROTEST_WORDS.search(sentence) and not to_come or best.rule == "protest") \
            and (rules & {"protest", "intervention", "arrest", "force_on_protest", "violent_demo"}) \
            and best.rule not in _WEAPON_RULES:
        if T.VIOLENCE_BY_PROTESTERS.search(head):
            # force against protesters who were violent themselves ("hurled stones at police ..., and one man was
            # killed"): excessive force is force on a peaceful crowd
            sub = "Violent demonstration"
        elif "force_on_protest" in rules or (_SEVERE.search(head) and ("intervention" in rules
                                                                      or _STATE_AGENT.search(head))) \
                or (T.CASUALTY_OF_PROTESTERS.search(head) and (
                "intervention" in rules or (T.MILITARY_AGENT.search(head) and _DEATH.search(head)))):
            sub = "Excessive force against protesters"
        elif "violent_demo" in rules or "mob" in rules or T.VIOLENCE_BY_PROTESTERS.search(head):
            sub = "Violent demonstration"
        elif "intervention" in rules or "arrest" in rules:
            sub = "Protest with intervention"     # arrests at a protest: the police intervened
        elif best.rule in ("protest", "change", "arrest", "looting", "agreement", "hq", "transfer"):
            sub = "Peaceful protest"
        best = next((t for t in found if t.rule in ("protest", "intervention", "force_on_protest", "violent_demo")),
                    best)
    elif best.rule == "intervention" and T.CASUALTY_OF_PROTESTERS.search(sentence) and _DEATH.search(sentence):
        sub = "Excessive force against protesters"     # "fired tear gas to disperse them, causing the death of"
    # Rioting with no demonstration behind it is a mob (ACLED's "Mob violence").
    elif sub == "Violent demonstration" and not _DEMONSTRATION.search(sentence) and not protest_context:
        sub = "Mob violence"
    # Clashes between groups of people with no armed actor among them: a mob.
    elif sub == "Armed clash" and _CLASH_CORE.search(sentence[best.start:best.end]) \
            and not _NON_STATE_ARMED.search(sentence) and not _armed_context(sentence) \
            and not _RETURN_FIRE.search(sentence) \
            and (_CROWD.search(sentence) or _PEOPLE.search(sentence)) and not _named_group(sentence):
        sub = "Mob violence"
    # A strike inside fighting is part of the battle.
    elif sub in _EXPLOSIVE_FAMILY and (_fighting_told(sentence) or _DIRECT_FIRE.search(sentence)
                                       or _BOTH_SIDES.search(sentence)
                                       or ("clash" in rules and _AIR_SUPPORT.search(sentence))
                                       or _GROUND_BATTLE_SUPPORT.search(sentence)):
        sub = "Armed clash"
    elif sub in ("Shelling/artillery/missile attack", "Remote explosive/landmine/IED") \
            and _AIR_LAUNCHED.search(sentence):
        sub = "Air/drone strike"   # "hit by a missile fired from a helicopter": aircraft deliver it (codebook)
    elif sub == "Grenade" and (_SMALL_ARMS.search(sentence) or _RIFLE_FIRE.search(sentence)
                               or _DIRECT_FIRE.search(sentence)) \
            and any(_nearest_target(sentence, t.start, t.end, _FIGHT_REACH) == "military" for t in found):
        sub = "Armed clash"     # "attacked the post with rifle fire and grenades": one weapon of the fight (codebook)
    elif sub == "Attack" and best.rule in ("attack_generic", "attack") and not _NON_STATE_ARMED.search(sentence) \
            and (_MOB_AGENT.search(sentence[:best.end]) or _DISPUTE.search(sentence)
                 or _MOB_AGENT_BY.search(sentence, best.start)) \
            and not _SHOOTING.search(sentence) and not _BODY_FOUND.match(sentence, best.start):
        sub = "Mob violence"
    elif sub == "Attack" and best.rule in ("attack", "attack_generic") \
            and (_nearest_target(sentence, best.start, best.end) == "military" or _REPELLED.search(sentence)
                 or _subject_attacked(sentence, best.start) == "military") \
            and not _OFF_DUTY.search(sentence):
        sub = "Armed clash"
    elif sub == "Remote explosive/landmine/IED" and best.rule == "bombing" \
            and (_CLASH_CORE.search(sentence) or _RIFLE_FIRE.search(sentence)):
        sub = "Armed clash"     # "heavy fighting and bombing of rebel camps": the bombing is part of the battle
    elif sub == "Armed clash" and "attack" in rules and not _CLASH_CORE.search(sentence) \
            and not _RETURN_FIRE.search(sentence) \
            and _nearest_target(sentence, best.start, best.end) == "civilian":
        sub = "Attack"
    # the attack word of the rule's words: "rebels attacked", "the bank was attacked by"
    attack_word = _ATTACK_WORD.search(sentence, best.start, best.end) if best.rule == "attack" else None
    attack_at = attack_word.start() if attack_word else _last_word(sentence, best)
    if sub == "Attack" and best.rule == "attack" and not _harmed(sentence) \
            and (_BURNED_PROPERTY.match(sentence, _last_word(sentence, best))
                 or any(t.rule == "looting" and t.start <= _last_word(sentence, best) < t.end for t in found)):
        sub = "Looting/property destruction"    # "militants burned a school": property, nobody hurt (codebook)
    elif sub == "Attack" and best.rule in ("attack", "attack_generic") \
            and _ATTACK_WORD.fullmatch(sentence, attack_at, attack_word.end() if attack_word else best.end) \
            and (not sentence.endswith(" by", best.start, best.end) and _PROPERTY_OBJECT.match(sentence, best.end)
                 or _PROPERTY_SUBJECT.search(sentence, 0, attack_at)) \
            and not _STATE_AGENT.search(sentence, 0, best.start) and not _harmed(sentence) \
            and not _LIFE_ATTEMPT.search(sentence):
        sub = "Looting/property destruction"    # an attack on a building or a pylon that hurt nobody (codebook)
    if sub == "Mob violence" and best.rule == "violent_demo" and _FIREBOMB.search(sentence, best.start, best.end) \
            and not _CROWD.search(sentence) and _AT_PROPERTY.match(sentence, best.end) \
            and not _harmed(sentence):
        sub = "Looting/property destruction"    # "two men threw petrol bombs at a shop": arson, no crowd (codebook)
    if sub == "Looting/property destruction" and best.rule == "looting" \
            and _MATERIEL.search(sentence, max(0, best.start - _MATERIEL_REACH), best.end):
        sub = "Armed clash"     # war materiel destroyed in a fight is part of the battle (codebook)
    if protest_context and sub == "Attack" and best.rule in ("attack", "attack_generic") \
            and _STATE_AGENT.search(sentence, 0, best.start) and not _NON_STATE_ARMED.search(sentence):
        sub = "Excessive force against protesters"    # "police assaulted the students", told of a protest
    if sub in ("Violent demonstration", "Mob violence") and best.rule in ("violent_demo", "mob") \
            and _CLASH_CORE.search(sentence[best.start:best.end]) and _agent_is_non_state(sentence, best.start):
        sub = "Armed clash"     # "gang members clashed with police": an armed group, not a crowd (codebook)
    if sub == "Arrests" and _agent_is_non_state(sentence, best.start):   # "X was arrested": the agent after "by"
        sub = "Abduction/forced disappearance"     # an "arrest" by a non-state group (codebook)
    elif sub == "Abduction/forced disappearance" and (_KILLED.search(sentence)
                                                     or not scenes and _hurt_beside_taken(sentence)):
        # people killed, wounded or beaten where others were taken: the violence names the event (codebook); in a
        # story of scenes the harm may be a rescue's ("two of the kidnappers were wounded")
        sub = "Armed clash" if _nearest_target(sentence, best.start, best.end) == "military" else "Attack"
    if sub in _TERRITORY:
        sub = _territory_by_agent(sentence, best.start, sub)
        if NO_FIGHT.search(sentence):
            sub = "Non-violent transfer of territory"
    # The casualties named decide in the end: only combatants hit is a clash, only civilians an attack.
    if sub in ("Attack", "Armed clash") and best.rule in ("attack", "attack_generic") \
            and not _OFF_DUTY.search(sentence):
        hit = _casualty_kinds(sentence)
        if hit == {"combatant"}:
            sub = "Armed clash"
        elif hit == {"civilian"} and not _assault_on_soldiers(sentence, best):
            # ("21 people were killed when armed men attacked the military barracks": people, not named civilians,
            # dead in an assault on soldiers are the battle's)
            sub = "Attack"
    elif sub == "Armed clash" and best.rule == "clash" and not _CLASH_CORE.search(sentence) \
            and not _RETURN_FIRE.search(sentence) \
            and _casualty_kinds(sentence) == {"civilian"} \
            and not _assault_on_soldiers(sentence, best):
        sub = "Attack"             # "gunmen shot dead two civilians with small arms": no fight, an attack
    if sub == "Attack" and best.rule == "attack" and (_FIGHT_SUBJECT.search(sentence, max(0, best.start - 60),
                                                                           best.start)
                                                      or _died_fighting(sentence, best)):
        sub = "Armed clash"        # "Fighting around the town killed 11 civilians": the battle's dead (codebook)
    return Classification(PARENT_TYPE[sub], sub, best.start, best.end, _confidence(found), best.rule)


_FIGHT_SUBJECT = rx_compile(r"(?:^|[,.;]\s*|\b(?:the|heavy|fierce)\s+)(?:fighting|clashes|crossfire|gunfights?|"
                            r"battles?)\b(?:\s+[\w-]+){0,6}?\s+$")
# "was killed on 3 May while fighting in the south", "were killed in the fighting": dead of a battle, however named
_DIED_FIGHTING = rx_compile(r"(?:killed|died|dead)\b(?:\s+(?!by\b|when\b|after\b)\S+){0,5}?\s+(?:in|during|while|"
                            r"as a result of)\s+(?:the\s+|heavy\s+|fierce\s+|an?\s+)?(?:fighting|combat|clashes|"
                            r"crossfire|battles?|gunfights?|firefights?|skirmish(?:es)?)\b")
_BOMB_RULES = ("suicide", "grenade", "ied", "bombing", "explosion_told")


def _died_fighting(sentence: str, trigger: T.Trigger) -> bool:
    """The trigger's own death word is told as a battle's ("killed ... while fighting", "died in the fighting")."""
    told = _DIED_FIGHTING.search(sentence, trigger.start)
    return told is not None and told.start() < trigger.end


def _weapon_of_the_harm(sentence: str, every: list[T.Trigger], found: list[T.Trigger]) -> list[T.Trigger]:
    """"condemned the dynamite attacks on a union, which killed nine people": the condemnation makes the
    bombing talk, but the harm told after it is a report, and the weapon named before the harm names the
    event (codebook: the weapon names an attack)."""
    if found[0].rule != "attack":
        return found
    # a weapon that reportable.py names talk (a charge, a tally, a sound) stays out: no incident at all
    weapon = next((t for t in every if t.rule in _BOMB_RULES and t not in found and t.end <= found[0].start
                   and talk_about(sentence, t) is None), None)
    return [weapon] + found if weapon is not None else found


# "seized the town after fighting with the army": the change came with a fight, whatever the next sentence adds
_FOUGHT_FOR = rx_compile(r"\b(?:after|following|amid)\s+(?:\w+\s+){0,2}?(?:fighting|clashes|battles?|combat)\b")


def settle_territory(verdict: Classification, following: str, own: str = "") -> Classification:
    """A territory change the next sentence says came without a fight ("No fighting took place."), unless its own
    sentence (`own`) tells the fight."""
    if verdict.sub_event_type in _TERRITORY and NO_FIGHT.search(following) and not _FOUGHT_FOR.search(own):
        sub = "Non-violent transfer of territory"
        return Classification(PARENT_TYPE[sub], sub, verdict.start, verdict.end, verdict.confidence, verdict.rule)
    return verdict


def _last_word(sentence: str, trigger: T.Trigger) -> int:
    """Where the trigger's last word (its verb, for an agent-verb rule) begins."""
    return sentence.rfind(" ", trigger.start, trigger.end) + 1 or trigger.start


def _irrealis(sentence: str, trigger: T.Trigger, scenes: bool = False) -> bool:
    """Talk about an event; an agreement struck "shortly after" another counts as news."""
    if trigger.rule == "agreement" and _RECENT.search(sentence, 0, trigger.start):
        return False
    return T.preceded_by_irrealis(sentence, trigger.start, end=trigger.end, scenes=scenes)


# an aside between commas that closes before the trigger: ", who were accused of helping the police,"
_ASIDE = rx_compile(r",\s*(?:who|which|whom|whose)\b[^,;]*$")
_ASIDE_END = rx_compile(r"[^,;]*,")
# the unit or officer a civilian victim works for or is kin to
_KIN_OR_STAFF_OF = rx_compile(r"\b(?:employees?|workers?|staff|wife|wives|widows?|sons?|daughters?|relatives?|"
                              r"children|cooks?|maids?|drivers?) (?:at|of|for|in) (?:the |an? )?(?:\S+ ){0,3}$")
_RELATIVE_WHO = rx_compile(r"\bwho\s+(?:had\s+)?(?:\w+\s+){0,2}$")
_ATTRIBUTION = rx_compile(r"\s+(?:sources?\s+)?(?:said|say|says|reported|report|told|added|confirmed|stated|"
                          r"announced|spokes\w+)\b")
# "according to police", "citing army sources": the source named before its words, not a victim
_SOURCE_BEFORE = rx_compile(r"\b(?:according to|quoting|citing)\s+(?:the\s+)?(?:\w+\s+)?$")


# "the policemen ... fled the town after being attacked by rebels": the subject of the clause is the one attacked
_AFTER_BEING = rx_compile(r"\b(?:after|upon|when|while|before)\s+being\s+(?:(?:\w+ly|also)\s+)?$")


def _subject_attacked(sentence: str, start: int) -> str | None:
    """After "after being" right before the trigger: whether the sentence's first victim word, its subject, names
    combatants or civilians."""
    if not _AFTER_BEING.search(sentence, max(0, start - 40), start):
        return None
    first = [(m.start(), kind) for kind, rx in (("military", T.MILITARY_TARGET_WORDS), ("civilian", T.CIVILIAN_WORDS))
             for m in [rx.search(sentence, 0, start)] if m is not None]
    return min(first)[1] if first else None


def _nearest_target(sentence: str, start: int, end: int, window: int = 80) -> str | None:
    """Whether the victims named closest to the trigger are combatants or civilians."""
    best: tuple[int, str] | None = None
    # "was shot from a car" is passive too, with no "by" to say so
    passive = bool(_PASSIVE.search(sentence, start, min(len(sentence), end + 20)) or _BE.match(sentence, start))
    # "the battalion has been attacked": only the subject right before the auxiliary is the victim
    passive_subject = not passive and bool(_BE_BEFORE.search(sentence, max(0, start - 30), start))
    # "militants reportedly killed": words that end on the verb name the agent, not the victim
    # "two men were tortured": a passive trigger begins with its victims, not its agent
    passive_words = bool(_BE_INSIDE.search(sentence, start, end))
    agent_span = bool(_ENDS_ON_VERB.search(sentence, start, end)) and not passive_words
    for kind, rx in (("military", T.MILITARY_TARGET_WORDS), ("civilian", T.CIVILIAN_WORDS)):
        for m in rx.finditer(sentence, max(0, start - window), min(len(sentence), end + window)):
            if (start <= m.start() < start + 3 and not passive_words) or (agent_span and start <= m.start() < end):
                continue                                # the agent the trigger's words begin with
            if m.start() >= start:
                distance = max(0, m.start() - end)      # inside the trigger's words or after them
            else:
                distance = start - m.end()
                if distance < 0:
                    continue
            if m.start() < start and not passive and not (passive_subject and distance <= _SUBJECT_REACH):
                continue                   # an active verb's victims follow it; before it stands its agent
            if m.start() >= end and _BY_AGENT.search(sentence, max(start, m.start() - 30), m.start()):
                continue                   # "were shot ... by two armed men", "attacked by rebels": the agent
            if kind == "military" and _ATTRIBUTION.match(sentence, m.end()):
                continue                   # "police said": the source of the report, not a victim
            if kind == "military" and _SOURCE_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
                continue
            if kind == "military" and m.start() >= end and _RELATIVE_WHO.search(sentence, max(end, m.start() - 30),
                                                                                 m.start()):
                continue                   # "shot dead two men who approached troops": what the victims did
            if kind == "military" and (_KIN_OR_STAFF_OF.search(sentence, max(0, m.start() - 50), m.start())
                                       or _KIN_AFTER.match(sentence, m.end())):
                continue                   # "an employee of the brigade", "the colonel's wife": civilians
            if kind == "military" and _ASIDE.search(sentence, max(0, m.start() - 60), m.start()) \
                    and _ASIDE_END.match(sentence, m.end(), start):
                continue                   # ", who were accused of helping the police,": an aside, not the victims
            if best is None or distance < best[0]:
                best = (distance, kind)
    return best[1] if best else None


# "three gang members were arrested": before a passive verb (_BE_BEFORE) stand its patients; its agent follows "by"
_BY_AFTER = rx_compile(r"\S*\s+(?:\S+\s+){0,4}?by\s+")


def _agent_is_non_state(sentence: str, trigger_at: int) -> bool:
    from .actors import find_actors

    if _BE_BEFORE.search(sentence, max(0, trigger_at - 30), trigger_at):
        by = _BY_AFTER.match(sentence, trigger_at)
        if by is None:
            return False        # "members of the gang were arrested": no agent named, the police's deed
        agents = [a for a in find_actors(sentence[by.end():by.end() + 80])
                  if a.kind not in ("civilians", "protesters", "rioters")]
        return bool(agents) and agents[0].kind in ("group", "rebels", "armed", "militia") and agents[0].inter != 1
    agents = [a for a in find_actors(sentence[:trigger_at]) if a.kind not in ("civilians", "protesters", "rioters")]
    return bool(agents) and agents[-1].kind in ("group", "rebels", "armed", "militia") and agents[-1].inter != 1


def _territory_by_agent(sentence: str, trigger_at: int, default: str) -> str:
    """Who took the ground decides the sub-type: the state regains, others overtake.
    "the army and allied militias took the town": the state leads its allies."""
    from .actors import find_actors

    agents = [a for a in find_actors(sentence[:trigger_at]) if a.kind not in ("civilians", "protesters", "rioters")
              and not _OBJECT_BEFORE.search(sentence, max(0, a.start - 16), a.start)]
    if not agents:
        return default
    allied = [agents[-1]]
    while len(allied) < len(agents) and _ALLIED.fullmatch(sentence, agents[-len(allied) - 1].end,
                                                          allied[-1].start):
        allied.append(agents[-len(allied) - 1])
    if any(a.kind in ("military", "police", "government") or a.inter == 1 for a in allied):
        return "Government regains territory"
    return "Non-state actor overtakes territory"


def _named_group(sentence: str) -> bool:
    from .actors import find_actors

    return any(a.kind == "group" for a in find_actors(sentence))


def _armed_context(sentence: str) -> bool:
    return bool(_ARMED_CONTEXT.search(sentence))


def _political_armed(sentence: str) -> bool:
    return bool(_POLITICAL_ARMED.search(sentence))


def _confidence(found: list[T.Trigger]) -> float:
    top = found[0].priority
    second = found[1].priority if len(found) > 1 else 0
    return round(min(0.95, 0.55 + (top - second) / 100 + 0.05 * min(len(found), 3)), 2)
