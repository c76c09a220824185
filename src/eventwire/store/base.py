"""The store protocol: what callers (CLI, API, export) may rely on, whatever the backend."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, NamedTuple, Protocol, Sequence, runtime_checkable

from ..records import Article, Event
from .query import EventQuery


@dataclass(frozen=True)
class AddResult:
    """What `add` did with one article: "new", "unchanged" (same id, coder and events) or "replaced".

    `merged`: how many of its events were already stored from another report and joined that event.
    """

    article_id: str
    status: str
    events: int
    merged: int = 0


class StatRow(NamedTuple):
    key: str | None
    events: int
    fatalities: int


@dataclass(frozen=True)
class Summary:
    articles: int
    events: int
    fatalities: int


@runtime_checkable
class Store(Protocol):
    """Articles and their events, keyed by the pipeline's stable ids."""

    def add(
        self, article: Article, events: Sequence[Event], coder: str | None = None, *, merge: bool = True
    ) -> AddResult: ...

    def add_batch(
        self, items: Iterable[tuple[Article, Sequence[Event]]], coder: str | None = None, *, merge: bool = True
    ) -> list[AddResult]: ...

    def query(self, q: EventQuery | None = None) -> list[Event]: ...

    def count(self, q: EventQuery | None = None) -> int: ...

    def get(self, event_id: str) -> Event | None: ...

    def sources(self, event_id: str) -> list[Event]: ...

    def article(self, article_id: str) -> Article | None: ...

    def stats(self, q: EventQuery | None = None, by: str = "day") -> list[StatRow]: ...

    def timestamps(self, event_ids: Sequence[str]) -> dict[str, int]: ...

    def summary(self) -> Summary: ...

    def delete(self, article_id: str) -> int: ...

    def df(self, q: EventQuery | None = None) -> Any: ...

    def close(self) -> None: ...
