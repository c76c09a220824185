"""Several places named as the scenes of one sentence's violence in a wire story: one event each
(texts written for these tests)."""
from __future__ import annotations

from eventwire.pipeline import Pipeline

PIPE = Pipeline()


def _story(news: str) -> str:
    return ("LIMA, 12 MAR 90 (EFE) -- [TEXT] " + news + "\n\n"
            "   THE INTERIOR MINISTRY GAVE NO FURTHER DETAILS.\n\n"
            "   OFFICIALS SAID SECURITY WOULD BE REINFORCED IN THE REGION.\n\n"
            "   THE GOVERNMENT HAS DECLARED A STATE OF EMERGENCY IN SEVERAL PROVINCES.\n\n"
            "   TRANSPORT SERVICES WERE SUSPENDED, A SPOKESMAN SAID.\n\n"
            "   SCHOOLS WILL REOPEN ON MONDAY.\n")


def _places(news: str) -> list[str]:
    return sorted(e.location.lower() for e in PIPE.extract(_story(news), published="1990-03-12")
                  if e.sub_event_type == "Looting/property destruction")


def test_sabotage_in_three_listed_towns_is_three_events():
    places = _places("GUERRILLAS DESTROYED SEVERAL POWER PYLONS IN HUARAZ, CHIMBOTE AND CASMA YESTERDAY.")
    assert places == ["casma", "chimbote", "huaraz"]


def test_towns_named_before_a_plural_place_noun_are_listed_too():
    places = _places("REBELS BURNED THREE BUSES IN THE HUANCAYO AND HUANTA DISTRICTS YESTERDAY.")
    assert places == ["huancayo", "huanta"]


def test_a_road_between_two_towns_is_one_scene():
    places = _places("GUERRILLAS DESTROYED A BRIDGE ON THE ROAD BETWEEN HUANCAYO AND AYACUCHO YESTERDAY.")
    assert len(places) == 1


def test_a_coders_note_naming_two_towns_stays_one_event():
    events = PIPE.extract("On 12 March 1990, rebels destroyed power pylons in Huancayo and Ayacucho.",
                          published="1990-03-12")
    assert len(events) == 1


def test_a_short_dated_wire_lists_its_scenes_too():
    text = ("LIMA, 12 MAR 90 (EFE) -- [TEXT] REBELS BURNED PUBLIC BUILDINGS IN QUELLOPAMPA, CHIMBOTE AND CASMA\n"
            "YESTERDAY, THE POLICE SAID.\n")
    places = sorted(e.location.lower() for e in PIPE.extract(text, published="1990-03-12"))
    assert {"chimbote", "casma"} <= set(places)


def _named(text: str, *names: str) -> list:
    from eventwire.records import Place
    return [Place(name=n, start=text.index(n), end=text.index(n) + len(n)) for n in names]


def test_a_list_opened_after_a_first_name_the_gazetteer_lacks_is_still_a_list():
    from eventwire.extraction.place_lists import listed_scenes
    text = "rebels attacked public offices in quellopampa, jauja, tarma and huasahuasi on monday."
    places = _named(text, "jauja", "tarma", "huasahuasi")
    assert [p.name for p in listed_scenes(text, places)] == ["jauja", "tarma", "huasahuasi"]


def test_two_places_joined_by_from_and_to_are_no_list():
    from eventwire.extraction.place_lists import listed_scenes
    text = "rebels attacked a bus on the road from jauja to tarma on monday."
    assert listed_scenes(text, _named(text, "jauja", "tarma")) == []


def test_a_list_that_repeats_in_or_goes_on_with_other_towns_is_a_list():
    assert _places("GUERRILLAS DESTROYED SEVERAL POWER PYLONS IN HUARAZ AND IN CHIMBOTE YESTERDAY.") \
        == ["chimbote", "huaraz"]
    assert _places("REBELS BURNED BUSES IN HUARAZ, CASMA AND OTHER TOWNS YESTERDAY.") == ["casma", "huaraz"]


def test_a_town_and_its_district_named_with_a_comma_stay_one_scene():
    assert len(_places("REBELS BURNED THREE BUSES IN HUARAZ, ANCASH YESTERDAY.")) == 1


def test_two_deeds_each_with_its_own_town_are_two_events():
    places = _places("REBELS BURNED A BUS IN HUANCAYO AND DESTROYED A BRIDGE NEAR AYACUCHO YESTERDAY.")
    assert places == ["ayacucho", "huancayo"]


def test_a_deed_and_a_flight_towards_another_town_stay_one_event():
    places = _places("REBELS BURNED A BUS IN HUANCAYO AND FLED TOWARDS AYACUCHO YESTERDAY.")
    assert places == ["huancayo"]
