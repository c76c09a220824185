"""A province named only by a compass point ("Northern", "North Western", "Sud-Ouest") is in many countries, and
the index may know only other countries' one: the known town named with it says which country. Every sentence is
written here, in the style of an ACLED note; on the packaged gazetteer."""
from __future__ import annotations

import pytest

from eventwire.geo import find_places, load_gazetteer
from eventwire.geo.containment import compass_name
from eventwire.records import Article


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def places(gaz, text):
    return {p.name: p for p in find_places(Article(id="t", text=text), gaz)}


@pytest.mark.parametrize("key, is_compass", [
    ("northern", True), ("north western", True), ("sud-ouest", True), ("centre-nord", True), ("upper west", True),
    ("helmand", False), ("north kivu", False), ("west bank", False), ("province", False),
])
def test_compass_names(key, is_compass):
    assert compass_name(key) == is_compass


@pytest.mark.parametrize("text, town, country", [
    ("On 3 May 2023, traders protested outside the district secretariat in Jaffna town (Northern).", "Jaffna",
     "Sri Lanka"),
    ("On 3 May 2023, a mob attacked shops in Kuliyapitiya town (Kurunegala, North Western).", "Kuliyapitiya",
     "Sri Lanka"),
    ("On 3 May 2023, separatists attacked a school in Buea town (Fako, Sud-Ouest).", "Buea", "Cameroon"),
])
def test_the_known_town_names_the_country_of_a_compass_province(gaz, text, town, country):
    found = places(gaz, text)
    assert found[town].country == country and found[town].geo_precision == 1


def test_a_district_in_brackets_named_like_a_town_abroad_keeps_the_province(gaz):
    found = places(gaz, "On 3 May 2023, militants ambushed soldiers in Qarqurzeyt (Bam, Centre-Nord).")
    assert found["Qarqurzeyt"].country == "Burkina Faso"


def test_a_province_of_one_country_still_places_a_foreign_namesake(gaz):
    found = places(gaz, "Fighting broke out in Lyon district (Helmand) on Monday.")
    assert found["Lyon"].country == "Afghanistan"
