"""Situation reports written from the stored events.

    store = eventwire.connect("events.duckdb", read_only=True)
    report = situation_report(store, EventQuery(country="Syria", date_from="2021-03-01", date_to="2021-03-14"))
    print(report.to_markdown())

`situation_report` reads the store (the period, the period of the same length
before it, how many reports told each of the deadliest events); everything it
says is worked out by the pure `build_report`.
"""
from __future__ import annotations

from dataclasses import replace

from ..store import EventQuery, Store
from .situation import (
    Count,
    Incident,
    SituationReport,
    build_report,
    change,
    deadliest,
    previous_period,
    report_period,
)

__all__ = [
    "situation_report",
    "build_report",
    "SituationReport",
    "Count",
    "Incident",
    "previous_period",
    "report_period",
    "deadliest",
    "change",
]


def _scope(q: EventQuery) -> str:
    parts = []
    for value in (q.country, q.admin1, q.event_type, q.sub_event_type):
        if value:
            parts.append(value if isinstance(value, str) else ", ".join(value))
    if q.actor:
        parts.append(f"actor '{q.actor}'")
    return "; ".join(parts) or "all countries"


def situation_report(store: Store, query: EventQuery | None = None, *, top: int = 5) -> SituationReport:
    """The situation report on the events `query` selects (its paging and sort are ignored).

    Without `date_from`/`date_to` the period runs from the first to the last matching
    event; the comparison is always with the period of the same length just before.
    """
    q = replace(query or EventQuery(), limit=None, offset=0, sort="event_date,id")
    events = store.query(q)
    date_from, date_to = report_period(events, q.date_from, q.date_to)
    previous = None
    if date_from and date_to:
        prev_from, prev_to = previous_period(date_from, date_to)
        previous = store.query(replace(q, date_from=prev_from, date_to=prev_to))
    reports = {e.id: len(store.sources(e.id)) for e in deadliest(events, top)}
    return build_report(events, previous, date_from=date_from, date_to=date_to, scope=_scope(q),
                        reports=reports, top=top)
