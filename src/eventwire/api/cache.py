"""Rendered answers of the read endpoints, kept while the store has not changed.

A map page, a dashboard or a script polling the API asks the same few questions again and
again; each costs a query that reads and converts whole rows. The answer to a GET depends only
on the request (path, query string, Accept header) and on the stored data, so it can be kept
until the data change. A store that can say when its data change has a `generation` that
grows with every write it commits (a DuckDB file has one writer, and it is this process, or
none); with another store (one that other processes write) nothing is kept.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Callable

from starlette.responses import Response


@dataclass(frozen=True)
class Rendered:
    """One answer as sent: enough to send it again."""

    body: bytes
    media_type: str
    headers: dict[str, str] = field(default_factory=dict)

    def response(self) -> Response:
        return Response(self.body, media_type=self.media_type, headers=self.headers)


class ResponseCache:
    """At most `entries` answers of at most `max_bytes` each, least recently used out first,
    each valid for the store generation it was computed under."""

    def __init__(self, store, entries: int = 512, max_bytes: int = 4_000_000):
        self._store = store
        self._entries = entries
        self._max_bytes = max_bytes
        self._kept: OrderedDict[tuple, tuple[int, Rendered]] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return getattr(self._store, "generation", None) is not None

    def generation(self) -> int | None:
        return getattr(self._store, "generation", None)

    def get(self, key: tuple) -> Rendered | None:
        now = self.generation()
        if now is None:
            return None
        with self._lock:
            kept = self._kept.get(key)
            if kept is None:
                return None
            if kept[0] != now:
                del self._kept[key]
                return None
            self._kept.move_to_end(key)
            return kept[1]

    def put(self, key: tuple, generation: int | None, rendered: Rendered) -> None:
        """Keep an answer computed from data of `generation` (read before the query ran)."""
        if generation is None or len(rendered.body) > self._max_bytes:
            return
        with self._lock:
            self._kept[key] = (generation, rendered)
            self._kept.move_to_end(key)
            while len(self._kept) > self._entries:
                self._kept.popitem(last=False)


class EventCache:
    """Stored events by id, with their JSON, for a store with a `generation` (see above): a page is
    then one query for its ids, and only the events not seen since the last write are read whole."""

    def __init__(self, store, entries: int = 50_000):
        self._store = store
        self._entries = entries
        self._kept: OrderedDict[str, tuple[Any, bytes]] = OrderedDict()
        self._generation: int | None = None
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return getattr(self._store, "generation", None) is not None and hasattr(self._store, "page_ids")

    def events(self, ids: list[str], read: Callable[[list[str]], list], render: Callable[[Any], bytes]):
        """(event, its JSON) for each id, in order; `read` fetches the missing ones from the store.
        An id the store no longer holds (deleted meanwhile) is left out."""
        generation = self._store.generation
        with self._lock:
            if generation != self._generation:
                self._kept.clear()
                self._generation = generation
            found = {i: self._kept[i] for i in ids if i in self._kept}
        missing = [i for i in ids if i not in found]
        if missing:
            fresh = {e.id: (e, render(e)) for e in read(missing)}
            found.update(fresh)
            with self._lock:
                if self._generation == generation:
                    self._kept.update(fresh)
                    while len(self._kept) > self._entries:
                        self._kept.popitem(last=False)
        return [found[i] for i in ids if i in found]
