"""Headlines and page furniture: lines of a page that are not the story's sentences.

A web page, a press release or a live blog tells its news twice: a headline ("Drone strike on Dnipro kills
three"), a list of key events, then the story, which gives each incident its day and place. Around them sit links
to other stories ("Related stories", "Most read"). A headline has no day of its own (it would be dated to the day
of publication) and names its place loosely, so coded on its own it adds a second, worse event for an incident the
story tells; a link to another story reports nothing here. ACLED codes from the story.
"""
from __future__ import annotations

import re

from ..records import Article, Event

# a line standing alone that ends in no full stop: a headline, a bullet of key events, a link
_LAST_CHAR_OF_PROSE = frozenset('.!"\u201d\'')
_HEADLINE_WORDS = 25
# "Related stories", "Read more", "Most read": the links under it are other stories
_FURNITURE_HEADING = re.compile(r"\s*(?:related(?: stories| articles| news| content| coverage)?|read more|read next|"
                                r"more (?:on this story|stories|from \w+|news)|most (?:read|popular|viewed)|"
                                r"recommended(?: for you)?|see also|also read|you may also like|"
                                r"(?:latest|top|trending) (?:news|stories))\s*:?\s*$", re.IGNORECASE)


def story_only(article: Article, events: list[Event]) -> list[Event]:
    """The events less those told only by a headline: a link under a heading such as "Related stories", and a
    headline or key-event line whose kind of event the story itself codes. Copy in capitals (wire and radio copy,
    wrapped at a fixed width) has no headlines of this kind."""
    lines = [] if article.caps else _headline_lines(article)
    if not lines:
        return events
    told = {e.event_type for e in events if _line_of(lines, e) is None}
    kept = []
    for event in events:
        line = _line_of(lines, event)
        if line is None or not (line[2] or event.event_type in told):
            kept.append(event)
    return kept


def _line_of(lines: list[tuple[int, int, bool]], event: Event) -> tuple[int, int, bool] | None:
    return next((line for line in lines if line[0] <= event.sentence_start < line[1]), None)


def _headline_lines(article: Article) -> list[tuple[int, int, bool]]:
    """(start, end, under a furniture heading) of each sentence that is a whole line (or a run of short lines, as
    bullets of key events run together) and ends in no full stop, when the text also holds prose: sentences ending
    in one."""
    text = article.text
    found, prose, under_heading = [], False, False
    for sentence in article.sentences:
        words = text[sentence.start:sentence.end].strip()
        if not words:
            continue
        whole_line = _starts_line(text, sentence.start) and _ends_line(text, sentence.end)
        if whole_line and _FURNITURE_HEADING.match(words):
            under_heading = True
        elif not whole_line or words[-1] in _LAST_CHAR_OF_PROSE \
                or any(len(line.split()) > _HEADLINE_WORDS for line in words.splitlines()):
            prose, under_heading = True, False
        else:
            found.append((sentence.start, sentence.end, under_heading))
    return found if prose else []


def _starts_line(text: str, at: int) -> bool:
    before = text.rfind("\n", 0, at)
    return not text[before + 1:at].strip()


def _ends_line(text: str, at: int) -> bool:
    after = text.find("\n", at)
    return not text[at:len(text) if after < 0 else after].strip()
