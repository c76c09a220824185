"""The ordered stages from a raw report to events, and batch processing.

    RawReport --normalize--> Article --geo--> Article(+places) --extract--> [Event] --dedup--> [Event]

Every stage in the middle is a pure function of its inputs; the gazetteer is
passed in, the store never is. Batches keep input order and report each
skipped record with its file and line instead of dropping it in silence.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Iterator

from .errors import EventwireError, InputError
from .records import Article, Event, Place, RawReport


@dataclass
class PipeResult:
    report: RawReport
    article: Article | None = None
    events: list[Event] = field(default_factory=list)
    error: EventwireError | None = None


def _as_date(value) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise InputError(f"publication date {value!r} is not YYYY-MM-DD") from exc


class Pipeline:
    """normalize -> geo -> extract -> merge, with the gazetteer passed in."""

    def __init__(self, gazetteer=None):
        self._gazetteer = gazetteer

    @property
    def gazetteer(self):
        if self._gazetteer is None:
            from .geo import load_gazetteer

            self._gazetteer = load_gazetteer()
        return self._gazetteer

    def article(self, report: RawReport) -> Article:
        from .geo import find_places
        from .normalize import normalize

        article = normalize(report)
        article.places = find_places(article, self.gazetteer)
        return article

    def events(self, article: Article) -> list[Event]:
        from .dedup import merge_within_article
        from .extraction import extract_events
        from .extraction.assemble import assemble

        return assemble(article, merge_within_article(extract_events(article)))

    def run(self, report: RawReport) -> PipeResult:
        article = self.article(report)
        return PipeResult(report=report, article=article, events=self.events(article))

    def extract(self, text: str, published=None, doc_id=None, title=None) -> list[Event]:
        report = RawReport(text=text, published=_as_date(published), doc_id=doc_id, title=title)
        return self.run(report).events

    def places(self, text: str) -> list[Place]:
        return self.article(RawReport(text=text)).places

    def pipe(self, reports: Iterable[RawReport | InputError], on_error: str = "skip") -> Iterator[PipeResult]:
        """Process in order. `on_error="skip"` yields the failure and goes on; "raise" stops."""
        if on_error not in ("skip", "raise"):
            raise ValueError("on_error must be 'skip' or 'raise'")
        for item in reports:
            if isinstance(item, EventwireError):
                if on_error == "raise":
                    raise item
                origin = getattr(item, "origin", "<input>")
                yield PipeResult(report=RawReport(text="", origin=origin, line=getattr(item, "line", None)), error=item)
                continue
            try:
                yield self.run(item)
            except EventwireError as exc:
                if on_error == "raise":
                    raise
                if not isinstance(exc, InputError):
                    exc = InputError(str(exc), item.origin, item.line)
                yield PipeResult(report=item, error=exc)


@functools.lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    return Pipeline()
