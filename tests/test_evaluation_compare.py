"""Value comparison rules of the evaluation README: names, actors, labels, distance, tolerance."""
from __future__ import annotations

import math

import pytest

from eventwire.evaluation.compare import (actor_match, fatalities_exact, fatalities_within_tolerance, haversine_km,
                                          norm_label, norm_name, same_label, same_place)


def test_name_normalisation_folds_accents_drops_parentheses_and_collapses_space():
    assert norm_name("Military Forces of Syria (2000-)") == "military forces of syria"
    assert norm_name("  Protesters   (Israel) ") == "protesters"
    assert norm_name("Côte d'Ivoire") == "cote d'ivoire"
    # nested parentheses go entirely, with the words between them kept apart
    assert norm_name("Militia (Pro-Government (Hadi)) of Abyan") == "militia of abyan"
    assert norm_name("São Paulo\t(Brazil)") == "sao paulo"
    assert norm_name(None) == ""


def test_label_comparison_ignores_case_and_whitespace_runs():
    assert norm_label("  Shelling/artillery/missile   ATTACK ") == "shelling/artillery/missile attack"
    assert same_label("Armed clash", "armed  clash")
    assert not same_label("Armed clash", "Attack")
    assert not same_label("", "")   # two empty labels are not "the same type"


@pytest.mark.parametrize("a, b, expected", [
    ("islamic state", "khorasan chapter of the islamic state", True),
    ("Khorasan Chapter of the Islamic State", "Islamic State (Afghanistan)", True),
    ("al", "military forces", False),
    ("al", "al shabaab", True),                 # whole word at the start
    ("shabaab", "al shabaab", True),
    ("state", "islamic statehood", False),      # not a whole word
    ("al", "al-shabaab", True),                 # punctuation separates words
    ("Protesters (Iraq)", "protesters, students", True),
    ("shabaa", "al-shabaab", False),
    ("Military Forces of Syria (2000-)", "military forces of syria", True),
    ("", "", True),
    ("", "Civilians (Nigeria)", False),
    ("(2000-)", "", True),                      # empty after normalisation
    ("Police Forces of Kenya", "Military Forces of Kenya", False),
])
def test_actor_match(a, b, expected):
    assert actor_match(a, b) is expected
    assert actor_match(b, a) is expected


def test_haversine_uses_the_mean_earth_radius():
    # one degree of longitude on the equator is R * pi / 180 with R = 6371.0088 km
    assert haversine_km((0.0, 0.0), (0.0, 1.0)) == pytest.approx(6371.0088 * math.pi / 180, rel=1e-12)
    assert haversine_km((48.85, 2.35), (48.85, 2.35)) == 0.0
    # antipodes: half the circumference
    assert haversine_km((0.0, 0.0), (0.0, 180.0)) == pytest.approx(6371.0088 * math.pi, rel=1e-12)


@pytest.mark.parametrize("gold, pred, expected", [
    (0, 0, True), (0, 1, True), (0, 2, False),
    (10, 8, True), (10, 12, True), (10, 7, False), (10, 13, False),
    (3, 4, True), (3, 2, True), (3, 5, False),    # max(1, 0.6) = 1
    (15, 18, True), (15, 19, False),              # 20 % of 15 is exactly 3
    (5, None, False), (0, None, False),           # null is never right
])
def test_fatalities_tolerance(gold, pred, expected):
    assert fatalities_within_tolerance(gold, pred) is expected


def test_fatalities_exact_needs_a_number():
    assert fatalities_exact(4, 4)
    assert not fatalities_exact(4, 5)
    assert not fatalities_exact(None, None)


def test_same_place_by_distance_or_by_names():
    haifa = {"latitude": 32.8184, "longitude": 34.9885, "admin1": "Haifa", "location": "Haifa"}
    near = {"latitude": 32.70, "longitude": 35.00, "admin1": "", "location": ""}      # about 13 km
    far = {"latitude": 32.08, "longitude": 34.78, "admin1": "Haifa", "location": "Haifa"}   # Tel Aviv, 84 km
    assert same_place(haifa, near)
    # with coordinates on both sides the names do not count
    assert not same_place(haifa, far)
    # without coordinates on one side: same non-empty admin1 or location after normalisation
    assert same_place(haifa, {"admin1": "HAIFA (District)", "location": ""})
    assert same_place(haifa, {"admin1": "", "location": "haifa"})
    assert not same_place({"admin1": "", "location": ""}, {"admin1": "", "location": ""})
