"""Events told as spread over a country: "raids across 12 provinces", "protests nationwide".

Such a sentence names no town because the deed had many; ACLED places it at the country (precision 3)
when no town is named, and never at the city the story was filed from.
"""
from __future__ import annotations

from .compiled import compile as rx_compile

_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|various|multiple|dozens of)"
_AREAS = r"(?:provinces|states|regions|cities|districts|governorates|counties|towns|departments|oblasts)"
NATIONWIDE = rx_compile(r"\b(?:across|in|throughout|over)\s+" + _COUNT + r"\s+(?:of\s+(?:the|its)\s+(?:\w+\s+)?)?"
                        + _AREAS + r"\b|\bnation-?wide\b|\b(?:across|throughout|all over)\s+the\s+country\b")


def told_nationwide(sentence: str) -> bool:
    """Whether the sentence (lowercased) says the deed spread over many places of a country."""
    return NATIONWIDE.search(sentence) is not None
