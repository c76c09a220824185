"""Is a trigger the report of an incident carried out, or talk about violence?

Whole articles say far more about violence than they report: they quote threats and
vows ("the prisoners will be executed", "we will stop attacks"), sum up a war
("70,000 have been killed in ten years of war", "a wave of bombings"), characterise a
regime ("kidnappings, torture and murders", "they are killing civilians",
"indiscriminate bombing"), talk about a known incident ("gave no details of the
attack"), describe people by what befell them ("the murdered judge"), and tell of
blasts only heard and weapons only counted. ACLED codes an event for an incident
that took place, with its own day and place, so a trigger in one of these frames is
no event. Each family is one table of wordings with its reason; the incident itself,
where the article reports it, is coded from its own sentence. `talk_about` names the
family (`classify.py` drops the trigger); only political-violence sub-types are judged.
"""
from __future__ import annotations

from .compiled import compile as rx_compile
from .lexicon import any_of
from .triggers import Trigger, _rx

# Words right before a trigger that stop it or keep it from happening: no incident took place.
ABSTENTION = _rx(any_of(
    r"refrain\w* from (?:\S+ ){0,4}?", r"abstain\w* from (?:\S+ ){0,4}?",
    r"(?:stop|stops|stopped|stopping|cease|ceased|ceases|halt|halted|suspend|suspended|end|ends|ended|ending) "
    r"(?:the |their |its |all |further )?(?:(?:\w+ )?(?:wave|spate|series|string|campaign) of )?",
    r"suspension of (?:the |their |its |all )?",
    r"(?:the|an) end (?:of|to) (?:the |all )?", r"renounc\w* (?:the |all )?", r"abandon\w* (?:\S+ ){0,2}?",
    r"mission of (?:\S+ ){0,2}?", r"incit\w* (?:\S+ ){0,2}?",
    r"not by",
    r"(?:no|any) more (?:\S+ ){0,1}?",       # "there will not be any more bombings", "no more kidnappings"
    r"(?:opposed|opposes|opposing) (?:\S+ ){0,3}?",   # "has opposed large new military operations in the province"
    r"(?:allow|permit|tolerate) (?:any )?(?:more|further) ",     # "we are not going to allow more bombing"
    head=r"\b(?:", tail=r")$"))
# "a chile without executed people": right before the trigger only ("escaped without injury, but ... killed").
WITHOUT = rx_compile(r"\bwithout (?:\w+ )?$")

# A modal between the trigger's agent and its verb: "the hostages will be executed", "people should be murdered".
MODAL_INSIDE = _rx(any_of(
    r"will", r"would", r"should", r"could", r"might", r"must", r"shall", r"may",
    r"going to",
    head=r"\b(?:", tail=r")\b"))

_MONTH_NAME = r"(?:january|february|march|april|june|july|august|september|october|november|december)"
# A sentence that sums up many incidents over a period: a toll of a war or a campaign, not one event.
_VIOLENCE_NOUNS = (r"(?:\w+ ){0,3}?(?:attacks|bombings|killings|murders|kidnappings|assassinations|violence|terror\w*|"
                   r"sabotage|looting|arson|robberies|burnings)")
TALLY = _rx(any_of(
    r"so far (?:this|in)", r"to date",
    r"(?:in|during|after) (?:nearly |almost |more than |over )?(?:\w+ )?years of (?:civil )?(?:war|conflict|violence|"
    r"fighting|armed struggle)",
    r"(?:has|have) (?:risen|climbed|increased) to", r"brings? (?:\w+ ){0,3}?the (?:number|total|toll)",
    r"the number of", r"statistics", r"a list of", r"(?:during|in) those (?:days|weeks|months|years)",
    r"since (?:it|they|the group|the organi[sz]ation) (?:was|were) (?:founded|formed|created)",
    # "since january", not "since january 2025, when clashes killed 80" (a day recalled, judged in background.py)
    r"since (?:the (?:start|beginning) of (?:the|this) year|" + _MONTH_NAME + r"(?! \d)(?!,? when))",
    r"in the (?:first|second|last) (?:half|quarter|(?:\w+ )?months) of",
    r"(?:in|during|over) (?:this|the past|the last) (?:decade|year|years)",
    r"(?:has|have) (?:\w+ )?(?:killed|murdered|kidnapped|assassinated) (?:many|numerous|countless)",
    # "carried out 140 sabotage operations", "staged 35 attacks": deeds counted by the dozen are a record
    r"(?:carried out|conducted|staged|committed|perpetrated|launched|mounted) (?:some |about |nearly |almost |"
    r"more than |over |at least )?\d{2,}[\d,]* (?:\w+ ){0,2}?(?:attacks|operations|actions|acts|raids|ambushes|"
    r"bombings)",
    # "the group examined 12 drone strikes that hit markets", "there had been 140 clashes along the front": a report
    # or a staff's count of incidents by the dozen is a record, not one of them
    r"(?:examined|documented|recorded|counted|verified|investigated|there (?:have|has|had) been|there were) "
    r"(?:some |about |nearly |almost |more than |over |at least )?\d{2,}[\d,]* (?:\w+ ){0,2}?(?:attacks|strikes|"
    r"clashes|raids|ambushes|bombings|incidents|killings|shellings|battles)",
    head=r"\b(?:", tail=r")\b"))
# "launched two ballistic missiles and 85 drones at the country overnight": a night's arsenal aimed at a whole
# country is the sum of its strikes, each coded where it hit, whatever night it names
ARSENAL = rx_compile(r"\b(?:launched|fired) [^.;]{0,40}?\d{2,}[\d,]* (?:\w+ )?(?:drones|missiles|rockets)[^.;]{0,30}? "
                     r"(?:at|on|against|across) the (?:whole )?country\b")
# "over the past three months, 150 people have been killed", "in less than a month, 11 leaders were kidnapped":
# a count over weeks or months sums up many incidents (a count over the last days may still be one scene). "The
# deadliest attack in the past three months" measures one incident against the period: a superlative before it.
PERIOD_TALLY = rx_compile(r"(?<!\w)(?:(?:\w+est|worst|first|most \w+)\b(?:\s+\S+){0,3}?\s+)?"
                          r"(?:in|during|over|within) (?:(?:less than|more than|under|only|just) |the (?:past|last|"
                          r"previous) )(?:\w+ )?(?:weeks|months|(?:a|one|1) (?:month|year))\b")
_SUPERLATIVE = rx_compile(r"(?:\w+est|worst|first|most \w+)\b")
# A war's toll: "72,000 people killed", "hundreds of union members were murdered", "the war has killed
# thousands of civilians". A crowd counted only as present ("a strike missed a camp where hundreds of people
# were sheltering") tallies nothing: the crowd must be the harm's victims.
_CROWD = (r"(?:(?:hundreds|thousands|tens of thousands|scores) of (?:\w+ ){0,2}?(?:people|civilians|\w+ans|\w+ese|"
          r"members|peasants|activists|leaders|citizens)|\d{1,3}(?:,\d{3})+ (?:\w+ ){0,2}?(?:people|persons|"
          r"civilians|\w+ans|\w+ese|peasants|guerrillas|soldiers|troops|rebels|fighters|combatants))")
_HARMED = r"(?:killed|murdered|dead|died|kidnapped|disappeared|massacred|slain|executed|assassinated)"
VICTIM_TALLY = rx_compile(r"\b(?:" + _CROWD + r"(?:\W+\w+){0,4}?\W+" + _HARMED
                          + r"|" + _HARMED + r"(?:\W+\w+){0,3}?\W+" + _CROWD
                          + r"|\d{1,3}(?:,\d{3})+ (?:\w+ ){0,2}?(?:deaths|victims|dead))\b")
# "Let us remember that ...", "We must not forget the massacre of ...": the speaker calls up the past; the
# incident, if it is news, is reported in words of its own.
RECALLED = rx_compile(r"^\W*(?:\[[^\]]*\]\s*)*(?:let us |let's |we (?:must|should|will|cannot|can not) (?:not )?)"
                      r"(?:\w+ )?(?:remember|recall|forget)\b")
# "marked the anniversary of the kidnapping", "a vigil for the victims of the massacre", "the funeral of the
# soldiers killed last week": an occasion that recalls an incident; the day is the occasion's, the incident was
# news when it happened (or is reported in words of its own).
OCCASION = rx_compile(r"(?<!\bat a )(?<!\bat the )(?<!\bon a )(?<!\bon the )\b(?:anniversar\w+|commemorat\w+|"
                      r"in (?:memory|remembrance) of|memorial|vigils?|funerals?|burials?|buried|mourn\w*|laid to rest|"
                      # "marched on Thursday to mark ten years since gunmen stormed the college": the years told
                      r"mark(?:s|ed|ing)?\s+(?:[\w-]+\s+){1,3}?(?:years?|months|decades?)\s+since)"
                      r"\b(?:\s+\S+){0,10}?\s*$")
# "a court sentenced five men to death for their part in the attack on a train, in which gunmen killed eight": the
# deed a verdict is given for, told inside the verdict (the sentence between: "to 45 years in prison for")
JUDGED_FOR = rx_compile(r"\b(?:sentenced|convicted|acquitted|jailed|found guilty|indicted|put on trial)\b"
                        r"[^.;]{0,90}?\b(?:for|over|of|in connection with)\b[^.;]*$")
# "witnesses are expected to describe how fighters burned homes": testimony to come, about the past
TESTIMONY_TO_COME = rx_compile(r"\b(?:expected|due|set|scheduled|likely|going|will|would)\s+(?:to\s+)?"
                               r"(?:testify|describe|recount|tell|explain|give evidence)\b(?:\s+\S+){0,8}?\s*$")
# "said in a report on friday", "told reporters on sunday": the day of the statement, not of a deed
_SAID_BEFORE_DAY = rx_compile(r"\b(?:said|says|told|report|statement|announced|published|released)\b(?:\s+\S+){0,4}?"
                              r"\s*$")
# "a rebellion that has killed thousands", "the war has left 300,000 dead": a war's toll in the present perfect,
# whatever day the sentence gives the news beside it
PERFECT_TALLY = rx_compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:killed|left)\s+(?:more than\s+|over\s+|at least\s+|"
                           r"nearly\s+|some\s+|about\s+)?(?:thousands|hundreds|tens of thousands|scores|"
                           r"\d{1,3}(?:,\d{3})+)\b")
# "GENEVA, July 24 (Reuters) -": the day the story was filed
_DATELINE_AFTER = rx_compile(r"\s*(?:\(|--?\s|\u2014)")
# "the anniversary of the kidnapping": anywhere in the sentence, the incident is the past one the occasion recalls
ANNIVERSARY = rx_compile(r"\b(?:anniversar\w+|commemorat\w+) of\b")
# "marched to mark ten years since gunmen stormed the college", "rallied on the anniversary of the massacre": the
# words from here on recall the incident the crowd remembers; they tell nothing of how the crowd behaved
MARKING = rx_compile(r"\b(?:to\s+)?(?:mark(?:s|ed|ing)?\s+(?:[\w-]+\s+){1,3}?(?:years?|months|decades?)\s+since|"
                     r"(?:on|for|mark(?:s|ed|ing)?)\s+the\s+(?:[\w-]+\s+)?anniversary\s+of)\b")
# Habits, not incidents: "revolutionaries always end up killing each other", "rebels continue killing".
# "terrorists who murder working people": a relative clause in the simple present tells what a group does.
_PASSIVE_HARM = rx_compile(r"(?:murdered|killed|kidnapped|abducted|tortured|massacred|attacked|assassinated|shot|"
                           r"bombed|executed|disappeared)")
_WHO_BEFORE = rx_compile(r"\b(?:who|which)\s+$")
_PRESENT_VERB = rx_compile(r"(?:murder|kill|attack|kidnap|abduct|bomb|massacre|torture|assassinate|shoot|burn|place|"
                           r"plant|steal|loot|rob|rape)s?")
# "a government that murders priests": "that" before a verb in -s is a relative pronoun, not a demonstrative
_THAT_BEFORE = rx_compile(r"\bthat\s+$")
# "forces that assassinate and cause destruction": after a plural noun, "that" before a bare verb is a relative too
_PLURAL_THAT_BEFORE = rx_compile(r"\b(?:forces|groups|gangs|men|those|people|terrorists|regimes|governments|armies|"
                                 r"squads)\s+(?:that|who)\s+$")
# "terrorists who attack students, engage in kidnapping and place bombs", "they steal, kidnap and murder": the
# deed is one of a list of deeds in the simple present that a relative clause or a pronoun says a group does
_NOT_PRESENT = r"(?!(?:are|is|were|was|had|has|have|did|will|would|could|may|might|must|should)\b)[a-z]+(?<!ed)\b"
_PRESENT_LIST = rx_compile(r"\b(?:who|which|they)\s+" + _NOT_PRESENT + r"[^.;:]{0,60}?,\s+(?:and\s+|or\s+)?"
                           r"(?:(?!(?:the|a|an|this|that|these|those|his|her|its|their)\b)[a-z]+\s+){0,2}$")
_LIST_OPENS = rx_compile(r"\b(?:who|which|they)\s+$")
_LIST_GOES_ON = rx_compile(r"[^.;:]{0,30}?,\s+(?:and\s+|or\s+)?" + _NOT_PRESENT)
# "they are murdered or harassed", "our members are being killed": the present passive tells what keeps
# happening to a people, not an incident (a day of its own in the sentence still makes it news).
PRESENT_PASSIVE = rx_compile(r"\b(?:are|is)\s+(?:(?:being|still|often|regularly|even|also|now)\s+){0,2}$")
# the present passive inside an attack's words, its subject leading them ("a village in burkina faso is attacked", an
# op-ed's "a mayor is shot dead in guerrero weeks after taking office")
_PRESENT_PASSIVE_IN = rx_compile(r"\b(?:is|are)\s+(?:(?:being|still|often|regularly|even|also|now)\s+){0,2}"
                                 r"(?:attacked|ambushed|raided|shelled|bombed|looted|burned|killed|found dead|"
                                 r"shot dead|gunned down|murdered|kidnapped|abducted|executed)\b")
# "a convoy is ambushed", "some are found dead": fates told in the present passive beside _PASSIVE_HARM's
_MORE_PASSIVE = frozenset({"ambushed", "found", "raided", "shelled"})
# "the Salvadoran people, who are being unjustly attacked", "the American people, who have also been murdered",
# "civilians have been victims of terrorist attacks": a whole people as the sufferer, in the present or the present
# perfect, is a charge about a war, not an incident (a number or a day of its own would make it one)
PEOPLE_SUFFER = rx_compile(r"\b(?:the\s+(?:[\w-]+\s+)?(?:people|population|peasantry|clergy|nation)|civilians|"
                           r"peasants|those(?:\s+persons|\s+people)?(?=\s+who))\b,?\s+(?:who\s+|which\s+)?"
                           r"(?:are|is|have|has)\s+"
                           r"(?:(?:\w+ly|also|still|being|been)\s+){1,3}(?:(?:the\s+)?victims\s+of\s+(?:\w+\s+)?)?$")
# "it is hard to fight terrorists when they take people as hostages": what a group does whenever it acts
WHEN_THEY = rx_compile(r"\bwhen(?:ever)?\s+(?:they|terrorists|rebels|guerrillas|gangs)\s+(?:take|takes|hold|holds|"
                       r"kill|kills|murder|murders|attack|attacks|kidnap|kidnaps|bomb|bombs|burn|burns|loot|loots)\b"
                       r"[^.;:,]{0,30}$")
# "the hurling of grenades at bus stops is a common practice of the army": a deed named as a habit
PRACTICE_AFTER = rx_compile(r"[^.;:]{0,60}?\b(?:is|are|was|were|has become|have become)\s+(?:a\s+)?(?:common|"
                            r"constant|usual|regular|daily|routine|standard|systematic)\s+(?:practice|occurrence|"
                            r"procedure|method|tactic)s?\b"
                            # "drone attacks by cartels have become more frequent", "killings ... have become a daily
                            # reality": a kind of deed said to keep happening, no incident
                            r"|[^.;:]{0,60}?\b(?:has|have|had) become (?:more |increasingly |ever more )?(?:frequent|"
                            r"common|commonplace|routine|rampant|widespread|endemic|a daily reality|a daily occurrence|"
                            r"part of daily life)\b")
# "it is not known how many people were killed": a question about a toll, not the incident (told in its own words)
HOW_MANY = rx_compile(r"\bhow many\s+$")
HABITUAL = rx_compile(r"\b(?:always|usually|often|routinely|regularly|continues? to|continue)\b(?:\s+\S+){0,3}?\s+$")
# A plural of many incidents named as such; only a trigger inside the phrase is a sum ("raped two women during
# various attacks" still reports the rapes).
SERIES = _rx(any_of(
    r"(?:a|the|new|this|recent|latest) wave of " + _VIOLENCE_NOUNS, r"campaign of " + _VIOLENCE_NOUNS,
    r"spate of " + _VIOLENCE_NOUNS,
    r"various " + _VIOLENCE_NOUNS,
    r"(?:constant|repeated|frequent|systematic|continuing) " + _VIOLENCE_NOUNS,
    head=r"\b(?:", tail=r")\b"))
# "The death toll from the overnight missile strike on Kharkiv has risen to six": one incident's toll updated, not
# a war's tally ("the number of dead has risen to 300 since January" names no incident)
ONE_TOLL_RISEN = rx_compile(r"\btoll (?:from|of|in) (?:the|an?|\w+'s) (?:[\w-]+ ){0,6}?(?:attack|strike|blast|"
                            r"bombing|explosion|shelling|raid|massacre|ambush)\b[^.;]{0,60}?\b(?:has|have) "
                            r"(?:risen|climbed|increased) to\b")
# A day of its own ("last night", "on 7 november") makes the sentence report an incident inside the tally.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAY_ANCHOR = rx_compile(r"\b(?:today|yesterday|tonight|last\s+(?:night|evening|weekend|" + _WEEKDAY + r")|"
                         r"this\s+(?:morning|afternoon|evening)|on\s+" + _WEEKDAY + r"|"
                         r"\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2})\b")    # (wrapped lines of radio copy)

# Violence told of whole peoples, with no number and no day: "they are killing civilians", "the bombing of the
# civilian population", "a government that has murdered the clergy". A report names whom, how many, or when.
GENERIC_VICTIMS = rx_compile(r"(?:\W+(?:of|against|on|at)\b)?\W+(?:(?:the|our|its|their) (?:\w+ )?"
                             r"(?:population|people|clergy|peasantry|youth|children)|"
                             r"(?:innocent |defenseless |unarmed )?"
                             r"(?:civilians|people|persons|human beings|children|peasants|students)|"
                             r"(?!these\b|those\b)[a-z]{2,}(?:ans|ese))"      # "salvadorans", "panamanians"
                             r"\b(?! (?:in|at|near) )")
# A verb in the simple past tells what happened ("soldiers assaulted students"): news, whoever the victims.
_SIMPLE_PAST = rx_compile(r"(?<!has )(?<!have )(?<!had )\b\w+ed$")
_NUMBER_BEFORE = rx_compile(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty|dozens?|"
                            r"scores?|hundreds?|thousands?|several|many|some)\b")

# Three or more kinds of violence in one list ("kidnappings, bombings and murders", "imprisoned, murdered, or
# exiled"): a sentence characterising a campaign or a regime, not reporting one incident.
_VIOLENCE_WORD = (r"(?:murder\w*|kill\w*|assassinat\w*|kidnap\w*|abduct\w*|tortur\w*|disappear\w*|rap(?:e|es|ed)|"
                  r"bomb\w*|massacr\w*|imprison\w*|exile\w*|persecut\w*|attack\w*|burn\w*|loot\w*|"
                  r"mutilat\w*|repress\w*|threat\w*|arrest\w*|extortion|sabotage)")
ENUMERATION = rx_compile(r"\b" + _VIOLENCE_WORD + r"(?:,? (?:and |or )?" + _VIOLENCE_WORD + r"){2,}\b")

# Blasts and fire known only by their sound ("explosions were heard in the north of the city"): the source
# reports a noise whose origin it does not know, not an incident with an actor and a target.
HEARD = rx_compile(r"\b(?:heard|hear|hears|hearing)\b|\b(?:sounds?|noises?|echo(?:e?s)?) of\b")
_HEARD_REACH = 40          # characters either side of the trigger: the same clause, not the next one
_FIRE_TYPES = frozenset({"Armed clash", "Air/drone strike", "Shelling/artillery/missile attack",
                         "Remote explosive/landmine/IED", "Grenade"})

# A weapon named in an inventory ("348 rifles, 29 grenade launchers and fragmentation grenades were seized"):
# arms found, carried or counted, not used.
_WEAPON_NOUN = rx_compile(r"(?:\S+ )?(?:grenades?|rpg\S*|missiles?|rockets?|mortars?|bombs?|explosives?|dynamite|"
                          r"mines?|weapons|(?:grenade|rocket|missile) launchers?|recoilless(?: \w+)?|"
                          r"cannons?|devices?)$")
_INVENTORY = rx_compile(r"\b(?:rifles|pistols|launchers|ammunition|rounds|cartridges|arsenal|caches?|stockpiles?|"
                        r"explosive material|war materiel|war material)\b")
# Weapons moved from hand to hand ("the plane was carrying grenades", "he supplied the grenades", "a truck loaded
# with explosives"): arms carried or delivered, not used.
_CARRIED = rx_compile(r"\b(?:(?:carry(?:ing)?|carried|carries)(?!\s+out\b)|armed with|loaded with|laden with|"
                      r"suppl(?:y|ied|ies|ying)|smuggl\w+|shipments? of|deliver(?:ed|ing|y) of|"
                      r"transport(?:ed|ing))\s+(?:\S+\s+){0,20}?$")
# "a truck loaded with weapons and explosives was confiscated", "abandoning a bus loaded with dynamite": a vehicle
# carrying explosives is a bomb only when the sentence tells it went off or was used
_LOADED = rx_compile(r"(?:loaded|filled|packed|laden|stuffed) with\b")
_WENT_OFF = rx_compile(r"\b(?:explod\w*|blew up|blown up|blowing up|detonat\w*|went off|blast\w*|hurled|rammed|"
                       r"killed|killing|wounded|wounding|injur\w+|destroy\w*|damag\w*|attack\w*|used|assassinat\w*|"
                       r"target\w*)\b")
# "labelled them car bombs", "platforms known as car bombs": the words name a kind of weapon.
NAMED_AS = rx_compile(r"\b(?:label(?:l)?ed|dubbed|(?:known|know|referred to|described) as)\s+(?:\w+\s+)?\W*$")
# A figure of speech: "inflation can be a time bomb", "a social time bomb about to explode".
METAPHOR = rx_compile(r"\b(?:is|are|was|be|been|becom\w+|like|as|social|political|economic|demographic|ticking|"
                      r"veritable|real)\s+(?:an?\s+)?(?:\w+\s+)?time bombs?\b")

# An aircraft that was hit ("three helicopters were destroyed", "the rebels downed two planes") is the target,
# not the agent of an air strike.
_AIRCRAFT = r"(?:planes?|aircraft|helicopters?|jets?|gunships?)"
AIRCRAFT_HIT = rx_compile(r"\b" + _AIRCRAFT + r"\b(?:\s+\w+){0,2}?\s+(?:(?:was|were|is|are|has been|have been)\s+)?"
                          r"(?:completely\s+|partially\s+)?(?:destroyed|downed|shot down|crashed)\b"
                          r"|\b(?:downed|destroyed|shot down)\s+(?:\S+\s+){0,3}?" + _AIRCRAFT + r"\b")

SHOT_DOWN = rx_compile(r"\s+down\b")
# "the guerrillas shot their rifles into the air before handing them over": shots at no one
INTO_THE_AIR = rx_compile(r"(?:\s+\S+){0,3}?\s+(?:into|in) the air\b")
_SHOT_WORD = rx_compile(r"\b(?:shot|shots|fired|firing|shooting)$")

# A negation right before the trigger: "we are not bombing", "ordered the units not to attack embassies".
# "they [not further identified] burned ...": a transcriber's note that the speaker was not named negates nothing
NEGATED = rx_compile(r"\b(?:not|never|no longer)\s+(?!only\b|yet\b|just\b|far\b|least\b|known\b|identified\b|"
                     r"(?:further|otherwise) identified\b|clear\b|immediately\b)(?:\S+\s+){0,2}$")
# "the men did not ask for money or try to steal anything": a negated verb governs the verbs joined to it by "or"
NEGATED_OR = rx_compile(r"\b(?:did|do|does|would|could|will)\s+not\s+(?:[^\s,;]+\s+){1,4}?(?:or|nor)\s+"
                        r"(?:[^\s,;]+\s+){0,2}$")
# "indiscriminate bombing", "indiscriminately shelling": the words of a charge against a force, which names
# no incident unless a day goes with it.
CHARGE = rx_compile(r"\bindiscriminate(?:ly)?\b")
_CHARGE_REACH = 25         # characters before the trigger; the trigger's own words count too

# Words before a bare "the attack" that make the sentence about an incident, not its report: who took part,
# what was said of it, what followed from it ("did not give details of the attack", "as a result of the
# attacks, exports stopped"). Only the bare word: an attack with its own victims or place is told here.
TALK_FRAME = _rx(any_of(
    r"implicated in", r"involved in", r"participat\w* in", r"(?:took|taking|take|takes) part in",
    r"(?:linked|link|links|connection|connected|tied) (?:\w+ ){0,6}?(?:to|with)",
    r"details (?:of|about|on)", r"nothing about", r"information (?:on|about)",
    r"(?:reaction|response|reference|allusion|referring|referred) to",
    r"attribut\w+", r"blamed", r"(?:the )?case of",
    r"regarding", r"concerning", r"in connection with", r"as a result of", r"in view of",
    r"(?:due|owing) to", r"because of",
    head=r"\b(?:", tail=r")\b(?:\W+\S+){0,4}?\W*$"))

# A deed named by a noun as the object of talk, of a charge or a trial, or as a cause: "implicated in the murder of
# the archbishop", "documents linking three men with the assassinations of two senators", "the trial of the
# perpetrators of the massacre", "his dismissal was prompted by the bombing of poor districts". The noun recalls an
# incident, told in words of its own where the article reports it; a deed that is the news has a doer, or a day
# or a place of its own ("condemned the killing of three farmers on Monday", "the killing of two men in the
# village"). The frame governs the noun: at most four words between them, no comma.
NAMED_DEED_FRAME = _rx(any_of(
    # who took part: involvement, complicity, a charge
    r"implicated in", r"involved in", r"involvement in", r"complicity in", r"participat\w* in",
    r"(?:took|taking|take|takes) part in", r"role in",
    r"(?:linked|link|links|linking|connection|connected|tied|ties) (?:[\w'-]+ ){0,6}?(?:to|with)",
    r"responsib\w+ for", r"blamed (?:\w+ )?for",
    r"(?:accused|suspected|guilty|convicted|acquitted|charged|arrested|detained|questioned|tried) (?:[\w'-]+ ){0,3}?"
    r"(?:of|with|for|in)",
    r"(?:perpetrators?|authors?|masterminds?|culprits?|instigators?|organi[sz]ers?|planners?) of",
    # what justice does with it
    r"trials? (?:of|for|over)", r"punish\w* (?:of|for)", r"impunity (?:for|in)", r"justice for",
    r"(?:investigat\w*|inquiry|inquiries|probe|probes|clarif\w*|solv\w*) (?:of|into|in|on)",
    r"evidence (?:of|on|about|in)", r"(?:the )?case of",
    # what is said of it
    r"about", r"regarding", r"concerning", r"(?:referring|referred|reference|references|allusion|alluded|alluding) to",
    r"details (?:of|about|on)", r"information (?:on|about)", r"comment\w* on",
    r"controvers\w+ (?:over|about|regarding|surrounding)", r"questions? (?:about|on|over)",
    r"(?:spoke|speak\w*|talk\w*) (?:of|about)",
    # what it caused
    r"due to", r"because of", r"as a result of", r"on the basis of", r"based on",
    r"(?:prompted|caused|triggered|sparked|provoked|motivated|marred|overshadowed) by",
    r"in (?:retaliation|reprisal|revenge|response) (?:for|to)", r"reasons? (?:for|behind)", r"motives? (?:for|behind)",
    head=r"\b(?:", tail=r")\s+(?:[\w'-]+\s+){0,4}?$"))
# the deed named by a noun, where the trigger's words begin ("the army's bombing", "air force bombing of")
_NAMED_DEED = rx_compile(r"(?:[\w-]+\s+){0,2}?(?:murders?|assassinations?|killings?|massacres?|kidnappings?|"
                         r"abductions?|bombings?|attacks?|shootings?|ambush(?:es)?|explosions?|blasts?|raids?)\b")
# the deed introduced by its victim, "the murder of the archbishop", "the archbishop's murder": brought up from
# outside the story, where a bare "the massacre" refers back to the incident the story told
# ("the kidnapping and murder of the students": deeds joined share the victim)
_VICTIM_AFTER = rx_compile(r"(?:\s+(?:and|or)\s+(?:of\s+)?(?:the\s+)?[\w-]+)?\s+of\b")
_VICTIM_BEFORE = rx_compile(r"(?:\w's|s')\s+(?:[\w-]+\s+)?$")
# what follows the noun up to the end of its sentence or clause: a day ("on 4 May") or a place ("in the village of
# X") of its own, told after its victims ("the killing of six priests, two of them foreigners, in the capital")
_DEED_CLAUSE_AFTER = rx_compile(r"[^.;:]{0,160}")
_OWN_PLACE = rx_compile(r"\b(?:in|at|near|outside)\s+(?!(?:which|whose|connection|the past|recent|retaliation|"
                        r"reprisal|response|order|view|addition|particular|fact|part|any|all|his|her|their|its|our|my|"
                        r"your|this|that|these|those|(?:19|20)\d\d|the (?:region|country|world|nation|continent))\b)"
                        r"[a-z]")


def _named_in_talk(sentence: str, trigger: Trigger, before: str) -> bool:
    """A deed named by a noun as the object of talk, a charge or a cause, with no day or place of its own."""
    named = _NAMED_DEED.match(sentence, trigger.start)
    if named is None or not NAMED_DEED_FRAME.search(before) \
            or not (_VICTIM_AFTER.match(sentence, named.end()) or _VICTIM_BEFORE.search(before)):
        return False        # "the perpetrators of the massacre": a bare noun refers back to the story's own deed
    if HARM_TOLD.search(sentence, 0, trigger.start):
        return False        # "three soldiers were killed as a result of the bombing of the post": the harm's cause
    return not _own_day_or_place(sentence, trigger.start, named.end())


def _own_day_or_place(sentence: str, start: int, end: int) -> bool:
    """Whether a deed named by a noun (from `start` to `end`) has a day or a place of its own in its clause."""
    after = _DEED_CLAUSE_AFTER.match(sentence, end).group()
    own_day = any(not _SAID_BEFORE_DAY.search(after, max(0, m.start() - 40), m.start())
                  for m in _DAY_ANCHOR.finditer(after))
    return bool(own_day or _OWN_PLACE.search(after) or _DAY_ANCHOR.search(sentence, max(0, start - 25), start))


# A deed in the infinitive of purpose: "a force created to attack the country", "they rearmed to attack the capital",
# "came to the country to assassinate him", "step up their actions to destroy bridges and murder officials". The
# infinitive tells what someone means to do, not a deed done; only after a verb of doing or going on ("went on to
# kill", "began to shell", "used machetes to kill", "managed to blow up", "took the opportunity to plant bombs",
# "carried out the order to kill") or an attempt ("tried to murder": shots fired, a deed ACLED codes) does it tell a
# deed itself.
_TO_BEFORE = rx_compile(r"\bto\s+(?:(?:\w+ly|also|then)\s+)?$")
_DONE_TO = rx_compile(r"\b(?:began|begun|begin|begins|beginning|start|starts|started|starting|continu\w*|"
                      r"(?:went|go|goes|going) on|proceed\w*|manag\w*|succeed\w*|used|using|uses|use|able|enough|"
                      r"resorted|resort|had|has|have|attempt\w*|tr(?:y|ied|ies|ying)|carr(?:y|ied|ies|ying) out|"
                      r"opportunity|chance)\s+(?:[\w'-]+\s+){0,3}?to\s+(?:(?:\w+ly|also|then)\s+)?$")
# "prompting the guards who escorted him to attack the activists", "forced the troops to shell the town": a cause
# told as done makes the deed after it done, however long its object
_CAUSED_TO = rx_compile(r"\b(?:prompted|prompting|caused|causing|led|leading|forced|forcing|provoked|provoking|drove|"
                        r"driving|pushed|pushing|compelled|compelling|spurred|spurring)\b[^.;]{0,140}?\bto\s+"
                        r"(?:(?:\w+ly|also|then)\s+)?$")
# the verbs a deed in the infinitive is told by, joined ("to destroy bridges and murder officials")
_BASE_VERB = frozenset({"attack", "murder", "kill", "assassinate", "bomb", "kidnap", "abduct", "shoot", "massacre",
                        "destroy", "burn", "loot", "shell", "ambush", "blow", "execute", "raid", "torture", "rape",
                        "dynamite", "sabotage", "hijack", "storm", "seize", "take", "hold", "plant", "place", "hurl",
                        "throw", "fire", "detonate", "set"})
# ("to destroy bridges and murder officials": the infinitive's "to" governs the verbs joined to it)
_JOINED_INFINITIVE = rx_compile(r"\bto\s+(?:(?:\w+ly|also|then)\s+)?(\w+)\b[^.;:]{0,60}?\b(?:and|or)\s+$")


def _purpose(sentence: str, first: str, trigger: Trigger) -> bool:
    """A deed in the infinitive: what someone means to do, not a deed done."""
    if first not in _BASE_VERB:
        return False
    opened = max(0, trigger.start - 80)
    to = _TO_BEFORE.search(sentence, opened, trigger.start)
    if to is None:
        joined = _JOINED_INFINITIVE.search(sentence, opened, trigger.start)
        if joined is None or joined.group(1) not in _BASE_VERB:
            return False
        to = _TO_BEFORE.search(sentence, opened, joined.start(1))
    return to is not None and not _DONE_TO.search(sentence, max(0, to.start() - 60), to.end()) \
        and not _CAUSED_TO.search(sentence, max(0, to.start() - 160), to.end())


# A deed named by a mass noun, with no article, number or owner: "sowing chaos and murder", "repression by means of
# torture and murder", "criminals who run away after committing murder", "engaged in kidnapping and extortion". It
# names a kind of deed, not an incident; an incident is "a murder", "the kidnapping of the banker", "Monday's bombing".
_MASS_DEED = rx_compile(r"(?:murder|killing|kidnapping|abduction|bombing|assassination|looting|sabotage|arson|"
                        r"hostage-taking|pillage|plunder)")
_MASS_BEFORE = rx_compile(r"(?:^|[\s,(\"'])(?:and|or|nor|of|with|for|from|through|into|against|including|like|as|than|"
                          r"about|commit|commits|committed|committing|sow|sows|sowed|sowing|practi[sc]e\w*|use|uses|"
                          r"used|using|engag\w* in|resort\w* to|means of)\s+$")
# ("murder of the judge", "looting in the market", "kidnapping on the highway": the deed has its victim or scene)
_MASS_OBJECT = rx_compile(r"\s+(?:of|at|in|on|near|against|by|which|that|who)\b")
# a gerund with no object after it ("engaged in kidnapping and extortion"; not "responsible for killing the mayor")
_NO_OBJECT = rx_compile(r"\s*(?:[,.;:)\"']|$|(?:and|or|nor|as|is|are|was|were|has|have|had|amid|among)\b)")


def _mass_deed(sentence: str, words: str, trigger: Trigger) -> bool:
    """A deed named by a mass noun, as a kind of deed: no article, number or owner, no victim, scene or day."""
    return _MASS_DEED.fullmatch(words) is not None \
        and (not words.endswith("ing") or _NO_OBJECT.match(sentence, trigger.end) is not None) \
        and _MASS_BEFORE.search(sentence, max(0, trigger.start - 30), trigger.start) is not None \
        and not _MASS_OBJECT.match(sentence, trigger.end) \
        and not HARM_TOLD.search(sentence, 0, trigger.start) \
        and not _own_day_or_place(sentence, trigger.start, trigger.end)


# Deeds named by a bare plural ("as a result of the bombings"), with no victim or place after them, inside the
# same talk: the bombings or killings the article reports elsewhere, or none at all.
# Only the plural: "this murder" in an article about one killing is that killing, told again.
_BARE_DEED = rx_compile(r"(?:bombings|explosions|blasts|killings|murders|massacres|assassinations|kidnappings|"
                        r"abductions)")
_DEED_OBJECT = rx_compile(r"\s+(?:of|in|at|on|against|near|by|which|that|who)\b")

# "Police have arrested three people over the killing", "detained two suspects in connection with the blast":
# the deed, named by "the" alone, is the one the article told; the sentence tells what followed from it (done:
# "an operation to arrest those responsible for the attack" may be all the article says of the attack).
ARREST_FOR = rx_compile(r"\b(?:arrested|detained|charged|jailed|questioned|sentenced|convicted)\b(?:\s+\S+){0,6}?"
                        r"\s+(?:over|for|in connection with|in relation to)\s+(?:the|this|that|these|those)\s+$")
_DEED_NOUN = rx_compile(r"(?:killings?|murders?|assassinations?|attacks?|bombings?|blasts?|explosions?|shootings?|"
                        r"kidnappings?|abductions?|lynchings?|beatings?)")

# A crime that names a court case ("a murder trial", "the Jesuit murder case"): talk of the case, not a report.
_CRIME_NOUN = rx_compile(r"(?:murders?|assassinations?|killings?|kidnap|kidnappings?|abductions?|massacres?)")
# ("the murder rate", "kidnapping statistics": a crime named as a measure, no incident)
_CASE_AFTER = rx_compile(r"\W*(?:case|cases|trials?|charges?|investigations?|inquiry|probe|rates?|statistics|"
                         r"figures)\b")
# "the kidnapping ring", "a murder gang": the deed names the band that does it, not a deed done
_BAND_AFTER = rx_compile(r"\s+(?:rings?|gangs?|bands?|networks?|cells?|syndicates?)\b")

# "the kidnappers had met the family", "a band of alleged kidnappers": people named by a deed, which the noun
# alone does not report (the kidnapping, where the article tells it, has its own words).
_AGENT_NOUN = rx_compile(r"(?:kidnappers?|abductors?|hostage-takers?|assassins?|murderers?|killers?|looters?)")
_DEED_VERB_AFTER = rx_compile(r"\b(?:kidnap\w*|abduct\w*|seiz\w*|took|taken|held|killed|murdered|shot|attacked|"
                              r"loot\w*|ransack\w*|plunder\w*|sack(?:ed|ing)|stole|stolen|raided)\b")
# "the government is hostage to the army", "he considers himself a hostage": a hostage in a figure of speech.
HOSTAGE_FIGURE = rx_compile(r"\bhostages?\s+(?:to|of)\s+(?!(?:the\s+)?(?:\w+\s+)?(?:rebels|guerrillas|gunmen|"
                            r"kidnappers|militants|group|captors)\b)|"
                            r"\b(?:hold\w*|held|keep\w*|kept)\s+(?:the\s+|a\s+|an\s+|our\s+|their\s+|its\s+|"
                            r"this\s+|that\s+|whole\s+|entire\s+){0,2}(?:city|cities|country|nation|economy|capital|"
                            r"government|state|region|process|elections?|peace process|world|society|industry|talks)"
                            r"\s+hostages?\b|"
                            r"\b(?:consider|considers|considered|feel|feels|felt)\s+"
                            r"(?:himself|herself|themselves|itself|ourselves|myself)\s+(?:an?\s+|as\s+)?hostages?\b")

# An attack in words or on an idea: "a verbal attack", "the oligarchic attack of economic power", "attacks on
# democracy". ACLED codes force against people and property only.
FIGURATIVE = rx_compile(r"\b(?:verbal|political|media|press|propaganda|economic|oligarchic|imperialist\w*|ideological|"
                        r"personal|rhetorical|diplomatic|legal)\s+$")
FIGURATIVE_OBJECT = rx_compile(r"\s+(?:(?:on|against)\s+)?(?:the\s+)?(?:democracy|constitution|freedom|peace process|"
                               r"sovereignty|economy|dialogue|institutions|rule of law|free press)\b")

# "31 civilians were killed as a result of gang attacks": the harm told first is this report's incident.
# "an attack", "a bombing": a deed not told before; its day right after it is its own
_INDEFINITE_BEFORE = rx_compile(r"\b(?:an?|another)\s+(?:[\w-]+\s+)?$")
HARM_TOLD = rx_compile(r"\b(?:killed|wounded|injured|hurt|died|dead|destroyed|damaged|displaced|fled|flee)\b")

# "the murdered judge", "assassinated senator X": a person described by what befell them.
# "the murdered judge", "the recently assassinated candidate": an adverb may stand before the participle
_ADJECTIVE_BEFORE = rx_compile(r"\b(?:the|a|an|these|those|his|her|their|its|our|of|honou?r|without)\s+"
                               r"(?:(?:recently|late|brutally|savagely|cowardly|lately)\s+)?$")
_PARTICIPLE = rx_compile(r"(?:murdered|assassinated|executed|massacred|slain|tortured)")
# "the committee of mothers and relatives of political prisoners, missing, and murdered people", "the relatives of
# tortured and captured persons": kin named by what befell their people (an organisation's name, a delegation),
# with only a list of nouns between "of" and the participle; "relatives of the victims said gunmen murdered" tells.
_KIN_OF = rx_compile(r"\b(?:mothers|fathers|relatives|families|widows|orphans|survivors|friends)\s+of\s+(?:the\s+)?"
                     r"(?:(?:[\w-]+\s+){0,2}[\w-]+,\s+)*(?:(?:[\w-]+\s+){0,2}(?:and|or)\s+)?$")
_KIN_PARTICIPLE = rx_compile(r"(?:murdered|assassinated|executed|massacred|slain|tortured|disappeared|kidnapped|"
                             r"abducted)")
_NOT_A_NOUN_AFTER = rx_compile(r"\s*(?:$|[,.;:)\"']|(?:by|in|at|on|near|during|when|while|after|before|last|this|"
                               r"yesterday|today|tonight|early|late|and|or|with|as|was|were|had|has|is|are)\b)")


# The sub-types this module judges: political violence. Protests, arrests, agreements and territory have wordings
# of their own ("police stopped the march" is an intervention), judged in classify.py.
VIOLENCE = frozenset({
    "Attack", "Abduction/forced disappearance", "Sexual violence", "Armed clash", "Air/drone strike",
    "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade", "Suicide bomb",
    "Chemical weapon", "Looting/property destruction",
})


_FROM_AFAR = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
# "every massacre of civilians", "any attack on a school": a deed named for all of its kind
_QUANTIFIED = rx_compile(r"\b(?:every|each|any)\s+$")
# "militias formed, and massacres followed": deeds named in the plural as what came of a state of things
_ENSUED = rx_compile(r"(?<=s)\s+(?:followed|ensued|spread|multiplied|grew|became)\b")


def talk_about(sentence: str, trigger: Trigger, body: bool = False) -> str | None:
    """The family that makes this trigger talk about violence rather than report an incident, or None.

    `body`: the sentence stands past the lead of a long article, where a deed named in talk is a recollection."""
    if trigger.sub_event_type not in VIOLENCE:
        return None
    words = sentence[trigger.start:trigger.end]
    last = sentence.rfind(" ", trigger.start, trigger.end) + 1 or trigger.start
    if last > trigger.start and MODAL_INSIDE.search(sentence, trigger.start, last):
        return "modal"
    before = sentence[max(0, trigger.start - 60):trigger.start]
    if ABSTENTION.search(before) or WITHOUT.search(before):
        return "abstention"
    if NEGATED.search(before) or NEGATED_OR.search(before):
        return "negated"
    if trigger.sub_event_type == "Air/drone strike" \
            and AIRCRAFT_HIT.search(sentence, max(0, trigger.start - 30), trigger.end + 30):
        return "aircraft hit"
    if words.endswith("shot") and SHOT_DOWN.match(sentence, trigger.end):
        return "aircraft hit"       # "the plane was shot down": an aircraft downed, no one shot
    if _SHOT_WORD.search(words) and INTO_THE_AIR.match(sentence, trigger.end):
        return "figurative"         # "shot them into the air": shots at no one
    if trigger.rule == "attack_generic" \
            and (FIGURATIVE.search(before) or FIGURATIVE_OBJECT.match(sentence, trigger.end)):
        return "figurative"
    bare_deed = _BARE_DEED.fullmatch(words) is not None and not _DEED_OBJECT.match(sentence, trigger.end)
    if (trigger.rule == "attack_generic" or bare_deed) \
            and TALK_FRAME.search(before) and not HARM_TOLD.search(sentence, 0, trigger.start) \
            and not (_INDEFINITE_BEFORE.search(before) and _DAY_ANCHOR.match(sentence, trigger.end + 1)):
        return "talk"           # (but "referred to an attack last night on a power station": a new deed, its day)
    if body and _named_in_talk(sentence, trigger, before):
        return "talk"               # "implicated in the murder of the archbishop": a deed recalled by its name
    if _mass_deed(sentence, words, trigger):
        return "generic"            # "sowing chaos and murder": a kind of deed, not an incident
    if _purpose(sentence, words.split(" ", 1)[0], trigger):
        return "modal"              # "a force created to attack the country": a deed meant, not done
    if ARREST_FOR.search(before) and _DEED_NOUN.fullmatch(words) and not _DEED_OBJECT.match(sentence, trigger.end):
        return "talk"               # "police arrested three people over the killing": the arrest's cause
    if _CRIME_NOUN.fullmatch(words) and _CASE_AFTER.match(sentence, trigger.end):
        return "talk"               # "a murder trial", "the jesuit murder case"
    if _CRIME_NOUN.fullmatch(words) and _BAND_AFTER.match(sentence, trigger.end):
        return "description"        # "members of the kidnapping ring were released"
    if _AGENT_NOUN.fullmatch(words) and not _DEED_VERB_AFTER.search(sentence, trigger.end):
        return "description"        # "a gang of kidnappers seized ...": the verb after it tells the deed
    if words.startswith("hostage") and HOSTAGE_FIGURE.search(sentence, max(0, trigger.start - 40), trigger.end + 40):
        return "figurative"
    first = words.split(" ", 1)[0]          # "murdered" of "murdered judge": the participle leads the words
    if _PARTICIPLE.fullmatch(first) and _ADJECTIVE_BEFORE.search(sentence, 0, trigger.start) \
            and not _NOT_A_NOUN_AFTER.match(sentence, trigger.start + len(first)):
        return "description"
    if _KIN_PARTICIPLE.fullmatch(first) and _KIN_OF.search(sentence, max(0, trigger.start - 80), trigger.start):
        return "description"        # "relatives of political prisoners, missing, and murdered people"
    if trigger.sub_event_type in _FIRE_TYPES \
            and HEARD.search(sentence, max(0, trigger.start - _HEARD_REACH), trigger.end + _HEARD_REACH):
        return "heard"
    if _WEAPON_NOUN.fullmatch(words) and (_INVENTORY.search(sentence, 0, trigger.start)
                                          or _INVENTORY.search(sentence, trigger.end)
                                          or _CARRIED.search(sentence, 0, trigger.start)):
        return "inventory"
    if _LOADED.match(words) and not _WENT_OFF.search(sentence):
        return "inventory"          # "a truck loaded with explosives was seized at the border"
    if _WEAPON_NOUN.fullmatch(words) and NAMED_AS.search(sentence, max(0, trigger.start - 40), trigger.start):
        return "figurative"         # "platforms known as car bombs": a name given, no bomb used
    if words.endswith("time bomb") or words.endswith("time bombs"):
        if METAPHOR.search(sentence, max(0, trigger.start - 40), trigger.end):
            return "figurative"
    if RECALLED.search(sentence) or ANNIVERSARY.search(sentence) \
            or OCCASION.search(sentence, max(0, trigger.start - 80), trigger.start) \
            and not _DAY_ANCHOR.search(sentence, trigger.start, trigger.end + 40):
        return "recollection"      # (the funeral of "the jesuits killed on 16 november" tells their killing's day)
    if TESTIMONY_TO_COME.search(sentence, max(0, trigger.start - 80), trigger.start):
        return "modal"
    if JUDGED_FOR.search(sentence, max(0, trigger.start - 160), trigger.start) \
            and not _DAY_ANCHOR.search(sentence, trigger.start, trigger.end + 40):
        return "talk"              # "sentenced five men for their part in the 2022 attack, in which gunmen killed"
    if (_DEED_NOUN.fullmatch(first) or first in ("massacre", "massacres")) \
            and (_QUANTIFIED.search(before) or _ENSUED.match(sentence, trigger.end)):
        return "generic"            # "every massacre of civilians is a recruitment poster", "massacres followed"
    if any(m.start() <= trigger.start < m.end() for m in PERFECT_TALLY.finditer(sentence)) \
            or trigger.sub_event_type in _FROM_AFAR and ARSENAL.search(sentence):
        return "aggregate"
    if (_PASSIVE_HARM.fullmatch(first) or first in ("attacks", "bombings", "murders", "massacres")) \
            and PEOPLE_SUFFER.search(before) and not _NUMBER_BEFORE.search(sentence, trigger.start, trigger.end) \
            and not _DAY_ANCHOR.search(sentence, trigger.start, trigger.end + 40):
        return "generic"            # "the Salvadoran people, who are being unjustly attacked" (today's decree)
    if any(not _SAID_BEFORE_DAY.search(sentence, max(0, m.start() - 40), m.start())
           and not _DATELINE_AFTER.match(sentence, m.end()) for m in _DAY_ANCHOR.finditer(sentence)):
        return None
    if CHARGE.search(sentence, max(0, trigger.start - _CHARGE_REACH), trigger.end):
        return "charge"
    if (
        TALLY.search(sentence) and not ONE_TOLL_RISEN.search(sentence)
        or any(not _SUPERLATIVE.match(m.group()) for m in PERIOD_TALLY.finditer(sentence))
        or VICTIM_TALLY.search(sentence)
        or any(m.start() <= trigger.start < m.end() for m in SERIES.finditer(sentence))
    ):
        return "aggregate"
    if ENUMERATION.search(sentence):
        return "enumeration"
    if PRACTICE_AFTER.match(sentence, trigger.end):
        return "habitual"           # "the hurling of grenades at bus stops is a common practice"
    if HOW_MANY.search(sentence, max(0, trigger.start - 20), trigger.start):
        return "talk"               # "we do not know how many people were killed"
    if HABITUAL.search(before) or WHEN_THEY.search(before) \
            or (_WHO_BEFORE.search(before) and _PRESENT_VERB.fullmatch(first)):
        return "habitual"
    if not first.endswith("ed") and (
            _PRESENT_LIST.search(before)
            or _PRESENT_VERB.fullmatch(first) and _LIST_OPENS.search(before)
            and _LIST_GOES_ON.match(sentence, trigger.end)
            or _PRESENT_VERB.fullmatch(first) and first.endswith("s") and _THAT_BEFORE.search(before)
            or _PRESENT_VERB.fullmatch(first) and _PLURAL_THAT_BEFORE.search(before)):
        return "habitual"
    if (_PASSIVE_HARM.fullmatch(first) or first in _MORE_PASSIVE) and PRESENT_PASSIVE.search(before) \
            or (" is " in words or " are " in words) and _PRESENT_PASSIVE_IN.search(words):
        return "habitual"       # "a convoy is ambushed", "a village in Mali is attacked": what keeps happening
    if not words.endswith(" by") and not _SIMPLE_PAST.search(sentence, 0, trigger.end) \
            and GENERIC_VICTIMS.match(sentence, trigger.end) \
            and not _NUMBER_BEFORE.search(sentence, trigger.start, trigger.end):
        return "generic"
    return None
