"""An event's provenance: the report it came from, its source sentence, and the words
behind each field, as offsets into the sentence so a page can highlight them.

Pure: it reads the event and the article the store kept; it never re-runs extraction.
"""
from __future__ import annotations

from typing import Any

from ..records import Event

CONTEXT_CHARS = 60


def _get(obj: Any, name: str):
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def report_info(article: Any) -> dict:
    published = _get(article, "published")
    return {
        "article_id": _get(article, "id"),
        "doc_id": _get(article, "doc_id"),
        "title": _get(article, "title"),
        "url": _get(article, "url"),
        "source": _get(article, "source"),
        "published": published.isoformat() if hasattr(published, "isoformat") else published,
        "origin": _get(article, "origin"),
        "line": _get(article, "line"),
    }


def _from_article(event: Event, article: Any) -> tuple[dict | None, list[dict]]:
    text: str = _get(article, "text") or ""
    start, end = event.sentence_start, event.sentence_end
    sentence = None
    if 0 <= start < end <= len(text):
        sentence = {"article_id": _get(article, "id"), "start": start, "end": end, "text": text[start:end], "spans": []}
    evidence = []
    for ev in event.evidence:
        if not (0 <= ev.start <= ev.end <= len(text)):
            evidence.append({"field": ev.field, "start": ev.start, "end": ev.end, "text": ev.text, "in_sentence": False,
                             "context": None})
            continue
        inside = sentence is not None and start <= ev.start and ev.end <= end
        item = {"field": ev.field, "start": ev.start, "end": ev.end, "text": text[ev.start:ev.end],
                "in_sentence": inside,
                "context": None if inside else text[max(0, ev.start - CONTEXT_CHARS):ev.end + CONTEXT_CHARS]}
        evidence.append(item)
        if inside:
            sentence["spans"].append({"field": ev.field, "start": ev.start - start, "end": ev.end - start})
    return sentence, evidence


def _from_notes(event: Event) -> tuple[dict | None, list[dict]]:
    """No stored article: fall back on the notes, finding each piece of evidence in them."""
    notes = event.notes or ""
    sentence = ({"article_id": event.article_id, "start": None, "end": None, "text": notes, "spans": []}
                if notes else None)
    evidence = []
    for ev in event.evidence:
        at = notes.find(ev.text) if ev.text else -1
        inside = at >= 0
        evidence.append({"field": ev.field, "start": ev.start, "end": ev.end, "text": ev.text, "in_sentence": inside,
                         "context": None})
        if inside:
            sentence["spans"].append({"field": ev.field, "start": at, "end": at + len(ev.text)})
    return sentence, evidence


def _one(event: Event, article: Any) -> tuple[dict | None, list[dict]]:
    sentence, evidence = _from_article(event, article) if article is not None else _from_notes(event)
    if sentence is None and article is not None:
        sentence, _ = _from_notes(event)
    return sentence, evidence


def provenance(event: Event, articles: list[Any], sources: list[Event] | None = None) -> dict:
    """`reports`, `sentences` (with relative `spans`) and `evidence` (article offsets) of one event.

    `sources`: each report's own coding of the event when several reports told it (the store's
    `sources(id)`); every report then gives its sentence, first report first, and `evidence`
    stays the first report's.
    """
    by_id = {_get(a, "id"): a for a in articles}
    primary = by_id.get(event.article_id, articles[0] if articles else None)
    sentence, evidence = _one(event, primary)
    sentences = [sentence] if sentence else []
    reports = [report_info(primary)] if primary is not None else []
    for source in sources or []:
        if source.article_id == event.article_id:
            continue
        article = by_id.get(source.article_id)
        other, _ = _one(source, article)
        if other:
            sentences.append(other)
        if article is not None:
            reports.append(report_info(article))
    return {"reports": reports, "sentences": sentences, "evidence": evidence}
