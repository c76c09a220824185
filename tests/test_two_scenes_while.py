"""Two protests told in one sentence joined by "while", the second at a region's town the gazetteer may not know
(written for these tests): two events; "while in custody" and "while on patrol" still tell one."""
from __future__ import annotations

from eventwire.pipeline import Pipeline

PIPE = Pipeline()


def test_while_in_the_south_opens_a_second_scene():
    text = ("LIMA, Jan 14 (Reuters) - Thousands of teachers marched peacefully through central Lima on Tuesday to "
            "demand higher pay, while in the south police used tear gas to clear protesters blocking a highway near "
            "the town of Chala, the interior ministry said.\n")
    coded = sorted((e.sub_event_type, e.location) for e in PIPE.extract(text, published="2026-01-14"))
    assert coded == [("Peaceful protest", "Lima"), ("Protest with intervention", "Chala")]


def test_while_in_custody_is_a_time_not_a_scene():
    text = ("LAGOS, Jan 14 (Reuters) - A protester died while in police custody in Lagos on Tuesday after officers "
            "beat him, his family said.\n")
    assert len(PIPE.extract(text, published="2026-01-14")) == 1
