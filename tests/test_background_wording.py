"""Background in long articles (written for these tests): anniversaries, funerals, testimony to come, tallies over
a period, months of last year and incidents years old are no events of the day; the news told beside them is."""
from __future__ import annotations

from datetime import date

from eventwire.extraction.dates import find_dates
from eventwire.extraction.reportable import talk_about
from eventwire.extraction.triggers import find_triggers
from eventwire.pipeline import Pipeline

PIPE = Pipeline()


def _families(sentence: str) -> list[str | None]:
    low = sentence.lower()
    return [talk_about(low, t) for t in find_triggers(low)]


def test_a_month_of_last_year_is_dated_to_last_year():
    published = date(2026, 4, 23)
    found = find_dates("in april last year, jets struck the air base.", published)
    assert [(d.value, d.text) for d in found] == [(date(2025, 4, 15), "in april last year")]
    assert find_dates("in march of last year, gunmen attacked the town.", published)[0].value == date(2025, 3, 15)
    assert find_dates("last april, gunmen attacked the town.", published)[0].value == date(2025, 4, 15)
    assert find_dates("in march, fighters stormed a camp.", published)[0].value == date(2026, 3, 15)


def test_the_incident_an_anniversary_recalls_is_no_event():
    assert _families("Relatives marked the fifth anniversary of the massacre in the village on Sunday.") \
        == ["recollection"]
    assert "recollection" in _families("Hundreds attended a vigil for the victims of the bombing of the market.")


def test_a_funeral_recalls_the_killing_unless_it_gives_the_killing_s_day():
    assert set(_families("Thousands attended the funeral of the nine soldiers killed in an ambush near the border.")) \
        == {"recollection"}
    assert _families("Ministers attended the funeral of the three priests who were killed on Thursday.") == [None]
    assert _families("A suicide bomber blew himself up at a funeral in the town on Sunday, killing 12 mourners.") \
        [:1] == [None]


def test_testimony_to_come_tells_of_the_past():
    assert "modal" in _families("Witnesses are expected to describe how fighters burned homes and shops.")


def test_a_tally_over_a_period_is_no_incident_though_the_report_has_a_day():
    assert "aggregate" in _families("The army killed 1,200 civilians in the first half of the year, most of them in "
                                    "air strikes on villages, the UN said in a report on Friday.")
    assert "aggregate" in _families("The report said the army had carried out more than 500 air strikes since "
                                    "January.")
    assert _families("The army carried out air strikes on the town on Friday, killing 12 people.")[:1] == [None]


LEAD = ("ABUJA, April 15 (Reuters) - Gunmen kidnapped 18 worshippers from a church in Kaduna state on Sunday, police "
        "said.")


def _coded(*paragraphs: str) -> list[tuple]:
    text = "\n\n".join((LEAD,) + paragraphs + ("Police said officers were searching the forests nearby.",)) + "\n"
    return [(e.event_date, e.sub_event_type) for e in PIPE.extract(text, published="2026-04-15")]


def test_an_incident_years_old_is_no_news_even_told_first():
    text = ("ABUJA, April 15 (Reuters) - Parents gathered in the town of Chibok on Tuesday to demand the return of "
            "their daughters.\n\nBoko Haram fighters stormed the school in Chibok on the night of April 14, 2014 and "
            "seized 276 girls.\n\nThe parents said the government had forgotten them.\n\nOfficials did not "
            "comment.\n\nThe school has since been rebuilt.\n\nMany of the girls are still missing.\n")
    assert [e.event_date[:4] for e in PIPE.extract(text, published="2026-04-15")] == ["2026"]    # the parents


def test_a_witness_s_words_tell_no_incident_of_their_own():
    assert _coded("\"They came at night. They shot my brother and burned our house,\" said a 40-year-old farmer.",
                  "The farmer now lives in a camp in Kaduna.", "Officials did not comment.") \
        == [("2026-04-12", "Abduction/forced disappearance")]
    assert _coded("Gunmen burned ten houses in a nearby village on Monday, residents said.",
                  "Officials did not comment.", "The state has seen many such raids.") \
        == [("2026-04-12", "Abduction/forced disappearance"), ("2026-04-13", "Looting/property destruction")]


def test_the_day_a_process_was_begun_dates_no_killing():
    text = ("GUATEMALA CITY, Aug 1 (Reuters) - Gunmen shot dead a former ambassador in the capital, police said.\n\n"
            "The president said the killers wanted to destroy the democratic process begun on 14 January 1986.\n")
    assert [(e.event_date, e.sub_event_type) for e in PIPE.extract(text, published="2026-08-01")] \
        == [("2026-08-01", "Attack")]


def test_a_deal_that_ends_a_war_kills_no_one():
    text = ("ADDIS ABABA, Nov 9 (Reuters) - The government and the rebels signed a peace agreement in Nairobi on "
            "Saturday, ending a rebellion that has killed thousands of people, mediators said.\n")
    assert [(e.sub_event_type, e.fatalities) for e in PIPE.extract(text, published="2026-11-09")] == [("Agreement", 0)]


LONG_LEAD = ("MOGADISHU, Dec 2 (Reuters) - Al Shabaab fighters attacked an army base in the town of Jowhar on Tuesday, "
             "killing seven soldiers, a military officer said.\n\nThe fighters withdrew after two hours of fighting, "
             "the officer said.\n\nThe group has been fighting the government since 2006.\n\nAfrican Union troops are "
             "leaving the country.\n\nAnalysts say the army is stretched thin.\n\n")


def _after_the_news(sentence: str) -> list[tuple]:
    events = PIPE.extract(LONG_LEAD + sentence + "\n\nThe army did not comment.\n", published="2026-12-02")
    return [(e.event_date, e.sub_event_type) for e in events[1:]]


def test_an_incident_dated_only_to_an_earlier_month_or_weeks_ago_is_background_in_a_long_article():
    assert _after_the_news("In November, fighters stormed a military camp in Baidoa, killing 21 soldiers.") == []
    assert _after_the_news("Two weeks ago, gunmen killed six people at a market in Baidoa.") == []
    assert _after_the_news("On Sunday, gunmen killed six people at a market in Baidoa.") == [("2026-11-29", "Attack")]


def test_an_attack_people_are_suspected_of_taking_part_in_is_the_arrest_s_cause():
    assert _families("Soldiers arrested two men suspected of taking part in the attack in a raid on Monday.") \
        [:1] == ["talk"]


def test_a_deed_its_own_clause_puts_in_an_earlier_year_is_background():
    # the year, the month and year, or "years ago" beside the deed: told to explain the news, not news
    assert _coded("The pardon would cover those who took part in the siege of the court in November 2019, when "
                  "about 60 people were killed.", "Officials did not comment.") \
        == [("2026-04-12", "Abduction/forced disappearance")]
    assert _coded("The talks will also cover the release of some 300 farmers who were kidnapped by the militia "
                  "more than five years ago.", "Officials did not comment.") \
        == [("2026-04-12", "Abduction/forced disappearance")]


def test_a_group_founded_in_an_earlier_year_dates_no_deed():
    from eventwire.extraction.background import _EARLIER_YEAR
    assert _EARLIER_YEAR.search("the militia, founded in 2019, burned ten houses") is None
    assert _EARLIER_YEAR.search("the siege of the court in november 2019, when 60 were killed") is not None
