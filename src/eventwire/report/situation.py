"""A situation report: what the stored events say about a place and a period, in the
shape an analyst writes one (totals and their change against the period before, the
mix of event types, where and who, the deadliest events with their source sentence,
and the day-by-day or week-by-week line).

`build_report` is pure: events in, a `SituationReport` out; `situation_report` reads
the store; the CLI prints. Weeks are ACLED's (Saturday to Friday).
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from typing import Any, Iterable, Mapping, Sequence

from ..dedup.across import acled_week
from ..records import Event

TOP = 5
DAILY_UP_TO = 31        # a period up to this many days gets a line per day, else per week
SENTENCE_CHARS = 240
UNKNOWN = "(unknown)"


@dataclass(frozen=True)
class Count:
    """Events and fatalities under one key (an event type, an area, an actor, a day)."""

    key: str
    events: int
    fatalities: int
    previous_events: int | None = None


@dataclass(frozen=True)
class Incident:
    event_id: str
    event_date: str | None
    place: str
    event_type: str
    sub_event_type: str
    actors: str
    fatalities: int
    sentence: str
    reports: int


@dataclass(frozen=True)
class SituationReport:
    scope: str
    date_from: date | None
    date_to: date | None
    previous_from: date | None
    previous_to: date | None
    events: int
    fatalities: int
    previous_events: int | None
    previous_fatalities: int | None
    undated: int
    by_type: list[Count] = field(default_factory=list)
    areas: list[Count] = field(default_factory=list)
    actors: list[Count] = field(default_factory=list)
    deadliest: list[Incident] = field(default_factory=list)
    timeline_unit: str = "day"
    timeline: list[Count] = field(default_factory=list)

    @property
    def days(self) -> int | None:
        if self.date_from is None or self.date_to is None:
            return None
        return (self.date_to - self.date_from).days + 1

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for name in ("date_from", "date_to", "previous_from", "previous_to"):
            value = data[name]
            data[name] = value.isoformat() if value else None
        data["days"] = self.days
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def to_markdown(self) -> str:
        return _markdown(self)


# -- pure helpers ----------------------------------------------------------------

def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _toll(event: Event) -> int:
    return int(event.fatalities or 0)


def report_period(events: Iterable[Event], date_from: date | str | None = None,
                  date_to: date | str | None = None) -> tuple[date | None, date | None]:
    """The period reported on: the dates given, else the first and last dated event."""
    dated = [d for d in (_day(e.event_date) for e in events) if d is not None]
    start = _day(str(date_from)) if date_from else (min(dated) if dated else None)
    end = _day(str(date_to)) if date_to else (max(dated) if dated else None)
    return start, end


def previous_period(date_from: date, date_to: date) -> tuple[date, date]:
    """The period of the same length just before [date_from, date_to]."""
    length = (date_to - date_from).days + 1
    return date_from - timedelta(days=length), date_from - timedelta(days=1)


def deadliest(events: Iterable[Event], n: int = TOP) -> list[Event]:
    """Events with deaths, most first; ties: the earlier, then by id, so the order is stable."""
    killed = [e for e in events if _toll(e) > 0]
    return sorted(killed, key=lambda e: (-_toll(e), e.event_date or "9999", e.id))[:n]


def _place(event: Event) -> str:
    parts: list[str] = []
    for part in (event.location, event.admin1, event.country):
        if part and part not in parts:
            parts.append(part)
    return ", ".join(parts) or UNKNOWN


def _counts(pairs: Iterable[tuple[str, Event]], n: int | None) -> list[Count]:
    events: Counter = Counter()
    deaths: Counter = Counter()
    for key, event in pairs:
        events[key] += 1
        deaths[key] += _toll(event)
    ranked = sorted(events, key=lambda k: (-events[k], -deaths[k], k))
    return [Count(k, events[k], deaths[k]) for k in (ranked if n is None else ranked[:n])]


def _actors(event: Event) -> Iterable[str]:
    """Who acted: actor1 and actor2, each once; civilians are the targets, not actors."""
    seen = []
    for name in (event.actor1, event.actor2):
        if name and not name.startswith("Civilians") and name not in seen:
            seen.append(name)
    return seen


def _timeline(events: Sequence[Event], date_from: date, date_to: date) -> tuple[str, list[Count]]:
    weekly = (date_to - date_from).days + 1 > DAILY_UP_TO
    start = acled_week(date_from) if weekly else date_from
    step = timedelta(days=7 if weekly else 1)
    buckets: dict[date, list[int]] = {}
    day = start
    while day <= date_to:
        buckets[day] = [0, 0]
        day += step
    for event in events:
        when = _day(event.event_date)
        if when is None or not date_from <= when <= date_to:
            continue
        key = acled_week(when) if weekly else when
        buckets[key][0] += 1
        buckets[key][1] += _toll(event)
    return ("week" if weekly else "day"), [Count(k.isoformat(), n, f) for k, (n, f) in buckets.items()]


def build_report(
    events: Sequence[Event],
    previous: Sequence[Event] | None = None,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    scope: str = "all countries",
    reports: Mapping[str, int] | None = None,
    top: int = TOP,
) -> SituationReport:
    """The report on `events` (the period) against `previous` (the period before, or None).

    With no dates given the period runs from the first to the last dated event.
    `reports` is how many reports told each event (event id -> count), for the deadliest.
    """
    date_from, date_to = report_period(events, date_from, date_to)
    undated = sum(1 for e in events if _day(e.event_date) is None)
    prev_from = prev_to = None
    if date_from and date_to:
        prev_from, prev_to = previous_period(date_from, date_to)
    prev_types = Counter(e.event_type for e in previous or ())
    by_type = [replace(c, previous_events=prev_types.get(c.key, 0) if previous is not None else None)
               for c in _counts(((e.event_type or UNKNOWN, e) for e in events), None)]
    if previous is not None:   # types seen before and not now: the change matters too
        for kind in sorted(set(prev_types) - {c.key for c in by_type}):
            by_type.append(Count(kind, 0, 0, prev_types[kind]))
    areas = _counts(((", ".join(p for p in (e.admin1, e.country) if p) or UNKNOWN, e) for e in events), top)
    actors = _counts(((a, e) for e in events for a in _actors(e)), top)
    incidents = [
        Incident(
            event_id=e.id, event_date=e.event_date, place=_place(e), event_type=e.event_type,
            sub_event_type=e.sub_event_type, actors=" vs ".join(_actors(e)) or UNKNOWN, fatalities=_toll(e),
            sentence=_sentence(e.notes), reports=(reports or {}).get(e.id, 1),
        )
        for e in deadliest(events, top)
    ]
    unit, timeline = ("day", [])
    if date_from and date_to:
        unit, timeline = _timeline(events, date_from, date_to)
    return SituationReport(
        scope=scope, date_from=date_from, date_to=date_to, previous_from=prev_from, previous_to=prev_to,
        events=len(events), fatalities=sum(_toll(e) for e in events),
        previous_events=len(previous) if previous is not None else None,
        previous_fatalities=sum(_toll(e) for e in previous) if previous is not None else None,
        undated=undated, by_type=by_type, areas=areas, actors=actors, deadliest=incidents,
        timeline_unit=unit, timeline=timeline,
    )


def _sentence(notes: str) -> str:
    text = " ".join((notes or "").split())
    return text if len(text) <= SENTENCE_CHARS else text[: SENTENCE_CHARS - 1].rstrip() + "…"


# -- markdown ---------------------------------------------------------------------

def _plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n} {word if n == 1 else (words or word + 's')}"


def change(now: int, before: int | None) -> str:
    """'+3 (+50%)', '-2 (-40%)', 'no change', '+4 (none before)'."""
    if before is None:
        return "n/a"
    diff = now - before
    if diff == 0:
        return "no change"
    if before == 0:
        return f"+{diff} (none before)"
    return f"{diff:+d} ({diff / before:+.0%})"


def _long_date(day: date | str | None) -> str:
    if isinstance(day, str):
        day = _day(day)
    return f"{day.day} {day:%B %Y}" if day else "an unknown date"


def _lead(r: SituationReport) -> str:
    if r.date_from and r.date_to:
        span = f"From {_long_date(r.date_from)} to {_long_date(r.date_to)}"
    else:
        span = "In the stored reports"
    text = (f"{span}, eventwire recorded {_plural(r.events, 'event')} with "
            f"{_plural(r.fatalities, 'reported fatality', 'reported fatalities')} in {r.scope}")
    if r.previous_events is not None:
        if r.previous_events == r.events and r.previous_fatalities == r.fatalities:
            text += f", the same as in the previous {r.days} days."
        else:
            text += (f", against {_plural(r.previous_events, 'event')} and "
                     f"{_plural(r.previous_fatalities, 'fatality', 'fatalities')} in the previous {r.days} days.")
    else:
        text += "."
    present = [c for c in r.by_type if c.events]
    if present:
        top = present[0]
        text += f" The most frequent type was {top.key} ({top.events} of {r.events})."
    if r.deadliest:
        d = r.deadliest[0]
        text += (f" The deadliest event, on {_long_date(d.event_date)} in {d.place}, was coded "
                 f"{d.sub_event_type or d.event_type} with {_plural(d.fatalities, 'fatality', 'fatalities')}.")
    return text


def _table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(c).replace("|", "\\|") for c in row) + " |" for row in rows]
    return lines


def _markdown(r: SituationReport) -> str:
    if r.date_from and r.date_to:
        period = f"{r.date_from.isoformat()} to {r.date_to.isoformat()}"
    else:
        period = "all dates"
    out = [f"# Situation report: {r.scope}, {period}", "", _lead(r), ""]
    out += ["## Totals", ""]
    if r.previous_events is not None:
        prev = f"previous period ({r.previous_from.isoformat()} to {r.previous_to.isoformat()})"
        out += _table(("", "this period", prev, "change"), [
            ("events", r.events, r.previous_events, change(r.events, r.previous_events)),
            ("fatalities", r.fatalities, r.previous_fatalities, change(r.fatalities, r.previous_fatalities)),
        ])
    else:
        out += _table(("", "this period"), [("events", r.events), ("fatalities", r.fatalities)])
    if r.undated:
        out += ["", f"{_plural(r.undated, 'event')} had no resolved date."]
    if not r.events:
        return "\n".join(out + ["", "No events matched."]) + "\n"
    out += ["", "## By event type", ""]
    if r.previous_events is not None:
        out += _table(("event type", "events", "fatalities", "previous events", "change"),
                      [(c.key, c.events, c.fatalities, c.previous_events, change(c.events, c.previous_events))
                       for c in r.by_type])
    else:
        out += _table(("event type", "events", "fatalities"), [(c.key, c.events, c.fatalities) for c in r.by_type])
    out += ["", "## Where: top areas (admin1)", ""]
    out += _table(("area", "events", "fatalities"), [(c.key, c.events, c.fatalities) for c in r.areas])
    if r.actors:
        out += ["", "## Who: most active actors", ""]
        out += _table(("actor", "events", "fatalities"), [(c.key, c.events, c.fatalities) for c in r.actors])
    if r.deadliest:
        out += ["", "## Deadliest events", ""]
        for n, d in enumerate(r.deadliest, 1):
            told = f"; {d.reports} reports" if d.reports > 1 else ""
            out.append(f"{n}. **{d.event_date or 'undated'}, {d.place}**: {d.sub_event_type or d.event_type}, "
                       f"{_plural(d.fatalities, 'fatality', 'fatalities')} "
                       f"({d.actors}{told}; id {d.event_id})")
            if d.sentence:
                out.append(f"   > {d.sentence}")
    if r.timeline:
        out += ["", f"## {'Week by week (Saturday to Friday)' if r.timeline_unit == 'week' else 'Day by day'}", ""]
        out += _table((r.timeline_unit, "events", "fatalities"), [(c.key, c.events, c.fatalities) for c in r.timeline])
    return "\n".join(out) + "\n"
