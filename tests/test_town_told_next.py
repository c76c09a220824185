"""A lead that places an incident by its province, then a sentence retelling it that names the town (written for
these tests): the event takes the town; a town of another province, or a sentence telling an incident of its own,
leaves the province."""
from __future__ import annotations

from eventwire.pipeline import Pipeline

PIPE = Pipeline()


def _places(text: str, published: str) -> list[tuple]:
    return [(e.sub_event_type, e.location, e.geo_precision) for e in PIPE.extract(text, published=published)]


def test_the_town_told_after_a_province_lead_is_the_scene():
    text = ("JUBA (AP) - Armed youths raided cattle camps in South Sudan's Lakes state on Saturday, killing 12 "
            "herders, officials said Monday.\n\nThe attackers struck camps near the town of Rumbek before dawn, "
            "the state information minister said.\n")
    assert _places(text, "2026-06-29") == [("Attack", "Rumbek", 2)]


def test_a_sentence_not_retelling_the_incident_leaves_the_province():
    text = ("JUBA (AP) - Armed youths raided cattle camps in South Sudan's Lakes state on Saturday, killing 12 "
            "herders, officials said Monday.\n\nAid agencies have a base in the town of Rumbek, where the wounded "
            "were taken.\n")
    assert [p[1] for p in _places(text, "2026-06-29")] == ["Lakes"]
