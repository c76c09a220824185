"""eventwire: news reports about political violence and unrest -> ACLED-style events.

The public API:

    eventwire.extract(text, published=None) -> list[Event]
    eventwire.places(text) -> list[Place]
    eventwire.pipe(reports, on_error="skip") -> iterator of PipeResult
    eventwire.connect(path="eventwire.duckdb") -> Store    # or "postgresql://user@host/dbname"

Heavy parts (the gazetteer, DuckDB) load on first use.
"""
from __future__ import annotations

from .records import Article, Event, Evidence, Place, RawReport

__version__ = "0.1.0"
CODER = f"eventwire-rules/{__version__}"

__all__ = ["Article", "Event", "Evidence", "Place", "RawReport", "extract", "places", "pipe", "connect", "CODER"]


def extract(text: str, published=None, *, doc_id: str | None = None, title: str | None = None) -> list[Event]:
    """Events in one report. `published` (date or 'YYYY-MM-DD') anchors relative dates."""
    from .pipeline import default_pipeline

    return default_pipeline().extract(text, published=published, doc_id=doc_id, title=title)


def places(text: str) -> list[Place]:
    """Toponyms in `text`, with offsets into it and their gazetteer resolution."""
    from .pipeline import default_pipeline

    return default_pipeline().places(text)


def pipe(reports, on_error: str = "skip"):
    """Run many `RawReport`s through the pipeline, in input order."""
    from .pipeline import default_pipeline

    return default_pipeline().pipe(reports, on_error=on_error)


def connect(path: str = "eventwire.duckdb", **options):
    """Open (or create) a store: a DuckDB file, or a PostgreSQL database by its postgresql:// URL;
    `read_only=True` to share a file."""
    from .store import connect as _connect

    return _connect(path, **options)
