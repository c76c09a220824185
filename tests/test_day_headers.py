"""A live page files its entries under day headers: an entry's relative days count from the header's day, and a
deed it tells with no day happened by then (pages written for these tests)."""
from __future__ import annotations

from datetime import date

from eventwire.extraction.day_headers import day_headers, filed_at
from eventwire.pipeline import Pipeline

PIPE = Pipeline()
MONDAY = date(2026, 3, 16)

BLOG = ("Russia-Ukraine war live\n\n"
        "Monday 16 March 2026\n\n"
        "08:10 GMT - Ukraine's foreign minister arrived in Warsaw for talks.\n\n"
        "Sunday 15 March 2026\n\n"
        "21:40 GMT - Ukraine's president said talks would resume next week.\n\n"
        "20:15 GMT - The defence ministry said it had received new air defence systems.\n\n"
        "19:02 GMT - A Russian drone struck a hospital in the city of Kherson, killing two people, the regional "
        "governor said.\n\n"
        "17:30 GMT - A missile hit an apartment block in the city of Dnipro overnight, killing three, officials "
        "said.\n")


def test_lines_holding_only_a_date_are_the_days_entries_are_filed_under():
    headers = day_headers(BLOG, MONDAY)
    assert [day for _, day in headers] == [MONDAY, date(2026, 3, 15)]
    assert filed_at(headers, BLOG.index("Kherson"), MONDAY) == date(2026, 3, 15)
    assert filed_at(headers, BLOG.index("Warsaw"), None) == MONDAY
    assert filed_at(headers, 0, None) is None
    # a date inside prose, a date after publication and an "Updated" stamp are no headers
    assert day_headers("Gunmen struck on 14 March 2026.\n\n20 March 2026\n\nUpdated 15 March 2026\n", MONDAY) == []


def test_an_entry_is_dated_by_the_header_it_is_filed_under():
    days = {e.location: (e.event_date, e.time_precision) for e in PIPE.extract(BLOG, published="2026-03-16")}
    # told with no day: by the day of its header; "overnight" counts back from it
    assert days["Kherson"] == ("2026-03-15", 2)
    assert days["Dnipro"] == ("2026-03-14", 1)


def test_a_pages_own_stamp_of_publication_dates_its_relative_days():
    page = ("Gunmen kill nine in Plateau village\n\nPosted March 12, 2026 at 9:14 a.m.\n\nGunmen killed nine villagers "
            "in the town of Bokkos in Plateau state on Saturday, police said.\n")
    (event,) = PIPE.extract(page, published="2026-03-16")      # read four days after it was posted
    assert (event.event_date, event.time_precision) == ("2026-03-07", 1)
    # an "Updated" stamp is no day of writing; a dateline's day goes before any stamp
    (event,) = PIPE.extract(page.replace("Posted", "Updated"), published="2026-03-16")
    assert event.event_date == "2026-03-14"
    wire = ("JOS, Nigeria, March 16 (AP) - Gunmen killed nine villagers in the town of Bokkos in Plateau state on "
            "Saturday, police said.\n\nPosted March 12, 2026\n")
    (event,) = PIPE.extract(wire, published="2026-03-16")
    assert event.event_date == "2026-03-14"
