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
