"""A sentence that tells one more incident of the kind just told, not the one told again.

Wire stories list the incidents of a day one after the other, and say so as they go: "Another
bomb exploded in the port", "A second explosion took place near the church", "A dynamite charge
was also placed on the pipeline", "There were also raids in the villages", "It was also reported
that gunmen kidnapped a couple". ACLED codes each of them (an event is one place, one day, one
incident), so such a sentence opens a new incident even when its day and town are those of the
one before; the day told before still carries to it (the same night, the same wave).
"""
from __future__ import annotations

from .compiled import compile as rx_compile

# the nouns by which a story counts its incidents and the weapons it counts them by
_COUNTED = (r"(?:bombs?|car bombs?|devices?|charges?|explosions?|explosives?|blasts?|grenades?|mines?|attacks?|"
            r"assaults?|raids?|ambush(?:es)?|bombings?|killings?|murders?|massacres?|kidnappings?|abductions?|"
            r"fires?|arson|(?:air\s*)?strikes?|airstrikes?|missiles?|rockets?|drones?|shells?)")
# "Another bomb exploded", "Minutes later, a second device went off", "A second missile fell", "Police said another
# attack ...": the subject of the sentence is one more incident of its kind (not "the second bomb", which may point
# back)
_ONE_MORE = rx_compile(r"\W*(?:(?:[\w'-]+\s+){0,4}?(?:[\w'-]+,\s+|(?:said|reported|added)\s+(?:that\s+)?))?"
                       r"(?:another|yet\s+another|one\s+more|a\s+(?:second|third|fourth|fifth|sixth|further)|"
                       r"(?:two|three|four|five|several|many|some)?\s*(?:other|more|further|similar)|a\s+similar)\s+"
                       r"(?:[\w'-]+\s+){0,3}?" + _COUNTED + r"\b")
# "A dynamite charge was also placed", "bomb attacks were also carried out", "a bomb also went off": a deed
# done again (the victims of the deed told before are "also killed" or "also wounded", not listed here)
_DONE_ALSO = rx_compile(r"\b(?:(?:was|were|has been|have been|had been)\s+also|also\s+(?:been\s+)?)\s*(?:placed|"
                        r"planted|set off|detonated|carried out|staged|launched|thrown|hurled|exploded|went off)\b")
# "There were also raids in Arcatao", "there have also been attacks on ...", "there were other attacks, in which ..."
_THERE_ALSO = rx_compile(r"\bthere\s+(?:was|were|has|have|had)\s+(?:also\s+(?:been\s+)?|(?:also\s+)?(?:been\s+)?"
                         r"(?:other|more|further|additional)\s+)(?:[\w'-]+\s+){0,3}?" + _COUNTED + r"\b")
# "In addition to the attack on the attorney general, ...": the sentence names the incident told to tell others
_BESIDES_THE_ONE = rx_compile(r"\W*(?:in addition to|besides|apart from|aside from)\s+(?:the|this|that)\s+"
                              r"(?:[\w'-]+\s+){0,2}?" + _COUNTED + r"\b")
# "It was also reported today that gunmen kidnapped ...": the wire turns to the next item, whose doers are new to
# the story (not "It was also reported that the building was destroyed", more of what was told)
_ALSO_REPORTED = rx_compile(r"\W*it\s+(?:was|has)\s+(?:\w+\s+)?also\s+(?:been\s+)?(?:reported|learned|known|"
                            r"announced|disclosed)\s+(?:\w+\s+){0,3}?that\s+"
                            r"(?!(?:the|this|that|these|those|there|it|he|she|they|his|her|its|their)\b)")


def tells_another_incident(sentence: str, scenes: bool = False) -> bool:
    """The sentence tells one more incident of a list ("Another bomb exploded in ..."). `scenes`: the report
    tells several scenes (a wire story longer than a brief); the "also" forms count only there, since in a
    short note they add to its one scene."""
    low = " ".join(sentence.lower().split())     # wire copy wraps its lines anywhere: "A\nTHIRD EXPLOSION"
    if _ONE_MORE.match(low) is not None or _BESIDES_THE_ONE.match(low) is not None:
        return True
    return scenes and (_DONE_ALSO.search(low) is not None or _THERE_ALSO.search(low) is not None
                       or _ALSO_REPORTED.match(low) is not None)


def one_more_of_a_list(sentence: str) -> bool:
    """The sentence's subject is one more incident of a list ("Another bomb exploded", "A third explosion
    occurred"): it happened when the list's others did, not on a day an aside between them names."""
    return _ONE_MORE.match(" ".join(sentence.lower().split())) is not None
