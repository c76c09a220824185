"""A coder's note that gives a crowd's size ("[size=around 200]", "[size=no report]") tells a demonstration.

ACLED's coders end the notes of demonstration events (protests and riots) with the crowd's size in brackets, and
only those: the tag is the coder's own word that a crowd gathered, whatever verb the note used for it ("residents
converged on the town hall", "a Fridays for Future climate strike gathered"). So a sentence holding the tag that the
rules do not code is a demonstration all the same; which one is decided by the codebook's definitions: a crowd that
used violence with a demand or a grievance behind it is a violent demonstration, a crowd's violence with none
(a fight between supporters, a mob beating a thief) is mob violence, and a crowd that used none is a peaceful protest.
"""
from __future__ import annotations

from ..codebook import PARENT_TYPE
from .compiled import compile as rx_compile
from .lexicon import any_of

SIZE_TAG = rx_compile(r"\[\s*size\s*=[^\]]{0,80}\]")

# What a crowd does that makes its gathering violent (its own deeds, not what was done to it).
_CROWD_VIOLENCE = rx_compile(any_of(
    r"attack(?:ed|ing)", r"assault(?:ed|ing)", r"beat(?:en|ing)?(?: up)?", r"stoned", r"stoning", r"lynch\w*",
    r"stabb(?:ed|ing)", r"hacked", r"injur(?:ed|ing)", r"killed", r"clash(?:ed|es)?", r"fight(?:ing)?", r"fought",
    r"street-fight", r"brawl\w*", r"scuffle\w*", r"vandali[sz]\w*", r"ransack\w*", r"loot(?:ed|ing)", r"torch\w*",
    r"set (?:\w+ ){0,5}?(?:on fire|alight|ablaze)", r"setting (?:\w+ ){0,3}?(?:on fire|alight|ablaze)",
    r"set fire", r"burn(?:ed|t|ing)", r"threw (?:stones|rocks|bricks)", r"pelt(?:ed|ing)", r"smash(?:ed|ing)",
    r"opened fire", r"damag(?:ed|ing)",
    head=r"\b(?:", tail=r")\b"))

# A grievance or a demand: the crowd gathered to be heard, so its violence is a demonstration's.
_GRIEVANCE = rx_compile(any_of(
    r"demand\w*", r"protest\w*", r"demonstrat\w*", r"denounc\w*", r"condemn\w*", r"against", r"call(?:ed|ing) for",
    r"reject\w*", r"oppos\w*", r"complain\w*", r"in support of", r"in solidarity", r"grievances?",
    head=r"\b(?:", tail=r")\b"))


def crowd_sized(sentence: str) -> tuple[str, str, int, int] | None:
    """(event_type, sub_event_type, start, end of the tag) for a lowercased sentence holding a size tag, else
    None. The sub-type is the codebook's reading of what the crowd did."""
    tag = SIZE_TAG.search(sentence)
    if tag is None:
        return None
    told = sentence[:tag.start()]
    if _CROWD_VIOLENCE.search(told):
        sub = "Violent demonstration" if _GRIEVANCE.search(told) else "Mob violence"
    else:
        sub = "Peaceful protest"
    return PARENT_TYPE[sub], sub, tag.start(), tag.end()
