"""Toponym recognition and resolution on a tiny GeoNames dump: cased and lowercased text,
transliteration variants, ambiguity from context, unknown names after cues, true offsets."""
from __future__ import annotations

import json
import math
import os
import subprocess
import sys

import pytest

from eventwire.geo import find_places, resolve_name
from eventwire.geo.gazetteer import save
from eventwire.records import Article

from test_geo_support import build_tiny


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return build_tiny(tmp_path_factory.mktemp("dump"))


def places_of(text, gaz, lowercased=False):
    places = find_places(Article(id="t", text=text, lowercased=lowercased), gaz)
    for p in places:
        assert text[p.start:p.end] == p.name
    return places


def by_name(places):
    return {p.name: p for p in places}


def km(p, lat, lon):
    dlat, dlon = math.radians(lat - p.latitude), math.radians(lon - p.longitude)
    a = math.sin(dlat / 2) ** 2 + math.cos(math.radians(lat)) * math.cos(math.radians(p.latitude)) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def test_cased_text_offsets_and_resolution(gaz):
    text = "AMMAN (Reuters) - Jets struck Saraqib and Khan Shaykhun in Syria's Idlib province on Sunday."
    found = by_name(places_of(text, gaz))
    assert set(found) >= {"AMMAN", "Saraqib", "Khan Shaykhun", "Syria", "Idlib"}
    assert found["AMMAN"].geonameid == 250441 and found["AMMAN"].country == "Jordan"
    assert found["Saraqib"].geonameid == 164816 and found["Saraqib"].admin1 == "Idlib"
    assert found["Saraqib"].geo_precision == 1 and found["Saraqib"].iso3 == "SYR"
    assert found["Syria"].is_country and found["Syria"].geo_precision == 3
    assert found["Idlib"].is_admin1 and found["Idlib"].geo_precision == 3


def test_lowercased_tokenized_text(gaz):
    text = "amman ( reuters ) - jets struck saraqib and khan shaykhun in northern syria , residents said ."
    found = by_name(places_of(text, gaz, lowercased=True))
    assert found["saraqib"].geonameid == 164816
    assert found["khan shaykhun"].geonameid == 168325
    assert found["amman"].geonameid == 250441
    assert "residents" not in found and "said" not in found


@pytest.mark.parametrize("spelling,gid", [
    ("Khan Sheikhoun", 168325), ("Jisr al-Shaqour", 169023), ("Saraqeb", 164816), ("Idleb", 169389),
    ("Jisr el-Shughour", 169023), ("Hamah", 170017),
])
def test_transliteration_variants_resolve(gaz, spelling, gid):
    text = f"Fighting was reported in Syria on Monday, when shells hit {spelling} after dawn."
    found = by_name(places_of(text, gaz))
    assert found[spelling].geonameid == gid, found


def test_city_or_province_from_the_words_around(gaz):
    found = places_of("Rebels attacked Hama province while the town of Homs was quiet.", gaz)
    hama, homs = found[0], found[1]
    assert hama.is_admin1 and hama.geo_precision == 3 and hama.admin1 == "Hama"
    assert homs.feature_class == "P" and homs.geonameid == 169577 and homs.geo_precision == 1
    plural = by_name(places_of("jets struck idlib and hama provinces in syria .", gaz, lowercased=True))
    assert plural["idlib"].is_admin1 and plural["hama"].is_admin1
    bare = by_name(places_of("Shelling killed two people in Hama, Syria, on Tuesday.", gaz))
    assert bare["Hama"].feature_class == "P" and bare["Hama"].geonameid == 170017


def test_georgia_and_paris_follow_the_country_focus(gaz):
    us = by_name(places_of("Police in Atlanta said storms hit Georgia and Paris, Texas overnight.", gaz))
    assert us["Georgia"].country == "United States" and us["Georgia"].is_admin1
    assert us["Paris"].geonameid == 4717560
    caucasus = by_name(places_of("Protesters gathered in Tbilisi, the capital of Georgia, on Friday.", gaz))
    assert caucasus["Georgia"].is_country and caucasus["Georgia"].iso3 == "GEO"
    france = by_name(places_of("Thousands marched in Paris against the reform on Saturday.", gaz))
    assert france["Paris"].country == "France" and km(france["Paris"], 48.8534, 2.3488) < 10


def test_everyday_words_and_people_are_not_places(gaz):
    text = "In March, Reading the report, Mr. Houston said Jordan Smith would visit Athens in Greece."
    names = {p.name for p in places_of(text, gaz)}
    assert "March" not in names and "Reading" not in names
    assert "Houston" not in names and "Jordan" not in names
    assert {"Athens", "Greece"} <= names
    athens = by_name(places_of(text, gaz))["Athens"]
    assert athens.country == "Greece"


def test_unknown_name_after_a_cue_stays_unresolved(gaz):
    text = "Two people were killed near the village of Kafr Zita, witnesses said."
    found = by_name(places_of(text, gaz))
    village = found["Kafr Zita"]
    assert village.geonameid is None and village.latitude is None and village.resolved_name is None


def test_unknown_name_with_its_province_named_goes_to_the_province(gaz):
    text = "jets struck the village of kafr zita in northern hama province on friday ."
    found = by_name(places_of(text, gaz, lowercased=True))
    village = found["kafr zita"]
    assert village.geonameid is None
    assert village.admin1 == "Hama" and village.geo_precision == 3 and village.country == "Syria"
    assert km(village, 35.2, 37.0) < 30     # the province's point, or the city it is centred on


def test_a_name_from_a_far_country_is_not_forced(gaz):
    # "saraqeb" is in Syria; an article about France does not make it French, nor drop it silently
    found = places_of("the mayor of paris visited the town of saraqeb in syria .", gaz, lowercased=True)
    names = by_name(found)
    assert names["saraqeb"].country == "Syria"


def test_resolve_name_helper(gaz):
    place = resolve_name("Jisr al-Shaqour", gaz, country_hint="Syria")
    assert place is not None and place.geonameid == 169023 and place.admin1 == "Idlib"
    assert resolve_name("Georgia", gaz, country_hint="US").is_admin1
    assert resolve_name("Georgia", gaz, country_hint="GEO").is_country
    assert resolve_name("Nowhereville", gaz) is None


def test_places_cli_prints_one_object_per_document(gaz, tmp_path):
    index = tmp_path / "g.idx"
    save(gaz, index)
    batch = tmp_path / "batch.jsonl"
    docs = [{"id": "d1", "text": "Shelling hit Saraqeb, Syria."}, {"id": "d2", "text": "Nothing here."}]
    batch.write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    plain = tmp_path / "report.txt"
    plain.write_text("AMMAN (Reuters) - Jordan closed its border.", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "eventwire.cli.main", "places", str(batch), str(plain),
                          "--gazetteer", str(index)], capture_output=True, text=True, timeout=120,
                         env=dict(os.environ))
    assert run.returncode == 0, run.stderr
    out = [json.loads(line) for line in run.stdout.splitlines()]
    assert [o["id"] for o in out] == ["d1", "d2", "report.txt"]
    first = out[0]["toponyms"][0]
    assert docs[0]["text"][first["start"]:first["end"]] == first["name"] == "Saraqeb"
    assert first["geonameid"] == 164816 and abs(first["latitude"] - 35.86) < 0.01
    assert out[1]["toponyms"] == []
    assert {t["name"] for t in out[2]["toponyms"]} == {"AMMAN", "Jordan"}
