"""One toll told for a list of towns is shared among them, not counted in each.

"Guerrillas attacked police posts in A, B and C, killing 9 policemen": the sentence gives an event per town
(ACLED codes by place), but the nine dead are the round's, not each town's. ACLED splits such a toll between
the events it codes ("9 fatalities split between 3 events"), the remainder to the first; counting it in every
town would triple the dead.
"""
from __future__ import annotations

from ..records import Event
from .numbers import number_value


def _toll_span(event: Event) -> tuple[int, int] | None:
    """The one numbered toll the event's count rests on, when it has only that one and counts it whole (a toll
    already shared out, "the rest split among the posts", is left as it is)."""
    tolls = {(e.start, e.end, number_value(e.text)) for e in event.evidence if e.field == "fatalities"
             and number_value(e.text)}
    if len(tolls) != 1:
        return None
    start, end, value = next(iter(tolls))
    return (start, end) if value == event.fatalities else None


def split_listed_tolls(events: list[Event]) -> None:
    """Events of different towns whose counts rest on the same words of one toll share it evenly."""
    shared: dict[tuple[int, int], list[Event]] = {}
    for event in events:
        span = _toll_span(event)
        if span is not None and event.fatalities:
            shared.setdefault(span, []).append(event)
    for group in shared.values():
        if len(group) < 2 or len({e.location for e in group}) < len(group) \
                or len({e.fatalities for e in group}) != 1:
            continue
        share, extra = divmod(group[0].fatalities, len(group))
        for k, event in enumerate(group):
            event.fatalities = share + (1 if k < extra else 0)
