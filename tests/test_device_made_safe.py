"""A device made safe by a disposal team (written for these tests), as police in Britain and Ireland word it: a
disrupted weapons use, like a device defused."""
from __future__ import annotations

from eventwire.extraction.classify import classify_sentence


def test_a_pipe_bomb_made_safe_is_a_disrupted_weapons_use():
    found = classify_sentence("a viable pipe bomb left outside a house on tuesday night was made safe by army "
                              "technical officers, police said.", False, False)
    assert found is not None and found.sub_event_type == "Disrupted weapons use"
    found = classify_sentence("the device was rendered safe by the bomb squad.", False, False)
    assert found is not None and found.sub_event_type == "Disrupted weapons use"


def test_safe_in_other_senses_is_no_device():
    assert classify_sentence("the families were taken to a safe place and the roads made safe for traffic.",
                             False, False) is None
