"""The map page in a real headless Chromium, served by `eventwire serve` from a store
holding known events: markers, timeline and table show them, filters and the timeline
brush narrow them, and clicking an event highlights the words behind its fields.

Chromium is Debian's (`make browser` installs it); Playwright only drives it.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from test_api_support import KNOWN, fill_store, running_server

CHROMIUM = os.environ.get("EVENTWIRE_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
ALL_DAYS = 18          # 2024-03-03 .. 2024-03-20
BY_KEY = {k.key: k for k in KNOWN}


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    path = tmp_path_factory.mktemp("browser") / "map.duckdb"
    events = fill_store(path)
    with running_server(path) as base:
        yield base, events


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium)"
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, served):
    """A fresh page on the map; records any request that leaves the loopback server."""
    base, _ = served
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.outside = []
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.on("request", lambda r: page.outside.append(r.url)
            if urlparse(r.url).hostname not in ("127.0.0.1", "localhost") and not r.url.startswith("data:") else None)
    page.goto(base + "/")
    wait_ready(page)
    yield page
    context.close()


def wait_ready(page: Page) -> None:
    page.locator("body[data-state='ready']").wait_for(timeout=20_000)


def refreshed(page: Page, action) -> None:
    """Run `action` and wait until the page has loaded the answer to it."""
    with page.expect_response(lambda r: "/events?" in r.url, timeout=20_000):
        action()
    wait_ready(page)


def shown_on_map(page: Page) -> int:
    """Single markers plus the counts printed on cluster icons."""
    singles = page.locator("path.event-marker").count()
    clusters = sum(int(t) for t in page.locator(".marker-cluster span").all_inner_texts())
    return singles + clusters


def table_locations(page: Page) -> list[str]:
    return page.locator("#events-table tbody tr td:nth-child(6)").all_inner_texts()


def test_page_shows_every_event_on_map_timeline_and_table_offline(page: Page, tmp_path):
    page.locator("body[data-basemap='countries']").wait_for(timeout=20_000)
    assert page.locator("path.country").count() > 150          # the installed world map, not tiles
    assert page.locator("img.leaflet-tile").count() == 0
    expect(page.locator("#events-table tbody tr")).to_have_count(len(KNOWN))
    assert shown_on_map(page) == len(KNOWN)
    cluster = page.locator(".marker-cluster", has_text="3")    # three events in Nairobi
    expect(cluster).to_have_count(1)
    bars = page.locator("#timeline rect.bar")
    expect(bars).to_have_count(ALL_DAYS)
    counts = [int(c) for c in page.eval_on_selector_all("#timeline rect.bar", "bs => bs.map(b => b.dataset.count)")]
    assert sum(counts) == len(KNOWN) and counts[0] == 1 and counts[-1] == 1
    assert "8 events" in page.locator("#summary").inner_text()
    # bigger toll, bigger point: Konduga (12) against Mandalay (0)
    big = page.locator("path.event-marker.ev-" + fill_id("konduga")).bounding_box()
    small = page.locator("path.event-marker.ev-" + fill_id("mandalay")).bounding_box()
    assert big["width"] > small["width"] * 1.5
    shot = tmp_path / "map.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    assert page.outside == [] and page.errors == []


def fill_id(key: str) -> str:
    from test_api_support import build

    return build(BY_KEY[key])[1].id


def test_type_country_and_actor_filters_narrow_everything(page: Page):
    refreshed(page, lambda: page.select_option("#f-type", "Protests"))
    assert sorted(table_locations(page)) == ["Nairobi", "Nairobi"]
    assert shown_on_map(page) == 2
    assert sum(int(c) for c in page.eval_on_selector_all("#timeline rect.bar", "bs => bs.map(b => b.dataset.count)")) == 2
    refreshed(page, lambda: page.fill("#f-actor", "police"))
    expect(page.locator("#events-table tbody tr")).to_have_count(1)
    assert page.locator("#events-table tbody tr td:nth-child(3)").inner_text() == "Protest with intervention"
    refreshed(page, lambda: page.click("#f-reset"))
    expect(page.locator("#events-table tbody tr")).to_have_count(len(KNOWN))
    refreshed(page, lambda: page.select_option("#f-country", "Kenya"))
    assert table_locations(page) == ["Nairobi"] * 3
    assert page.outside == [] and page.errors == []


def test_brushing_the_timeline_sets_the_date_range(page: Page):
    box = page.locator("#timeline").bounding_box()
    step = box["width"] / ALL_DAYS
    y = box["y"] + box["height"] / 2

    def brush():   # from the first day (03-03) to the third (03-05)
        page.mouse.move(box["x"] + step * 0.3, y)
        page.mouse.down()
        page.mouse.move(box["x"] + step * 1.5, y, steps=4)
        page.mouse.move(box["x"] + step * 2.6, y, steps=4)
        page.mouse.up()

    refreshed(page, brush)
    assert page.input_value("#f-from") == "2024-03-03"
    assert page.input_value("#f-to") == "2024-03-05"
    assert sorted(table_locations(page)) == ["Idlib", "Konduga"]
    assert shown_on_map(page) == 2
    assert page.locator("#timeline rect.brush").count() == 1
    assert page.locator("#timeline rect.bar.out").count() == ALL_DAYS - 3
    refreshed(page, lambda: page.mouse.click(box["x"] + step * 10, y))     # a click clears the range
    assert page.input_value("#f-from") == ""
    expect(page.locator("#events-table tbody tr")).to_have_count(len(KNOWN))


def test_clicking_a_table_row_highlights_the_words_behind_each_field(page: Page):
    known = BY_KEY["tumaco"]
    with page.expect_response(lambda r: "/events/" in r.url):
        page.locator("#events-table tbody tr", has_text="Tumaco").click()
    sentence = page.locator("#detail p.sentence")
    expect(sentence).to_contain_text("ELN guerrillas clashed with soldiers near Tumaco")
    marks = {m.get_attribute("data-field"): m.inner_text() for m in page.locator("#detail p.sentence mark").all()}
    assert marks == known.words
    assert page.locator("#detail dd[data-field=fatalities]").inner_text() == "5"
    assert page.locator("#detail dd[data-field=actor1]").inner_text() == known.actor1
    expect(page.locator("#events-table tbody tr.selected")).to_have_count(1)
    with page.expect_response(lambda r: "/events/" in r.url):          # the keyboard works too
        page.locator("#events-table tbody tr", has_text="Kharkiv").focus()
        page.keyboard.press("Enter")
    expect(page.locator("#detail p.sentence")).to_contain_text("Russian artillery shelled")


def test_clicking_a_marker_opens_its_event(page: Page):
    known = BY_KEY["konduga"]
    with page.expect_response(lambda r: "/events/" in r.url):
        page.locator("path.event-marker.ev-" + fill_id("konduga")).click()
    expect(page.locator("#detail p.sentence")).to_contain_text("Suspected Boko Haram fighters attacked")
    marks = {m.get_attribute("data-field"): m.inner_text() for m in page.locator("#detail p.sentence mark").all()}
    assert marks == known.words
    assert re.search(r"Violence against civilians", page.locator("#detail h2").inner_text())
    assert page.outside == [] and page.errors == []
