"""Which ACLED sub-event type a sentence reports, from the words that signal it.

Each rule is a compiled pattern over the lowercased sentence with a priority:
when several fire, the most specific type wins (a suicide car bomb is "Suicide
bomb", not "Remote explosive"). Context rules then refine the protest and
attack families and veto words used in another sense (a labour strike, a heart
attack, a claim of responsibility, an accident). The lexicon is ours, written
from the ACLED codebook's definitions; it is data, kept in one place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick

_W = r"(?:\S+\s+){0,%d}?"        # up to N intervening words


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


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


ARMED = r"(?:gunmen|militants?|insurgents?|rebels?|jihadists?|terrorists?|fighters|attackers|assailants|bandits|extremists|armed (?:men|group|groups|assailants|individuals|persons)|unidentified (?:men|persons|people|assailants|attackers|gunmen)|suspected (?:militants|insurgents|rebels|bandits|herdsmen)|herdsmen|militiam[ae]n|militias?|separatists|taliban|al[- ]shabaa?b|shabaab|boko haram|islamic state|houthis?|maoists|naxals?|guerrillas?|gangs?|gang members|cartel)"
STATE = r"(?:army|soldiers|troops|military|armed forces|security forces|police(?:men)?|officers|forces|government forces|regime forces|pro-government forces|navy|marines|gendarmes?|gendarmerie|paramilitar(?:y|ies)|national guard|border guards?|commandos|special forces|coalition|personnel|jawans)"
CIVILIAN = r"(?:off-duty|civilians?|villagers?|villages?|huts|homes|houses|residents?|farmers?|herders?|worshipp?ers|students?|pupils|teachers?|women|woman|girls?|boys?|children|child|man|men|people|persons?|family|families|journalists?|reporters?|activists?|traders?|passengers?|motorists?|pilgrims|displaced|refugees|shoppers|(?:local )?officials?|politicians?|councill?ors?|chiefs?|elders?|cleric|imam|priest|pastor|nurses?|doctors?|aid workers?|health workers?|electoral workers|candidates?|community leaders?|employees|workers|staff|vendors|drivers?|inmates?|prisoners|shepherds?|a [a-z]+ (?:leader|member|official))"
MIL_TARGET = r"(?:army|military|police|security|militants|insurgents|rebels|fighters|jihadists|terrorists|extremists|checkpoint|check ?post|outpost|base|barracks|convoy|patrol|positions?|troops|soldiers|posts?|(?:military|army|training|militant|rebel) camps?|station|personnel|forces)"

_RULES: list[tuple[str, int, str, str]] = [
    # (sub_event_type, priority, rule name, pattern)
    ("Other", 97, "remnants", r"\b(?:(?:explosive )?remnants of war|unexploded (?:ordnance|bombs?|shells?|munitions?|mortars?|rockets?)|uxos?|left ?over from (?:the )?(?:\w+ ){0,3}?war|laid during (?:the )?(?:\w+ ){0,3}?war|from (?:the )?(?:\w+ ){0,2}?war era)\b"),
    ("Chemical weapon", 96, "chemical", r"\b(?:sulfur mustard|sulphur mustard|mustard agent|phosgene|poisonous gas|toxic chemicals? (?:attack|weapon)s?|chemical (?:weapons?|attacks?|agents?|munitions?|strikes?|bombs?)|sarin|nerve (?:agent|gas)|mustard gas|chlorine (?:gas|attacks?|bombs?|barrel)|toxic gas attack|poison gas|gas attack)"),
    ("Suicide bomb", 92, "suicide", r"\b(?:kamikazes?|suicide (?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers|s)?|car bomb(?:er|ing)?|vest|blast|explosion|truck bomb(?:ing)?|mission|bombers?|operations?)|blew (?:himself|herself|themselves) up|self-detonat\w*|detonated (?:his|her|their) (?:explosive )?(?:vest|belt)|suicide-bomb\w*|explosive[- ]laden (?:vehicle|car|truck) (?:driven|rammed))"),
    ("Disrupted weapons use", 90, "defuse", r"\b(?:defus(?:ed|ing|e)|disarm(?:ed|ing) (?:an? |the )?(?:bomb|device|explosive|ied|mine)|bomb disposal|(?:bombs?|explosives?|explosive devices?|ieds?|(?:land)?mines?|weapons|ammunitions?|firearms|ammo|arms|rockets?|grenades?|suspicious (?:packages?|objects?|devices?)) (?:\w+ ){0,2}?(?:was |were |had been |have been )?(?:found|discovered|recovered|unearthed|detected|seized|confiscated)|(?:found|discovered|recovered|unearthed|detected|seized) (?:an? |the |two |three |several )?(?:\w+ )?(?:bombs?|explosive devices?|ieds?|landmines?|explosives|weapons caches?|arms caches?|cache of (?:arms|weapons|explosives))|(?:found|discovered|seized|recovered|unearthed|confiscated) (?:\S+ ){0,5}?(?:weapons|arms|ammunitions?|explosives|munitions|military equipment|rifles|guns|firearms|pistols|grenade launchers?|kalashnikovs?)|(?:destroyed|cleared|removed|dismantled|neutrali[sz]ed|defused) (?:\S+ ){0,4}?(?:mines|landmines|ieds|explosive devices|explosives|bombs|booby traps)|controlled (?:explosion|detonation)|safely detonated|foiled (?:an? |the )?(?:\w+ )?(?:bomb(?:ing)?|plot|suicide attack)|thwarted (?:an? |the )?(?:\w+ )?(?:bomb(?:ing)?|plot|suicide attack)|(?:intercepted|shot down|downed) (?:an? |the |two |three |several |\d+ )?(?:[\w-]+ ){0,3}?(?:drones?|missiles?|rockets?|uavs?|projectiles?)|exploded prematurely|went off prematurely|accidentally (?:detonated|exploded|went off)|while (?:assembling|planting|making) (?:an? |the )?(?:bomb|explosive|device|ied))"),
    ("Sexual violence", 86, "rape", r"\b(?:abused (?:\w+ ){0,2}?(?:women|girls|children|boys)|rap(?:ed|e|es|ing)|gang-?rap\w*|sexual(?:ly)? (?:assault\w*|violence|abuse\w*|abused|harass\w*|exploitation)|molest\w*|sexual slavery)\b"),
    ("Grenade", 80, "grenade", r"\b(?<!rocket-propelled )(?<!rocket propelled )(?<!rpg )(?:hand )?grenades?\b(?! launcher)"),
    ("Remote explosive/landmine/IED", 78, "ied", r"\b(?:ieds?|ground mines?|(?:hit|struck|ran over|drove over|triggered) (?:an? |the )?(?:\w+ )?(?:mine|landmine|ied|roadside bomb|explosive device)|(?:mine|bomb|device|explosives?|ied)s?\W+(?:\S+\s+){0,10}?(?:went off|exploded|detonated)|set off (?:an? |the )?(?:\w+ )?(?:explosives?|bombs?|devices?)|remote(?:ly)? (?:explosive|detonat\w+)|improvised (?:explosive|bomb|device)s?|detonated (?:\w+ ){0,3}?(?:bombs?|explosives|devices?|ieds?)|roadside (?:bomb|blast|explosion|device|ied)s?|land ?mines?|anti-(?:tank|personnel) mines?|(?:car|vehicle|truck|motorcycle|motorbike|bicycle|parcel|magnetic|sticky|time|remote[- ]controlled?) bombs?|bomb (?:blast|explosion|attack)s?|explosive devices?|booby[- ]trap\w*|(?:bomb|device|explosives?|mine|ied)s? (?:\w+ ){0,4}?(?:exploded|detonated|went off|blew up|ripped through)|(?:explosion|blast)s? (?:hit|ripped|struck|rocked|targeted|killed|injured|wounded|tore)|detonated (?:a|an|the) (?:bomb|device|explosive|ied)|planted (?:a|an|the)? ?(?:bomb|explosive|device|ied)s?|stepped on (?:a|an) (?:mine|landmine|explosive)|(?:an? )?(?:bomb|explosion|blast) (?:killed|injured|wounded|targeted|hit))"),
    ("Air/drone strike", 76, "air", r"\b(?:air ?strikes?|air-strikes?|air ?raids?|aerial (?:bombardment|attacks?|strikes?|bombing|raids?)|drone (?:strikes?|attacks?)|(?:drones?|uavs?|warplanes?|war planes?|fighter (?:jets?|planes?)|jets|aircraft|air ?forces?|helicopter gunships?|helicopters?|choppers?|gunships?|bombers|planes?) (?:\w+ ){0,6}?(?:struck|strikes?|bombed|bombs?|pounded|hit|targeted|attacked|raided|fired|carried out|dropped|launched|shelled|killed|destroyed|striking|bombing|pounding|hitting|targeting)|(?:bombed|struck|pounded|targeted|hit) by (?:\w+ ){0,3}?(?:drones?|warplanes?|jets|aircraft|planes|helicopters?)|barrel bombs?|bombing (?:raids?|sorties?)|(?:attacks?|strikes?|raids?|fire) by (?:\S+ ){0,3}?(?:helicopters?|gunships?|jets|aircraft|drones?|warplanes?|planes)|raids? by (?:\S+ ){0,4}?(?:jets|aircraft|planes|helicopters|choppers|warplanes|drones|air ?force)|(?:dozens of |several |the |a |two |three )?strikes? (?:\w+ ){0,2}?(?:struck|hit|pounded|targeted|destroyed|killed|missed|landed)|(?:warplanes?|jets|aircraft) (?:\w+ ){0,4}?(?:escalated|intensified) (?:their |the )?(?:strikes|bombing|raids))"),
    ("Shelling/artillery/missile attack", 74, "shelling", r"\b(?:shell(?:ed|ing)|shells? (?:hit|landed|fell|struck|slammed|exploded|killed)|artillery (?:fire|strikes?|attacks?|barrages?|shells?|bombardment)|mortar (?:fire|attacks?|shells?|rounds?|bombs?)|rocket (?:fire|attacks?|barrages?|strikes?)|missile (?:attacks?|strikes?|barrages?)|bombard(?:ed|ment|ing|s)|katyushas?|howitzers?|tank (?:fire|shells?|rounds?|attacks?)|tanks (?:\w+ )?(?:attacked|fired|shelled|opened fire)|cannon (?:fire|shells)|rocket-propelled grenades?|rpgs?|grenade launchers?|heavy machine ?guns?|(?:calibre|caliber) \S+|\d+(?:\.\d+)? ?mm (?:\w+ )?(?:machine ?guns?|guns?|cannons?|weapons)|(?:heavy|medium) (?:and (?:medium|light) )?weapons|anti-tank|atgms?|recoilless|heavy weapons|infantry fighting vehicles?|(?:rockets?|missiles?|mortars?|projectiles?|artillery|grads?|shells)\s+(?:\w+ ){0,8}?(?:fired|launched|hit|landed|struck|fell|slammed|targeted|pounded|rained|impacted|exploded|killed|striking|hitting|targeting|pounding)|(?:fired|launched|lobbed)\s+(?:\w+ ){0,4}?(?:rockets?|missiles?|mortars?|shells|projectiles?|artillery)|by (?:\S+ ){0,3}?(?:mortars?|rockets?|artillery|shells?|shelling|missiles?))\b"),
    ("Shelling/artillery/missile attack", 57, "explosions", r"\b(?:(?:explosions?|blasts?|projectiles?)\s+(?:\w+ ){0,2}?(?:involving|were heard|heard|were recorded|were observed|landed|fell|hit|struck)|(?:observed|heard|recorded) (?:\w+ ){0,4}?(?:explosions|projectiles))"),
    ("Excessive force against protesters", 72, "force_on_protest", r"\b(?:excessive force|suppress\w* (?:\w+ ){0,3}?(?:protests?|demonstrations?|rall(?:y|ies)|marches|protesters|demonstrators)|(?:beat|beaten|beating|clubbed|assaulted) (?:\w+ ){0,3}?(?:protesters?|demonstrators?)|live (?:ammunition|rounds|bullets|fire)|(?:violent|brutal|deadly|bloody) crackdown|violently (?:suppress|disperse|crush)\w*|(?:police|security forces|soldiers|troops|forces|officers|guards|gunmen)\s+(?:\w+ ){0,5}?(?:opened fire on|fired (?:live (?:ammunition|rounds|bullets) )?(?:on|at|into)|shot(?: dead)?|killed)\s+(?:\w+ ){0,3}?(?:protesters|demonstrators|protestors|marchers|crowds?|students)|(?:protesters|demonstrators|protestors|marchers)\s+(?:\w+ ){0,4}?(?:were |was )?(?:shot dead|killed|shot and killed|gunned down) by (?:police|security forces|soldiers|troops))"),
    ("Protest with intervention", 69, "intervention", r"\b(?:tear ?gas|teargas|water cannons?|rubber bullets|pellet guns?|baton[- ]charged?|lathi[- ]?charged?|(?:dispersed|disperse|broke up|break up|scattered|cracked down on|charged at)\s+(?:\w+ ){0,3}?(?:the |a )?(?:protest|protesters|demonstrat\w+|crowds?|rally|march|gathering|sit-in)|(?:arrested|detained|rounded up)\s+(?:\w+ ){0,3}?(?:protesters|demonstrators|protestors|activists|marchers|participants)|police intervened|intervened|(?:tried|attempted) to (?:stop|contain|disperse|prevent|block|remove|break up)|blocked the path of|dispersed|took down (?:\w+ ){0,3}?(?:tents|banners|placards)|dragged (?:\w+ ){0,3}?(?:into|in) (?:police )?(?:cars|vans|vehicles|trucks)|stopped (?:\w+ ){0,2}?(?:protesters|demonstrators|marchers)|(?:was|were) dispersed|dispersed by (?:the )?(?:\w+ )?(?:police|security forces|troops|soldiers|authorities)|chas(?:e|ed|ing) (?:\w+ ){0,2}?(?:protesters|demonstrators|crowds?)|stun grenades|flash[- ]bangs?|pepper[- ]spray\w*)"),
    ("Violent demonstration", 67, "violent_demo", r"\b(?:set (?:\w+ ){0,3}?(?:barricades|tyres|tires|mattresses) (?:on fire|alight|ablaze)|burn(?:ed|t|ing) (?:\w+ )?(?:tyres|tires|barricades|mattresses)|fir(?:ed|ing) (?:\w+ ){0,3}?(?:gunshots|shots|firearms|guns|weapons|bullets) (?:in|into) the air|riots?|rioters?|rioting|rampag\w+|(?:protesters|demonstrators|protestors|youths?|crowds?|mobs?|students|supporters|residents|villagers|locals|inmates|prisoners)\s+(?:\S+ ){0,8}?(?:threw|hurled|pelted|torched|set fire|set ablaze|burn(?:ed|t|ing) (?:tyres|tires|vehicles|cars|buses|police|government)|vandali[sz]ed|stormed|attacked|clashed|blocked roads with burning|smashed|damaged|looted|ransacked|destroyed|injur\w+ (?:\w+ ){0,2}?(?:police|officers))|(?:stone|rock)[- ]?pelting|(?:threw|hurled|pelted) (?:\w+ ){0,3}?(?:stones|rocks|petrol bombs|molotov|bricks)|clashed with (?:the )?(?:police|security forces|riot police)|violent (?:protests?|demonstrations?|clashes between protesters))"),
    ("Mob violence", 66, "mob", r"\b(?:mobs?|lynch\w*|mob justice|jungle justice|vigilantes?|angry (?:residents|villagers|youths|crowd|locals)|irate (?:residents|villagers|youths|mob|crowd)|(?:attacked|beaten|assaulted|lynched|chased) (?:up )?by (?:a |an |the )?(?:\w+ )?(?:mob|locals|residents|villagers|crowds?|traders|youths|vendors)|(?:beat|beaten|burnt|burned|stoned|hacked) to death by (?:a |an )?(?:mob|crowd|residents|villagers))\b"),
    ("Government regains territory", 70, "gov_regains", r"\b(?:recaptur(?:ed|e|es|ing)|retook|retake|retaken|re-took|re-captured|regain(?:ed|s)? (?:full )?control|regained|took back|taken back|wrested (?:back )?control|liberat(?:ed|ion of|ing)|reclaim(?:ed|s)|recover(?:ed)? (?:the )?(?:town|city|village|area|territory|district|regions?|control))\b"),
    ("Non-state actor overtakes territory", 69, "nsa_overtakes", r"\b(?:(?:seized|captured|took|taken|gained|wrested|assumed) (?:full )?control of|(?:seized|captured|overran|overrun|stormed and captured|took over|taken over)\s+(?:\S+ ){0,5}?(?:towns?|city|cities|villages?|districts?|bases?|camps?|strongholds?|hideouts?|areas?|territory|territories|localities|locality|military base|headquarters|border crossing|border points?|capital|county|province|region|positions|port|airport|airbase|hills?|bridge|dam|oil ?fields?|crossing)|fell to (?:the )?(?:\w+ ){0,2}?(?:militants|rebels|insurgents|jihadists|taliban|fighters|islamic state|al-shabaab|group)|under (?:the )?control of (?:the )?(?:\w+ ){0,2}?(?:militants|rebels|insurgents|jihadists|taliban|fighters))\b"),
    ("Non-violent transfer of territory", 56, "transfer", r"\b(?:withdr(?:ew|awn|awal of|aws)\s+(?:\w+ ){0,4}?(?:from|out of)|pulled (?:\w+ ){0,2}?out of|handed (?:over )?(?:control of|over (?:the )?(?:town|city|area|base|territory|positions?|checkpoints?))|handover of (?:the )?(?:town|city|area|base|territory|positions?)|handover of (?:\S+ ){0,6}?(?:districts?|territor\w+|areas?|towns?|regions?|positions?)|without (?:a fight|resistance|fighting|a shot|any resistance)|(?:not|no) (?:encounter\w* )?(?:any )?resistance|unopposed|evacuated (?:their|its) (?:positions|bases?|posts?))"),
    ("Abduction/forced disappearance", 64, "abduct", r"\b(?:abduct\w*|kidnap\w*|hostages?|taken captive|held captive|forcibly disappear\w*|enforced disappearance|disappeared after|went missing after|seized (?:\w+ ){0,2}?(?:civilians|villagers|passengers|people|men|women|students|workers)|whereabouts (?:remain |are )?unknown)\b"),
    ("Armed clash", 62, "clash", r"\b(?:fought (?:each other|one another|with)|encounters? (?:with|between)|gunfights?|exchang\w+ (?:\w+ )?(?:artillery|shelling|mortars?|rockets?|heavy weapons|gunfire)|(?:captured|seized|took) (?:\d+|two|three|four|five|several|dozens of)? ?(?:\w+ ){0,2}?(?:rebels|militants|fighters|operatives|insurgents|jihadists|soldiers)|(?:left|leaving) (?:\S+ ){0,4}?(?:militants|insurgents|rebels|fighters|soldiers|jihadists|terrorists) dead|(?:inter-?clan|intercommunal|inter-communal|communal|ethnic|tribal|clan) (?:violence|fighting|clashes)|clash(?:es|ed|ing)?|fighting|fought|fights? (?:broke|erupted)|gun ?battles?|gunfights?|fire ?fights?\b|exchanges? of fire|exchanged (?:heavy )?(?:gun)?fire|engaged in (?:\w+ ){0,2}?(?:combat|fighting|battle)|skirmish\w*|ambush\w*|battles?|battled|firing between|armed confrontation|(?:attacked|stormed|raided|assaulted|overran|targeted|ambushed)\s+(?:\w+ ){0,3}?" + MIL_TARGET + r"|(?:killed|killing|neutrali[sz]ed|neutrali[sz]ing|eliminated)\s+(?:\S+ ){0,6}?(?:militants|insurgents|rebels|terrorists|jihadists|fighters|bandits|gunmen|attackers)|(?:militants|insurgents|rebels|terrorists|jihadists|fighters|attackers|gunmen)\s+(?:\w+ ){0,3}?(?:were |was )?(?:killed|neutrali[sz]ed|eliminated)(?: and (?:\w+ )?(?:wounded|injured|arrested|captured))? (?:by|in|during|following)|offensive (?:against|on)|counter-?offensive|military operations? (?:against|in)|(?:security|military|counter-?terror\w*|counter-?insurgency|joint|cordon(?:-| and )search) operations?|returned fire|shot back|responded to (?:\w+ )?fire|started shooting|shootout|shoot-out|crossfire|cross-border fire|small[- ]arms|light weapons|gunfire|automatic weapons|exchang(?:ed|ing) (?:heavy )?fire|fired (?:\S+ ){0,12}?(?:at|on|upon|towards) (?:the )?(?:\S+ ){0,4}?positions|repel(?:led|s)? (?:an? |the )?(?:\w+ ){0,2}?(?:attack|assault|incursion|offensive)|fended off|beat back|(?:thwarted|foiled|repulsed) (?:an? |the )?(?:\S+ ){0,2}?(?:incursions?|offensive|infiltration|advance|attacks?|assault)|incursions?|infiltration attempt|ceasefire violations?|violated (?:the )?ceasefire|opened fire on (?:\w+ ){0,2}?" + MIL_TARGET + r")"),
    ("Attack", 60, "attack", r"\b(?:(?:" + ARMED + r"|assailants|unknown (?:men|assailants|persons)|(?:a|an|the) (?:suspect|attacker|gunman|assailant|man|group)|group of (?:men|youths))\s+(?:\w+ ){0,6}?(?:killed|shot|attacked|stabbed|murdered|hacked|beheaded|executed|massacred|opened fire|abducted|torched|burned|burnt|raided|stormed|invaded|ambushed|beat|assaulted|tortured|slaughtered|gunned down|injured|wounded)|(?:killed|shot(?: dead)?|murdered|assassinat\w+|beheaded|executed|massacred|stabbed(?: to death)?|hacked(?: to death)?|beaten(?: to death)?|tortured|gunned down|slaughtered|burn(?:ed|t) alive|shot and killed)\s+(?:\w+ ){0,4}?" + CIVILIAN + r"|" + CIVILIAN + r"\s+(?:\w+ ){0,4}?(?:were |was |have been |had been )?(?:killed|shot(?: dead)?|murdered|assassinated|beheaded|executed|massacred|stabbed|hacked to death|beaten to death|tortured|gunned down|slaughtered|burned alive|found dead|attacked)|(?:attack(?:ed|s)?|raid(?:ed)?|assault(?:ed)?|massacre)\s+(?:\w+ ){0,3}?(?:on |against )?(?:a |an |the )?(?:village|villagers|market|mosque|church|school|hospital|camp for (?:the )?displaced|displacement camp|idp camp|civilians|residents|farmers|worshippers|homes?|houses?|bus|vehicle carrying)|assassinat\w+|massacre\w*|killings?|murder(?:ed|s)?|shot dead|gunned down|beheaded|hacked to death|shot at (?:him|her|them)|fired (?:\w+ )?(?:shots|bullets|rounds) at|beat(?:en)? (?:\w+ )?(?:idps|civilians|people|residents|villagers|students|journalists|women|men|traders|vendors|drivers?)|shot (?:him|her|them)(?: dead)?|(?:stray )?bullets? (?:hit|struck|injured|killed|wounded)|(?:shot|killed|shot and killed|shot dead|stabbed|murdered|assassinated) (?:an? |the |two |three |\d+ )(?:\S+ ){0,3}?(?:member|members|commander|leader|operatives?)\b|(?:was|were) (?:\w+ly )?(?:killed|assaulted|beaten|shot|tortured|attacked|stabbed) by|found dead|bod(?:y|ies) (?:\w+ ){0,6}?(?:was|were) (?:found|discovered|recovered)|drive-by|shooting (?:against|of|at|targeting)|(?:was|were) shot\b|shot at (?:a|an|the) (?:man|woman|boy|girl|civilian|vehicle|car|house|home)|assaulted|beat(?:en|ing)? (?:up )?(?:a|an|the|two|three|\d+|several)|gunshot wounds?|beat(?:en)? up|beat and|tortured to death|died (?:\w+ ){0,4}?(?:torture|ill[- ]treatment)|death in (?:custody|detention)|signs of torture|bearing signs of|(?:was|were) found (?:dead|murdered|wrapped|dumped|buried|lifeless|shot)|dumped (?:in|on|at|along))\b"),
    ("Attack", 52, "attack_generic", r"\b(?:attack(?:ed|s|ing)?|assault(?:ed|s|ing)?|ston(?:ed|ing)|raid(?:ed)?|killed in an? (?:\w+ )?(?:attack|ambush|raid))\b"),
    ("Arrests", 46, "arrest", r"\b(?:(?:forces|troops|police|soldiers|army) (?:have |had )?(?:taken|took|rounded up|picked up) (?:\S+ ){0,3}?(?:people|persons|palestinians|men|civilians|activists|youths|members|suspects)|arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|detention of|apprehend(?:ed|s)|taken into custody|took into custody|rounded up|nabbed|held (?:\w+ ){0,2}?incommunicado|raided (?:\w+ ){0,2}?(?:homes?|houses?|offices?) (?:of|and arrested))\b"),
    ("Looting/property destruction", 53, "looting", r"\b(?:arson attacks?|burn(?:ed|t) (?:the |a |an |\d+ |several |two |three |four )(?:\w+ ){0,2}?(?:houses?|homes?|huts|vehicles?|cars?|trucks?|tractors?|buildings?|shops?|offices?|bulldozers?|churches|mosques?|schools?)|(?:seized|confiscated|grabbed) (?:\S+ ){0,5}?land\b|land (?:seizure|grab)|seized (?:\w+ ){0,3}?(?:vehicles?|cars?|trucks?|motorbikes?|motorcycles?|cattle|livestock|goats|cows|goods|property|belongings|phones?)|stripped (?:\w+ ){0,2}?of|cut down (?:\w+ ){0,4}?(?:trees|crops)|(?:was|were) set (?:on fire|ablaze|alight)|set alight|uprooted (?:\w+ ){0,3}?trees|loot(?:ed|ing|ers)?|ransack(?:ed|ing)|vandali[sz](?:ed|ing|m)|plunder\w*|torch(?:ed|ing)|set (?:on )?fire (?:to|on)|set ablaze|burn(?:ed|t) down|razed|demolish(?:ed|ing)|arson|destroyed (?:\S+ ){0,3}?(?:houses|homes|shops|property|properties|vehicles|crops|buildings|offices|polling|shelters|airstrips?|equipment|machinery|bulldozers?))\b"),
    ("Agreement", 44, "agreement", r"\b(?:surrender(?:ed|s)?\b|(?:deal|agreement|accord|pact|truce|ceasefire|cease-fire) (?:\w+ ){0,2}?(?:struck|signed|reached|brokered|agreed) (?:by|between)|(?:announced|declared|extended|extending|observ\w+|respect\w*) (?:\S+ ){0,3}?(?:ceasefire|cease-fire|truce)|peace (?:talks|negotiations)|(?:ceasefire|cease-fire|truce|peace) (?:agreement|deal|accord)s?|(?:signed|sign|inked|reached|agreed (?:to|on|an?|the)|brokered|concluded|struck)\s+(?:\S+ ){0,4}?(?:peace|ceasefire|cease-fire|truce|accord|agreement|deal|pact|armistice|memorandum)|(?:peace|ceasefire|cease-fire|truce) (?:deal|agreement|accord|pact) (?:was |has been |were )?(?:signed|reached|agreed)|prisoner (?:swap|exchange)|exchanged (?:\w+ ){0,2}?(?:prisoners|detainees|captives|bodies)|exchange of (?:prisoners|detainees|bodies)|(?:released|freed) (?:\w+ ){0,3}?(?:hostages|prisoners|detainees|captives) (?:as part of|under|in exchange))\b"),
    ("Headquarters or base established", 45, "hq", r"\b(?:(?:base|bases|headquarters|outposts?|(?:observation |military )?points?|posts?|camps?|checkpoints?) (?:\w+ ){0,2}?(?:was |were |has been |have been |had been )?(?:established|set up|built|opened|erected)|(?:set up|established|establish|opened|built|constructed|erected|created|setting up|establishing)\s+(?:\w+ ){0,3}?(?:military |new |forward |operating )?(?:base|bases|headquarters|outpost|outposts|camp|camps|command cent(?:er|re)|training camp|checkpoints?|garrison|military post|observation posts?|positions?))\b"),
    ("Change to group/activity", 36, "change", r"\b(?:conducted (?:a |joint |several )?(?:\w+ )?patrols?|(?:military )?column|closed (?:all )?(?:\w+ ){0,3}?(?:entrances|border|borders|crossings?|roads|exits)|deployed (?:to|at|in|along)|(?:removed|dismissed|replaced|appointed) (?:\w+ ){0,4}?(?:as )?(?:commander|chief|head)|(?:established|built|dug|reinforced|erected) (?:\w+ ){0,2}?(?:fortifications|trenches|defensive positions|barricades|sand ?bags)|(?:formed|created|launched|founded|announced (?:the )?(?:formation|creation|establishment) of) (?:a |an )?new (?:\w+ ){0,2}?(?:group|militia|coalition|alliance|movement|faction|brigade|battalion|party)|merg(?:ed|er)|defect(?:ed|ion|ions|ors)|(?:joined|pledged allegiance to|swore allegiance to)|(?:laid down (?:their|his) (?:arms|weapons)|handed over (?:\w+ ){0,2}?(?:weapons|arms))|disband(?:ed|ing|s)?|dissolv(?:ed|ing)|(?:imposed|declared|extended|lifted|instituted|enforced) (?:\w+ ){0,2}?(?:curfew|state of emergency|martial law|lockdown|ban)|recruit(?:ed|ment|ing|s)|rebrand\w*|deploy(?:ed|ment|ing|s)\s+(?:\w+ ){0,3}?(?:troops|soldiers|forces|personnel|militia|fighters|police)|(?:troops|soldiers|forces|reinforcements) (?:were |have been )?(?:deployed|sent|dispatched)|reinforcements|mobili[sz]ed|military (?:exercises?|drills?|parade)|weapons? (?:delivery|deliveries|shipment)|(?:relocat|redeploy)\w*)\b"),
    ("Peaceful protest", 40, "protest", r"\b(?:protest(?:ed|s|ing|ers|or|ors|er)?|demonstrat(?:ion|ions|ors|or)|demonstrat(?:ed|ing|e)\b(?! (?:his|her|their|its|our|my|your|the|a|an|that|how|what|why|this|these|those|great|strong|remarkable|clear|considerable|real|an?other|its|such|some|no|little|much)\b)|rall(?:y|ies|ied|ying)|march(?:ed|ing)(?! \d)|marchers|(?:a|the|their|protest|peaceful|silent|mass|large|long|solidarity|street) march(?:es)?\b(?! \d)|sit-?ins?|picket(?:ed|s|ing)?|gathered (?:\w+ ){0,4}?(?:outside|in front of)|gathered\b[^.]{0,150}?\bto (?:demand|denounce|condemn|protest|call|express|voice|mourn|oppose|reject|press)|(?:road |a )?blockades?|motorcades?|(?:beating|banging|banged) (?:\w+ ){0,2}?(?:pots|utensils|plates|pans)|staged (?:\w+ ){0,2}?(?:walk-?out|vigil|sit-in|strike|boycott)|hunger strikes?|vigils?|took to the streets|human chains?|solidarity (?:stand|vigil|gathering|sit-in)|shouting (?:\w+ )?(?:slogans|that)|commemorat\w+ (?:labou?r|may|workers.?) day|(?:workers|employees|residents|villagers|staff|farmers|traders|merchants|teachers|nurses|doctors|students|citizens|relatives|families)\s+(?:\S+ ){0,10}?(?:demanded|demanding)|blocked (?:\S+ ){0,3}?(?:roads?|highways?|streets?|traffic|entrances?|railways?|rails|bridges?|junctions?|intersections?|gates?)|padlocked|chanting|chanted|placards|slogans|shut ?down strike|general strike|bandh|hartal|boycott(?:ed|s)?)\b"),
]

RULES: tuple[Rule, ...] = tuple(Rule(sub, _rx(pat), pri, name) for sub, pri, name, pat in _RULES)

# One pass over every sentence: a sentence none of these stems touch cannot
# hold an event, and most news sentences are such. It is the throughput lever:
# an Aho-Corasick automaton finds any of them in one linear scan.
PREFILTER_STEMS: tuple[str, ...] = (
    "kill", "dead", "demanded", "demanding", "solidarity", "shouting", "commemorat", "mattress", "into the air", "in the air", "tried to", "attempted to", "bullet", "calibre", "caliber", "mm ", "remnants", "unexploded", "uxo", "leftover", "left over", "intervened", "dispersed", "dragged", "stopped", "encounter", "gunfight", "clan", "communal", "padlock", "stoned", "stoning", "dumped", "torture", "custody", "exchanged", "abused", "handover", "ground mine", "went off", "kamikaze", "mustard", "phosgene", "poison", "chopper", "credit", "talks", "resistance", "unopposed", "suppress", "chas", "death", "die", "attack", "strike", "raid", "bomb", "shell", "artiller", "mortar",
    "rocket", "missile", "clash", "fight", "battle", "gun", "shot", "shoot", "fire", "explo", "blast", "ied",
    "mine", "grenade", "suicide", "chemical", "sarin", "chlorine", "gas", "rape", "sexual", "abduct",
    "kidnap", "hostage", "arrest", "detain", "custody", "protest", "demonstrat", "rall", "march", "sit-in",
    "riot", "mob", "lynch", "loot", "vandal", "torch", "arson", "ablaze", "burn", "destroy", "seize",
    "captur", "overr", "took", "taken", "control", "liberat", "recaptur", "retook", "regain", "withdr",
    "pull", "hand", "agree", "signed", "truce", "ceasefire", "cease-fire", "peace", "deal", "accord", "base",
    "headquarter", "outpost", "checkpoint", "formed", "merge", "defect", "surrender", "recruit", "deploy",
    "curfew", "emergency", "disband", "joined", "allegiance", "tear", "water cannon", "baton", "lathi",
    "disperse", "assassin", "massacre", "murder", "behead", "execut", "stab", "hack", "tortur", "beat",
    "wound", "injur", "casualt", "troops", "soldier", "militan", "insurgen", "rebel", "jihad", "terror",
    "police", "army", "military", "forces", "strike", "picket", "boycott", "bandh", "hartal", "vigil",
    "slogan", "defus", "intercept", "shot down", "downed", "foil", "thwart", "exchange", "swap", "prisoner",
    "operation", "offensive", "ambush", "skirmish", "disappear", "missing", "whereabouts", "plunder",
    "ransack", "raze", "demolish", "relocat", "reinforce", "mobili", "drill", "exercise", "crossfire",
    "shootout", "shoot-out", "firefight", "fatalit", "killing", "slaughter", "neutrali", "eliminat",
    "projectil", "assault", "fought", "block", "gather", "air force", "targeted", "nerve", "molest",
    "lockdown", "threw", "pelt", "stone", "heavy weapons", "rpg", "howitzer", "anti-tank", "weapons", "ammo",
    "apprehend", "drive-by", "patrol", "column", "convoy", "closed", "seiz", "stripped", "cut down",
    "set alight", "body", "bodies", "found dead", "beat", "blockade", "motorcade", "fortification",
    "set off", "shot back", "returned fire",
)
_PREFILTER = ahocorasick.Automaton()
for _stem in PREFILTER_STEMS:
    _PREFILTER.add_word(_stem, _stem)
_PREFILTER.make_automaton()


def may_hold_event(sentence: str) -> bool:
    """False when no trigger stem occurs in the lowercased sentence."""
    for _ in _PREFILTER.iter(sentence):
        return True
    return False

# Words that make an apparent trigger mean something else.
NON_POLITICAL = _rx(
    r"\b(?:heart attack|panic attack|asthma attack|cardiac|stroke|cyber ?attacks?|hack(?:ers|ing|ed into)|ransomware|shark|dog attack|"
    r"attacking midfielder|striker|goalkeeper|football|soccer|cricket|match|tournament|league|wicket|innings|scored|(?:first|second) leg|coach|"
    r"(?:his|her|their|the home|the visiting|the away) (?:team|side)|championship|semi-?finals?|quarter-?finals?|playoffs?|"
    r"(?:labou?r|workers|teachers|nurses|doctors|transport|truckers|drivers|rail|staff|employees|unions?)\s+(?:\w+ ){0,3}?(?:strike|strikes|walkout)|"
    r"went on strike|on strike|strike action|industrial action|lightning strike|strike price|strike (?:a|the) (?:deal|balance|chord|pose)|struck (?:a|the) deal|"
    r"earthquake|quake|tremor|flood(?:s|ing|ed)?|landslide|mudslide|cyclone|hurricane|typhoon|tornado|storm|drought|wildfire|bushfire|forest fire|"
    r"tsunami|volcan\w*|avalanche|heatwave|cold wave|died (?:of|from) (?:covid|cholera|ebola|malaria|the virus|coronavirus)|"
    r"(?:road|car|traffic|train|bus|plane|air|boat|ferry|helicopter|mining|mine) (?:accident|crash|collision|disaster|derailment|capsiz\w*)|"
    r"crash(?:ed)? into|collided|capsized|plunged|accidents?|(?:plant|warehouse|factory|depot|godown|cylinder|boiler|tanker|truck|reactor) (?:\w+ )?(?:exploded|blew up|caught fire)|derail\w*|stampede|collapsed|building collapse|drowned|electrocuted|"
    r"(?:gas|cylinder|boiler|tanker|factory|chemical plant|refinery|fireworks|transformer|pipeline) (?:explosion|blast|fire|leak)|(?:chemical|gas|toxic|oil|chlorine|ammonia) (?:leak\w*|spill\w*)|(?:explosion|blast|fire) (?:\w+ ){0,3}?(?:warehouse|factory|plant|depot|refinery|oil company|godown|chemical plant)|short circuit|"
    r"(?:fire|blaze) (?:broke out|gutted|engulfed|razed)|caught fire|fire ?fighters|fire brigade|firemen)\b"
)

CRIME = _rx(
    r"\b(?:robber(?:y|ies|s)|robbed|thie(?:f|ves)|theft|burglar\w*|stole|stolen|drugs?|narcotic\w*|cocaine|heroin|meth\w*|"
    r"marijuana|cannabis|ganja|smuggl\w*|traffick\w*|contraband|fraud\w*|scam\w*|embezzl\w*|brib\w*|corruption|money laundering|"
    r"counterfeit|poach\w*|illegal (?:mining|logging|fishing|weapons?|arms|firearms?)|extortion|ransom demand|"
    r"domestic (?:violence|dispute)|(?:his|her) (?:wife|husband|girlfriend|boyfriend)|love affair|land dispute|"
    r"kg of|kilograms? of|grams of|tonnes of|worth (?:rs|\$|usd|n)|seized (?:\w+ ){0,3}?(?:drugs|cocaine|heroin|cash|liquor|alcohol|gold)|"
    r"wanted criminals?|notorious criminals?|hardened criminals?|criminal gang|gang of (?:robbers|thieves|criminals)|"
    r"cyber ?crime|online fraud|sextortion|murder case|murder suspect|killed (?:his|her) (?:wife|husband|mother|father|son|daughter|brother|sister))\b"
)

# The sentence talks about an event rather than reporting one.
CLAIM = _rx(r"\b(?:claim(?:ed|s|ing)? (?:the )?(?:responsibility|credit)|tak(?:es|en|ing)? credit|took credit|responsibility for|claimed (?:the|that|an?) (?:attack|bombing|blast|killing|explosion|assault|operation)|(?:has|have) claimed (?:the|an?)|took responsibility|takes responsibility)\b")
_IRREALIS_BEFORE = _rx(
    r"\b(?:condemn\w*|denounc\w*|deplor\w*|mourn\w*|commemorat\w*|anniversary|warn(?:ed|s|ing)? (?:of|about|against|that)|threaten\w*|"
    r"plan(?:ned|ning|s)? to|plot(?:ted|ting)? to|intend\w* to|vow(?:ed|s)? to|would|will|could|might|(?<!\d )may(?! \d)|should|"
    r"if|unless|risk of|threat of|prevent\w*|avoid\w*|deny|denied|denies|investigat\w*|probe into|trial|"
    r"accused of|accusations?|allegations?|alleged(?:ly)? (?:that|responsible)|responsible for|blamed (?:\w+ )?for|"
    r"suspicion of|suspected of|charged with|convicted|sentenced|court|verdict|compensation for|memorial|remember\w*|"
    r"call(?:ed|s|ing)? for|urg(?:ed|es|ing)|demand(?:ed|s|ing)?|"
    r"against (?:the )?(?:killing|arrest|detention|abduction|rape|attack|shelling|bombing)|over the (?:killing|arrest|death|detention|abduction|rape))\b"
)
# "since the prison riot", "after the attack": an earlier event named in passing.
_EARLIER_EVENT = _rx(r"\b(?:since|after|following|in the wake of|ahead of|before) (?:the|a|an|last|this|their|its) (?:\w+\s+){0,2}$")
# A denial or an accusation governs the whole clause after it.
_DENIAL = _rx(r"\b(?:rejected|denied|denies|deny|dismissed) (?:\w+ ){0,3}?(?:accusations?|allegations?|claims?|reports?|responsibility)|\baccus(?:ed|es|ing|ations?) (?:\w+ ){0,4}?(?:of|that)\b")
DIPLOMACY = _rx(
    r"\b(?:talks|summit|met with|meeting with|held (?:\w+ ){0,2}?(?:talks|meeting|discussions)|bilateral|foreign minister|ambassador|"
    r"diplomat\w*|visit(?:ed|s|ing)?|sanctions|embassy|condolences|telephone (?:call|conversation)|spoke (?:by phone|with)|"
    r"trade deal|cooperation|memorandum of understanding|state visit|envoy)\b"
)

MILITARY_AGENT = _rx(r"\b(?:" + STATE + r"|" + ARMED + r")\b")
CIVILIAN_WORDS = _rx(r"\b" + CIVILIAN + r"\b")
MILITARY_TARGET_WORDS = _rx(r"\b(?:members? of (?:an? |the )?(?:\S+ ){0,3}?(?:group|faction|militia|army|brigade|command|cartel|gang|rebels)|commanders?|operatives?|soldiers?|troops|servicem[ae]n|policem[ae]n|police officers?|police stations?|police|officers|personnel|militants?|insurgents?|rebels?|fighters?|jihadists?|terrorists?|security (?:forces|personnel|officers?|members?|guards?)|members? of the (?:\w+ ){0,3}?(?:security|army|police|forces|military)|army|military|security forces|guards?|gendarmes?|militiam[ae]n|commanders?|checkpoint|base|outpost|convoy|patrol|positions?)\b")
PROTEST_WORDS = _rx(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march(?:ed|es|ers)?|sit-?ins?|picket\w*|crowds?|bandh|hartal|vigil)\b")
CASUALTY_OF_PROTESTERS = _rx(r"\b(?:protesters|demonstrators|protestors|marchers|people|students|youths?|persons|man|woman|boy|girl)\b\s+(?:\w+ ){0,4}?(?:were |was |had been |have been )?(?:killed|shot dead|died|shot and killed|gunned down)|(?:killed|shot dead|killing|shooting dead)\s+(?:\w+ ){0,3}?(?:protesters|demonstrators|protestors|marchers)|(?:opened fire|fired live)")
VIOLENCE_BY_PROTESTERS = _rx(r"\b(?:burn(?:ed|t|ing) (?:\w+ )?(?:mattresses|belongings|property|buildings?|offices?)|fir(?:ed|ing) (?:\w+ ){0,3}?(?:gunshots|shots|firearms|guns|weapons|bullets) (?:in|into) the air|tried to retaliate|turn(?:ed|s|ing)? (?:\w+ )?violent|violence (?:boil\w*|erupt\w*|flar\w*|spiral\w*|broke)|descended into|scene of (?:\w+ )?violence|set ablaze|smash(?:ed|ing)|trash(?:ed|ing)|petrol bombs?|clash(?:es|ed|ing)? with|in clashes|throwing (?:\w+ )?(?:stones|rocks|bricks)|burning (?:\w+ )?(?:material|materials|tyres|tires|debris|barricades)|burn(?:ing|ed|t) (?:debris|tyres|tires|vehicles?|cars?|buses|a |an |one |two )|setting fire|set (?:\w+ ){0,3}?(?:on fire|alight|ablaze)|barricad\w*(?! themselves)|burn\w* (?:\w+ )?(?:tyres|tires|barricades|effigies|effigy)|scuffles?|(?:escalating|outbreaks? of) violence|violence (?:erupted|broke out)|shut down roads|threw|hurled|pelted|torched|set fire|set ablaze|vandali[sz]ed|stormed|smashed|looted|ransacked|burn(?:ed|t|ing) (?:tyres|tires|vehicles|cars|buses|police|government|an?)|clashed with|stone[- ]?pelting|petrol bombs?|molotov|rioted|rioting|damaged|attacked (?:police|officers|security))\b")
INTERVENTION_ON_PROTEST = RULES[[r.name for r in RULES].index("intervention")].pattern
LABOUR_STRIKE = _rx(r"\b(?:on strike|went on strike|strike action|general strike|industrial action|workers'? strike|labou?r strike|strike by)\b")


def find_triggers(sentence: str) -> list[Trigger]:
    """Every rule that fires in a lowercased sentence, best first."""
    found: list[Trigger] = []
    for rule in RULES:
        match = rule.pattern.search(sentence)
        if match:
            found.append(Trigger(rule.sub_event_type, match.start(), match.end(), rule.priority, rule.name))
    found.sort(key=lambda t: (-t.priority, t.start))
    return found


def preceded_by_irrealis(sentence: str, start: int, window: int = 40) -> bool:
    """True when the words just before a trigger report talk about it, not it."""
    return bool(_IRREALIS_BEFORE.search(sentence, max(0, start - window), start)
                or _EARLIER_EVENT.search(sentence, 0, start) or _DENIAL.search(sentence, 0, start))
