"""RawReport -> Article: the dateline, the text's form (cased or lowercased), sentences.

The article text is kept exactly as given so that every span points into what
the user supplied; normalisation only adds structure on top of it.
"""
from __future__ import annotations

from ..errors import InputError
from ..records import Article, RawReport, stable_id
from .dateline import find_dateline
from .reading import lower_preserving, reading_article, reading_text
from .sentences import is_caps_form, is_lowercased_form, split_sentences, text_form

__all__ = ["normalize", "find_dateline", "split_sentences", "is_lowercased_form", "is_caps_form", "reading_text",
           "reading_article", "lower_preserving"]


def normalize(report: RawReport) -> Article:
    text = report.text
    if not text or not text.strip():
        raise InputError("the report is empty", report.origin, report.line)
    lowercased, caps = text_form(text)
    caps = not lowercased and caps
    one_per_line = lowercased or (not caps and _one_sentence_per_line(text))
    dateline = find_dateline(text, report.published)
    article_id = stable_id(report.doc_id or "", text, prefix="a")
    return Article(
        id=article_id,
        text=text,
        doc_id=report.doc_id,
        origin=report.origin,
        line=report.line,
        published=report.published,
        title=report.title,
        url=report.url,
        source=report.source,
        agency=dateline.agency if dateline else None,
        dateline=dateline,
        lowercased=lowercased,
        caps=caps,
        sentences=split_sentences(text, one_per_line=one_per_line, caps=caps, cased=not lowercased),
    )


def _one_sentence_per_line(text: str) -> bool:
    """Tokenized corpora put one sentence per line, each ending in a full stop; so does prose
    written a paragraph per line, which is why cased lines are still split inside."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if len(lines) < 3:
        return False
    ending = sum(1 for ln in lines if ln[-1] in ".!?\"'")
    return ending / len(lines) > 0.8
