"""The per-record budget: long records are coded in sections, spans still point into the
whole text, event ids stay stable and unique; records past the hard cap are refused."""
from __future__ import annotations

from datetime import date

import pytest

import eventwire
from eventwire.errors import InputError
from eventwire.pipeline import Pipeline
from eventwire.records import RawReport
from eventwire.sections import cut_sections

PARAGRAPH = ("Gunmen killed two villagers in Kandahar on Monday. The market reopened later in the week. "
             "Police fired tear gas at protesters in Nairobi on Tuesday. Officials met donors in Geneva. ")


def test_sections_cover_the_text_and_end_at_sentence_ends():
    text = PARAGRAPH * 40
    spans = cut_sections(text, 1000)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a == b for (_, a), (b, _) in zip(spans, spans[1:]))       # no gap, no overlap
    assert all(end - start <= 1000 for start, end in spans)
    assert all(text[end - 2:end] == ". " for _, end in spans[:-1])


def test_text_with_no_sentence_end_is_cut_at_a_space_or_the_budget():
    assert all(b - a <= 100 for a, b in cut_sections("word " * 100, 100))
    spans = cut_sections("x" * 250, 100)
    assert spans == [(0, 100), (100, 200), (200, 250)]


def _long_report(doc_id="long-1"):
    return RawReport(text=PARAGRAPH * 30, doc_id=doc_id, published=date(2020, 5, 9), origin="long.txt", line=1)


def test_a_record_over_the_budget_is_coded_in_sections_with_a_note():
    pipeline = Pipeline(section_chars=2000)
    result = pipeline.run(_long_report())
    whole = pipeline.run(RawReport(text=PARAGRAPH, published=date(2020, 5, 9)))
    assert result.notes and "sections" in result.notes[0]
    article = result.article
    assert article.text == PARAGRAPH * 30
    for event in result.events:
        assert event.article_id == article.id and event.doc_id == "long-1"
        for evidence in event.evidence:
            assert article.text[evidence.start:evidence.end] == evidence.text
    for place in article.places:
        assert article.text[place.start:place.end] == place.name
    # the same events as the paragraph coded alone: one attack and one protest, merged across sections
    assert sorted(e.sub_event_type for e in result.events) == sorted(e.sub_event_type for e in whole.events)
    assert len({e.id for e in result.events}) == len(result.events)


def test_section_event_ids_are_stable():
    first = Pipeline(section_chars=2000).run(_long_report()).events
    again = Pipeline(section_chars=2000).run(_long_report()).events
    assert [e.id for e in first] == [e.id for e in again]
    other = Pipeline(section_chars=2000).run(_long_report("long-2")).events
    assert not {e.id for e in first} & {e.id for e in other}


def test_a_record_past_the_hard_cap_is_refused_by_name():
    pipeline = Pipeline(max_chars=5000)
    with pytest.raises(InputError, match="long.txt:1.*hard cap"):
        pipeline.run(_long_report())
    result = pipeline.code(_long_report())
    assert isinstance(result.error, InputError) and not result.failed


def test_extract_and_places_refuse_text_past_the_default_cap():
    with pytest.raises(InputError, match="hard cap"):
        eventwire.places("a" * 2_000_001)
