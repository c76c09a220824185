"""The text as the coder reads it: the same offsets as the article's text, another form.

Wire services and radio transcripts still send copy in capitals; the coder reads it as it
reads the lowercased form, and every span it finds still points into the text as given.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Article


def lower_preserving(text: str) -> str:
    """Lowercase without changing the length, so offsets stay valid."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_WRAP = re.compile(r"(?<=\S)\n(?=[^\S\n]*\S)")


def reading_text(article: Article) -> str:
    """The text as the coder reads it, offset for offset: lowercased, and for text in capitals
    the line breaks of wrapped lines read as spaces (a sentence runs on across them)."""
    low = lower_preserving(article.text)
    return _WRAP.sub(" ", low) if article.caps else low


def reading_article(article: Article) -> Article:
    """The article as the geoparser reads it: capitals read as the lowercased form is."""
    if not article.caps:
        return article
    return replace(article, text=reading_text(article), lowercased=True)
