"""People's names in text without case are not places: one sense per discourse.

Every sentence is written here, in wire style, and read in three forms: cased, ALL CAPS,
and lowercased tokenized. On the packaged gazetteer (Galan, Flores, Valencia, Cristiani are towns)."""
from __future__ import annotations

import re

import pytest

from eventwire.geo import find_places, load_gazetteer
from eventwire.geo.persons import caseless_person_keys, given_names
from eventwire.geo.find import tokenize
from eventwire.normalize import is_caps_form
from eventwire.records import Article


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _tokenized(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"([.,;:!?()]|'s\b)", r" \1 ", text)).strip().lower()


FORMS = {
    "cased": lambda t: Article(id="t", text=t),
    "caps": lambda t: Article(id="t", text=t.upper(), caps=True),
    "lower": lambda t: Article(id="t", text=_tokenized(t), lowercased=True),
}


def names(gaz, form, text):
    return {p.name.lower() for p in find_places(FORMS[form](text), gaz) if p.feature_code != "DEMONYM"}


def keys_of(gaz, form, text):
    return caseless_person_keys(tokenize(FORMS[form](text).text.lower()), gaz)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("text, person, place", [
    ("Gunmen shot dead Colonel Rafael Valencia on a road near Soyapango. Valencia had commanded "
     "a garrison for ten years.", "valencia", "soyapango"),
    ("Police in Santa Tecla said Jorge Galan was kidnapped on Monday. Galan was driving to work.",
     "galan", "santa tecla"),
    ("Rebels killed a mayor in Usulutan. The body of the mayor was found later; Flores, a union "
     "leader, said Flores and his wife had fled.", "flores", "usulutan"),
    ("The Cristiani family left Santa Ana after the bombing. Cristiani said the army had done nothing.",
     "cristiani", "santa ana"),
    # a hero's name that names a group or a station
    ("Fighters of the Galan National Liberation Front burned a bus near Soyapango, Radio Galan reported.",
     "galan", "soyapango"),
    # streets and squares named for a person are inside another town
    ("A bomb went off at the corner of Galan and Soto streets in Santa Ana; another hit Flores Square.",
     "galan", "santa ana"),
    ("A bomb went off at the corner of Galan and Soto streets in Santa Ana; another hit Flores Square.",
     "flores", "santa ana"),
    # a surname that is also a given name; "in x's murder" is the person's
    ("Two teachers, Pedro Alvarez and Ricardo Miranda, were shot dead in Usulutan. "
     "Police found no clue in Miranda's murder.", "miranda", "usulutan"),
])
def test_person_is_not_a_place_without_case(gaz, form, text, person, place):
    found = names(gaz, form, text)
    if form != "cased":     # cased text keeps its own, capital-based reading of persons
        assert person not in found
    assert any(place in f for f in found)


@pytest.mark.parametrize("form", ["caps", "lower"])
def test_a_place_cue_keeps_the_town_even_when_a_person_shares_its_name(gaz, form):
    text = ("Judge Ernesto Valencia was shot dead. Troops moved into the town of Valencia on Friday "
            "and fought rebels in Valencia department.")
    found = names(gaz, form, text)
    assert "valencia" in found


@pytest.mark.parametrize("form", ["caps", "lower"])
def test_the_same_town_stays_a_place_when_no_one_is_named_after_it(gaz, form):
    text = "Rebels attacked a police post in Galan on Sunday and burned two trucks near Galan."
    assert "galan" in names(gaz, form, text)


def test_cues_found_on_tokens(gaz):
    t = _tokenized("Archbishop Arturo Rivera said the killers of Father Segundo Montes, a Jesuit priest, "
                   "were soldiers; Montes's body was found.")
    keys = caseless_person_keys(tokenize(t), gaz)
    assert {"rivera", "montes"} <= keys
    assert "soldiers" not in keys and "killers" not in keys


def test_given_names_hold_spanish_and_english_names():
    got = given_names()
    assert {"alfredo", "jose", "maria", "john", "mary"} <= got
    assert "the" not in got


def test_caps_form_is_detected_for_the_caps_fixture():
    assert is_caps_form(FORMS["caps"]("SOLDIERS KILLED TWO MEN IN THE TOWN ON MONDAY.").text)


@pytest.mark.parametrize("form", ["caps", "lower"])
def test_a_given_name_that_is_a_city_stays_the_city(gaz, form):
    text = "Party leader Santiago Ortega said soldiers had killed three students in Santiago on Friday."
    keys = keys_of(gaz, form, text)
    assert "ortega" in keys and "santiago" not in keys
    assert "santiago" in names(gaz, form, text)


@pytest.mark.parametrize("form", ["caps", "lower"])
def test_the_whole_name_before_a_role_apposition_is_the_persons(gaz, form):
    text = "Gunmen seized Luis de Jesus Galan Ortiz, the mayor of Chinameca, on Tuesday."
    keys = keys_of(gaz, form, text)
    assert {"galan", "ortiz"} <= keys and "chinameca" not in keys


def test_given_names_are_kept_and_read_back(tmp_path, monkeypatch):
    """The list kept beside the index is Faker's list; a stale file is replaced, not believed."""
    import marshal

    from eventwire.geo import persons

    kept = tmp_path / "given_names.marshal"
    kept.write_bytes(marshal.dumps({"version": "stale", "names": ["zzqx"]}))
    monkeypatch.setattr(persons, "NAMES_PATH", kept)
    persons.given_names.cache_clear()
    try:
        fresh = persons.given_names()
        assert "zzqx" not in fresh and fresh == persons._faker_given_names()
        assert marshal.loads(kept.read_bytes())["version"] != "stale"
        persons.given_names.cache_clear()
        assert persons.given_names() == fresh                 # read back from the file
    finally:
        persons.given_names.cache_clear()
