"""Days listed together for one deed give one event per day (ACLED: events are atomic by day); a span of
days, a night across two dates or a range stays one event."""
from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

PIPE = Pipeline()


def _days(text: str) -> list[str]:
    return sorted(e.event_date for e in PIPE.extract(text, published="2025-03-14"))


def test_two_days_listed_give_two_events():
    assert _days("Two aid workers were kidnapped on 10 and 11 March by gunmen in Gao, the UN said.") \
        == ["2025-03-10", "2025-03-11"]


def test_three_days_listed_give_three_events():
    assert _days("Rebels shelled the town of Beni on 3, 4 and 5 March, residents said.") \
        == ["2025-03-03", "2025-03-04", "2025-03-05"]


@pytest.mark.parametrize("text", [
    "Fighting raged around Kidal between 2 and 4 March, the army said.",
    "Gunmen attacked a market in Gao on the night of 9 and 10 March, police said.",
    "Gunmen attacked a market in Gao on 9 March and 17 people were killed.",
])
def test_a_span_or_a_single_day_stays_one_event(text):
    assert len(_days(text)) == 1
