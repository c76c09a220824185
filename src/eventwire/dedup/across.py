"""Two wire reports of one event (Reuters and AP on the same air strike) are one
ACLED event with two sources. This module decides, without touching the store,
whether a new event is one already stored, and folds the reports of one event
into a single event; `store/` loads the candidates and writes the result.

Matching is deliberately strict: merging two different events loses one for
good, while leaving a duplicate only counts an event twice. Two events match
when the type, the day, the place and the actors all agree:

- type: the same event_type; a generic sub-type (Attack, Armed clash) also
  matches an Explosions/Remote violence event, since the weapon names the event;
- day: within one day when both give the day (a night strike is dated either
  side of midnight), except demonstrations, which ACLED codes day by day; the
  same ACLED week (Saturday to Friday) when either gives only the week; never
  when either is undated or dated only to the month;
- place: the same country, and within 25 km when both have coordinates, unless
  both name different towns; otherwise the same location name, or the same
  admin1 when either is only placed in its province;
- actors: an empty or unidentified actor ("Unidentified Armed Group (Syria)")
  matches anything; two different named ones do not (nor civilians and a named group).
"""
from __future__ import annotations

import copy
from functools import lru_cache
import math
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable, Iterable, Sequence

from ..codebook import (
    BATTLES,
    EXPLOSIONS,
    PROTESTS,
    RIOTS,
    TIME_DAY,
    TIME_MONTH,
    TIME_WEEK,
    GEO_REGION,
    interaction_code,
)
from ..records import Event

MAX_KM = 25.0
MAX_DAYS = 1
# Sub-types that say only that violence happened; a report naming the weapon is more specific.
GENERIC_SUB_TYPES = frozenset({"Attack", "Armed clash", "Peaceful protest", "Other"})
_MORE_SPECIFIC = {"Excessive force against protesters": 2}
# Demonstrations are coded day by day (acled-conventions.md: events are atomic by day).
DAILY_TYPES = frozenset({PROTESTS, RIOTS})
# Actors a report names when it cannot say who: they match any actor. Civilians, protesters
# and rioters are kinds of actor, not unknown ones: "civilians" and a named armed group clash.
_GENERIC_ACTOR = re.compile(r"^unidentified\b")
_YEARS = re.compile(r"\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)")
SOURCE_SEPARATOR = "; "


# -- the parts of a match ------------------------------------------------------

@lru_cache(maxsize=65536)
def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def acled_week(day: date) -> date:
    """The Saturday that starts `day`'s ACLED week (Saturday to Friday)."""
    return day - timedelta(days=(day.weekday() - 5) % 7)


def _precision(event: Event) -> int:
    return event.time_precision or TIME_DAY


def dates_apart(a: Event, b: Event) -> str | None:
    da, db = _day(a.event_date), _day(b.event_date)
    if da is None or db is None:
        return "undated"
    pa, pb = _precision(a), _precision(b)
    if pa >= TIME_MONTH or pb >= TIME_MONTH:
        return "dated only to the month"
    if pa == TIME_WEEK or pb == TIME_WEEK:
        return None if acled_week(da) == acled_week(db) else "different weeks"
    gap = abs((da - db).days)
    if gap == 0:
        return None
    if a.event_type in DAILY_TYPES or b.event_type in DAILY_TYPES:
        return "demonstrations on different days"
    return None if gap <= MAX_DAYS else "more than a day apart"


@lru_cache(maxsize=65536)
def _norm(text: str | None) -> str:
    """'Al-Qa'im ' -> 'al qa im': case, accents and punctuation do not tell places apart."""
    if not text:
        return ""
    from unidecode import unidecode

    return " ".join(re.sub(r"[^a-z0-9]+", " ", unidecode(text).lower()).split())


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _has_point(e: Event) -> bool:
    return e.latitude is not None and e.longitude is not None


def _country_key(e: Event) -> str:
    return (e.iso3 or "").upper() or _norm(e.country)


def _same_country(a: Event, b: Event) -> bool:
    if a.iso3 and b.iso3:
        return a.iso3.upper() == b.iso3.upper()
    return bool(_norm(a.country)) and _norm(a.country) == _norm(b.country)


def _province_only(e: Event) -> bool:
    return not e.location or (e.geo_precision or 0) >= GEO_REGION


def places_apart(a: Event, b: Event) -> str | None:
    if not _same_country(a, b):
        return "different countries" if _country_key(a) and _country_key(b) else "no country"
    same_name = bool(_norm(a.location)) and _norm(a.location) == _norm(b.location)
    same_spot = same_name or (a.geonameid is not None and a.geonameid == b.geonameid)
    if _province_only(a) or _province_only(b):
        if same_spot:
            return None
        if _norm(a.admin1) and _norm(a.admin1) == _norm(b.admin1):
            return None
        return "different provinces" if a.admin1 and b.admin1 else "no place to compare"
    if same_spot:
        return None
    if _has_point(a) and _has_point(b):
        if a.geo_precision == 1 and b.geo_precision == 1:
            return "different towns"
        far = km_between(a.latitude, a.longitude, b.latitude, b.longitude)
        return None if far <= MAX_KM else f"{far:.0f} km apart"
    return "different places"


def _actor_key(name: str | None) -> str:
    return " ".join(_YEARS.sub(" ", (name or "").lower()).split())


def is_generic_actor(name: str | None) -> bool:
    key = _actor_key(name)
    return not key or bool(_GENERIC_ACTOR.match(key))


def _actor_fits(a: str, b: str) -> bool:
    return is_generic_actor(a) or is_generic_actor(b) or _actor_key(a) == _actor_key(b)


def _aligned(a: Event, b: Event) -> bool | None:
    """True: b's actors line up with a's as given; False: swapped (battles only); None: they clash."""
    if _actor_fits(a.actor1, b.actor1) and _actor_fits(a.actor2, b.actor2):
        return True
    if BATTLES in (a.event_type, b.event_type) and _actor_fits(a.actor1, b.actor2) and _actor_fits(a.actor2, b.actor1):
        return False
    return None


def actors_apart(a: Event, b: Event) -> str | None:
    return None if _aligned(a, b) is not None else "different actors"


def types_apart(a: Event, b: Event) -> str | None:
    if a.event_type == b.event_type:
        return None
    for x, y in ((a, b), (b, a)):
        if x.sub_event_type in ("Attack", "Armed clash") and y.event_type == EXPLOSIONS:
            return None
    return "different event types"


def why_apart(stored: Event, new: Event) -> str | None:
    """None when `new` reports the same event as `stored`, else the first reason they differ."""
    for test in (types_apart, dates_apart, places_apart, actors_apart):
        reason = test(stored, new)
        if reason is not None:
            return reason
    return None


def same_event(stored: Event, new: Event) -> bool:
    return why_apart(stored, new) is None


def candidate_window(event: Event) -> tuple[date, date] | None:
    """The dates a stored event may have to match `event` (what the store looks up): a day
    either side, and the whole ACLED week, for when either event gives only the week."""
    day = _day(event.event_date)
    if day is None or _precision(event) >= TIME_MONTH:
        return None
    week = acled_week(day)
    return min(day - timedelta(days=MAX_DAYS), week), max(day + timedelta(days=MAX_DAYS), week + timedelta(days=6))


# -- folding the reports of one event into one event ---------------------------

def _specificity(sub_event_type: str) -> int:
    if sub_event_type in GENERIC_SUB_TYPES:
        return 0
    return _MORE_SPECIFIC.get(sub_event_type, 1)


def counted_toll(event: Event) -> bool:
    """Whether the toll rests on a number in the report ("killing 12", "dozens"), not the
    3-or-10 default for deaths with no number ("killed people")."""
    words = [e.text for e in event.evidence if e.field == "fatalities"]
    if not words:
        return bool(event.fatalities)
    return any(any(ch.isdigit() for ch in w) or w.split()[0].lower() not in ("killed", "dead", "died", "killing")
               for w in words if w.strip())


def merged_toll(sources: Sequence[Event]) -> int | None:
    """ACLED's rule when sources disagree: the most conservative counted toll (a counted toll
    outranks a default), never a sum, since the reports count the same dead."""
    tolls = [s for s in sources if s.fatalities is not None]
    if not tolls:
        return None
    counted = [s.fatalities for s in tolls if counted_toll(s)]
    return min(counted) if counted else min(s.fatalities for s in tolls)


def join_sources(*names: str) -> str:
    """ACLED lists a merged event's sources joined by '; ', each once."""
    seen: list[str] = []
    for name in names:
        for part in (name or "").split(";"):
            part = part.strip()
            if part and part.lower() not in (s.lower() for s in seen):
                seen.append(part)
    return SOURCE_SEPARATOR.join(seen)


_PLACE_FIELDS = ("country", "iso", "iso3", "region", "admin1", "admin2", "admin3", "location", "latitude",
                 "longitude", "geo_precision", "geonameid")
_ACTOR_SIDES = {1: ("actor1", "assoc_actor_1", "inter1"), 2: ("actor2", "assoc_actor_2", "inter2")}


def _take_actor(kept: Event, side: int, new: Event, new_side: int) -> None:
    name, assoc, inter = _ACTOR_SIDES[side]
    n_name, n_assoc, n_inter = _ACTOR_SIDES[new_side]
    theirs = getattr(new, n_name)
    if not theirs:
        return
    if not getattr(kept, name) or (is_generic_actor(getattr(kept, name)) and not is_generic_actor(theirs)):
        setattr(kept, name, theirs)
        setattr(kept, inter, getattr(new, n_inter))
        setattr(kept, assoc, getattr(new, n_assoc) or getattr(kept, assoc))
    elif not getattr(kept, assoc) and getattr(new, n_assoc) and _actor_key(getattr(kept, name)) == _actor_key(theirs):
        setattr(kept, assoc, getattr(new, n_assoc))


def absorb(kept: Event, new: Event) -> None:
    """Fold one more report into `kept` (in place): the more specific type, named actors over
    generic ones, the more precise date and place. Text, spans and evidence stay the first
    report's, so they keep pointing into its article; the toll is settled over all reports."""
    if kept.event_type != new.event_type and new.event_type == EXPLOSIONS:
        kept.event_type, kept.sub_event_type, kept.disorder_type = new.event_type, new.sub_event_type, new.disorder_type
    elif kept.event_type == new.event_type and _specificity(new.sub_event_type) > _specificity(kept.sub_event_type):
        kept.sub_event_type = new.sub_event_type
    aligned = _aligned(kept, new)
    pairs = ((1, 2), (2, 1)) if aligned is False else ((1, 1), (2, 2))
    for side, new_side in pairs:
        _take_actor(kept, side, new, new_side)
    kept.interaction = interaction_code(kept.inter1, kept.inter2) if kept.inter1 is not None else kept.interaction
    if new.civilian_targeting and not kept.civilian_targeting:
        kept.civilian_targeting = new.civilian_targeting
    if new.event_date and _precision(new) < _precision(kept):
        kept.event_date, kept.time_precision, kept.date_text = new.event_date, new.time_precision, new.date_text
    better_place = _has_point(new) and (not _has_point(kept) or (new.geo_precision or 9) < (kept.geo_precision or 9))
    if better_place or (not kept.location and new.location):
        for name in _PLACE_FIELDS:
            setattr(kept, name, getattr(new, name))
    kept.source = join_sources(kept.source, new.source)
    kept.confidence = max(kept.confidence, new.confidence)


def merge_sources(sources: Sequence[Event], event_id: str | None = None) -> Event:
    """The one event that `sources` (in the order they were stored) report. Its id is
    `event_id` (the stored event's, which never changes) or the first report's."""
    if not sources:
        raise ValueError("merge_sources needs at least one report")
    merged = copy.copy(sources[0])       # absorb only sets fields: the reports stay as they were
    for other in sources[1:]:
        absorb(merged, other)
    merged.id = event_id or sources[0].id
    merged.fatalities = merged_toll(sources)
    return merged


# -- grouping a batch against what is stored (pure; the store does the I/O) ----------

SourceLoader = Callable[[str], list[Event]]


@dataclass
class Group:
    """One stored (or about to be stored) event and the reports behind it, oldest first.

    `sources` is None until needed: a stored candidate is matched on its merged event and
    its reports' article ids, and its reports are only read when one more joins it.
    """

    event_id: str
    sources: list[Event] | None = field(default_factory=list)
    event: Event | None = None       # the merged event as stored; recomputed when sources change
    article_ids: set[str] = field(default_factory=set)
    stored: bool = False
    changed: bool = False

    def refresh(self) -> None:
        self.article_ids = {s.article_id for s in self.sources or ()}
        self.event = merge_sources(self.sources, self.event_id) if self.sources else None


_CELL_DEGREES = 0.25            # latitude bands a little wider than MAX_KM
NEAR_DEGREES = 2 * _CELL_DEGREES   # the farthest in latitude a match is looked for (the next band)


def _cell(event: Event) -> int | None:
    return math.floor(event.latitude / _CELL_DEGREES) if _has_point(event) else None


def _slot(event: Event | None) -> tuple[str, int, int | None] | None:
    """Where a group is filed for lookup: country, day and latitude band (None: it can match nothing)."""
    if event is None or candidate_window(event) is None:
        return None
    return _country_key(event), _day(event.event_date).toordinal(), _cell(event)


def _days_to_search(event: Event) -> range:
    first, last = candidate_window(event)
    return range(first.toordinal(), last.toordinal() + 1)


def _types_may_match(a: Event, b: Event) -> bool:
    return a.event_type == b.event_type or EXPLOSIONS in (a.event_type, b.event_type)




class Grouper:
    """Assigns incoming events to groups: an existing one they match, or a new one.

    Two events of one report never join each other's group: `merge_within_article`
    already decided they are different events. `load_sources(event_id)` reads the
    reports of a stored group whose `sources` were left unread.
    """

    def __init__(self, groups: Iterable[Group] = (), load_sources: SourceLoader | None = None):
        self.groups: dict[str, Group] = {}
        self._load = load_sources
        self._slots: dict[tuple[str, int, int | None], list[Group]] = {}
        self._days: dict[tuple[str, int], list[Group]] = {}     # every band: for events with no point
        self._slot_of: dict[str, tuple[str, int, int | None] | None] = {}
        for group in groups:
            self.groups[group.event_id] = group
            self._file(group)

    def _file(self, group: Group) -> None:
        old, new = self._slot_of.get(group.event_id), _slot(group.event)
        if old == new and group.event_id in self._slot_of:
            return
        if old is not None:
            self._slots[old].remove(group)
            self._days[old[:2]].remove(group)
        if new is not None:
            self._slots.setdefault(new, []).append(group)
            self._days.setdefault(new[:2], []).append(group)
        self._slot_of[group.event_id] = new

    def _sources(self, group: Group) -> list[Event]:
        if group.sources is None:
            if self._load is None:
                raise ValueError(f"the reports of event {group.event_id} were not loaded")
            group.sources = list(self._load(group.event_id))
        return group.sources

    def _update(self, group: Group) -> None:
        group.changed = True
        group.refresh()
        self._file(group)

    def drop(self, article_ids: set[str], source_ids: set[str] = frozenset()) -> None:
        """Take out the reports of `article_ids` (re-coded or deleted) and sources re-sent under the same id."""
        for group in self.groups.values():
            if group.sources is None and not (group.article_ids & article_ids):
                continue       # the store reads up front every group a re-sent id touches
            sources = self._sources(group)
            kept = [s for s in sources if s.article_id not in article_ids and s.id not in source_ids]
            if len(kept) != len(sources):
                group.sources = kept
                self._update(group)

    def _best(self, event: Event) -> Group | None:
        if candidate_window(event) is None:
            return None
        country, day, cell = _country_key(event), _day(event.event_date), _cell(event)
        best, best_score = None, None
        for ordinal in _days_to_search(event):
            if cell is None:
                nearby = self._days.get((country, ordinal), ())
            else:    # a point matches a point in its band or the next ones, or a place with no point
                nearby = [g for band in (cell - 1, cell, cell + 1, None)
                          for g in self._slots.get((country, ordinal, band), ())]
            for group in nearby:
                current = group.event
                if (not _types_may_match(current, event) or event.article_id in group.article_ids
                        or not same_event(current, event)):
                    continue
                km = km_between(current.latitude, current.longitude, event.latitude, event.longitude) \
                    if _has_point(current) and _has_point(event) else MAX_KM
                score = (abs(ordinal - day.toordinal()), km, group.event_id)
                if best_score is None or score < best_score:
                    best, best_score = group, score
        return best

    def offer(self, event: Event, merge: bool = True) -> tuple[Group, bool]:
        """Place `event`; returns its group and whether it joined another report's event."""
        group = self.groups.get(event.id)          # the same id: the same event, re-sent
        if group is None and merge:
            group = self._best(event)
        if group is None:
            group = Group(event.id, sources=[event])
            self.groups[group.event_id] = group
            self._update(group)
            return group, False
        sources = self._sources(group)
        joined = any(s.article_id != event.article_id for s in sources)
        sources.append(event)
        self._update(group)
        return group, joined
