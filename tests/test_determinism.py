"""The same input gives the same events in every run: event ids hash the place and the date, so a
choice that depended on set order (Python salts str hashes per process) would make a re-ingest store
a second copy of an event. Each run below is a fresh interpreter with another hash seed."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "src" / "eventwire" / "samples" / "batch.jsonl"

# Ambiguous names in slots that fuzzy-match provinces of several countries, written for this test.
SLOTS = (
    "BOGOTA, 4 MAY 90 (EFE) -- GUERRILLAS BLEW UP A POWER PYLON NEAR PALACIOS (SANTANDER) YESTERDAY, "
    "THE ARMY SAID. A BOMB ALSO WENT OFF IN ARENA (META), DAMAGING A BRIDGE. CARACAS AND QUITO "
    "CONDEMNED THE ATTACKS.\n"
)


def _run(seed: int, tmp_path: Path) -> str:
    text_file = tmp_path / "slots.txt"
    text_file.write_text(SLOTS, encoding="utf-8")
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    script = (
        "import json, sys\n"
        "from eventwire.pipeline import Pipeline\n"
        "from eventwire.records import RawReport\n"
        "p = Pipeline()\n"
        "out = []\n"
        "for line in open(sys.argv[1], encoding='utf-8'):\n"
        "    r = json.loads(line)\n"
        "    out += [(e.id, e.location, e.latitude) for e in p.extract(r['text'], published=r.get('published'))]\n"
        "out += [(pl.name, pl.geonameid) for pl in p.places(open(sys.argv[2], encoding='utf-8').read())]\n"
        "print(json.dumps(out))\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(SAMPLES), str(text_file)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_events_and_places_do_not_depend_on_the_hash_seed(tmp_path):
    runs = {_run(seed, tmp_path) for seed in (0, 3, 11)}
    assert len(runs) == 1
    assert json.loads(runs.pop())       # something was coded at all


def test_a_province_named_alike_in_two_countries_is_chosen_whatever_order_the_countries_come_in():
    from collections import defaultdict

    from eventwire.geo import load_gazetteer
    from eventwire.geo.context_names import _closest_province
    from eventwire.geo.names import compact, norm

    gaz = load_gazetteer()
    by_cc = defaultdict(list)
    for row in gaz.admin1_rows.values():
        by_cc[gaz.cc[row]].append((compact(norm(gaz.name[row])), row))
    # Cordoba is a province of Argentina and a department of Colombia: an exact tie
    first = _closest_province("cordoba", ["AR", "CO"], by_cc)
    assert first[0] == 100.0
    assert _closest_province("cordoba", ["CO", "AR"], by_cc) == first
