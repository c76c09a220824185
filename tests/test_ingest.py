"""Ingest: every input format, and every kind of bad input named by file and line."""
from __future__ import annotations

import io
import json
from datetime import date

import pytest

from eventwire.errors import InputError
from eventwire.ingest import SkippedFile, guess_english, iter_reports
from eventwire.records import RawReport

CASED = (
    "GOMA (Reuters) - Gunmen killed five villagers near the town of Beni on Sunday, local officials said, "
    "in the latest attack blamed on a rebel group active in the region.\n"
)
SEED_FORM = (
    "goma ( reuters ) - gunmen killed five villagers near the town of beni on sunday , local officials said .\n"
    "the army said it had sent troops to the area .\n"
)
FRENCH = (
    "Les manifestants se sont rassemblés devant le palais présidentiel pour demander la démission "
    "du gouvernement et la libération des prisonniers politiques dans la capitale."
)
HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Clashes in the north</title></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Clashes in the north</h1>
<p>KABUL (Reuters) - Fighters attacked a police checkpoint in the northern province of Kunduz on Tuesday,
killing four officers, a provincial spokesman said.</p>
<p>The attack came a day after the group said it would continue its operations against government forces
across the country, and officials said more troops had been sent to the province.</p></article>
<footer>Copyright 2020 Example News. All rights reserved.</footer></body></html>"""


def _items(paths, **kw):
    return list(iter_reports([str(p) for p in paths], **kw))


def _reports(items):
    return [i for i in items if isinstance(i, RawReport)]


def _errors(items):
    return [i for i in items if isinstance(i, InputError) and not isinstance(i, SkippedFile)]


def test_plain_text_cased_and_seed_form(tmp_path):
    (tmp_path / "a.txt").write_text(CASED, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SEED_FORM, encoding="utf-8")
    items = _items([tmp_path / "a.txt", tmp_path / "b.txt"], published=date(2020, 5, 4))
    assert [type(i) for i in items] == [RawReport, RawReport]
    a, b = items
    assert a.text == CASED and b.text == SEED_FORM
    assert a.media_type == "text/plain" and a.published == date(2020, 5, 4)
    assert a.origin.endswith("a.txt") and a.line == 1


def test_crlf_newlines_become_lf(tmp_path):
    (tmp_path / "a.txt").write_bytes(CASED.replace("\n", "\r\n").encode())
    [report] = _items([tmp_path / "a.txt"])
    assert "\r" not in report.text


def test_html_main_text_and_title(tmp_path):
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    [report] = _items([tmp_path / "page.html"])
    assert report.media_type == "text/html"
    assert report.title == "Clashes in the north"
    assert report.text.startswith("KABUL (Reuters) - Fighters attacked")
    assert "Copyright" not in report.text and "Home" not in report.text


def test_html_without_main_text_is_an_error(tmp_path):
    (tmp_path / "empty.html").write_text("<html><head><title>x</title></head><body></body></html>")
    [error] = _items([tmp_path / "empty.html"])
    assert isinstance(error, InputError) and "no main text" in str(error) and "empty.html:1" in str(error)


def test_jsonl_batch_fields_and_default_published(tmp_path):
    lines = [
        {"id": "r1", "text": CASED, "published": "2020-05-04", "url": "https://example.org/1",
         "title": "Attack", "source": "Example Wire"},
        {"id": 2, "text": "Police arrested ten protesters in the capital on Monday, witnesses said."},
        {"id": "r3", "text": "Soldiers clashed with militants near the border, the army said.",
         "published": "2020-05-02T10:00:00Z"},
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    r1, r2, r3 = _items([path], published=date(2021, 1, 1))
    assert (r1.doc_id, r1.line, r1.published, r1.url, r1.title, r1.source) == (
        "r1", 1, date(2020, 5, 4), "https://example.org/1", "Attack", "Example Wire")
    assert (r2.doc_id, r2.line, r2.published) == ("2", 2, date(2021, 1, 1))
    assert r3.published == date(2020, 5, 2)
    assert r1.origin == str(path)


def test_jsonl_bad_lines_are_named_and_the_rest_is_read(tmp_path):
    good = json.dumps({"id": "ok", "text": CASED})
    body = "\n".join([
        good,
        '{"id": "t", "text": "Protesters gathered in',            # 2 truncated
        '{"id": "nt"}',                                            # 3 no text
        json.dumps({"id": "p", "text": CASED, "published": "yesterday"}),  # 4 bad date
        "",                                                        # 5 blank: ignored
        json.dumps({"id": "fr", "text": FRENCH}),                  # 6 not English
        "[1, 2]",                                                  # 7 not an object
        json.dumps({"id": "e", "text": "   "}),                    # 8 empty text
        json.dumps({"id": "last", "text": CASED}),                 # 9 fine
    ]) + "\n"
    path = tmp_path / "b.jsonl"
    path.write_text(body)
    items = _items([path])
    assert [r.doc_id for r in _reports(items)] == ["ok", "last"]
    errors = {e.line: str(e) for e in _errors(items)}
    assert set(errors) == {2, 3, 4, 6, 7, 8}
    assert "truncated" in errors[2] and errors[2].startswith(f"{path}:2: invalid JSON")
    assert "no 'text' field" in errors[3]
    assert "bad 'published' value 'yesterday'" in errors[4]
    assert "not English" in errors[6]
    assert "expected a JSON object" in errors[7]
    assert "'text' is empty" in errors[8]


def test_jsonl_non_utf8_line(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_bytes(
        json.dumps({"id": "a", "text": CASED}).encode() + b"\n"
        + b'{"id": "b", "text": "caf\xe9 attack"}\n'
        + json.dumps({"id": "c", "text": CASED}).encode() + b"\n"
    )
    items = _items([path])
    assert [r.doc_id for r in _reports(items)] == ["a", "c"]
    [error] = _errors(items)
    assert error.line == 2 and "not valid UTF-8" in str(error) and "0xe9" in str(error)


def test_csv_batch_with_multiline_record(tmp_path):
    path = tmp_path / "batch.csv"
    path.write_text(
        "id,text,published,source\n"
        'c1,"Troops shelled the village, killing two, officials said.",2021-01-02,Wire\n'
        'c2,"Rioters burned cars\nin the city centre on Tuesday, police said.",,\n'
        "c3,,2021-01-01,\n"
        'c4,"Police fired tear gas at students marching in the capital, witnesses said.",01/02/2021,\n'
        'c5,"Gunmen abducted a local official on the road to the airport, police said.",,\n'
    )
    items = _items([path], published=date(2021, 3, 3))
    reports = _reports(items)
    assert [(r.doc_id, r.line) for r in reports] == [("c1", 2), ("c2", 3), ("c5", 7)]
    assert reports[0].published == date(2021, 1, 2) and reports[0].source == "Wire"
    assert reports[1].published == date(2021, 3, 3)
    assert "\n" in reports[1].text
    errors = {e.line: str(e) for e in _errors(items)}
    assert set(errors) == {5, 6}
    assert "'text' is empty" in errors[5] and "bad 'published'" in errors[6]


def test_csv_without_text_column(tmp_path):
    path = tmp_path / "b.csv"
    path.write_text("id,body\n1,something\n")
    [error] = _items([path])
    assert error.line == 1 and "no 'text' column" in str(error)


def test_directory_recursive_sorted_with_notes(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "b.txt").write_text(CASED)
    (tmp_path / "sub" / "a.md").write_text(CASED)
    (tmp_path / "sub" / "deeper" / "c.htm").write_text(HTML)
    (tmp_path / "sub" / "d.ndjson").write_text(json.dumps({"id": "n1", "text": CASED}) + "\n")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text(CASED)
    items = _items([tmp_path])
    reports = _reports(items)
    assert [r.origin.replace(str(tmp_path), "") for r in reports] == [
        "/b.txt", "/sub/a.md", "/sub/d.ndjson", "/sub/deeper/c.htm"]
    notes = [i for i in items if isinstance(i, SkippedFile)]
    assert len(notes) == 1 and "notes.pdf" in str(notes[0])
    assert not _errors(items)


def test_stdin_text_and_jsonl():
    [report] = list(iter_reports(["-"], stdin=io.BytesIO(CASED.encode())))
    assert report.origin == "<stdin>" and report.text == CASED
    batch = (json.dumps({"id": "s1", "text": CASED}) + "\n" + "{broken\n").encode()
    items = list(iter_reports(["-"], stdin=io.BytesIO(batch)))
    assert items[0].doc_id == "s1"
    assert isinstance(items[1], InputError) and str(items[1]).startswith("<stdin>:2:")


def test_bad_files_do_not_stop_the_batch(tmp_path):
    (tmp_path / "1_empty.txt").write_bytes(b"")
    (tmp_path / "2_blank.txt").write_text("  \n\n ")
    (tmp_path / "3_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "4_latin1.txt").write_bytes("first line\nthe caf\u00e9 was attacked\n".encode("latin-1"))
    (tmp_path / "5_huge.txt").write_text("word " * 1000)
    (tmp_path / "6_french.txt").write_text(FRENCH)
    (tmp_path / "7_good.txt").write_text(CASED)
    items = _items([tmp_path, tmp_path / "missing.txt"], max_bytes=2000)
    assert [r.origin.rsplit("/", 1)[-1] for r in _reports(items)] == ["7_good.txt"]
    errors = {e.origin.rsplit("/", 1)[-1]: e for e in _errors(items)}
    assert "empty file" in errors["1_empty.txt"].reason
    assert "empty file" in errors["2_blank.txt"].reason
    assert "binary data" in errors["3_binary.txt"].reason and errors["3_binary.txt"].line == 3
    latin = errors["4_latin1.txt"]
    assert latin.line == 2 and "not valid UTF-8" in latin.reason and "byte offset 18" in latin.reason
    assert "over the cap of 2,000 bytes" in errors["5_huge.txt"].reason
    assert "not English" in errors["6_french.txt"].reason
    assert errors["missing.txt"].reason == "no such file or directory"
    assert str(latin).startswith(str(tmp_path / "4_latin1.txt") + ":2:")


def test_utf8_bom_and_utf16_are_decoded(tmp_path):
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + CASED.encode())
    (tmp_path / "u16.txt").write_bytes(CASED.encode("utf-16"))
    a, b = _items([tmp_path / "bom.txt", tmp_path / "u16.txt"])
    assert a.text == CASED and b.text == CASED


def test_unknown_extension_given_explicitly_is_sniffed(tmp_path):
    (tmp_path / "report.dat").write_text(json.dumps({"id": "x", "text": CASED}) + "\n")
    (tmp_path / "page.xhtml").write_text(HTML)
    a, b = _items([tmp_path / "report.dat", tmp_path / "page.xhtml"])
    assert a.doc_id == "x" and b.media_type == "text/html"


def test_bad_published_argument():
    with pytest.raises(InputError, match="--published"):
        list(iter_reports(["-"], published="soon", stdin=io.BytesIO(CASED.encode())))


@pytest.mark.parametrize("text", [
    CASED,
    SEED_FORM,
    "On 3 May 2020, Al Shabaab militants attacked a base in Qoryooley (Lower Shabelle). 2 fatalities.",
    "Protesters in Santo Domingo de los Colorados demanded wages.",
])
def test_english_is_accepted(text):
    assert guess_english(text).english


@pytest.mark.parametrize("text", [
    FRENCH,
    "Die Demonstranten versammelten sich vor dem Präsidentenpalast und forderten den Rücktritt der Regierung.",
    "Los manifestantes se reunieron frente al palacio presidencial para exigir la renuncia del gobierno y la liberación de los presos.",
    "Демонстранты собрались у президентского дворца, требуя отставки правительства и освобождения заключенных.",
])
def test_other_languages_are_refused(text):
    assert not guess_english(text).english


def test_html_in_its_declared_charset(tmp_path):
    page = HTML.replace('charset="utf-8"', 'charset="iso-8859-1"').replace("Kunduz", "Kund\u00fcz")
    (tmp_path / "latin.html").write_bytes(page.encode("iso-8859-1"))
    [report] = _items([tmp_path / "latin.html"])
    assert "Kund\u00fcz" in report.text


def test_size_cap_applies_per_batch_record(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_text(json.dumps({"id": "big", "text": CASED * 40}) + "\n" + json.dumps({"id": "ok", "text": CASED}) + "\n")
    items = _items([path], max_bytes=3000)
    assert [r.doc_id for r in _reports(items)] == ["ok"]
    [error] = _errors(items)
    assert error.line == 1 and "over the cap of 3,000 bytes" in str(error)


def test_published_json_beside_files(tmp_path):
    (tmp_path / "a.txt").write_text(CASED)
    (tmp_path / "b.txt").write_text(CASED)
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"id": "own", "text": CASED, "published": "2019-01-01"}) + "\n"
        + json.dumps({"id": "none", "text": CASED}) + "\n")
    (tmp_path / "published.json").write_text(json.dumps({"a.txt": "2020-05-04", "c.jsonl": "2020-06-01"}))
    (tmp_path / "README.md").write_text("These reports were written for a test.")
    items = _items([tmp_path], published=date(2021, 1, 1))
    assert not [i for i in items if isinstance(i, InputError)]          # README and the sidecar: not reports
    by = {(r.origin.rsplit("/", 1)[-1], r.doc_id): r.published for r in items}
    assert by == {
        ("a.txt", None): date(2020, 5, 4),      # the sidecar
        ("b.txt", None): date(2021, 1, 1),      # --published
        ("c.jsonl", "own"): date(2019, 1, 1),   # the record's own date wins
        ("c.jsonl", "none"): date(2020, 6, 1),
    }
    [single] = _items([tmp_path / "a.txt"])     # a file named alone still finds its sidecar
    assert single.published == date(2020, 5, 4)


def test_malformed_published_json_is_named(tmp_path):
    (tmp_path / "a.txt").write_text(CASED)
    (tmp_path / "published.json").write_text('{"a.txt": "2020-05-04",\n "b.txt": "soon"}')
    [error] = _items([tmp_path])
    assert str(error).startswith(str(tmp_path / "published.json")) and "bad 'published' value 'soon'" in str(error)


def test_html_date_from_markup_else_the_default(tmp_path):
    dated = HTML.replace("<title>", '<meta property="article:published_time" content="2020-05-06T08:00:00Z"><title>')
    (tmp_path / "dated.html").write_text(dated)
    (tmp_path / "undated.html").write_text(HTML)
    a, b = _items([tmp_path / "dated.html", tmp_path / "undated.html"], published=date(2021, 2, 2))
    assert a.published == date(2020, 5, 6)
    assert b.published == date(2021, 2, 2)
