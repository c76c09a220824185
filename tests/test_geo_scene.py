"""The scene a wire story names with a place cue ("the town of X") stays the scene even when the gazetteer
does not know X, or knows the name only as another language's name for a far-off city: the dateline city is
where the story was filed, not a fallback for the scene. Articles written for this test."""
from __future__ import annotations

from eventwire.pipeline import Pipeline

PIPE = Pipeline()


def test_a_cued_town_the_gazetteer_reads_as_a_far_off_city_is_kept_by_name_not_replaced_by_the_dateline():
    text = ("BAMAKO, March 5 (AFP) - Gunmen on motorbikes killed four herders near the small Malian town of Boni "
            "on Thursday, a local official said.\n\nThe attackers also stole dozens of cattle, the official said.\n")
    events = PIPE.extract(text, published="2026-03-05")
    assert [(e.location, e.country) for e in events] == [("Boni", "Mali")]
    places = {p.name: p for p in PIPE.places(text)}
    assert places["Boni"].country != "Germany"       # not Bonn, whatever another language calls Bonn


def test_the_dateline_city_is_still_the_scene_when_the_story_names_no_other_place():
    text = ("BAMAKO, March 5 (AFP) - Gunmen on motorbikes killed four herders on Thursday, a local official said.\n")
    assert [e.location for e in PIPE.extract(text, published="2026-03-05")] == ["Bamako"]


def test_a_state_named_as_its_people_spell_it_is_the_countrys_province():
    text = ("PORT SUDAN, May 2 (Reuters) - Paramilitary fighters shelled a market in Sudan's Gezira state on "
            "Friday, killing five people, medics said.\n")
    places = {p.name: p for p in PIPE.places(text)}
    assert places["Gezira"].country == "Sudan" and places["Gezira"].is_admin1
    assert [e.location for e in PIPE.extract(text, published="2026-05-02")] != ["Port Sudan"]


def test_an_unknown_village_after_a_cue_keeps_its_whole_name_and_the_one_province_of_the_story():
    text = ("KHARTOUM, May 2 (Reuters) - Fighters looted shops in Sudan's Gezira state on Friday, residents said. "
            "They later burned homes in the village of Wad Ramli, a resident said.\n")
    village = next(p for p in PIPE.places(text) if p.name.startswith("Wad"))
    assert village.name == "Wad Ramli" and village.country == "Sudan" and village.geo_precision == 3


def test_a_set_phrase_is_no_place():
    lower = "two men shot the judge at point blank range on tuesday ."
    assert PIPE.places(lower) == []
    cased = "A gunman shot the mayor at point-blank range outside his home in Cuzco, police said."
    assert [p.name for p in PIPE.places(cased)] == ["Cuzco"]
    town = "Residents of Point Blank, Texas, said the storm hit on Monday."
    assert "Point Blank" in [p.name for p in PIPE.places(town)]      # the town itself, named as one


def test_a_name_after_a_religious_title_or_in_a_role_apposition_is_a_person():
    cased = "Gunmen wounded the nun Stanislaus Kowalski in San Miguel on Friday."
    assert [p.name for p in PIPE.places(cased)] == ["San Miguel"]
    caps = ("SAN SALVADOR, 4 MAY 89 (AFP) -- [TEXT] ANNA STANISLAUS KOWALSKA, A U.S.\nNUN, WAS WOUNDED TODAY "
            "WHEN GUNMEN FIRED ON HER CAR NEAR SAN MIGUEL.")
    assert [p.name for p in PIPE.places(caps)] == ["SAN SALVADOR", "SAN MIGUEL"]
    lower = "gunmen kidnapped sister stanislaus and two novices near zaragoza on tuesday ."
    assert "stanislaus" not in [p.name for p in PIPE.places(lower)]


def test_a_scene_named_by_its_area_word_but_unknown_blocks_the_dateline_and_takes_the_country():
    text = ("NAIROBI, May 4 (Reuters) - Police shot dead two protesters in Kenya's Zuzuland county on Sunday, "
            "witnesses said.\n")
    [event] = PIPE.extract(text, published="2026-05-04")
    assert (event.location, event.country, event.geo_precision) == ("Kenya", "Kenya", 3)
    told_as_state = "Islamic State fighters killed two soldiers on Sunday, the army said."
    assert [e.location for e in PIPE.extract("NAIROBI, May 4 (Reuters) - " + told_as_state,
                                             published="2026-05-04")] == ["Nairobi"]
