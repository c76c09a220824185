"""The coder on reports written for these tests: types, actors, dates, tolls, evidence."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import eventwire
from eventwire.extraction.dates import find_dates
from eventwire.extraction.numbers import count_fatalities
from eventwire.normalize import normalize
from eventwire.records import RawReport

SAMPLES = Path(eventwire.__file__).parent / "samples"
PUBLISHED = json.loads((SAMPLES / "published.json").read_text())


def _events(name: str):
    return eventwire.extract((SAMPLES / name).read_text(), published=PUBLISHED[name])


def _key(events):
    return [(e.event_date, e.event_type, e.sub_event_type, e.actor1, e.actor2, e.fatalities, e.location) for e in events]


def test_cased_and_tokenized_forms_give_the_same_events():
    cased = _events("idlib_airstrikes.txt")
    tokenized = _events("idlib_airstrikes.tokenized.txt")
    assert len(cased) == 2
    assert [k[:6] for k in _key(cased)] == [k[:6] for k in _key(tokenized)]
    assert [k[6].lower() for k in _key(cased)] == [k[6].lower() for k in _key(tokenized)]


def test_air_strike_and_clash_are_coded_with_acled_names():
    strike, clash = _events("idlib_airstrikes.txt")
    assert (strike.event_type, strike.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert strike.actor1 == "Military Forces of Syria"
    assert strike.actor2 == "Civilians (Syria)"
    assert strike.civilian_targeting == "Civilian targeting"
    assert strike.event_date == "2021-03-09" and strike.time_precision == 1      # "on Tuesday" before Wed 10 March
    assert strike.fatalities == 7                                                 # "at least seven"
    assert strike.interaction == 17
    assert clash.sub_event_type == "Armed clash"
    assert clash.actor1.startswith("HTS")
    assert clash.event_date == "2021-03-08" and clash.fatalities == 12


def test_every_piece_of_evidence_points_into_the_article():
    for name in ("idlib_airstrikes.txt", "idlib_airstrikes.tokenized.txt", "maiduguri_ied.txt", "nairobi_protest.txt"):
        text = (SAMPLES / name).read_text()
        for event in eventwire.extract(text, published=PUBLISHED[name]):
            assert event.evidence, name
            assert "event_type" in {e.field for e in event.evidence}
            for ev in event.evidence:
                assert text[ev.start:ev.end] == ev.text
            assert text[event.sentence_start:event.sentence_end] in event.notes or event.notes.startswith(text[event.sentence_start:event.sentence_start + 20])


def test_protest_with_police_intervention():
    (event,) = _events("nairobi_protest.txt")[:1]
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor1 == "Protesters (Kenya)"
    assert event.actor2 == "Police Forces of Kenya"
    assert event.fatalities == 0                                                  # "no one was killed"


def test_words_used_in_another_sense_give_no_event():
    assert _events("football_strike.txt") == []


def test_bombing_and_abduction_in_one_report():
    events = _events("maiduguri_ied.txt")
    subs = [e.sub_event_type for e in events]
    assert subs == ["Remote explosive/landmine/IED", "Abduction/forced disappearance"]
    assert events[0].fatalities == 3 and events[0].actor2.startswith("Military Forces of Nigeria")
    assert events[1].actor2 == "Civilians (Nigeria)"


def test_relative_dates_stay_unresolved_without_a_publication_date():
    events = eventwire.extract((SAMPLES / "nairobi_protest.txt").read_text())
    assert events and events[0].event_date is None and events[0].date_resolved is False
    assert events[0].date_text.lower() == "on wednesday"


@pytest.mark.parametrize("sentence, expected", [
    ("over fifty fighters were killed on saturday", 50),
    ("the strike killed a man", 1),
    ("dozens of militants were killed in the operation", 12),
    ("at least several people were killed near the town", 3),
    ("the death toll rose to 23", 23),
    ("10 people were injured and 2 killed", 2),
    ("no one was killed in the attack", 0),
    ("twenty-one soldiers died in the ambush", 21),
    ("20 fatalities split up between 4 events", 5),
    ("a driver was shot to death at a petrol station", 1),
    ("two brothers were shot to death in their home", 2),
    ("both victims died in hospital", 2),
    ("around 100 residents lynched two armed robbers", 2),
    ("the blast left five people dead", 5),
])
def test_fatality_counts(sentence, expected):
    assert count_fatalities(sentence).value == expected


def test_a_toll_of_the_hurt_is_no_toll_of_the_dead():
    assert count_fatalities("a roadside bomb left 3 police officers injured") is None


def test_a_closing_tally_sets_the_toll():
    (event,) = eventwire.extract("On 3 May 2021, armed men attacked two traders in the market. Both were taken to hospital. "
                                 "2 fatalities.", published="2021-05-04")
    assert event.fatalities == 2




def test_injuries_alone_are_not_fatalities():
    assert count_fatalities("five people were wounded in the blast") is None


@pytest.mark.parametrize("phrase, iso, precision", [
    ("on friday", "2017-09-22", 1),
    ("last tuesday", "2017-09-19", 1),
    ("on 9 may", "2017-05-09", 1),
    ("on 28 december", "2016-12-28", 1),
    ("yesterday", "2017-09-23", 1),
    ("in early september", "2017-09-01", 3),
])
def test_dates_resolve_against_publication(phrase, iso, precision):
    (mention,) = find_dates(phrase, date(2017, 9, 24))
    assert mention.value.isoformat() == iso and mention.precision == precision


def test_reporting_dates_are_marked():
    (mention,) = find_dates("rebels and witnesses said on sunday", date(2017, 9, 24))
    assert mention.reporting


def test_dateline_and_lowercased_form_are_recognised():
    cased = normalize(RawReport(text=(SAMPLES / "idlib_airstrikes.txt").read_text()))
    tokenized = normalize(RawReport(text=(SAMPLES / "idlib_airstrikes.tokenized.txt").read_text()))
    assert cased.dateline.place == "BEIRUT" and cased.agency == "Reuters" and not cased.lowercased
    assert tokenized.dateline.place == "beirut" and tokenized.agency == "Reuters" and tokenized.lowercased
    assert len(cased.sentences) == len(tokenized.sentences) == 4


def test_empty_report_is_an_input_error():
    with pytest.raises(eventwire.errors.InputError, match="empty"):
        normalize(RawReport(text="  \n", origin="x.txt", line=3))


@pytest.mark.parametrize("sentence, sub_event_type", [
    ("Government warplanes bombed a market in the town on Monday, killing nine people.", "Air/drone strike"),
    ("Rebels shelled the city centre with mortars overnight.", "Shelling/artillery/missile attack"),
    ("A roadside bomb struck a police vehicle near the bridge.", "Remote explosive/landmine/IED"),
    ("A suicide bomber blew himself up outside the ministry.", "Suicide bomb"),
    ("Troops and insurgents exchanged fire for three hours near the border post.", "Armed clash"),
    ("The army recaptured the district centre from the insurgents.", "Government regains territory"),
    ("Insurgents seized control of the district headquarters after a night of fighting.", "Non-state actor overtakes territory"),
    ("Gunmen stormed the village and shot dead four farmers.", "Attack"),
    ("Gunmen kidnapped a priest and two teachers on the highway.", "Abduction/forced disappearance"),
    ("Militants arrested three men accused of spying and took them to an unknown location.", "Abduction/forced disappearance"),
    ("Police arrested the opposition leader at his home.", "Arrests"),
    ("Police fired tear gas to disperse students who were marching on parliament.", "Protest with intervention"),
    ("Hundreds of nurses marched to the ministry to demand unpaid wages.", "Peaceful protest"),
    ("Demonstrators threw stones at police and set tyres on fire.", "Violent demonstration"),
    ("An angry mob lynched a man accused of stealing a goat.", "Mob violence"),
    ("A farmer was wounded when an unexploded shell left over from the war went off in his field.", "Other"),
    ("Army engineers defused a bomb planted under the bridge.", "Disrupted weapons use"),
    ("The two factions signed a ceasefire agreement in the capital.", "Agreement"),
    ("Separatists dropped two grenades from a drone on army trenches outside the village.", "Air/drone strike"),
    ("A militant lobbed a grenade at a police patrol but the grenade did not explode.", "Disrupted weapons use"),
    # a passive verb begins with its victims; the words after "by" are its agent
    ("Two farmers were beaten by soldiers at a checkpoint near the river.", "Attack"),
    ("A police patrol was shot at from a passing car on the ring road.", "Armed clash"),
    ("Three traders were shot by gunmen outside the police station.", "Attack"),
    # "abducted" describing people is no abduction; gunmen clashing with police are no crowd
    ("Villagers searched the forest for abducted relatives and fought a gun battle with bandits.", "Armed clash"),
    ("Two armed men on a motorbike clashed with police officers at a roadblock.", "Armed clash"),
    ("Gunmen attacked the 5th brigade and allied forces on the eastern front.", "Armed clash"),
    ("Two members of the army's military intelligence were killed when gunmen opened fire on them near the bridge.", "Armed clash"),
    ("Rebels exchanged gun shots with police near the market.", "Armed clash"),
    ("An army operation backed by airstrikes killed 18 insurgents in the district.", "Armed clash"),
    ("QSD arrested several young men in the town on Tuesday.", "Abduction/forced disappearance"),
])
def test_sub_event_types_on_our_sentences(sentence, sub_event_type):
    events = eventwire.extract(sentence, published="2021-05-05")
    assert events, sentence
    assert events[0].sub_event_type == sub_event_type


@pytest.mark.parametrize("sentence", [
    "Teachers went on strike on Monday over pay.",
    "The former minister suffered a heart attack at home.",
    "Floods killed twelve people in the river valley.",
    "A gas cylinder explosion at a restaurant killed two cooks.",
    "The group claimed responsibility for last week's bombing.",
    "Police seized 40 kilograms of heroin at the port.",
    "The council will vote on the budget on March 16, the mayor said.",
    "The young striker demonstrated his talent in the second half.",
    "A man was arrested on Tuesday for shoplifting at the mall, police said.",
    "A curfew would remain in force in the city until further notice, officials said.",
    "The two companies signed a five-year agreement to share the port terminal.",
    "She joined the company in 2015 and now leads its research team.",
    "The court dismissed a sexual assault charge against the coach, prosecutors said.",
    "The referee gave the defender his marching orders in the second half.",
    "Visitors can watch cooking demonstrations at the fair on Saturday.",
])
def test_no_event_for_other_senses_crime_disasters_and_claims(sentence):
    assert eventwire.extract(sentence, published="2021-05-05") == []


def test_passive_agent_is_actor1():
    (event,) = eventwire.extract("A soldier was shot dead by Taliban militants at a checkpoint in Kandahar on Monday.",
                                 published="2021-05-05")
    assert event.actor1 == "Taliban"
    assert event.fatalities == 1


def test_a_coders_heading_names_the_strategic_development():
    (event,) = eventwire.extract("Movement of forces: On 3 March 2021, an army convoy of forty trucks moved from the capital to the northern border.",
                                 published="2021-03-04")
    assert event.sub_event_type == "Change to group/activity"
    assert event.event_date == "2021-03-03"


def test_ordinary_crime_reporting_yields_no_event():
    report = ("A woman was stabbed on Tuesday morning while jogging near the park, police said. "
              "A man was charged with attempted murder and will appear in court on Friday, the sheriff said.")
    assert eventwire.extract(report, published="2021-05-05") == []


def test_a_killing_by_gunmen_is_an_attack_even_in_crime_news():
    report = ("Gunmen shot dead a village chief outside his home on Monday, police said. "
              "Two suspects were later charged with murder and will appear in court.")
    events = eventwire.extract(report, published="2021-05-05")
    assert events and events[0].sub_event_type == "Attack" and events[0].fatalities == 1


def test_an_undated_sentence_about_the_same_weapons_takes_their_day():
    report = ("KABUL (Reuters) - On Thursday, the army said its artillery fired rockets at insurgent positions. "
              "Two civilians were killed near the town of Ghazni, one of the places where the army rockets landed, "
              "residents said.")
    events = eventwire.extract(report, published="2021-05-09")      # a Sunday
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Shelling/artillery/missile attack", "2021-05-06")]
    assert events[0].location.lower() == "ghazni" and events[0].fatalities == 2


def test_protest_that_turns_violent_in_the_next_sentence_is_a_riot():
    (event,) = eventwire.extract("Hundreds of traders demonstrated in the market town against new taxes on Monday. "
                                 "They blocked the main road and set tyres on fire.", published="2021-05-05")
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")
    assert event.actor1.startswith("Rioters")


def test_an_old_event_told_as_background_is_not_coded():
    events = eventwire.extract("On 3 May 2021, students protested in Kharkiv against the arrest of a lecturer. "
                               "The lecturer was attacked by unknown men in Odessa on 12 June 2018.",
                               published="2021-05-04")
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Peaceful protest", "2021-05-03")]


def test_a_short_note_places_its_last_sentence_where_it_began():
    events = eventwire.extract("On 3 May 2021, soldiers opened fire near a market in Beledweyne town (Hiraan). "
                               "A driver and two others were wounded. The motive behind this attack is unknown.",
                               published="2021-05-04")
    assert events and all(e.location == "Beledweyne" and e.country == "Somalia" for e in events)


def test_a_long_report_does_not_borrow_another_scenes_town():
    text = ("Moscow denied on Sunday that its jets had hit civilians in northern Syria. "
            "The ministry said it had struck only militant targets. "
            "Rebel commanders said the offensive had stalled. "
            "Aid agencies said thousands had fled towards the border. "
            "Talks between the powers are due next week. "
            "An air strike killed 50 fighters at a training camp on Saturday, a monitor said.")
    strikes = [e for e in eventwire.extract(text, published="2021-05-04") if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(e.location != "Moscow" for e in strikes)


def test_a_currency_names_no_country():
    (event,) = eventwire.extract("On 3 May 2021, protesters blocked the main road against the high US dollar exchange rate.",
                                 published="2021-05-04")
    assert event.country != "United States"


def test_state_forces_belong_to_the_state_the_sentence_names():
    events = eventwire.extract("On Friday, Russia's defence ministry said a submarine fired cruise missiles at militants "
                               "near the town of Kafr Nabl in Idlib province.", published="2021-05-04")
    assert events and events[0].actor1 == "Military Forces of Russia"


def test_an_event_known_only_by_its_province_sits_at_the_provincial_capital():
    text = "On 3 May 2021, an air strike hit a village in Idlib province, killing two civilians."
    (event,) = eventwire.extract(text, published="2021-05-04")
    assert event.geo_precision == 3 and event.admin1 == "Idlib"
    assert abs(event.latitude - 35.93) < 0.05 and abs(event.longitude - 36.63) < 0.05    # Idlib city
    (province,) = [p for p in eventwire.places(text) if p.name == "Idlib"]
    assert (province.latitude, province.longitude) != (event.latitude, event.longitude)   # the toponym keeps its own point


def test_the_tokenized_form_keeps_headings_and_group_names():
    (event,) = eventwire.extract("movement of forces : on 3 march 2021 , an army convoy moved from the capital to the border .",
                                 published="2021-03-04")
    assert event.sub_event_type == "Change to group/activity"
    (event,) = eventwire.extract("on 3 march 2021 , the luhansk peoples militia fired mortars at army positions near the village .",
                                 published="2021-03-04")
    assert event.actor1.startswith("NAF")


def test_a_dateline_with_a_day_and_an_agency_not_listed_is_no_place_of_the_event():
    (event,) = eventwire.extract("KHARTOUM, Sudan, April 2 (Sudan Tribune) - Paramilitary fighters clashed with the army "
                                 "in Omdurman on Monday, killing 14 people, witnesses said.", published="2024-04-02")
    assert event.location == "Omdurman"
