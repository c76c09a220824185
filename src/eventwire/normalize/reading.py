"""The text as the coder reads it: the same offsets as the article's text, another form.

Wire services and radio transcripts still send copy in capitals; the coder reads it as it
reads the lowercased form, and every span it finds still points into the text as given.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Article
from .sentences import wrap_width


# The last article's readings: geo, the coder, background and attribution ask for them in turn, and
# handing back the same string also lets the coder's gates find the text they scanned (by identity).
_LAST_LOWER: tuple[str | None, str] = (None, "")
_LAST_READING: tuple[str | None, bool, str] = (None, False, "")


def lower_preserving(text: str) -> str:
    """Lowercase without changing the length, so offsets stay valid."""
    global _LAST_LOWER
    last = _LAST_LOWER                    # one read: a tuple swapped whole, safe across threads
    if last[0] is text:
        return last[1]
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    _LAST_LOWER = (text, low)
    return low


# a line break between two words: written break first, so the engine looks for "\n" alone and checks what
# precedes it only there (a look-behind first is tried at every character of the text)
_WRAP = re.compile(r"\n(?<=\S\n)(?=[^\S\n]*\S)")


def reading_text(article: Article) -> str:
    """The text as the coder reads it, offset for offset: lowercased, and for text in capitals or hard-wrapped
    the line breaks of wrapped lines read as spaces (a sentence runs on across them)."""
    global _LAST_READING
    last = _LAST_READING
    if last[0] is article.text and last[1] == article.caps:
        return last[2]
    low = lower_preserving(article.text)
    # cased wire copy hard-wrapped at a fixed width ("... in the village of\nTurmus Ayya") runs on too; other
    # cased text keeps its reading the lowercased string itself (the gates find it by identity)
    out = _WRAP.sub(" ", low) if article.caps or _hard_wrapped(article.text) else low
    _LAST_READING = (article.text, article.caps, out)
    return out


def _hard_wrapped(text: str) -> bool:
    return text.count("\n") >= 3 and wrap_width(text) is not None


def reading_article(article: Article) -> Article:
    """The article as the geoparser reads it: capitals read as the lowercased form is; hard-wrapped cased copy
    with its wrapped line breaks read as spaces ("the town of Debre\nMarkos" names one town)."""
    if not article.caps:
        return replace(article, text=_WRAP.sub(" ", article.text)) if _hard_wrapped(article.text) else article
    return replace(article, text=reading_text(article), lowercased=True)
