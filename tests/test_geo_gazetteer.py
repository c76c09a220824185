"""Building, saving and loading the gazetteer index from a GeoNames dump in GeoNames' format."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.errors import GazetteerError
from eventwire.geo.gazetteer import load, save
from eventwire.geo.sources import read_geonames

from test_geo_support import PLACES, build_tiny, write_dump

EVENTWIRE = [sys.executable, "-m", "eventwire.cli.main"]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return build_tiny(tmp_path_factory.mktemp("dump"))


def test_dump_places_admin_names_and_alternates_are_indexed(tiny):
    idlib = [r for r in tiny.rows("idlib") if tiny.fcode[r] == "PPLA"]
    assert [tiny.gid[r] for r in idlib] == [169389]
    assert tiny.admin1[idlib[0]] == "Idlib"          # from admin1CodesASCII.txt
    assert tiny.country_name(idlib[0]) == "Syria" and tiny.iso3(idlib[0]) == "SYR"
    assert 169389 in [tiny.gid[r] for r in tiny.rows("idleb")]          # alternateNamesV2
    assert tiny.rows("rabbath ammon") == ()                             # historic names are left out
    assert all("wikipedia" not in k for k in tiny.names)                # links are not names
    adm1 = tiny.admin1_rows["SY.06"]
    assert tiny.fcode[adm1] == "ADM1" and tiny.gid[adm1] == 9000006
    assert (round(tiny.lat[adm1], 2), round(tiny.lon[adm1], 2)) == (35.2, 37.0)  # the dump's own point
    assert 9000012 in [tiny.gid[r] for r in tiny.rows("idlib")]         # "Idlib Governorate" -> "Idlib"


def test_article_and_ending_variants_are_indexed(tiny):
    # "Jisr ash Shughur" is also found as the press writes it with al-/el- or no article
    for spelling in ("jisr ash shughur", "jisr al shughur", "jisr el shughur", "jisr shughur"):
        assert [tiny.gid[r] for r in tiny.rows(spelling)] == [169023], spelling


def test_countries_carry_iso_codes_and_demonyms(tiny):
    row = tiny.countries["SY"]["row"]
    assert tiny.name[row] == "Syria" and tiny.countries["SY"]["iso3"] == "SYR"
    assert tiny.demonyms["syrian"] == (row,)
    assert tiny.countries["GE"]["row"] in tiny.rows("georgia")


def test_index_round_trips_through_a_file(tiny, tmp_path):
    path = tmp_path / "g.idx"
    save(tiny, path)
    again = load(path)
    assert len(again) == len(tiny)
    assert again.rows("saraqib") == tiny.rows("saraqib")
    assert list(again.lat) == list(tiny.lat)


def test_a_corrupt_index_says_how_to_fix_it(tmp_path):
    path = tmp_path / "broken.idx"
    path.write_bytes(b"not an index")
    with pytest.raises(GazetteerError, match="eventwire gazetteer build"):
        load(path)


def test_a_short_dump_row_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("1\tA\tA\t\t1.0\t2.0\tP\tPPL\tSY\t\t12\t\t\t\t5\t\t0\tX\t2024-01-01\n1\ttoo\tfew\n",
                   encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"bad\.txt:2"):
        list(read_geonames(bad))


def test_dump_reader_reads_the_zip_not_its_readme(tmp_path):
    files = write_dump(tmp_path)
    rows = list(read_geonames(files["geonames"]))
    assert {r.gid for r in rows} == {p[0] for p in PLACES}


def test_cli_builds_and_describes_an_index(tmp_path):
    files = write_dump(tmp_path / "dump")
    out = tmp_path / "index" / "g.idx"
    env = dict(os.environ, EVENTWIRE_GAZETTEER=str(tmp_path / "unused.idx"))
    built = subprocess.run(
        EVENTWIRE + ["gazetteer", "build", "--no-packaged", "--geonames", str(files["geonames"]),
                     "--admin1", str(files["admin1"]), "--alternate-names", str(files["alternates"]),
                     "--out", str(out)], capture_output=True, text=True, env=env, timeout=300)
    assert built.returncode == 0, built.stderr
    assert out.exists() and "places" in built.stderr
    info = subprocess.run(EVENTWIRE + ["gazetteer", "info", "--path", str(out)], capture_output=True,
                          text=True, env=env, timeout=120)
    assert info.returncode == 0, info.stderr
    assert "GeoNames dump SY.zip" in info.stdout
    missing = subprocess.run(EVENTWIRE + ["gazetteer", "build", "--no-packaged", "--out", str(out)],
                             capture_output=True, text=True, env=env, timeout=120)
    assert missing.returncode == 2 and "--geonames" in missing.stderr
