"""Modern wire articles written for these tests, each with the events a careful ACLED coder gives it
(date, sub-event type, location, fatalities; a location of null is not checked). An article whose
coding still falls short says how in `known_gap` and is expected to fail until that is mended."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.pipeline import Pipeline

PIPE = Pipeline()
ARTICLES = [json.loads(line) for line in
            Path(__file__).with_name("wire_articles_modern.jsonl").read_text().splitlines() if line.strip()]


def _case(article: dict):
    marks = [pytest.mark.xfail(reason=article["known_gap"], strict=True)] if article.get("known_gap") else []
    return pytest.param(article, id=article["id"], marks=marks)


@pytest.mark.parametrize("article", [_case(a) for a in ARTICLES])
def test_the_article_is_coded_as_a_coder_would(article):
    events = PIPE.extract(article["text"], published=article["published"])
    coded = [[e.event_date, e.sub_event_type, e.location, e.fatalities] for e in events]
    expected = article["expected"]
    for told in (coded, expected):
        told.sort(key=lambda e: (e[0], e[1], e[2] or ""))
    assert [[d, t, f] for d, t, _, f in coded] == [[d, t, f] for d, t, _, f in expected]
    assert all(want is None or got == want for (_, _, got, _), (_, _, want, _) in zip(coded, expected))
