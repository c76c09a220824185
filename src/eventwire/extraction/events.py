"""Article -> events: one per reported event, every field with its evidence.

Works sentence by sentence: a sentence that reports an event (classify) gets
actors, a date, a place and a death toll, each from the sentence itself or,
when it is silent, from the article's context (the last date and place named
before it). Several places listed as targets ("the towns of A, B and C") give
one event each, as ACLED codes them.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

from .. import CODER
from ..codebook import (
    BATTLES, DISORDER_TYPE, EXPLOSIONS, GEO_NEAR, GEO_REGION, GEO_TOWN, PROTESTS, RIOTS,
    STRATEGIC, TIME_DAY, TIME_WEEK, VAC, interaction_code,
)
from ..normalize.reading import lower_preserving, reading_text
from ..records import Article, Event, Evidence, Place, Sentence, stable_id
from ..codebook.countries import WORD_TO_COUNTRY, state_actor
from .compiled import compile as rx_compile
from .anaphora import DESTINATION, referred_place
from .assemble import opens_another_incident
from .background import tells_history
from .actors import ActorMention, country_mentions, find_actors, named_groups, state_owner
from .classify import Classification, classify_sentence, settle_territory, sized_crowd
from .dates import DateMention, counted_from_the_last, find_dates, own_days
from .further_incidents import one_more_of_a_list
from .day_headers import day_headers, filed_at
from .day_lists import days_of_the_deed
from .numbers import count_fatalities, number_value
from .reportable import MARKING
from .place_lists import deed_scenes, listed_scenes
from .other_counts import other_count
from .routes import holds_the_road, is_route_end
from .spread import told_nationwide
from .triggers import VIOLENCE_BY_PROTESTERS
from .two_deeds import deed_clauses

_NEAR = rx_compile(
    r"\b(?:near|outskirts of|on the edge of|close to|outside|north of|south of|east of|west of|"
    r"northeast of|northwest of|southeast of|southwest of|km from|kilometres from|kilometers from|"
    r"vicinity of|area of|surroundings of)\s+(?:the\s+)?(?:\w+\s+){0,2}$"
)
_DEMONSTRATIONS = rx_compile(r"\b(?:protest(?:s|ers|ors|ed)?|demonstrat\w+|rall(?:y|ies)|marches|sit-ins?)\b")
_NUMBERED_DEATHS = rx_compile(
    r"\b(?:died|dead|killed|fatalit(?:y|ies)|death toll|toll (?:rose|climbed|has risen)|"
    r"lost (?:their|his|her) li(?:fe|ves)|succumbed|body of)\b"
)
_CODED_TALLY = rx_compile(r"\s*\d+ fatalit(?:y|ies)\b")
# "a reckless act that could have killed anyone": a death that did not happen is no toll
_MIGHT_HAVE = rx_compile(r"\b(?:could|would|might|may)(?: well)? have (?:\w+ )?(?:killed|died|murdered)\b")
_CODED_TOLL = rx_compile(r"\bfatalit(?:y|ies) (?:were |was )?coded as\b|\b\d+ fatalit")
_CRIMINAL = rx_compile(
    r"\b(?:gangs?|gang-related|cartels?|drug (?:traffick\w+|dealers?|lords?)|narco\w*|"
    r"criminal (?:groups?|gangs?)|hitm[ae]n|extortion|sicarios?)\b"
)
_ARMED_VICTIM = rx_compile(
    r"\b(?:the victim|he|she|the man|the deceased) (?:was|had been|were) (?:\w+ ){0,3}?(?:armed|"
    r"a gang member|a member of (?:a|the) (?:\w+ )?(?:gang|cartel|criminal)|involved in (?:a |"
    r"the )?(?:gang|drug)|wanted|a fugitive)|\bthe victim had (?:charges|a criminal record|"
    r"\w+ charges)|\b(?:alleged|suspected) (?:drug dealer|gang member|member of (?:a|"
    r"the) (?:\w+ )?gang)|\ban alleged (?:male |female )?(?:drug dealer|gang member|criminal)|"
    r"\b(?:convicted|accused) of (?:drug|gang|murder|robbery|homicide|trafficking)|\b(?:was|"
    r"being) (?:a )?(?:hitman|fugitive|drug trafficker|gang leader)|\bgang (?:rivalry|war|feud|"
    r"dispute)|\brival gangs?\b|\bgang-related"
)
_ARMED_AGENT = rx_compile(
    r"\b(?:guerrill?as?|subversives|gunm[ae]n|armed (?:men|man|individuals?|group|persons?|"
    r"assailants)|assailants|attackers|militants?|insurgents?|rebels?|jihadists?|terrorists?|"
    r"militia\w*|bandits|gangs?|gang members|cartels?|hitm[ae]n|soldiers|troops|army|military|"
    r"security forces|forces|guards|settlers|mobs?|vigilantes|fighters|extremists|separatists|"
    r"paramilitar\w+)\b"
)
_CONFLICT = rx_compile(
    r"\b(?:guerrill\w+|subversives?|assassinat\w+|militants?|insurgen\w+|rebels?|jihadists?|"
    r"terroris\w+|militias?|armed groups?|gunmen|cartels?|gangs?|security forces|soldiers|troops|army|"
    r"military|conflict|war|clashes|offensive|airstrikes?|shelling|bombings?|ceasefire|armed men|"
    r"unidentified (?:men|assailants|individuals|persons))\b"
)
# the vocabulary of ordinary crime reporting
_CRIME_NEWS = rx_compile(
    r"\b(?:murder-suicide|homicide|coroner|sheriff|jury|pleaded|plead guilty|sentenced|convicted|"
    r"trial|prosecutors?|district attorney|charged with|faces charges|court|investigators said|"
    r"detectives?|autopsy|medical examiner)\b"
)
_ANAPHORA = rx_compile(r"(?:^|\W)(?:the|this|these|that|those|its|their|such)\s+(?:\w+\s+)?$")
_EVENT_NOUN = rx_compile(
    r"(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?|sit-ins?|clash(?:es)?|fighting|attacks?|"
    r"assaults?|raids?|riots?|violence|incidents?|operations?|offensive|ambush|explosions?|blasts?|"
    r"bombings?|strikes?|shelling|killings?|abductions?|arrests?)\b"
)
# "russia s defense ministry", "Syria's army": a country naming an actor, not a place
_ACTOR_USE = rx_compile(
    r"\s*(?:'s|’s|\ss\b|\.?\s+(?:government|ministry|army|forces|military|president|officials|"
    r"authorities|embassy|troops|defen[cs]e|foreign|state media|navy|air force))",
    re.IGNORECASE,
)
# the protesters of the sentence before, as the subject of this one
_PROTESTERS_THEN = rx_compile(
    r"\s*(?:they|the (?:\w+ )?(?:protesters|protestors|demonstrators|crowds?|group|students|residents|"
    r"participants|marchers))\b"
)
# "the attacks took place on 4 october", not "the clash happened after the truce expired on 15 april"
_TOOK_PLACE = rx_compile(r"\s+(?:\w+\s+)?(?:took place|occurred|happened|were carried out|was carried out)\b"
                         r"(?!\s+(?:\w+\s+)?(?:after|before|since|following|as|when|while)\b)")
_BACKGROUND_DAYS = 180
_LISTED_DAYS = 3        # a sentence that names this many days or more tells a series, not one day
_DIGIT = rx_compile(r"\d")
_LIST_JOINT = rx_compile(r"\s*(?:,|,?\s*and|,?\s*or)\s*")    # "mar 10 and mar 20", "15, 16"
_SURE_PLACE = 0.7      # a place the resolver is sure of goes before one it guessed
_WEAPON_NOUN = rx_compile(
    r"(?:missiles?|rockets?|shells?|mortars?|bombs?|jets|warplanes?|aircraft|drones?|strikes?|"
    r"air ?strikes?|raids?|artillery)\b"
)
_DRONE_WORD = rx_compile(r"(?:drones?|uavs?|quadcopters?)")
_LAUNCHED = rx_compile(r"\b(?:launched|carried out|used|flew|sent|fired|deployed)\b")
# "Russia launched one of its largest air attacks": the state as the attacker, not the scene
_OWNS = rx_compile(r"['’]s\s")
# "Five soldiers lost their lives": the state's dead, counted apart from the enemy's told before
_STATE_DEAD_AFTER = rx_compile(r"\s*(?:of (?:our|the) )?(?:soldiers|troops|policemen|police officers|servicemen|"
                               r"gendarmes|members of the (?:security|armed|defence) forces)\b", re.IGNORECASE)
# "U.S.-backed aid", "a Saudi-led coalition", "Kyiv-based analysts": the place qualifies a thing, it is no scene
_ATTRIBUTE_OF = rx_compile(r"\.?-(?:backed|led|brokered|funded|based|made|supplied|trained|allied|aligned|sponsored|"
                           r"owned|supported|built|run|held|born)\b")
# "several hundred protesters, many of them from the island of Malaita, gathered outside parliament": where the
# people came from, not where they were
_ORIGIN_OF = rx_compile(r"\b(?:many|most|some|all|several|hundreds|thousands|dozens|one|two|three) of (?:them|whom) "
                        r"(?:were |came |had come |travell?ed )?from (?:the )?(?:[\w-]+ (?:of )?)?$")
_STATE_AS_AGENT = rx_compile(r"\s+(?:has |have |had )?(?:launched|fired|attacked|struck|shelled|bombed|carried out|"
                             r"invaded|unleashed|pounded)\b")
# a coder's note after its event names others it recorded apart: "Clashes were also reported in A (coded separately)"
_CODED_APART = rx_compile(r"\b(?:coded|recorded|counted) (?:as )?(?:separately|apart|as (?:a )?separate events?)\b")
# "an offensive that began in November", "the war, which erupted in April", "the process begun on 14 January
# 1986", "the truce decreed by the rebels between 23 December and 2 January": the day of something else
_DATE_OF_ANOTHER = rx_compile(r"\b(?:(?:that|which)\s+(?:first\s+)?(?:began|started|erupted|broke out|was launched)\s+"
                              r"(?:in|on|late|early)?|(?:begun|founded|established|inaugurated|created|formed)\s+"
                              r"(?:in|on)|(?:truce|ceasefire|cease-fire|curfew|state of (?:siege|emergency))\s+"
                              r"(?:declared|decreed|agreed|announced|ordered|imposed)\s+(?:by\s+(?:[\w-]+\s+){1,3}?)?"
                              r"(?:on|from|between|in)(?:\s+\d{1,2}\s+[a-z]+\s+(?:and|to|until|through))?)\s*$")
_EMBASSY = rx_compile(r"\.?\s+(?:embassy|consulate|ambassador|envoy)\b", re.IGNORECASE)   # a mission abroad
# in wire copy, violence or damage in each listed place; and demonstrations, coded by place and day
_SCENE_LISTS = (VAC, EXPLOSIONS, STRATEGIC, PROTESTS)
_AREA_AFTER = rx_compile(r"\s+(?:countryside|district|region|area|province|governorate|county)\b")
# "rebels attacked police posts in A, B and C": each place assaulted is a battle of its own (not "fighting near
# A and B", one front)
_ASSAULT = rx_compile(r"(?:attack|storm|raid|assault|overr|target|ambush|struck)")
_CITYS = rx_compile(r"\bthe (?:city|capital|town)(?:'s|\u2019s| s)\s+$")
_LIST_CUE = rx_compile(r"\b(?:towns|villages|cities|districts|neighbou?rhoods|areas|localities|settlements)\s+of\s+$")


def tells_demonstrations(lower: str) -> bool:
    """The report speaks of demonstrations somewhere: rioting it tells is a demonstration turned violent."""
    return _DEMONSTRATIONS.search(lower) is not None


def extract_events(article: Article) -> list[Event]:
    """The events an article tells, sentence by sentence (clause by clause where one tells two incidents).

    Every event comes from a clause `classify_sentence` codes: the screen before geo (`screen.py`) relies on it,
    and a rule that makes events some other way must teach the screen too (`tests/test_screen.py` checks)."""
    lower = reading_text(article)
    focus: list[str | None] = []           # computed once, on the first event
    protest_context = tells_demonstrations(lower)
    told: dict[str, bool] = {}             # whether the article reads as crime news, as conflict: asked when needed
    # the article lowercased as `_choose_places` reads it: for text not in capitals, the reading text itself
    # (the same string), so that the patterns' gates find the text they have scanned already
    lowered = lower_preserving(article.text)

    def tells(what: str, cue: re.Pattern) -> bool:
        if what not in told:
            told[what] = bool(cue.search(lower))
        return told[what]

    # relative days ("yesterday", "on sunday") count from the dateline's day, else publication; on a live page, from
    # the day of the header the entry is filed under
    anchor = filed_on(article)
    headers = day_headers(article.text, anchor, stamped=not (article.dateline and article.dateline.day))

    def anchor_at(offset: int) -> date | None:
        return filed_at(headers, offset, anchor) if headers else anchor

    filed = article.dateline.span.end if article.dateline is not None else 0

    # a sentence that tells two incidents in two clauses is read as two sentences
    scene_places = [p for p in article.places if not _in_dateline(article, p) and p.feature_code != "DEMONYM"]
    sentences = [clause for sentence in article.sentences
                 for clause in deed_clauses(lower, sentence, scene_places, anchor_at(sentence.start), protest_context,
                                            article.tells_scenes)]
    read_dates: dict[int, list[DateMention]] = {}    # a sentence's dates are asked for again by the next one

    def dates_in(index: int) -> list[DateMention]:
        if index in read_dates:
            return read_dates[index]
        sentence = sentences[index]
        found = find_dates(lower[sentence.start:sentence.end], anchor_at(sentence.start))
        # the dateline's own day says when the story was filed, not when anything happened
        # ("since saturday" gives way to a day the deed has of its own)
        read_dates[index] = own_days([
            _in_article(d, sentence.start) for d in found
            if not d.reporting and d.start + sentence.start >= filed
            and not _DATE_OF_ANOTHER.search(lower, max(sentence.start, sentence.start + d.start - 70),
                                            sentence.start + d.start)])
        return read_dates[index]

    # a note tagged with a crowd's size that no sentence codes tells its demonstration in the tag's sentence
    sized_note = "[size" in lower and not any(
        classify_sentence(lower[c.start:c.end], protest_context, article.tells_scenes, article.in_body(c.start))
        for c in sentences)
    context_places: list[Place] = []
    events: list[Event] = []
    last_of_type: dict[str, tuple[DateMention | None, list[Place | None]]] = {}
    built: list[Event] = []                # the events of the previous sentence
    built_day: DateMention | None = None   # the day they were dated to, told or carried
    tallied: list[Event] = []              # the last sentence's event, which a closing tally counts
    last_dated: dict[str, DateMention] = {}  # the last date told for each sub-type
    day_of_type: dict[str, DateMention] = {}   # the last day an event of each type was dated to
    recalled_last = False                  # the last event told was background
    for index, sentence in enumerate(sentences):
        s = lower[sentence.start:sentence.end]
        sentence_places = [p for p in article.places if sentence.start <= p.start < sentence.end
                           and not _in_dateline(article, p) and p.feature_code != "DEMONYM"
                           and not (p.is_country and _BODY_NAMED.match(article.text, p.end))]
        verdict = classify_sentence(s, protest_context, article.tells_scenes, article.in_body(sentence.start))
        if verdict is None and sized_note:
            verdict = sized_crowd(s)       # a coder's note that sizes a crowd no rule coded: the demonstration
        if verdict is not None and events and _CODED_APART.search(s):
            verdict = None     # "Protests were also held in A and B (coded separately)": another record's events
        if verdict is not None and sentence_places:
            # "tahrir al-sham" names a group, not Damascus
            groups = [(sentence.start + m.start, sentence.start + m.end) for m in find_actors(s) if m.kind == "group"]
            sentence_places = [p for p in sentence_places if not any(a <= p.start < b for a, b in groups)]
        if verdict is not None and verdict.rule in ("attack", "attack_generic", "rape", "abduct", "clash") \
                and tells("crime", _CRIME_NEWS) and not tells("conflict", _CONFLICT) and not _ARMED_AGENT.search(s):
            # violence in crime news with no armed actor in sight: ACLED does not code it, unless a coder's note
            # sizes the crowd that did it (a mob)
            verdict = sized_crowd(s)
        if verdict is not None and verdict.sub_event_type == "Attack" and index + 1 < len(sentences):
            # A victim who was armed, wanted or in a gang is no civilian: violence between
            # armed men is a clash, whoever shot first (the next sentence often says so).
            following = sentences[index + 1]
            if _ARMED_VICTIM.search(s) or _ARMED_VICTIM.search(lower[following.start:following.end]):
                verdict = replace(verdict, event_type=BATTLES, sub_event_type="Armed clash")
        if verdict is not None and verdict.rule == "clash" and s.startswith("target", verdict.start) \
                and _SAID_IT_HAD.search(s, 0, verdict.start):
            verdict = None     # "The military said it had targeted Hamas militants": the strike told, justified
        if verdict is not None and index + 1 < len(sentences):
            following = sentences[index + 1]
            verdict = settle_territory(verdict, lower[following.start:following.end], s)
        if verdict is not None:
            if not focus:
                focus.append(_focus_country(article, lower))
            focus_country = focus[0]
            dates = [d for d in dates_in(index) if _dates_the_deed(d, lower, sentence.start + verdict.start,
                                                                    verdict.event_type)]
            dates = _told_in_the_clause(lower, dates, sentence.start + verdict.start)
            if not dates and verdict.sub_event_type in _ANNOUNCED and not _YEAR.search(s):
                dates = _announced_on(lower, sentence, anchor, filed)
            # "a court yesterday presented ... on the march 1980 assassination of the archbishop": the day that names
            # the incident the trigger tells is its day, whatever else the sentence dates
            dates = [d for d in dates if d.clause is not None
                     and d.clause[0] <= sentence.start + verdict.start < d.clause[1]] or dates
            # A date carries to the next sentence only: further on, an undated sentence is
            # more likely a new event of the days before publication than the same day.
            context = [d for d in dates_in(index - 1) if d.clause is None and d.relative is None] \
                if index > 0 and not dates and not opens_another_incident(s, article.tells_scenes) else []
            context = [d for d in context if not _HAD_DONE.search(lower, max(0, d.start - 60), d.start)]
            if not dates and not context and built and built_day is not None and built_day.value is not None \
                    and _SPEAKER_GOES_ON.match(s):
                # "The army said it had the situation under control. However, it admitted that the rebels had seized
                # residents as hostages": the same source's account goes on, of the day the sentence before was told
                context = [built_day]
            if context and _PRESENT_PERFECT.search(s, max(0, verdict.start - 30), verdict.end) and _LATELY.search(s):
                context = []    # "terrorists have attacked several mines lately": what has gone on, not that day's
            if _days_listed(lower, context):
                context = []    # "repeated for Mar 10 and Mar 20": days named together date no one deed after them
            date_mention = _event_date(dates or context) if dates or context else None
            if context and not dates:
                date_mention = _no_later_than_told(s, sentence.start, anchor_at(sentence.start), date_mention)
            # ("the decrees were issued on 18 august, the same day ...": that day, not the one told last)
            counted = None if dates or dates_in(index) else counted_from_the_last(s, verdict.start)
            if counted is not None and find_dates(s, anchor_at(sentence.start)):
                counted = None
            if counted is not None:
                # "Within 15 minutes the terrorists detonated a car": timed from the day told last
                date_mention = _from_the_last(article, sentence.start, counted, dates_in, index) or date_mention
            # "entered the town after the army withdrew towards El Obeid": where people went is not the scene
            scenes = [p for p in sentence_places
                      if not DESTINATION.search(lowered, max(sentence.start, p.start - 20), p.start)
                      and not _ORIGIN_OF.search(lowered, max(sentence.start, p.start - 40), p.start)]
            chosen = _choose_places(article, lowered, sentence, scenes, verdict) \
                or _talks_place(article, verdict.sub_event_type) \
                or (_country_place(article, focus_country) if told_nationwide(s) else []) or context_places[-1:] \
                or _listed(referred_place(article, lower, sentence.start, sentence.end)) \
                or _article_place(article) or [None]
            if chosen[0] is not None and chosen[0] in sentence_places \
                    and _CITYS.search(lowered, max(sentence.start, chosen[0].start - 16), chosen[0].start):
                # "drones hit the city's Saltivskyi district": a part of the city told before, whose scene it is
                chosen = _city_told(article, sentence.start) or chosen
            previous = last_of_type.get(verdict.event_type)
            # "The protests also took place in Lagos and Abuja": a demonstration is coded by its place and day, so
            # the protests named again in other towns are theirs, not the town's told before
            elsewhere = verdict.event_type == PROTESTS and previous is not None and chosen and chosen[0] is not None \
                and chosen[0] in sentence_places and _ALSO_ELSEWHERE.search(s) is not None \
                and _IN_BEFORE.search(lowered, max(sentence.start, chosen[0].start - 6), chosen[0].start) is not None \
                and all(p is None or p.resolved_name != chosen[0].resolved_name for p in previous[1])
            if previous is not None and not elsewhere and _ANAPHORA.search(s[:verdict.start]) \
                    and _EVENT_NOUN.match(s, verdict.start):
                # "The protest was called by ...": the event told before, not a new one; a day told as when it
                # happened ("The attacks took place at dawn on 4 October") is that event's day
                chosen = previous[1]
                # ("The attacks took place at dawn on 4 October"), or the day the first telling left untold ("Last
                # night ... the mall was shaken by the explosion", after "Medellin has been the target of bombings")
                if not (dates and (_TOOK_PLACE.match(s, _EVENT_NOUN.match(s, verdict.start).end())
                                   or previous[0] is None and _day_of_the_deed(lower, dates, sentence.start
                                                                               + verdict.start))):
                    date_mention = previous[0]
            elif not dates and verdict.event_type in day_of_type and one_more_of_a_list(s) \
                    and not s.lstrip().startswith("meanwhile"):
                # "Three explosions rocked the city today. ... This week the priest accused the minister. A third
                # explosion occurred in Zone 9": the list's day, not the aside's ("Meanwhile, another bomb ..."
                # turns back to the news of the day, whichever list was told last)
                date_mention = day_of_type[verdict.event_type]
            elif not dates and verdict.sub_event_type in last_dated and _ANAPHORA.search(s[:verdict.start]) \
                    and _WEAPON_NOUN.match(s, verdict.start):
                # "... where the Russian missiles landed": the missiles already told, so their day
                date_mention = last_dated[verdict.sub_event_type]
            again = not dates and _ANAPHORA.search(s[:verdict.start]) and _EVENT_NOUN.match(s, verdict.start)
            if _long_before(date_mention, article.published) \
                    and (events or date_mention.precision != TIME_DAY or _years_before(date_mention, article)) \
                    or recalled_last and again:
                # "... during an attack on him in May 2018", after the news, or "in 1985", "ten years
                # ago" anywhere: background, never dated to the day of publication; and so is "after those
                # clashes" told next, the incident recalled again
                verdict = None
                chosen = [None]
                built = []
                recalled_last = True
                continue
            recalled_last = False
            # "kidnapped on 12 and 13 February": an event on each day told
            days = days_of_the_deed(lower, date_mention) if dates and date_mention in dates else [date_mention]
            first_built = len(events)
            for day in days:
                for place in chosen:
                    event = _build_event(article, index, sentence, s, verdict, day, place, focus_country,
                                         anchor_at(sentence.start))
                    _town_share(article, event, sentence, s, verdict, place, sentence_places)
                    if place is not None and place.latitude is None:
                        _place_at_area(event, place, sentence_places)
                        if event.latitude is None:
                            _place_at_country(event, sentence_places)
                    events.append(event)
            last_of_type[verdict.event_type] = (date_mention, chosen)
            if date_mention is not None and date_mention.value is not None:
                day_of_type[verdict.event_type] = date_mention
            if dates:
                last_dated[verdict.sub_event_type] = dates[0]
        elif built and all(e.event_type == PROTESTS for e in built) and _PROTESTERS_THEN.match(s) \
                and VIOLENCE_BY_PROTESTERS.search(s):
            # "... demonstrated in X. They blocked roads and burned tyres.": the same protest, turned violent
            for event in built:
                event.event_type, event.sub_event_type, event.disorder_type = (
                    RIOTS,
                    "Violent demonstration",
                    DISORDER_TYPE[RIOTS],
                )
                event.actor1 = event.actor1.replace("Protesters", "Rioters", 1)
                event.notes = f"{event.notes} {article.text[sentence.start:sentence.end]}"
        elif tallied and _CODED_TALLY.match(s):
            # "2 fatalities." closing a note: the coder's tally for the event told above
            count = count_fatalities(s, default_for_unnumbered=False)
            if count is not None:
                for event in tallied:
                    _set_later_toll(event, article, sentence, count)
        elif built and _NUMBERED_DEATHS.search(s) and not tells_history(s.lower(), article.published) \
                and not _MIGHT_HAVE.search(s):
            # "Four men died." after the event's sentence: the toll of that event
            count = count_fatalities(s, default_for_unnumbered=False)
            if count is not None:
                # "The heaviest toll was in Boni, where 12 soldiers died": of several scenes, the one it names
                named = {p.resolved_name or p.name for p in sentence_places}
                for event in [e for e in built if e.location in named] or built:
                    # another source's higher count does not raise a toll told before (the most conservative)
                    if count.value > (event.fatalities or 0) and not (other_count(s) and any(
                            e.fatalities for e in events if e.event_type == event.event_type)) \
                            or _CODED_TOLL.search(s):
                        _set_later_toll(event, article, sentence, count)
                    elif event.event_type == BATTLES and count.value \
                            and _STATE_DEAD_AFTER.match(article.text, sentence.start + count.end):
                        # "300 rebels were killed. Five soldiers lost their lives.": the other side's dead, kept as
                        # evidence for the battle's toll of both sides (assemble._both_sides)
                        start, end = sentence.start + count.start, sentence.start + count.end
                        event.evidence.append(Evidence("fatalities", start, end, article.text[start:end]))
        built = events[first_built:] if verdict is not None else []
        built_day = date_mention if built else None
        if verdict is not None:
            tallied = built if len(built) == 1 else []
        # Like a date, a place carries to the next sentence only.
        if verdict is not None and chosen != [None]:
            context_places = chosen[-1:]
        else:
            # "soldiers retreated towards Kisangani": where people went is no scene for the next sentence
            context_places = [p for p in sentence_places if not p.is_country
                              and not DESTINATION.search(lowered, max(sentence.start, p.start - 20), p.start)][:1]
    return events


# "Henao had arrived in Colombia on 7 December": the day of an earlier doing, told as the background of the news,
# which does not carry to the deed told next ("Moreover, a prosecutor was shot dead in Envigado")
_HAD_DONE = rx_compile(r"\bhad\s+(?!been\s+(?:killed|kidnapped|attacked|shot|murdered|abducted|wounded)\b)"
                       r"(?:[a-z]+\s+){0,2}?(?:arrived|returned|left|travelled|traveled|gone|come|met|visited|"
                       r"announced|said|signed|resigned|spoken|received|sent|moved)\b[^.;]{0,40}$")
_FILING_DAY = ("today", "tonight", "this morning", "this afternoon", "this evening")
# "have attacked several mines lately", "have recently stepped up their attacks": a deed in the present perfect over
# a recent period tells what has gone on up to the report, so the day told in the sentence before is not its day
_PRESENT_PERFECT = rx_compile(r"\b(?:has|have)\s+(?:also\s+|already\s+|again\s+|repeatedly\s+)?(?:been\s+)?"
                              r"[a-z]+(?:ed|en|wn)\b")
# "However, it admitted that", "He added that", "It also said": the source of the sentence before goes on
_SPEAKER_GOES_ON = rx_compile(r"\W*(?:(?:however|moreover|but|and),?\s+)?(?:it|he|she|they)\s+(?:also\s+|later\s+)?"
                              r"(?:said|added|admitted|acknowledged|reported|stated|explained|confirmed|noted)\b")
_LATELY = rx_compile(r"\b(?:lately|recently|in recent (?:days|weeks|months)|"
                     r"in the (?:past|last) (?:few )?(?:days|weeks|months))\b")


def _from_the_last(article: Article, offset: int, counted: tuple[int, int, int], dates_in, index: int
                   ) -> DateMention | None:
    """The day `counted` (days after, span) gives, counted from the last day told before sentence `index`."""
    days, start, end = counted
    for earlier in range(index - 1, -1, -1):
        told = [d for d in dates_in(earlier) if d.clause is None and d.relative is None]
        if told:
            last = _event_date(told)
            if last.value is None or last.precision != TIME_DAY or days > 0 and filed_on(article) is not None \
                    and last.value + timedelta(days=days) > filed_on(article):
                return None     # "the next day" told of a day after the report's is no day yet
            start, end = offset + start, offset + end
            return DateMention(last.value + timedelta(days=days), TIME_DAY, start, end, article.text[start:end])
    return None


# "On 16 May the command reported the attack to the prosecutor": a verb of speech or reaction that takes the
# incident as its object has the day
_TELLS_OF_IT = rx_compile(r"\b(?:said|says|reported|announced|stated|condemned|denounced|confirmed|denied|claimed|"
                          r"deplored|repudiated|protested|described|recalled|investigat\w+|mentioned|discussed)\b")


# "the factions said on Monday they had merged": a change to a group is made known by its announcement, whose day
# is the development's when the sentence gives no other (not a development it names by a year: "a defender of the
# 2016 peace accord", "the group, formed in 2019, said on Monday")
_ANNOUNCED = frozenset({"Change to group/activity"})
_YEAR = rx_compile(r"\b(?:19|20)\d\d\b")


def _announced_on(lower: str, sentence, anchor, filed: int) -> list[DateMention]:
    """The days of the statements a sentence reports, as days of the development it announces."""
    return [_in_article(d, sentence.start) for d in find_dates(lower[sentence.start:sentence.end], anchor)
            if d.reporting and d.start + sentence.start >= filed]


def _in_article(mention: DateMention, offset: int) -> DateMention:
    """A date found in a sentence, its offsets moved into the article's text (the sentence starts at `offset`)."""
    return replace(mention, start=mention.start + offset, end=mention.end + offset,
                   clause=_moved(mention.clause, offset), relative=_moved(mention.relative, offset))


def _day_of_the_deed(lower: str, dates: list[DateMention], trigger: int) -> bool:
    """A day, not a week, told in the sentence before its back-reference to the incident ("Last night, ... the mall
    was shaken by the explosion"), with no verb of speech between them to take the day for itself."""
    told = _event_date(dates)
    return told.precision == TIME_DAY and told.end <= trigger and not _TELLS_OF_IT.search(lower, told.end, trigger)


def _days_listed(lower: str, dates: list[DateMention]) -> bool:
    """Days named as a list ("for Mar 10 and Mar 20", three days or more anywhere in the sentence): a span or a
    series, of which no one day is the next sentence's. A day told twice ("Saturday, June 5") is one day; two
    days told apart ("stormed on Friday ... ended the siege on Saturday") are each a deed's own."""
    days = [d for d in dates if d.precision == TIME_DAY and d.value is not None]
    if len({d.value for d in days}) >= _LISTED_DAYS:
        return True
    return any(a.value != b.value and _LIST_JOINT.fullmatch(lower, a.end, b.start) and _DIGIT.search(a.text)
               and _DIGIT.search(b.text) for a, b in zip(days, days[1:]))   # not "on monday, 4 august"


def _moved(span: tuple[int, int] | None, offset: int) -> tuple[int, int] | None:
    return None if span is None else (span[0] + offset, span[1] + offset)


def _dates_the_deed(mention: DateMention, lower: str, trigger: int, event_type: str) -> bool:
    """A day told in a clause dates only the deed told there: "since 7 may, when rebels blew up a car" not the
    bombing told before it; "the group that disarmed on 9 march" not the killing told after it, unless the
    clause itself tells an incident of the kind ("the priests, who were kidnapped on 9 march, ...")."""
    if mention.clause is not None and not mention.clause[0] <= trigger < mention.clause[1]:
        return False
    if mention.protested and event_type not in (PROTESTS, RIOTS):
        return False    # "resigned on friday to protest the killing of a judge": the protest's day, not the killing's
    if mention.relative is not None and trigger >= mention.relative[1]:
        told = classify_sentence(lower[mention.relative[0]:mention.relative[1]], False)
        return told is not None and told.event_type == event_type
    return True


def _no_later_than_told(s: str, offset: int, anchor: date | None, carried: DateMention) -> DateMention:
    """"The RSF said on Thursday it had taken control of Bara", after a lead dated Friday: what was said on
    Thursday had happened by Thursday, so a day carried from the sentence before that falls after the
    statement's own day gives way to the statement's day."""
    if carried.value is None:
        return carried
    said = [d for d in find_dates(s, anchor) if d.reporting and d.value is not None and d.precision == TIME_DAY]
    return _in_article(said[0], offset) if said and said[0].value < carried.value else carried


# "the weekly reported that", "police said on Friday that": the reported clause opens after "that"
_SPEECH_THAT = rx_compile(r"\b(?:said|says|reported|reports|announced|stated|claimed|revealed|confirmed|added|"
                          r"disclosed|learned)\b[^.;]{0,40}?\bthat\b")


def _told_in_the_clause(lower: str, dates: list[DateMention], trigger: int) -> list[DateMention]:
    """"Last Thursday [12 October], the weekly reported that the group kidnapped him on 4 October": when the clause
    a verb of speech reports gives the deed a day of its own, a day told before the verb is the report's."""
    if len(dates) < 2:
        return dates
    for speech in _SPEECH_THAT.finditer(lower, min(d.start for d in dates), trigger):
        inside = [d for d in dates if speech.end() <= d.start]
        if inside and any(d.end <= speech.start() for d in dates):
            return inside
    return dates


def _event_date(dates: list[DateMention]) -> DateMention:
    """Of several days in one sentence, a day named by its date goes first ("On 10 May, overnight, ...");
    "today" beside another day ("charged today that on 19 February ...") is the day of the telling."""
    told = [d for d in dates if d.text.lower() not in _FILING_DAY] or dates
    named = [d for d in told if any(ch.isdigit() for ch in d.text) and d.precision == TIME_DAY]
    return (named or told)[0]


def _set_later_toll(event: Event, article: Article, sentence: Sentence, count) -> None:
    """A toll told in a sentence after the event's own, with the words behind it."""
    start, end = sentence.start + count.start, sentence.start + count.end
    event.fatalities = count.value
    event.evidence.append(Evidence("fatalities", start, end, article.text[start:end]))


def _long_before(mention: DateMention | None, published: date | None) -> bool:
    """A date told more than `_BACKGROUND_DAYS` before publication dates background, not news."""
    if mention is None or mention.value is None or published is None:
        return False
    return (published - mention.value).days > _BACKGROUND_DAYS


def _years_before(mention: DateMention, article: Article) -> bool:
    """A day told in a long article, or in wire copy filed under a dateline, more than a year before publication
    ("on the night of April 14, 2014", in a piece on the anniversary): the article recalls it, even when it tells
    it first."""
    return (not article.is_brief or article.dateline is not None) and article.published is not None \
        and (article.published - mention.value).days > 366


def _city_told(article: Article, before: int) -> list[Place]:
    """The last town named before `before` (not the dateline's filing city): the city "the city's" points back to."""
    towns = [p for p in article.places if p.start < before and p.feature_class == "P" and p.latitude is not None
             and not p.is_country and p.feature_code != "DEMONYM" and not _in_dateline(article, p)]
    return towns[-1:]


def _talks_place(article: Article, sub_event_type: str) -> list[Place]:
    """An agreement whose sentence names no place was reached where the story was filed ("DOHA, July 17 - The
    government and the rebels agreed on Friday to extend a truce"), not at the scene of the fighting it is about."""
    if sub_event_type != "Agreement" or article.dateline is None:
        return []
    return [p for p in article.places if _in_dateline(article, p) and p.latitude is not None and not p.is_country][:1]


def _listed(place: Place | None) -> list[Place]:
    return [place] if place is not None else []


def _article_place(article: Article) -> list[Place]:
    """The report's first sure town (else province), for an event whose sentence and the one
    before it name no place: "this attack" in a note's last line happened where the note began.
    Only in a short report, which tells one scene; a long article's other towns are other
    scenes (Moscow, where a ministry spoke). The dateline does not count either: it says
    where the reporter was."""
    if not article.is_brief:
        return []
    lowered = lower_preserving(article.text)
    places = [p for p in article.places if not _in_dateline(article, p) and p.feature_code != "DEMONYM"
              and not p.is_country and p.confidence >= _SURE_PLACE and p.latitude is not None
              and not _ORIGIN_OF.search(lowered, max(0, p.start - 40), p.start)
              and not _ATTRIBUTE_OF.match(lowered, p.end)]
    towns = [p for p in places if not p.is_admin1]
    return (towns or places)[:1]


# "Pakistan Tehreek-e-Insaf", "the Nigeria Labour Congress": a country's name opening a party's or a body's name
# (the toponym stays for geoparsing, which counts it; it is no scene)
_BODY_NAMED = rx_compile(r"(?:[\s-]+(?:[A-Z][\w'’]*|e|i|al|of|for)){0,3}?[\s-]+(?:Party|League|Movement|Congress|"
                         r"Commission|Council|Front|Union|Association|Network|Tehreek|Tehrik|Insaf|Alliance|"
                         r"Federation|Organi[sz]ation|Society|Foundation|Institute|Airways|Airlines)\b")
_INTERCEPTED = rx_compile(r"\b(?:intercepted|shot down|downed|destroyed)\b")
_ALSO_ELSEWHERE = rx_compile(r"\b(?:also|too|as well|similar|other|elsewhere|spread)\b")
_IN_BEFORE = rx_compile(r"\b(?:in|at)\s+(?:the\s+)?$")
# ("al shabaab said on its radio station that it had targeted the base": a few words may stand between)
_SAID_IT_HAD = rx_compile(r"\bsaid (?:[\w']+ ){0,5}?(?:that )?(?:it|they) (?:had |has |have )?$")
_INCLUDING = rx_compile(r",?\s+including\s+(?:at least\s+)?(?P<n>\d+|[a-z]+)\s")
_PLURAL_DEEDS = rx_compile(r"(?:strikes|raids|attacks|bombings|shelling)\b")


def _town_share(article: Article, event: Event, sentence: Sentence, s: str, verdict: Classification,
                place: Place | None, places: list[Place]) -> None:
    """"Israeli air strikes killed 11 Palestinians in the Gaza Strip, including six members of one family whose
    home in Khan Younis was hit": strikes told over a region, then the dead of one town among them; the town's
    event has the town's dead, not the region's (the others died elsewhere, told elsewhere)."""
    if place is None or place.is_admin1 or place.is_country or not _PLURAL_DEEDS.search(s, verdict.start, verdict.end):
        return
    toll = next((e for e in event.evidence if e.field == "fatalities"), None)
    including = _INCLUDING.search(s, toll.end - sentence.start) if toll is not None else None
    if including is None or not including.end() <= place.start - sentence.start:
        return
    regions = [p for p in places if (p.is_admin1 or p.is_country) and p.start - sentence.start < including.start()]
    share = number_value(including.group("n"))
    if not regions or share is None or share >= (event.fatalities or 0):
        return
    event.fatalities = share
    start, end = sentence.start + including.start("n"), sentence.start + including.end("n")
    event.evidence.append(Evidence("fatalities", start, end, article.text[start:end]))


def _country_place(article: Article, country: str | None) -> list[Place]:
    """The focus country as a place, named or told by its people's adjective ("Turkish police"): where a deed
    spread over many of its provinces is placed."""
    named = [p for p in article.places if p.is_country and p.country == country and p.latitude is not None
             and not _in_dateline(article, p)]
    named.sort(key=lambda p: p.feature_code == "DEMONYM")
    return [replace(named[0], feature_code="PCLI")] if named else []


def _in_dateline(article: Article, place: Place) -> bool:
    return article.dateline is not None and place.start < article.dateline.span.end


def _focus_country(article: Article, lower: str) -> str | None:
    """The country the article is about: its places' country, the dateline's filing city counting only
    when nothing else is named ("CAIRO (Reuters) - Fighters in Sudan ..." is about Sudan)."""
    named = [p for p in article.places if p.country]
    counts = Counter(p.country for p in named
                     if not _in_dateline(article, p) and not _EMBASSY.match(article.text, p.end)) \
        or Counter(p.country for p in named)
    if counts:
        return counts.most_common(1)[0][0]
    named = country_mentions(lower)
    return Counter(named).most_common(1)[0][0] if named else None


# "drones launched by Russia": where the weapons came from, not where they were shot down
_LAUNCHER = rx_compile(r"\b(?:launched|fired|sent|flown)\s+(?:by|from)\s+$")
_PARTIES = rx_compile(r"\b(?:by|between|with)\s+(?:[\w'-]+\s*(?:,|and)\s*){0,3}$")


# "said the administrator of Beni territory", "the army spokesman in Beni said": the place in a speaker's title says
# whose office spoke, not where the deed was done (not "killed the mayor of X": the victim's title is no speaker's)
_TITLE_BEFORE = rx_compile(r"\b(?:administrator|governor|mayor|commissioner|chief|head|spokes(?:man|woman|person)|"
                           r"prefect)\s+(?:of|for|in)\s+(?:the\s+)?$")
# "a rights group that monitors the province of Sistan-Baluchestan said": what the speaker covers, not the scene
_MONITOR_OF = rx_compile(r"\b(?:group|monitor|organi[sz]ation|ngo|watchdog|network|body|activists?)\s+"
                         r"(?:that|which|who)\s+(?:monitors|covers|tracks|documents|reports on|works in|operates in)\s+"
                         r"(?:the\s+)?(?:(?:province|region|state|district|county)\s+of\s+)?$")
_SAID_BEFORE = rx_compile(r"\b(?:said|says|told|according to)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?$")
_SAID_AFTER = rx_compile(r"(?:\s+[\w-]+){0,2}?\s+(?:said|says|told)\b")


# "Besides the raid on Mangina, the army said its troops had clashed with rebels near Eringeti": the opening clause
# names the other incident's place
_BESIDES = rx_compile(r"\W*(?:besides|apart from|aside from|in addition to)\s+(?:the|a|an|this|that)\s+"
                      r"(?:[\w-]+\s+){0,3}?(?:on|in|at|near)\s+$")


def _speakers_title(text: str, place: Place) -> bool:
    title = _TITLE_BEFORE.search(text, max(0, place.start - 40), place.start) \
        or _MONITOR_OF.search(text, max(0, place.start - 60), place.start)
    return title is not None and (_SAID_BEFORE.search(text, max(0, title.start() - 40), title.start()) is not None
                                  or _SAID_AFTER.match(text, place.end) is not None)


def _choose_places(article: Article, text: str, sentence: Sentence, places: list[Place],
                   verdict: Classification) -> list[Place]:
    """The place(s) of the event in this sentence: towns before regions before countries,
    the first named of each. `text` is `lower_preserving(article.text)`."""
    places = [p for p in places if not _speakers_title(text, p)
              and not _BESIDES.match(text, sentence.start, p.start)
              and not _ATTRIBUTE_OF.match(text, p.end)]
    if not places:
        return []
    if verdict.sub_event_type == "Agreement":   # "a deal struck by Moscow, Ankara and Tehran": parties, not the scene
        places = [p for p in places if not _PARTIES.search(text, max(sentence.start, p.start - 40), p.start)] or places
    towns = [p for p in places if not p.is_country and not p.is_admin1]
    # "the Libyan capital's Tajoura suburb", "Mogadishu's Hodan district": the part named after the city's possessive
    # (a section of the city, "Mogadishu's Hodan district", stays the city's: see below)
    parts = [p for p in towns if any(q is not p and 0 < q.start - p.end <= 4 and _OWNS.match(text, p.end)
                                     and q.latitude is not None and q.feature_code != "PPLX" for q in towns)]
    towns = [p for p in towns if p not in parts] or towns
    # A section of a city ("Colonia X", PPLX) yields to the city when both are named.
    if any(p.feature_code == "PPLX" for p in towns) and any(p.feature_code != "PPLX" for p in towns):
        towns = [p for p in towns if p.feature_code != "PPLX"]
    listed = [
        p
        for p in towns
        if _LIST_CUE.search(text[max(sentence.start, p.start - 40) : p.start]) or _follows_list(text, towns, p)
    ]
    if article.dateline is None and not article.tells_scenes:
        listed = [p for p in listed if p.geonameid is not None]   # a note's villages the gazetteer lacks
    if len(listed) >= 2:
        return listed
    trigger = text[sentence.start + verdict.start:sentence.start + verdict.end]
    if (verdict.event_type in _SCENE_LISTS or verdict.event_type == BATTLES and _ASSAULT.match(trigger)) \
            and (article.tells_scenes or article.dateline is not None):
        # posts assaulted are listed by their towns; a battle told over provinces is a front, not scenes
        listed = listed_scenes(text, [p for p in places if not p.is_country
                                      and not (verdict.event_type == BATTLES and p.is_admin1)])
        if listed:
            return listed
    if verdict.sub_event_type == "Looting/property destruction" \
            and (article.tells_scenes or article.dateline is not None):
        deeds = deed_scenes(text, towns)       # property hit in two places: a scene each (no toll to share)
        if deeds:
            return deeds
    countries = [p for p in places if p.is_country and not _ACTOR_USE.match(text, p.end) and not _is_demonym(p)
                 and not _STATE_AS_AGENT.match(text, p.end)
                 and not (verdict.sub_event_type == "Disrupted weapons use" and _LAUNCHER.search(text, 0, p.start))]
    # "blocked the Khulna-Jessore highway in Jessore Sadar": a town on the road names the scene; else an end of
    # the road ("on the Abuja-Kaduna highway in Kaduna state": the end inside the province named), before the
    # province or the district ("the Jandairis - Deir Balot road in Afrin countryside")
    ends = [p for p in towns if is_route_end(text, p) and p.latitude is not None]
    provinces = [p for p in places if p.is_admin1]
    if ends:
        areas = [p for p in towns if _AREA_AFTER.match(text, p.end) or holds_the_road(text, p)]
        towns = [p for p in towns if p not in ends and p not in areas and p.country in {e.country for e in ends}
                 and not is_route_end(text, p)]
        inside = [p for p in ends if any(p.admin1 and p.admin1 == a.admin1 and p.country == a.country
                                         for a in provinces)]
        ends = inside or ends
        provinces = areas + provinces
    for group in (towns, ends, provinces, countries):
        if group:
            sure = [p for p in group if p.confidence >= _SURE_PLACE]
            return [(sure or group)[0]]   # the first named: notes and wire copy both open with the place
    return []


def _is_demonym(place: Place) -> bool:
    """"russian strikes": a nationality, not the country as a place."""
    surface = place.name.lower()
    return (
        surface in WORD_TO_COUNTRY
        and surface != (place.resolved_name or "").lower()
        and surface != (place.country or "").lower()
    )


def _follows_list(text: str, towns: list[Place], place: Place) -> bool:
    """Part of 'the towns of A, B, C and D': joined to a cued town by commas/and."""
    ordered = sorted(towns, key=lambda p: p.start)
    i = ordered.index(place)
    while i > 0:
        between = text[ordered[i - 1].end:ordered[i].start]
        if not re.fullmatch(r"\s*(?:,|and|, and)\s*", between):
            return False
        i -= 1
        if _LIST_CUE.search(text[max(0, ordered[i].start - 40):ordered[i].start]):
            return True
    return False


def _build_event(article: Article, index: int, sentence: Sentence, s: str, verdict: Classification,
                 date_mention: DateMention | None, place: Place | None, focus_country: str | None,
                 filed: date | None = None) -> Event:
    base = sentence.start
    evidence = [
        Evidence(
            "event_type",
            base + verdict.start,
            base + verdict.end,
            article.text[base + verdict.start : base + verdict.end],
        )
    ]
    event = Event(
        article_id=article.id, doc_id=article.doc_id, event_type=verdict.event_type,
        sub_event_type=verdict.sub_event_type, disorder_type=DISORDER_TYPE[verdict.event_type],
        notes=article.text[sentence.start:sentence.end], sentence_start=sentence.start,
        sentence_end=sentence.end, confidence=verdict.confidence, coder=CODER, rule=verdict.rule,
        source=article.agency or article.source or "",
    )
    _set_date(event, article, date_mention, base, evidence, filed)
    country = _set_place(event, article, place, s, evidence) or focus_country
    if place is None and focus_country:
        event.country = focus_country
    _set_actors(event, article, s, verdict, country, base, evidence)
    # "marched on Thursday to mark ten years since gunmen killed 148": the toll after the marking is the remembered one
    marking = MARKING.search(s, verdict.end) if "since" in s or "anniversary" in s else None
    count = count_fatalities(s[:marking.start()] if marking else s,
                             default_for_unnumbered=event.event_type in (BATTLES, EXPLOSIONS, VAC))
    event.fatalities = count.value if count else 0
    if count and count.end > count.start:
        evidence.append(
            Evidence(
                "fatalities", base + count.start, base + count.end, article.text[base + count.start : base + count.end]
            )
        )
    event.evidence = evidence
    event.id = stable_id(
        article.id, str(index), event.sub_event_type, event.location, event.event_date or "", prefix="e"
    )
    return event


def filed_on(article: Article) -> date | None:
    """The day the story was filed: the dateline's day when it gives one, else the day of publication."""
    return article.dateline.day if article.dateline is not None and article.dateline.day else article.published


def _told_by(article: Article, event: Event, filed: date) -> date:
    """The day by which an undated deed had happened: the earliest day its sentence says it was told on ("police
    said Sunday", "the army on Saturday announced"), when that falls before the day the story was filed; else the
    day it was filed."""
    told = article.text[event.sentence_start:event.sentence_end]
    said = [d.value for d in find_dates(told, filed)
            if d.reporting and d.value is not None and d.precision == TIME_DAY and d.value < filed
            and (_SAID_ON.search(told, max(0, d.start - 50), d.start) or _ON_SAID.match(told, d.end))
            and not _AS_CHARGED.search(told, max(0, d.start - 50), d.start)]
    return min(said, default=filed)


# the verb of the statement beside its day: "police said sunday", "told reporters on saturday", "the army on
# saturday announced" (not a day a verb of posting or issuing stamps: "posted along 9 october avenue")
_SAYING = r"(?:said|says|told|reported|reports|broadcast|broadcasts|announced|stated|confirmed|added|claimed|" \
          r"disclosed|revealed)"
_SAID_ON = rx_compile(r"\b" + _SAYING + r"(?:\s+(?:reporters|journalists|a news conference|[A-Z][\w.-]+))?\s+"
                      r"(?:(?:late|early)\s+)?(?:on\s+)?$", re.IGNORECASE)
_ON_SAID = rx_compile(r"\s+(?:[a-z]+\s+)?" + _SAYING + r"\b", re.IGNORECASE)
# "..., as the president publicly charged on 14 October": a statement the sentence cites about something else
_AS_CHARGED = rx_compile(r"\bas\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[a-z-]+\s+){0,3}?(?:had\s+)?"
                         r"(?:[a-z]+ed|said|told)\b", re.IGNORECASE)


def _set_date(event: Event, article: Article, mention: DateMention | None, base: int, evidence: list[Evidence],
              filed: date | None = None) -> None:
    filed = filed or filed_on(article)
    if mention is not None and mention.value is not None:
        event.event_date = mention.value.isoformat()
        event.time_precision = mention.precision
        event.date_text = mention.text
        event.date_resolved = True
        evidence.append(Evidence("event_date", mention.start, mention.end, article.text[mention.start:mention.end]))
    elif mention is not None:
        event.date_text = mention.text
        event.date_resolved = False        # relative words, no publication date to anchor them
    elif filed is not None:
        # the report's date: the event fell in the days before it (the dateline's day where it gives one: a story
        # filed on 3 October and published on the 6th tells of the days before the 3rd), or by the day its own
        # sentence says it was told ("gunmen killed nine people, police said Sunday", filed on Monday)
        event.event_date = _told_by(article, event, filed).isoformat()
        event.time_precision = TIME_WEEK
        event.date_resolved = True
    else:
        event.date_resolved = False


def _set_place(event: Event, article: Article, place: Place | None, s: str, evidence: list[Evidence]) -> str | None:
    if place is None:
        return None
    event.location = place.resolved_name or place.name
    event.admin1 = place.admin1 or ""
    event.admin2 = place.admin2 or ""
    event.country = place.country or ""
    event.iso3 = place.iso3 or ""
    event.latitude, event.longitude = place.latitude, place.longitude
    if place.event_latitude is not None and (place.is_admin1 or place.geo_precision == GEO_REGION):
        event.latitude, event.longitude = place.event_latitude, place.event_longitude   # the capital
    event.geonameid = place.geonameid
    if place.is_admin1 or place.is_country:
        event.geo_precision = GEO_REGION
    elif _NEAR.search(article.text[max(0, place.start - 40):place.start].lower()) \
            or is_route_end(lower_preserving(article.text), place):
        event.geo_precision = GEO_NEAR
    else:
        event.geo_precision = place.geo_precision or GEO_TOWN
    if place.latitude is None:
        event.geo_precision = None
    evidence.append(Evidence("location", place.start, place.end, article.text[place.start:place.end]))
    return place.country


def _place_at_country(event: Event, places: list[Place]) -> None:
    """A region the gazetteer lacks, named with its country ("Cameroon's Northwest region"): the event
    is placed at the country at region precision, never left with no country; the name stays."""
    country = next((p for p in places if p.is_country and p.latitude is not None), None)
    if country is None or (event.country and event.country != country.country):
        return
    event.latitude, event.longitude = country.latitude, country.longitude
    event.country, event.iso3 = country.country or "", country.iso3 or ""
    event.geo_precision = GEO_REGION


def _place_at_area(event: Event, place: Place, places: list[Place]) -> None:
    """A village the gazetteer lacks, named with its district or province ("Sfuhen in Jabal
    al-Zawiya ... countryside of Idleb"), is placed at that area at lower precision, never at a
    guess; the name stays the village's."""
    areas = [p for p in places if p.latitude is not None and p.start > place.start and not p.is_country]
    if not areas:
        return
    area = areas[0]
    event.latitude, event.longitude = area.latitude, area.longitude
    if area.is_admin1 and area.event_latitude is not None:
        event.latitude, event.longitude = area.event_latitude, area.event_longitude   # the capital
    event.admin1 = event.admin1 or area.admin1 or (area.resolved_name if area.is_admin1 else "") or ""
    event.admin2 = event.admin2 or area.admin2 or ""
    event.country = event.country or area.country or ""
    event.iso3 = event.iso3 or area.iso3 or ""
    event.geo_precision = GEO_REGION if area.is_admin1 else GEO_NEAR


def _set_actors(event: Event, article: Article, s: str, verdict: Classification, country: str | None,
                base: int, evidence: list[Evidence]) -> None:
    cased = None if article.lowercased or article.caps else article.text[event.sentence_start:event.sentence_end]
    mentions = find_actors(s, cased)
    # "X was shot by Taliban militants": the agent after "by" comes first
    agents = sorted((m for m in mentions if m.end <= verdict.end or m.is_agent_by), key=lambda m: not m.is_agent_by)
    targets = [m for m in mentions if m.start >= verdict.start and not m.is_agent_by]
    armed_kinds = ("group", "military", "police", "armed", "rebels", "militia", "government")
    kind = event.event_type
    actor1 = actor2 = None
    default1 = default2 = ""
    if kind == PROTESTS:
        actor1 = _first(mentions, ("protesters",))
        default1 = "Protesters"
        if event.sub_event_type != "Peaceful protest":
            actor2 = _first(mentions, ("police", "military"))
            default2 = "Police Forces"
    elif kind == RIOTS:
        actor1 = _first(mentions, ("rioters",))
        default1 = "Rioters"            # protesters who riot are rioters
        actor2 = _first(
            [m for m in mentions if m is not actor1 and m.kind != "protesters"],
            ("police", "military", "civilians", "group"),
        )
        if event.sub_event_type == "Mob violence" and actor2 is None:
            default2 = "Civilians"
    elif kind == VAC:
        actor1 = _first(agents, armed_kinds) or _first(mentions, armed_kinds) or _state_agent(s, verdict.end)
        default1 = "Unidentified Armed Group"
        actor2 = _first(targets, ("civilians", "protesters")) or _first(mentions, ("civilians",))
        default2 = "Civilians"
    elif kind in (BATTLES, EXPLOSIONS):
        if event.sub_event_type in ("Remote explosive/landmine/IED", "Suicide bomb", "Grenade"):
            actor1 = _first(agents, ("group", "armed", "rebels", "militia")) or _first(
                mentions, ("group", "armed", "rebels", "militia")
            )
        elif event.sub_event_type in ("Air/drone strike", "Shelling/artillery/missile attack", "Chemical weapon"):
            # who has aircraft and artillery: state forces before groups before gunmen
            actor1 = (
                _first(agents, ("military", "group", "police", "government"))
                or _first(agents, armed_kinds)
                or _first(mentions, armed_kinds)
            )
            flier = _first(agents, ("group", "rebels", "militia", "armed"))
            if actor1 is not None and flier is not None and flier.start < actor1.start \
                    and _DRONE_WORD.fullmatch(s[actor1.start:actor1.end]) \
                    and _LAUNCHED.search(s, flier.end, actor1.start):
                actor1 = flier     # "anti-junta forces launched a drone attack": the drone is theirs
        else:
            actor1 = _first(agents, armed_kinds) or _first(mentions, armed_kinds)
        actor1 = actor1 or _state_agent(s, verdict.end)
        if actor1 is None:
            default1 = (
                "Unidentified Armed Group"
                if event.sub_event_type in ("Remote explosive/landmine/IED", "Suicide bomb", "Grenade")
                else "Military Forces"
            )
        rest = [
            m
            for m in mentions
            if m is not actor1 and (actor1 is None or m.acled_name(country) != actor1.acled_name(country))
        ]
        actor2 = _first([m for m in rest if m.start >= verdict.start], armed_kinds + ("civilians",)) or _first(
            rest, armed_kinds + ("civilians",)
        )
        if kind == BATTLES and actor2 is None and actor1 is not None and actor1.kind not in ("military", "police"):
            default2 = "Military Forces"
    else:  # Strategic developments
        if event.sub_event_type == "Arrests":
            actor1 = _first(mentions, ("police", "military", "government"))
            default1 = "Police Forces"
            actor2 = _first(
                [m for m in mentions if m is not actor1],
                ("protesters", "group", "rebels", "armed", "civilians", "militia"),
            )
            default2 = "Civilians"      # ACLED: people arrested who belong to no named group are civilians
        else:
            actor1 = _first(agents, armed_kinds) or _first(mentions, armed_kinds + ("protesters", "civilians"))
            actor2 = _first(
                [m for m in mentions if m is not actor1 and m.start > (actor1.end if actor1 else -1)], armed_kinds
            )
            if event.sub_event_type == "Looting/property destruction":
                default2 = "Civilians"  # ACLED: property taken or wrecked is the civilians' unless an armed side's
    if event.sub_event_type == "Government regains territory" and actor1 is not None \
            and actor1.kind not in ("military", "police", "government"):
        # "the army said it had retaken the town from rebels": the state regains, the group loses; the army
        # named only as the source of the report is the state's forces all the same
        actor1, actor2 = _first([m for m in mentions if m is not actor1], ("military", "police", "government")), actor1
        default1, default2 = "Military Forces", ""
    elif event.sub_event_type == "Non-state actor overtakes territory" and actor1 is not None \
            and actor1.kind in ("military", "police", "government"):
        # "rebels said they had captured the town from government troops": the state is the one that loses
        actor1, actor2 = (
            _first([m for m in mentions if m is not actor1], ("group", "rebels", "armed", "militia")),
            actor1,
        )
        default1, default2 = "Unidentified Armed Group", ""
    if actor1 is None and event.sub_event_type in ("Non-state actor overtakes territory",
                                                    "Non-violent transfer of territory"):
        # "The RSF said on Thursday it had taken control of Bara": the group that says it took the town took it
        actor1 = next((g for g in named_groups(s) if g.end <= verdict.start), None)
    owner = state_owner(s)
    for field, mention, default in (("actor1", actor1, default1), ("actor2", actor2, default2)):
        if mention is not None:
            # "russia s defense ministry said a submarine fired ...": Russia's submarine
            # a deal signed abroad ("signed in Rome") binds the parties of the state the sentence names
            state_kind = mention.kind in ("military", "police", "government") or event.sub_event_type == "Agreement"
            own = owner if state_kind and owner else country
            name = mention.acled_name(own)
            evidence.append(
                Evidence(
                    field,
                    base + mention.start,
                    base + mention.end,
                    article.text[base + mention.start : base + mention.end],
                )
            )
            inter = mention.inter
        elif default:
            if default == "Unidentified Armed Group" and _CRIMINAL.search(s):
                default = "Unidentified Gang"     # ACLED's name for armed criminals
            name = _qualify(default, country)
            inter = _default_inter(default)
        else:
            name, inter = "", None
        setattr(event, field, name)
        setattr(event, "inter1" if field == "actor1" else "inter2", inter)
    if event.sub_event_type == "Agreement":
        _set_parties(event, article, base, verdict, evidence)
    if event.sub_event_type == "Disrupted weapons use" and _INTERCEPTED.search(s, verdict.start, verdict.end) \
            and event.country and event.actor1.startswith("Military Forces of ") \
            and not event.actor1.endswith(event.country):
        # "Russian air defences shot down 34 Ukrainian drones over Bryansk": the drones are the other side's; the
        # forces that stopped them are those of the country whose sky it was
        event.actor2, event.inter2 = event.actor1, event.inter1
        event.actor1, event.inter1 = state_actor("Military Forces", event.country), 1
    if event.actor1 and event.actor1 == event.actor2:
        event.actor2, event.inter2 = "", None
    if actor1 is not None and actor1.partner_country and not event.assoc_actor_1:
        event.assoc_actor_1 = _qualify(
            {"military": "Military Forces", "police": "Police Forces", "government": "Government"}.get(
                actor1.kind, "Military Forces"
            ),
            actor1.partner_country,
        )
    event.interaction = interaction_code(event.inter1, event.inter2)
    if event.actor2.startswith("Civilians"):
        event.civilian_targeting = "Civilian targeting"


_COUNTRY_AGENT = rx_compile(r"\b(?P<state>" + "|".join(sorted(map(re.escape, WORD_TO_COUNTRY), key=len, reverse=True))
                            + r")" + _STATE_AS_AGENT.pattern)


def _state_agent(s: str, trigger_end: int) -> ActorMention | None:
    """"Russia attacked the city of Kharkiv with missiles": a state named as the one who struck is its forces
    (ACLED: "Military Forces of Russia"), when the sentence names no force of its own."""
    found = _COUNTRY_AGENT.search(s, 0, trigger_end + 40)
    if found is None or found.start() > trigger_end:
        return None
    country = WORD_TO_COUNTRY.get(found.group("state"))
    if country is None:
        return None
    return ActorMention("military", "Military Forces", 1, found.start("state"), found.end("state"), country=country)


def _first(mentions: list[ActorMention], kinds: tuple[str, ...]) -> ActorMention | None:
    for m in mentions:
        if m.kind in kinds:
            return m
    return None


def _set_parties(event: Event, article: Article, base: int, verdict: Classification,
                 evidence: list[Evidence]) -> None:
    """"a deal struck by Moscow, Ankara and Tehran": the parties to an agreement are the states named as
    its parties (ACLED: "Government of Russia"), by country or capital, not a group named as its target."""
    text = lower_preserving(article.text)        # once per article, offsets unchanged
    start, end = base + verdict.start, base + verdict.end
    parties: list[str] = []
    for place in sorted(article.places, key=lambda p: p.start):
        if not (start <= place.start < end) or not place.country or place.country in parties:
            continue
        if (place.is_country or place.feature_code == "PPLC") and _PARTIES.search(text, max(start, place.start - 40),
                                                                                  place.start):
            parties.append(place.country)
            evidence.append(Evidence("actor1" if len(parties) == 1 else "actor2", place.start, place.end,
                                     article.text[place.start:place.end]))
    if not parties:
        return
    names = [_qualify("Government", country) for country in parties]
    event.actor1, event.inter1 = names[0], 1
    event.actor2, event.inter2 = (names[1], 1) if len(names) > 1 else ("", None)
    event.assoc_actor_2 = "; ".join(names[2:])
    event.interaction = interaction_code(event.inter1, event.inter2)


def _qualify(name: str, country: str | None) -> str:
    if not country:
        return name
    if name in ("Military Forces", "Police Forces", "Government"):
        return state_actor(name, country)
    return f"{name} ({country})"


def _default_inter(name: str) -> int:
    return {"Protesters": 6, "Rioters": 5, "Civilians": 7, "Unidentified Armed Group": 3,
            "Military Forces": 1, "Police Forces": 1}.get(name, 8)
