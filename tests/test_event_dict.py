"""Event.to_dict is dataclasses.asdict, built faster: the same dict for every event."""
from __future__ import annotations

from dataclasses import asdict

from eventwire.pipeline import default_pipeline
from eventwire.records import Event, Evidence


def test_to_dict_equals_asdict_on_coded_events():
    text = ("KABUL (Reuters) - Taliban fighters attacked a police checkpoint in Ghazni province on Monday, "
            "killing four officers, officials said. Police fired tear gas at protesters in Kabul.")
    events = default_pipeline().extract(text, published="2021-03-02")
    assert events
    for event in events:
        got = event.to_dict()
        assert got == asdict(event) and list(got) == list(asdict(event))
        assert got["evidence"] and isinstance(got["evidence"][0], dict)


def test_to_dict_falls_back_to_asdict_for_values_that_are_not_plain():
    event = Event(id="x", tags=["a", "b"], evidence=[Evidence("actor1", 0, 3, "abc")])   # a list where a str goes
    got = event.to_dict()
    assert got == asdict(event) and got["tags"] == ["a", "b"] and got["tags"] is not event.tags
    bare = Event(id="y")
    assert bare.to_dict() == asdict(bare) and bare.to_dict()["evidence"] == []
