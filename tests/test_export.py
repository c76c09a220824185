"""Each export format, parsed back."""
from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from eventwire.codebook import ACLED_EXPORT_COLUMNS
from eventwire.export import FORMATS, event_id_cnty, render, to_acled_csv, to_geojson_dict, to_jsonl, write
from eventwire.records import Event, Evidence


def _events() -> list[Event]:
    located = Event(
        id="ev1", article_id="a1", doc_id="d1", event_date="2020-05-03", time_precision=1,
        disorder_type="Political violence", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        actor1="Military Forces of Russia (2000-)", actor2="Civilians (Syria)", inter1=8, inter2=7, interaction=78,
        civilian_targeting="Civilian targeting", iso=760, iso3="SYR", region="Middle East", country="Syria",
        admin1="Idlib", location="Maarat al-Numan", latitude=35.64321, longitude=36.67, geo_precision=1,
        source="Example Wire", source_scale="International", fatalities=7,
        notes='Jets struck a market, "killing seven", rescuers said.\nA second line.',
        confidence=0.9, coder="eventwire-rules/0.1.0",
        evidence=[Evidence("fatalities", 31, 36, "seven"), Evidence("location", 0, 4, "Jets")],
    )
    unlocated = Event(id="ev2", article_id="a1", event_type="Protests", sub_event_type="Peaceful protest",
                      actor1="Protesters (Kenya)", country="Kenya", iso3="KEN", notes="Traders marched.")
    return [located, unlocated]


def test_acled_csv_header_and_values():
    text = to_acled_csv(_events(), timestamps={"ev1": 1600000000})
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == ACLED_EXPORT_COLUMNS
    records = list(csv.DictReader(io.StringIO(text)))
    first, second = records
    assert first["event_id_cnty"].startswith("SYR") and first["event_id_cnty"][3:].isdigit()
    assert first["year"] == "2020" and first["event_date"] == "2020-05-03"
    assert first["latitude"] == "35.6432" and first["longitude"] == "36.6700"
    assert first["notes"] == _events()[0].notes          # commas, quotes and newlines survive
    assert first["fatalities"] == "7" and first["interaction"] == "78" and first["timestamp"] == "1600000000"
    assert second["fatalities"] == "0" and second["latitude"] == "" and second["year"] == "" and second["timestamp"] == ""


def test_event_id_cnty_is_stable_and_distinct():
    a, b = _events()
    assert event_id_cnty(a) == event_id_cnty(Event(**{**a.to_dict(), "evidence": []}))
    assert event_id_cnty(a) != event_id_cnty(Event(id="ev3", iso3="SYR"))
    assert event_id_cnty(Event(id="x")).startswith("XXX")


def test_jsonl_round_trip_keeps_evidence():
    lines = to_jsonl(_events()).splitlines()
    assert len(lines) == 2
    back = [Event.from_dict(json.loads(line)) for line in lines]
    assert back == _events()


def test_geojson_structure():
    doc = to_geojson_dict(_events())
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == 2
    located, unlocated = doc["features"]
    assert located["type"] == "Feature" and located["id"] == "ev1"
    assert located["geometry"] == {"type": "Point", "coordinates": [36.67, 35.64321]}
    assert located["properties"]["sub_event_type"] == "Air/drone strike" and "evidence" not in located["properties"]
    assert unlocated["geometry"] is None
    assert [f["id"] for f in to_geojson_dict(_events(), unlocated="omit")["features"]] == ["ev1"]
    json.dumps(doc)  # serialisable


def test_parquet_read_by_pyarrow(tmp_path):
    path = tmp_path / "events.parquet"
    assert write(_events(), "parquet", str(path)) == 2
    table = pq.read_table(path)
    assert table.num_rows == 2
    rows = table.to_pylist()
    assert str(rows[0]["event_date"]) == "2020-05-03" and rows[1]["event_date"] is None
    assert rows[0]["evidence"][0] == {"field": "fatalities", "start": 31, "end": 36, "text": "seven"}
    assert rows[0]["latitude"] == pytest.approx(35.64321)
    assert str(table.schema.field("fatalities").type) == "int32"


@pytest.mark.parametrize("fmt", FORMATS)
def test_write_to_path_matches_render(tmp_path, fmt):
    path = tmp_path / f"out.{fmt}"
    write(_events(), fmt, str(path))
    rendered = render(_events(), fmt)
    if fmt == "parquet":
        assert pq.read_table(io.BytesIO(rendered)).num_rows == pq.read_table(path).num_rows == 2
    else:
        assert path.read_text(encoding="utf-8").strip() == rendered.strip()


def test_empty_and_unknown_format():
    assert to_acled_csv([]).strip() == ",".join(ACLED_EXPORT_COLUMNS)
    assert to_geojson_dict([]) == {"type": "FeatureCollection", "features": []}
    with pytest.raises(ValueError, match="unknown export format"):
        render([], "xml")
