"""Wire and radio copy in capitals, and datelines that give the day."""
from __future__ import annotations

from datetime import date

from eventwire.normalize import find_dateline, normalize, reading_text
from eventwire.records import RawReport

CAPS = (
    "SAN MIGUEL, 4 FEB 91 (RADIO CADENA) -- [REPORT] [TEXT] GUNMEN SHOT DEAD THE MAYOR OF THE\n"
    "TOWN OF EL PORVENIR YESTERDAY AS HE LEFT HIS OFFICE.  POLICE SAID THE\n"
    "ATTACKERS ESCAPED IN A TRUCK.\n\n"
    "   THE U.S.  EMBASSY CONDEMNED THE KILLING.\n"
)


def test_caps_text_is_read_lowercased_with_the_same_offsets():
    article = normalize(RawReport(text=CAPS, published=date(1991, 2, 4)))
    assert article.caps and not article.lowercased
    reading = reading_text(article)
    assert len(reading) == len(CAPS) and reading.startswith("san miguel, 4 feb 91")
    first = article.sentences[0]
    # a wrapped line does not end the sentence; the sentence ends at its full stop
    assert reading[first.start:first.end].endswith("as he left his office.")
    assert "\n" not in reading[first.start:first.end]


def test_caps_sentences_break_at_full_stops_and_paragraphs_not_at_wrapped_lines():
    article = normalize(RawReport(text=CAPS, published=date(1991, 2, 4)))
    texts = [article.text[s.start:s.end] for s in article.sentences]
    assert texts[1].startswith("POLICE SAID") and texts[1].endswith("IN A TRUCK.")
    assert texts[2] == "THE U.S.  EMBASSY CONDEMNED THE KILLING."


def test_cased_text_is_not_caps():
    article = normalize(RawReport(text="KABUL (Reuters) - A roadside bomb killed three soldiers in Helmand."))
    assert not article.caps


def test_dated_dateline_gives_place_agency_day_and_covers_the_desk_tags():
    dl = find_dateline(CAPS, date(1991, 2, 4))
    assert (dl.place, dl.agency, dl.day) == ("SAN MIGUEL", "RADIO CADENA", date(1991, 2, 4))
    assert CAPS[dl.span.end:].startswith("GUNMEN")


def test_dateline_day_without_a_year_is_the_latest_such_day():
    dl = find_dateline("AMMAN, Sept 24 (Reuters) - Jets struck a camp.", date(2017, 9, 25))
    assert dl.agency == "Reuters" and dl.day == date(2017, 9, 24)
    assert find_dateline("BEIRUT, 30 DEC 89 -- [TEXT] X", date(1990, 1, 2)).day == date(1989, 12, 30)


def test_a_date_in_a_group_name_dates_nothing_and_a_year_is_month_precision():
    from eventwire.extraction.dates import find_dates

    assert find_dates("the 26 july movement held a rally", date(1990, 5, 1)) == []
    year = find_dates("the group had kidnapped a judge in 1985", date(1990, 5, 1))
    assert year[0].value.year == 1985 and year[0].precision == 3
    assert find_dates("a similar attack last year", date(1990, 5, 1))[0].value.year == 1989


def test_relative_days_count_from_the_dateline_and_its_own_day_is_not_the_event_day():
    from eventwire.pipeline import Pipeline

    text = ("LIMA, 14 MAR 90 (RADIO NACIONAL) -- [TEXT] GUERRILLAS KILLED THREE PEASANTS IN THE TOWN OF\n"
            "AYACUCHO YESTERDAY, THE POLICE REPORTED.\n")
    events = Pipeline().extract(text, published="1990-03-14")
    assert [e.event_date for e in events] == ["1990-03-13"]


def test_today_beside_an_explicit_day_is_the_day_of_the_telling():
    from eventwire.pipeline import Pipeline

    text = "The rebels charged today that on 19 February the air force bombed the village of Tasba, killing two."
    events = Pipeline().extract(text, published="1990-02-22")
    assert events and events[0].event_date == "1990-02-19"


PARAGRAPH_PER_LINE = (
    "Militants attacked a checkpoint near Kandahar on Monday. Two policemen were killed.\n"
    "A roadside bomb hit a bus in Helmand on Tuesday. Officials said four people died.\n"
    "The governor condemned both attacks. He promised an inquiry.\n"
)
ONE_SENTENCE_PER_LINE = "a bomb exploded in the market .\npolice said two people were hurt .\nno group claimed it .\n"


def test_prose_written_a_paragraph_per_line_is_still_split_into_sentences():
    article = normalize(RawReport(text=PARAGRAPH_PER_LINE))
    texts = [article.text[s.start:s.end] for s in article.sentences]
    assert len(texts) == 6
    assert texts[1] == "Two policemen were killed."
    assert texts[2].startswith("A roadside bomb") and texts[3].startswith("Officials said")


def test_the_tokenized_form_keeps_its_lines_as_sentences():
    article = normalize(RawReport(text=ONE_SENTENCE_PER_LINE))
    assert article.lowercased
    assert [article.text[s.start:s.end] for s in article.sentences] == [
        "a bomb exploded in the market .", "police said two people were hurt .", "no group claimed it ."]


def test_a_date_opening_the_reported_clause_dates_the_event_not_the_statement():
    from eventwire.extraction.dates import find_dates

    day = date(1990, 3, 11)
    (today, told) = find_dates("police announced today that on 9 march rebels burned the town hall", day)
    assert today.reporting and not told.reporting and told.value == date(1990, 3, 9)
    (today, yesterday) = find_dates("the army reported today in the capital that yesterday gunmen shot a judge", day)
    assert not yesterday.reporting and yesterday.value == date(1990, 3, 10)
    (told,) = find_dates("as the weekly reported, on 2 march a bomb wrecked the bridge", day)
    assert not told.reporting
    assert find_dates("the minister said on friday that the talks would resume", day)[0].reporting


def test_a_day_naming_an_occasion_or_opening_a_period_dates_no_event():
    from eventwire.extraction.dates import find_dates

    day = date(1990, 3, 11)
    assert find_dates("the rebels vowed to disrupt the 1 april elections with bombs", day) == []
    assert find_dates("bomb attacks since 2 march have cut power to the city", day) == []
    assert find_dates("since friday there have been six bombings", day) == []
    # a period opened by a deed the sentence tells: that deed's day
    (told,) = find_dates("the post has been vacant since 2 march, when the mayor was shot", day)
    assert told.value == date(1990, 3, 2)
    # a day naming an incident is its day
    assert find_dates("the 2 march massacre of the villagers", day)[0].value == date(1990, 3, 2)
    assert find_dates("the interview published on 4 march recalled the attack", day)[0].reporting


def test_days_counted_back_and_the_day_in_another_time_zone():
    from eventwire.extraction.dates import find_dates

    day = date(1990, 3, 11)
    (ago,) = find_dates("rebels burned the farm 3 days ago", day)
    assert ago.value == date(1990, 3, 8) and ago.precision == 1
    (weeks,) = find_dates("the priest was kidnapped two weeks ago", day)
    assert weeks.value == date(1990, 2, 25) and weeks.precision == 2
    assert find_dates("the day before yesterday a bomb hit the bridge", day)[0].value == date(1990, 3, 9)
    # "at 2300 (0500 gmt 11 march)": the scene's day is the one before, told by the local hour
    assert find_dates("a bomb went off at 2300 (0500 gmt 11 march)", day) == []
