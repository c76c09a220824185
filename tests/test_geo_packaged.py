"""The packaged gazetteer (cities500 + admin names + countries) on a wire report in the
lowercased, tokenized form of the seed corpus. The report is written for this test."""
from __future__ import annotations

import math
from collections import Counter

import pytest

from eventwire.geo import find_places, load_gazetteer, resolve_name
from eventwire.records import Article

REPORT = (
    "amman ( reuters ) - government jets pounded rebel-held towns in syria s idlib province on monday , "
    "a war monitor said .\n"
    "residents of khan sheikhoun , jisr al-shaqour and saraqeb said the strikes hit markets .\n"
    "a farmer from jabal al zawya said he fled with his family .\n"
    "on the outskirts of jarjanaz , a school was damaged , and two people died near the town of kafr sajna .\n"
    "fighting also flared in northern hama province .\n"
)
# Where the places are (GeoNames coordinates of the towns, rounded).
TRUE = {
    "amman": (31.955, 35.945, "Jordan", "Amman"),
    "khan sheikhoun": (35.442, 36.651, "Syria", "Idlib"),
    "jisr al-shaqour": (35.814, 36.320, "Syria", "Idlib"),
    "saraqeb": (35.864, 36.806, "Syria", "Idlib"),
}
NOT_HELD = ("jabal al zawya", "jarjanaz", "kafr sajna")
IDLIB_PROVINCE = (35.75, 36.65)


def km(lat1, lon1, lat2, lon2):
    dlat, dlon = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    a = math.sin(dlat / 2) ** 2 + math.cos(math.radians(lat1)) * math.cos(math.radians(lat2)) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.fixture(scope="module")
def found(gaz):
    places = find_places(Article(id="r", text=REPORT, lowercased=True), gaz)
    for p in places:
        assert REPORT[p.start:p.end] == p.name
    return {p.name: p for p in places}


@pytest.mark.parametrize("name", sorted(TRUE))
def test_held_places_resolve_within_10_km(found, name):
    lat, lon, country, admin1 = TRUE[name]
    place = found[name]
    assert place.latitude is not None, place
    assert km(lat, lon, place.latitude, place.longitude) < 10, place
    assert place.country == country and place.admin1 == admin1
    assert place.geo_precision == 1


def test_provinces_are_admin1_with_precision_3(found):
    assert found["idlib"].is_admin1 and found["idlib"].geo_precision == 3
    assert found["hama"].is_admin1 and found["hama"].admin1 == "Hama"
    assert found["syria"].is_country and found["syria"].iso3 == "SYR"


@pytest.mark.parametrize("name", NOT_HELD)
def test_villages_not_held_are_places_never_a_wrong_town(found, name):
    place = found[name]
    if place.latitude is None:
        assert place.geonameid is None
    else:  # placed at the province named in the same sentence
        assert place.geo_precision == 3 and place.admin1 == "Idlib"
        assert km(*IDLIB_PROVINCE, place.latitude, place.longitude) < 60


def test_resolve_name_on_the_packaged_index(gaz):
    place = resolve_name("Saraqeb", gaz, country_hint="Syria")
    assert place is not None and place.admin1 == "Idlib" and place.country == "Syria"


def test_everyday_words_stay_words_in_lowercased_text(gaz):
    text = "in march , reading the news , the man said people were afraid of the army and police ."
    names = {p.name for p in find_places(Article(id="w", text=text, lowercased=True), gaz)}
    assert names == set()


def test_a_long_article_finds_every_repetition_of_each_place(gaz):
    """Speed is measured in bench/bench_geo.py, not asserted here; this checks that the pass over a
    long article misses no repetition: each name the lines give alone is found once per copy."""
    lines = REPORT.splitlines()
    alone = Counter(p.name for line in lines for p in find_places(Article(id="l", text=line, lowercased=True), gaz))
    article = Article(id="s", text="\n".join(lines * 50), lowercased=True)
    found = Counter(p.name for p in find_places(article, gaz))
    assert len(alone) >= 5 and found == Counter({name: 50 * n for name, n in alone.items()})


def test_a_city_beats_the_district_named_after_it(gaz):
    text = "Gunmen attacked a checkpoint outside Mosul, Iraq, and protesters marched in Paris."
    found = {p.name: p for p in find_places(Article(id="c", text=text), gaz)}
    mosul, paris = found["Mosul"], found["Paris"]
    assert mosul.feature_class == "P" and mosul.geonameid is not None and mosul.country == "Iraq"
    assert mosul.geo_precision == 2          # "outside Mosul": near the town
    assert paris.feature_code == "PPLC" and paris.country == "France" and paris.geo_precision == 1


def test_a_name_spelled_another_way_is_not_cut_to_a_small_foreign_town(gaz):
    text = "Clan militias battled near Balet Weyne town (Balet Weyne, Hiraan)."
    found = find_places(Article(id="b", text=text), gaz)
    first = found[0]
    assert first.name == "Balet Weyne"
    assert first.country == "Somalia" and km(first.latitude, first.longitude, 4.736, 45.204) < 10


def test_a_cued_near_spelling_needs_other_names_in_its_country(gaz):
    text = "Rebels killed three civilians in the village of Mbingi, near Mamove (Beni, Nord-Kivu)."
    found = {p.name: p for p in find_places(Article(id="m", text=text), gaz)}
    assert found["Mbingi"].country in (None, "Democratic Republic of Congo")
    assert found["Beni"].country == "Democratic Republic of Congo"


def test_countries_carry_acled_names_where_geonames_differs(gaz):
    found = {p.name: p for p in find_places(Article(id="p", text="Israeli forces raided Jenin in the West Bank and "
                                                                "police patrolled Prague."), gaz)}
    assert found["Jenin"].country == "Palestine"
    assert found["Prague"].country == "Czech Republic"
