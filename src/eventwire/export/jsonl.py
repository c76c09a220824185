"""JSONL: every field of every event, evidence included, one event per line."""
from __future__ import annotations

import json
from typing import IO, Iterable

from ..records import Event


def event_json(event: Event) -> str:
    return json.dumps(event.to_dict(), ensure_ascii=False)


def write_jsonl(events: Iterable[Event], fp: IO[str]) -> int:
    n = 0
    for event in events:
        fp.write(event_json(event))
        fp.write("\n")
        n += 1
    return n


def to_jsonl(events: Iterable[Event]) -> str:
    return "".join(event_json(e) + "\n" for e in events)
