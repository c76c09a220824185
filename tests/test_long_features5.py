"""The fifth audit's rules for long, background-heavy articles, each on sentences written for it: a lead joined to the
next sentence's town and toll, a court story's retold crime, a rights report's findings, a habit or an aftermath told
with no day, a count of incidents, an op-ed's present passive, a convoy of traders, a man taken from his family's home,
and a source named after a toll."""
from __future__ import annotations

from eventwire.extraction.numbers import count_fatalities
from eventwire.pipeline import Pipeline

PIPE = Pipeline()
_TAIL = ("\n\nThe army did not comment on the reports. Residents said many families had fled towards "
         "the provincial capital. Aid groups say food is short across the region. Schools have been closed for "
         "months.\n")


def _coded(text: str, published: str) -> list[tuple]:
    return sorted((e.event_date, e.sub_event_type, e.location, e.fatalities)
                  for e in PIPE.extract(text, published=published))


def test_the_lead_and_the_next_sentence_that_names_the_town_and_the_toll_are_one_clash():
    text = ("PESHAWAR, Pakistan, Feb 12, 2026 (Reuters) - Militants attacked a security post in North Waziristan on "
            "Wednesday. The assault near the town of Mir Ali killed eight soldiers and 15 militants, the military said."
            + _TAIL)
    assert _coded(text, "2026-02-12") == [("2026-02-11", "Armed clash", "Mir Ali", 23)]


def test_a_village_the_gazetteer_lacks_named_by_the_retelling_is_the_location():
    text = ("OUAGADOUGOU, March 4, 2026 (Reuters) - Jihadists attacked an army post in Soum province on Sunday. The "
            "assault near the village of Wendouboula killed six soldiers and 11 attackers, a security source said."
            + _TAIL)
    assert _coded(text, "2026-03-04") == [("2026-03-01", "Armed clash", "Wendouboula", 17)]


def test_a_second_assault_is_no_retelling_of_the_first():
    text = ("OUAGADOUGOU, March 4, 2026 (Reuters) - Jihadists attacked an army post near Djibo on Sunday, killing "
            "four soldiers. On Monday a second assault near the town of Arbinda killed six civilians, residents said."
            + _TAIL)
    assert len(_coded(text, "2026-03-04")) == 2


def test_a_court_story_retells_the_crime_and_keeps_the_rally_outside_the_court():
    text = ("LIMA, Oct 8, 2026 - A court in Lima on Thursday convicted two former soldiers of the murder of a student "
            "leader in 2019, ending a trial that lasted four years.\n\nWitnesses told the court that the soldiers "
            "seized the young man at a roadblock, beat him and shot him dead on a riverbank. His body was found by "
            "fishermen three days later.\n\nThe killing led to marches by students in several cities in the weeks that"
            " followed.\n\nOutside the court, about a hundred students held a peaceful rally, waving banners with his "
            "photograph.\n\nLawyers for the soldiers said they would appeal.\n")
    assert [(e.sub_event_type, e.event_date) for e in PIPE.extract(text, published="2026-10-08")] == \
        [("Peaceful protest", "2026-10-08")]


def test_a_verdict_for_a_massacre_codes_no_massacre():
    text = ("DURBAN, 9 May 2026 - The High Court in Durban on Friday jailed a taxi owner for life for his part in an "
            "ambush on a minibus in which 11 commuters were shot dead.\n\nThe judge said the owner had paid the "
            "gunmen. Relatives of the victims wept in the gallery. His lawyer said he would appeal. Police said two "
            "other suspects were still at large.\n")
    assert _coded(text, "2026-05-09") == []


def test_a_rights_report_tells_findings_not_the_news():
    text = ("BAMAKO, June 3, 2026 - Soldiers and allied fighters killed civilians in central Mali and burned their "
            "granaries, a human rights group said in a report released on Wednesday.\n\nThe group said soldiers "
            "rounded up men in several villages and shot them dead. It documented 14 drone strikes that hit markets "
            "and weddings, killing at least 90 civilians.\n\nThe army rejected the report. The group called for an "
            "independent inquiry.\n" + _TAIL)
    assert _coded(text, "2026-06-03") == []


def test_a_habit_and_an_aftermath_with_no_day_are_no_incidents():
    text = ("KHARTOUM, Oct 22, 2026 - For months shells landed in the market almost every day, she said. After the "
            "2025 flood the army kept up air strikes in the weeks that followed.\n\nOn Monday, a drone struck a water "
            "point in Tawila, killing four people, aid workers said." + _TAIL)
    assert [(e.event_date, e.sub_event_type) for e in PIPE.extract(text, published="2026-10-22")] == \
        [("2026-10-19", "Air/drone strike")]


def test_an_op_eds_present_passive_list_is_no_incident():
    assert PIPE.extract("A body is found on a roadside in Guanajuato. A mayor is shot dead in Guerrero weeks after "
                        "taking office.", published="2026-07-08") == []
    news = PIPE.extract("A mayor was shot dead in Guerrero on Tuesday.", published="2026-07-08")
    assert [(e.event_date, e.sub_event_type) for e in news] == [("2026-07-07", "Attack")]


def test_a_count_of_incidents_by_the_dozen_is_a_record():
    assert PIPE.extract("The general staff said there had been 140 clashes along the front over the past day.",
                        published="2026-11-12") == []


def test_a_convoy_of_traders_is_attacked_and_an_army_convoy_fights():
    traders = PIPE.extract("Gunmen attacked a convoy of traders near Anka on Tuesday.", published="2026-10-09")
    army = PIPE.extract("Gunmen attacked an army convoy near Anka on Tuesday.", published="2026-10-09")
    assert [e.sub_event_type for e in traders] == ["Attack"]
    assert [e.sub_event_type for e in army] == ["Armed clash"]


def test_vigilantes_among_the_dead_make_no_mob():
    events = PIPE.extract("Bandits killed 12 people near Anka on Tuesday, including two vigilantes who were escorting "
                          "the lorries.", published="2026-10-09")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 12)]


def test_armed_men_took_a_leader_named_in_apposition_from_his_familys_home():
    events = PIPE.extract("On Sunday night armed men took her son, the community leader Jhon Cortes, from his family's "
                          "home in Tumaco.", published="2026-09-25")
    assert [(e.event_date, e.sub_event_type) for e in events] == [("2026-09-20", "Abduction/forced disappearance")]


def test_the_speakers_named_after_a_toll_are_no_victims():
    count = count_fatalities("The raid killed 12 people, residents and a local official said.")
    assert count is not None and count.value == 12
    listed = count_fatalities("The raid killed six farmers and a trader, residents said.")
    assert listed is not None and listed.value == 7


def test_what_the_attackers_also_did_in_their_raid_is_part_of_it():
    text = ("NIAMEY, Sept 10, 2026 (Reuters) - On Tuesday, gunmen on motorbikes opened fire on a market near Ouallam, "
            "killing 11 villagers, a local official said. The attackers also set fire to several stalls and took "
            "livestock before riding off, he said." + _TAIL)
    assert _coded(text, "2026-09-10") == [("2026-09-08", "Attack", "Ouallam", 11)]


def test_a_toll_updated_for_one_strike_is_its_toll_and_a_nights_arsenal_is_no_strike():
    text = ("KYIV, Nov 12, 2026 (Reuters) - The death toll from Tuesday's missile strike on an apartment building in "
            "Kharkiv has risen to six, the governor said. Russia launched two missiles and 85 drones at the country "
            "overnight, the air force said. A Russian missile hit the building in Kharkiv on Tuesday, killing four "
            "people, the mayor said." + _TAIL)
    assert _coded(text, "2026-11-12") == [("2026-11-10", "Shelling/artillery/missile attack", "Kharkiv", 6)]


def test_talks_still_to_come_and_deals_still_sought_are_no_agreement():
    assert PIPE.extract("Talks between the two governments on an exchange of prisoners are expected to resume next "
                        "week in Istanbul, officials said.", published="2026-11-12") == []
    assert PIPE.extract("Local mediators in Taiz are trying to arrange small deals, such as the exchange of bodies and "
                        "prisoners.", published="2026-12-04") == []
    done = PIPE.extract("The two sides completed an exchange of prisoners in Istanbul on Tuesday, officials said.",
                        published="2026-11-12")
    assert [e.sub_event_type for e in done] == ["Agreement"]


def test_what_keeps_happening_and_the_raids_passive_damage():
    text = ("GOMA, June 19, 2026 - Fighting flared again this week in North Kivu province, and attacks on civilians "
            "continued in Beni territory.\n\nADF fighters raided a village near Oicha on Wednesday night, killing 14 "
            "civilians, a local administrator said. Several houses were burned.\n\nProtests against insecurity are "
            "common in the region's cities." + _TAIL)
    assert _coded(text, "2026-06-19") == [("2026-06-17", "Attack", "Oicha", 14)]


def test_the_killing_that_goes_on_is_no_incident():
    text = ("MEXICO CITY, July 8, 2026 - Each time the government announces an arrest. And each time, a few weeks "
            "later, the killing goes on as before." + _TAIL)
    assert PIPE.extract(text, published="2026-07-08") == []


def test_men_in_plain_clothes_who_took_a_student_from_his_familys_home_made_him_disappear():
    events = PIPE.extract("Men in plain clothes who arrived in two vehicles without number plates took a university "
                          "student from his family's home in Turbat on Tuesday, his relatives said.",
                          published="2026-11-07")
    assert [(e.event_date, e.sub_event_type) for e in events] == [("2026-11-03", "Abduction/forced disappearance")]


def test_massacres_that_followed_and_every_massacre_are_no_incident():
    text = ("Opinion: the Sahel's wars cannot be won by arms alone\n\nSelf-defence militias formed, and massacres "
            "followed. Every massacre of civilians by an army unit is a recruitment poster." + _TAIL)
    assert PIPE.extract(text, published="2026-07-25") == []


def test_a_speakers_title_names_no_scene_and_the_raids_fire_is_the_raids():
    text = ("KAMPALA, June 12 (Eastern Africa Desk) - Suspected rebels killed 11 civilians in a night raid on the "
            "village of Mangina in Congo's North Kivu province on Wednesday, local officials said. The attackers "
            "arrived at about 9 p.m. and set fire to several houses before withdrawing into the forest, said the "
            "administrator of Beni territory." + _TAIL)
    assert _coded(text, "2026-06-12") == [("2026-06-10", "Attack", "Mangina", 11)]


def test_the_place_of_the_other_incident_in_an_opening_besides_clause_and_the_troops_weapons():
    text = ("KAMPALA, June 12 (Eastern Africa Desk) - Suspected rebels killed 11 civilians in a night raid on the "
            "village of Mangina in North Kivu province on Wednesday, local officials said.\n\nBesides the raid on "
            "Mangina, the army said its troops had clashed with rebels near the town of Eringeti on Tuesday, killing "
            "five of them. The army spokesman said the troops recovered several weapons." + _TAIL)
    assert _coded(text, "2026-06-12") == [("2026-06-09", "Armed clash", "Eringeti", 5),
                                          ("2026-06-10", "Attack", "Mangina", 11)]


def test_each_sides_dead_told_by_its_own_verb_in_one_sentence_are_the_battles_toll():
    text = ("QUETTA, Pakistan, Nov 7, 2026 - On Thursday, the military said, militants attacked a checkpoint near "
            "Turbat, killing two soldiers; troops killed three of the attackers in the exchange of fire." + _TAIL)
    assert _coded(text, "2026-11-07") == [("2026-11-05", "Armed clash", "Turbat", 5)]
    lost = ("KAMPALA, June 12 (Eastern Africa Desk) - The army said its troops clashed with rebels near the town of "
            "Eringeti on Tuesday, killing five of the rebels and losing one soldier." + _TAIL)
    assert _coded(lost, "2026-06-12") == [("2026-06-09", "Armed clash", "Eringeti", 6)]


def test_deeds_counted_in_hundreds_or_thousands_in_the_present_perfect_are_a_tally():
    text = ("GUSAU, Nigeria, Oct 9, 2026 (Reuters) - Bandits killed four farmers near Anka on Tuesday, residents said."
            "\n\nThe gangs have abducted thousands of people in the state, including hundreds of schoolchildren."
            + _TAIL)
    assert _coded(text, "2026-10-09") == [("2026-10-06", "Attack", "Anka", 4)]
