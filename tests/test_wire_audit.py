"""Modern wire copy after the rules written for 1989-91 radio copy (written for these tests): what those rules
must not change in today's Reuters/AP/AFP articles."""
from __future__ import annotations

import json
from pathlib import Path

from eventwire.pipeline import Pipeline

PIPE = Pipeline()
ARTICLES = Path(__file__).with_name("wire_articles.jsonl")


def _article(name: str) -> tuple[str, str]:
    record = next(r for r in map(json.loads, ARTICLES.read_text().splitlines()) if r["id"] == name)
    return record["text"], record["published"]


def _coded(text: str, published: str) -> list[tuple]:
    return [(e.event_date, e.sub_event_type, e.location, e.fatalities) for e in PIPE.extract(text, published=published)]


def test_near_villages_listed_in_one_sentence_stay_one_event_each():
    text = ("LAGOS, Jan 27 (Reuters) - Gunmen killed at least 30 people in raids on villages in Nigeria's Plateau "
            "state, police said on Saturday.\n\n"
            "Gunmen stormed the villages of Kwahaslalek, Bokkos and Mangu on Wednesday night, a police "
            "spokesman said.\n")
    places = [e[2] for e in _coded(text, "2024-01-27")]
    assert places == ["Kwahaslalek", "Bokkos", "Mangu"]


def test_what_the_crowd_also_did_that_day_is_the_same_riot():
    (text, published) = _article("bangladesh")    # "... Protesters also set fire to the headquarters of ..."
    assert _coded(text, published) == [("2024-07-18", "Violent demonstration", "Dhaka", 25)]


def test_an_incident_told_as_a_day_before_the_news_has_that_day_and_its_own_place():
    text = ("PORT-AU-PRINCE (AP) — Gang members looted shops and set fire to a bank in downtown Port-au-Prince on "
            "Monday as gunfire echoed through the capital, residents said.\n\n"
            "Police exchanged fire with the gunmen for several hours near the national palace.\n\n"
            "The unrest came a day after gangs attacked a police station in Delmas. Gangs control most of the "
            "capital.\n")
    events = _coded(text, "2024-04-02")
    assert [(d, place) for d, _, place, _ in events] == [("2024-04-01", "Port-au-Prince"), ("2024-03-31", "Delmas")]


def test_a_day_after_the_told_incident_is_not_counted_back():
    text = ("KABUL, Jan 12 (Reuters) - A bomb exploded in a market in Kabul on Thursday, killing two people, police "
            "said.\n\n"
            "A day after the bombing, police arrested three men in the city, a spokesman said.\n")
    assert all(d >= "2024-01-11" for d, _, _, _ in _coded(text, "2024-01-12"))


def test_roadside_bombs_set_off_in_an_ambush_are_part_of_the_battle():
    text = ("BAMAKO, Feb 12 (Reuters) - Suspected jihadists killed at least 15 soldiers in an ambush on an army "
            "convoy in central Mali on Sunday, two security sources said.\n\n"
            "The convoy was attacked near the town of Douentza, one of the sources said. The assailants set off "
            "roadside bombs before opening fire on the trucks, the source added.\n\n"
            "Mali's army gave no toll for its own side.\n")
    assert _coded(text, "2024-02-12") == [("2024-02-11", "Armed clash", "Douentza", 15)]


def test_a_bombing_told_with_its_own_place_after_a_battle_stays_apart():
    text = ("MOGADISHU, July 21 (Reuters) - Somali troops and al Shabaab fighters clashed near the town of Jowhar on "
            "Sunday, leaving 11 militants dead, a military officer said.\n\n"
            "In Mogadishu, a roadside bomb hit a minibus, killing four passengers, police said.\n")
    types = [e[1] for e in _coded(text, "2025-07-21")]
    assert types == ["Armed clash", "Remote explosive/landmine/IED"]


def test_the_dead_who_died_of_their_wounds_are_counted():
    from eventwire.extraction.numbers import count_fatalities

    toll = count_fatalities("a rights group said two men died of gunshot wounds and dozens were injured.")
    assert toll is not None and toll.value == 2
    toll = count_fatalities("several gunmen killed the reporter outside his home.")
    assert toll is not None and toll.value == 1


def test_a_clash_near_two_towns_is_one_battle():
    text = ("MOGADISHU, July 21 (Reuters) - Somali troops and al Shabaab fighters clashed on Sunday, a military "
            "officer said.\n\n"
            "The fighting near the towns of Jowhar and Balcad left 11 militants and three soldiers dead, he said.\n")
    assert [e[1] for e in _coded(text, "2025-07-21")] == ["Armed clash"]


def test_an_arrest_over_the_killing_told_before_is_no_new_killing():
    text = ("DHAKA, Oct 9 (AFP) - A mob beat a man to death in a village in northern Bangladesh on Tuesday after "
            "accusing him of stealing a cow, police said.\n\n"
            "Villagers tied the man to a tree and beat him with sticks, the local police chief said. Police have "
            "arrested three people over the killing.\n")
    assert [(e[1], e[3]) for e in _coded(text, "2025-10-09")] == [("Mob violence", 1)]


def test_deeds_that_have_become_common_in_recent_years_are_background():
    text = ("ABUJA, Feb 20 (Reuters) - Gunmen abducted 23 passengers from a bus in Nigeria's Kaduna state on "
            "Tuesday, police said.\n\n"
            "The gunmen forced the passengers into a forest, a police spokesman said on Thursday.\n\n"
            "Kidnappings for ransom have become common in northwest Nigeria in recent years.\n")
    assert [e[1] for e in _coded(text, "2025-02-20")] == ["Abduction/forced disappearance"]


def test_the_dead_of_a_riot_told_apart_are_the_riot_s_but_a_named_killer_tells_another_incident():
    lead = ("NAIROBI, June 15 (AP) - Police fired tear gas at protesters in Nairobi on Saturday as demonstrations "
            "against a tax increase turned violent, witnesses said.\n\n"
            "Protesters threw stones at officers and looted shops in the city centre.\n\n")
    dead = _coded(lead + "A rights group said two men died of gunshot wounds.\n", "2025-06-15")
    assert [(e[1], e[3]) for e in dead] == [("Violent demonstration", 2)]
    killed = _coded(lead + "In Mombasa, gunmen shot dead two traders on Saturday, police said.\n", "2025-06-15")
    assert [e[1] for e in killed] == ["Violent demonstration", "Attack"]


def test_the_day_a_truce_begins_dates_no_event():
    from datetime import date

    from eventwire.extraction.dates import find_dates

    anchor = date(2025, 5, 3)
    assert find_dates("the two sides agreed to stop hostilities from midnight on sunday.", anchor) == []
    assert find_dates("a curfew starting monday was announced.", anchor) == []
    assert [d.value for d in find_dates("gunmen attacked the village on sunday.", anchor)] == [date(2025, 4, 27)]


def test_a_road_blocked_by_the_attackers_is_no_protest():
    from coding import sub_event_of

    assert sub_event_of("The attackers blocked the road near the village and forced the passengers into the "
                        "forest, police said.") is None
    assert sub_event_of("Residents blocked the highway after gunmen killed a trader.") == "Peaceful protest"


def test_the_raid_that_freed_the_hostages_is_no_attack_on_them():
    text = ("KADUNA, Feb 20 (Reuters) - Gunmen abducted 23 passengers from a bus in Nigeria's Kaduna state on "
            "Tuesday, police said.\n\n"
            "Eight of the passengers were freed on Thursday after security forces raided a hideout in a forest, a "
            "police spokesman said.\n")
    events = PIPE.extract(text, published="2025-02-20")
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)")]
