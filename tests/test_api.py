"""GET /events, /events/{id}, /stats, POST /reports, the docs, the token, bad parameters
and injection attempts, against a real DuckDB file holding known events."""
from __future__ import annotations

import csv
import io
import json
import warnings

import httpx
import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from eventwire.api import create_app, load_settings
from eventwire.codebook import ACLED_EXPORT_COLUMNS

from test_api_support import KNOWN, TOKEN, fill_store, running_server

AUTH = {"Authorization": f"Bearer {TOKEN}"}
ERROR_KEYS = {"status", "code", "message"}


def make_client(path, **settings) -> TestClient:
    return TestClient(create_app(load_settings(environ={}, db=str(path), **settings)), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def known(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "known.duckdb"
    return path, fill_store(path)


@pytest.fixture(scope="module")
def client(known):
    with make_client(known[0], token=TOKEN) as c:
        yield c


@pytest.fixture
def fresh(tmp_path):
    """A client over a store of its own, for tests that write."""
    path = tmp_path / "fresh.duckdb"
    fill_store(path)
    with make_client(path, token=TOKEN, max_body_bytes=4096) as c:
        yield c


def ids(response) -> set[str]:
    assert response.status_code == 200, response.text
    return {e["id"] for e in response.json()["events"]}


def keys_of(known, *keys) -> set[str]:
    return {known[1][k].id for k in keys}


def assert_error(response, status: int, field: str | None = None) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert ERROR_KEYS <= set(error)
    assert error["status"] == status and error["message"]
    if field is not None:
        assert error.get("field") == field, error
    return error


# -- GET /events ---------------------------------------------------------------

def test_events_lists_every_known_event_newest_first(client, known):
    body = client.get("/events").json()
    assert body["total"] == len(KNOWN)
    dates = [e["event_date"] for e in body["events"]]
    assert dates == sorted(dates, reverse=True)
    assert {e["id"] for e in body["events"]} == {e.id for e in known[1].values()}
    assert body["next"] is None


@pytest.mark.parametrize("query, expected", [
    ("country=Kenya", ("nairobi-1", "nairobi-2", "nairobi-3")),
    ("country=ken", ("nairobi-1", "nairobi-2", "nairobi-3")),
    ("admin1=borno", ("konduga",)),
    ("event_type=Protests", ("nairobi-1", "nairobi-2")),
    ("event_type=explosions/remote%20violence", ("idlib", "kharkiv")),
    ("sub_event_type=Armed%20clash", ("tumaco",)),
    ("actor=police", ("nairobi-2", "nairobi-3", "mandalay")),
    ("min_fatalities=4", ("konduga", "idlib", "tumaco")),
    ("date_from=2024-03-05&date_to=2024-03-09", ("idlib", "nairobi-1", "nairobi-2", "nairobi-3")),
    ("bbox=33,-5,42,5", ("nairobi-1", "nairobi-2", "nairobi-3")),
    ("q=tear%20gas", ("nairobi-2",)),
    ("country=Kenya&min_fatalities=1", ("nairobi-3",)),
])
def test_filters_select_exactly_the_matching_events(client, known, query, expected):
    response = client.get("/events?" + query)
    assert ids(response) == keys_of(known, *expected)
    assert response.json()["total"] == len(expected)


def test_sort_and_offset_pagination_walk_every_event_once(client, known):
    first = client.get("/events?sort=-fatalities&limit=3").json()
    assert first["events"][0]["id"] == known[1]["konduga"].id
    assert [e["fatalities"] for e in first["events"]] == [12, 5, 4]
    seen, url = [], "/events?sort=-fatalities&limit=3"
    while url:
        page = client.get(url).json()
        seen += [e["id"] for e in page["events"]]
        url = page["next"]
    assert len(seen) == len(set(seen)) == len(KNOWN)
    ascending = client.get("/events?sort=event_date&limit=2&offset=1").json()
    assert [e["event_date"] for e in ascending["events"]] == ["2024-03-05", "2024-03-07"]


def test_acled_csv_by_format_parameter_and_by_accept(client):
    for response in (client.get("/events?format=csv"), client.get("/events", headers={"Accept": "text/csv"})):
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(response.text)))
        assert len(rows) == len(KNOWN)
        assert tuple(rows[0].keys()) == ACLED_EXPORT_COLUMNS
    kenya = list(csv.DictReader(io.StringIO(client.get("/events?format=csv&country=Kenya").text)))
    assert {r["location"] for r in kenya} == {"Nairobi"} and len(kenya) == 3


def test_geojson_by_format_parameter_and_by_accept(client, known):
    for response in (client.get("/events?format=geojson"),
                     client.get("/events", headers={"Accept": "application/geo+json"})):
        assert response.headers["content-type"].startswith("application/geo+json")
        collection = response.json()
        assert collection["type"] == "FeatureCollection" and len(collection["features"]) == len(KNOWN)
    tumaco = client.get("/events?format=geojson&sub_event_type=Armed clash").json()["features"][0]
    assert tumaco["geometry"]["coordinates"] == [known[1]["tumaco"].longitude, known[1]["tumaco"].latitude]


def test_accept_preference_and_refusals(client):
    preferred = client.get("/events", headers={"Accept": "text/csv;q=0.5, application/json"})
    assert preferred.headers["content-type"].startswith("application/json")
    assert_error(client.get("/events", headers={"Accept": "image/png"}), 406)
    assert_error(client.get("/events?format=xml"), 400, "format")


# -- GET /events/{id} ----------------------------------------------------------

def test_event_has_provenance_with_the_words_behind_each_field(client, known):
    for item in KNOWN:
        event = known[1][item.key]
        body = client.get(f"/events/{event.id}").json()
        assert body["event"]["id"] == event.id
        report = body["provenance"]["reports"][0]
        assert report["doc_id"] == f"doc-{item.key}" and report["published"] == item.published
        sentence = body["provenance"]["sentences"][0]
        assert item.text.startswith(sentence["text"]) and sentence["text"].endswith(".")
        found = {s["field"]: sentence["text"][s["start"]:s["end"]] for s in sentence["spans"]}
        assert found == item.words
        assert all(e["in_sentence"] for e in body["provenance"]["evidence"])


def test_unknown_and_malformed_event_ids(client):
    assert_error(client.get("/events/e0000000000000000"), 404)
    assert_error(client.get("/events/x'%20OR%20'1'='1"), 400, "id")


# -- GET /stats ----------------------------------------------------------------

def test_stats_by_day_week_type_and_admin1(client):
    body = client.get("/stats").json()
    assert body["total"] == len(KNOWN)
    assert sum(r["events"] for r in body["day"]) == len(KNOWN)
    assert sum(r["fatalities"] for r in body["day"]) == sum(k.fatalities for k in KNOWN)
    assert {r["key"]: r["events"] for r in body["event_type"]}["Protests"] == 2
    assert {r["key"]: r["fatalities"] for r in body["admin1"]}["Borno"] == 12
    assert sum(r["events"] for r in body["week"]) == len(KNOWN)


def test_stats_take_the_same_filters(client):
    body = client.get("/stats?by=day&country=Kenya").json()
    assert body["by"] == "day"
    assert [(r["key"], r["events"]) for r in body["rows"]] == [("2024-03-07", 1), ("2024-03-08", 1), ("2024-03-09", 1)]
    by_type = client.get("/stats?by=type&min_fatalities=3").json()["rows"]
    assert {r["key"] for r in by_type} == {"Violence against civilians", "Explosions/Remote violence", "Battles"}
    assert_error(client.get("/stats?by=planet"), 400, "by")


# -- bad parameters and injection attempts --------------------------------------

@pytest.mark.parametrize("query, field", [
    ("date_from=2024-13-01", "date_from"),
    ("date_from=yesterday", "date_from"),
    ("date_from=2024-03-10&date_to=2024-03-01", "date_to"),
    ("bbox=1,2,3", "bbox"),
    ("bbox=200,0,210,10", "bbox"),
    ("bbox=a,b,c,d", "bbox"),
    ("bbox=10,10,0,0", "bbox"),
    ("limit=0", "limit"),
    ("limit=100000000", "limit"),
    ("limit=ten", "limit"),
    ("offset=-1", "offset"),
    ("min_fatalities=-3", "min_fatalities"),
    ("event_type=Fighting", "event_type"),
    ("event_type=Battles&sub_event_type=Arrests", "sub_event_type"),
    ("sort=popularity", "sort"),
    ("contry=Kenya", "contry"),
    ("country=Kenya&country=Syria", "country"),
    ("actor=" + "x" * 300, "actor"),
    ("q=a%00b", "q"),
])
def test_bad_parameters_get_400_naming_the_parameter(client, query, field):
    assert_error(client.get("/events?" + query), 400, field)


@pytest.mark.parametrize("query", [
    "country=Kenya' OR '1'='1",
    "country=Kenya') OR 1=1 --",
    "actor=' OR 1=1 --",
    "actor=%25",
    "actor=_",
    "admin1=Nairobi'; DROP TABLE events; --",
    "q=') OR ('a'='a",
    "q=%25%25",
    "sub_event_type=Attack' OR 'x'='x",
])
def test_injection_attempts_match_nothing_and_change_nothing(client, query):
    response = client.get("/events?" + query)
    if response.status_code == 200:
        assert response.json()["total"] == 0, query
    else:
        assert_error(response, 400)
    assert client.get("/events").json()["total"] == len(KNOWN)


def test_sql_in_sort_or_path_is_refused_and_the_table_survives(client):
    assert_error(client.get("/events?sort=event_date;DROP TABLE events"), 400, "sort")
    assert_error(client.get("/events?sort=(SELECT 1)"), 400, "sort")
    assert_error(client.get("/stats?by=day;DROP TABLE events"), 400, "by")
    assert_error(client.get("/events/e1';DROP TABLE events;--"), 400, "id")
    assert client.get("/events").json()["total"] == len(KNOWN)
    assert client.get("/stats?by=country").json()["total"] == len(KNOWN)


def test_one_error_shape_for_unknown_paths_and_methods(client):
    assert_error(client.get("/no/such/path"), 404)
    assert_error(client.get("/reports"), 405)
    assert_error(client.delete("/events"), 405)


# -- docs and page -------------------------------------------------------------

def test_openapi_schema_and_offline_docs_page(client):
    schema = client.get("/openapi.json").json()
    assert {"/events", "/events/{event_id}", "/stats", "/reports"} <= set(schema["paths"])
    names = {p["name"] for p in schema["paths"]["/events"]["get"]["parameters"]}
    assert {"date_from", "bbox", "actor", "min_fatalities", "q", "sort", "limit", "offset", "format"} <= names
    assert "422" not in json.dumps(schema["paths"])      # bad input is a 400 in the one error shape
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()
    assert client.get("/static/vendor/swagger-ui-bundle.js").status_code == 200


def test_page_and_its_installed_libraries_are_served(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for asset in ("static/app.js", "static/app.css", "static/vendor/leaflet.js", "static/vendor/leaflet.markercluster.js",
                  "static/vendor/topojson-client.min.js"):
        assert asset in page.text
        assert client.get("/" + asset).status_code == 200, f"{asset} is missing: run `make frontend`"
    world = client.get("/static/vendor/countries-50m.json").json()
    assert world["type"] == "Topology" and "countries" in world["objects"]
    config = client.get("/config").json()
    assert config["tile_url"] is None and "Battles" in config["event_types"] and config["writes_enabled"] is True


# -- POST /reports: token, limits, malformed bodies -------------------------------

REPORT = ("KHARTOUM, Sudan, April 2 (Eventwire) - Rapid Support Forces fighters clashed with the Sudanese army in "
          "Omdurman on Monday, killing 14 people, witnesses said.")


def test_post_needs_a_configured_token(tmp_path):
    path = tmp_path / "open.duckdb"
    fill_store(path)
    with make_client(path) as c, make_client(path) as second:      # no token: read-only, so the file is shared
        error = assert_error(c.post("/reports", json={"text": REPORT}), 403)
        assert "EVENTWIRE_TOKEN" in error["message"]
        assert c.get("/config").json()["writes_enabled"] is False
        assert second.get("/events").json()["total"] == len(KNOWN)


def test_post_refuses_a_missing_or_wrong_token(fresh):
    missing = fresh.post("/reports", json={"text": REPORT})
    assert_error(missing, 401)
    assert missing.headers["www-authenticate"].startswith("Bearer")
    assert_error(fresh.post("/reports", json={"text": REPORT}, headers={"Authorization": "Bearer nope"}), 401)
    assert_error(fresh.post("/reports", json={"text": REPORT}, headers={"Authorization": f"Basic {TOKEN}"}), 401)
    assert fresh.get("/events").json()["total"] == len(KNOWN)


def test_oversized_body_gets_413(fresh):
    big = {"text": REPORT + " " + "More words follow here. " * 400}
    error = assert_error(fresh.post("/reports", json=big, headers=AUTH), 413)
    assert "4096" in error["message"]


@pytest.mark.parametrize("body, content_type, words", [
    (b'{"text": "unterminated', "application/json", "invalid JSON"),
    (b'{"title": "no text here"}', "application/json", "no 'text'"),
    (b'["just a string"]', "application/json", "expected a JSON object"),
    (b"", "application/json", "empty"),
    (b'{"text": "fine report text"}\n{"text": 12}\n', "application/x-ndjson", "line 2"),
    (b'{"text": "ok", "published": "last week"}', "application/json", "published"),
    (b"\xff\xfe\x00bad", "text/plain", "UTF-8"),
])
def test_malformed_bodies_get_400_with_a_message_and_store_nothing(fresh, body, content_type, words):
    error = assert_error(fresh.post("/reports", content=body, headers={**AUTH, "Content-Type": content_type}), 400)
    assert words in error["message"]
    assert fresh.get("/events").json()["total"] == len(KNOWN)


def test_unsupported_media_type_gets_415(fresh):
    assert_error(fresh.post("/reports", content=b"<xml/>", headers={**AUTH, "Content-Type": "application/xml"}), 415)


def test_post_extracts_stores_and_serves_provenance(fresh):
    response = fresh.post("/reports", json={"text": REPORT, "published": "2024-04-02", "id": "sudan-1"}, headers=AUTH)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["reports"] == 1 and body["errors"] == []
    assert body["events_stored"] >= 1
    event_id = body["results"][0]["events"][0]
    detail = fresh.get(f"/events/{event_id}").json()
    assert detail["provenance"]["reports"][0]["doc_id"] == "sudan-1"
    sentence = detail["provenance"]["sentences"][0]
    assert "Omdurman" in sentence["text"]
    for span in sentence["spans"]:
        assert sentence["text"][span["start"]:span["end"]].strip()
    assert fresh.get("/events").json()["total"] == len(KNOWN) + body["events_stored"]


def test_post_jsonl_batch(fresh):
    lines = [json.dumps({"text": REPORT, "published": "2024-04-02", "id": "b1"}),
             json.dumps({"text": REPORT.replace("Omdurman", "Bahri").replace("14", "six"), "published": "2024-04-03", "id": "b2"})]
    response = fresh.post("/reports", content="\n".join(lines).encode(), headers={**AUTH, "Content-Type": "application/x-ndjson"})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["reports"] == 2 and [r["doc_id"] for r in body["results"]] == ["b1", "b2"]
    assert body["events_stored"] >= 2 and all(r["events"] for r in body["results"])
    assert fresh.get("/events?q=Bahri").json()["total"] >= 1


# -- private reads, and a real server process ------------------------------------

def test_private_reads_need_the_token(known):
    with make_client(known[0], token=TOKEN, private_reads=True) as c:
        assert_error(c.get("/events"), 401)
        assert_error(c.get("/stats"), 401)
        assert c.get("/events", headers=AUTH).json()["total"] == len(KNOWN)


def test_eventwire_serve_subprocess_with_token_file(tmp_path):
    path = tmp_path / "served.duckdb"
    fill_store(path)
    token_file = tmp_path / "token.txt"
    token_file.write_text("file-token-91\n")
    with running_server(path, "--token-file", str(token_file)) as base:
        assert httpx.get(base + "/events?country=Kenya").json()["total"] == 3
        assert httpx.get(base + "/openapi.json").status_code == 200
        refused = httpx.post(base + "/reports", json={"text": REPORT}, headers={"Authorization": "Bearer wrong"})
        assert refused.status_code == 401 and refused.json()["error"]["code"] == "unauthorized"
        oversized = httpx.post(base + "/reports", content=b"x" * (6 * 1024 * 1024),
                               headers={"Authorization": "Bearer file-token-91", "Content-Type": "text/plain"})
        assert oversized.status_code == 413


def test_serve_refuses_an_empty_token_file(tmp_path):
    import subprocess

    from test_api_support import EVENTWIRE

    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    done = subprocess.run([str(EVENTWIRE), "serve", "--db", str(tmp_path / "x.duckdb"), "--token-file", str(empty)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "token file is empty" in done.stderr


def test_fast_event_json_equals_the_records_own_dict():
    from eventwire.api.app import event_dict
    from test_api_support import build

    for item in KNOWN:
        event = build(item)[1]
        assert event_dict(event) == event.to_dict()


def test_an_event_told_by_two_reports_shows_both(fresh):
    first = ("KANDAHAR (Reuters) - Taliban fighters attacked a police checkpoint in Arghandab district "
             "on Monday, killing four policemen, officials said.")
    second = ("KANDAHAR, Afghanistan (AP) - Four police officers were killed when Taliban insurgents stormed "
              "a checkpoint in Arghandab district on Monday, a provincial spokesman said.")
    one = fresh.post("/reports", json={"text": first, "published": "2021-10-12", "id": "r-1"}, headers=AUTH).json()
    two = fresh.post("/reports", json={"text": second, "published": "2021-10-12", "id": "a-1"}, headers=AUTH).json()
    assert one["events_stored"] == 1 and two["events_stored"] == 0 and two["events_merged"] == 1, (one, two)
    event_id = one["results"][0]["events"][0]
    detail = fresh.get(f"/events/{event_id}").json()["provenance"]
    assert [r["doc_id"] for r in detail["reports"]] == ["r-1", "a-1"]
    assert "Taliban fighters attacked" in detail["sentences"][0]["text"]
    assert "insurgents stormed" in detail["sentences"][1]["text"]
