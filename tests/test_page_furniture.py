"""Web pages, press releases and live blogs (written for these tests): the dateline that opens the story after a
headline, a byline and a site's menus is still the dateline, and a headline, a key-events bullet or a link to
another story is no event beside the story that tells the incident."""
from __future__ import annotations

from datetime import date

from eventwire.normalize import find_dateline
from eventwire.pipeline import Pipeline

PIPE = Pipeline()

PAGE = """Skip to content
Home | World | Africa | Business
Mali: gunmen kill seven at gold mine in Kayes region
By Our Correspondent | 14 May 2026

BAMAKO - Gunmen killed seven workers at an artisanal gold mine near the town of Kenieba in western Mali on Wednesday, a local official said.

The attackers arrived on motorbikes and fired on the miners before setting fire to their equipment.

Related stories
Suicide bomber kills nine at army camp in Gao
Burkina Faso: 20 soldiers killed in ambush near Dori
"""


def _coded(text: str, published: str) -> list[tuple]:
    return [(e.event_date, e.sub_event_type, e.location, e.fatalities) for e in PIPE.extract(text, published=published)]


def test_a_dateline_after_the_headline_and_byline_is_found():
    found = find_dateline(PAGE, date(2026, 5, 14))
    assert found is not None and found.place == "BAMAKO"
    assert PAGE[found.place_span.start:found.place_span.end] == "BAMAKO"
    release = "Sudan: UN condemns attack on convoy\n\nPORT SUDAN, 20 March 2026 - The UN condemned the attack.\n"
    dated = find_dateline(release, date(2026, 3, 20))
    assert dated is not None and dated.place == "PORT SUDAN" and dated.day == date(2026, 3, 20)


def test_no_dateline_is_read_past_the_first_sentence_of_prose():
    text = "Police said on Monday that two men were held.\n\nLAGOS - The city was calm.\n"
    assert find_dateline(text) is None


def test_a_page_codes_the_story_not_its_headline_or_its_links():
    assert _coded(PAGE, "2026-05-14") == [("2026-05-13", "Attack", "Kenieba", 7)]


def test_a_live_blog_codes_each_item_once_with_its_own_day():
    blog = ("Ukraine war live: missile strike on Zaporizhzhia kills four\n\n"
            "10:20 GMT - Missile strike on Zaporizhzhia kills four\n"
            "Four people were killed when a Russian missile hit an industrial site in Zaporizhzhia late on "
            "Sunday, the regional governor said.\n\n"
            "09:00 GMT - Welcome\nHello and welcome to our live coverage.\n")
    coded = _coded(blog, "2026-04-13")
    assert [(d, t, n) for d, t, _, n in coded] == [("2026-04-12", "Shelling/artillery/missile attack", 4)]


def test_a_headline_alone_is_still_coded():
    text = ("Gunmen kill five in attack on bus in Zamfara\n\nThe governor condemned the violence and urged calm. "
            "He said security would be stepped up on the roads.\n")
    assert [t for _, t, _, _ in _coded(text, "2026-02-02")] == ["Attack"]


def test_key_event_bullets_running_together_are_no_events_beside_the_story():
    blog = ("Middle East live: strike in south Lebanon kills two\n\nKey events\n"
            "- Israeli drone strike on car in south Lebanon kills two, ministry says\n"
            "- Thousands rally in Tel Aviv for hostage deal\n- Talks resume in Cairo\n\n"
            "14:02 Strike near Tyre\nAn Israeli drone struck a car on a road near Tyre in south Lebanon on Thursday, "
            "killing two men, Lebanon's health ministry said. The military said it targeted a commander.\n\n"
            "12:10 Rally\nThousands of people rallied peacefully in Tel Aviv on Thursday to call for a hostage deal, "
            "organisers said.\n")
    coded = sorted((d, t, n) for d, t, _, n in _coded(blog, "2026-08-20"))
    assert coded == [("2026-08-20", "Air/drone strike", 2), ("2026-08-20", "Peaceful protest", 0)]
