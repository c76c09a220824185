"""Another source's count of the same dead: "A local committee put the toll at 31", "al Shabaab said it had
killed 30 soldiers", "A rights group said at least 22 people had been killed".

Wire copy gives the first toll in its lead and other sources' counts after it. ACLED takes the most
conservative figure when sources disagree, so another source's higher count never raises the toll; an
update does ("the toll rose to 12", "two of the wounded later died").
"""
from __future__ import annotations

import re
from .compiled import compile as rx_compile

_OTHER_COUNT = rx_compile(
    r"\bput (?:the|its|their|a) (?:\w+ )?(?:death )?(?:toll|number of (?:dead|deaths|victims|people killed)|total)"
    r"|\b(?:gave|reported|cited) (?:a |the )?(?:higher|different|separate) (?:death )?(?:toll|figure|count)"
    r"|\bclaim\w* (?:to have |it had |that it had |they had )?(?:\w+ )?killed"
    r"|\bsaid (?:in a statement )?(?:\w+ ){0,8}?(?:it|they|its fighters|its forces) (?!(?:were|was|had been|have been|"
    r"are|is)\b)(?:had )?(?:\w+ ){0,6}?(?:killed|inflicted)"
    r"|\b(?:another|a second|other|one) (?:source|official|witness|resident|medic)s? (?:said|put|gave)"
    r"|\b(?:rights group|rights groups|monitor|observatory|activists?|residents|medics|rescuers|local media|"
    r"state media|the (?:militants|rebels|group|insurgents))\b(?:[^.;]{0,80}?),? (?:said|says|reported|claimed)\b",
    re.IGNORECASE,
)
_UPDATE = rx_compile(r"\b(?:rose|risen|rising|climbed|increased|jumped|later died|died (?:later|of (?:their|his|her) "
                     r"(?:wounds|injuries))|succumbed|bringing|brought the|now stands|updated)\b", re.IGNORECASE)


def other_count(sentence: str) -> bool:
    """Whether the sentence gives another source's count of the dead, not an update of the toll."""
    return _OTHER_COUNT.search(sentence) is not None and _UPDATE.search(sentence) is None
