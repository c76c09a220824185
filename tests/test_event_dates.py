"""Which day a sentence's date phrase gives its event (sentences and articles written for these tests)."""
from __future__ import annotations

from datetime import date

from eventwire.extraction.dates import counted_from_the_last, find_dates
from eventwire.pipeline import Pipeline

PIPE = Pipeline()
DAY = date(1990, 3, 20)


def test_a_day_followed_by_a_verb_of_speech_is_the_statements_day():
    (said,) = find_dates("colonel perez yesterday stated that the rebels had burned the farm", DAY)
    assert said.reporting
    (claimed,) = find_dates("the front, which on 9 march claimed responsibility for the bombing, ...", DAY)
    assert claimed.reporting
    (press,) = find_dates("during a press conference yesterday the police showed the weapons", DAY)
    assert press.reporting
    # a comma gives the day back to the deed before it
    (told,) = find_dates("a bomb exploded outside the bank yesterday, the police said", DAY)
    assert not told.reporting and told.value == date(1990, 3, 19)


def test_a_day_inside_a_relative_clause_is_bound_to_that_clause():
    sentence = "the leader of the group that laid down its weapons on 9 march, was shot dead in the capital"
    (told,) = find_dates(sentence, DAY)
    start, end = told.relative
    assert sentence[start:end] == "that laid down its weapons on 9 march"
    # a clause that tells the incident happened dates its head, and so the whole sentence
    (head,) = find_dates("the attack, which took place on 9 march, killed four peasants", DAY)
    assert head.relative is None
    (bomb,) = find_dates("the bomb, which exploded on 9 march, destroyed a bus", DAY)
    assert bomb.relative is None
    # "said that on 9 march ...": the reported clause, not a relative one
    (reported,) = find_dates("the police said that on 9 march rebels burned the town hall", DAY)
    assert reported.relative is None and reported.clause is None


def test_a_period_opened_by_a_deed_dates_only_that_deed():
    sentence = "it is the third car bomb since 7 march, when the rebels blew up a truck in the port."
    (since,) = find_dates(sentence, DAY)
    start, end = since.clause
    assert sentence[start:end] == "7 march, when the rebels blew up a truck in the port"


def test_the_killing_of_a_man_is_not_dated_by_what_his_group_did_before():
    text = ("LIMA, 20 MAR 90 (EFE) -- [TEXT] THE FORMER GUERRILLA LEADER, WHO HAD LAID DOWN HIS WEAPONS ON\n"
            "9 MARCH, WAS SHOT DEAD BY UNIDENTIFIED GUNMEN IN THE CITY OF HUANCAYO.\n")
    (event,) = PIPE.extract(text, published="1990-03-20")
    assert event.event_type == "Violence against civilians"
    assert event.event_date == "1990-03-20" and event.time_precision == 2


def test_a_kidnapping_told_in_a_relative_clause_keeps_its_day():
    text = ("BOGOTA, 20 MAR 90 (EFE) -- [TEXT] THE GUERRILLAS ARE HOLDING TWO ENGINEERS, WHO WERE KIDNAPPED\n"
            "NEAR MEDELLIN ON 12 MARCH, TO PRESS FOR THE RELEASE OF THEIR COMRADES.\n")
    (event,) = PIPE.extract(text, published="1990-03-20")
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.event_date == "1990-03-12"


def test_a_statement_made_yesterday_does_not_date_the_murder_it_tells_of():
    text = ("SAN SALVADOR, 20 MAR 90 (ACAN-EFE) -- [TEXT] COLONEL RENE PEREZ YESTERDAY STATED THAT\n"
            "GUERRILLAS MURDERED TWO PEASANTS IN THE TOWN OF SUCHITOTO.\n")
    (event,) = PIPE.extract(text, published="1990-03-20")
    # the statement's day is no day of the deed: the murder is not dated by the text, only known to have happened
    # by the day it was stated (precision 2), never later than that
    assert not event.dated_by_text() and event.date_text is None
    assert (event.event_date, event.time_precision) == ("1990-03-19", 2)


def test_the_day_of_a_named_date_carried_from_the_sentence_before():
    text = ("BOGOTA, 6 SEP 89 (EFE) -- [TEXT] THE POLICE REPORTED TODAY THAT THE JUDGE'S WIFE WAS KILLED ON\n"
            "MONDAY, 4 SEPTEMBER.  THE VICTIM WAS SHOT TO DEATH IN HER CAR ON THE ROAD TO PEREIRA.\n")
    events = PIPE.extract(text, published="1989-09-06")
    assert events and all(e.event_date == "1989-09-04" for e in events)


def test_the_dynamite_attack_told_again_is_the_attack_told_first():
    text = ("SAN SALVADOR, 2 NOV 89 (EFE) -- [TEXT] THE REBELS SUSPENDED THE TALKS TO PROTEST A DYNAMITE\n"
            "ATTACK ON THE HEADQUARTERS OF A LABOR UNION ON 31 OCTOBER THAT LEFT 10 DEAD.\n\n"
            "   THE TALKS WERE TO HAVE RESUMED IN CARACAS.  THE UNION CALLED A GENERAL STRIKE.\n\n"
            "   THE BISHOP HEADED A MARCH WITH THE BODIES OF THE 10 WORKERS WHO WERE KILLED DURING THE\n"
            "DYNAMITE ATTACK ON THE HEADQUARTERS IN DOWNTOWN SAN SALVADOR.\n")
    events = [e for e in PIPE.extract(text, published="1989-11-02") if e.event_type != "Protests"]
    assert len(events) == 1
    assert events[0].event_date == "1989-10-31" and events[0].location == "San Salvador"


def test_more_deeds_of_the_raid_told_with_also_share_its_day():
    text = ("LIMA, 11 MAR 89 (EFE) -- [TEXT] IT WAS REPORTED TODAY THAT ON 10 MARCH SHINING PATH MEMBERS\n"
            "MURDERED FOUR PEASANTS IN THE TOWN OF HUANTA.\n\n"
            "   THE VILLAGERS FLED TO THE HILLS.  THE ARMY SENT A PATROL TO THE AREA.\n\n"
            "   THE REBELS ALSO DYNAMITED A BRIDGE IN THE TOWN OF AYACUCHO.\n")
    events = PIPE.extract(text, published="1989-03-11")
    assert [e.event_type for e in events] == ["Violence against civilians", "Explosions/Remote violence"]
    assert [e.event_date for e in events] == ["1989-03-10", "1989-03-10"]


def test_the_attack_told_again_with_its_own_day_gives_the_incident_that_day():
    text = ("AYACUCHO, 5 OCT 89 (EFE) -- [TEXT] MILITARY SOURCES REPORTED TODAY THAT 20 PEASANTS WERE\n"
            "MURDERED BY SHINING PATH REBELS IN THE TOWN OF HUANTA.  THE ATTACK TOOK PLACE AT DAWN ON\n"
            "4 OCTOBER.\n")
    (event,) = PIPE.extract(text, published="1989-10-05")
    assert event.event_date == "1989-10-04" and event.location == "Huanta"


def test_a_deed_timed_in_minutes_from_the_one_told_before_shares_its_day():
    text = ("LIMA, 26 OCT 89 (EFE) -- [TEXT] ON 24 OCTOBER UNIDENTIFIED MEN PLANTED A BOMB UNDER A CAR\n"
            "OUTSIDE THE SOVIET EMBASSY IN LIMA.\n\n"
            "   THE DIPLOMATS WERE AT A RECEPTION.  THE POLICE CLOSED THE AVENUE.\n\n"
            "   WITHIN 15 MINUTES THE GUERRILLAS DETONATED A CAR BOMB AT THE ENTRANCE TO AN ARMY BASE\n"
            "IN THE CITY OF AREQUIPA.\n")
    events = PIPE.extract(text, published="1989-10-26")
    assert [e.event_date for e in events] == ["1989-10-24", "1989-10-24"]


def test_counted_days_and_a_quoted_day_naming_a_group():
    from eventwire.extraction.dates import counted_from_the_last

    assert counted_from_the_last("later, at 0900, the rebels burned nine buses")[0] == 0
    assert counted_from_the_last("two hours later a second bomb went off")[0] == 0
    assert counted_from_the_last("the body was found the next day") is None
    assert counted_from_the_last("the rebels burned nine buses") is None
    assert find_dates('a group calling itself the "9 march" liberation forces set off bombs', DAY) == []


def test_a_period_opened_in_a_clause_or_a_month_and_a_day_to_come_date_nothing():
    assert find_dates("there were two attempts on his life since he took office on 14 january 1986", DAY) == []
    assert find_dates("since early february the rebels have burned 40 buses", DAY) == []
    assert find_dates("since february five students were killed", DAY) == []
    assert find_dates("the talks will resume tomorrow 21 march in caracas", DAY) == []
    (kept,) = find_dates("the rebels attacked the town on 5 march", DAY)
    assert kept.value == date(1990, 3, 5)


def test_a_day_naming_another_incident_does_not_date_the_deed_the_sentence_tells():
    (named, today) = find_dates("the 4 march attacks on these towns were followed today by eight bombings", DAY)
    assert named.clause == (4, 19) and today.clause is None
    # with no other day in the sentence, the named incident is the deed told
    (only,) = find_dates("last night's bombing destroyed a bank", DAY)
    assert only.clause is None and only.value == date(1990, 3, 19)
    text = ("AYACUCHO, 20 MAR 90 (EFE) -- [TEXT] THE 4 MARCH ATTACKS ON THESE TOWNS WERE FOLLOWED TODAY BY A\n"
            "SERIES OF EIGHT BOMB EXPLOSIONS IN THE CITY OF AYACUCHO.\n")
    (event,) = PIPE.extract(text, published="1990-03-20")
    assert event.event_type == "Explosions/Remote violence" and event.event_date == "1990-03-20"


def test_a_day_told_twice_and_a_day_set_off_by_commas_before_the_verb_of_speech():
    (yesterday, told) = find_dates("the police said yesterday, 9 march, that it has no clues", DAY)
    assert yesterday.reporting and told.reporting
    (paper,) = find_dates("the newspaper, on 2 march, published two articles on the killings", DAY)
    assert paper.reporting
    (sources,) = find_dates("in lima today, unofficial sources reported that 2,500 people were detained", DAY)
    assert sources.reporting
    # "it was reported that": the day the news came in, which a coder takes for the deed's
    (news,) = find_dates("on 9 march, it was officially reported that three bodies were found", DAY)
    assert not news.reporting


def test_a_sentence_turning_to_another_incident_does_not_take_the_day_before_it():
    # a wire story of several scenes ("Meanwhile" in a brief stays in its one scene)
    text = ("GUATEMALA CITY, 16 MAY 90 (ACAN-EFE) -- [TEXT] THE GOVERNMENT ANNOUNCED TODAY NEW TALKS WITH THE\n"
            "UNIONS.  THE MINISTER SPOKE ON THE RADIO.  HE CALLED FOR CALM.  THE TALKS WILL OPEN ON MONDAY.\n"
            "GUERRILLAS AMBUSHED A POLICE PATROL LAST NIGHT NEAR THE TOWN OF SAN ISIDRO.  MEANWHILE, A MEMBER\n"
            "OF THE CIVIL PATROLS WAS SHOT TO DEATH IN SAN PABLO, SAN MARCOS DEPARTMENT.\n")
    events = [e for e in PIPE.extract(text, published="1990-05-16") if e.event_type != "Battles"]
    assert [(e.location, e.event_date, e.time_precision) for e in events] == [("San Pablo", "1990-05-16", 2)]


def test_a_month_named_before_its_day_is_read_as_that_day():
    (told,) = find_dates("the senator was killed august 18 while attending a rally", date(1989, 8, 31))
    assert told.value == date(1989, 8, 18) and told.precision == 1
    (on,) = find_dates("on august 18, rebels attacked the town", date(1989, 8, 31))
    assert on.value == date(1989, 8, 18)
    # a day in doubt or a range: its last day
    (either,) = find_dates("a suspect was killed on either january 7 or 8, 2019.", date(2019, 2, 5))
    assert either.value == date(2019, 1, 8) and either.text == "january 7 or 8, 2019"
    (mid,) = find_dates("in mid-april the rebels burned the crops", date(1989, 8, 31))
    assert mid.value == date(1989, 4, 15) and mid.precision == 3


def test_a_condemnation_or_a_ruling_has_its_own_day():
    (condemned,) = find_dates("the twelve member states thursday condemned the assassinations", date(1989, 8, 31))
    assert condemned.reporting
    (denied,) = find_dates("the armed forces denied today that their planes had bombed a camp", DAY)
    assert denied.reporting
    # protesters' day is their protest's
    (protest,) = find_dates("hundreds of students protested today in the capital", DAY)
    assert not protest.reporting
    assert find_dates("people killed since the rebels launched their attack november 11", DAY) == []


TARGETS_THEN_LAST_NIGHT = (
    "BOGOTA, 12 JUN 90 (EFE) -- [TEXT] THE CITIES OF CALI AND PEREIRA HAVE BEEN THE TARGETS OF DYNAMITE ATTACKS.\n"
    "LAST NIGHT, WHILE THE CITY WAS CELEBRATING A FOOTBALL VICTORY, A HOTEL IN PEREIRA WAS SHAKEN BY THE\n"
    "EXPLOSION OF A SMALL BOMB LEFT AT ITS DOOR.  TWO GUARDS WERE WOUNDED.\n"
)


def test_a_back_reference_keeps_the_day_its_sentence_tells_when_the_first_telling_told_none():
    # "the explosion" points back to the attacks told first, which named no day: the sentence's own "last night"
    # is the day of the blast, not the day of publication
    events = PIPE.extract(TARGETS_THEN_LAST_NIGHT, published="1990-06-12")
    pereira = next(e for e in events if e.location == "Pereira")
    assert (pereira.event_date, pereira.time_precision, pereira.date_text) == ("1990-06-11", 1, "last night")


def test_a_day_taken_by_a_verb_of_speech_before_the_back_reference_is_not_the_deeds():
    text = ("LIMA, 12 JUN 90 (EFE) -- [TEXT] THE TOWN OF HUANTA HAS BEEN THE TARGET OF A REBEL ATTACK.\n"
            "ON 10 JUNE THE REGIONAL COMMAND REPORTED THE ATTACK TO THE PROSECUTOR IN AYACUCHO.\n")
    (event,) = PIPE.extract(text, published="1990-06-12")
    assert (event.location, event.event_date, event.time_precision) == ("Huanta", "1990-06-12", 2)


def test_the_same_day_as_a_deed_gives_the_deed_that_day():
    # a day stamped on an act of government, told as the day of a deed as well
    (day,) = find_dates("the curfew was announced on 18 march, the same day the governor was shot dead", DAY)
    assert not day.reporting and day.value == date(1990, 3, 18)
    (said,) = find_dates("the curfew was announced on 18 march in the capital", DAY)
    assert said.reporting


def test_years_ago_today_is_the_anniversary_to_the_day():
    (day,) = find_dates("nine years ago today the bishop was shot dead at the altar", DAY)
    assert (day.value, day.precision, day.text) == (date(1981, 3, 20), 1, "nine years ago today")
    (year,) = find_dates("nine years ago the bishop was shot dead at the altar", DAY)
    assert year.precision == 3 and year.value == date(1981, 7, 1)
    (leap,) = find_dates("a year ago today the bridge was blown up", date(1992, 2, 29))
    assert leap.value == date(1991, 2, 28)


def test_a_date_in_a_movements_name_dates_nothing_even_with_its_acronym_between():
    assert find_dates("the leader of the 19 april (m-19) guerrilla movement was shot in the street", DAY) == []
    (day, _) = find_dates("rebels attacked the town on 19 march (sunday) and the front said so", DAY)
    assert day.value == date(1990, 3, 19)


def test_a_sentence_naming_several_days_lends_none_of_them_to_the_next_deed():
    text = ("Around 20 June 2021 (month of), fighting was reported across the district. The same villages are "
            "coded again for 10 June and 20 June. Clashes between the army and rebels were reported near Mekele.")
    events = PIPE.extract(text, published="2021-06-20")
    assert events and all(e.event_date == "2021-06-20" for e in events)
    # one day told in a sentence still dates the next sentence's deed ...
    text = "On 5 June, police searched the town. Clashes between the army and rebels were reported there."
    (event,) = PIPE.extract(text, published="2021-06-20")
    assert event.event_date == "2021-06-05"
    # nor do two days told apart, each of its own deed: the first is the day the story goes on with
    text = ("Gunmen stormed a hotel in the capital on Friday evening before troops ended the siege on Saturday "
            "morning. A car bomb exploded at the gate of the hotel.")
    (event,) = PIPE.extract(text, published="2021-06-20")
    assert event.event_date == "2021-06-18"
    # nor does a weekday told beside the date it names, even when the two disagree ("on Monday, 4 August")
    text = "A judge's wife was shot dead on Monday, 4 August. Gunmen also attacked her driver in the capital."
    assert [e.event_date for e in PIPE.extract(text, published="1989-09-06")][-1] == "1989-08-04"
    # nor does one day told twice ("Saturday, June 5, 2021"), the weekday unresolved with no publication date
    text = ("Police searched the town on Saturday, June 5, 2021. Clashes between the army and rebels were reported "
            "there.")
    (event,) = PIPE.extract(text)
    assert event.event_date == "2021-06-05"


def test_parts_of_the_day_and_minutes_ago_are_the_day_of_the_report():
    tuesday = date(2024, 10, 8)
    for phrase in ("this afternoon", "this evening", "a few minutes ago", "two hours ago"):
        (told,) = find_dates(f"gunmen opened fire on a bus {phrase} near the market", tuesday)
        assert (told.value, told.precision) == (tuesday, 1), phrase
    # a period a report tallies over is no day of a deed
    assert find_dates("troops killed eight rebels in fighting during the past few hours", tuesday) == []


def test_a_day_named_without_a_year_just_ahead_of_the_report_is_a_day_to_come():
    told_on = date(1990, 1, 15)
    assert find_dates("the president will meet the secretary general on 31 january in new york", told_on) == []
    assert find_dates("the elections, scheduled for sunday, 25 february, will go ahead", date(1990, 2, 20)) == []
    # a day a few weeks ahead, told of the past, is still last year's; told as to come, it is to come
    (past,) = find_dates("the mayor was kidnapped on 20 february", told_on)
    assert past.value == date(1989, 2, 20)
    assert find_dates("the talks are due to resume on 20 february", told_on) == []
    # a day far ahead in this year's calendar is last year's
    (past,) = find_dates("the mayor was kidnapped on 20 december", told_on)
    assert past.value == date(1989, 12, 20)
    # and a day just behind the report is this year's
    (recent,) = find_dates("the mayor was kidnapped on 12 january", told_on)
    assert recent.value == date(1990, 1, 12)


def test_earlier_this_month_is_the_month_no_later_than_the_report():
    (told,) = find_dates("the village was shelled earlier this month", date(2024, 10, 8))
    assert (told.value, told.precision) == (date(2024, 10, 8), 3)
    (last,) = find_dates("the village was shelled late last month", date(2024, 10, 8))
    assert (last.value, last.precision) == (date(2024, 9, 30), 3)


def test_a_plan_for_a_day_to_come_does_not_date_the_killing_told_after_it():
    text = ("SAN SALVADOR, 15 JAN 90 (EFE) -- [TEXT] THE FOREIGN MINISTER WILL TRAVEL TO GENEVA ON 31\n"
            "JANUARY.  UNIDENTIFIED GUNMEN SHOT DEAD A UNION LEADER IN SANTA ANA.\n")
    (event,) = PIPE.extract(text, published="1990-01-15")
    assert event.event_type == "Violence against civilians"
    assert (event.event_date, event.time_precision) == ("1990-01-15", 2)


def test_a_blast_a_few_minutes_ago_in_radio_copy_is_dated_to_the_broadcast():
    text = ("LIMA, 18 MAR 90 (RADIO PROGRAMAS) -- [TEXT] A FEW MINUTES AGO A CAR BOMB EXPLODED OUTSIDE THE\n"
            "HEADQUARTERS OF THE RULING PARTY IN LIMA, WOUNDING THREE GUARDS.\n")
    (event,) = PIPE.extract(text, published="1990-03-18")
    assert event.event_type == "Explosions/Remote violence"
    assert (event.event_date, event.time_precision) == ("1990-03-18", 1)


def test_this_week_told_at_the_weekend_is_the_week_just_ended():
    saturday, sunday = date(2024, 10, 12), date(2024, 10, 13)
    (told,) = find_dates("militants attacked the town earlier this week", saturday)
    assert (told.value, told.precision) == (date(2024, 10, 8), 2)      # the Tuesday, ACLED's week's middle
    (told,) = find_dates("the village was shelled this week", sunday)
    assert told.value == date(2024, 10, 8)
    (weekend,) = find_dates("gunmen attacked the town this weekend", saturday)
    assert weekend.value == saturday


def test_a_night_named_by_the_day_it_ran_into_takes_that_day():
    tuesday = date(2024, 10, 8)
    (told,) = find_dates("drones struck the port overnight into sunday", tuesday)
    assert told.value == date(2024, 10, 6)
    (told,) = find_dates("shelling overnight on saturday killed two", tuesday)
    assert told.value == date(2024, 10, 5)
    (bare,) = find_dates("drones struck the port overnight, officials said", tuesday)
    assert bare.value == date(2024, 10, 7)


def test_months_ago_is_that_month_at_month_precision_unless_told_loosely():
    tuesday = date(2024, 10, 8)
    (told,) = find_dates("the engineers were kidnapped two months ago", tuesday)
    assert (told.value, told.precision) == (date(2024, 8, 15), 3)
    (told,) = find_dates("the engineers were kidnapped three months ago", date(2024, 1, 20))
    assert told.value == date(2023, 10, 15)
    assert find_dates("the engineers were kidnapped a month ago", tuesday) == []
    assert find_dates("the engineers were kidnapped more than 20 months ago", tuesday) == []


def test_one_more_of_a_list_takes_the_lists_day_not_an_asides():
    text = ("LIMA, 10 AUG 90 (AFP) -- [TEXT] THREE BOMBS EXPLODED IN LIMA TODAY, WOUNDING FOUR PEOPLE AND DAMAGING\n"
            "SHOPS AND CARS.\n\n"
            "   THE FIRST BOMB WENT OFF OUTSIDE A BANK IN THE MIRAFLORES DISTRICT.\n\n"
            "   LAST WEEK THE INTERIOR MINISTER ACCUSED THE REBELS OF PLANNING A WAVE OF ATTACKS IN THE CAPITAL.\n\n"
            "   A SECOND BOMB DAMAGED THE OFFICES OF A MINING COMPANY IN SAN ISIDRO.\n")
    events = PIPE.extract(text, published="1990-08-10")
    assert len(events) == 2
    assert all((e.event_date, e.time_precision) == ("1990-08-10", 1) for e in events)


def test_the_day_of_an_earlier_doing_in_the_past_perfect_does_not_date_the_next_deed():
    text = ("BOGOTA, 12 DEC 89 (AFP) -- [TEXT] A BANK ENGINEER WAS SHOT DEAD AT HIS FARM NEAR MEDELLIN TODAY.\n\n"
            "   THE ENGINEER HAD ARRIVED IN COLOMBIA ON 7 DECEMBER FOR A FAMILY VISIT.\n\n"
            "   MOREOVER, A JUDGE WAS SHOT DEAD IN THE PORT OF BUENAVENTURA BY A GUNMAN ON A MOTORCYCLE.\n")
    events = PIPE.extract(text, published="1989-12-12")
    assert len(events) == 2
    assert all(e.event_date != "1989-12-07" for e in events)


def test_a_day_before_the_verb_of_speech_is_the_reports_when_the_reported_clause_has_its_own():
    text = ("LIMA, 15 OCT 89 (EFE) -- [TEXT] ON 12 OCTOBER, A WEEKLY CLOSE TO THE REBELS REPORTED THAT THE GROUP\n"
            "KIDNAPPED A BUSINESSMAN ON 4 OCTOBER IN THE SAN ISIDRO DISTRICT OF LIMA.\n")
    (event,) = PIPE.extract(text, published="1989-10-15")
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.event_date == "1989-10-04"
    # with no day of its own in the reported clause, the day told first stays the deed's
    text = ("LIMA, 15 OCT 89 (EFE) -- [TEXT] ON 12 OCTOBER, GUNMEN KIDNAPPED A BUSINESSMAN IN THE SAN ISIDRO\n"
            "DISTRICT OF LIMA, POLICE SAID.\n")
    (event,) = PIPE.extract(text, published="1989-10-15")
    assert event.event_date == "1989-10-12"


def test_an_earlier_incident_counted_back_from_the_day_told_last():
    text = ("KABUL, March 12 (Reuters) - A suicide bomber killed six people at a mosque in Kunduz on Monday, police "
            "said.\n\nTwo days earlier, gunmen shot dead a tribal elder in Baghlan province.\n")
    days = sorted((e.event_date, e.location) for e in PIPE.extract(text, published="2024-03-12"))
    assert days == [("2024-03-09", "Baghlan"), ("2024-03-11", "Kunduz")]
    text = text.replace("Two days earlier", "The previous day")
    assert sorted(e.event_date for e in PIPE.extract(text, published="2024-03-12")) == ["2024-03-10", "2024-03-11"]
    # a sequel told "the next day" (the body found) stays the deed's; a day counted from an occasion dates nothing
    assert counted_from_the_last("the next day his body was found in a ditch") is None
    assert counted_from_the_last("two days before the vote, gunmen attacked a polling station") is None


def test_the_day_that_names_the_incident_beats_the_day_of_the_news_about_it():
    text = ("SAN SALVADOR, 26 APR 89 (EFE) -- [TEXT] A COURT YESTERDAY RECEIVED A SWORN STATEMENT THAT LINKS A FORMER\n"
            "ARMY MAJOR TO THE MARCH 1980 ASSASSINATION OF A BISHOP IN THE CAPITAL.\n")
    # nine years old: background, never an event of yesterday
    assert all(e.event_date != "1989-04-25" for e in PIPE.extract(text, published="1989-04-26"))


DESK_TAGGED = (
    "SAN SALVADOR, 14 MAR 90 (RADIO) -- [COMMUNIQUE] [TEXT] AT 0600 ON 11 MARCH, ARMY TROOPS AND REBELS\n"
    "FOUGHT FOR FIVE HOURS NEAR THE VILLAGE OF SAN ISIDRO, CABANAS DEPARTMENT.\n\n"
    "   THE TROOPS WERE BACKED BY TWO HELICOPTERS AND A SPOTTER PLANE.\n"
)


def test_a_desks_tag_before_the_day_is_no_statement():
    """"[COMMUNIQUE] [TEXT] AT 0600 ON 11 MARCH": the desk's tag names the kind of copy; the day is the deed's."""
    published = date(1990, 3, 14)
    tagged = find_dates("-- [communique] [text] at 0600 on 11 march, troops and rebels fought", published)
    assert [(d.value, d.reporting) for d in tagged] == [(date(1990, 3, 11), False)]
    said = find_dates("the rebels said in a communique on 11 march that they fought", published)
    assert [(d.value, d.reporting) for d in said] == [(date(1990, 3, 11), True)]
    events = PIPE.extract(DESK_TAGGED, published="1990-03-14")
    assert events and {(e.event_date, e.time_precision) for e in events} == {("1990-03-11", 1)}


def test_the_day_of_a_protest_whose_object_is_the_deed_is_the_protests():
    """"Protested today the murder of ...", "resigned on Friday to protest the killing of ...", "marched on Monday to
    protest ...": the day of the protest or of what was done in protest, which dates a march (an event of its own)
    and not the deed named as its object."""
    for sentence in ("the rector protested today the murder of a law student",
                     "the judges resigned on friday to protest the killing of a magistrate"):
        (told,) = find_dates(sentence, DAY)
        assert told.protested and not told.reporting, sentence
    (march,) = find_dates("students protested today in front of the embassy", DAY)
    assert not march.protested and not march.reporting      # nothing named after it: the day is the sentence's
    events = PIPE.extract("SAN SALVADOR, 20 MAR 90 (EFE) -- [TEXT] HUNDREDS OF STUDENTS MARCHED ON MONDAY TO PROTEST "
                          "THE KILLING OF A CLASSMATE BY SOLDIERS.\n", published="1990-03-20")
    protests = [e for e in events if e.event_type == "Protests"]
    assert protests and {(e.event_date, e.time_precision) for e in protests} == {("1990-03-19", 1)}
    resigned = PIPE.extract("BOGOTA, 20 MAR 90 (EFE) -- [TEXT] FORTY JUDGES RESIGNED ON MONDAY TO PROTEST THE "
                            "MURDER OF A MAGISTRATE BY HIRED GUNMEN IN MEDELLIN.\n", published="1990-03-20")
    deeds = [e for e in resigned if e.event_type != "Protests"]
    assert deeds and all(e.event_date != "1990-03-19" for e in deeds)


def test_a_day_ending_the_subjects_own_clause_is_that_clauses():
    """"A doctor at the clinic where the nurse was treated after being wounded on 17 March, said ...": no comma
    sets the day off before it, so the comma after it does not give it to the verb of speech."""
    (wounded,) = find_dates("a doctor at the clinic where the nurse was treated after being wounded on 17 march, "
                            "said that she will be flown home", DAY)
    assert not wounded.reporting and wounded.value == date(1990, 3, 17)
    (set_off,) = find_dates("the weekly, on 17 march, said that the nurse will be flown home", DAY)
    assert set_off.reporting


MONITORED = (
    "LIMA, 20 MAR 90 (DOMESTIC SERVICE) -- [TEXT] THE ITALIAN EMBASSY HAS ASKED THE GOVERNMENT FOR NEWS OF\n"
    "TWO AGRONOMISTS WHO HAD BEEN WORKING ON A FARM PROJECT IN THE HIGHLANDS.\n\n"
    "   [EDITORIAL NOTE] ROME ANSA IN ITALIAN AT 1815 GMT ON 2 FEBRUARY REPORTS THAT REBELS KIDNAPPED THE\n"
    "AGRONOMISTS MARCO FERRANTE AND LUIGI BASSANI AT A FARM NEAR HUANCAYO.\n"
)


def test_a_monitoring_desks_stamp_is_the_day_the_report_went_out():
    (stamp,) = find_dates("rome ansa in italian at 1815 gmt on 2 february reports that rebels kidnapped two men", DAY)
    assert stamp.reporting and stamp.value == date(1990, 2, 2)
    # the day in another time zone, told beside the local hour, dates nothing
    assert find_dates("the blast came at 2200 (0400 gmt 10 march) near the base", DAY) == []
    # the kidnapping told in that report had happened by the day it went out
    events = PIPE.extract(MONITORED, published="1990-03-20")
    told = [e for e in events if "ANSA" in e.notes]
    assert told and {(e.event_date, e.time_precision) for e in told} == {("1990-02-02", 2)}


def test_a_statements_day_that_beats_the_day_carried_is_evidenced_where_it_is_told():
    """"The embassy today asked ... Rome ANSA at 1815 GMT on 2 February reports that rebels kidnapped ...": what was
    reported on 2 February had happened by then, and the evidence is those words in the article."""
    text = MONITORED.replace("HAS ASKED THE GOVERNMENT", "TODAY ASKED THE GOVERNMENT")
    told = [e for e in PIPE.extract(text, published="1990-03-20") if "ANSA" in e.notes]
    assert told and {e.event_date for e in told} == {"1990-02-02"}
    for event in told:
        spans = [x for x in event.evidence if x.field == "event_date"]
        assert spans and all(text[x.start:x.end] == x.text == "2 FEBRUARY" for x in spans)


TRUCE_OVER = (
    "SAN SALVADOR, 10 JAN 90 (RADIO) -- [TEXT] FOLLOWING THE END OF THE CEASEFIRE DECLARED BY THE REBELS BETWEEN\n"
    "24 DECEMBER AND 3 JANUARY, GUERRILLAS BLEW UP TWO POWER PYLONS IN USULUTAN DEPARTMENT.\n"
)


def test_the_days_of_a_truce_named_beside_the_deed_are_the_truces():
    """"Following the end of the ceasefire declared ... between 24 December and 3 January, guerrillas blew up ...":
    neither day of the truce is the blast's, which the story leaves undated (told by the report's day)."""
    events = PIPE.extract(TRUCE_OVER, published="1990-01-10")
    assert events and {(e.event_date, e.time_precision) for e in events} == {("1990-01-10", 2)}
    dated = PIPE.extract(TRUCE_OVER.replace("GUERRILLAS BLEW UP", "ON 8 JANUARY GUERRILLAS BLEW UP"),
                         published="1990-01-10")
    assert dated and {(e.event_date, e.time_precision) for e in dated} == {("1990-01-08", 1)}


def test_a_day_after_the_incidents_noun_and_of_names_that_incident_only():
    """"... and the massacre of 16 November show ...": the massacre's day, not the day of the killing the sentence
    tells first, even as the sentence's only day."""
    sentence = ("the murder of the union leader and the impunity of the masterminds of the massacre of 16 november "
                "show that the inquiry is a farce")
    (told,) = find_dates(sentence, DAY)
    start, end = told.clause
    assert sentence[start:end] == "the massacre of 16 november" and told.value == date(1989, 11, 16)
    (alone,) = find_dates("the massacre of 16 november shocked the country", DAY)
    assert alone.clause == (0, len("the massacre of 16 november"))


LATELY = (
    "LIMA, 13 AUG 89 (EFE) -- [TEXT] THE MINERS FEDERATION HAS CALLED A NATIONAL STRIKE FOR NEXT WEEK.\n\n"
    "   ON FRIDAY, 11 AUGUST, THE GOVERNMENT ORDERED TROOPS TO GUARD THE MINING CAMPS OF THE CENTRAL HIGHLANDS.\n\n"
    "   REBELS HAVE ATTACKED SEVERAL MINES LATELY AND HAVE KILLED 12 MINERS IN JUNIN DEPARTMENT.\n"
)


def test_a_deed_over_a_recent_period_takes_no_day_from_the_sentence_before():
    """"Rebels have attacked several mines lately": what has gone on up to the report, not the day the sentence
    before gave another doing; told as one deed in the simple past, the deed takes that day as before."""
    attacks = [e for e in PIPE.extract(LATELY, published="1989-08-13") if "REBELS" in e.notes]
    assert attacks and all(e.event_date != "1989-08-11" for e in attacks)
    told = LATELY.replace("REBELS HAVE ATTACKED SEVERAL MINES LATELY AND HAVE KILLED",
                          "REBELS ATTACKED A MINE AND KILLED")
    attacks = [e for e in PIPE.extract(told, published="1989-08-13") if "REBELS" in e.notes]
    assert attacks and {e.event_date for e in attacks} == {"1989-08-11"}


SOURCE_GOES_ON = (
    "SAN SALVADOR, 30 NOV 89 (EFE) -- [TEXT] THE CITY WAS CALM TODAY AFTER A NIGHT OF SPORADIC SHOOTING.\n\n"
    "   ON 28 NOVEMBER THE REBELS ATTACKED ARMY POSTS IN THE SUBURB OF MEJICANOS.\n\n"
    "   AFTER SEVERAL HOURS OF FIGHTING IN THE STREETS, THE ARMY SAID IT HAD THE SITUATION UNDER CONTROL.\n\n"
    "   HOWEVER, IT ADMITTED THAT THE REBELS HAD TAKEN SEVERAL FAMILIES HOSTAGE IN MEJICANOS.\n"
)


def _sentence_events(text: str, published: str):
    from eventwire.extraction import extract_events
    from eventwire.records import RawReport
    return extract_events(PIPE.article(RawReport(text=text, published=date.fromisoformat(published))))


def test_the_same_sources_account_going_on_keeps_the_day_it_was_told_of():
    """"However, it admitted that the rebels had taken families hostage": the army's account of the sentence before
    goes on, so the hostage-taking has the day that sentence's fighting was dated to (read sentence by sentence,
    before a short story's tellings are merged)."""
    taken = [e for e in _sentence_events(SOURCE_GOES_ON, "1989-11-30")
             if e.sub_event_type == "Abduction/forced disappearance"]
    assert taken and {(e.event_date, e.time_precision) for e in taken} == {("1989-11-28", 1)}
    # another source, not the one before going on: no day borrowed
    other = SOURCE_GOES_ON.replace("HOWEVER, IT ADMITTED THAT", "A CHURCH SPOKESMAN SAID TODAY THAT")
    taken = [e for e in _sentence_events(other, "1989-11-30")
             if e.sub_event_type == "Abduction/forced disappearance"]
    assert taken and all(e.event_date != "1989-11-28" for e in taken)
