"""A night told as running from one day into the next is dated, as "overnight into Sunday" is, by the day it ran
into (sentences and an article written for these tests)."""
from __future__ import annotations

from datetime import date

from eventwire.extraction.dates import find_dates, own_days
from eventwire.pipeline import Pipeline

PIPE = Pipeline()
MONDAY = date(2026, 3, 16)
FRIDAY, SATURDAY, SUNDAY = date(2026, 3, 13), date(2026, 3, 14), date(2026, 3, 15)


def _days(sentence: str) -> list[date | None]:
    return [d.value for d in find_dates(sentence, MONDAY)]


def test_a_night_from_one_weekday_to_the_next_is_the_second_day():
    assert _days("jihadists attacked the camp in the night from thursday to friday") == [FRIDAY]
    assert _days("jihadists attacked the camp during the night of thursday to friday") == [FRIDAY]
    assert _days("drones struck the port on saturday night into sunday") == [SUNDAY]
    assert _days("clashes raged overnight friday to saturday") == [SATURDAY]
    assert _days("drones hit the port overnight from saturday into sunday") == [SUNDAY]
    assert _days("fighting in the thursday-friday night killed ten") == [FRIDAY]


def test_overnight_before_a_bare_weekday_is_that_day_and_before_a_count_is_last_night():
    assert _days("shelling overnight saturday killed two") == [SATURDAY]
    assert _days("overnight 12 people were killed in the shelling") == [SUNDAY]


def test_two_days_with_no_night_between_them_stay_two_days():
    assert _days("rebels attacked the town on thursday and friday") == [date(2026, 3, 12), FRIDAY]
    assert _days("the army shelled the town on saturday, and on sunday night drones struck") == [SATURDAY, SUNDAY]


def test_a_whole_article_dates_the_raid_by_the_morning_the_night_ran_into():
    text = ("BAMAKO, March 16 (AFP) - Jihadists attacked an army camp in the central town of Boni in the night from "
            "Thursday to Friday, killing 11 soldiers, the army said on Monday.\n")
    (event,) = PIPE.extract(text, published="2026-03-16")
    assert (event.event_date, event.time_precision) == ("2026-03-13", 1)


def test_the_next_morning_opening_a_sentence_counts_on_from_the_day_told_last():
    text = ("KABUL, March 16 (Reuters) - Gunmen stormed a school in the city of Kunduz on Saturday and kidnapped 15 "
            "pupils, police said. The next morning, troops clashed with the gunmen in the village of Chahar Dara, "
            "killing four of them.\n")
    days = sorted((e.event_date, e.sub_event_type) for e in PIPE.extract(text, published="2026-03-16"))
    assert days == [("2026-03-14", "Abduction/forced disappearance"), ("2026-03-15", "Armed clash")]


def test_a_day_after_the_report_is_no_day_and_the_day_before_yesterday_is_not_counted_on():
    text = ("KABUL, March 16 (Reuters) - Gunmen shot dead a judge in the city of Kunduz on Monday, police said. "
            "The next day, gunmen attacked a police post in the village of Chahar Dara.\n")
    days = sorted(e.event_date for e in PIPE.extract(text, published="2026-03-16"))
    assert "2026-03-17" not in days
    (told,) = find_dates("the day before yesterday gunmen attacked the post", MONDAY)
    assert told.value == date(2026, 3, 14)


def test_fighting_told_since_it_broke_out_on_a_day_is_dated_to_that_day():
    # ACLED's events are atomic by day; a toll told since a day names one day of the fighting for sure, its first
    text = ("KHARTOUM, March 16 (Reuters) - Fighting between the army and the Rapid Support Forces in the city of El "
            "Fasher has killed at least 40 people since it broke out on Thursday, medics said on Monday.\n")
    (event,) = PIPE.extract(text, published="2026-03-16")
    assert (event.event_date, event.time_precision, event.fatalities) == ("2026-03-12", 1, 40)
    assert [d.value for d in find_dates("shelling has killed 40 since the fighting began on friday", MONDAY)] \
        == [FRIDAY]
    # a bare "since friday" tallies what came after it, and dates none of it
    assert find_dates("there have been six bombings since friday", MONDAY) == []


def test_the_day_fighting_began_does_not_date_a_deed_told_with_its_own_day():
    sentence = ("jets this afternoon resumed strikes on the suburbs where the fighting has raged since it began on "
                "saturday")
    assert [d.value for d in own_days(find_dates(sentence, MONDAY))] == [MONDAY]
    text = ("KHARTOUM, March 16 (Reuters) - Army jets this afternoon bombed the suburbs of the city of El Fasher where "
            "fighting has raged since it broke out on Saturday, residents said.\n")
    (event,) = PIPE.extract(text, published="2026-03-16")
    assert (event.event_date, event.time_precision) == ("2026-03-16", 1)
    # a period opened by another deed is still no day of this one
    assert find_dates("since the judge was shot on friday, lawyers have stayed away from the courts", MONDAY) == []
