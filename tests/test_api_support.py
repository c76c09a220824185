"""Known events for the API and browser tests, a server started as a real subprocess,
and the checks that the fixture data itself is sound (every evidence span points at
its words in the article text).

The reports below were written for these tests; the events are built directly, so the
API tests do not depend on what the extractor finds.
"""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import httpx

from eventwire.records import Article, Event, Evidence, Sentence, stable_id

ROOT = Path(__file__).resolve().parents[1]
EVENTWIRE = Path(sys.executable).with_name("eventwire")
TOKEN = "test-token-5f0c"


@dataclass
class Known:
    """One report and the event coded from its first sentence; `words` are field -> words in that sentence."""

    key: str
    published: str
    text: str
    event_date: str
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str
    location: str
    admin1: str
    country: str
    iso3: str
    latitude: float
    longitude: float
    fatalities: int
    words: dict[str, str]


KNOWN: tuple[Known, ...] = (
    Known("konduga", "2024-03-04",
          "MAIDUGURI, March 4 (Eventwire) - Suspected Boko Haram fighters attacked the village of Konduga on Sunday, "
          "killing 12 civilians, local officials said. Troops reached the village by nightfall.",
          "2024-03-03", "Violence against civilians", "Attack", "Boko Haram - Jamaatu Ahli is-Sunna lid-Dawati wal-Jihad",
          "Civilians (Nigeria)", "Konduga", "Borno", "Nigeria", "NGA", 11.65, 13.42, 12,
          {"actor1": "Boko Haram", "sub_event_type": "attacked", "location": "Konduga", "event_date": "on Sunday",
           "fatalities": "12"}),
    Known("idlib", "2024-03-06",
          "IDLIB, Syria, March 6 (Eventwire) - An air strike hit a market in Idlib on Tuesday, killing four people, "
          "rescue workers said. Residents blamed Russian jets.",
          "2024-03-05", "Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia (2000-)",
          "Civilians (Syria)", "Idlib", "Idlib", "Syria", "SYR", 35.93, 36.63, 4,
          {"sub_event_type": "air strike", "location": "Idlib", "event_date": "on Tuesday", "fatalities": "four"}),
    Known("nairobi-1", "2024-03-07",
          "NAIROBI, March 7 (Eventwire) - Hundreds of traders marched peacefully through central Nairobi on Thursday "
          "against a new market levy. Police watched from a distance.",
          "2024-03-07", "Protests", "Peaceful protest", "Protesters (Kenya)", "",
          "Nairobi", "Nairobi", "Kenya", "KEN", -1.2864, 36.8172, 0,
          {"actor1": "traders", "sub_event_type": "marched peacefully", "location": "Nairobi", "event_date": "on Thursday"}),
    Known("nairobi-2", "2024-03-08",
          "NAIROBI, March 8 (Eventwire) - Police fired tear gas at students protesting in Nairobi on Friday over "
          "tuition fees. Nobody was hurt, a student leader said.",
          "2024-03-08", "Protests", "Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya (2022-)",
          "Nairobi", "Nairobi", "Kenya", "KEN", -1.2864, 36.8172, 0,
          {"actor2": "Police", "actor1": "students", "sub_event_type": "fired tear gas", "location": "Nairobi",
           "event_date": "on Friday"}),
    Known("nairobi-3", "2024-03-09",
          "NAIROBI, March 9 (Eventwire) - Rioters burned tyres and threw stones at police in Nairobi on Saturday; "
          "two people died, hospital staff said.",
          "2024-03-09", "Riots", "Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2022-)",
          "Nairobi", "Nairobi", "Kenya", "KEN", -1.2864, 36.8172, 2,
          {"actor1": "Rioters", "actor2": "police", "sub_event_type": "threw stones", "location": "Nairobi",
           "event_date": "on Saturday", "fatalities": "two"}),
    Known("tumaco", "2024-03-13",
          "TUMACO, Colombia, March 13 (Eventwire) - ELN guerrillas clashed with soldiers near Tumaco on Tuesday, "
          "leaving five dead, the army said. The fighting lasted several hours.",
          "2024-03-12", "Battles", "Armed clash", "ELN: National Liberation Army",
          "Military Forces of Colombia (2022-)", "Tumaco", "Narino", "Colombia", "COL", 1.8067, -78.7647, 5,
          {"actor1": "ELN", "actor2": "soldiers", "sub_event_type": "clashed", "location": "Tumaco",
           "event_date": "on Tuesday", "fatalities": "five"}),
    Known("kharkiv", "2024-03-15",
          "KYIV, March 15 (Eventwire) - Russian artillery shelled a district of Kharkiv on Friday, killing three "
          "residents, the regional governor said.",
          "2024-03-15", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Russia (2000-)",
          "Civilians (Ukraine)", "Kharkiv", "Kharkiv", "Ukraine", "UKR", 49.9935, 36.2304, 3,
          {"actor1": "Russian artillery", "sub_event_type": "shelled", "location": "Kharkiv", "event_date": "on Friday",
           "fatalities": "three"}),
    Known("mandalay", "2024-03-20",
          "YANGON, March 20 (Eventwire) - Police in Mandalay arrested eleven activists on Wednesday, a rights group "
          "said.",
          "2024-03-20", "Strategic developments", "Arrests", "Police Forces of Myanmar (2021-)", "Civilians (Myanmar)",
          "Mandalay", "Mandalay", "Myanmar", "MMR", 21.9747, 96.0836, 0,
          {"actor1": "Police", "sub_event_type": "arrested", "location": "Mandalay", "event_date": "on Wednesday"}),
)


def _first_sentence(text: str) -> tuple[int, int]:
    end = text.index(". ") + 1 if ". " in text else len(text)
    return 0, end


def build(known: Known) -> tuple[Article, Event]:
    """The article and its one event, evidence as offsets into the article text."""
    article_id = stable_id(known.key, prefix="a")
    start, end = _first_sentence(known.text)
    article = Article(id=article_id, text=known.text, doc_id=f"doc-{known.key}", origin=f"tests/{known.key}.txt",
                      line=1, published=date.fromisoformat(known.published), title=f"Report {known.key}",
                      source="Eventwire", sentences=[Sentence(start, end)])
    evidence = []
    for field, words in known.words.items():
        at = known.text.index(words, start)
        evidence.append(Evidence(field, at, at + len(words), words))
    event = Event(
        id=stable_id(known.key, "event", prefix="e"), article_id=article_id, doc_id=article.doc_id,
        event_date=known.event_date, time_precision=1, date_resolved=True, event_type=known.event_type,
        sub_event_type=known.sub_event_type, disorder_type="Political violence", actor1=known.actor1,
        actor2=known.actor2, country=known.country, iso3=known.iso3, admin1=known.admin1, location=known.location,
        latitude=known.latitude, longitude=known.longitude, geo_precision=1, source="Eventwire",
        notes=known.text[start:end], fatalities=known.fatalities, sentence_start=start, sentence_end=end,
        confidence=0.9, coder="tests", evidence=evidence,
    )
    return article, event


def fill_store(path: Path) -> dict[str, Event]:
    """A DuckDB store at `path` holding the known events; returns them by key."""
    from eventwire.store import connect

    events = {}
    store = connect(str(path))
    try:
        for known in KNOWN:
            article, event = build(known)
            store.add(article, [event])
            events[known.key] = event
    finally:
        store.close()
    return events


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_server(db: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 30.0):
    """`eventwire serve` as a subprocess on a free loopback port; yields its base URL."""
    port = free_port()
    full_env = {k: v for k, v in os.environ.items() if k not in ("EVENTWIRE_TOKEN", "EVENTWIRE_TOKEN_FILE")}
    full_env.update(env or {})
    log = db.with_suffix(".serve.log")
    with open(log, "wb") as out:
        proc = subprocess.Popen([str(EVENTWIRE), "serve", "--db", str(db), "--port", str(port), *args],
                                stdout=out, stderr=subprocess.STDOUT, env=full_env, cwd=str(ROOT))
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"eventwire serve exited with {proc.returncode}:\n{log.read_text()}")
            try:
                if httpx.get(base + "/config", timeout=1.0).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"eventwire serve did not answer within {timeout}s:\n{log.read_text()}")
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# -- the fixture data is sound ------------------------------------------------

def test_every_evidence_span_points_at_its_words():
    for known in KNOWN:
        article, event = build(known)
        assert event.evidence, known.key
        for ev in event.evidence:
            assert article.text[ev.start:ev.end] == ev.text == known.words[ev.field]
            assert event.sentence_start <= ev.start < ev.end <= event.sentence_end


def test_known_events_use_codebook_types():
    from eventwire.codebook import is_valid

    for known in KNOWN:
        assert is_valid(known.event_type, known.sub_event_type), known.key
