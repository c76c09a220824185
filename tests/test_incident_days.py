"""A follow-up story names its incident's day once, by a definite noun; the undated telling takes that day
(articles and sentences written for these tests)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from eventwire.extraction.incident_days import date_undated, incident_days
from eventwire.normalize.reading import lower_preserving
from eventwire.pipeline import Pipeline
from eventwire.records import RawReport

PIPE = Pipeline()

INQUIRY = (
    "QUITO, 14 FEB 90 (AFP) -- [TEXT] THE OPPOSITION HAS DEMANDED A FULL INQUIRY INTO THE MURDER OF TWO\n"
    "PEASANT LEADERS.\n\n"
    "   THE TWO MEN WERE SHOT DEAD BY GUNMEN AS THEY LEFT A MEETING IN THE TOWN OF RIOBAMBA.\n\n"
    "   AT A NEWS CONFERENCE, PARTY LEADERS CONDEMNED THE COWARDLY CRIME PERPETRATED ON 9 FEBRUARY BY MEN\n"
    "IN CIVILIAN CLOTHES.\n\n"
    "   THE PARTY ALSO ASKED THE GOVERNMENT TO PROTECT ITS CANDIDATES BEFORE THE ELECTIONS.\n"
)

TWO_DAYS_NAMED = (
    "QUITO, 14 FEB 90 (AFP) -- [TEXT] THE OPPOSITION HAS DEMANDED A FULL INQUIRY INTO THE MURDER OF TWO\n"
    "PEASANT LEADERS.\n\n"
    "   THE TWO MEN WERE SHOT DEAD BY GUNMEN AS THEY LEFT A MEETING IN THE TOWN OF RIOBAMBA.\n\n"
    "   PARTY LEADERS SAID THE CRIME PERPETRATED ON 9 FEBRUARY WAS THE WORK OF THE SAME MEN WHO PLANNED\n"
    "THE CRIME COMMITTED ON 2 FEBRUARY IN THE CAPITAL.\n"
)


def _days(text: str, published: date) -> list[tuple[date, frozenset[str]]]:
    article = PIPE.article(RawReport(text=text, published=published))
    return [(n.day.value, n.kinds) for n in incident_days(article, lower_preserving(article.text))]


def test_a_definite_noun_binds_the_day_told_after_it():
    day = date(1990, 2, 14)
    ((value, kinds),) = _days("The ministry condemned the multiple murder that took place on 9 February.", day)
    assert value == date(1990, 2, 9) and "gunfire" in kinds
    named = _days("Talks stopped after the killing of ten union members at their office on Monday, 12 February.", day)
    assert {value for value, _ in named} == {date(1990, 2, 12)}
    ((value, kinds),) = _days("Talks stopped after the 12 February bombing of a union office.", day)
    assert value == date(1990, 2, 12) and kinds == {"blast"}
    ((value, kinds),) = _days("It happened on 11 February at noon, an official said.", day)
    assert value == date(1990, 2, 11) and "kidnapping" in kinds


def test_a_day_of_another_verb_or_an_indefinite_noun_is_not_the_incidents():
    day = date(1990, 2, 14)
    assert _days("The murder of the mayor, who was elected on 4 February, shocked the town.", day) == []
    assert _days("The police arrested three men on 9 February.", day) == []
    assert _days("A murder was reported on 9 February in the capital.", day) == []


def test_the_undated_telling_takes_the_one_day_the_article_names():
    (event,) = PIPE.extract(INQUIRY, published="1990-02-14")
    assert event.location == "Riobamba"
    assert (event.event_date, event.time_precision) == ("1990-02-09", 1)
    assert any(e.field == "event_date" and e.text == "9 FEBRUARY" for e in event.evidence)


def test_two_days_named_leave_the_telling_at_the_day_of_publication():
    assert {value for value, _ in _days(TWO_DAYS_NAMED, date(1990, 2, 14))} == {date(1990, 2, 9), date(1990, 2, 2)}
    (event,) = PIPE.extract(TWO_DAYS_NAMED, published="1990-02-14")
    assert (event.location, event.event_date, event.time_precision) == ("Riobamba", "1990-02-14", 2)


FUNERAL = (
    "CARACAS, 20 MAY 90 (EFE) -- [TEXT] THOUSANDS OF PEOPLE HAVE ATTENDED THE FUNERAL OF UNION LEADER\n"
    "ARMANDO QUINTERO, WHOSE MURDER HAS SHOCKED THE OIL TOWN OF MATURIN.\n\n"
    "   THE ORGANIZERS ASKED THE GOVERNMENT TO PROTECT OTHER UNION LEADERS.\n\n"
    "   QUINTERO WAS SHOT DEAD ON 16 MAY AS HE LEFT HIS OFFICE, THE POLICE SAID.\n"
)


def test_a_deed_told_with_its_day_dates_the_undated_telling_of_the_same_victim():
    day = date(1990, 5, 20)
    ((value, kinds),) = _days("The police said that Quintero was shot dead on 16 May as he left his office.", day)
    assert value == date(1990, 5, 16) and kinds == {"gunfire"}
    article = PIPE.article(RawReport(text=FUNERAL, published=day))
    (named,) = incident_days(article, lower_preserving(article.text))
    assert named.victim == {"quintero"}
    lead, *_ = PIPE.extract(FUNERAL, published="1990-05-20")
    assert (lead.location, lead.event_date, lead.time_precision) == ("Maturin", "1990-05-16", 1)


def test_a_victim_named_only_by_a_role_links_no_telling():
    text = ("CARACAS, 20 MAY 90 (EFE) -- [TEXT] THOUSANDS OF PEOPLE TODAY ATTENDED THE FUNERAL OF A UNION LEADER\n"
            "WHOSE MURDER HAS SHOCKED THE OIL TOWN OF MATURIN.\n\n"
            "   IN ANOTHER CITY A MAYOR WAS SHOT DEAD ON 16 MAY AS HE LEFT HIS OFFICE, THE POLICE SAID.\n")
    article = PIPE.article(RawReport(text=text, published=date(1990, 5, 20)))
    assert incident_days(article, lower_preserving(article.text)) == []


def test_days_since_the_incident_count_back_from_the_report():
    day = date(1990, 2, 14)
    ((value, kinds),) = _days("It has been three days since the massacre and nobody has been arrested.", day)
    assert value == date(1990, 2, 11) and "gunfire" in kinds
    assert _days("It has been three days since the elections and nobody has been arrested.", day) == []


def test_an_incident_named_as_the_time_of_another_lends_it_no_day():
    text = ("KABUL (Reuters) - Officials on Tuesday condemned the killing of a radio reporter in the city of "
            "Jalalabad.\n\n"
            "The reporter was shot dead by gunmen as he left his home, police said.\n\n"
            "The killing came two days after the assassination of a provincial governor on Sunday.\n")
    assert _days(text, date(2024, 3, 12)) == []
    assert _days("Shops stayed shut since the 4 March bombing of the market.", date(2024, 3, 12)) == []
    (event,) = PIPE.extract(text, published="2024-03-12")
    assert (event.event_date, event.time_precision) == ("2024-03-12", 2)


POINTED_BACK = (
    "GUATEMALA CITY, 22 MAR 90 (EFE) -- [TEXT] ERNESTO VILLATORO, A LEADER OF THE RULING PARTY, WAS SHOT\n"
    "DEAD ON 20 MARCH BY UNIDENTIFIED MEN, THE POLICE REPORTED TODAY.\n\n"
    "   NO ONE KNOWS THE MOTIVE FOR THE PARTY LEADER'S MURDER IN QUETZALTENANGO DEPARTMENT, A PROVINCE\n"
    "TROUBLED BY POLITICAL VIOLENCE IN RECENT WEEKS.\n"
)


def _undated_telling(article, text: str, start_words: str):
    """The article's event, told again (as the assembler may leave it) by the sentence opening with
    `start_words`, with no day of its own: the day of publication at precision 2."""
    (event,) = PIPE.extract(text, published=article.published.isoformat())
    own = next(s for s in article.sentences if article.text[s.start:s.end].startswith(start_words))
    return replace(event, event_date=article.published.isoformat(), time_precision=2, sentence_start=own.start,
                   sentence_end=own.end, evidence=[e for e in event.evidence if e.field != "event_date"])


def test_a_definite_noun_told_without_a_day_points_back_at_the_deed_dated_by_its_verb():
    article = PIPE.article(RawReport(text=POINTED_BACK, published=date(1990, 3, 22)))
    telling = _undated_telling(article, POINTED_BACK, "NO ONE KNOWS")
    date_undated(article, lower_preserving(article.text), [telling])
    assert (telling.event_date, telling.time_precision) == ("1990-03-20", 1)
    # without the definite noun, a telling that does not name Villatoro is not his killing
    other = POINTED_BACK.replace("THE PARTY LEADER'S MURDER", "A MURDER")
    article = PIPE.article(RawReport(text=other, published=date(1990, 3, 22)))
    telling = _undated_telling(article, other, "NO ONE KNOWS")
    date_undated(article, lower_preserving(article.text), [telling])
    assert telling.event_date == "1990-03-22"


def test_reported_missing_on_a_day_is_the_day_of_the_kidnapping_of_that_person():
    day = date(1989, 12, 12)
    ((value, kinds),) = _days("Villalobos, 45, who was reported missing in the northeast early on 11 December, owns a firm.",
                              day)
    assert value == date(1989, 12, 11) and kinds == {"kidnapping"}


def test_a_day_in_the_possessive_names_the_incident_unless_another_is_avenged():
    day = date(2024, 3, 12)
    ((value, kinds),) = _days("Yesterday's bombing was the second attack on the market this year.", day)
    assert value == date(2024, 3, 11) and kinds == {"blast"}
    ((value, kinds),) = _days("Officials said Sunday's attack was the deadliest in months.", day)
    assert value == date(2024, 3, 10) and "gunfire" in kinds
    assert _days("The senator said the massacre was in reprisal for last Friday's ambush.", day) == []


def test_an_undated_blast_takes_the_day_a_later_sentence_names_it_by():
    text = ("MEDELLIN, 12 MAR 24 (EFE) -- [TEXT] NINE PEOPLE DIED AND 40 WERE WOUNDED WHEN A CAR LOADED WITH\n"
            "EXPLOSIVES BLEW UP OUTSIDE A POLICE STATION IN THE CENTRE OF MEDELLIN.\n\n"
            "   THE POLICE BLAMED A DRUG GANG.  YESTERDAY'S BOMBING WAS THE SECOND AGAINST THE STATION THIS YEAR.\n")
    (event,) = PIPE.extract(text, published="2024-03-12")
    assert event.event_type == "Explosions/Remote violence"
    assert (event.event_date, event.time_precision) == ("2024-03-11", 1)


def test_a_headline_naming_the_incidents_day_dates_the_story_told_under_the_dateline():
    text = ("Saturday's attack on Plateau village kills nine\n\nJOS, Nigeria (AP) - Gunmen killed nine people in the "
            "village of Bokkos in Plateau state, police said. The attackers fled into the bush.\n")
    (event,) = PIPE.extract(text, published="2026-03-16")
    assert (event.event_date, event.time_precision, event.location) == ("2026-03-14", 1, "Bokkos")
    # a headline's day that names no incident ("Nigeria news, Monday 16 March") dates nothing
    plain = text.replace("Saturday's attack on Plateau village kills nine", "Nigeria news on Saturday")
    (event,) = PIPE.extract(plain, published="2026-03-16")
    assert (event.event_date, event.time_precision) == ("2026-03-16", 2)


def test_the_doers_of_the_incident_named_with_a_day_date_the_undated_lead():
    text = ("JOS, Nigeria (AP) — Gunmen killed nine people in the village of Bokkos in Plateau state, police "
            "said.\n\nResidents said the gunmen arrived on motorcycles late on Saturday and opened fire.\n")
    (event,) = PIPE.extract(text, published="2026-03-16")
    assert (event.event_date, event.time_precision, event.location) == ("2026-03-14", 1, "Bokkos")
    # the doers seen on two days name no one day; a standing force's day is no incident's
    two = text + "The gunmen had been seen near the town on Thursday.\n"
    assert [(e.event_date, e.time_precision) for e in PIPE.extract(two, published="2026-03-16")] \
        == [("2026-03-16", 2)]
    army = text.replace("the gunmen arrived on motorcycles", "the army deployed troops to the area")
    assert [(e.event_date, e.time_precision) for e in PIPE.extract(army, published="2026-03-16")
            if e.sub_event_type == "Attack"] == [("2026-03-16", 2)]


# the victim's day told by the deed's verb in the forms wire copy uses besides "X was killed on ..."
CIRCUMSTANCES = (
    "TEGUCIGALPA, 20 MAR 90 (AFP) -- [TEXT] THE RECTOR OF THE NATIONAL UNIVERSITY PROTESTED TODAY THE MURDER OF\n"
    "A LAW STUDENT AND ASKED THE COURTS TO FIND THOSE RESPONSIBLE.\n\n"
    "   THE RECTOR SAID THAT STUDENT JOAQUIN ALVARENGA TROCHEZ, 22, WAS BRUTALLY AND COWARDLY SHOT IN THE NECK\n"
    "WHEN HE WAS LEAVING A BUS STOP IN NORTHERN TEGUCIGALPA ON 14 MARCH.\n\n"
    "   THE UNIVERSITY WILL CLOSE FOR ONE DAY IN MOURNING.\n"
)

ROLE_ONLY = (
    "SAN SALVADOR, 20 MAR 90 (EFE) -- [TEXT] HOSPITAL SOURCES SAID TODAY THAT THE CANADIAN NURSE, SISTER\n"
    "ELOISE BRANTFORD, WHO WAS SHOT BY UNIDENTIFIED MEN IN SAN MIGUEL, IS RECOVERING.\n\n"
    "   A DOCTOR AT THE CLINIC WHERE THE NURSE WAS TREATED AFTER BEING WOUNDED ON THE ROAD TO THE CLINIC ON\n"
    "17 MARCH, SAID THAT SHE WILL BE FLOWN HOME.\n"
)

ACTIVE = (
    "CARACAS, 20 MAR 90 (AFP) -- [TEXT] THE REBEL GROUP WHICH KIDNAPPED A DUTCH ENGINEER, PIETER VAN\n"
    "DRUNEN, NEAR THE BORDER IS DEMANDING A RANSOM OF 2 MILLION DOLLARS.\n\n"
    "   THE GUERRILLAS, WEARING ARMY UNIFORMS, SEIZED THE 40-YEAR-OLD ENGINEER LAST 2 MARCH AT A ROADBLOCK ON\n"
    "THE HIGHWAY.\n"
)


def test_the_victims_day_told_with_its_circumstances():
    (event,) = PIPE.extract(CIRCUMSTANCES, published="1990-03-20")
    assert (event.event_date, event.time_precision) == ("1990-03-14", 1)


def test_a_victim_told_by_one_persons_role_takes_the_day_of_its_wounding():
    (event,) = PIPE.extract(ROLE_ONLY, published="1990-03-20")
    assert (event.event_date, event.time_precision) == ("1990-03-17", 1)
    # "the students", a plural role, names no one: no day given to another incident
    day = date(1990, 3, 20)
    article = PIPE.article(RawReport(text="The students were wounded on 17 March.", published=day))
    assert all(not n.victim for n in incident_days(article, lower_preserving(article.text)))


def test_the_active_voice_names_its_victim_as_the_object():
    day = date(1990, 3, 20)
    article = PIPE.article(RawReport(text="Rebels kidnapped the 40-year-old engineer last 2 March near the border.",
                                     published=day))
    (found,) = incident_days(article, lower_preserving(article.text))
    assert found.day.value == date(1990, 3, 2) and found.victim == {"engineer"} and found.kinds == {"kidnapping"}
    # the object of another verb ("met the engineer on 2 March") is no victim
    article = PIPE.article(RawReport(text="Rebels met the engineer on 2 March near the border.", published=day))
    assert incident_days(article, lower_preserving(article.text)) == []


# the kidnapping's day told in the lead; the telling that names it next is joined by the bodies found "this
# morning", the kidnapping's end, whose day is not the kidnapping's
BODIES_FOUND = (
    "GUATEMALA CITY, 20 MAR 90 (EFE) -- [TEXT] THE BODIES OF TWO UNION LEADERS WERE FOUND TODAY NEAR THE\n"
    "MEXICAN BORDER AFTER THE MEN WERE KIDNAPPED IN QUETZALTENANGO YESTERDAY.\n\n"
    "   THE UNION SAID THE TWO MEN HAD LED ITS BRANCH IN THE WESTERN HIGHLANDS FOR TEN YEARS.\n\n"
    "   ITS STATEMENT IS THE FIRST OFFICIAL REACTION TO THE KIDNAPPING AND MURDER OF BOTH MEN.\n\n"
    "   THE BODIES OF THE TWO LEADERS WERE FOUND EARLY THIS MORNING WITH BULLET WOUNDS IN THE HEAD.\n"
)


def test_an_incident_whose_only_day_told_is_its_ends_takes_the_day_named_elsewhere():
    events = PIPE.extract(BODIES_FOUND, published="1990-03-20")
    taken = [e for e in events if e.sub_event_type == "Abduction/forced disappearance"]
    assert taken and {(e.event_date, e.time_precision) for e in taken} == {("1990-03-19", 1)}


def test_a_deed_not_done_names_no_incidents_day():
    day = date(1990, 3, 20)
    assert _days("The rebels want to make people forget yesterday's foiled attack on the barracks.", day) == []
    assert _days("Police recalled the attempted kidnapping on 12 March of a banker.", day) == []
    ((value, _),) = _days("The rebels want to make people forget yesterday's attack on the barracks.", day)
    assert value == date(1990, 3, 19)
