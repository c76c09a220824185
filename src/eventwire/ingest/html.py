"""HTML page -> main text and title, via trafilatura (boilerplate, menus and ads dropped)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..errors import InputError

_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)


@dataclass
class HtmlText:
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: date | None = None


def declared_charset(data: bytes) -> str | None:
    """The `<meta charset>` a page declares, read from its head."""
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or ("<body" in head and "</" in head)


def extract_html(html: str, origin: str) -> HtmlText:
    """The article body and its metadata; an InputError when the page has no main text."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        # Only dates the page states in its markup; no guessing from URLs or body text.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    doc = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = doc.get("text") or ""
    if not text.strip():
        raise InputError("no main text found in the HTML page", origin, 1)
    title = (doc.get("title") or "").strip() or None
    text = text.strip()
    first, _, rest = text.partition("\n")
    if title and first.strip() == title and rest.strip():
        text = rest.strip()  # the headline repeated as the body's first line
    published = None
    raw_date = doc.get("date")
    if raw_date:
        try:
            published = date.fromisoformat(str(raw_date)[:10])
        except ValueError:
            published = None
    return HtmlText(
        text=text,
        title=title,
        url=(doc.get("url") or None),
        source=(doc.get("sitename") or None),
        published=published,
    )
