"""The trigger lexicon as data: every rule, word class and veto, one entry a line.

A rule (`Spec`) names the ACLED sub-event type it signals, its priority (the most
specific type wins), the codebook reason for it, and its alternatives, one per line
(short single words share a line). `triggers.py` compiles each into one regex,
`head + "|".join(entries) + tail`, and builds the Aho-Corasick pre-filter from
`PREFILTER_STEMS`. To extend the lexicon, add a line to the right table; a new
rule's words must contain one of the stems, or the pre-filter never lets it run.
The patterns run on the lowercased sentence. `<ARMED>` stands for the ARMED class, `<INFRA>` for INFRASTRUCTURE,
`<CIVILIAN>` for CIVILIAN (the victims an attack names).
"""
from __future__ import annotations

from dataclasses import dataclass


def any_of(*entries: str, head: str = r"\b(?:", tail: str = r")\b") -> str:
    """One regex source from alternatives, in their order (the first that fits wins)."""
    return head + "|".join(entries) + tail


@dataclass(frozen=True)
class Spec:
    """One trigger rule: the sub-type it signals and the words that signal it."""

    sub_event_type: str
    priority: int
    name: str
    reason: str
    head: str
    tail: str
    entries: tuple[str, ...]

    def source(self, **classes: str) -> str:
        text = any_of(*self.entries, head=self.head, tail=self.tail)
        for key, value in classes.items():
            text = text.replace("<%s>" % key, value)
        return text


# Word classes the rules share.
# Non-state armed agents.
ARMED = any_of(
    r"gunmen", r"militants?", r"insurgents?", r"rebels?", r"jihadists?", r"terrorists?", r"fighters", r"attackers",
    r"assailants", r"bandits", r"extremists",
    r"armed (?:men|group|groups|assailants|individuals|persons|thugs)",
    r"(?:political|party) thugs",   # hired by a politician or party (ACLED: a political militia)
    r"unidentified (?:men|persons|people|assailants|attackers|gunmen)",
    r"suspected (?:militants|insurgents|rebels|bandits|herdsmen)",
    r"herdsmen",
    r"militiam[ae]n",
    r"militias?", r"separatists", r"taliban",
    r"al[- ]shabaa?b",
    r"shabaab", r"boko haram", r"islamic state", r"houthis?", r"maoists", r"naxals?", r"guerrillas?", r"gangs?",
    r"gang members", r"cartel",
    head=r"(?:", tail=r")")

# State forces.
STATE = any_of(
    r"army", r"soldiers", r"troops", r"military", r"armed forces", r"security forces",
    r"police(?:men)?",
    r"officers", r"forces", r"government forces", r"regime forces", r"pro-government forces", r"navy", r"marines",
    r"gendarmes?", r"gendarmerie",
    r"paramilitar(?:y|ies)",
    r"national guard", r"border guards?", r"commandos", r"special forces", r"coalition", r"personnel", r"jawans",
    head=r"(?:", tail=r")")

# People and places that do not fight back.
CIVILIAN = any_of(
    r"off-duty", r"civilians?", r"villagers?", r"villages?", r"huts", r"homes", r"houses", r"residents?",
    r"farmers?", r"herders?",
    r"worshipp?ers",
    r"students?", r"pupils", r"teachers?", r"women", r"woman", r"girls?", r"boys?", r"children", r"child", r"man",
    r"men", r"people", r"persons?", r"family", r"families", r"journalists?", r"reporters?", r"activists?",
    r"traders?", r"passengers?", r"motorists?", r"pilgrims", r"displaced", r"refugees", r"shoppers",
    r"(?:local )?officials?",
    r"politicians?",
    r"councill?ors?",
    r"chiefs?", r"elders?", r"cleric", r"imam", r"priest", r"pastor", r"nurses?", r"doctors?", r"aid workers?",
    r"health workers?", r"electoral workers", r"candidates?", r"community leaders?", r"employees", r"workers",
    r"staff", r"vendors", r"drivers?", r"inmates?", r"prisoners", r"shepherds?",
    r"a [a-z]+ (?:leader|member|official)",
    # professions and offices that wire reports name as the victims of murders and kidnappings
    r"lawyers?", r"judges?", r"magistrates?", r"mayors?", r"businessm[ae]n", r"professors?", r"nuns?", r"priests",
    r"peasants?", r"(?:trade )?unionists?", r"union (?:leaders?|members?)",
    r"(?:civilian )?employee",                 # "an employee of the brigade": on its payroll, not in its ranks
    # the victims a report counts by age or by passport: "four minors", "two U.S. citizens"
    r"minors", r"infants?", r"babies", r"teenagers?", r"citizens", r"nationals", r"foreigners", r"tourists?",
    head=r"(?:", tail=r")")

# A station or post that serves the public is no combatant's post: "attacked a radio station", "the health post".
CIVIL_POST = (r"(?<!radio )(?<!television )(?<!tv )(?<!gas )(?<!petrol )(?<!fuel )(?<!bus )(?<!train )"
              r"(?<!railway )(?<!power )(?<!pumping )(?<!relay )(?<!health )(?<!trading )(?<!polling )(?<!voting )")

# "attacked a convoy": a military convoy, unless it carries traders or travellers ("a convoy of traders", "an aid
# convoy" is no combatant)
_ARMED_CONVOY = (r"convoy(?! of (?:\w+ )?(?:traders|merchants|civilians|passengers|travell?ers|pilgrims|refugees|"
                 r"migrants|lorries|trucks|buses|cars|vehicles|aid|food|fuel|goods))")
# Targets that are combatants or their posts.
MIL_TARGET = any_of(
    r"army", r"military", r"police", r"security", r"militants", r"insurgents", r"rebels", r"fighters", r"jihadists",
    r"terrorists", r"extremists", r"checkpoint",
    r"check ?post",
    r"outpost", r"base", r"barracks", r"convoy", r"patrol", r"positions?", r"troops", r"soldiers",
    CIVIL_POST + r"posts?",
    r"(?:military|army|training|militant|rebel) camps?",
    CIVIL_POST + r"station", r"personnel", r"forces",
    head=r"(?:", tail=r")")

# Property that keeps a country running: what sabotage, demolition and attacks on property aim at.
INFRASTRUCTURE = any_of(
    r"pipelines?", r"pylons?", r"poles", r"bridges?", r"railways?", r"rail (?:lines?|tracks?)", r"tracks",
    r"(?:power|electricity|transmission|telephone|telecom\w*|phone|mobile phone|communications?|radio|relay|"
    r"high[- ]voltage|water) (?:towers?|lines?|poles?|masts?|stations?|plants?|exchanges?|installations?|networks?|"
    r"grids?|systems?)",
    r"towers?", r"masts?", r"powerlines?", r"substations?", r"transformers?", r"power plants?", r"dams?",
    r"oil (?:wells?|fields?)",
    r"installations", r"facilities", r"depots?", r"warehouses?", r"factories", r"factory",
    r"(?:electric(?:al|ity)?|power|high[- ]voltage|telephone|utility) (?:posts?|poles?|towers?|lines?|grids?|"
    r"systems?|networks?|installations?|substations?|plants?)",
    r"(?:fuel|oil|petroleum|gas) (?:installations?|facilities|tanks?)",
    r"airstrips?", r"landing strips?", r"junction box(?:es)?", r"telephone booths?",
    r"(?:oil|fuel|gas|petroleum|bus|ferry|cargo) terminals?", r"refiner(?:y|ies)",     # where oil and travellers load
    head=r"(?:", tail=r")")

# The word classes a rule may name in angle brackets: "<ARMED> (?:\w+ )?bombed".
CLASSES = {"ARMED": ARMED, "INFRA": INFRASTRUCTURE, "CIVILIAN": CIVILIAN}

# Vetoes. Words that make an apparent trigger mean something else: health, cyber, sport, labour
# strikes, disasters, accidents and fires (ACLED codes none of them).
NON_POLITICAL = any_of(
    r"heart attack", r"panic attack", r"asthma attack", r"cardiac", r"stroke",
    r"cyber ?attacks?",
    r"hack(?:ers|ing|ed into)",
    r"ransomware", r"shark", r"dog attack", r"attacking midfielder", r"striker", r"goalkeeper", r"football",
    r"soccer", r"cricket", r"match", r"tournament", r"league", r"wicket", r"innings", r"scored",
    r"(?:first|second) leg",
    r"coach",
    r"(?:his|her|their|the home|the visiting|the away) (?:team|side)",
    r"championship",
    r"semi-?finals?",
    r"quarter-?finals?",
    r"playoffs?",
    r"(?:labou?r|workers|teachers|nurses|doctors|transport|truckers|drivers|rail|staff|employees|unions?)\s+(?:\w+ "
    r"){0,3}?(?:strike|strikes|walkout)",
    r"went on strike", r"on strike", r"strike action", r"industrial action", r"lightning strike", r"strike price",
    r"strike (?:a|the) (?:deal|balance|chord|pose)",
    r"struck (?:a|the) deal",
    r"earthquake", r"quake", r"tremor",
    r"flood(?:s|ing|ed)?",
    r"landslide", r"mudslide", r"cyclone", r"hurricane", r"typhoon", r"tornado", r"storm", r"drought", r"wildfire",
    r"bushfire", r"forest fire", r"tsunami",
    r"volcan\w*",
    r"avalanche", r"heatwave", r"cold wave",
    r"died (?:of|from) (?:covid|cholera|ebola|malaria|the virus|coronavirus)",
    r"(?:road|car|traffic|train|bus|plane|air|boat|ferry|helicopter|mining|mine) (?:accident|crash|collision|"
    r"disaster|derailment|capsiz\w*)",
    r"crash(?:ed)? into",
    r"crash(?:es)?",                       # "the crash killed 120 passengers": an accident
    r"(?:plane|aircraft|airliner|helicopter|jet|airplane) (?:\w+ ){0,8}?crashed",   # "a plane ... crashed at dawn"
    r"collided", r"collisions?", r"capsized", r"plunged", r"accidents?",
    r"(?:plant|warehouse|factory|depot|godown|cylinder|boiler|tanker|truck|reactor) (?:\w+ )?(?:exploded|blew up|"
    r"caught fire)",
    r"derail\w*",
    r"stampede", r"collapsed", r"building collapse", r"drowned", r"electrocuted",
    r"(?:gas|cylinder|boiler|tanker|factory|chemical plant|refinery|fireworks|transformer|pipeline) (?:explosion|"
    r"blast|fire|leak)",
    r"(?:chemical|gas|toxic|oil|chlorine|ammonia) (?:leak\w*|spill\w*)",
    r"(?:explosion|blast|fire) (?:\w+ ){0,3}?(?:warehouse|factory|plant|depot|refinery|oil company|godown|chemical "
    r"plant)",
    r"short circuit",
    r"solvents?", r"storage tanks?", r"industrial (?:plants?|sites?|accidents?|waste)",
    r"(?:fire|blaze) (?:broke out|gutted|engulfed|razed)",
    r"caught fire",
    r"fire ?fighters",
    r"fire brigade", r"firemen",
    head=r"\b(?:", tail=r")\b")

# Ordinary crime, which ACLED leaves out unless an armed group or a protest is behind it.
CRIME = any_of(
    r"robber(?:y|ies|s)",
    r"robbed",
    r"thie(?:f|ves)",
    r"theft",
    r"burglar\w*",
    r"stole", r"stolen", r"drugs?",
    r"narcotic\w*",
    r"cocaine", r"heroin",
    r"meth\w*",
    r"marijuana", r"cannabis", r"ganja",
    r"smuggl\w*",
    r"traffick\w*",
    r"contraband",
    r"fraud\w*",
    r"scam\w*",
    r"embezzl\w*",
    r"brib\w*",
    r"corruption", r"money laundering", r"counterfeit",
    r"poach\w*",
    r"illegal (?:mining|logging|fishing|weapons?|arms|firearms?)",
    r"extortion", r"ransom demand",
    r"domestic (?:violence|dispute)",
    r"(?:his|her) (?:wife|husband|girlfriend|boyfriend)",
    r"love affair", r"land dispute",
    r"(?:kg|kilograms?) of(?! (?:dynamite|explosives?|tnt|ammonium|c-?4|semtex))",   # drugs, not a bomb's charge
    r"grams of", r"tonnes of",
    r"worth (?:rs|\$|usd|n)",
    r"seized (?:\w+ ){0,3}?(?:drugs|cocaine|heroin|cash|liquor|alcohol|gold)",
    r"wanted criminals?", r"notorious criminals?", r"hardened criminals?", r"criminal gang",
    r"gang of (?:robbers|thieves|criminals)",
    r"cyber ?crime",
    r"online fraud", r"sextortion", r"murder case", r"murder suspect",
    r"killed (?:his|her) (?:wife|husband|mother|father|son|daughter|brother|sister)",
    head=r"\b(?:", tail=r")\b")

# The sentence talks about an event rather than reporting one.
CLAIM = any_of(
    r"claim(?:ed|s|ing)? (?:the )?(?:responsibility|credit)",
    r"tak(?:es|en|ing)? credit",
    r"took credit", r"responsibility for",
    r"claimed (?:the|that|an?) (?:attack|bombing|blast|killing|explosion|assault|operation)",
    r"(?:has|have) claimed (?:the|an?)",
    r"took responsibility", r"takes responsibility",
    # "The attack, claimed by the Islamic State group, came three months after ...": the deed told before, named back
    r"^(?:the|that) (?:[\w-]+ )?(?:attack|bombing|blast|assault|raid|massacre|shooting|killings?), (?:\w+ ){0,2}?"
    r"claimed by",
    head=r"\b(?:", tail=r")\b")

# Words just before a trigger that make it talk about an event, not report it.
IRREALIS_BEFORE = any_of(
    r"waiting (?:\S+ ){0,4}?to", r"prepar\w+ (?:for|to)", r"kick off", r"poised to", r"ready to",   # not yet
    r"with an? aim (?:of|to)", r"in order to", r"mobili[sz]\w+ (?:\S+ ){0,3}?for",
    r"(?:see|saw|sees|call|calls|called|describe|described|describes|term|termed) as",   # "what they see as"
    r"an end to",
    r"condemn\w*",
    r"denounc\w*",
    r"deplor\w*",
    r"mourn\w*",
    r"commemorat\w*",
    r"anniversary",
    r"warn(?:ed|s|ing)? (?:of|about|against|that)",
    r"threaten\w*",
    r"plan(?:ned|ning|s)? to",
    r"plot(?:ted|ting)? to",
    r"intend\w* to",
    r"vow(?:ed|s)? to",
    # a side's undertakings ("commits itself to halt all offensive operations", "promise to refrain from attacks")
    r"promis(?:e|ed|es|ing) to", r"commit(?:s|ted|ting)? (?:itself |themselves |himself |herself )?to",
    r"pledg(?:e|ed|es|ing) to", r"propos(?:e|ed|es|ing) to",
    r"would", r"will", r"could", r"might",
    r"(?<!\d )may(?! \d)",
    r"should", r"if", r"unless", r"risk of", r"threat of",
    r"prevent\w*",
    r"avoid\w*",
    r"deny", r"denied", r"denies",
    r"investigat\w*",
    r"solv(?:e|es|ing)",      # "prosecutors who solve murders": the deeds as a kind, no incident
    r"probe into", r"trial", r"accused of", r"accusations?", r"allegations?",
    r"alleged(?:ly)? (?:that|responsible)",
    r"responsible for",
    r"blamed (?:\w+ )?for",
    r"suspicion of", r"suspected of", r"charged with", r"convicted", r"sentenced", r"verdict",
    # a court hearing the case, not a court's judge or building named as the victim ("a high court magistrate
    # was shot": "court" just before the trigger qualifies its first word)
    r"court(?!\s*$)(?! (?:judges?|magistrates?|justices?|president|clerks?|officials?|employees|building|house)\b)",
    r"compensation for", r"memorial",
    r"remember\w*",
    r"call(?:ed|s|ing)? for",
    r"urg(?:ed|es|ing)",
    r"demand(?:ed|s|ing)?",
    r"against (?:the )?(?:killing|arrest|detention|abduction|rape|attack|shelling|bombing)",
    r"over the (?:killing|arrest|death|detention|abduction|rape)",
    # "said it was suspending military operations against U.S. forces": operations put off, none fought
    r"suspen(?:d|ds|ded|ding|sion of)",
    r"(?:halt|halts|halted|halting|pause|pauses|paused|pausing|freeze|freezes|freezing|froze) (?:all |its |their )"
    r"?(?:military |armed |combat )?",
    head=r"\b(?:", tail=r")\b")

# "since the prison riot", "after the attack": an earlier event named in passing.
EARLIER_EVENT = any_of(
    r"\b(?:since|after|following|in the wake of|ahead of|before) (?:the|a|an|last|this|their|its) (?:\w+\s+){0,2}$",
    # "to mark three years since the Hamas-led attack": a hyphenated word is one modifier (not "arrested following a
    # five-minute clash", where the clash is the news)
    r"\bsince (?:the|a|an|last|this|their|its) (?:[\w-]+\s+){0,2}$",
    # "came three months after gunmen killed 21 tourists", "days after a drone attack killed three soldiers": a deed
    # told only as a span of time before the news (a span with no day: not "two days after")
    # ("a few hours after a man killed one person": that day, told; "its worst violence in weeks after ...": no span)
    r"\b(?:(?:a few|few|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|\d+) (?:weeks|months|"
    r"years|decades)|(?<!in )(?<!for )(?<!of )(?:days|weeks|months|years|decades)|a (?:week|month|year|decade)) "
    r"(?:after|before) (?:[\w'-]+\s+){0,3}$",
    # "sanctions over the bombing of its soldiers": a reaction to an incident, not its report
    r"\b(?:sanctions|anger|outrage|fury|protests?|row|criticism|condemnation|retaliat\w+|expelled) (?:\S+ ){0,8}?"
    r"over (?:the|an?|its|their) (?:\w+\s+){0,1}$",
    head=r"", tail=r"")

# "Five people were killed after a bomb exploded": harm told just before "after" is what the bomb did, so
# the bomb is this report's incident, not an earlier one.
HARM_BEFORE_CAUSE = any_of(
    r"(?:were|was|have been|had been|are|is) (?:\w+ )?(?:killed|wounded|injured|hurt|destroyed|damaged)\W*"
    r"(?:\S+\s+){0,8}?$",
    r"died\W*(?:\S+\s+){0,8}?$",
    # "the senator was unharmed following an attack on his car": the attack he survived is the news
    r"(?:unharmed|unhurt|unscathed|escaped)\W*(?:\S+\s+){0,8}?$",
    head=r"\b(?:", tail=r")")
# "As you will recall, the judge was kidnapped on 20 December": a reminder of a deed done, not a deed to come
REMINDER = any_of(
    r"as (?:you |we |it |listeners )?(?:will|may|might|should|would|must) (?:recall|remember|be recalled|"
    r"be remembered)",
    r"it (?:will|may|should|must) be (?:recalled|remembered)",
    head=r"\b(?:", tail=r")\b")

# A denial or an accusation governs the whole clause after it.
DENIAL = any_of(
    r"\b(?:rejected|denied|denies|deny|dismissed) (?:\w+ ){0,3}?(?:accusations?|allegations?|claims?|reports?|"
    r"responsibility)",
    # (not "caught three men they accused of being gang members and beat them": who the victims were said to be)
    r"\baccus(?:ed|es|ing|ations?) (?:\w+ ){0,4}?(?:of|that)\b(?! being (?:an? )?(?:\w+ )?(?:thie(?:f|ves)|"
    r"gang members?|witch(?:es)?|robbers?|criminals|spies|informers?|informants?|kidnappers|bandits)\b)",
    r"\baccused as\b", r"\binvolved in (?:organi[sz]ing|inciting|planning|leading)\b", r"\bintellectual authors?\b",
    head=r"", tail=r"")
# An accusation or a denial of authorship, not of the deed: "accused the death squads of perpetrating the 31 October
# attack", "denied any involvement in the killing of three farmers on Monday"; the deed itself is told as done when
# the words give it its own day or tell it in a clause of its own
AUTHORSHIP = (r"\baccus(?:ed|es|ing) (?:\w+ ){0,4}?of (?:perpetrating|carrying out|committing|staging|being behind|"
              r"masterminding|ordering|responsibility for|having (?:carried out|perpetrated|committed|staged))\b|"
              r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed) (?:\w+ ){0,3}?(?:involvement|links?|"
              r"participation|responsibility|role|connection) (?:in|with|for|to)\b")
DEED_CLAUSE = r"\b(?:in|during) which\b"
# A trigger negated or doubted by the words right before it: "there were no clashes", "unclear whether clashes".
# "No one has been arrested", "nobody was hurt": the deed denied outright.
NEGATED_BEFORE = (r"\b(?:no (?:reports? of |signs? of )?|whether (?:any )?(?:[\w-]+ (?:or|and) )?|"
                  r"(?:no one|no-one|nobody) (?:has |have |had |was |were )?(?:yet |so far )?(?:been )?)$")

# A deed the talk around it dates to its own day ("condemned the murder of the mayor on 3 May") is reported
# all the same (triggers.dated_deed); these words before it keep it talk: still to come, doubted, a trial's
# or an anniversary's deed.
UNREAL_BEFORE = any_of(
    r"would", r"will", r"could", r"might", r"may", r"should", r"must", r"if", r"unless", r"whether",
    r"plan\w*", r"plot\w*", r"intend\w*", r"vow\w*", r"threat\w*", r"warn\w*", r"prevent\w*", r"avoid\w*",
    r"attempt\w*", r"tr(?:y|ied|ies|ying) to", r"aim\w*", r"in order to", r"prepar\w*", r"ready", r"poised",
    r"deny", r"denied", r"denies", r"alleg\w*", r"no", r"not", r"never",
    r"anniversary", r"commemorat\w*", r"memorial", r"remember\w*", r"mark\w*",
    r"trial", r"court", r"verdict", r"sentenc\w*", r"convict\w*", r"charged",
    head=r"\b(?:", tail=r")\b")
_DEED_DAY = (r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
             r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
             r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|last night)")
# "the murder of the three judges on 16 November", "the attack last Friday": the day named after the deed, in
# its own words (a reporting verb in between dates the report, not the deed)
DEED_DAY_AFTER = (r"(?:\s+(?:(?!(?:said|says|told|announced|stated|reported|added|declared|statement|called|urged|"
                  r"demanded|asked|met|vowed|promised)\b)[^;.:()\[\]]){0,110}?)?,?\s+"
                  r"(?:on\s+|last\s+|early\s+|late\s+)?(?:the\s+)?"
                  + _DEED_DAY + r"\b")
# "the 31 October attack", "Saturday's bombing": the day named before the deed
DEED_DAY_BEFORE = (r"\b(?:the|a|an|last)\s+" + _DEED_DAY + r"(?:'s)?\s+(?:[\w-]+\s+)?$|\b"
                   r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)'s\s+(?:[\w-]+\s+)?$")

# Context classes for classify.py. Victims who are combatants.
MILITARY_TARGET_WORDS = any_of(
    r"members? of (?:an? |the )?(?:\S+ ){0,3}?(?:group|faction|militia|army|brigade|command|cartel|gang|rebels)",
    r"commanders?", r"operatives?", r"soldiers?", r"troops",
    r"servicem[ae]n",
    r"policem[ae]n",
    r"police officers?", r"police stations?", r"police", r"officers", r"personnel", r"militants?", r"insurgents?",
    r"rebels?", r"fighters?", r"jihadists?", r"terrorists?",
    r"security (?:forces|personnel|officers?|members?|guards?)",
    r"members? of the (?:\w+ ){0,3}?(?:security|army|police|forces|military)",
    r"army", r"military", r"security forces", r"guards?", r"gendarmes?",
    r"militiam[ae]n",
    r"commanders?", r"checkpoint", r"base", r"outpost", _ARMED_CONVOY, r"patrol", r"positions?", r"brigades?",
    r"battalions?", r"regiments?",
    r"garrisons?", r"barracks", r"command posts?", r"general staff",   # the installations troops hold
    r"military (?:installations?|complex|headquarters|bases?)",
    head=r"\b(?:", tail=r")\b")

# Words that place a sentence inside a demonstration.
PROTEST_WORDS = any_of(
    r"protest\w*",
    r"demonstrat\w*",
    r"rall(?:y|ies|ied)",
    r"(?<!\d )march(?:ed|es|ers)?(?! \d)",                  # not the month: "1 march", "march 2022"
    r"sit-?ins?",
    r"picket\w*",
    r"crowds?", r"bandh", r"hartal", r"vigil",
    head=r"\b(?:", tail=r")\b")

# Protesters killed or shot at.
CASUALTY_OF_PROTESTERS = any_of(
    r"\b(?:protesters|demonstrators|protestors|marchers|people|students|youths?|persons|man|woman|boy|"
    r"girl)\b\s+(?:\w+ ){0,4}?(?:were |was |had been |have been )?(?:killed|shot dead|died|shot and killed|gunned "
    r"down)",
    r"(?:killed|shot dead|killing|shooting dead)\s+(?:\w+ ){0,3}?(?:protesters|demonstrators|protestors|marchers)",
    r"(?:opened fire|fired live)",
    r"(?:fatally shot|shot and killed|killed|shot dead) (?:\S+ ){0,3}?by (?:the )?(?:police|security forces|soldiers|"
    r"troops|army|military)",
    r"(?:killed|shot dead|shot and killed|killing)\s+(?:\S+ ){0,3}?(?:civilians|people|persons|residents)",
    r"(?:causing|caused|leading to|resulting in) (?:the )?deaths?",
    head=r"", tail=r"")

# What protesters do that makes a demonstration violent.
VIOLENCE_BY_PROTESTERS = any_of(
    r"set on fire (?:\w+ )?(?:barricades|tyres|tires|vehicles?|cars?|buses)",
    r"burning (?:vehicles?|cars?|buses|barricades)",
    r"pelting",
    r"burn(?:ed|t) (?:(?:the|a|an|\w+) ){0,2}?(?:tyres|tires|vehicles?|cars?|buses|shops?|stores?|banks?|houses?|"
    r"homes?|police stations?|tents?|flags?|effigies|effigy)",
    r"burn(?:ed|t|ing) (?:\w+ )?(?:mattresses|belongings|property|buildings?|offices?)",
    r"fir(?:ed|ing) (?:\w+ ){0,3}?(?:gunshots|shots|firearms|guns|weapons|bullets) (?:in|into) the air",
    r"tried to retaliate",
    r"turn(?:ed|s|ing)? (?:\w+ )?violent",
    r"violence (?:boil\w*|erupt\w*|flar\w*|spiral\w*|broke)",
    r"descended into",
    r"scene of (?:\w+ )?violence",
    r"set ablaze",
    r"smash(?:ed|ing)",
    r"trash(?:ed|ing)",
    r"petrol bombs?",
    r"clash(?:es|ed|ing)? with",
    r"in clashes",
    r"throwing (?:\w+ )?(?:stones|rocks|bricks)",
    r"burning (?:\w+ )?(?:material|materials|tyres|tires|debris|barricades)",
    r"burn(?:ing|ed|t) (?:debris|tyres|tires|vehicles?|cars?|buses|a |an |one |two )",
    r"setting fire",
    r"set (?:\w+ ){0,3}?(?:on fire|alight|ablaze)",
    r"barricad\w*(?! themselves)",
    r"burn\w* (?:\w+ )?(?:tyres|tires|barricades|effigies|effigy)",
    r"scuffles?",
    r"(?:escalating|outbreaks? of) violence",
    r"violence (?:erupted|broke out)",
    r"shut down roads", r"threw", r"hurled", r"pelted", r"torched", r"set fire", r"set ablaze",
    r"vandali[sz]ed",
    r"stormed", r"smashed",
    r"looted(?! (?:funds|money|assets|wealth|public funds))",
    r"ransacked",
    r"burn(?:ed|t|ing) (?:tyres|tires|vehicles|cars|buses|police|government|an?)",
    r"clashed with",
    r"stone[- ]?pelting",
    r"petrol bombs?", r"molotov", r"rioted", r"rioting", r"damaged",
    r"attacked (?:police|officers|security)",
    head=r"\b(?:", tail=r")\b")

# A strike by workers, not an air or missile strike.
LABOUR_STRIKE = any_of(
    r"on strike", r"went on strike", r"strike action", r"general strike", r"industrial action",
    r"workers'? strike",
    r"labou?r strike",
    r"strike by",
    head=r"\b(?:", tail=r")\b")


# "a fifth bomb", "another device": one more of the devices just told, which went off
_NOT_ONE_MORE = "".join(f"(?<!{word} )" for word in ("second", "third", "fourth", "fifth", "sixth", "another"))

RULES: tuple[Spec, ...] = (
    Spec('Other', 97, 'remnants',
         'Other: explosive remnants of war that go off long after the fighting',
         r"\b(?:", r")\b", (
             r"(?:explosive )?remnants of war",
             r"unexploded (?:ordnance|bombs?|shells?|munitions?|mortars?|rockets?)",
             r"uxos?",
             r"left ?over from (?:the )?(?:\w+ ){0,3}?war",
             r"laid during (?:the )?(?:\w+ ){0,3}?war",
             r"from (?:the )?(?:\w+ ){0,2}?war era",
         )),
    Spec('Chemical weapon', 96, 'chemical',
         'Chemical weapon: any use of chemical weapons, whoever the target',
         r"\b(?:", r")", (
             r"sulfur mustard", r"sulphur mustard", r"mustard agent", r"phosgene", r"poisonous gas",
             r"toxic chemicals? (?:attack|weapon)s?",
             # (not the Organisation for the Prohibition of Chemical Weapons, named in every such story)
             r"(?<!prohibition of )chemical (?:weapons?|attacks?|agents?|munitions?|strikes?|bombs?)",
             r"sarin",
             r"nerve (?:agent|gas)",
             r"mustard gas",
             r"chlorine (?:gas|attacks?|bombs?|barrel)",
             r"toxic gas attack", r"poison gas", r"gas attack",
             # "dropped grenades containing chloropicrin", "barrels that released a choking gas": a choking agent is a
             # chemical weapon whatever delivers it (tear gas is not: codebook)
             r"chloropicrin",
             r"choking (?:agents?|gas)",
             r"chlorine (?:as a weapon|munitions?|canisters?|cylinders?)",
             # "fired shells filled with chlorine", "barrels packed with sarin": the agent names the weapon, whatever
             # carries it
             r"(?:shells?|rockets?|bombs?|barrels?|munitions?|grenades?|projectiles?|canisters?|cylinders?|missiles?|"
             r"mortars?) (?:\w+ ){0,2}?(?:filled|loaded|packed|laden|armed) with (?:\w+ ){0,2}?(?:chlorine|sarin|"
             r"mustard|toxic gas|poison gas|nerve agents?|chemicals?)",
             r"(?:chlorine|sarin|mustard|gas|chemical)-(?:filled|laden|loaded|tipped)",
         )),
    Spec('Suicide bomb', 92, 'suicide',
         'Suicide bomb: the attacker dies detonating; outranks every other explosive type',
         r"\b(?:", r")", (
             r"kamikazes?",
             r"suicide (?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers|s)?|car bomb(?:er|ing)?|vest|blast|explosion|"
             r"truck bomb(?:ing)?|mission|bombers?|operations?)",
             r"blew (?:himself|herself|themselves) up",
             r"self-detonat\w*",
             r"detonated (?:his|her|their) (?:explosive )?(?:vest|belt)",
             r"suicide-bomb\w*",
             r"explosive[- ]laden (?:vehicle|car|truck) (?:driven|rammed)",
         )),
    Spec('Disrupted weapons use', 90, 'defuse',
         'Disrupted weapons use: a device defused, a bomb that failed to explode, weapons seized or intercepted',
         r"\b(?:", r")", (
             # (not "a fifth bomb did not explode" after four that did: the failed one is part of the bombing)
             _NOT_ONE_MORE + r"(?:grenade|bomb|device|ied|explosive|mine|rocket|shell)s? (?:\w+ ){0,3}?(?:did not|"
             r"didn't|failed to|did n't) (?:explode|detonate|go off)",
             _NOT_ONE_MORE + r"(?:grenade|bomb|device|ied|explosive|mine|rocket|shell)s? (?:\S+ ){4,10}?(?:did not|"
             r"didn't|failed to) (?:explode|detonate|go off)",    # "a grenade thrown at ... failed to explode"
             r"defus(?:ed|ing|e)",
             # "the pipe bomb was made safe by army technical officers": the disposal squad's words
             r"(?:bomb|device|ied|explosive|grenade|mine|shell|rocket|munition|package|object)s? (?:\S+ ){0,12}?"
             r"(?:was|were|had been|has been|have been) (?:\w+ )?(?:made|rendered) safe",
             r"(?:retrieved|recovered|disposed of|destroyed|dismantled|neutrali[sz]ed) (?:\S+ ){0,4}?(?:ieds?|"
             r"landmines?|explosive devices?|booby traps?|mortar (?:bombs|shells|rounds)|pressure bombs?)",
             r"(?:rockets?|missiles?|drones?|projectiles?|uavs?) (?:\S+ ){0,5}?(?:were|was|being|been) (?:intercepted|"
             r"shot down|downed)",
             r"disarm(?:ed|ing) (?:an? |the )?(?:bomb|device|explosive|ied|mine)",
             # (not the disposal experts as the bombing's source: "bomb disposal officers said it had been triggered")
             r"bomb disposal(?! (?:\w+ ){0,2}?(?:said|says|say|told|believe[ds]?|suspect(?:ed|s)?|found that))",
             r"(?:bombs?|explosives?|explosive devices?|ieds?|(?:land)?mines?|dynamite|weapons|ammunitions?|"
             r"firearms|ammo|arms|rockets?|grenades?|suspicious (?:packages?|objects?|devices?)) (?:\w+ ){0,2}?"
             r"(?:was |were |had "
             r"been |have been )?(?:found|discovered|recovered|unearthed|detected|seized|confiscated)",
             r"(?:found|discovered|recovered|unearthed|detected|seized) (?:an? |the |two |three |several )?(?:\w+ "
             r")?(?:bombs?|explosive devices?|ieds?|landmines?|explosives|weapons caches?|arms caches?|cache of "
             r"(?:arms|weapons|explosives))",
             r"(?:found|discovered|seized|recovered|unearthed|confiscated) (?:\S+ ){0,5}?(?:weapons|arms|"
             r"ammunitions?|explosives|dynamite|munitions|military equipment|rifles?|guns|firearms|pistols?|"
             r"grenade launchers?|(?:hand )?grenades?|"
             r"kalashnikovs?)\b",
             r"(?:destroyed|cleared|removed|dismantled|neutrali[sz]ed|defused) (?!by )(?:\S+ ){0,4}?(?:mines|landmines|"
             r"ieds|explosive devices|explosives|bombs|booby traps)",
             r"controlled (?:explosion|detonation)",
             r"safely detonated",
             r"foiled (?:an? |the )?(?:\w+ )?(?:bomb(?:ing)?|plot|suicide attack)",
             r"thwarted (?:an? |the )?(?:\w+ )?(?:bomb(?:ing)?|plot|suicide attack)",
             r"(?:intercepted|shot down|downed) (?:an? |the |two |three |several |\d+ )?(?:[\w-]+ ){0,3}?(?:drones?|"
             r"missiles?|rockets?|uavs?|projectiles?)",
             # "air defence units destroyed 27 Ukrainian drones over the Belgorod region": an interception
             r"destroyed (?:an? |the |two |three |several |dozens of |\d+ )(?:[\w-]+ ){0,2}?(?:drones|uavs|"
             r"missiles)\b(?! (?:depots?|factory|factories|plants?|launchers?|stores?|warehouses?))",
             # an air defence's tally: "destroyed 102 of 127 missiles and 99 of 109 drones"
             r"(?:destroyed|intercepted|shot down|downed) \d+ (?:of|out of) \d+ (?:[\w-]+ )?(?:drones?|missiles?|"
             r"rockets?|uavs?|projectiles?)",
             r"exploded prematurely", r"went off prematurely",
             r"accidentally (?:detonated|exploded|went off)",
             r"while (?:assembling|planting|making) (?:an? |the )?(?:bomb|explosive|device|ied)",
             # the device went off in the hands of whoever meant to use it (codebook: set off by accident)
             r"exploded before (?:he|she|they|the \w+) could (?:throw|hurl|plant|place|detonate|use) it",
             r"(?:killed|wounded|injured) (?:\S+ ){0,5}?by (?:a|the) (?:\w+ )?(?:grenade|bomb|explosive|device) "
             r"(?:he|she|they) (?:was|were) (?:trying|attempting|about) to",
             # "the terrorist was killed when the grenade exploded": the attacker killed by the device he carried
             r"(?:terrorists?|bombers?|guerrillas?|militants?|attackers?|assailants?|extremists?) (?:was|were) "
             r"(?:killed|wounded|injured) when (?:the|his|her|their) (?:\w+ )?(?:grenades?|bombs?|explosives?|devices?|"
             r"charges?|dynamite) (?:\w+ ){0,3}?(?:exploded|went off|detonated)",
         )),
    Spec('Sexual violence', 86, 'rape',
         'Sexual violence: rape and sexual assault as political violence',
         r"\b(?:", r")\b", (
             r"abused (?:\w+ ){0,2}?(?:women|girls|children|boys)",
             r"rap(?:ed|e|es|ing)",
             r"gang-?rap\w*",
             r"sexual(?:ly)? (?:assault\w*|violence|abuse\w*|abused|harass\w*|exploitation)",
             r"molest\w*",
             r"sexual slavery",
         )),
    Spec('Air/drone strike', 82, 'drone_drop',
         'Air/drone strike: munitions dropped from a drone or aircraft',
         r"", r"", (
             r"\b(?:dropp?(?:ed|ing|s)?) (?:\w+ ){0,3}?(?:grenades?|bombs?|explosives?|munitions?|mortar rounds?) "
             r"(?:\w+ ){0,2}?(?:from|by|using) (?:an? |the )?(?:\w+ )?(?:drones?|uavs?|quadcopters?|aircraft|"
             r"helicopters?)",
         )),
    Spec('Grenade', 80, 'grenade',
         'Grenade: a hand grenade, not a rocket-propelled one (that is shelling)',
         r"", r"", (
             r"\b(?<!rocket-propelled )(?<!rocket propelled )(?<!rpg )(?:hand )?grenades?\b(?! launcher)",
         )),
    Spec('Remote explosive/landmine/IED', 78, 'ied',
         'Remote explosive/landmine/IED: a device planted and set off, the attacker away',
         r"\b(?:", r")", (
             r"ieds?", r"ground mines?",
             r"(?:hit|struck|ran over|drove over|triggered) (?:an? |the )?(?:\w+ )?(?:mine|landmine|ied|roadside "
             r"bomb|explosive device)",
             r"(?:mine|bomb|device|explosives?|ied)s?\W+(?:\S+\s+){0,10}?(?:went off|exploded|detonated)",
             # "a bomb hidden in a motorcycle parked outside a tea shop in Rueso district exploded": where it was put
             r"(?:bomb|device|explosives?|ied)s? (?:hidden|planted|placed|concealed|strapped|attached|fixed|left|"
             r"packed|stashed) (?:\S+\s+){0,16}?(?:went off|exploded|detonated)",
             # "a bomb, which shattered the windows of a bank, exploded today": the aside between commas
             r"(?:bomb|device|charge)s?, (?:which|that) [^,;]{0,160}, (?:\w+ )?(?:went off|exploded|detonated)",
             r"set off (?:an? |the )?(?:\w+ )?(?:explosives?|bombs?|devices?|(?:land)?mines?)",   # "set off a mine"
             r"set off (?:\S+ ){0,4}?(?:dynamite|explosives|charges?)",
             r"remote(?:ly)? (?:explosive|detonat\w+)",
             r"improvised (?:explosive|bomb|device)s?",
             r"detonated (?:\w+ ){0,3}?(?:bombs?|explosives|devices?|ieds?)",
             r"roadside (?:bomb|blast|explosion|device|ied)s?",
             r"land ?mines?",
             r"anti-(?:tank|personnel) mines?",
             # mines as the weapon of an ambush: "attacked a military convoy with mines", "a mine attack on troops"
             # (not an attack on a mine: "attacked the gold mine", "a coal mine blast")
             r"(?:attack\w*|ambush\w*|struck|targeted|hit) (?:\S+ ){0,8}?with (?:\w+ ){0,2}?mines",
             r"(?<!coal )(?<!gold )(?<!copper )(?<!tin )(?<!jade )(?<!salt )(?<!the )mine attacks?",
             r"(?:car|vehicle|truck|motorcycle|motorbike|bicycle|parcel|magnetic|sticky|time|remote[- ]controlled?) "
             r"bombs?",
             r"bomb (?:blast|explosion|attack)s?",
             r"explosives? devices?",
             r"booby[- ]trap\w*",
             r"(?:bomb|device|explosives?|mine|ied)s? (?:\w+ ){0,4}?(?:exploded|detonated|went off|blew up|ripped "
             r"through)",
             r"(?:explosion|blast)s? (?:hit|ripped|struck|rocked|targeted|killed|injured|wounded|tore|destroyed|"
             r"damaged|wrecked)",
             r"detonated (?:a|an|the) (?:bomb|device|explosive|ied)",
             r"planted (?:a|an|the)? ?(?:bomb|explosive|device|ied)s?",
             r"stepp(?:ed|ing) on (?:a|an) (?:mine|landmine|explosive)",
             r"(?:an? )?(?:bomb|explosion|blast) (?:killed|injured|wounded|targeted|hit)",
             # Dynamite is how bombs are told where mining explosives are at hand (Andes, Africa, South Asia).
             r"dynamit(?:ed|ing)",
             r"dynamite (?:attacks?|charges?|blasts?|explosions?|bombs?|sticks?)",
             r"(?:charges?|sticks?) of dynamite",
             r"with dynamite",
             r"explosive charges?",
             r"explosion of (?:an? |the |two |three |several )?(?:\S+ ){0,3}?(?:bombs?|devices?|charges?|explosives)",
             # a bomb told by what it did or by who placed it: "destroyed by a bomb", "placed two bombs"
             r"(?:killed|murdered|wounded|injured|hurt|destroyed|damaged|wrecked|shaken|rocked) by (?:an? |the |two |"
             r"three |several |"
             r"\d+ )?(?:\S+ ){0,2}?(?:bombs?|explosives|explosive devices?|dynamite|explosive charges?)",
             r"(?:bombs?|explosives|explosive devices?|dynamite charges?) (?:\S+ ){0,3}?"
             r"(?:was|were|had been|have been) (?:\w+ )?(?:set off|detonated|planted|placed|hurled|thrown)",
             r"(?:placed|planted|place|plant|threw|hurled|tossed) (?:an? |the |two |three |four |five |several |\d+ )?"
             r"(?:(?!petrol|molotov|fire|gasoline|incendiary|smoke|stink|paint|stun|tear|sound|crude|cocktail)"
             r"\S+ ){0,2}?"
             r"(?:bombs?|explosives|explosive devices?|dynamite(?: charges?)?|charges of dynamite)",
             r"(?:attack(?:ed|s)?|assault(?:ed|s)?|struck) (?:\S+ ){0,12}?with (?:\S+ ){0,4}?(?:explosives|dynamite|"
             r"bombs?|explosive devices?|car bombs?)(?![\w-])",     # not "explosives-laden drones": the drones
             r"(?:loaded|filled|packed|laden|rigged|stuffed) with (?:\S+ ){0,4}?(?:explosives|dynamite|tnt)",
             r"dynamite\W+(?:\S+\s+){0,10}?(?:went off|exploded|detonated)",
             r"car-?bombs?",
             r"bombed and (?:destroyed|damaged|wrecked)",
             r"bombs? (?:\S+ ){0,2}?(?:shook|rocked|destroyed|damaged|wrecked|partially destroyed)",
             # "the bomb caused no casualties but destroyed six booths": the harm the bomb did, told after the toll
             r"(?:bomb|explosion|blast|charge|device)s? (?:caused|left|produced) (?:no|little|minor|several|heavy) "
             r"(?:\S+ ){0,3}?(?:but|and) (?:\w+ )?(?:destroyed|damaged|wrecked)",
             r"(?:blew|blown|blowing)[- ]up (?:\S+ ){0,5}?(?:<INFRA>|bus|buses|vehicles?|posts|jeeps?|cars?|trucks?)",
             # Demolition by explosives: a pipeline, pylon or building blown up, the attacker away.
             r"used (?:\S+ ){0,2}?(?:explosives|dynamite|bombs?|explosive (?:devices?|charges?)) (?:against|on|to "
             r"(?:blow up|destroy|attack|damage))",                   # "used explosives against the town hall"
             r"(?:blew|blown|blowing|blow) up (?:an? |the |\d+ |two |three |four |five |several |part of |"
             r"(?:a )?sections? of )(?:\S+ ){0,3}?(?:pipelines?|pylons?|towers?|poles|bridges?|railways?|"
             r"rail (?:lines?|tracks?)|tracks|buildings?|houses?|homes?|offices?|banks?|schools?|vehicles?|cars?|"
             r"buses|trucks?|trains?|stations?|headquarters|plants?|installations?|facilities|shrines?|mosques?|"
             r"churches|dams?|wells?|tankers?|substations?|transformers?)",
             r"(?:was|were|been|being) blown up",
         )),
    Spec('Remote explosive/landmine/IED', 73, 'bombing',
         'Remote explosive/landmine/IED: a bombing with no aircraft, artillery or thrower named '
         '(those rules outrank this one)',
         r"\b(?:", r")\b", (
             # a campaign that "began" or "intensified" is told of aircraft, not of a planted bomb
             r"(?<!aerial )(?<!air )(?<!carpet )(?<!suicide )bombings?(?! (?:raids?|sorties?|campaigns?|runs?|began|"
             r"started|continued|resumed|intensified|escalated))",
             r"<ARMED> (?:\w+ ){0,3}?bombed",
             r"bombed (?:and (?:destroyed|damaged) )?(?:an? |the |two |three |several )?(?:\S+ ){0,3}?<INFRA>",
             # "launched two bombs against a car dealership": thrown or set against a target on the ground
             r"launched (?:an? |the |two |three |four |five |several |\d+ )?(?:\S+ ){0,2}?(?:bombs?|explosive devices?|"
             r"dynamite charges?) (?:against|at)\b",
             # a building bombed: the planted charge of wire copy (an aircraft named makes it an air strike)
             r"bombed (?:an? |the |two |three |several )?(?:\S+ ){0,2}?(?:offices?|headquarters|buildings?|homes?|"
             r"houses?|residences?|banks?|stores?|shops?|embass(?:y|ies)|hotels?|restaurants?|(?:town|city) halls?)\b",
             # "the party headquarters, whose candidate is X, was bombed last night": the same, told in the passive
             r"(?:offices?|headquarters|buildings?|residences?|banks?|embass(?:y|ies)|hotels?|(?:town|city) halls?)"
             r"\b[^.;]{0,120}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+bombed",
         )),
    Spec('Air/drone strike', 76, 'air',
         'Air/drone strike: aircraft or drones bombing a target',
         r"\b(?:", r")", (
             r"air ?strikes?",
             r"air-strikes?",
             r"air ?raids?",
             r"air attacks?",
             r"aerial (?:bombardment|attacks?|strikes?|bombing|raids?)",
             r"drone (?:strikes?|attacks?)",
             # the aircraft is the agent: not "the helicopter was attacked", not "an air force member fired"
             r"(?:drones?|uavs?|warplanes?|war planes?|fighter (?:jets?|planes?)|jets|aircraft|air ?forces?(?! "
             r"intelligence| members?| officers?| pilots?| personnel| base| garrison)|helicopter gunships?|"
             r"helicopters?|choppers?|gunships?|bombers|planes?) (?:(?!(?:was|were|been|being) (?!\w+ing\b))\w+ "
             r"){0,6}?(?:struck|strikes?|bombed|bombs?|pounded|hit|targeted|attacked|raided|fired|carried out|"
             r"dropped|launched|shelled|killed|destroyed|striking|bombing|pounding|hitting|targeting)",
             r"(?:bombed|struck|pounded|targeted|hit) by (?:\w+ ){0,3}?(?:drones?|warplanes?|jets|aircraft|planes|"
             r"helicopters?|gunships?|air ?force)",
             r"barrel bombs?",
             # "an Israeli strike on a house", "a strike on a school sheltering families": a strike on a building
             # (not "a missile strike on an apartment building": the missile names the weapon)
             r"(?<!missile )(?<!rocket )(?<!artillery )strikes? (?:on|against|targeting) (?:an? |the |two |three |"
             r"several )?(?:[\w-]+ ){0,2}?(?:houses?|homes?|"
             r"cars?|vehicles?|buildings?|schools?|tents?|hospitals?|apartments?|shelters?|mosques?|motorcycles?|"
             r"gatherings?|compounds?)\b",
             # "attacked the base with explosives-laden drones": the weapon named after "with"
             r"(?:attacked|struck|hit|targeted|pounded) (?:\S+ ){0,8}?with (?:\S+ ){0,3}?(?:drones?|uavs?|"
             r"(?:guided )?(?:aerial|glide) bombs?)",
             r"(?:explosives?-laden|kamikaze|attack|armed|exploding|one-way) drones?",
             r"drones? (?:\w+ ){0,4}?(?:set fire to|sparked a fire|set ablaze)",
             r"glide bombs?",                     # dropped from aircraft, guided to the target
             r"guided aerial bombs?",
             r"bombing (?:raids?|sorties?)",
             r"(?:attacks?|strikes?|raids?|fire) by (?:\S+ ){0,3}?(?:helicopters?|gunships?|jets|aircraft|drones?|"
             r"warplanes?|planes)",
             r"raids? by (?:\S+ ){0,4}?(?:jets|aircraft|planes|helicopters|choppers|warplanes|drones|air ?force)",
             r"(?:dozens of |several |the |a |two |three )?strikes? (?:\w+ ){0,2}?(?:struck|hit|pounded|targeted|"
             r"destroyed|killed|missed|landed)",
             r"(?:warplanes?|jets|aircraft) (?:\w+ ){0,4}?(?:escalated|intensified) (?:their |the )?(?:strikes|"
             r"bombing|raids)",
         )),
    Spec('Shelling/artillery/missile attack', 74, 'shelling',
         'Shelling/artillery/missile attack: long-range fire, the attacker out of sight',
         r"\b(?:", r")\b", (
             r"shell(?:ed|ing)",
             r"shells? (?:hit|landed|fell|struck|slammed|exploded|killed)",
             r"artillery (?:fire|strikes?|attacks?|barrages?|shells?|bombardment)",
             r"mortar (?:fire|attacks?|shells?|rounds?|bombs?)",
             r"rocket (?:fire|attacks?|barrages?|strikes?)",
             r"missile (?:attacks?|strikes?|barrages?)",
             r"bombard(?:ed|ment|ing|s)",
             r"katyushas?", r"howitzers?",
             r"tank (?:fire|shells?|rounds?|attacks?)",
             r"tanks (?:\w+ )?(?:attacked|fired|shelled|opened fire)",
             r"cannon (?:fire|shells)",
             r"rocket-propelled grenades?", r"rpgs?", r"grenade launchers?",
             r"heavy machine ?guns?",
             # heavy calibre, not a pistol's or a rifle's
             r"(?:calibre|caliber) (?!(?:pistols?|revolvers?|rifles?|handguns?|guns?|weapons|bullets?|rounds|"
             r"ammunition|cartridges?)\b)\S+",
             r"\d+(?:\.\d+)? ?mm (?:\w+ )?(?:machine ?guns?|guns?|cannons?|weapons)",
             r"(?:heavy|medium) (?:and (?:medium|light) )?weapons",
             r"anti-tank", r"atgms?", r"recoilless", r"heavy weapons", r"infantry fighting vehicles?",
             r"(?:rockets?|missiles?|mortars?|projectiles?|artillery|grads?|shells)\s+(?:\w+ ){0,8}?(?:fired|"
             r"launched|hit|landed|struck|fell|slammed|targeted|pounded|rained|impacted|exploded|killed|striking|"
             r"hitting|targeting|pounding)",
             r"(?:fired|launched|lobbed)\s+(?:\w+ ){0,4}?(?:rockets?|missiles?|mortars?|shells|projectiles?|"
             r"artillery)",
             r"by (?:\S+ ){0,3}?(?:mortars?|rockets?|artillery|shells?|shelling|missiles?)",
             # "attacked the city with ballistic missiles": the weapon named after "with"
             r"(?:attacked|struck|hit|targeted|pounded) (?:\S+ ){0,8}?with (?:\S+ ){0,3}?(?:missiles?|rockets?|"
             r"artillery|shells|mortars?)",
         )),
    Spec('Remote explosive/landmine/IED', 61, 'explosion_told',
         'Remote explosive/landmine/IED: an explosion told with no weapon named; aircraft, artillery and a battle '
         'named in the sentence outrank it',
         r"\b(?:", r")", (
             r"(?:explosions?|blasts?) (?:occurred|took place|went off|shook|rocked)",
             r"(?:killed|murdered|wounded|injured|hurt|died|damaged|destroyed) (?:\S+ ){0,3}?(?:in|by) "
             r"(?:an? |the |two |three |several )?(?:\S+ ){0,2}?(?:explosions?|blasts?)",
         )),
    Spec('Shelling/artillery/missile attack', 57, 'explosions',
         'Shelling/artillery/missile attack: explosions and projectiles of no named source',
         r"\b(?:", r")", (
             r"(?:explosions?|blasts?|projectiles?)\s+(?:\w+ ){0,2}?(?:involving|were heard|heard|were recorded|"
             r"were observed|landed|fell|hit|struck)",
             r"(?:observed|heard|recorded) (?:\w+ ){0,4}?(?:explosions|projectiles)",
         )),
    Spec('Excessive force against protesters', 72, 'force_on_protest',
         'Excessive force against protesters: lethal or severe force on a demonstration',
         r"\b(?:", r")", (
             r"excessive (?:use of )?force",
             r"(?:beat|beaten|beating|clubbed|assaulted) (?:(?!by )\S+ ){0,3}?(?:protesters?|demonstrators?)",
             r"live (?:ammunition|rounds|bullets|fire)",
             r"(?:violent|brutal|deadly|bloody) crackdown",
             r"violently (?:suppress|disperse|crush)\w*",
             r"(?:police|security forces|soldiers|troops|forces|officers|guards|gunmen)\s+(?:\w+ ){0,5}?(?:opened "
             r"fire on|fired (?:live (?:ammunition|rounds|bullets) )?(?:on|at|into)|shot(?: dead)?|killed)\s+(?:\w+ "
             r"){0,3}?(?:protesters|demonstrators|protestors|marchers|crowds?|students)",
             r"(?:protesters|demonstrators|protestors|marchers)\s+(?:\w+ ){0,4}?(?:were |was )?(?:shot dead|killed|"
             r"shot and killed|gunned down) by (?:police|security forces|soldiers|troops)",
             r"real bullets",                                      # live rounds by another name
             r"(?:opened (?:gun)?fire|fired (?:\S+ ){0,2}?(?:shots|gunshots|bullets|rounds|guns)) (?:at|on|into|"
             r"towards?) (?:the |a )?(?:\S+ ){0,2}?(?:protesters|demonstrators|protestors|marchers|crowds?)",
             r"fired (?:\S+ )?(?:shots|gunshots|bullets|guns) to (?:disperse|scatter|break up)",  # gunfire on a crowd
             r"(?:fatally|shot and) (?:shot|wounded|injured) (?:\S+ ){0,3}?(?:protesters?|demonstrators?)",
             r"(?:troops|police|soldiers|forces) (?:\S+ ){0,3}?engaged (?:the )?protesters",
             r"(?:wounded|injured|beat) (?:\S+ ){0,4}?(?:protesters|demonstrators|protestors) to disperse",
         )),
    Spec('Protest with intervention', 69, 'intervention',
         'Protest with intervention: a protest dispersed or met with force short of killing',
         r"\b(?:", r")", (
             r"tear ?gas",
             r"teargas", r"water cannons?", r"rubber bullets", r"pellet guns?",
             r"suppress\w* (?:\w+ ){0,3}?(?:protests?|demonstrations?|rall(?:y|ies)|marches|protesters|"
             r"demonstrators|sit-ins?|gatherings?)",               # force short of killing: "violently" raises it
             r"baton[- ]charged?",
             r"lathi[- ]?charged?",
             r"cane[- ]charged?", r"charged batons", r"charged (?:\w+ ){0,3}?with batons",
             # the police ending a protest short of force: "removed the protesters from the road", "prevented the
             # marchers from proceeding", "the march was prevented from taking place by the police"
             r"(?:removed|evicted|expelled|pushed back) (?:\w+ ){0,2}?(?:protesters|demonstrators|marchers|sit-in)",
             r"prevent\w* (?:the |a )?(?:\w+ )?(?:protesters|demonstrators|marchers|crowds?|march|protest|"
             r"demonstration|rally) from",
             r"(?:march|protest|demonstration|rally|sit-in) (?:\S+ ){0,5}?(?:was|were) (?:prevented|stopped|blocked|"
             r"banned and dispersed)",
             r"(?:dispersed|disperse|broke up|break up|scattered|cracked down on|charged at)\s+(?:\w+ ){0,3}?(?:the "
             r"|a )?(?:protest|protesters|demonstrat\w+|crowds?|rally|march|gathering|sit-in)",
             r"(?:arrested|detained|rounded up)\s+(?:\w+ ){0,3}?(?:protesters|demonstrators|protestors|activists|"
             r"marchers|participants)",
             r"police intervened", r"intervened",
             r"(?:tried|attempted) to (?:stop|contain|disperse|prevent|block|remove|break up)",
             r"blocked the path of", r"dispersed",
             r"took down (?:\w+ ){0,3}?(?:tents|banners|placards)",
             r"dragged (?:\w+ ){0,3}?(?:into|in) (?:police )?(?:cars|vans|vehicles|trucks)",
             r"stopped (?:\w+ ){0,2}?(?:protesters|demonstrators|marchers)",
             r"(?:was|were) dispersed",
             r"dispersed by (?:the )?(?:\w+ )?(?:police|security forces|troops|soldiers|authorities)",
             r"chas(?:e|ed|ing) (?:\w+ ){0,2}?(?:protesters|demonstrators|crowds?)",
             r"stun grenades",
             r"flash[- ]bangs?",
             r"pepper[- ]spray\w*",
         )),
    Spec('Violent demonstration', 67, 'violent_demo',
         'Violent demonstration: the protesters themselves use violence or destroy property',
         r"\b(?:", r")", (
             r"set (?:\w+ ){0,3}?(?:barricades|tyres|tires|mattresses) (?:on fire|alight|ablaze)",
             r"burn(?:ed|t|ing) (?:\w+ )?(?:tyres|tires|barricades|mattresses)",
             r"fir(?:ed|ing) (?:\w+ ){0,3}?(?:gunshots|shots|firearms|guns|weapons|bullets) (?:in|into) the air",
             r"(?<!anti-)riots?(?! (?:police|gear|squad|control|units?|officers|troops|shields?|act)\b)",
             r"rioters?", r"rioting",
             r"rampag\w+",
             r"(?:protesters|demonstrators|protestors|youths?|crowds?|mobs?|students|supporters|residents|villagers|"
             # the crowd is the subject: "villagers were killed when gunmen attacked" tells no crowd's deed
             # (nor "residents woke up to find burned vehicles": the damage found, not done)
             r"locals|inmates|prisoners)\s+(?:(?!when\b|after\b|as\b|while\b|before\b|because\b|by\b|find\b|"
             r"found\b|saw\b|see\b|discovered\b)\S+ ){0,8}?"
             r"(?:threw|hurled|pelted|torched|set fire|set ablaze|"
             r"burn(?:ed|t|ing) (?:tyres|tires|vehicles|cars|buses|police|government)|vandali[sz]ed|stormed|"
             r"attacked|clashed|blocked roads with burning|smashed|damaged|looted|ransacked|destroyed|injur\w+ "
             r"(?:\w+ ){0,2}?(?:police|officers))",
             r"(?:stone|rock)[- ]?pelting",
             r"(?:threw|hurled|pelted) (?:\w+ ){0,3}?(?:stones|rocks|petrol bombs|molotov|bricks)",
             r"clashed with (?:the )?(?:police|security forces|riot police)",
             r"violent (?:protests?|demonstrations?|clashes between protesters)",
         )),
    Spec('Mob violence', 66, 'mob',
         'Mob violence: violence by a crowd with no demonstration behind it',
         r"\b(?:", r")\b", (
             r"mobs?",
             r"lynch\w*",
             r"mob justice", r"jungle justice",
             # (not the vigilantes killed or escorting: "killed 12 people, including two vigilantes")
             r"(?<!including )(?<!killed )(?<!killing )(?<!two )(?<!three )(?<!four )(?<!five )(?<!several )"
             r"(?<!\d )vigilantes?(?!-style| style| who were (?:killed|escorting|guarding))",
             r"angry (?:residents|villagers|youths|crowd|locals)",
             r"irate (?:residents|villagers|youths|mob|crowd)",
             r"(?:attacked|beaten|assaulted|lynched|chased) (?:up )?by (?:a |an |the )?(?:\w+ )?(?:mob|locals|"
             r"residents|villagers|crowds?|traders|youths|vendors)",
             r"(?:beat|beaten|burnt|burned|stoned|hacked) to death by (?:a |an )?(?:mob|crowd|residents|villagers)",
             # "residents caught three men they accused of theft and beat them to death": the crowd as the subject
             # (not "residents said gunmen beat him to death": the residents are the source)
             r"(?:residents|villagers|locals|crowds?|youths|traders|passers-by|bystanders) (?:(?!said\b|say\b|says\b|"
             r"told\b|reported\b)\S+ ){0,20}?(?:beat|stoned|hacked|lynched) (?:\S+ ){0,3}?to death",
         )),
    Spec('Government regains territory', 75, 'gov_regains',
         'Government regains territory: the state takes back ground from a non-state group',
         r"\b(?:", r")\b", (
             r"recaptur(?:ed|e|es|ing)",
             r"retook", r"retake", r"retaken", r"re-took", r"re-captured",
             r"re-?gain(?:ed|s)? (?:the )?(?:full )?control",
             r"recovered (?:the )?control",
             r"(?:drove|driven|pushed|chased|expelled|flushed) (?:\S+ ){0,4}?(?:out of|from) (?:the |their |its )?"
             r"(?:\S+ ){0,2}?(?:areas?|towns?|villages?|city|positions|strongholds?|hideouts?|territory|region)",
             r"regained", r"took back", r"taken back",
             r"wrested (?:back )?control",
             r"liberat(?:ed|ion of|ing)",
             r"reclaim(?:ed|s)",
             r"recover(?:ed)? (?:the )?(?:town|city|village|area|territory|district|regions?|control)",
         )),
    Spec('Non-state actor overtakes territory', 69, 'nsa_overtakes',
         'Non-state actor overtakes territory: an armed group takes ground',
         r"\b(?:", r")\b", (
             r"(?:seized|captured|took|taken|gained|wrested|assumed) (?:full )?control of",
             r"(?:seized|captured|overran|overrun|stormed and captured|took over|taken over)\s+(?:\S+ "
             r"){0,5}?(?:towns?|city|cities|villages?|districts?|bases?|camps?|strongholds?|hideouts?|areas?|"
             r"territory|territories|localities|locality|military base|headquarters|border crossing|border points?|"
             r"capital|county|province|region|positions|port|airport|airbase|hills?|bridge|dam|oil ?fields?|"
             r"crossing)",
             # "the rebels took the town of Bunagana", "took the strategic city": a place taken, not its people
             r"(?:took|taken) (?:the |a )?(?:\w+ )?(?:towns?|city|villages?|districts?|military base|bases?|"
             r"strongholds?|capital|airport)(?=\s*(?:[,.;]|$)| (?:of|on|in|after|from|at|near|overnight|late|early|"
             r"and|following|without)\b)",      # the place is the object: not "took the city tour", "a village chief"
             r"fell to (?:the )?(?:\w+ ){0,2}?(?:militants|rebels|insurgents|jihadists|taliban|fighters|islamic "
             r"state|al-shabaab|group)",
             r"under (?:the )?control of (?:the )?(?:\w+ ){0,2}?(?:militants|rebels|insurgents|jihadists|taliban|"
             r"fighters)",
         )),
    Spec('Non-violent transfer of territory', 56, 'transfer',
         'Non-violent transfer of territory: ground handed over or left without a fight',
         r"\b(?:", r")", (
             r"withdr(?:ew|awn|awal of|aws)\s+(?:\w+ ){0,4}?(?:from|out of)",
             r"pulled (?:\w+ ){0,2}?out of",
             r"handed (?:over )?(?:control of|over (?:the )?(?:town|city|area|base|territory|positions?|"
             r"checkpoints?))",
             r"handover of (?:the )?(?:town|city|area|base|territory|positions?)",
             r"handover of (?:\S+ ){0,6}?(?:districts?|territor\w+|areas?|towns?|regions?|positions?)",
             r"without (?:meeting |facing |encountering )?(?:a fight|resistance|fighting|a shot|any resistance)",
             r"(?:not|no) (?:encounter\w* )?(?:any )?resistance",
             r"unopposed",
             r"(?:entered|moved into|took over) (?:\S+ ){0,4}?after (?:the )?(?:\S+ ){0,3}?(?:troops|forces|fighters|"
             r"militants|soldiers|rebels|army) (?:had )?(?:left|withdrew|pulled out|retreated|abandoned)",
             r"evacuated (?:their|its) (?:positions|bases?|posts?)",
             # "entered the town without firing a shot", "took the base without a shot being fired"
             r"without firing (?:a|a single) shot",
             r"without a (?:single )?shot (?:being )?fired",
             # "the coalition handed over the Ain al-Asad air base to Iraqi forces": a base given up to other forces
             r"handed over (?:the )?(?:\S+ ){0,4}?(?:air ?base|base|barracks|airport|camp|positions?) (?:\S+ ){0,8}?"
             r"to (?:the )?(?:\S+ ){0,2}?(?:forces|troops|army|military|government|authorities)",
         )),
    Spec('Abduction/forced disappearance', 64, 'abduct',
         'Abduction/forced disappearance: people taken by an armed group or made to disappear',
         r"\b(?:", r")\b", (
             r"abduct\w*",
             r"kidnap\w*",
             # not hostages as the subject of talks: "the release of hostages", "the sequence of hostage releases"
             r"(?<!release of )(?<!release of the )(?<!releasing )(?<!releasing the )(?<!freeing )(?<!freeing the )"
             r"hostages?(?! (?:releases?|deal|talks|negotiations|families|exchanges?|swaps?)\b)",
             r"taken captive", r"held captive",
             r"forcibly disappear\w*",
             r"enforced disappearance", r"disappeared after", r"went missing after",
             r"seized (?:\w+ ){0,2}?(?:civilians|villagers|passengers|people|men|women|students|workers)",
             # "gunmen took a village chief from his home": armed men carrying someone off
             # ("took her son, the community leader X, from his family's home": an apposition names the man taken)
             r"(?:gunmen|armed men|militants|bandits|fighters|rebels|insurgents|jihadists|kidnappers|attackers|"
             r"assailants) (?:\w+ ){0,2}?took (?:away )?(?:\S+ ){1,8}?(?:from|out of) (?:his|her|their|the) "
             r"(?:(?:family's|families'|parents'|own) )?(?:homes?|houses?|vehicles?|cars?|fields?|farms?|beds?|"
             r"compounds?|villages?|shops?)",
             # "men in plain clothes who arrived in two vehicles took X from his family's home": a disappearance
             r"(?:men|agents) (?:\S+ ){0,12}?took (?:away )?(?:\S+ ){1,8}?from (?:his|her|their) "
             r"(?:(?:family's|families'|parents'|own) )?(?:homes?|houses?|beds?)",
             r"whereabouts (?:remain |are )?unknown",
         )),
    Spec('Armed clash', 62, 'clash',
         'Armed clash: two armed, organised sides fight',
         r"\b(?:", r")", (
             r"fought (?:each other|one another|with)",
             r"encounters? (?:with|between)",
             r"gunfights?",
             r"exchang\w+ (?:\w+ )?(?:artillery|shelling|mortars?|rockets?|heavy weapons|gunfire|gun ?shots|shots)",
             r"(?:captured|seized|took) (?:\d+|two|three|four|five|several|dozens of)? ?(?:\w+ ){0,2}?(?:rebels|"
             r"militants|fighters|operatives|insurgents|jihadists|soldiers)",
             r"(?:left|leaving) (?:\S+ ){0,4}?(?:militants|insurgents|rebels|fighters|soldiers|jihadists|"
             r"terrorists) dead",
             r"(?:inter-?clan|intercommunal|inter-communal|communal|ethnic|tribal|clan) (?:violence|fighting|"
             r"clashes)",
             r"clash(?:es|ed|ing)?",
             r"fighting", r"fought",
             r"fights? (?:broke|erupted)",
             r"gun ?battles?",
             r"gunfights?",
             r"fire ?fights?\b",
             r"(?:fire|gun) ?exchanges?",
             r"exchanges? of fire",
             r"exchanged (?:heavy )?(?:gun)?fire",
             r"engaged in (?:\w+ ){0,2}?(?:combat|fighting|battle)",
             r"skirmish\w*",
             r"ambush\w*",
             r"battles?", r"battled", r"firing between", r"armed confrontation",
             r"(?:attack(?:ed|ing)|storm(?:ed|ing)|raid(?:ed|ing)|assault(?:ed|ing)|overr(?:an|unning)|"
             r"target(?:ed|ing)|ambush(?:ed|ing)|struck)\s+(?!by\b)(?:\w+ ){0,3}?"
             r"(?:army|military|"
             r"police|security|militants|insurgents|rebels|fighters|jihadists|terrorists|extremists|checkpoint|"
             r"check ?post|outpost|base|barracks|" + _ARMED_CONVOY + r"|patrol|positions?|troops|soldiers|"
             + CIVIL_POST + r"posts?|"
             r"(?:military|army|training|militant|rebel) camps?|" + CIVIL_POST + r"station|personnel|forces)",
             # "killed six militants"; not "were killed when gunmen attacked": the armed men of another clause
             r"(?:killed|killing|neutrali[sz]ed|neutrali[sz]ing|eliminated)\s+(?!by\b)(?:(?!by\b|when\b|after\b|"
             r"as\b|while\b|before\b)\S+ ){0,6}?(?:militants|insurgents|rebels|terrorists|jihadists|fighters|bandits|"
             r"gunmen|attackers)",
             r"(?:militants|insurgents|rebels|terrorists|jihadists|fighters|attackers|gunmen)\s+(?:\w+ "
             r"){0,3}?(?:were |was )?(?:killed|neutrali[sz]ed|eliminated)(?: and (?:\w+ )?(?:wounded|injured|"
             r"arrested|captured))? (?:by|in|during|following)",
             r"offensive (?:against|on)",
             r"counter-?offensive",
             r"military operations? (?:against|in)",
             # (not "Iraq's joint operations command said": the name of a command body, no operation told)
             r"(?:security|military|counter-?terror\w*|counter-?insurgency|joint|cordon(?:-| and )search) "
             r"operation(?!s? (?:command|cent(?:er|re)|room)\b)s?",
             r"returned fire", r"shot back",
             r"responded to (?:\w+ )?fire",
             r"started shooting", r"shootout", r"shoot-out", r"crossfire", r"cross-border fire",
             r"small[- ]arms",
             r"light weapons", r"gunfire", r"automatic weapons",
             r"exchang(?:ed|ing) (?:heavy )?fire",
             r"fired (?:\S+ ){0,12}?(?:at|on|upon|towards) (?:the )?(?:\S+ ){0,4}?positions",
             r"repel(?:led|s)? (?:an? |the )?(?:\w+ ){0,2}?(?:attack|assault|incursion|offensive)",
             r"fended off", r"beat back",
             r"(?:thwarted|foiled|repulsed) (?:an? |the )?(?:\S+ ){0,2}?(?:incursions?|offensive|infiltration|"
             r"advance|attacks?|assault)",
             r"incursions?", r"infiltration attempt", r"ceasefire violations?",
             r"violated (?:the )?ceasefire",
             r"opened fire on (?:\w+ ){0,2}?(?:army|military|police|security|militants|insurgents|rebels|fighters|"
             r"jihadists|terrorists|extremists|checkpoint|check ?post|outpost|base|barracks|" + _ARMED_CONVOY
             + r"|patrol|"
             r"positions?|troops|soldiers|" + CIVIL_POST + r"posts?|(?:military|army|training|militant|rebel) camps?|"
             + CIVIL_POST + r"station|personnel|"
             r"forces)",
         )),
    Spec('Attack', 60, 'attack',
         'Attack: an armed group attacks a target that does not fight back',
         r"\b(?:", r")\b", (
             r"(?:<ARMED>|assailants|unknown (?:men|assailants|persons)|(?:a|an|the) (?:suspect|attacker|gunman|"
             r"assailant|man|group)|group of (?:men|youths)|(?:hired |paid )?assassins|hit ?men|sicarios|"
             # the attackers counted, as radio and translated copy name them: "two individuals shot the general"
             r"(?:two|three|four|five|six|several|\d+) (?:unidentified |armed |masked |hooded |young )?"
             r"(?:men|individuals|persons))\s+"
             r"(?:\w+ ){0,6}?(?:killed|shot|attacked|stabbed|"
             r"murdered|hacked|beheaded|executed|massacred|opened fire|abducted|torched|burned|burnt|raided|stormed|"
             r"invaded|ambushed|beat|assaulted|tortured|slaughtered|gunned down|injured|wounded)",
             r"(?:killed|shot(?: dead)?|murdered|assassinat\w+|beheaded|executed|massacred|stabbed(?: to death)?|"
             r"hacked(?: to death)?|beaten(?: to death)?|tortured|gunned down|slaughtered|burn(?:ed|t) alive|shot "
             r"and killed)\s+(?:\w+ ){0,4}?<CIVILIAN>",
             r"<CIVILIAN>\s+(?:\w+ ){0,4}?(?:were |was |have been |had been )?(?:killed|shot(?: "
             r"dead)?|murdered|assassinated|beheaded|executed|massacred|stabbed|hacked to death|beaten to death|"
             r"tortured|gunned down|slaughtered|burned alive|found dead|attacked)",
             r"(?:attack(?:ed|s)?|raid(?:ed)?|assault(?:ed)?|massacre)\s+(?:\w+ ){0,3}?(?:on |against )?(?:a |an |"
             r"the )?(?:village|villagers|market|mosque|church|school|hospital|camp for (?:the )?displaced|"
             r"displacement camp|idp camp|civilians|residents|farmers|worshippers|homes?|houses?|bus|vehicle "
             r"carrying)",
             r"assassinat\w+",
             r"massacre\w*",
             r"killings?",
             r"murder(?:ed|s)?",
             r"shot dead", r"gunned down", r"beheaded", r"hacked to death",
             # killing told by the weapon's fire, as wire and radio copy tell it
             r"shot to death",
             r"machine-?gunn(?:ed|ing)",
             # raked with gunfire by men on the ground (an aircraft's strafing is an air strike)
             r"(?:was|were|been) straff?ed by (?!(?:\S+ ){0,3}?(?:helicopters?|gunships?|planes?|aircraft|jets|"
             r"air ?force))",
             r"riddled (?:\S+ ){0,4}?with (?:bullets|shots|\S*gun ?fire)",
             r"sprayed with (?:\S+ )?(?:bullets|\S*gun ?fire)",
             r"shot at (?:him|her|them)",
             r"fired (?:\w+ )?(?:shots|bullets|rounds) at",
             # shots at people or their vehicle: "a soldier fired at the reporters' car", "fired on the photographers"
             r"(?:fired|opened fire) (?:at|on|into) (?:an? |the |two |three |\d+ )?(?:\S+ ){0,3}?(?:<CIVILIAN>|"
             r"vehicles?|cars?|bus|buses|taxis?|ambulances?|photographers|cameram[ae]n|newsm[ae]n)\b",
             r"beat(?:en)? (?:\w+ )?(?:idps|civilians|people|residents|villagers|students|journalists|women|men|"
             r"traders|vendors|drivers?)",
             r"shot (?:him|her|them)(?: dead)?",
             r"(?:stray )?bullets? (?:hit|struck|injured|killed|wounded)",
             r"(?:hit|struck|wounded|shot|killed) by (?:an? |the )?(?:\S+ ){0,2}?snipers?",
             r"(?:shot|stabbed|beat|attacked) and (?:injured|wounded|killed) (?:an? |the |two |three |\d+ )",
             r"(?:shot|killed|shot and killed|shot dead|stabbed|murdered|assassinated) (?:an? |the |two |three |\d+ "
             r")(?:\S+ ){0,3}?(?:member|members|commander|leader|operatives?)\b",
             r"(?:was|were) (?:\w+ly )?(?:killed|assaulted|beaten|shot|tortured|attacked|stabbed) by",
             # a killing told with its own day, the victims named before ("X, a union leader, was killed in the
             # port on 3 May"): an incident; the casualty rules make it a clash when the dead are combatants
             r"(?:was|were|have been|had been) (?:killed|murdered|assassinated) (?:[\w-]+ ){0,5}?(?:on (?:the )?"
             r"(?:\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:mon|tues|wednes|thurs|fri|"
             r"satur|sun)day)|(?:last|on) (?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday)",
             r"(?:have|has|had) been (?:\w+ly )?(?:killed|murdered|assassinated|shot|executed|tortured|attacked) by",
             r"found dead",
             r"bod(?:y|ies) (?:\w+ ){0,6}?(?:was|were) (?:found|discovered|recovered)",
             r"drive-by",
             r"shooting (?:against|of|at|targeting)",
             r"(?:was|were) shot\b",
             r"shot at (?:a|an|the) (?:man|woman|boy|girl|civilian|vehicle|car|house|home)",
             r"assaulted",
             r"beat(?:en|ing)? (?:up )?(?:a|an|the|two|three|\d+|several)",
             r"gunshot wounds?",
             r"beat(?:en)? up",
             r"beat and", r"tortured to death",
             r"died (?:\w+ ){0,4}?(?:torture|ill[- ]treatment)",
             r"death in (?:custody|detention)",
             r"signs of torture", r"bearing signs of",
             r"(?:was|were) found (?:dead|murdered|wrapped|dumped|buried|lifeless|shot)",
             r"dumped (?:in|on|at|along)",
         )),
    Spec('Attack', 52, 'attack_generic',
         'Attack: the word alone; context rules decide the target',
         r"\b(?:", r")\b", (
             r"attack(?:ed|s|ing)?",
             r"assault(?:ed|s|ing)?",
             r"ston(?:ed|ing)",
             r"raid(?:ed)?",
             r"killed in an? (?:\w+ )?(?:attack|ambush|raid)",
         )),
    Spec('Arrests', 46, 'arrest',
         'Arrests: a politically significant arrest by the state (classify vetoes ordinary crime)',
         r"\b(?:", r")\b", (
             r"(?:forces|troops|police|soldiers|army) (?:have |had )?(?:taken|took|rounded up|picked up) (?:\S+ "
             r"){0,3}?(?:people|persons|palestinians|men|civilians|activists|youths|members|suspects)",
             r"arrest(?:ed|s|ing)?",
             r"detain(?:ed|s|ing)?",
             r"detention of",
             r"apprehend(?:ed|s)",
             r"taken into custody", r"took into custody", r"rounded up", r"nabbed",
             r"held (?:\w+ ){0,2}?incommunicado",
             r"raided (?:\w+ ){0,2}?(?:homes?|houses?|offices?) (?:of|and arrested)",
         )),
    Spec('Looting/property destruction', 53, 'looting',
         'Looting/property destruction: property looted, seized or destroyed, nobody hurt',
         r"\b(?:", r")\b", (
             r"arson attacks?",
             r"st(?:ole|eal|eals|ealing)",                         # armed men's theft; crime without them is vetoed
             r"burn(?:ed|t) (?:the |a |an |\d+ |several |two |three |four )(?:\w+ ){0,2}?(?:houses?|homes?|huts|"
             r"vehicles?|cars?|trucks?|pickups?|jeeps?|vans?|tractors?|buildings?|shops?|offices?|bulldozers?|churches|"
             r"mosques?|schools?)",
             r"(?:seized|confiscated|grabbed) (?:\S+ ){0,5}?land\b",
             r"land (?:seizure|grab)",
             r"seized (?:\w+ ){0,3}?(?:vehicles?|cars?|trucks?|motorbikes?|motorcycles?|cattle|livestock|goats|cows|"
             r"goods|property|belongings|phones?)",
             r"stripped (?:\w+ ){0,2}?of",
             r"cut down (?:\w+ ){0,4}?(?:trees|crops)",
             r"(?:was|were) set (?:on fire|ablaze|alight)",
             r"set alight",
             r"set on fire (?:an? |the |\d+ |two |three |four |five |several )?(?:\S+ ){0,3}?(?:bus|buses|vehicles?|"
             r"cars?|trucks?|offices?|buildings?|banks?|shops?|stores?|houses?|homes?|plants?|factor(?:y|ies)|"
             r"warehouses?|schools?|churches|(?:town|city) halls?)\b",           # the object after: wire idiom
             r"uprooted (?:\w+ ){0,3}?trees",
             r"loot(?:ed|ing|ers)?(?! (?:funds|money|assets|wealth|public funds))",
             r"ransack(?:ed|ing)",
             # (not "officers responded to acts of vandalism": the authorities' word for what a crowd did, no deed told)
             r"vandali[sz](?:ed|ing)", r"(?<!acts of )(?<!act of )vandalism",
             r"plunder\w*",
             r"torch(?:ed|ing)",
             r"set (?:on )?fire (?:to|on)",
             r"set ablaze",
             r"burn(?:ed|t) down",
             r"razed",
             r"demolish(?:ed|ing)",
             r"arson",
             r"destroyed (?:\S+ ){0,3}?(?:houses|homes|shops|property|properties|vehicles|crops|buildings|offices|"
             r"polling|shelters|airstrips?|equipment|machinery|bulldozers?)",
             # Sabotage and destruction of infrastructure by an armed group, nobody hurt.
             r"destroy(?:ed|ing) (?:\S+ ){0,6}?<INFRA>",
             r"sabotag(?:ed|ing) (?:\S+ ){0,6}?<INFRA>",
             r"sabotage (?:actions? |attacks? |operations? )?(?:of|on|against) (?:\S+ ){0,4}?<INFRA>",
             r"burn(?:ed|t|ing) (?:\S+ ){0,4}?(?:crops|(?:coffee|cane|maize|rice|wheat) fields|harvests?|"
             r"granar(?:y|ies))",
             r"(?:was|were|been|being) sabotaged",
             # not a person, and not what protesters burn as a sign (flags, effigies, tyres)
             r"set (?!(?:him|her|them|himself|herself|themselves)\b)(?!(?:\S+ ){0,3}?(?:flags?|effig(?:y|ies)|"
             r"tyres|tires|items|copies|pictures|portraits|posters|bod(?:y|ies)|corpses?)\b)(?:\S+ ){1,5}?on fire",
             r"pillag(?:ed|ing|e)",
             # vehicles and buildings burned or destroyed, told actively or passively
             r"burn(?:ed|t|ing) (?:down )?(?:an? |the |\d+ |two |three |four |five |six |several |dozens of )"
             r"(?:\S+ ){0,4}?(?:bus|buses|vehicles?|cars?|trucks?|offices?|buildings?|banks?|shops?|stores?|houses?|"
             r"homes?|cabins?|restaurants?|warehouses?|schools?|churches|(?:town|city) halls?)\b",
             r"(?:bus|buses|vehicles?|cars?|trucks?|offices?|buildings?|banks?|bank branch(?:es)?|shops?|stores?|"
             r"houses?|homes?|restaurants?|schools?|airstrips?|ambulances?|<INFRA>) (?:\S+ ){0,3}?"
             # wire copy places the object in an aside: "the bridge near X, 5 km north of Y, was destroyed"
             r"(?:\d+ (?:km|kilomet(?:er|re)s|miles) (?:\S+ ){0,12}?\S+, )?"
             r"(?:was|were|had been|have been) (?:\w+ ){0,2}?"
             r"(?:burned|burnt|torched|destroyed|dynamited|sabotaged|set on fire|razed)",
             r"destroyed (?:an? |the |\d+ |two |three |four |five |several )?(?:\S+ ){0,3}?(?:truck|bus|vehicle|car|"
             r"house|home|office|building|bank|store|shop|bridge|school|church)s?\b",
             r"(?:attacked|raided|stormed) and (?:\w+ )?(?:damaged|destroyed|burned|looted)",
             r"damaged (?:\S+ ){0,2}?in (?:an? |the )?(?:\S+ ){0,2}?attack",
             # robbery by an armed group is looting (classify drops it with no armed actor named)
             r"robbed (?:\S+ ){0,4}?(?:banks?|branch(?:es)?|stores?|shops?|offices?|businessm[ae]n|travell?ers|"
             r"passengers|vehicles?|trucks?|buses|payrolls?|cash)",
             # a roadblock's robbery: "demanded that travellers surrender their money"
             r"(?:demanded that|forced|made) (?:\w+ ){0,2}?(?:travell?ers|passengers|drivers|motorists) (?:to )?"
             r"(?:surrender|hand over|give up) (?:\w+ ){0,2}?(?:money|cash|belongings|valuables)",
             r"acts? of sabotage",
             # the deed named by its noun, as wire copy tells it: "the burning of a factory took place at dawn"
             r"(?:burning|torching|dynamiting|destruction) of (?:an? |the |\d+ |two |three |four |five |several )"
             r"(?:\S+ ){0,3}?(?:bus|buses|vehicles?|cars?|trucks?|offices?|buildings?|banks?|shops?|stores?|houses|"
             r"homes|restaurants?|factor(?:y|ies)|plants?|warehouses?|schools?|churches|<INFRA>)\b",
             r"damag(?:ed|ing) (?:\S+ ){0,4}?<INFRA>",
             r"sabotage (?:actions?|attacks?|operations?)",
         )),
    Spec('Agreement', 44, 'agreement',
         'Agreement: ceasefires, peace deals, prisoner exchanges, surrenders',
         r"\b(?:", r")\b", (
             r"(?:fighters|militants|rebels|insurgents|soldiers|troops|members|forces|combatants|jihadists|"
             r"gunmen)\s+(?:\S+ ){0,3}?surrender\w*",
             r"surrenderers",                                       # former rebels who gave themselves up
             r"(?:yielded|handed (?:in|over)|turned (?:in|over)|laid down) (?:\S+ ){0,5}?(?:weapons|arms|firearms|"
             r"guns|rifles)",
             r"signed (?:\S+ ){0,4}?(?:memorandum|mou|agreement|accord|treaty|pact|truce|ceasefire|cease-fire|"
             r"protocol|peace deal)",
             r"memorandum of understanding",
             r"(?:deal|agreement|accord|pact|truce|ceasefire) (?:\S+ ){0,3}?(?:struck|signed|reached|brokered|agreed) "
             r"(?:by|between) (?:\S+ ){0,6}?to (?:deploy|withdraw|release|exchange|end|halt|hand|evacuate|open|set up)",
             r"(?:were|was|are) in agreement",
             r"(?:struck|signed|reached|brokered|clinched|sealed) (?:an? |the )?(?:\S+ ){0,2}?(?:deal|agreement|accord|"
             r"pact) (?:\S+ ){0,4}?to (?:deploy|withdraw|release|exchange|end|halt|hand|evacuate|open|set up)",
             r"reached (?:an? |the )?(?:\S+ ){0,2}?(?:agreement|deal|accord|understanding|consensus)",
             r"settled (?:a |the |their )?(?:\S+ ){0,4}?(?:feud|dispute|conflict|war|rido|rivalry|vendetta)",
             # "agreed on Friday to extend a truce": a day or a party may stand between
             r"agreed (?:\S+ ){0,2}?to (?:deploy|withdraw|release|exchange|end|halt|stop|cease|observe|respect|"
             r"extend|hand|"
             r"evacuate|disarm|lay down|pull)",
             r"surrender\w* (?:\w+ ){0,3}?(?:weapons|arms|to (?:the )?(?:army|troops|forces|government|military|"
             r"authorities))",
             r"(?:deal|agreement|accord|pact|truce|ceasefire|cease-fire) (?:\w+ ){0,2}?(?:struck|signed|reached|"
             r"brokered|agreed) (?:by|between)",
             r"(?:announced|declared|extended|extending|observ\w+|respect\w*) (?:\S+ ){0,3}?(?:ceasefire|cease-fire|"
             r"truce)",
             # talks broken off are no agreement ("Petro suspended peace talks with the ELN")
             r"(?<!suspended )(?<!suspends )(?<!suspending )(?<!broke off )(?<!called off )(?<!halted )(?<!froze )"
             r"(?<!abandoned )(?<!quit )(?<!out of )peace (?:talks|negotiations)(?! (?:collapsed|broke down|failed))",
             r"(?:ceasefire|cease-fire|truce|peace) (?:agreement|deal|accord)s?",
             r"(?:signed|sign|inked|reached|agreed (?:to|on|an?|the)|brokered|concluded|struck)\s+(?:\S+ "
             r"){0,4}?(?:peace|ceasefire|cease-fire|truce|armistice|disarmament|demobili[sz]ation)",
             r"(?:agreement|deal|accord|pact) with (?:\w+ ){0,3}?(?:rebels?|rebellious|militants?|insurgents?|"
             r"soldiers|mutineers|fighters|armed|groups?|militias?)",
             r"(?:agreement|deal|accord|pact) (?:\w+ ){0,4}?to end (?:the |a )?(?:\w+ )?(?:mutiny|war|conflict|"
             r"fighting|insurgency|rebellion|violence)",
             r"(?:peace|ceasefire|cease-fire|truce) (?:deal|agreement|accord|pact) (?:was |has been |were "
             r")?(?:signed|reached|agreed)",
             r"prisoner (?:swap|exchange)",
             r"exchanged (?:\w+ ){0,2}?(?:prisoners|detainees|captives|bodies)",
             r"exchange of (?:prisoners|detainees|bodies)",
             r"(?:released|freed) (?:\w+ ){0,3}?(?:hostages|prisoners|detainees|captives) (?:as part of|under|in "
             r"exchange)",
         )),
    Spec('Headquarters or base established', 45, 'hq',
         'Headquarters or base established: an armed group sets up a base, camp or post',
         r"\b(?:", r")\b", (
             r"(?:base|bases|headquarters|outposts?|(?:observation |military )?points?|posts?|camps?|checkpoints?) "
             r"(?:\w+ ){0,2}?(?:was |were |has been |have been |had been )?(?:established|set up|built|opened|"
             r"erected)",
             r"(?:set up|established|establish|opened|built|constructed|erected|created|setting up|"
             r"establishing)\s+(?:\w+ ){0,3}?(?:military |new |forward |operating )?(?:base|bases|headquarters|"
             r"outpost|outposts|camp|camps|command cent(?:er|re)|training camp|checkpoints?|garrison|military post|"
             r"observation posts?|positions?)",
             # "the group said it had set up its own administration office and a base in the town"
             r"(?:set up|established|opened) (?:its|their) own (?:\S+ ){0,4}?(?:base|headquarters|offices?|"
             r"administration)",
         )),
    Spec('Change to group/activity', 36, 'change',
         'Change to group/activity: troop movements, deployments, new commands, security measures',
         r"\b(?:", r")\b", (
             r"conducted (?:a |joint |several )?(?:\w+ )?patrols?",
             r"(?:military|armou?red) column",
             r"column of (?:\S+ ){0,2}?(?:troops|vehicles|tanks|soldiers|fighters)",
             r"closed (?:all )?(?:\w+ ){0,3}?(?:entrances|border|borders|crossings?|roads|exits)",
             r"deployed (?:to|at|in|along)",
             r"(?:removed|dismissed|replaced|appointed) (?:\w+ ){0,4}?(?:as )?(?:commander|chief|head)",
             r"(?:established|built|dug|reinforced|erected) (?:\w+ ){0,2}?(?:fortifications|trenches|defensive "
             r"positions|barricades|sand ?bags)",
             r"(?:formed|created|launched|founded|announced (?:the )?(?:formation|creation|establishment) of) (?:a |"
             r"an )?new (?:\w+ ){0,2}?(?:group|militia|coalition|alliance|movement|faction|brigade|battalion|party)",
             r"merg\w+ (?:\w+ ){0,3}?(?:groups?|factions?|militias?|brigades?|forces|movements?)",
             # "several factions of the militia said they had merged into a single organisation", "two militant
             # factions announced they are merging with the Pakistani Taliban": armed groups as the subject
             # (not "the two telecom groups said they would merge": a bare "group" may be a company)
             r"(?:factions?|(?:armed|militant|rebel|jihadist|insurgent) (?:groups?|movements?)|militias?|rebels|"
             r"insurgents|militants|brigades?) (?:\S+ ){0,15}?"
             r"merg(?:ed|ing|e) (?:into|with)",
             r"defect(?:ed|ion|ions|ors)",
             r"(?:joined (?:the )?(?:ranks of )?(?:\w+ ){0,2}?(?:rebels|militants|group|militia|insurgents|fighters|"
             r"insurgency|islamic state|taliban|armed)|pledged allegiance to|swore allegiance to)",
             r"(?:laid down (?:their|his) (?:arms|weapons)|handed over (?:\w+ ){0,2}?(?:weapons|arms))",
             r"(?:disband|dissolv)\w* (?:\w+ ){0,3}?(?:group|militia|unit|brigade|force|forces|battalion|party|"
             r"parliament|government|movement)",
             r"(?:imposed|declared|extended|lifted|instituted|enforced) (?:\w+ ){0,2}?(?:curfew|state of emergency|"
             r"martial law|lockdown|ban)",
             r"recruit\w* (?:\w+ ){0,3}?(?:fighters|militants|soldiers|members|children|youths|combatants|recruits)",
             r"rebrand\w*",
             r"deploy(?:ed|ment|ing|s)\s+(?:\w+ ){0,3}?(?:troops|soldiers|forces|personnel|militia|fighters|police)",
             r"(?:troops|soldiers|forces|reinforcements) (?:were |have been )?(?:deployed|sent|dispatched)",
             r"reinforcements",
             r"reinforced (?:\S+ ){0,4}?(?:troops|forces|positions|units|garrisons?|presence)",
             r"(?:forwarded|dispatched|rushed) (?:more |additional |fresh |new )?(?:\S+ ){0,2}?(?:troops|fighters|"
             r"forces|soldiers|units)\b",
             r"(?:forwarded|dispatched|sent|moved|rushed|brought) (?:more |additional |fresh |new )?(?:\S+ ){0,2}?"
             r"(?:troops|fighters|forces|soldiers|units|military equipment|armou?red vehicles|tanks) "
             r"(?:to|into|towards)",
             r"(?:were|was|have been|has been|are|newly) stationed (?:in|at|on|along|near)",
             r"(?:waiting for|awaiting) (?:\S+ ){0,3}?orders? to (?:launch|start|begin|kick off)",   # massing to attack
             r"mass(?:ed|ing) (?:\S+ ){0,2}?(?:troops|forces|fighters|soldiers|tanks)",
             r"mobili[sz]ed",
             r"mobili[sz]ing (?:\S+ ){0,3}?(?:members|fighters|forces|troops|militias?|supporters)",
             r"military (?:exercises?|drills?|parade)",
             r"weapons? (?:delivery|deliveries|shipment)",
             r"redeploy\w*",
             r"relocat\w* (?:\w+ ){0,3}?(?:troops|forces|fighters|base|headquarters|units?)",
             # an armed group or a government putting its fighting on hold (the deeds themselves are vetoed as
             # irrealis: IRREALIS_BEFORE)
             # (not an undertaking still to keep: "promise ... to suspend attacks", "commit themselves to suspending";
             # not "MSF suspended activities at its centre", "the mine suspended operations")
             r"(?<!to )(?:suspend\w*|halt(?:s|ed|ing)?|paus(?:e|es|ed|ing)|freez(?:e|es|ing)|froze) "
             r"(?:all |its |their |the )?(?:(?:military|armed|combat|offensive) (?:operations|activities|campaign)|"
             r"attacks|hostilities|armed struggle|offensive)",
         )),
    Spec('Other', 34, 'mass_grave',
         'Other: a mass grave found (its dead were killed before, on days the finding does not tell)',
         r"\b(?:", r")\b", (
             r"(?:found|discovered|unearthed|uncovered|located|exhum\w+) (?:\S+ ){0,4}?mass graves?",
             r"mass graves? (?:\S+ ){0,6}?(?:was|were|has been|have been|had been) (?:\w+ )?(?:found|discovered|"
             r"unearthed|uncovered|located)",
             r"discovery of (?:\S+ ){0,3}?mass graves?",
         )),
    Spec('Peaceful protest', 40, 'protest',
         'Peaceful protest: a demonstration with no violence by or on the protesters',
         r"\b(?:", r")\b", (
             r"protest(?:ed|s|ing|ers|or|ors|er)?",
             r"demonstrat(?:ion|ions|ors|or)",
             r"demonstrat(?:ed|ing|e)\b(?! (?:his|her|their|its|our|my|your|the|a|an|that|how|what|why|this|these|"
             r"those|great|strong|remarkable|clear|considerable|real|an?other|its|such|some|no|little|much)\b)",
             r"rall(?:y|ies|ied|ying)",
             r"march(?:ed|ing)(?! \d)",
             r"marchers",
             r"(?:a|the|their|protest|peaceful|silent|mass|large|long|solidarity|street) march(?:es)?\b(?! \d)",
             r"sit-?ins?",
             r"picket(?:ed|s|ing)?",
             r"gathered (?:\w+ ){0,4}?(?:outside|in front of)",
             r"gathered peacefully",                # a crowd gathered peacefully: a demonstration
             r"gathered\b[^.]{0,150}?\bto (?:demand|denounce|condemn|protest|call|express|voice|mourn|oppose|reject|"
             r"press)",
             # not a siege laid by armed men ("jihadists have imposed blockades on dozens of towns")
             r"(?<!imposed )(?<!imposing )(?<!impose )(?<!imposed a )(?<!impose a )(?:road |a )?blockades?",
             r"motorcades?",
             r"(?:beating|banging|banged) (?:\w+ ){0,2}?(?:pots|utensils|plates|pans)",
             r"staged (?:\w+ ){0,2}?(?:walk-?out|vigil|sit-in|strike|boycott)",
             r"hunger strikes?", r"vigils?", r"took to the streets", r"human chains?",
             r"solidarity (?:stand|vigil|gathering|sit-in)",
             r"shouting (?:\w+ )?(?:slogans|that)",
             r"commemorat\w+ (?:labou?r|may|workers.?) day",
             r"(?:workers|employees|residents|villagers|staff|farmers|traders|merchants|teachers|nurses|doctors|"
             r"students|citizens|relatives|families)\s+(?:\S+ ){0,10}?(?:demanded|demanding)",
             r"blocked (?:\S+ ){0,3}?(?:roads?|highways?|streets?|traffic|entrances?|railways?|rails|bridges?|"
             r"junctions?|intersections?|gates?)",
             r"padlocked", r"chanting", r"chanted", r"placards", r"slogans",
             r"shut ?down strike",
             r"general strike", r"bandh", r"hartal",
             r"boycott(?:ed|s)?",
         )),
)

# Gates: a rule named here runs only on a sentence holding one of its words (one Aho-Corasick pass finds
# them all). Every alternative of the rule must contain one of them: a gate may let too much through,
# never too little. Long rules of rare words gain most; a rule with no gate always runs.
GATES: dict[str, tuple[str, ...]] = {
    "defuse": ("explode", "detonat", "go off", "defus", "made safe", "rendered safe", "ied", "landmine", "explosive",
               "booby", "mortar", "bomb",
               "intercept", "shot down", "downed", "disarm", "found", "discovered", "recovered", "unearthed",
               "detected", "seized", "confiscated", "cleared", "removed", "dismantled", "neutrali", "retrieved",
               "disposed", "destroyed", "foiled", "thwarted", "prematurely", "accidentally", "controlled", "while ",
               "trying to", "attempting to", "about to"),
    "agreement": ("surrender", "yield", "handed", "turned", "laid down", "signed", "memorandum", "deal",
                  "agreement", "accord", "pact", "truce", "ceasefire", "cease-fire", "peace", "understanding",
                  "consensus", "settled", "agreed", "armistice", "disarmament", "demobili", "prisoner", "exchange",
                  "released", "freed"),
    "force_on_protest": ("excessive", "protest", "demonstrat", "live ", "crackdown", "violently", "marchers",
                         "crowd", "students", "real bullets", "disperse", "scatter", "break up"),
    "gov_regains": ("recaptur", "retook", "retake", "retaken", "re-took", "re-captured", "gain", "recover",
                    "drove", "driven", "pushed", "chased", "expelled", "flushed", "took back", "taken back",
                    "wrested", "liberat", "reclaim"),
    "transfer": ("withdr", "pulled", "handed", "handover", "without", "resistance", "unopposed", "entered",
                 "moved into", "took over", "evacuated"),
    "hq": ("established", "set up", "built", "opened", "erected", "establish", "constructed", "created",
           "setting up"),
}

# One pass over every sentence: a sentence none of these stems touch cannot
# hold an event, and most news sentences are such. Keep the stems specific:
# a stem found in most sentences would let them all through to the regexes.
PREFILTER_STEMS: tuple[str, ...] = (
    "drove", "driven", "pushed", "chased", "expelled", "flushed", "entered", "moved into", "recover", "memorandum",
    "yield", "laid down", "turned in", "turned over", "settled", "retriev", "recovered", "disposed of", "stole",
    "steal", "forwarded", "dispatched", "rushed", "stationed",
    "kill", "dead", "dropped", "did not explode", "failed to", "demanded", "demanding", "solidarity", "shouting",
    "commemorat", "mattress", "into the air", "in the air", "tried to", "attempted to", "bullet", "calibre",
    "caliber", "mm ", "sniper", "remnants", "unexploded", "uxo", "leftover", "left over", "intervened", "dispersed",
    "dragged", "stopped", "encounter", "gunfight", "clan", "communal", "padlock", "stoned", "stoning", "dumped",
    "torture", "custody", "exchanged", "abused", "handover", "ground mine", "went off", "kamikaze", "mustard",
    "phosgene", "poison", "chopper", "credit", "talks", "resistance", "unopposed", "suppress", "chas", "death",
    "die", "attack", "strike", "struck", "raid", "bomb", "shell", "artiller", "mortar", "rocket", "missile", "clash",
    "fight", "battle", "gun", "shot", "shoot", "fire", "explo", "blast", "ied", "mine", "grenade", "suicide",
    "chemical", "sarin", "chlorine", "gas", "rape", "sexual", "abduct", "kidnap", "hostage", "arrest", "detain",
    "chloropicrin", "choking",   # choking agents: "grenades containing chloropicrin", "a choking gas"
    "custody", "protest", "demonstrat", "rall", "march", "sit-in", "riot", "mob", "lynch", "loot", "vandal",
    "torch", "arson", "ablaze", "burn", "destroy", "seize", "captur", "overr", "took", "taken", "control",
    "liberat", "recaptur", "retook", "regain", "withdr", "pull", "hand", "agree", "signed", "truce", "ceasefire",
    "cease-fire", "peace", "deal", "accord", "base", "headquarter", "outpost", "checkpoint", "formed", "merge",
    "defect", "surrender", "recruit", "deploy", "curfew", "emergency", "disband", "joined", "allegiance", "tear",
    "water cannon", "baton", "lathi", "disperse", "assassin", "massacre", "murder", "behead", "execut", "stab",
    "hack", "tortur", "beat", "wound", "injur", "casualt", "troops", "soldier", "militan", "insurgen", "rebel",
    "jihad", "terror", "police", "army", "military", "forces", "strike", "picket", "boycott", "bandh", "hartal",
    "vigil", "slogan", "defus", "made safe", "rendered safe", "intercept", "shot down", "downed", "foil", "thwart",
    "exchange", "swap",
    "prisoner", "operation", "offensive", "ambush", "skirmish", "disappear", "missing", "whereabouts", "plunder",
    "ransack", "raze", "demolish", "relocat", "reinforce", "mobili", "drill", "exercise", "crossfire", "shootout",
    "shoot-out", "firefight", "fatalit", "killing", "slaughter", "neutrali", "eliminat", "projectil", "assault",
    "fought", "block", "gather", "air force", "targeted", "nerve", "molest", "lockdown", "threw", "pelt", "stone",
    "heavy weapons", "rpg", "howitzer", "anti-tank", "weapons", "ammo", "apprehend", "drive-by", "patrol",
    "column", "convoy", "closed", "seiz", "stripped", "cut down", "set alight", "body", "bodies", "found dead",
    "beat", "blockade", "motorcade", "fortification", "set off", "shot back", "returned fire",
    "dynamit", "blew up", "blown up", "blowing up", "explosive charge", "sabotag", "pillag", "on fire",
    "robbed", "machinegun", "machine-gun", "riddled", "blowing-up", "blew-up", "straf", "destruction of", "blow up",
    # words rules fire on that hold none of the stems above ("drones hit a power plant", "detonated his vest")
    "thug",     # "armed thugs", "political thugs" among the armed agents (election violence)
    "cane",     # "cane-charged the students": a police charge with canes
    "detonat", "device", "drone", "uav", "warplane", "war plane", "aircraft", "airforce", "helicopter", "jets",
    "plane", "katyusha", "grad ", "atgm", "recoilless", "tank round", "raping", "gang-rap", "gangrap",
    "blew himself", "blew herself", "blew themselves", "booby", "tnt", "wrecked", "blown-up", "munition",
    "arms cache", "cache of arms", "kalashnikov", "pistol", "rifle", "suspicious", "dismantled", "crackdown",
    "excessive", "crush", "live rounds", "crowd", "activists", "participants", "pepper spray", "pepper-spray",
    "flash bang", "flash-bang", "alight", "hurled", "rampag", "smashed", "storm", "angry crowd", "angry locals",
    "angry residents", "angry villagers", "angry youths", "irate", "jungle justice", "reclaim", "retake", "fell to",
    "evacuated", "captive", "confrontation", "combat", "ethnic violence", "tribal violence", "fended off",
    "firing between", "incursion", "infiltrat", "repulsed", "repel", "small arms", "small-arms", "targeting",
    "invaded", "lifeless", "bearing signs", "found wrapped", "detention", "incommunicado", "nabbed", "rounded up",
    "confiscat", "damaged", "damaging", "grabbed", "land grab", "uprooted", "give up", "armistice", "disarmament",
    "pact", "captives", "understanding", "consensus", "garrison", "command cent", "observation post", "camp",
    "trenches", "sandbags", "sand bags", "chant", "placard", "human chain", "sitin", "banged", "banging", "staged",
    "war era", "laid during", "tanks", "fighters", "units", "battalion", "brigade", "faction", "militia", "arms ",
    "ammunition", "appointed", "dismissed", "replaced", "erected", "establish", "reinforced", "formation",
    "creation", "founded", "dissolv", "rebrand", "martial law", "weapon deliver", "weapons deliver",
    "weapon shipment", "weapons shipment", "barricade", "defensive positions", "headquarters", "military post",
    "imposed", "declared", "lifted", "enforced", "instituted", "extended", "set up", "built", "opened", "created",
    "launched", "armored vehicles", "armoured vehicles", "awaiting", "waiting for", "merg", "grad", "arms",
    "removed", "position",
    "mass grave", "suspen", "halt", "paus", "freez", "froze", "filled with", "loaded with", "packed with", "laden with",
)
