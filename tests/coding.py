"""Helpers the sentence-level coder tests share."""
from __future__ import annotations

from eventwire.extraction.classify import classify_sentence


def sub_event_of(sentence: str) -> str | None:
    """The sub-event type the coder gives one sentence, or None for no event."""
    verdict = classify_sentence(sentence.lower())
    return verdict.sub_event_type if verdict else None
