"""A synthetic store of many events, for load tests of the API and the map.

    python bench/gen_events.py --db bench/results/synthetic.duckdb --events 100000

Each event comes with a short report of its own, written from templates here, and
evidence spans into it, so GET /events/{id} and the page's highlighting work on it
as on real data. Deterministic for a given --seed. The places are a fixed list of
towns with their coordinates, jittered a little so the map has to cluster.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from eventwire.codebook import DISORDER_TYPE, EVENT_TYPES
from eventwire.records import Article, Event, Evidence, Sentence, stable_id

# town, admin1, country, iso3, latitude, longitude
PLACES: tuple[tuple[str, str, str, str, float, float], ...] = (
    ("Maiduguri", "Borno", "Nigeria", "NGA", 11.846, 13.160),
    ("Kaduna", "Kaduna", "Nigeria", "NGA", 10.523, 7.438),
    ("Lagos", "Lagos", "Nigeria", "NGA", 6.455, 3.394),
    ("Idlib", "Idlib", "Syria", "SYR", 35.930, 36.634),
    ("Aleppo", "Aleppo", "Syria", "SYR", 36.202, 37.134),
    ("Deir ez-Zor", "Deir ez-Zor", "Syria", "SYR", 35.336, 40.141),
    ("Nairobi", "Nairobi", "Kenya", "KEN", -1.286, 36.817),
    ("Mombasa", "Mombasa", "Kenya", "KEN", -4.043, 39.668),
    ("Tumaco", "Narino", "Colombia", "COL", 1.807, -78.765),
    ("Cucuta", "Norte de Santander", "Colombia", "COL", 7.894, -72.508),
    ("Kharkiv", "Kharkiv", "Ukraine", "UKR", 49.994, 36.230),
    ("Kherson", "Kherson", "Ukraine", "UKR", 46.636, 32.617),
    ("Mandalay", "Mandalay", "Myanmar", "MMR", 21.975, 96.084),
    ("Sagaing", "Sagaing", "Myanmar", "MMR", 21.880, 95.979),
    ("Goma", "North Kivu", "Democratic Republic of Congo", "COD", -1.679, 29.222),
    ("Bunia", "Ituri", "Democratic Republic of Congo", "COD", 1.566, 30.252),
    ("Mogadishu", "Banadir", "Somalia", "SOM", 2.046, 45.318),
    ("Khartoum", "Khartoum", "Sudan", "SDN", 15.501, 32.560),
    ("El Fasher", "North Darfur", "Sudan", "SDN", 13.629, 25.350),
    ("Gao", "Gao", "Mali", "MLI", 16.272, -0.044),
    ("Ouagadougou", "Centre", "Burkina Faso", "BFA", 12.371, -1.520),
    ("Kabul", "Kabul", "Afghanistan", "AFG", 34.528, 69.172),
    ("Peshawar", "Khyber Pakhtunkhwa", "Pakistan", "PAK", 34.008, 71.578),
    ("Port-au-Prince", "Ouest", "Haiti", "HTI", 18.594, -72.307),
    ("Culiacan", "Sinaloa", "Mexico", "MEX", 24.809, -107.394),
    ("Manila", "Metro Manila", "Philippines", "PHL", 14.599, 120.984),
    ("Dhaka", "Dhaka", "Bangladesh", "BGD", 23.810, 90.413),
    ("Sanaa", "Sanaa", "Yemen", "YEM", 15.369, 44.191),
    ("Tripoli", "Tripoli", "Libya", "LBY", 32.887, 13.191),
    ("Bamenda", "North-West", "Cameroon", "CMR", 5.960, 10.146),
)

# event type -> (actor1 words, actor1 name, verb, actor2 words, actor2 name)
SCENES: dict[str, tuple[tuple[str, str, str, str, str], ...]] = {
    "Battles": (("Rebel fighters", "Rebel group", "clashed with", "government troops", "Military Forces"),
                ("Militiamen", "Communal militia", "fought", "soldiers", "Military Forces")),
    "Explosions/Remote violence": (("Warplanes", "Military Forces", "bombed", "residents", "Civilians"),
                                   ("Insurgents", "Rebel group", "detonated a roadside bomb near", "a patrol", "Police Forces")),
    "Violence against civilians": (("Gunmen", "Unidentified Armed Group", "attacked", "villagers", "Civilians"),
                                   ("Militants", "Rebel group", "abducted", "farmers", "Civilians")),
    "Protests": (("Demonstrators", "Protesters", "marched against", "rising prices", ""),
                 ("Students", "Protesters", "rallied against", "tuition fees", "")),
    "Riots": (("Rioters", "Rioters", "threw stones at", "police", "Police Forces"),
              ("A mob", "Rioters", "torched", "a police post", "Police Forces")),
    "Strategic developments": (("Police", "Police Forces", "arrested", "activists", "Civilians"),
                               ("Soldiers", "Military Forces", "seized", "a weapons cache", "")),
}
WORD_NUMBERS = ("no one", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def make_event(n: int, rng: random.Random, start: date, days: int) -> tuple[Article, Event]:
    town, admin1, country, iso3, lat, lon = rng.choice(PLACES)
    event_type = rng.choice(tuple(SCENES))
    sub_event_type = rng.choice(EVENT_TYPES[event_type])
    a1_words, a1_name, verb, a2_words, a2_name = rng.choice(SCENES[event_type])
    day = start + timedelta(days=rng.randrange(days))
    violent = event_type not in ("Protests", "Strategic developments")
    fatalities = min(int(rng.expovariate(0.35)), 60) if violent else 0
    toll = WORD_NUMBERS[fatalities] if fatalities < len(WORD_NUMBERS) else str(fatalities)
    head = f"{town.upper()}, {day:%B} {day.day} (Synthetic Wire) - "
    body = f"{a1_words} {verb} {a2_words} in {town} on {day:%A}, leaving {toll} dead, officials said."
    text = head + body + f" Report number {n} of a generated set."
    sentence_end = len(head) + len(body)
    evidence = []
    for field, words in (("actor1", a1_words), ("sub_event_type", verb), ("actor2", a2_words),
                         ("location", town), ("event_date", f"on {day:%A}"), ("fatalities", toll)):
        at = text.find(words, len(head))
        if at >= 0:
            evidence.append(Evidence(field, at, at + len(words), words))
    article_id = stable_id("synthetic", str(n), prefix="a")
    article = Article(id=article_id, text=text, doc_id=f"syn-{n}", origin="bench/gen_events.py", line=n,
                      published=day + timedelta(days=1), title=f"Synthetic report {n}", source="Synthetic Wire",
                      sentences=[Sentence(0, sentence_end)])
    event = Event(
        id=stable_id("synthetic", str(n), "event", prefix="e"), article_id=article_id, doc_id=article.doc_id,
        event_date=day.isoformat(), time_precision=1, date_resolved=True, disorder_type=DISORDER_TYPE[event_type],
        event_type=event_type, sub_event_type=sub_event_type, actor1=f"{a1_name} ({country})",
        actor2=f"{a2_name} ({country})" if a2_name else "", iso3=iso3, country=country, admin1=admin1,
        location=town, latitude=round(lat + rng.uniform(-0.25, 0.25), 4), longitude=round(lon + rng.uniform(-0.25, 0.25), 4),
        geo_precision=1, source="Synthetic Wire", notes=text[:sentence_end], fatalities=fatalities,
        sentence_start=0, sentence_end=sentence_end, confidence=round(rng.uniform(0.5, 1.0), 2),
        coder="bench/gen_events", evidence=evidence,
    )
    return article, event


def generate(db: Path, events: int, seed: int = 5, start: date = date(2023, 1, 1), days: int = 730,
             batch: int = 5000) -> float:
    """Write `events` synthetic events to a new store at `db`; returns the seconds it took."""
    from eventwire.store import connect

    if db.exists():
        db.unlink()
    db.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    began = time.perf_counter()
    store = connect(str(db))
    try:
        for first in range(0, events, batch):
            items = []
            for n in range(first, min(first + batch, events)):
                article, event = make_event(n, rng, start, days)
                items.append((article, [event]))
            store.add_batch(items, coder="bench/gen_events", merge=False)   # synthetic events stay apart
            print(f"\r{min(first + batch, events):>8} / {events} events", end="", file=sys.stderr, flush=True)
        print(file=sys.stderr)
        stored = store.count()
        if stored != events:
            raise RuntimeError(f"{db}: the store holds {stored} events, {events} were generated")
    finally:
        store.close()
    return time.perf_counter() - began


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="bench/results/synthetic.duckdb", help="store to (re)create")
    parser.add_argument("--events", type=int, default=100_000, help="how many events (default 100000)")
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args(argv)
    seconds = generate(Path(args.db), args.events, args.seed)
    size = Path(args.db).stat().st_size / 1e6
    print(f"wrote {args.events} events to {args.db} ({size:.0f} MB) in {seconds:.1f}s")


if __name__ == "__main__":
    main()
