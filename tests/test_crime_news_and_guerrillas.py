"""Killings by guerrillas and assassinations told beside court news are political violence, not crime
news (texts written for these tests)."""
from __future__ import annotations

from eventwire.pipeline import Pipeline

PIPE = Pipeline()

GUERRILLAS = (
    "LIMA, 3 FEB 89 (EFE) -- [TEXT] GUERRILLAS HAVE KILLED THE MAYOR OF A SMALL ANDEAN TOWN AND TWO PEASANTS, THE\n"
    "LOCAL PRESS REPORTED TODAY.\n\n"
    "   THE MAYOR'S TRIAL FOR FRAUD HAD BEEN DUE TO OPEN NEXT WEEK IN THE PROVINCIAL COURT.\n"
)
ASSASSINATION = (
    "BOGOTA, 1 OCT 89 -- [TEXT] A SUPERIOR COURT MAGISTRATE WAS ASSASSINATED THIS EVENING IN MEDELLIN.\n\n"
    "   THE MAGISTRATE HAD PRESIDED OVER SEVERAL TRIALS OF DRUG TRAFFICKERS.\n"
)
HOMICIDE = (
    "A man was shot dead outside a bar on Saturday, the sheriff said. Detectives said the victim and the "
    "suspect had argued earlier. The suspect pleaded not guilty in court on Monday."
)


def test_guerrillas_are_an_armed_agent_even_in_a_story_that_mentions_a_trial():
    assert [e.sub_event_type for e in PIPE.extract(GUERRILLAS, published="1989-02-03")] == ["Attack"]


def test_an_assassination_names_the_conflict_even_beside_court_news():
    events = PIPE.extract(ASSASSINATION, published="1989-10-01")
    assert [(e.sub_event_type, e.location) for e in events] == [("Attack", "Medellin")]


def test_a_homicide_in_crime_news_stays_no_event():
    assert PIPE.extract(HOMICIDE, published="2021-05-10") == []
