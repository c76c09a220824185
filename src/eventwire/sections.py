"""The per-record budget: a report too long to code whole is coded in sections.

Coding cost grows faster than the text in places (one event told a thousand times
merges a thousand times), so no record may stall a batch: past `SECTION_CHARS`
characters the text is cut at sentence ends into sections that are coded one by
one, and their spans are moved back into the whole text; past `MAX_CHARS` the
record is refused by name. A news article is far below either.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .records import Article, Event, Place, Sentence, Span

SECTION_CHARS = 20_000        # about five long wire stories; nearly every article is coded whole
MAX_CHARS = 2_000_000         # the ingest size cap: a record past it is refused
_SENTENCE_END = re.compile(r"(?:[.!?][\"'”’)\]]*\s+|\n\s*)")
_SPACE = re.compile(r"\s+")


def cut_sections(text: str, budget: int = SECTION_CHARS) -> list[tuple[int, int]]:
    """Spans of at most `budget` characters covering `text`, cut after the last sentence end
    in each window (else the last space, else at the budget itself)."""
    spans: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > budget:
        window_end = start + budget
        cut = _last_end(_SENTENCE_END, text, start + budget // 4, window_end) \
            or _last_end(_SPACE, text, start + budget // 4, window_end) or window_end
        spans.append((start, cut))
        start = cut
    spans.append((start, n))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _last_end(pattern: re.Pattern, text: str, low: int, high: int) -> int | None:
    last = None
    for match in pattern.finditer(text, low, high):
        last = match.end()
    return last


def shift_place(place: Place, offset: int) -> Place:
    return replace(place, start=place.start + offset, end=place.end + offset)


def shift_event(event: Event, offset: int) -> Event:
    """The event with every span moved `offset` characters on (its evidence text is unchanged)."""
    event.sentence_start += offset
    event.sentence_end += offset
    event.evidence = [replace(e, start=e.start + offset, end=e.end + offset) for e in event.evidence]
    return event


def join_articles(whole: Article, parts: list[tuple[int, Article]]) -> Article:
    """`whole` (the full text, its id and metadata) with the sections' sentences and places."""
    whole.sentences = [Sentence(s.start + offset, s.end + offset) for offset, a in parts for s in a.sentences]
    whole.places = [shift_place(p, offset) for offset, a in parts for p in a.places]
    offset, first = parts[0]
    dateline = first.dateline
    if dateline is not None and offset:
        place_span, span = dateline.place_span, dateline.span
        dateline = replace(dateline, place_span=Span(place_span.start + offset, place_span.end + offset),
                           span=Span(span.start + offset, span.end + offset))
    whole.dateline, whole.agency, whole.lowercased = dateline, first.agency, first.lowercased
    return whole
