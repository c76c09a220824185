"""A tiny GeoNames dump in GeoNames' own file formats, written by the geo tests.

Coordinates and populations are public facts about real places; the ids of
admin areas are made up (9_000_000 and up) so nobody mistakes them for GeoNames'.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

# geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (163843, "Syria", "Syria", "Syrie,Siria", 35.0, 38.0, "A", "PCLI", "SY", "00", 17_000_000),
    (9000012, "Idlib", "Idlib", "Idlib Governorate,Muhafazat Idlib", 35.75, 36.6, "A", "ADM1", "SY", "12", 1_500_000),
    (169389, "Idlib", "Idlib", "Idlib", 35.93062, 36.63393, "P", "PPLA", "SY", "12", 128_840),
    (9000006, "Hama", "Hama", "Hama Governorate,Muhafazat Hamah", 35.2, 37.0, "A", "ADM1", "SY", "06", 1_600_000),
    (170017, "Hama", "Hama", "Hamah,Ḩamāh,Hamath", 35.13179, 36.75783, "P", "PPLA", "SY", "06", 460_602),
    (9000011, "Homs", "Homs", "Homs Governorate,Muhafazat Hims", 34.5, 37.8, "A", "ADM1", "SY", "11", 1_800_000),
    (169577, "Homs", "Homs", "Hims,Ḩimş", 34.72682, 36.72339, "P", "PPLA", "SY", "11", 775_404),
    (168325, "Khan Shaykhun", "Khan Shaykhun", "Khān Shaykhūn", 35.44208, 36.65095, "P", "PPL", "SY", "12", 48_975),
    (169023, "Jisr ash Shughur", "Jisr ash Shughur", "Jisr ash Shughūr", 35.81418, 36.31983, "P", "PPL", "SY", "12", 39_311),
    (164816, "Saraqib", "Saraqib", "Sarāqib", 35.86447, 36.80591, "P", "PPL", "SY", "12", 34_231),
    (248816, "Jordan", "Jordan", "Hashemite Kingdom of Jordan", 31.0, 36.0, "A", "PCLI", "JO", "00", 9_956_011),
    (250441, "Amman", "Amman", "Ammān,Philadelphia", 31.95522, 35.94503, "P", "PPLC", "JO", "02", 1_275_857),
    (4197000, "Georgia", "Georgia", "State of Georgia", 32.75042, -83.50018, "A", "ADM1", "US", "GA", 10_000_000),
    (4180439, "Atlanta", "Atlanta", "ATL", 33.749, -84.38798, "P", "PPLA", "US", "GA", 463_878),
    (4180386, "Athens", "Athens", "Athens-Clarke County", 33.96095, -83.37794, "P", "PPL", "US", "GA", 127_064),
    (4736286, "Texas", "Texas", "State of Texas", 31.25044, -99.25061, "A", "ADM1", "US", "TX", 25_000_000),
    (4717560, "Paris", "Paris", "Paris Texas", 33.66094, -95.55551, "P", "PPL", "US", "TX", 25_171),
    (4699066, "Houston", "Houston", "", 29.76328, -95.36327, "P", "PPLA2", "US", "TX", 2_296_224),
    (614540, "Georgia", "Georgia", "Sakartvelo", 42.0, 43.5, "A", "PCLI", "GE", "00", 3_731_000),
    (611717, "Tbilisi", "Tbilisi", "Tiflis", 41.69411, 44.83368, "P", "PPLC", "GE", "51", 1_049_498),
    (2988507, "Paris", "Paris", "Lutetia,Paree", 48.85341, 2.3488, "P", "PPLC", "FR", "11", 2_138_551),
    (264371, "Athens", "Athens", "Athina,Athínai", 37.98376, 23.72784, "P", "PPLC", "GR", "ESYE31", 664_046),
    (2643123, "March", "March", "", 52.55131, 0.08828, "P", "PPL", "GB", "ENG", 22_298),
    (2639577, "Reading", "Reading", "", 51.45625, -0.97113, "P", "PPL", "GB", "ENG", 318_014),
]
ADMIN1 = [
    ("SY.12", "Idlib", 9000012), ("SY.06", "Hama", 9000006), ("SY.11", "Homs", 9000011),
    ("JO.02", "Amman", 9000102), ("US.GA", "Georgia", 4197000), ("US.TX", "Texas", 4736286),
    ("GE.51", "Tbilisi", 9000551), ("FR.11", "Île-de-France", 9000311), ("GR.ESYE31", "Attica", 9000431),
    ("GB.ENG", "England", 9000501),
]
# alternateNameId, geonameid, language, name, preferred, short, colloquial, historic
ALTERNATES = [
    (1, 169389, "en", "Idleb", "", "", "", ""),
    (2, 9000012, "en", "Idleb Governorate", "", "", "", ""),
    (3, 169389, "link", "https://en.wikipedia.org/wiki/Idlib", "", "", "", ""),
    (4, 250441, "en", "Rabbath Ammon", "", "", "", "1"),
]


def geonames_row(place) -> str:
    gid, name, ascii_name, alts, lat, lon, fclass, fcode, cc, admin1, pop = place
    cols = [gid, name, ascii_name, alts, lat, lon, fclass, fcode, cc, "", admin1, "", "", "", pop, "", 0,
            "Asia/Damascus", "2024-01-01"]
    return "\t".join(str(c) for c in cols)


def write_dump(folder: Path) -> dict[str, Path]:
    """Write SY.zip (all places, one table despite its name), admin1CodesASCII.txt, alternateNamesV2.zip."""
    folder.mkdir(parents=True, exist_ok=True)
    dump = folder / "SY.zip"
    with zipfile.ZipFile(dump, "w") as zf:
        zf.writestr("readme.txt", "GeoNames extract written by the eventwire tests\n")
        zf.writestr("SY.txt", "\n".join(geonames_row(p) for p in PLACES) + "\n")
    admin1 = folder / "admin1CodesASCII.txt"
    admin1.write_text("\n".join(f"{code}\t{name}\t{name}\t{gid}" for code, name, gid in ADMIN1) + "\n",
                      encoding="utf-8")
    alternates = folder / "alternateNamesV2.zip"
    with zipfile.ZipFile(alternates, "w") as zf:
        zf.writestr("alternateNamesV2.txt", "\n".join("\t".join(str(c) for c in row) + "\t\t" for row in ALTERNATES) + "\n")
    return {"geonames": dump, "admin1": admin1, "alternates": alternates}


def build_tiny(folder: Path):
    from eventwire.geo.build import build_gazetteer

    files = write_dump(folder)
    return build_gazetteer([files["geonames"]], admin1_path=files["admin1"],
                           alternates_path=files["alternates"], packaged=False)


def test_dump_rows_have_geonames_19_columns(tmp_path):
    files = write_dump(tmp_path)
    with zipfile.ZipFile(files["geonames"]) as zf:
        rows = zf.read("SY.txt").decode("utf-8").splitlines()
    assert len(rows) == len(PLACES)
    assert all(len(r.split("\t")) == 19 for r in rows)
