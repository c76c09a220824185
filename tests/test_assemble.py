"""The article stage: the tellings of one incident become one event (articles written for these tests)."""
from __future__ import annotations

from eventwire.pipeline import Pipeline

PIPE = Pipeline()

ONE_BOMBING = (
    "BOGOTA, 12 MAR 90 (EFE) -- [TEXT] A BOMB EXPLODED YESTERDAY OUTSIDE A BANK IN THE CITY OF MEDELLIN,\n"
    "KILLING FOUR PEOPLE, THE POLICE REPORTED.\n\n"
    "   THE BLAST DESTROYED THE FRONT OF THE BUILDING AND DAMAGED NEARBY SHOPS.\n\n"
    "   A POLICE SPOKESMAN SAID LATER THAT THE TOLL FROM THE ATTACK HAD RISEN TO SIX DEAD.\n\n"
    "   PRESIDENT VIRGILIO BARCO CONDEMNED THE BOMBING AND ORDERED AN INVESTIGATION.\n"
)

TWO_INCIDENTS = (
    "LIMA, 5 JUN 90 (AFP) -- [TEXT] GUERRILLAS SHOT DEAD THREE PEASANTS IN THE TOWN OF HUANTA ON 3 JUNE.\n\n"
    "   ON 4 JUNE, A CAR BOMB EXPLODED IN THE CITY OF AREQUIPA, KILLING TWO POLICEMEN.\n"
)


def test_one_bombing_told_four_times_is_one_event_with_the_complete_toll():
    events = PIPE.extract(ONE_BOMBING, published="1990-03-12")
    assert len(events) == 1
    event = events[0]
    assert event.event_type == "Explosions/Remote violence" and event.location == "Medellin"
    assert event.event_date == "1990-03-11"
    assert event.fatalities == 6          # the updated toll, never 4 + 6
    # every telling stays as evidence, pointing into the text as given
    assert {e.text for e in event.evidence if e.field == "fatalities"} >= {"SIX"}
    assert all(ONE_BOMBING[e.start:e.end] == e.text for e in event.evidence)


def test_two_incidents_on_different_days_and_towns_stay_apart():
    events = PIPE.extract(TWO_INCIDENTS, published="1990-06-05")
    assert [(e.location, e.event_date) for e in events] == [("Huanta", "1990-06-03"), ("Arequipa", "1990-06-04")]
    assert [e.fatalities for e in events] == [3, 2]


def test_mentions_say_what_their_own_sentence_told():
    from datetime import date

    from eventwire.extraction import extract_events
    from eventwire.extraction.assemble import mentions_of
    from eventwire.records import RawReport

    article = PIPE.article(RawReport(text=ONE_BOMBING, published=date(1990, 3, 12)))
    lead, *middle, later = mentions_of(article, extract_events(article))
    assert (lead.own_day, lead.own_place, lead.numbered_toll, lead.refers_back) == (True, True, True, False)
    assert all(m.refers_back for m in middle)           # "the blast destroyed the front of the building"
    assert later.refers_back and not later.own_day      # "the toll from the attack"


def test_talk_of_attacks_in_a_long_article_is_no_event_but_a_told_attack_is():
    text = (
        "The defence minister spoke to reporters in the capital on Tuesday. "
        "He said the rebels were planning an attack on the capital before the elections. "
        "He gave no details of the plan. "
        "The opposition said the minister wanted to delay the vote. "
        "Diplomats said the talks would resume next month. "
        "Separately, gunmen shot dead two farmers in the village of Ocotal on Monday, police said."
    )
    events = PIPE.extract(text, published="1990-06-06")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 2)]


def test_the_dateline_city_is_the_scene_only_when_the_article_names_no_other_town():
    alone = ("QUITO, 2 FEB 91 (EFE) -- [TEXT] A BOMB EXPLODED AT THE OFFICES OF A NEWSPAPER\n"
             "LAST NIGHT, DESTROYING ITS PRINTING PRESS.  NOBODY WAS HURT, THE POLICE SAID.\n")
    (event,) = PIPE.extract(alone, published="1991-02-02")
    assert event.location == "Quito" and event.geo_precision == 2
    elsewhere = alone.replace("OFFICES OF A NEWSPAPER\n", "OFFICES OF A NEWSPAPER IN THE CITY OF\nGUAYAQUIL ")
    (event,) = PIPE.extract(elsewhere, published="1991-02-02")
    assert event.location == "Guayaquil"


def test_a_recollection_of_years_ago_is_background_even_when_told_first():
    text = ("Judge Maria Ortiz, whose brother was murdered by the cartel in 1985, opened the trial on Monday. "
            "She told the court she would not be intimidated.")
    assert PIPE.extract(text, published="1990-06-06") == []


def test_a_past_perfect_recollection_after_the_news_is_background():
    text = ("Gunmen shot dead three traders in the market of the town of Bunia on Sunday, police said. "
            "The same militia had killed 30 villagers in a similar attack near the town of Mahagi.")
    events = PIPE.extract(text, published="2021-03-08")
    assert [(e.location, e.fatalities) for e in events] == [("Bunia", 3)]


A_WIRE_STORY = (
    'BEIRUT (Reuters) - An air strike killed 20 fighters in northwest Syria on Sunday, a war monitor said.\n'
    'The strike hit a base of the Faylaq al-Sham group near the town of Sarmada in Idlib province, '
    'the Syrian Observatory for Human Rights said, putting the toll at 22.\n'
    'Rebel officials said Russian jets carried out the raid.\n'
    "Russia's defence ministry did not comment.\n"
    'The group had lost 30 fighters in a similar attack last year.\n'
    'Turkey, which backs some rebel groups, condemned the attack.\n'
)


def test_a_wire_lead_and_its_elaboration_are_one_event_at_the_town_by_the_forces_named():
    (event,) = PIPE.extract(A_WIRE_STORY, published="2020-10-26")
    assert event.sub_event_type == "Air/drone strike" and event.location == "Sarmada"
    assert event.event_date == "2020-10-25" and event.fatalities == 20
    assert event.actor1 == "Military Forces of Russia"      # the jets, not the fighters they killed


def test_a_toll_with_no_number_never_replaces_one_told_with_a_number():
    text = ("GUNMEN MURDERED TWO TEACHERS IN THE TOWN OF OCOTAL ON MONDAY. THE TEACHERS WERE MURDERED AS THEY\n"
            "LEFT THE SCHOOL, THE POLICE SAID.\n")
    (event,) = PIPE.extract(text, published="1990-06-06")
    assert event.fatalities == 2


PIPELINE_BLAST = (
    "LAGOS, 10 MAY 21 (REUTERS) -- MILITANTS HAVE CARRIED OUT A NEW ATTACK ON AN OIL PIPELINE IN BAYELSA STATE.\n\n"
    "   THE ATTACK TOOK PLACE LATE YESTERDAY WHEN GUNMEN SET OFF 10 KG OF DYNAMITE UNDER THE LINE NEAR NEMBE.\n\n"
    "   THE BLAST DESTROYED A LONG SECTION OF THE PIPELINE, THE OPERATOR SAID.\n"
)


def test_a_blast_and_the_property_it_destroyed_are_one_bombing_on_the_day_told():
    events = PIPE.extract(PIPELINE_BLAST, published="2021-05-10")
    assert [(e.sub_event_type, e.event_date, e.location) for e in events] == [
        ("Remote explosive/landmine/IED", "2021-05-09", "Nembe")]


def test_kilograms_of_dynamite_are_a_bomb_not_a_drug_seizure():
    events = PIPE.extract("Two men on a motorcycle set off 5 kg of dynamite outside the bank in Yumbo on Sunday.",
                          published="2021-05-10")
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


def test_a_sentence_that_opens_on_a_separate_incident_is_not_joined_to_the_one_before():
    text = (
        "SAN SALVADOR, 8 MAY 90 (ACAN-EFE) -- [TEXT] A BOMB EXPLODED LAST NIGHT AT A POWER PLANT IN THE DEPARTMENT OF "
        "SAN MIGUEL, DAMAGING TWO TRANSFORMERS, MILITARY SOURCES SAID.\n\n"
        "   THE ARMED FORCES BLAMED URBAN COMMANDOS FOR THE ATTACK.\n\n"
        "   IN A SEPARATE INCIDENT, A GROUP OF ARMED MEN LOOTED AND SET FIRE TO A COFFEE WAREHOUSE.\n\n"
        "   NO GROUP HAS CLAIMED RESPONSIBILITY.\n\n   THE GOVERNMENT CALLED FOR CALM.\n"
    )
    events = PIPE.extract(text, published="1990-05-08")
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED", "Looting/property destruction"]


def test_meanwhile_and_another_attack_each_tell_a_new_killing():
    text = (
        "LIMA, 2 JUL 90 (AFP) -- [TEXT] GUERRILLAS KILLED A MAYOR IN THE DEPARTMENT OF JUNIN ON 1 JULY, "
        "POLICE SAID.\n\n"
        "   THE MAYOR WAS SHOT AS HE LEFT HIS OFFICE.\n\n"
        "   MEANWHILE, IN HUANCAYO, GUNMEN SHOT DEAD A JUDGE.\n\n"
        "   IN ANOTHER ATTACK, REBELS MURDERED TWO FARMERS.\n\n"
        "   POLICE SAID THEY HAD NO SUSPECTS.\n\n   THE INTERIOR MINISTER ISSUED A STATEMENT.\n\n"
        "   TALKS ARE DUE NEXT WEEK.\n"
    )
    events = PIPE.extract(text, published="1990-07-02")
    assert [e.sub_event_type for e in events] == ["Attack"] * 3
    assert [e.fatalities for e in events] == [1, 1, 2]


def test_the_telling_of_the_same_incident_still_joins_without_a_turning_word():
    text = (
        "LIMA, 2 JUL 90 (AFP) -- [TEXT] GUERRILLAS KILLED A MAYOR IN THE DEPARTMENT OF JUNIN ON 1 JULY, "
        "POLICE SAID.\n\n"
        "   THE MAYOR WAS SHOT AS HE LEFT HIS OFFICE.\n\n"
        "   POLICE SAID THEY HAD NO SUSPECTS.\n\n   THE INTERIOR MINISTER ISSUED A STATEMENT.\n\n"
        "   TALKS ARE DUE NEXT WEEK.\n"
    )
    assert len(PIPE.extract(text, published="1990-07-02")) == 1


def _troops_story(news: str) -> str:
    """A long wire story about troops and politics, with one sentence of news in it."""
    return ("BOGOTA, 3 APR 90 (EFE) -- [TEXT] THE GOVERNMENT SAID TODAY IT WOULD SEND MORE TROOPS TO THE NORTH.\n\n"
            f"   {news}\n\n"
            "   OFFICIALS BLAMED DRUG TRAFFICKERS.\n\n   THE MINISTER SPOKE TO REPORTERS.\n\n"
            "   THE OPPOSITION CRITICIZED THE PLAN.\n\n   CONGRESS WILL DEBATE IT ON MONDAY.\n")


def test_counted_deeds_that_did_harm_are_news_in_a_long_article():
    text = _troops_story("IN THE PAST WEEK, TWO BOMBINGS HAVE WOUNDED SIX PEOPLE IN THE CITY OF CUCUTA.")
    events = PIPE.extract(text, published="1990-04-03")
    assert [(e.event_type, e.location) for e in events] == [("Explosions/Remote violence", "Cucuta")]


def test_counted_deeds_named_as_a_charge_stay_talk_in_a_long_article():
    text = _troops_story("THE MINISTER BLAMED THE CARTEL FOR THE BOMBINGS IN THE CITY OF CUCUTA.")
    assert PIPE.extract(text, published="1990-04-03") == []


def test_meanwhile_in_a_short_note_is_the_same_scene():
    text = ("On 3 May 2023, teachers staged a rally in Nairobi over unpaid wages. "
            "Meanwhile parents took out a counter rally against the strike.")
    assert len(PIPE.extract(text, published="2023-05-04")) == 1


def test_an_attack_that_cost_lives_is_news_in_a_long_article_even_without_a_number():
    text = _troops_story("THE GOVERNOR WAS UNHURT, BUT HIS BODYGUARDS DIED IN AN ATTACK NEAR THE CITY OF CUCUTA.")
    events = PIPE.extract(text, published="1990-04-03")
    assert [(e.sub_event_type, e.location) for e in events] == [("Attack", "Cucuta")]


def test_the_district_of_the_city_named_after_the_lead_is_the_same_scene():
    text = (
        "LIMA, 9 JAN 90 (EFE) -- [TEXT] A FORMER CABINET MINISTER WAS SHOT DEAD TODAY IN LIMA, THE POLICE "
        "REPORTED.\n\n"
        "   THE FORMER MINISTER WAS RIDDLED WITH BULLETS BY THREE YOUNG MEN AS HE LEFT HIS CAR IN MIRAFLORES.\n"
    )
    events = PIPE.extract(text, published="1990-01-09")
    assert len(events) == 1 and events[0].sub_event_type == "Attack"


def test_a_killing_in_a_distant_town_after_the_lead_stays_its_own_incident():
    text = (
        "LIMA, 9 JAN 90 (EFE) -- [TEXT] A FORMER CABINET MINISTER WAS SHOT DEAD TODAY IN LIMA, THE POLICE "
        "REPORTED.\n\n"
        "   A JUDGE WAS RIDDLED WITH BULLETS BY THREE YOUNG MEN AS HE LEFT HIS CAR IN AREQUIPA.\n"
    )
    events = PIPE.extract(text, published="1990-01-09")
    assert [e.location for e in events] == ["Lima", "Arequipa"]


def test_the_bodies_of_people_kidnapped_are_the_kidnapping_told_to_its_end():
    text = (
        "GUATEMALA CITY, 13 JAN 90 (EFE) -- [TEXT] TWO OPPOSITION LEADERS WERE KIDNAPPED BY HEAVILY ARMED MEN "
        "YESTERDAY IN GUATEMALA CITY AS THEY DROVE TO THE AIRPORT.\n\n"
        "   THEIR BODIES WERE FOUND THIS MORNING NEAR THE TOWN OF JALPATAGUA, WITH GUNSHOT WOUNDS.\n"
    )
    events = PIPE.extract(text, published="1990-01-13")
    assert len(events) == 1
    assert events[0].sub_event_type == "Abduction/forced disappearance"
    assert events[0].event_date == "1990-01-12" and events[0].location == "Guatemala City"


def test_bodies_of_unnamed_people_found_after_a_kidnapping_are_their_own_incident():
    text = (
        "GUATEMALA CITY, 13 JAN 90 (EFE) -- [TEXT] TWO OPPOSITION LEADERS WERE KIDNAPPED BY HEAVILY ARMED MEN "
        "YESTERDAY IN GUATEMALA CITY AS THEY DROVE TO THE AIRPORT.\n\n"
        "   THE BODIES OF THREE PEASANTS WERE FOUND THIS MORNING NEAR THE TOWN OF JALPATAGUA, WITH GUNSHOT WOUNDS.\n"
    )
    events = PIPE.extract(text, published="1990-01-13")
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance", "Attack"]


def test_hostages_freed_later_in_the_story_are_the_kidnapping_told_again():
    text = (
        "BRASILIA, 2 JUN 89 (DOMESTIC SERVICE) -- [TEXT] REBELS TODAY RELEASED THREE ENGINEERS WHO HAD BEEN "
        "KIDNAPPED IN THE NORTH OF THE COUNTRY, NEAR THE TOWN OF BARRANCABERMEJA.\n\n"
        "   THE FOREIGN MINISTRY SAID THE HOSTAGES WERE RELEASED WITHOUT A RANSOM BEING PAID, IN RIO DE JANEIRO.\n"
    )
    events = PIPE.extract(text, published="1989-06-02")
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_another_kidnapping_told_with_its_release_stays_its_own():
    text = (
        "BOGOTA, 14 FEB 90 (EFE) -- [TEXT] A U.S. PROFESSOR WAS KIDNAPPED ON 13 FEBRUARY IN MEDELLIN.\n\n"
        "   ANOTHER U.S. CITIZEN WAS KIDNAPPED ON 12 FEBRUARY NEAR MEDELLIN AND RELEASED ON 13 FEBRUARY.\n"
    )
    events = PIPE.extract(text, published="1990-02-14")
    assert [e.event_date for e in events] == ["1990-02-13", "1990-02-12"]


def test_victims_named_by_a_pronoun_are_the_people_already_told_of():
    text = (
        "MEDELLIN, 24 FEB 90 (AFP) -- [TEXT] TWO U.S. CITIZENS WHO HAD BEEN KIDNAPPED BY GUERRILLAS ON 12 FEBRUARY "
        "IN ANTIOQUIA DEPARTMENT WERE FREED TODAY.\n\n"
        "   ACCORDING TO THE TWO MEN, THE REBELS KIDNAPPED THEM IN PROTEST AT A SUMMIT HELD IN CARTAGENA.\n"
    )
    events = PIPE.extract(text, published="1990-02-24")
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_a_peaceful_protest_over_killings_has_no_dead_of_its_own():
    text = ("On 3 March 2021, about 200 relatives of the 14 miners who were killed in the pit collapse marched "
            "peacefully through Kitwe to demand compensation from the company.")
    events = PIPE.extract(text, published="2021-03-03")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]
    assert events[0].fatalities == 0


def test_victims_named_again_with_the_take_the_count_told_before():
    text = ("SAN SALVADOR, 17 NOV 89 (AFP) -- [TEXT] THE ARCHBISHOP HAS CONDEMNED THE ATTACK ON THE HOUSE OF SIX NUNS "
            "OF THE MERCY ORDER IN SANTA ANA.\n\n   ACCORDING TO WITNESSES, THE NUNS WERE MURDERED AT DAWN YESTERDAY BY "
            "MEN IN UNIFORM.\n")
    events = PIPE.extract(text, published="1989-11-17")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 6)]
    assert any(e.field == "fatalities" and e.text == "SIX NUNS" for e in events[0].evidence)


def test_a_coder_s_note_after_the_toll_shares_it_among_the_events_coded_apart():
    split = ("On 6 June 2021, army artillery struck rebel camps near Gwoza (Borno) and Bama (Borno). 30 fighters "
             "were reported killed across the two strikes. Fatalities split between 2 events.")
    given = ("On 6 June 2021, 9 militants were killed in police raids in four districts of Kunar. Fatalities are "
             "split across 4 events (3).")
    assert [e.fatalities for e in PIPE.extract(split, published="2021-06-06")] == [15]
    assert [e.fatalities for e in PIPE.extract(given, published="2021-06-06")] == [3]


def test_a_coder_s_note_two_sentences_after_the_toll_sets_it():
    text = ("On 9 June 2021, army jets struck rebel positions near Gao, reportedly killing or injuring dozens of "
            "fighters. The share of dead and wounded was not reported. Unknown fatalities coded as 10.")
    assert [e.fatalities for e in PIPE.extract(text, published="2021-06-09")] == [10]


def test_a_later_toll_that_says_also_adds_to_the_dead():
    text = ("On 3 June 2021, 3 policemen were killed and 2 were wounded in an attack by rebels on a checkpoint in "
            "Bati district, Kunar. Officials said 5 rebels were also killed.")
    assert [e.fatalities for e in PIPE.extract(text, published="2021-06-03")] == [8]


SENATOR_KILLED = (
    "BOGOTA, 20 AUG 89 (EFE) -- [TEXT] GUNMEN SHOT DEAD SENATOR PEDRO LUNA YESTERDAY AS HE LEFT A MEETING IN THE\n"
    "CITY OF CALI, THE POLICE REPORTED.\n\n"
    "   ON THE SAME DAY A BOMB EXPLODED AT A BANK IN MEDELLIN, WOUNDING TWO GUARDS.\n\n"
    "   THE POLICE CHIEF SAID THAT LUNA'S MURDER IN CALI HAD BEEN PLANNED FOR WEEKS.\n"
)


def test_a_deed_named_by_its_victim_is_the_deed_told_of_that_person():
    events = PIPE.extract(SENATOR_KILLED, published="1989-08-20")
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Attack", "Cali"), ("Remote explosive/landmine/IED", "Medellin")]
    killing = events[0]
    assert "LUNA'S MURDER" in killing.notes and killing.event_date == "1989-08-19"
    assert "LUNA'S MURDER" not in events[1].notes      # not the bombing told between them


MAYOR_KIDNAPPED = (
    "BOGOTA, 9 JAN 90 (EFE) -- [TEXT] GUERRILLAS KIDNAPPED MAYOR HUMBERTO ZAMBRANO OF ACHI ON 5 JANUARY, THE\n"
    "POLICE REPORTED.\n\n"
    "   ON 7 JANUARY A BOMB EXPLODED AT A BANK IN MEDELLIN, WOUNDING TWO GUARDS.\n\n"
    "   THE AUTHORITIES SAID TODAY THAT ZAMBRANO WAS KIDNAPPED BY ELN GUERRILLAS AS HE TRAVELLED BY BOAT.\n"
)

TWO_CATTLEMEN = (
    "BOGOTA, 4 MAR 90 (EFE) -- [TEXT] THE ELN KIDNAPPED SEVERAL PEOPLE OVER THE WEEKEND, THE POLICE SAID.\n\n"
    "   IN CORDOBA, CATTLEMAN GERMAN SIERRA WAS KIDNAPPED ON THE ROAD OUTSIDE MONTERIA.\n\n"
    "   IN SUCRE, CATTLEMAN PEDRO ARANGO WAS KIDNAPPED AT HIS ESTATE NEAR SINCELEJO.\n"
)


def test_the_victim_named_again_tells_the_same_kidnapping_whatever_day_the_telling_gives():
    events = PIPE.extract(MAYOR_KIDNAPPED, published="1990-01-09")
    kidnappings = [e for e in events if e.sub_event_type == "Abduction/forced disappearance"]
    assert len(kidnappings) == 1
    assert kidnappings[0].event_date == "1990-01-05"       # the deed's day, not the day it was reported
    assert "AS HE TRAVELLED BY BOAT" in kidnappings[0].notes


def test_victims_who_share_only_a_trade_in_two_towns_are_two_kidnappings():
    events = PIPE.extract(TWO_CATTLEMEN, published="1990-03-04")
    notes = [e.notes for e in events if e.sub_event_type == "Abduction/forced disappearance"]
    assert any("SIERRA" in n and "ARANGO" not in n for n in notes)
    assert any("ARANGO" in n and "SIERRA" not in n for n in notes)



def _telling(location: str, latitude: float, longitude: float, victims: set[str], sentence_start: int):
    from eventwire.extraction.assemble import Mention
    from eventwire.records import Event

    event = Event(sub_event_type="Attack", event_type="Violence against civilians", location=location,
                  latitude=latitude, longitude=longitude, geo_precision=1, notes="", sentence_start=sentence_start)
    return Mention(event=event, own_day=False, own_place=True, numbered_toll=False, refers_back=False,
                   victims=frozenset(victims))


def test_a_surname_read_as_a_town_does_not_part_the_victim_from_her_killing():
    from eventwire.extraction.assemble import _same_victim

    lead = _telling("Bogota", 4.61, -74.08, {"angela", "guerrero"}, 0)
    # "Angela de Guerrero was shot from a car": her surname read as a town far away
    assert _same_victim([lead], _telling("Guerrero", 17.6, -99.9, {"guerrero"}, 200))
    # two victims who share a trade, each in a town of its own: two incidents
    trade = _telling("Monteria", 8.75, -75.88, {"cattleman", "sierra"}, 0)
    assert not _same_victim([trade], _telling("Sincelejo", 9.3, -75.4, {"cattleman", "arango"}, 200))
    # one sentence listing the villages raided: an incident for each, whatever names they share
    assert not _same_victim([lead], _telling("Guerrero", 17.6, -99.9, {"guerrero"}, 0))


def test_a_kidnapped_victim_killed_later_ends_the_same_kidnapping():
    text = MAYOR_KIDNAPPED.replace(
        "THE AUTHORITIES SAID TODAY THAT ZAMBRANO WAS KIDNAPPED BY ELN GUERRILLAS AS HE TRAVELLED BY BOAT.",
        "THE AUTHORITIES SAID TODAY THAT ZAMBRANO WAS MURDERED BY HIS CAPTORS IN THE JUNGLE.")
    events = PIPE.extract(text, published="1990-01-09")
    assert [e.sub_event_type for e in events].count("Attack") == 0
    kidnapping = next(e for e in events if e.sub_event_type == "Abduction/forced disappearance")
    assert "MURDERED BY HIS CAPTORS" in kidnapping.notes and kidnapping.event_date == "1990-01-05"


def test_a_town_named_once_in_a_country_the_article_is_not_about_is_a_misread_name():
    text = ("SAN SALVADOR, 19 MAR 89 (AFP) -- [TEXT] UNIDENTIFIED MEN SHOT DEAD TWO REPORTERS IN SOYAPANGO ON THE\n"
            "NIGHT OF 18 MARCH, THE POLICE OF SAN SALVADOR REPORTED.\n\n"
            "   THE POLICE SAID THAT REPORTER JOSE CORDOBA WAS SHOT WHILE HE WAS DRIVING BACK TO THE CAPITAL.\n")
    events = PIPE.extract(text, published="1989-03-19")
    assert [(e.sub_event_type, e.location, e.event_date) for e in events] == [("Attack", "Soyapango", "1989-03-18")]


def test_the_day_the_bodies_were_found_does_not_date_the_kidnapping():
    text = ("QUITO, 10 MAY 90 (EFE) -- [TEXT] THE CHURCH TODAY CONDEMNED THE MURDER OF TWO PEASANT LEADERS OF\n"
            "CHIMBORAZO PROVINCE.\n\n"
            "   THE STATEMENT IS THE FIRST REACTION TO THE KIDNAPPING AND MURDER OF BOTH LEADERS.\n\n"
            "   THE BODIES OF THE TWO LEADERS WERE FOUND EARLY THIS MORNING IN A DITCH NEAR THE TOWN OF GUAMOTE,\n"
            "THEIR RELATIVES TOLD EFE.\n")
    (event,) = PIPE.extract(text, published="1990-05-10")
    assert event.sub_event_type == "Abduction/forced disappearance"
    # taken on a day the story does not give: in the days before the report, not this morning
    assert (event.event_date, event.time_precision) == ("1990-05-10", 2)


FOUND_DEAD = (
    "SAN SALVADOR, 14 MAR 90 (AFP) -- [TEXT] THE NATIONAL POLICE REPORTED TODAY THAT UNION LEADER ROGELIO\n"
    "ALDANA VILLATORO HAS BEEN FOUND DEAD IN SAN SALVADOR.\n\n"
    "   RELATIVES SAID HE HAD BEEN THREATENED SEVERAL TIMES.\n\n"
    "   HIS BODY WAS FOUND ON MONDAY NEAR A RIVER ON THE OUTSKIRTS OF THE CAPITAL, WITH SIGNS OF TORTURE.\n"
)

SHOT_THEN_FOUND = (
    "SAN SALVADOR, 14 MAR 90 (AFP) -- [TEXT] UNION LEADER ROGELIO ALDANA VILLATORO WAS SHOT DEAD BY\n"
    "UNIDENTIFIED MEN IN SAN SALVADOR ON 10 MARCH, THE POLICE REPORTED TODAY.\n\n"
    "   RELATIVES SAID HE HAD BEEN THREATENED SEVERAL TIMES.\n\n"
    "   HIS BODY WAS FOUND ON 12 MARCH NEAR A RIVER ON THE OUTSKIRTS OF THE CAPITAL.\n"
)


def test_his_body_found_on_a_day_is_the_killing_told_before_dated_by_the_finding():
    events = PIPE.extract(FOUND_DEAD, published="1990-03-14")
    assert [(e.sub_event_type, e.event_date, e.time_precision) for e in events] == [("Attack", "1990-03-12", 1)]


def test_a_killing_with_its_own_day_keeps_it_when_the_body_is_found_later():
    events = PIPE.extract(SHOT_THEN_FOUND, published="1990-03-14")
    assert [(e.sub_event_type, e.event_date, e.time_precision) for e in events] == [("Attack", "1990-03-10", 1)]
