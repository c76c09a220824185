"""The rules written for today's wire copy (Reuters/AP/AFP), each on sentences written for this test: roads
named by their ends, bodies and buildings after "outside", towns listed with a known town, leads that sum up
listed scenes, deeds spread over a country, other sources' counts, states named as attackers."""
from __future__ import annotations

from eventwire.extraction.numbers import count_fatalities
from eventwire.extraction.other_counts import other_count
from eventwire.extraction.routes import holds_the_road, is_route_end
from eventwire.extraction.spread import told_nationwide
from eventwire.pipeline import Pipeline
from eventwire.records import Place

PIPE = Pipeline()


def _coded(text: str, published: str) -> list[tuple]:
    return [(e.event_date, e.sub_event_type, e.location, e.fatalities) for e in PIPE.extract(text, published=published)]


def _place(text: str, name: str) -> Place:
    start = text.index(name)
    return Place(name=name, start=start, end=start + len(name))


def test_the_ends_of_a_road_are_told_apart_from_a_town_on_it():
    text = "gunmen ambushed a bus on the kabul-jalalabad highway and on the road from goma to rutshuru near kibumba."
    assert is_route_end(text, _place(text, "kabul")) and is_route_end(text, _place(text, "jalalabad"))
    assert is_route_end(text, _place(text, "goma")) and is_route_end(text, _place(text, "rutshuru"))
    assert not is_route_end(text, _place(text, "kibumba"))
    text = "gunmen seized two traders on the bunia-mahagi road in djugu on friday."
    assert holds_the_road(text, _place(text, "djugu")) and not holds_the_road(text, _place(text, "bunia"))


def test_a_kidnapping_on_a_highway_is_placed_at_the_end_inside_the_province_named_not_the_dateline():
    text = ("ABUJA, March 4 (Reuters) - Gunmen kidnapped 12 travellers from their cars on the Abuja-Kaduna "
            "highway in Kaduna state on Monday, police said.\n")
    events = PIPE.extract(text, published="2025-03-04")
    assert [(e.location, e.admin1, e.geo_precision) for e in events] == [("Kaduna", "Kaduna", 2)]


def test_a_crowd_outside_a_parliament_is_in_the_city_not_in_a_town_named_parliament():
    places = [p.name for p in PIPE.places("Thousands of farmers rallied outside Congress in Lima on Tuesday, "
                                          "and hundreds more gathered near Parliament in Nairobi.")]
    assert "Congress" not in places and "Parliament" not in places
    assert {"Lima", "Nairobi"} <= set(places)


def test_a_village_cued_as_a_town_is_never_read_as_a_country_it_resembles():
    places = PIPE.places("Police said the bandits held the passengers near the town of Katari in Kaduna state.")
    katari = next(p for p in places if p.name == "Katari")
    assert not katari.is_country and katari.country != "Qatar"


def test_names_listed_with_a_known_town_are_towns_of_its_country():
    text = "Jihadists struck army posts in Boni, Hombori and Douentza in central Mali on Sunday, a source said."
    found = {p.name: p for p in PIPE.places(text)}
    assert {"Boni", "Hombori", "Douentza"} <= set(found)
    assert found["Boni"].country in (None, "Mali")        # not Bonn, which some languages call Boni
    assert found["Douentza"].country == "Mali"


def test_a_lead_summing_up_listed_posts_shares_its_toll_and_each_post_is_a_battle():
    text = ("BAMAKO, April 7 (Reuters) - Jihadists attacked army posts in three towns in central Mali on Sunday, "
            "killing at least 20 soldiers, military sources said.\n\n"
            "The assailants struck posts in Boni, Hombori and Douentza at dawn, two of the sources said. The "
            "heaviest toll was in Boni, where 12 soldiers died.\n")
    coded = sorted(_coded(text, "2025-04-07"), key=lambda e: e[2])
    assert coded == [("2025-04-06", "Armed clash", "Boni", 12), ("2025-04-06", "Armed clash", "Douentza", 4),
                     ("2025-04-06", "Armed clash", "Hombori", 4)]


def test_arrests_across_many_provinces_are_placed_at_the_country_and_a_seizure_in_the_raids_is_the_arrests():
    assert told_nationwide("police detained 30 people in raids across 9 provinces on monday")
    assert told_nationwide("protests were held nationwide")
    assert not told_nationwide("police detained 30 people in the province on monday")
    text = ("ANKARA, Aug 5 (Reuters) - Turkish police detained 30 people suspected of links to Islamic State in "
            "raids across nine provinces on Tuesday, the interior ministry said.\n\n"
            "Police seized guns and ammunition in the raids.\n")
    assert _coded(text, "2025-08-05") == [("2025-08-05", "Arrests", "Turkey", 0)]


def test_another_sources_higher_count_does_not_raise_the_toll():
    assert other_count("The rebels said in a statement that they had killed 40 soldiers.")
    assert other_count("A local rights group put the death toll at 19.")
    assert not other_count("The death toll rose to 19, a hospital official said.")
    text = ("NAIROBI, March 2 (Reuters) - A roadside bomb killed five soldiers near the Somali town of Afgoye on "
            "Sunday, a military officer said.\n\n"
            "The Islamist group al Shabaab said on its radio station that it had killed 14 soldiers.\n")
    assert [e[3] for e in _coded(text, "2025-03-02")] == [5]


def test_some_of_a_group_of_people_counted_as_killed():
    toll = count_fatalities("a spokesman said, adding that three of its fighters were killed.")
    assert toll is not None and toll.value == 3
    assert count_fatalities("two of the dead were children.").text != "two"


def test_a_state_named_as_the_one_who_struck_is_its_forces_and_the_weapon_after_with_names_the_event():
    text = ("KYIV, May 5 (Reuters) - Russia attacked the Ukrainian city of Dnipro with ballistic missiles on Sunday, "
            "killing two people, the regional governor said.\n")
    events = PIPE.extract(text, published="2025-05-05")
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Shelling/artillery/missile attack", "Military Forces of Russia")]


def test_drones_that_set_fire_to_a_refinery_are_a_drone_strike_not_an_accident():
    text = ("MOSCOW, May 5 (Reuters) - Ukrainian drones set fire to an oil refinery in Russia's Samara region on "
            "Sunday, the regional governor said.\n")
    events = PIPE.extract(text, published="2025-05-05")
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Air/drone strike", "Military Forces of Ukraine")]


def test_drones_laden_with_explosives_are_the_weapon_not_a_planted_bomb():
    text = ("BOGOTA, May 5 (Reuters) - Rebels attacked a police station with explosives-laden drones in the town of "
            "Jamundi on Sunday, wounding four officers, police said.\n")
    assert [e[1] for e in _coded(text, "2025-05-05")] == ["Air/drone strike"]


def test_the_clashes_recalled_and_pointed_back_at_next_are_background():
    text = ("BOGOTA, May 5 (Reuters) - Rebels killed two soldiers in an attack on an army base in the town of Tibu "
            "on Sunday, the army said.\n\n"
            "The rebels have been fighting a rival group for the region since January 2025, when clashes killed "
            "more than 80 people. The government suspended peace talks with the rebels after those clashes.\n")
    assert [e[1] for e in _coded(text, "2025-05-05")] == ["Armed clash"]


def test_demonstrations_told_again_in_other_towns_are_theirs_and_one_event_each():
    text = ("LAGOS, March 2 (Reuters) - Protesters clashed with police and burned tyres in the northern city of "
            "Kaduna on Saturday, witnesses said.\n\n"
            "Police fired tear gas at the crowd and arrested dozens of people, a police spokesman said.\n\n"
            "The protests also took place peacefully in Ibadan and Enugu, where hundreds marched on Saturday.\n")
    assert sorted((e[1], e[2]) for e in _coded(text, "2025-03-02")) == [
        ("Peaceful protest", "Enugu"), ("Peaceful protest", "Ibadan"), ("Violent demonstration", "Kaduna")]


def test_a_strike_on_a_building_is_an_air_strike_and_a_second_village_is_a_second_strike():
    text = ("BEIRUT, May 4 (Reuters) - An Israeli drone strike on a motorcycle in the southern Lebanese town of "
            "Nabatieh killed one man on Sunday, the health ministry said.\n\n"
            "Later on Sunday, an Israeli strike on a house in the village of Kfar Kila wounded two people.\n")
    assert [(e[1], e[2], e[3]) for e in _coded(text, "2025-05-04")] == [
        ("Air/drone strike", "Nabatiye et Tahta", 1), ("Air/drone strike", "Kfar Kila", 0)]


def test_drones_destroyed_over_two_regions_are_two_interceptions():
    text = ("MOSCOW, May 4 (Reuters) - Russia's defence ministry said its air defence units destroyed 19 Ukrainian "
            "drones over the Voronezh and Belgorod regions on Sunday.\n")
    assert sorted((e[1], e[2]) for e in _coded(text, "2025-05-04")) == [
        ("Disrupted weapons use", "Belgorod"), ("Disrupted weapons use", "Voronezh")]


def test_strikes_over_a_region_give_the_town_of_the_including_clause_only_its_own_dead():
    text = ("CAIRO, May 4 (Reuters) - Israeli air strikes killed at least 9 Palestinians in the Gaza Strip on "
            "Sunday, including four members of one family whose home in Rafah was hit, medics said.\n")
    assert [(e[2], e[3]) for e in _coded(text, "2025-05-04")] == [("Rafah", 4)]


def test_the_victim_named_again_gives_the_mob_its_town():
    text = ("ABUJA, May 4 (Reuters) - A mob beat a man to death in Nigeria's Kano state on Saturday after accusing "
            "him of theft, police said.\n\n"
            "The man, a mechanic, was attacked at a motor park in the town of Wudil, a police spokesman said.\n")
    assert [(e[1], e[2]) for e in _coded(text, "2025-05-04")] == [("Mob violence", "Wudil")]


def test_a_town_seized_after_fighting_is_overtaken_and_the_fighting_dead_are_the_battle_s():
    text = ("KINSHASA, May 4 (Reuters) - Rebels seized the town of Masisi in eastern Congo's North Kivu province on "
            "Sunday after fighting with the army since Saturday, residents said.\n\n"
            "Residents said the rebels entered the town as soldiers retreated towards Goma.\n\n"
            "Fighting around the town on Saturday killed at least six civilians, a local leader said.\n")
    coded = _coded(text, "2025-05-04")
    assert sorted((e[0], e[1]) for e in coded) == [("2025-05-03", "Armed clash"),
                                                   ("2025-05-04", "Non-state actor overtakes territory")]
    assert all(e[2] != "Goma" for e in coded)


def test_the_militarys_account_of_whom_it_targeted_is_no_battle_of_its_own():
    text = ("CAIRO, May 4 (Reuters) - An Israeli strike on a school in Gaza City killed five people on Sunday, "
            "medics said.\n\n"
            "The Israeli military said it had targeted Hamas militants operating from inside the compound.\n")
    assert [e[1] for e in _coded(text, "2025-05-04")] == ["Air/drone strike"]


def test_where_the_army_withdrew_to_is_no_scene_and_a_looting_stays_apart_from_the_takeover():
    text = ("CAIRO, Aug 3 (Reuters) - Fighters from Sudan's paramilitary Rapid Support Forces looted shops in the "
            "town of Um Sumeima in North Kordofan state on Friday, residents said.\n\n"
            "The RSF said on Friday it had taken control of the town. Residents said the fighters entered the town "
            "after the army withdrew towards El Obeid.\n")
    coded = PIPE.extract(text, published="2025-08-03")
    assert sorted(e.sub_event_type for e in coded) == ["Looting/property destruction",
                                                       "Non-violent transfer of territory"]
    assert all(e.location != "El Obeid" for e in coded)
    assert all(e.actor1 == "Rapid Support Forces" for e in coded)


def test_a_country_opening_a_partys_name_is_no_scene():
    text = ("LAGOS, March 2 (Reuters) - Police fired tear gas at hundreds of workers who marched in Abuja on "
            "Saturday, the Nigeria Labour Congress said.\n")
    assert [e[2] for e in _coded(text, "2025-03-02")] == ["Abuja"]
    text = ("ISLAMABAD, March 2 (Reuters) - Pakistan Tehreek-e-Insaf said on Sunday police had detained 40 of its "
            "workers after a rally, a day after a protest.\n")
    assert all(e[2] != "Pakistan" for e in _coded(text, "2025-03-02"))


def test_both_sides_dead_told_in_one_sentence_add_up_but_two_claims_do_not():
    toll = count_fatalities("security forces killed six militants in a raid, the military said, adding that two "
                            "soldiers were killed in the exchange of fire.")
    assert toll is not None and toll.value == 8
    toll = count_fatalities("the army said it killed 12 militants; the rebels said they killed 30 soldiers.")
    assert toll is not None and toll.value != 42
