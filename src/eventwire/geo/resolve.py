"""Toponym resolution: which gazetteer entry each mention names, from the article's context.

Scores each candidate entry by population, the article's country focus
(dateline, countries and towns named elsewhere), the provinces named nearby,
and the words around the mention ("Hama province" is the governorate, "the
town of Hama" the town). Two passes: the first finds the focus, the second
resolves with it. A name whose entries all fall outside the focus and are too
small to be meant from afar stays unresolved rather than becoming a wrong guess;
a near-spelling (fuzzy match) is accepted only inside the focus countries.
Then the areas named with a place ("X, Luhansk", "X (Y, Donetsk)", see
`containment`) limit its entries to that area, or place it at the area when
none lies there; provinces carry the report's own spelling (`spelling`).
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import accumulate

from ..codebook.countries import CURRENCY_WORDS
from ..records import Article, Place
from .find import (
    Mention, context_hint, cue_mentions, exact_mentions, fuzzy_lookup, fuzzy_mentions,
    demonym_mentions, keep_mention, longer_near_spelling, person_keys, tokenize, _is_lower_text,
)
from .containment import AREA_CODES, area_key, compass_name, containers, gap_kind, inside
from .cues import IDIOMS, STOP_NAMES
from .list_mates import list_mates
from .context_names import article_joined, named_as_province, named_before_area, names_organisation, province_slots
from ..normalize.reading import reading_article
from .gazetteer import Gazetteer
from .spelling import article_spellings, respell
from .wire_words import both_countries, names_agency
from .nationality import as_nationality, capital_named, without_area_word
from .persons import caseless_person_keys
from .names import ascii_name, compact, loose_skeleton as _loose_skeleton, name_compact, norm

_DATELINE = re.compile(
    r"^\s*([^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]{1,2}[^\W\d_]+){0,3})\s*(?:,\s*[^\W\d_][^(\n]{0,30}?)?"
    r"\s*\(\s*[^\W\d_][\w .&-]{0,30}\)\s*[-—–]")
SEAT_KM = 40.0       # a province's point this close to its name-giving city: the city stands for it
FOCUS_WEIGHT = 3.0
PRIMARY_BONUS = 1.0   # the entry's own name, not one of its alternate names
ADMIN_WEIGHT = 3.0


def dateline_span(article: Article) -> tuple[int, int] | None:
    if article.dateline is not None and article.dateline.place_span is not None:
        return article.dateline.place_span.start, article.dateline.place_span.end
    m = _DATELINE.match(article.text[:120])
    return (m.start(1), m.end(1)) if m else None


def score_row(gaz: Gazetteer, row: int, hint: str, focus: dict, admins: dict, twin: bool = False) -> float:
    """`twin`: an admin area and a town of this country share the name (Hama, Homs; Washington)."""
    return _score(_row_info(gaz, row), hint, focus, admins, twin)


def _row_info(gaz: Gazetteer, row: int) -> tuple:
    """What scoring reads of an entry: (log population, fcode, fclass, country, admin1 key, primary
    name's compact form). The same entries are scored in report after report, so it is kept per
    row (up to 100,000)."""
    cache = gaz.__dict__.setdefault("_row_info", {})
    hit = cache.get(row)
    if hit is None:
        if len(cache) >= 100_000:
            cache.clear()
        hit = cache[row] = (math.log10(gaz.pop[row] + 1), gaz.fcode[row], gaz.fclass[row], gaz.cc[row],
                            gaz.admin1_code[row], _primary(gaz.name[row]))
    return hit


def _row_infos(gaz: Gazetteer, rows) -> list[tuple]:
    """`_row_info` of each row, the kept answers read from one dict (a call per row cost as much as the look-up)."""
    known = gaz.__dict__.get("_row_info", {}).get
    return [known(row) or _row_info(gaz, row) for row in rows]


def _score(info: tuple, hint: str, focus: dict, admins: dict, twin: bool) -> float:
    """score_row's sum, term by term in a fixed order (the order decides ties)."""
    s, fcode, fclass, cc, admin1, _ = info
    s += FOCUS_WEIGHT * focus.get(cc, 0.0)
    if fcode in ("PCLI", "CONT"):
        s += 1.0
    elif fcode == "ADM1":
        if hint in ("admin", "direction"):
            # "northern Gaza" is a province, but that of the country the report is about
            s += 6.0 if not focus or focus.get(cc) else 2.0
        elif twin:
            s -= 1.5          # a bare "Hama" is the town more often than the governorate
    else:
        s += ADMIN_WEIGHT * admins.get(admin1, 0.0)
        if fcode == "PPLC" and twin:
            s += 1.5          # "Washington", "Amman": the capital, not the province of its name
        if hint == "admin":
            s -= 3.0
        elif hint == "district":
            s += 4.0 if fclass == "A" else -1.0
        elif hint == "town":
            s += 2.0 if fclass == "P" else -2.0
        elif fcode == "ADM2":
            s -= 2.5 if twin else 1.0   # "Mosul" is the city, not the district around it
        if fclass not in ("P", "A"):
            s -= 1.5
    return s


def _best(gaz: Gazetteer, m: Mention, focus: dict, admins: dict, limit: int = 40):
    best = second = -1e9
    best_row = None
    rows = m.rows[:limit]
    towns = _twins(gaz, rows)
    key = compact(m.key)
    hint = m.hint
    for row, info in zip(rows, _row_infos(gaz, rows)):
        s = _score(info, hint, focus, admins, info[4] in towns)
        if info[5] == key:
            s += PRIMARY_BONUS
        if s > best:
            best, second, best_row = s, best, row
        elif s > second:
            second = s
    return best_row, best, second


_primary = name_compact


def _twins(gaz: Gazetteer, rows: tuple) -> frozenset:
    """Admin1 areas that hold a town of the area's own name (Hama in Hama): there the town is meant.

    Depends on the rows alone and is asked for every reading of every name, so it is kept per
    tuple of rows (up to 100,000 of them)."""
    rows = rows if type(rows) is tuple else tuple(rows)
    return gaz.kept("_twins_cache", rows, lambda key: frozenset(_find_twins(gaz, key)))


def _find_twins(gaz: Gazetteer, rows: tuple) -> set:
    areas = {(_primary(gaz.name[r]), gaz.admin1_code[r]) for r in rows if gaz.fcode[r] in ("ADM1", "ADM2")}
    if not areas:
        return set()
    out = {gaz.admin1_code[r] for r in rows
           if gaz.fclass[r] == "P" and (_primary(gaz.name[r]), gaz.admin1_code[r]) in areas}
    adm1_countries = {gaz.cc[r] for r in rows if gaz.fcode[r] == "ADM1"}
    out |= {gaz.admin1_code[r] for r in rows if gaz.fcode[r] == "PPLC" and gaz.cc[r] in adm1_countries}
    return out


def _first_pass(gaz: Gazetteer, m: Mention, limit: int = 40) -> tuple[int | None, float]:
    """Best entry with no context, and how clearly it beats the best entry of any *other* country.

    "Paris" (France vs Texas) is ambiguous at country level and so says little about the
    article's focus; "Crestwood" (three US towns) says "United States" clearly.
    """
    by_country: dict[str, float] = {}
    best_row, best = None, -1e9
    rows = m.rows[:limit]
    towns = _twins(gaz, rows)
    key = compact(m.key)
    hint, nothing = m.hint, {}     # no focus, no areas: context-free
    for row, info in zip(rows, _row_infos(gaz, rows)):
        sc = _score(info, hint, nothing, nothing, info[4] in towns)
        if info[5] == key:
            sc += PRIMARY_BONUS
        cc = info[3]
        size = info[0]   # ambiguity is about size alone, not capital bonuses
        if size > by_country.get(cc, -1e9):
            by_country[cc] = size
        if sc > best:
            best, best_row = sc, row
    if best_row is None:
        return None, 0.0
    others = [v for cc, v in by_country.items() if cc != gaz.cc[best_row]]
    return best_row, (by_country[gaz.cc[best_row]] - max(others)) if others else 5.0


def _normalise(counts: dict) -> dict:
    """Each vote as a share of the largest. Asked for a few small dicts per name, so it is kept lean
    (an empty dict answers at once; `max` with a keyword default costs more than the test)."""
    if not counts:
        return {}
    top = max(counts.values())
    return {k: v / top for k, v in counts.items()} if top > 0 else {}


@dataclass
class Focus:
    """Votes for countries and admin1 areas, kept per name so a name can be left out of its own context.

    "Paris" said five times must not make an article about a Tennessee county French: when
    "Paris" is resolved, the focus is what the *other* names say.
    """

    countries: dict
    admins: dict
    by_key: dict          # name -> (country votes, admin votes)
    _without: dict = field(default_factory=dict)   # key -> its answer: asked again for each mention

    def without(self, key: str) -> tuple[dict, dict]:
        """The votes of every name but `key`, normalised (read-only: the answer is shared)."""
        hit = self._without.get(key)
        if hit is None:
            hit = self._without[key] = self._compute_without(key)
        return hit

    def _compute_without(self, key: str) -> tuple[dict, dict]:
        own = self.by_key.get(key)
        whole = self._without.get(None)     # every name's votes: what a name that cast none sees
        if whole is None:
            whole = self._without[None] = (_normalise(self.countries), _normalise(self.admins))
        if own is None:
            return whole
        # a country or a nationality word votes for no province: its admin shares are everyone's
        return (_normalise(_minus(self.countries, own[0])) if own[0] else whole[0],
                _normalise(_minus(self.admins, own[1])) if own[1] else whole[1])


def _minus(votes: dict, own: dict) -> dict:
    """`votes` less a name's own votes (whose keys are all in `votes`), in `votes`' order: a copy with
    a few keys updated, not a pass over every key."""
    out = dict(votes)
    for k, v in own.items():
        out[k] = out[k] - v
    return out


def _focus(gaz: Gazetteer, mentions: list[Mention], chosen: dict[int, int | None], margins: dict,
           weak_weight: float = 0.5, keep_weight: float = 0.3) -> tuple[Focus, dict]:
    """Country and admin1 votes of the first-pass choices; ambiguous names count little.

    Also returns the country shares with doubtful names counting `keep_weight`, by which a
    doubtful name is kept or dropped.
    """
    keep: dict[str, float] = defaultdict(float)
    countries: dict[str, float] = defaultdict(float)
    admins: dict[str, float] = defaultdict(float)
    by_key: dict[str, tuple[dict, dict]] = {}
    for idx, m in enumerate(mentions):
        row = chosen.get(idx)
        if row is None:
            continue
        if m.kind == "demonym":
            w = 0.5
        elif m.kind == "dateline" or gaz.fcode[row] == "PCLI":
            w = 2.0
        else:
            w = weak_weight if m.weak else 1.0
        margin = margins.get(idx, 5.0)
        if m.kind != "dateline" and margin < 2.5:
            w *= 0.1 if margin < 1.0 else 0.25
        own = by_key.get(m.key)
        if own is None:     # (not setdefault: that would build two dicts for every mention)
            own = by_key[m.key] = (defaultdict(float), defaultdict(float))
        own_c, own_a = own
        cc = gaz.cc[row]
        if cc:
            countries[cc] += w
            own_c[cc] += w
            keep[cc] += w * keep_weight / weak_weight if m.weak and m.kind not in ("demonym", "dateline") else w
        if gaz.fcode[row] == "ADM1":
            admins[gaz.admin1_code[row]] += 2.0
            own_a[gaz.admin1_code[row]] += 2.0
        elif gaz.fcode[row] not in ("PCLI", "CONT") and m.kind != "demonym":
            # a town name shared by several provinces votes for each of them, a little
            areas = _areas_in(gaz, m.rows, cc)
            for area in areas:
                admins[area] += w / len(areas)
                own_a[area] += w / len(areas)
    return Focus(dict(countries), dict(admins), by_key), _normalise(keep)


def _areas_in(gaz: Gazetteer, rows, cc: str) -> frozenset:
    """The admin1 areas of country `cc` that the first 40 readings of a name lie in; the same name
    votes in every article that has it, so the answer is kept per readings (up to 100,000)."""
    return gaz.kept("_areas_cache", (cc, tuple(rows[:40])), lambda key: frozenset(
        gaz.admin1_code[r] for r in key[1] if gaz.cc[r] == cc and gaz.fclass[r] in ("P", "A")))


def _name_size(gaz: Gazetteer, rows) -> float:
    return max((math.log10(gaz.pop[r] + 1) for r in rows[:5]), default=0.0)


def _solid_focus(gaz: Gazetteer, mentions: list[Mention], chosen: dict, demonyms: bool = True) -> tuple:
    """Country shares from the names read exactly and not doubtful (and the dateline, demonyms):
    the focus a fuzzy match or a small doubtful name must fall in. Also a function giving,
    per name, the shares without that name's own votes."""
    counts: dict[str, float] = {}
    own: dict[str, dict] = {}      # plain dicts: a defaultdict per name cost more than the sums
    for idx, m in enumerate(mentions):
        row = chosen.get(idx)
        if row is None or m.kind == "fuzzy" or (m.weak and m.kind == "exact") or (m.kind == "demonym" and not demonyms):
            continue
        cc = gaz.cc[row]
        if cc:
            w = 2.0 if m.kind == "dateline" or gaz.fcode[row] == "PCLI" else 1.0
            counts[cc] = counts.get(cc, 0.0) + w
            mine = own.get(m.key)
            if mine is None:
                mine = own[m.key] = {}
            mine[cc] = mine.get(cc, 0.0) + w
    asked: dict[str, dict] = {}     # the resolver asks again for each mention of a name

    def without(key: str) -> dict:
        hit = asked.get(key)
        if hit is None:
            mine = own.get(key)
            hit = asked[key] = _normalise({cc: v - mine.get(cc, 0.0) for cc, v in counts.items()}) if mine else shares
        return hit

    shares = _normalise(counts)
    return shares, without


def _place(gaz: Gazetteer, text: str, m: Mention, row: int | None, margin: float, hint: str) -> Place:
    if row is None:
        return Place(name=text[m.start:m.end], start=m.start, end=m.end)
    fcode = gaz.fcode[row]
    place = _entry_place(text[m.start:m.end], m.start, m.end, _entry_fields(gaz, row))
    place.feature_code = "DEMONYM" if m.kind == "demonym" else fcode
    if fcode in ("ADM1", "CONT") or place.is_country:
        place.geo_precision = 3
    elif fcode.startswith("ADM") or hint in ("near", "direction") or gaz.fclass[row] not in ("P",):
        place.geo_precision = 2
    else:
        place.geo_precision = 1
    conf = 1.0 / (1.0 + math.exp(-margin)) if margin < 50 else 1.0
    place.confidence = round(conf * (m.fuzzy_score / 100.0) * (0.5 if m.kind == "demonym" else 1.0), 3)
    return place


def _entry_place(name: str, start: int, end: int, fields: dict) -> Place:
    """`Place(name=name, start=start, end=end, **fields)`, the same attributes in the same order, made without
    the dataclass's __init__ (which sets every field to its default first): one is made per resolved name."""
    place = Place.__new__(Place)
    place.__dict__.update({"name": name, "start": start, "end": end, **fields})
    return place


def _entry_fields(gaz: Gazetteer, row: int) -> dict:
    """The Place fields an entry alone decides (names, point, codes), kept per row (up to 100,000):
    the same towns are named in report after report."""
    return gaz.kept("_entry_fields", row, lambda key: _read_entry_fields(gaz, key))


def _read_entry_fields(gaz: Gazetteer, row: int) -> dict:
    """The fields of `_entry_fields`, read from the entry's columns."""
    fcode = gaz.fcode[row]
    place = Place(name="", start=0, end=0)
    place.resolved_name = ascii_name(gaz.name[row])
    if gaz.is_country(row):       # a country is named as ACLED names it, like the country column
        place.resolved_name = gaz.country_name(row) or place.resolved_name
    place.geonameid = gaz.gid[row]
    place.latitude = round(gaz.lat[row], 5)
    place.longitude = round(gaz.lon[row], 5)
    place.country = gaz.country_name(row)
    place.iso3 = gaz.iso3(row)
    place.admin1 = ascii_name(gaz.admin1[row])
    place.admin2 = ascii_name(gaz.admin2[row])
    place.feature_class = gaz.fclass[row]
    place.population = gaz.pop[row]
    place.is_admin1 = fcode == "ADM1"
    place.is_country = fcode in ("PCLI", "PCLD", "PCLF", "PCLS", "PCL", "TERR")
    if fcode == "ADM1":
        _event_point(gaz, place, row)
    return {k: v for k, v in vars(place).items() if k not in ("name", "start", "end")}


def _event_point(gaz: Gazetteer, place: Place, area: int) -> None:
    """Put an event known only by province `area` at the province's capital (its largest town)."""
    seat = gaz.seat(gaz.admin1_code[area])
    if seat is not None:
        place.event_latitude, place.event_longitude = round(gaz.lat[seat], 5), round(gaz.lon[seat], 5)


def _provinces_by_sentence(gaz: Gazetteer, mentions: list[Mention], chosen: dict,
                           sentence_of: list[int]) -> dict[int, set]:
    """Sentence -> the admin1 areas named in it, for placing unknown names at province level."""
    out: dict[int, set] = defaultdict(set)
    for idx, m in enumerate(mentions):
        row = chosen.get(idx)
        if row is None or row == -1 or m.kind == "dateline":
            continue      # the filing city says where the reporter was, not which province a village is in
        if gaz.fcode[row] == "ADM1":
            out[sentence_of[m.i]].add(row)
        elif gaz.fclass[row] == "P" and m.kind != "demonym":
            area = gaz.admin1_rows.get(gaz.admin1_code[row])   # "Idleb" read as the city of the name
            if area is not None and _loose_skeleton(gaz.name[area]) == _loose_skeleton(m.key):
                out[sentence_of[m.i]].add(area)
    return out


def _sentence_ids(toks) -> list[int]:
    """Token -> index of its sentence (a running count of the sentence starts after the first token)."""
    return list(accumulate(toks.initial[1:], initial=0))


def find_places(article: Article, gazetteer: Gazetteer, demonyms: bool = True) -> list[Place]:
    """Toponyms of `article`, each with offsets into `article.text` and its best entry (or none).

    `demonyms`: also report "Syrian", "Russians" as mentions of their country, the way
    geoparsing corpora annotate them; such places carry feature_code "DEMONYM" so an event
    coder can pass over them when it looks for where something happened.
    """
    written = article.text
    article = reading_article(article)     # capitals are read as the lowercased form is
    text = article.text
    gaz = gazetteer
    toks = tokenize(text)
    if not toks.keys:
        return []
    lower_text = _is_lower_text(text, toks, article.lowercased)
    covered = [False] * len(toks.keys)
    mentions: list[Mention] = []
    dl = dateline_span(article)
    if dl is not None:
        i, j = bisect_left(toks.starts, dl[0]), bisect_left(toks.starts, dl[1])   # tokens starting inside
        if i < j:
            key = " ".join(toks.keys[i:j])
            rows = gaz.rows(key)
            score = 100.0
            if not rows:
                rows, score = fuzzy_lookup(key, gaz)
            if rows:
                mentions.append(Mention(i, j, toks.starts[i], toks.ends[j - 1], key, rows, kind="dateline",
                                        fuzzy_score=score))
                for t in range(i, j):
                    covered[t] = True
    weak: list[Mention] = []
    persons = caseless_person_keys(toks, gaz) if lower_text else person_keys(toks, gaz)
    for m in exact_mentions(toks, gaz, lower_text):
        if any(covered[m.i:m.j]):
            continue
        m = without_area_word(toks, gaz, m, lower_text) or m     # "Kaduna state" in cased prose
        m.rows = both_countries(gaz, m.key, m.rows)               # "Congo": either of two countries
        m.hint = context_hint(toks, m)
        longer = None if lower_text else article_joined(toks, gaz, m, persons) or longer_near_spelling(toks, gaz, m)
        if longer is not None:
            mentions.append(longer)
            for t in range(longer.i, longer.j):
                covered[t] = True
            continue
        if keep_mention(toks, gaz, m, lower_text, persons):
            adjective = as_nationality(toks, gaz, m, lower_text)
            if adjective is not None:     # "the Somali capital", "Malian troops": not the place of the name
                mentions.append(adjective)
                for t in range(adjective.i, adjective.j):
                    covered[t] = True
                continue
            if m.weak:
                weak.append(m)   # a longer transliterated name may still swallow it
                continue
            mentions.append(m)
            for t in range(m.i, m.j):
                covered[t] = True
    mentions.extend(cue_mentions(toks, gaz, covered, lower_text))
    tentative = {t for m in weak for t in range(m.i, m.j)}
    mentions.extend(m for m in fuzzy_mentions(toks, gaz, covered, lower_text, persons, tentative)
                    if not names_organisation(toks, m))
    for m in weak:
        if not any(covered[m.i:m.j]):
            mentions.append(m)
            for t in range(m.i, m.j):
                covered[t] = True
    if demonyms:
        mentions.extend(capital_named(toks, gaz, m) or m for m in demonym_mentions(toks, gaz, covered, lower_text))
    for m in mentions:
        if m.kind in ("fuzzy", "cue"):
            m.hint = context_hint(toks, m) or m.hint
    slots = province_slots(gaz, text, toks, mentions, lower_text)
    if not lower_text:
        slots += named_as_province(gaz, text, toks, mentions)
    if slots:
        # a province's slot read loosely beats the same words read as a near-spelling or small town
        mentions = [m for m in mentions if not (m.kind == "fuzzy" or m.weak and m.kind == "exact")
                    or not any(sl.start < m.end and m.start < sl.end for sl in slots)]
        mentions.extend(slots)
    if not lower_text:
        mentions.extend(named_before_area(gaz, text, toks, mentions))
        mentions.extend(list_mates(toks, gaz, mentions, persons))
    mentions = [m for m in mentions if not _currency(toks, gaz, m) and not names_agency(m.key)
                and not _in_idiom(toks, m)]
    mentions.sort(key=lambda m: m.start)

    chosen: dict[int, int | None] = {}
    first_margin: dict[int, float] = {}
    first_cache = gaz.__dict__.setdefault("_first_pass_cache", {})   # context-free, so shared
    if len(first_cache) > 200_000:
        first_cache.clear()
    for idx, m in enumerate(mentions):
        if m.rows:
            ck = (m.key, m.hint, m.rows[0], len(m.rows))
            hit = first_cache.get(ck)
            if hit is None:
                hit = first_cache[ck] = _first_pass(gaz, m)
            chosen[idx], first_margin[idx] = hit
    # whether a doubtful name may stay is judged with doubtful names counting less (keep_focus)
    votes, keep_focus = _focus(gaz, mentions, chosen, first_margin)
    solid_all, solid_without = _solid_focus(gaz, mentions, chosen)
    solid_places = _solid_focus(gaz, mentions, chosen, demonyms=False)[0]   # sure names, no nationalities
    named_in: dict[str, set] = defaultdict(set)     # country -> the distinct names read there
    for idx, row in chosen.items():
        if row is not None and mentions[idx].kind != "demonym":
            named_in[gaz.cc[row]].add(mentions[idx].key)
    places = []
    final: dict[int, int | None] = {}
    margins: dict[int, float] = {}
    second_cache: dict = {}   # the same name with the same hint resolves the same within one article
    for idx, m in enumerate(mentions):
        if not m.rows:
            final[idx] = None
            continue
        ck = (m.key, m.hint, m.rows[0], len(m.rows))
        hit = second_cache.get(ck)
        if hit is None:
            focus, admins = votes.without(m.key)
            hit = second_cache[ck] = _best(gaz, m, focus, admins)
        row, best, second = hit
        if row is not None and m.kind == "exact" and _alias_abroad(gaz, m, row, named_in):
            # "Hay Rim" in Annaba is not Rome, whatever Czech calls Rome; but "the town of Boni" in a Malian
            # story is a town all the same, one the gazetteer lacks: kept by name, with no coordinates
            final[idx] = None if _cued_place(toks, m) else -1
            continue
        if row is not None and m.kind == "exact" and not m.weak and m.hint and gaz.pop[row] < 100_000 \
                and len(named_in.get(gaz.cc[row], ())) <= 1 and solid_without(m.key) \
                and not solid_without(m.key).get(gaz.cc[row]):
            row = None     # "Nikaia district" in an Afghan report: a place, but not the Greek one
        elif row is not None and (m.weak or m.kind in ("fuzzy", "cue")):
            in_focus = keep_focus.get(gaz.cc[row], 0.0) >= 0.3
            if m.kind == "fuzzy" or m.fuzzy_score < 100.0:
                # a near-spelling is a place only inside the country the sure names point at
                # (its own vote left out: a cued near-spelling cannot vouch for itself)
                in_focus = in_focus and solid_without(m.key).get(gaz.cc[row], 0.0) >= 0.5
            elif m.weak and m.kind == "exact" and solid_places and not solid_all.get(gaz.cc[row]) \
                    and len(named_in.get(gaz.cc[row], ())) <= 1:
                # a small place alone in its country, in an article the sure names put elsewhere
                in_focus = False
            elif m.kind == "cue" and not m.weak:
                # "X district": the other names, not X itself, say which country is meant
                in_focus = votes.without(m.key)[0].get(gaz.cc[row], 0.0) >= 0.3 or not votes.by_key.keys() - {m.key}
            # a big town is known from afar by its own name, never by a near-spelling when the report's sure names
            # point elsewhere ("Catatumbo region" in a Colombian story: no Calumbo, Angola)
            if not in_focus and (m.weak or gaz.pop[row] < 100_000
                                 or m.fuzzy_score < 100.0 and bool(solid_without(m.key))):
                if m.kind in ("fuzzy", "exact"):
                    final[idx] = -1      # not a place here: drop
                    continue
                row = None               # a cue says place, the entry is not credible
        final[idx] = row
        margins[idx] = best - second if second > -1e8 else 5.0
    told_in = _told_countries(gaz, toks, mentions, final)
    for k in range(len(mentions) - 1):
        mentions[k].gap_after = text[mentions[k].end:mentions[k + 1].start]
        # "(Dessa, Tillabery)": a comma inside a parenthesis joins a place to its province
        mentions[k].in_parens = text.rfind("(", max(0, mentions[k].start - 60), mentions[k].start) > \
            text.rfind(")", max(0, mentions[k].start - 60), mentions[k].start)
    held = containers(text, gaz, [(m.start, m.end, m.rows, m.kind, m.key) for m in mentions])
    at_area: dict[int, int] = {}
    for idx in sorted(held, reverse=True):       # outer areas first: "X (Y, Donetsk)"
        _contain(gaz, mentions, final, votes, idx, held[idx], held, at_area)
    sentence_of = _sentence_ids(toks)
    provinces = _provinces_by_sentence(gaz, mentions, final, sentence_of)
    spelled = article_spellings(gaz, text, mentions, final)
    sure_starts = {n.i for idx, n in enumerate(mentions) if final.get(idx) not in (None, -1)}
    for idx, m in enumerate(mentions):
        row = final[idx]
        if idx in at_area:
            places.append(_at_area(gaz, text, m, at_area[idx], spelled))
            continue
        if row == -1:
            continue
        if row is None:
            if m.kind == "exact" and _cued_place(toks, m) and not lower_text:
                _whole_name(toks, text, m, sure_starts)     # "the village of Wad Ashib"
            named = provinces.get(sentence_of[m.i], ())
            if not named and _cued_place(toks, m) and len(set().union(*provinces.values())) == 1:
                named = set().union(*provinces.values())   # "the village of X" in a story of one province
            near = next(iter(named)) if len(named) == 1 else None   # one province in the sentence
            place = _place(gaz, text, m, near, 0.0, m.hint)
            if near is not None:
                # the village itself is unknown: keep its name, take the province's point and names
                place.resolved_name = place.geonameid = place.population = None
                place.feature_class = place.feature_code = None
                place.is_admin1 = False
                place.geo_precision = 3
                place.confidence = 0.3
                respell(gaz, place, near, spelled)
            if idx in told_in and not place.country:
                # "the Malian town of Boni": no coordinates, but the country the report gives it
                place.country, place.iso3 = (_entry_fields(gaz, told_in[idx]).get(f) for f in ("country", "iso3"))
            places.append(place)
            continue
        place = _place(gaz, text, m, row, margins.get(idx, 0.0), m.hint)
        respell(gaz, place, row, spelled)
        places.append(place)
    if written is not text:
        for place in places:
            place.name = written[place.start:place.end]      # the name as written, capitals and all
    return places


# What the words around a name say it is: a town or an area, not a part of a longer local name.
_PLACE_HINTS = frozenset({"town", "district", "admin"})


def _told_countries(gaz: Gazetteer, toks, mentions: list[Mention], final: dict) -> dict[int, int]:
    """"the central Malian town of Boni", "a Nigerian village of X": the people's adjective before the town word
    says the country; an entry of the name in another country is not this town (the name is kept, unplaced,
    unless the name has an entry in that country). Returns mention index -> the country's row."""
    told: dict[int, int] = {}
    ends = {m.j: m for m in mentions if m.kind == "demonym" and m.rows}
    for idx, m in enumerate(mentions):
        if m.hint != "town" or m.i < 3 or m.kind in ("demonym", "dateline"):
            continue
        demonym = ends.get(m.i - 2)
        if demonym is None:
            continue
        cc = gaz.cc[demonym.rows[0]]
        told[idx] = demonym.rows[0]
        row = final.get(idx)
        if row is not None and row != -1 and gaz.cc[row] != cc:
            final[idx] = next((r for r in m.rows[:40] if gaz.cc[r] == cc), None)
        elif row == -1:
            final[idx] = None
    return told


def _cued_place(toks, m: Mention) -> bool:
    """"the town of X", "X district": cue words right by the name say it is a place ("Thursday, state
    prosecutors said" does not: a comma stands between)."""
    if m.hint == "town":
        return True
    return m.hint in _PLACE_HINTS and m.j < len(toks.keys) and not toks.comma_before[m.j] and m.key not in STOP_NAMES


def _whole_name(toks, text: str, m: Mention, starts: set) -> None:
    """A cued town the gazetteer lacks is named by the whole run of capitalised words ("the village of Wad
    Ashib"), not by its first word, up to a word another sure name starts at."""
    j = m.j
    while j < len(toks.keys) and j - m.i < 4 and toks.caps[j] and j not in starts \
            and text[toks.ends[j - 1]:toks.starts[j]] == " ":
        j += 1
    if j > m.j:
        m.j, m.end, m.key = j, toks.ends[j - 1], " ".join(toks.keys[m.i:j])


def _alias_abroad(gaz: Gazetteer, m: Mention, row: int, named_in: dict) -> bool:
    """A name read only as another language's name for a town in a country nothing else in the
    report points at, while at least two other names agree on somewhere else.

    "Rim" (Rome in Czech), "Bala", "Pul", "Natala": short alternate names of far-off towns are
    more often parts of local names the gazetteer lacks. A town's own name, a province or a
    country is never dropped this way.
    """
    cc = gaz.cc[row]
    if gaz.fcode[row] in ("PCLI", "ADM1", "CONT", "PPLC") or not cc:
        return False
    # the cheap tests first (all are pure, so their order does not change the answer)
    if len(named_in.get(cc, ())) > 1:
        return False
    elsewhere = sum(len(names - {m.key}) for other, names in named_in.items() if other and other != cc)
    if elsewhere < 2:
        return False
    key = compact(m.key)
    if not (len(key) <= 4 or gaz.pop[row] < 1_000_000):
        return False
    return not any(gaz.cc[r] == cc and _primary(gaz.name[r]) == key for r in m.rows[:40])


def _contain(gaz: Gazetteer, mentions: list[Mention], final: dict, votes: "Focus", idx: int, c: int,
             held: dict, at_area: dict) -> None:
    """Limit mention `idx` to the area mention `c` names, choosing the area's reading that fits.

    The area's readings are tried best first (its current choice, then by score); the first
    one that holds an entry of the inner name wins. A name with no entry there is placed at
    the area (the area's own point, the province for a province), unless it is itself a
    province or country ("Hama, Syria").
    """
    m, outer = mentions[idx], mentions[c]
    mine = final.get(idx)
    focus, admins = votes.without(outer.key)
    current = final.get(c)
    cands = [r for r in outer.rows[:40]]
    if c in at_area:      # the area is known only by its own area: "X area of Y district (Z)"
        current = at_area[c]
        cands = [current]
    areas = [r for r in cands if gaz.fcode[r] in AREA_CODES]
    if current is not None and current != -1 and c not in at_area:
        # another country's area of the name only where the report is about that country
        areas = [r for r in areas if gaz.cc[r] == gaz.cc[current] or focus.get(gaz.cc[r], 0.0) >= 0.3]
    if mine is not None and mine != -1 and gaz.fcode[mine] in ("ADM1", "PCLI") and \
            not any(gaz.fcode[r] == "PCLI" and gaz.cc[r] == gaz.cc[mine] for r in areas):
        return          # "Idlib, Hama and Aleppo": a list of provinces, not one inside another
    own = {(gaz.cc[r], gaz.admin1_code[r]) for r in m.rows[:5] if gaz.fcode[r] == "ADM1"}
    if own and any(gaz.fcode[r] == "ADM1" and any(cc == gaz.cc[r] and code != gaz.admin1_code[r]
                                                  for cc, code in own) for r in areas):
        return          # the same, with a town reading first: two provinces of one country
    if areas and gap_kind(_between(mentions, idx, c)) != "paren":
        cands = areas   # "X, Minas Gerais": the state, not a town of that name elsewhere
    cands.sort(key=lambda r: (r != current and (r not in areas or current in areas),
                              -score_row(gaz, r, "admin", focus, admins)))
    if c in held:   # the area is itself inside an outer area: keep to its readings there
        outer_row = final.get(held[c])
        if outer_row is not None and outer_row != -1:
            key = area_key(gaz, outer_row)
            cands = [r for r in cands if inside(gaz, r, key)] or cands
    area, fits = None, []
    for crow in cands:
        key = area_key(gaz, crow)
        fits = [r for r in m.rows[:40] if inside(gaz, r, key)]
        if fits:
            area = crow
            break
    if area is None:
        if mine is not None and mine != -1 and m.kind == "exact" and not m.weak \
                and gap_kind(_between(mentions, idx, c)) == "comma" and not m.in_parens \
                and not any(gaz.cc[r] == gaz.cc[mine] for r in (areas or cands)):
            return      # "Moscow, Kiev, Minsk": a list of known towns abroad, not one inside the next
        own = _town_of_compass_area(gaz, m, mine, outer, votes)
        if own is not None and not any(gaz.cc[r] == gaz.cc[own] for r in (areas or cands)):
            # "Jaffna town (Northern)": a province named by a compass point is in many countries, and the index
            # may know only other countries' one; the town named with it says which country
            final[idx] = own
            if c not in at_area and final.get(c) not in (None, -1) and gaz.cc[final[c]] != gaz.cc[own]:
                final[c] = None
            return
        area = cands[0] if cands and cands is areas else current
        if area is None or area == -1:
            return
    if area != current and c not in at_area and (c not in held or final.get(held[c]) in (None, -1)
                            or inside(gaz, area, area_key(gaz, final[held[c]]))):
        final[c] = current = area
    if current is None or current == -1:
        return          # the area kept no reading of its own (its outer area ruled this one out)
    if c not in at_area and (gaz.fclass[current] == "P" or gaz.fcode[current] == "ADM2"):
        twin = gaz.admin1_rows.get(gaz.admin1_code[current])
        if twin is not None and (twin in outer.rows[:40] or
                                 _loose_skeleton(gaz.name[twin]) == _loose_skeleton(outer.key)):
            # "X, Donetsk", "X in Idleb": the province, not the city of its name
            final[c] = current = twin
    if fits:
        sub = Mention(m.i, m.j, m.start, m.end, m.key, tuple(fits), kind=m.kind, hint=m.hint,
                      fuzzy_score=m.fuzzy_score)
        f, a = votes.without(m.key)
        final[idx] = _best(gaz, sub, f, a)[0]
        return
    if mine is not None and mine != -1 and gaz.cc[mine] == gaz.cc[current] and gaz.fcode[mine] in ("ADM1", "PCLI"):
        return
    if gaz.fcode[current] in ("ADM1", "ADM2") or gaz.fclass[current] == "P":
        at_area[idx] = current
    else:
        final[idx] = None if mine is None or mine == -1 or gaz.cc[mine] != gaz.cc[current] else mine


_KNOWN_TOWN = 20_000


def _town_of_compass_area(gaz: Gazetteer, m: Mention, mine: int | None, outer: Mention, votes: "Focus") -> int | None:
    """The town (or district) entry of a name written before a province named by a compass point, or None."""
    if m.kind not in ("exact", "cue") or not compass_name(outer.key):
        return None
    if m.in_parens and len({gaz.cc[r] for r in outer.rows[:40] if gaz.fcode[r] in AREA_CODES}) < 2:
        return None     # "(Bam, Centre-Nord)": a district between brackets, named like a town abroad
    own = mine
    if own is None or own == -1:
        rows = m.rows or gaz.rows(m.key)      # a cued name ("Jaffna town") may come with no entries of its own
        towns = tuple(r for r in rows[:40] if gaz.fclass[r] == "P" or gaz.fcode[r] == "ADM2")
        if not towns:
            return None
        f, a = votes.without(outer.key)
        own = _best(gaz, Mention(m.i, m.j, m.start, m.end, m.key, towns, kind=m.kind, hint=m.hint,
                                 fuzzy_score=m.fuzzy_score), f, a)[0]
        if own is None or own == -1:
            own = towns[0]     # the index's most important entry of the name
    # a town big enough to be known by its own name (a village's namesake abroad is no evidence of a country)
    if own is None or own == -1 or gaz.pop[own] < _KNOWN_TOWN:
        return None
    return own if gaz.fclass[own] == "P" or gaz.fcode[own] == "ADM2" else None


def _currency(toks, gaz: Gazetteer, m: Mention) -> bool:
    """"the US dollar", "Syrian pound": a country's money, not the country as a place."""
    return m.j < len(toks.keys) and toks.keys[m.j] in CURRENCY_WORDS and toks.joins[m.j] \
        and any(gaz.fcode[r] == "PCLI" for r in m.rows[:1])


# each word of a set phrase -> the phrases holding it: a mention lies inside a phrase only if its first word is one
_IDIOMS_BY_WORD: dict[str, tuple[tuple[str, ...], ...]] = {
    word: tuple(idiom for idiom in IDIOMS if word in idiom) for phrase in IDIOMS for word in phrase}


def _in_idiom(toks, m: Mention) -> bool:
    """"shot him at point-blank range": the words of a set phrase, not the town of Pointblank."""
    keys = toks.keys
    if m.i >= len(keys):
        return False
    for idiom in _IDIOMS_BY_WORD.get(keys[m.i], ()):
        n = len(idiom)
        for a in range(max(0, m.j - n), min(m.i, len(keys) - n) + 1):
            if tuple(keys[a:a + n]) == idiom:
                return True
    return False


def _between(mentions: list[Mention], idx: int, c: int) -> str:
    return mentions[idx].gap_after


def _at_area(gaz: Gazetteer, text: str, m: Mention, row: int, spelled: dict) -> Place:
    """A place known only by the area that holds it: the area's point and names, not its identity."""
    place = _place(gaz, text, m, row, 0.0, m.hint)
    respell(gaz, place, row, spelled)
    seat = _seat(gaz, row) if gaz.fcode[row] == "ADM1" else None
    if seat is not None:
        # "X (Tripoli)": a province centred on the city it is named after is placed at the city
        place.latitude, place.longitude = round(gaz.lat[seat], 5), round(gaz.lon[seat], 5)
    place.resolved_name = place.geonameid = place.population = None
    place.feature_class = place.feature_code = None
    place.is_admin1 = place.is_country = False
    place.geo_precision = 3 if gaz.fcode[row] == "ADM1" else 2    # only the province is known
    if gaz.fcode[row] == "ADM1" and seat is None:
        _event_point(gaz, place, row)
    place.confidence = 0.4
    return place


def _km(gaz: Gazetteer, a: int, b: int) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (gaz.lat[a], gaz.lon[a], gaz.lat[b], gaz.lon[b]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _seat(gaz: Gazetteer, row: int) -> int | None:
    """The town a province is named after and governed from (Tripoli in Tripoli), if any."""
    code, skel = gaz.admin1_code[row], _loose_skeleton(gaz.name[row])
    towns = [r for r in gaz.rows(norm(gaz.name[row]))
             if gaz.fclass[r] == "P" and gaz.admin1_code[r] == code and gaz.pop[r] >= 10_000
             and _loose_skeleton(gaz.name[r]) == skel and _km(gaz, r, row) <= SEAT_KM]
    return max(towns, key=lambda r: gaz.pop[r]) if towns else None


def resolve_name(name: str, gazetteer: Gazetteer, country_hint: str | None = None) -> Place | None:
    """One name out of context (the event extractor's helper): the best entry, or None."""
    gaz = gazetteer
    key = norm(name)
    if not key:
        return None
    rows = gaz.rows(key)
    score = 100.0
    if not rows:
        rows, score = fuzzy_lookup(key, gaz)
    if not rows:
        return None
    focus = {}
    if country_hint:
        hint = country_hint.strip()
        cc = None
        if len(hint) == 2:
            cc = hint.upper()
        else:
            for code, info in gaz.countries.items():
                if hint.upper() == (info.get("iso3") or "") or norm(hint) == norm(info["name"]):
                    cc = code
                    break
            if cc is None:
                crow = next((r for r in gaz.rows(norm(hint)) if gaz.fcode[r] == "PCLI"), None)
                cc = gaz.cc[crow] if crow is not None else None
        if cc:
            focus[cc] = 1.0
    m = Mention(0, 1, 0, len(name), key, rows, kind="exact", fuzzy_score=score)
    row, best, second = _best(gaz, m, focus, {})
    if row is None:
        return None
    return _place(gaz, name, m, row, best - second if second > -1e8 else 5.0, "")
