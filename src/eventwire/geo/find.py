"""Toponym recognition: where in the text are place names, and which entries could they be.

Works on cased and lowercased text alike, because it does not rest on NER:
every run of tokens is looked up in the gazetteer's normalised-name index
(longest match first, the first token's longest name bounding the search), and
the words around a match decide whether it is a place ("near Saraqeb", "Hama
province") or an everyday word or a person ("in March", "Andrew Jackson").
Names no index entry spells exactly are tried by transliteration skeleton and a
fuzzy ratio; names after a cue ("the village of X") are kept even when unknown.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from itertools import accumulate, compress
from operator import itemgetter

from rapidfuzz import fuzz, process

from .cues import (
    ADMIN_AFTER, AREA_AFTER, INSTITUTIONS, ORG_AFTER, WEAK_CUES, DIRECTIONS, DISTRICT_AFTER, MAX_CUE_LEN, NAME_CUES,
    NAME_PARTICLES, NEAR_BEFORE,
    STOP_BUT_PLACE, STOP_NAMES, TITLES, TOWN_WORDS,
)
from .gazetteer import COUNTRY_CODES, Gazetteer
from .packed import memo
from .names import ARTICLES, compact, fold, skeleton
from .persons import caseless_organisation, place_governed, street_named

_JOIN_GAPS = frozenset({" ", "-", "'", "’", "‘", "`", "ʼ", "ʻ", " - ", "- ", " -", "–"})
_APOSTROPHES = frozenset("'’‘`ʼʻ")
_SENTENCE_END = frozenset(".!?\n\"“”:;•|")


@dataclass
class Tokens:
    """The text cut into word tokens, with what the matcher needs to know of each."""

    starts: list[int]
    ends: list[int]
    keys: list[str]        # folded lowercase
    caps: list[bool]       # first letter upper case
    upper: list[bool]      # all letters upper case (AMMAN, US)
    initial: list[bool]    # first word of a sentence
    joins: list[bool]      # joins[i]: token i may continue a name begun before it
    comma_before: list[bool]
    dot_after: list[bool]  # "Ga." "U.S.": a period right after the token
    apos: list[bool] = None  # apos[i]: token i follows an apostrophe inside a word ("Dar'a", "Ma'rib")


_SENT_RE = re.compile(r"[.!?\n\"“”:;•|]")


# the compass word of a province's name in English and in the French or Spanish the gazetteer may keep
_POINTS = {"north": "nord", "south": "sud", "east": "est", "west": "ouest", "nord": "north", "sud": "south",
           "norte": "north", "sur": "south"}


def _exact_or_near(key: str, gaz) -> tuple[list, float]:
    """Gazetteer rows for a cued name: exact, else a near-spelling scored below any exact match."""
    rows = gaz.rows(key)
    if rows:
        return rows, 100.0
    first, _, rest = key.partition(" ")
    if rest and first in _POINTS:
        rows = gaz.rows(_POINTS[first] + " " + rest)   # "North Kivu": the gazetteer's "Nord Kivu"
        if rows:
            return rows, 100.0
    rows, score = fuzzy_lookup(key, gaz, min_ratio=85.0)
    # a country is spelled as such: "the town of Katari" is no misspelt Qatar
    rows = tuple(r for r in rows if gaz.fcode[r] not in COUNTRY_CODES)
    return rows, (min(score, 99.9) if rows else 0.0)    # however close, the resolver checks its country


def tokenize(text: str) -> Tokens:
    """Word tokens and the gaps between them from one regex split (this runs on every text).

    Every list is built by C-level passes (`map`, `accumulate`, slices) rather than a Python loop
    per token: the tokenizer sees every word of every report, so it was a fifth of the toponym
    stage's time. A gap's flags are worked out once per distinct gap (an article has few: " ", ", ").
    """
    ascii = text.isascii()     # a flag of the string, not a scan
    parts = (_SPLIT_ASCII if ascii else _SPLIT).split(text)       # [gap, token, gap, token, ..., gap]
    if len(parts) == 1:
        return Tokens([], [], [], [], [], [], [], [], [], [])
    raws = parts[1::2]
    gaps = parts[2:-1:2]             # between consecutive tokens (never empty)
    bounds = list(accumulate(map(len, parts)))
    starts = bounds[0:-1:2]
    ends = bounds[1::2]
    if text.islower():      # no capital anywhere (the lowercased reading of wire copy): no pass per word
        keys = raws if ascii else list(map(fold, raws))
        caps = [False] * len(raws)
        upper = caps[:]
    else:
        keys = list(map(str.lower if ascii else fold, raws))
        caps = list(map(str.isupper, map(itemgetter(0), raws)))
        upper = [False] * len(raws)
        for t in compress(range(len(raws)), map(str.isupper, raws)):
            upper[t] = caps[t] and len(raws[t]) > 1   # AMMAN, US (not "A", not "1A")
    # each distinct gap's flags (joins, ends a sentence, comma, a dot after the word, apostrophe, a lone dot),
    # looked up once per gap in one pass and turned into the six lists by zip, all in C
    flags = {g: (g in _JOIN_GAPS, _SENT_RE.search(g) is not None, "," in g, g.startswith("."), g in _APOSTROPHES,
                 g in _DOT_GAPS) for g in set(gaps)}
    joined, ending, comma, dotted, apostrophe, lone_dot = zip(*map(flags.__getitem__, gaps)) if gaps else ((),) * 6
    joins = [False, *joined]
    for t in compress(range(len(gaps)), lone_dot):
        if len(raws[t]) <= 3:
            joins[t + 1] = True     # "U.S.", "St. Louis"
    initial = [True, *ending]
    commas = [False, *comma]
    dots = [*dotted, parts[-1].startswith(".")]   # the gap after each token
    apos = [False, *apostrophe]
    return Tokens(starts, ends, keys, caps, upper, initial, joins, commas, dots, apos)


_SPLIT = re.compile(r"([^\W_]+)")
# the same tokens on ASCII text (most copy), where a plain letter range runs a third faster than the
# Unicode word class the engine tests character by character
_SPLIT_ASCII = re.compile(r"([A-Za-z0-9]+)")
_DOT_GAPS = frozenset({".", ". "})


@dataclass(slots=True)
class Mention:
    """A candidate toponym: tokens [i, j), its character span, and the entries it could be."""

    i: int
    j: int
    start: int
    end: int
    key: str
    rows: tuple
    kind: str = "exact"          # exact, abbrev, fuzzy, cue, dateline
    hint: str = ""               # admin, district, town, near, direction
    weak: bool = False           # needs a country focus to stay
    fuzzy_score: float = 100.0
    gap_after: str = ""          # text up to the next mention (set by the resolver)
    in_parens: bool = False      # inside an open parenthesis (set by the resolver)


def _is_lower_text(text: str, toks: Tokens, article_lower: bool) -> bool:
    if article_lower:
        return True
    n = len(toks.keys)
    if n < 8:
        return not any(toks.caps)
    return toks.caps.count(True) / n < 0.03


def _log_pop(gaz: Gazetteer, rows) -> float:
    return math.log10(max(gaz.pop[r] for r in rows[:5]) + 1) if rows else 0.0


def _name_prior(gaz: Gazetteer, rows) -> float:
    """How much of a place the name is: the log population of its biggest entry, countries and states up.

    Asked for every candidate match; it reads the first five rows only, so it is kept per such
    five (up to 100,000 of them)."""
    return gaz.kept("_prior_cache", tuple(rows[:5]), lambda top: _compute_prior(gaz, top))


def _compute_prior(gaz: Gazetteer, rows: tuple) -> float:
    best = 0.0
    for r in rows[:5]:
        p = math.log10(gaz.pop[r] + 1)
        fcode = gaz.fcode[r]
        if fcode == "PCLI" or fcode == "CONT":
            p += 2.0
        elif fcode == "ADM1":
            p += 1.0
        if p > best:
            best = p
    return best


def exact_mentions(toks: Tokens, gaz: Gazetteer, lower_text: bool) -> list[Mention]:
    """Longest-first lookup of every token run in the name index."""
    keys, joins = toks.keys, toks.joins
    names, first, bigrams = gaz.table("names"), gaz.table("first_tokens"), gaz.bigrams
    info = _start_words(gaz)
    n = len(keys)
    out: list[Mention] = []
    caps, upper, dot_after = toks.caps, toks.upper, toks.dot_after
    tok_starts, tok_ends = toks.starts, toks.ends
    # the only tokens a name can start at, listed in one pass: in cased text a place name starts with
    # a capital; then an abbreviation ("US", "Ga.") or a name's first word
    if lower_text:
        starts = compress(range(n), map(info.__getitem__, keys))
    else:
        starts = [i for i in compress(range(n), caps) if first[keys[i]] or upper[i] or dot_after[i]]
    reached = 0
    for i in starts:
        if i < reached:
            continue    # inside the name found before
        k = keys[i]
        if not lower_text and (upper[i] or dot_after[i]):
            hit = _abbrev(toks, gaz, i)
            if hit is not None:
                out.append(hit)
                reached = hit.j
                continue
        word = info[k]
        if word is None:
            continue    # no name starts with it, or a number
        longest, common, rows = word
        if longest == 1 or i + 1 == n or not joins[i + 1] or (common and k + " " + keys[i + 1] not in bigrams):
            # one word only, as for nine starts in ten: the lookup below without its loop
            if lower_text and len(k) < 3:
                continue    # "of", "in": two letters are never a place in lowercased text
            if rows is not None:
                out.append(Mention(i, i + 1, tok_starts[i], tok_ends[i], k, rows))
                reached = i + 1
            continue
        span = 2
        while span < longest and i + span < n and joins[i + span]:
            span += 1
        for m in range(span, 0, -1):
            if m == 1 and lower_text and len(k) < 3:
                break       # "of", "in": two letters are never a place in lowercased text
            key = k if m == 1 else " ".join(keys[i:i + m])
            rows = names[key]
            if rows is not None:
                if type(rows) is int:
                    rows = (rows,)
                out.append(Mention(i, i + m, tok_starts[i], tok_ends[i + m - 1], key, rows))
                reached = i + m
                break
    return out


def _start_words(gaz: Gazetteer) -> dict:
    """Word -> what `exact_mentions` asks of a name's first word: (its longest name in words, whether
    it is an everyday word, the rows of the word alone as a name or None); None for a word no name
    starts with, or a number. The same words start names in report after report, so each is asked of
    the tables once (up to a million, then forgotten together), for as long as the tables stay."""
    names, first = gaz.table("names"), gaz.table("first_tokens")
    held = gaz.__dict__.get("_start_words")
    if held is None or held[0] is not names or held[1] is not first:
        common = gaz.common_first

        def look(k: str):
            longest = first[k]
            if not longest or k.isdigit():
                return None
            rows = names[k]
            return longest, k in common, (rows,) if type(rows) is int else rows

        held = gaz.__dict__["_start_words"] = (names, first, memo(look))
    return held[2]


def demonym_mentions(toks: Tokens, gaz: Gazetteer, covered: list[bool], lower_text: bool) -> list[Mention]:
    """"Syrian", "Russians": the country a people's adjective names (geoparsing corpora count them)."""
    out = []
    dem = gaz.demonyms
    for t in compress(range(len(toks.keys)), map(dem.__contains__, toks.keys)):   # a C-level scan
        k = toks.keys[t]
        if covered[t] or (not lower_text and not toks.caps[t]):
            continue
        out.append(Mention(t, t + 1, toks.starts[t], toks.ends[t], k, dem[k], kind="demonym"))
        covered[t] = True
    return out


def _abbrev_first_tokens(gaz: Gazetteer) -> frozenset:
    """The first tokens of the abbreviations, worked out once per gazetteer."""
    first = gaz.__dict__.get("_abbrev_first")
    if first is None:
        first = frozenset(key.split(" ", 1)[0] for key in (*gaz.abbrevs, *gaz.dotted))
        gaz.__dict__["_abbrev_first"] = first
    return first


def _abbrev(toks: Tokens, gaz: Gazetteer, i: int) -> Mention | None:
    """"US", "U.S.", "UAE" in capitals; "Ga.", "W.Va." after a comma ("Gainesville, Ga.")."""
    if toks.keys[i] not in _abbrev_first_tokens(gaz):
        return None      # no abbreviation starts with this word (text in capitals asks for every word)
    for m in (3, 2, 1):
        if i + m > len(toks.keys):
            continue
        if m > 1 and not all(toks.joins[i + 1:i + m]):
            continue
        if not all(toks.caps[i:i + m]):
            continue
        key = " ".join(toks.keys[i:i + m])
        end = toks.ends[i + m - 1]
        rows = gaz.abbrevs.get(key)
        if rows and (all(toks.upper[i:i + m]) or all(toks.dot_after[i:i + m])):
            return Mention(i, i + m, toks.starts[i], end, key, rows, kind="abbrev")
        rows = gaz.dotted.get(key)
        if rows and toks.dot_after[i + m - 1] and toks.comma_before[i] and i > 0 and toks.caps[i - 1]:
            return Mention(i, i + m, toks.starts[i], end, key, rows, kind="abbrev")
    return None


_SAID = frozenset({"said", "says", "told", "added", "wrote", "explained", "asked", "noted", "stated"})
_PLACE_PREFIXES = frozenset({
    "lake", "mount", "mt", "fort", "ft", "port", "new", "north", "south", "east", "west", "upper",
    "lower", "greater", "saint", "st", "san", "santa", "old", "little", "big", "great", "grand",
    "cape", "point", "glen", "the", "in", "at", "of", "and", "from", "to", "central", "northern",
    "southern", "eastern", "western", "downtown", "rural", "metro", "suburban", "city",
    "near", "outside", "into", "across", "for", "by", "with", "on", "around", "toward", "towards",
})


def person_keys(toks: Tokens, gaz: Gazetteer) -> set[str]:
    """Single words this text uses as a person's name: "Mike Farrin", "Farrin said"."""
    out = set()
    keys, caps = toks.keys, toks.caps
    names = gaz.table("names")
    for t in compress(range(1, len(keys)), caps[1:]):      # the capitalised words, picked in C
        if toks.upper[t]:
            continue
        prev = keys[t - 1]
        if caps[t - 1] and toks.joins[t] and not toks.upper[t - 1] and prev not in _PLACE_PREFIXES \
                and prev not in DIRECTIONS and prev not in NAME_PARTICLES and len(prev) > 1 \
                and (t + 1 >= len(keys) or not (caps[t + 1] and toks.joins[t + 1])):
            if names[prev] is None or gaz.vocab.get(prev, 10 ** 6) < 20_000:
                out.add(keys[t])
        if t + 1 < len(keys) and keys[t + 1] in _SAID and not toks.comma_before[t + 1] \
                and prev not in _PLACE_PREFIXES:   # "officials in Huntsville said" is a place
            out.add(keys[t])
        if prev in TITLES and toks.joins[t] or (
                prev in ("de", "van", "von", "der", "le", "la", "di", "da", "bin", "ben")
                and t > 1 and caps[t - 2] and not caps[t - 1] and not toks.initial[t - 1]):
            out.add(keys[t])
    return out


def fuzzy_lookup(key: str, gaz: Gazetteer, min_ratio: float = 80.0) -> tuple[tuple, float]:
    """Entries whose name has the same transliteration skeleton and a close folded form."""
    cache = gaz.__dict__.setdefault("_fuzzy_cache", {})
    hit = cache.get((key, min_ratio))
    if hit is None:
        if len(cache) > 100_000:
            cache.clear()
        hit = cache[(key, min_ratio)] = _fuzzy_lookup(key, gaz, min_ratio)
    return hit


def _fuzzy_lookup(key: str, gaz: Gazetteer, min_ratio: float) -> tuple[tuple, float]:
    sk = skeleton(key)
    if len(sk.replace(" ", "")) < 3:
        return (), 0.0
    cands = gaz.skeleton_names(sk)
    if not cands:
        return (), 0.0
    # one C pass over the skeleton's names, keeping only those at or above the ratio (the rest
    # never count); hits are read back in the names' own order so ties add rows as before
    hits = process.extract(compact(key), _compacts(gaz, sk, cands), scorer=fuzz.ratio,
                           score_cutoff=min_ratio, limit=None)
    if not hits:
        return (), 0.0
    best_rows: list = []
    best = 0.0
    for _, score, at in sorted(hits, key=lambda h: h[2]):
        if score > best + 1e-9:
            best, best_rows = score, list(gaz.rows(cands[at]))
        elif abs(score - best) < 1e-9:
            best_rows.extend(gaz.rows(cands[at]))
    rows = tuple(sorted(set(best_rows), key=lambda r: gaz.pop[r], reverse=True))
    return rows, best


def _compacts(gaz: Gazetteer, sk: str, cands: tuple) -> list[str]:
    """The compact forms of a skeleton's names, worked out once per gazetteer (names share skeletons)."""
    memo = gaz.__dict__.setdefault("_compacts", {})
    out = memo.get(sk)
    if out is None:
        out = memo[sk] = [compact(c) for c in cands]
    return out


def longer_near_spelling(toks: Tokens, gaz: Gazetteer, m: Mention) -> Mention | None:
    """"Balet Weyne": an exact match ("Balet") followed, inside the same capitalised name, by a
    word no entry starts with is likely the first half of a name spelled another way (Belet
    Weyne); the whole name read as a near-spelling replaces it. Cased text only."""
    j, keys = m.j, toks.keys
    if j >= len(keys) or not toks.joins[j] or not toks.caps[j] or not _is_foreign(keys[j], gaz) \
            or gaz.table("first_tokens")[keys[j]] is not None:
        return None
    key = " ".join(keys[m.i:j + 1])
    rows, score = fuzzy_lookup(key, gaz, min_ratio=85.0)
    if not rows:
        return None
    return Mention(m.i, j + 1, m.start, toks.ends[j], key, rows, kind="fuzzy", weak=True, fuzzy_score=score)


def _is_foreign(tok: str, gaz: Gazetteer) -> bool:
    return len(tok) >= 4 and tok.isalpha() and tok not in gaz.vocab


def fuzzy_mentions(toks: Tokens, gaz: Gazetteer, covered: list[bool], lower_text: bool,
                   persons: frozenset | set = frozenset(), tentative: set = frozenset()) -> list[Mention]:
    """Names spelled differently from every index entry: "saraqeb", "jisr al-shaqour".

    `tentative`: tokens of weak exact matches, which a longer fuzzy name may swallow but
    which do not start a fuzzy search themselves.
    """
    out = []
    keys = toks.keys
    n = len(keys)
    reached = 0
    # the words that may start a search: 4 letters or more, no everyday word, capitalised in cased text
    # (which picks its few capitalised words in one C-level pass and asks only of those)
    foreign = _foreign_words(gaz)
    if lower_text:
        able = compress(range(n), map(foreign.__getitem__, keys))
    else:
        able = [i for i in compress(range(n), toks.caps) if foreign[keys[i]]]
    for i in able:
        if i < reached:
            continue    # inside the name found before
        k = keys[i]
        if covered[i] or i in tentative or k in persons:
            continue
        best = None
        # windows that contain token i: up to two tokens before (particles) and two after
        for a in range(max(0, i - 2), i + 1):
            if a < i and keys[a] not in NAME_PARTICLES and not (not lower_text and toks.caps[a]):
                continue
            if a < i and not lower_text and not toks.caps[a] and keys[a] not in ("al", "el"):
                continue    # "at Balakote", "as Hama": an English word, not "al-"
            for b in range(min(n, i + 3), i, -1):
                if any(covered[a:b]) or not all(toks.joins[a + 1:b]):
                    continue
                key = " ".join(keys[a:b])
                rows, score = fuzzy_lookup(key, gaz)
                if rows:    # countries are spelled as such: "Sudaniye" is a place in Gaza, not Sudan misspelt
                    rows = tuple(r for r in rows if gaz.fcode[r] != "PCLI")
                if rows and (best is None or (b - a, score) > (best.j - best.i, best.fuzzy_score)):
                    best = Mention(a, b, toks.starts[a], toks.ends[b - 1], key, rows, kind="fuzzy",
                                   weak=True, fuzzy_score=score)
        if best is not None:
            out.append(best)
            for t in range(best.i, best.j):
                covered[t] = True
            reached = best.j
    return out


_MIN_FUZZY_LEN = 4     # shorter words are never tried as near-spellings


def _foreign_words(gaz: Gazetteer) -> dict:
    """Word -> whether a near-spelling search may start at it: 4 letters or more, all letters, no everyday
    English word. Asked of every word of a caseless text: kept per word (up to a million) for the vocabulary."""
    held = gaz.__dict__.get("_fuzzy_starts")
    if held is None or held[0] is not gaz.vocab:
        vocab = gaz.vocab
        held = gaz.__dict__["_fuzzy_starts"] = (vocab, memo(
            lambda k: len(k) >= _MIN_FUZZY_LEN and k not in vocab and k.isalpha()))
    return held[1]


def _name_after(toks: Tokens, gaz: Gazetteer, i: int, lower_text: bool) -> int:
    """End token of a name starting at i (exclusive), or i when there is none."""
    keys = toks.keys
    n = len(keys)
    j = i
    while j < n and j - i < 4:
        if j > i and not toks.joins[j]:
            break
        k = keys[j]
        if k.isdigit():
            break
        if lower_text:
            rank = gaz.vocab.get(k)
            common = rank is not None and rank < 3000 and k not in NAME_PARTICLES
            if common:
                break
        else:
            if not toks.caps[j] and k not in NAME_PARTICLES:
                break
        j += 1
    while j > i and keys[j - 1] in NAME_PARTICLES and keys[j - 1] in ARTICLES:
        j -= 1
    return j


_STRONG_LAST = frozenset(k[-1] for k in NAME_CUES)
_CUE_LAST = _STRONG_LAST | WEAK_CUES
_CUE_FIRST = {m: frozenset(k[0] for k in NAME_CUES if len(k) == m) for m in range(1, MAX_CUE_LEN + 1)}


def cue_mentions(toks: Tokens, gaz: Gazetteer, covered: list[bool], lower_text: bool) -> list[Mention]:
    """Names after "the town of", "near", "on the outskirts of": places even if unknown."""
    out = []
    keys = toks.keys
    n = len(keys)
    for i in compress(range(1, n), map(_CUE_LAST.__contains__, keys)):    # a cue's last word before i
        if covered[i]:
            continue
        if keys[i - 1] not in _STRONG_LAST and (keys[i] not in NAME_PARTICLES or keys[i] in ARTICLES):
            continue    # "in", "at" end no cue of their own, and after them only a name led by a particle counts
        kind = None
        for m in range(min(MAX_CUE_LEN, i), 0, -1):
            if keys[i - m] not in _CUE_FIRST[m]:
                continue    # no cue of m words starts with this word
            cue = tuple(keys[i - m:i])
            if cue in NAME_CUES:
                kind = NAME_CUES[cue]
                break
        weak_cue = kind is None and keys[i - 1] in WEAK_CUES
        if kind is None and not weak_cue:
            continue
        if weak_cue and (keys[i] not in NAME_PARTICLES or keys[i] in ARTICLES):
            continue    # after "in", "from" only a name led by a particle is taken (see below)
        j = _name_after(toks, gaz, i, lower_text)
        if j == i or any(covered[i:j]):
            continue
        if weak_cue:
            # "in kafr zita", "from jabal al zawya": only names shaped like transliterated ones
            led = keys[i] in NAME_PARTICLES and keys[i] not in ARTICLES and j - i >= 2
            if not (led and any(_is_foreign(k, gaz) for k in keys[i + 1:j])):
                continue
            kind = "town"
        if lower_text and all(gaz.vocab.get(k, 10 ** 6) < 20_000 for k in keys[i:j]):
            continue  # "near the", "outside my": ordinary English
        key = " ".join(keys[i:j])
        if key in STOP_NAMES:
            continue
        rows, score = _exact_or_near(key, gaz)
        out.append(Mention(i, j, toks.starts[i], toks.ends[j - 1], key, rows, kind="cue",
                           hint=kind, fuzzy_score=score))
        for t in range(i, j):
            covered[t] = True
    # "X province", "X governorate": the name before the word
    for i in compress(range(1, n), map(AREA_AFTER.__contains__, keys[1:])):
        if not toks.joins[i] or covered[i - 1]:
            continue
        a = i
        while a > 0 and i - a < 3 and not covered[a - 1] and (a == i or toks.joins[a]):
            k = keys[a - 1]
            if lower_text:
                if gaz.vocab.get(k, 10 ** 6) < 3000 and k not in NAME_PARTICLES:
                    break
            elif not toks.caps[a - 1]:
                break
            a -= 1
        if a == i or keys[a] in DIRECTIONS:
            continue
        found = _cued(toks, gaz, covered, a, i, "admin")
        if found is not None:
            out.append(found)
    out.extend(_apposed_towns(toks, gaz, covered, lower_text))
    return out


# "Kpinkankandi, a village in Kpendjal prefecture", "Paro, a remote village in the highlands": the name before the
# comma is a town, whatever the gazetteer knows (cased text only: the name must be capitalised)
_APPOSED_WORDS = frozenset({"village", "town", "hamlet", "settlement", "locality", "suburb", "township"})
_APPOSED_AFTER = frozenset({"in", "near", "on", "of", "outside", "about", "some", "close", "north", "south", "east",
                            "west", "northeast", "northwest", "southeast", "southwest", "just", "located", "that",
                            "where", "which", "with"})


def _apposed_towns(toks: Tokens, gaz: Gazetteer, covered: list[bool], lower_text: bool) -> list[Mention]:
    if lower_text:
        return []
    keys = toks.keys
    n = len(keys)
    out = []
    for j in range(1, n - 2):
        if keys[j] != "a" or not toks.comma_before[j] or covered[j - 1]:
            continue
        k = j + 1 if keys[j + 1] in _APPOSED_WORDS else j + 2      # one adjective may stand before the noun
        if k + 1 >= n or keys[k] not in _APPOSED_WORDS or keys[k + 1] not in _APPOSED_AFTER:
            continue
        a = j
        while a > 0 and j - a < 3 and not covered[a - 1] and toks.caps[a - 1] and (a == j or toks.joins[a]):
            a -= 1
        if a == j or (a > 0 and toks.joins[a] and toks.caps[a - 1]):
            continue                    # nothing capitalised, or a longer name this pass does not take whole
        found = _cued(toks, gaz, covered, a, j, "town")
        if found is not None:
            out.append(found)
    return out


def _cued(toks: Tokens, gaz: Gazetteer, covered: list[bool], a: int, j: int, hint: str) -> Mention | None:
    """The name of tokens a..j as a cued mention (marking them covered), unless it is an everyday word or a stop
    name."""
    key = " ".join(toks.keys[a:j])
    if gaz.vocab.get(key, 10 ** 6) < 20_000 or key in STOP_NAMES:
        return None
    rows, score = _exact_or_near(key, gaz)
    for t in range(a, j):
        covered[t] = True
    return Mention(a, j, toks.starts[a], toks.ends[j - 1], key, rows, kind="cue", hint=hint, fuzzy_score=score)


def context_hint(toks: Tokens, m: Mention) -> str:
    """What the neighbouring words say the place is: admin area, district, town, near, direction."""
    keys = toks.keys
    n = len(keys)
    j = m.j
    # "idlib and hama provinces": look past a coordinated list for the area word
    k = j
    steps = 0
    while k < n and steps < 6:
        w = keys[k]
        if w in ADMIN_AFTER:
            return "admin"
        if w in DISTRICT_AFTER:
            return "district"
        if w in ("and", "or") or (toks.comma_before[k] and steps > 0):
            steps += 1
            k += 1
            continue
        if steps > 0 and k > j:
            k += 1
            steps += 1
            continue
        break
    before = keys[m.i - 1] if m.i > 0 else ""
    if before in DIRECTIONS:
        return "direction"
    if before in NEAR_BEFORE or (before == "of" and m.i > 1 and keys[m.i - 2] in ("outskirts", "vicinity")):
        return "near"
    if before == "of" and m.i > 1 and keys[m.i - 2] in TOWN_WORDS:
        return "town"
    # "X, a province where", "X, a town in"
    if j + 1 < n and toks.comma_before[j] and keys[j] in ("a", "the") and j + 1 < n:
        if keys[j + 1] in ADMIN_AFTER:
            return "admin"
        if keys[j + 1] in TOWN_WORDS:
            return "town"
    return m.hint


# not "at", "as": Arabic articles
_FUNCTION_WORDS = frozenset({"in", "on", "of", "to", "for", "by", "with", "from", "and", "or"})


# Religious titles, written small as often as capitalised ("the nun Stanislaus", "the priest Romero").
_CLERGY = frozenset({"nun", "sister", "priest", "monk", "friar", "deacon", "father", "pastor", "imam"})


def keep_mention(toks: Tokens, gaz: Gazetteer, m: Mention, lower_text: bool,
                 persons: frozenset | set = frozenset()) -> bool:
    """Whether an index match is a place here, or an everyday word or a person's name."""
    if m.kind in ("dateline", "cue", "abbrev"):
        return True
    key = m.key
    if len(key) < 3 and m.kind != "abbrev":
        return False
    prior = _name_prior(gaz, m.rows)
    z = gaz.common.get(key, 0.0)
    hinted = m.hint in ("admin", "district", "town", "near", "direction")
    # Every test below that rejects is pure, so which one rejects first does not change the answer; in
    # lowercased text three matches in four are everyday words ("police", "bus"), so that test comes first.
    if lower_text and z >= 3.0 and prior - z < 1.5 and not hinted:
        return False
    if key in STOP_NAMES and key not in STOP_BUT_PLACE and not hinted:
        return False
    if key in INSTITUTIONS and m.hint not in ("town", "admin"):
        return False    # "outside Congress": a building in the city, not Congress, Arizona
    i = m.i
    keys = toks.keys
    # "tahrir al-sham", "failaq al rahman": an article-led name glued to a word before it
    if keys[i] in ARTICLES and i > 0 and toks.joins[i] and gaz.vocab.get(keys[i - 1], 10 ** 6) > 3000 \
            and keys[i - 1] not in NAME_PARTICLES:
        return False
    # "pro-Hadi forces", "anti-Maduro": a leader or faction, not a small town of the name
    if i > 0 and keys[i - 1] in ("pro", "anti") and toks.joins[i] and prior < 6.0 \
            and not any(gaz.fcode[r] in ("PCLI", "ADM1") for r in m.rows[:3]):
        return False
    if lower_text:
        # one sense per discourse: a name the article uses as a person's, unless a place cue governs it
        if key in persons and not hinted and not place_governed(keys, i, m.j) \
                and not any(gaz.fcode[r] == "PCLI" for r in m.rows[:3]):
            return False
        if caseless_organisation(keys, m.i, m.j) and not any(gaz.fcode[r] in ("PCLI", "ADM1") for r in m.rows[:3]):
            return False
        if street_named(keys, m.j) and not hinted and not any(gaz.fcode[r] == "PCLI" for r in m.rows[:3]):
            return False    # "Bolivar Square", "the corner of X and Y streets": inside another town
        if not hinted and prior < 6.0 and m.j - m.i >= 2 and keys[i] in _FUNCTION_WORDS:
            return False    # "in salah": a preposition begins the words, not a name
        if not hinted and _log_pop(gaz, m.rows) < 6.3 and not any(gaz.fcode[r] == "PCLI" for r in m.rows[:3]):
            m.weak = True
        return True
    caps = toks.caps
    # every content word capitalised ("Jisr ash Shughur" may keep its particles low)
    # (a short inner word may stay low: "Pul-e Khumri", "Rostov-on-Don", "Trinidad and Tobago")
    if not caps[i] or not all(caps[t] or toks.keys[t] in NAME_PARTICLES or toks.keys[t] in ARTICLES
                              or toks.apos[t] or (i < t < m.j - 1 and len(toks.keys[t]) <= 3)
                              for t in range(i, m.j)):
        return False
    initial = toks.initial[i]
    if m.j - m.i == 1 and toks.upper[i] and len(key) <= 4 and (
            prior < 6.0 or not any(fold(gaz.name[r]) == key for r in m.rows[:3])):
        return False    # "SDF", "LNA": an acronym, not a town that shares its letters or codes
    # "the Saraqib Brigade", "Hama Army", "Aleppo Bank": the place names an organisation
    if m.j < len(keys) and caps[m.j] and toks.joins[m.j] and keys[m.j] in ORG_AFTER and not hinted \
            and not any(gaz.fcode[r] in ("PCLI", "ADM1") for r in m.rows[:3]):
        return False
    if initial or toks.upper[i]:
        if z >= 3.5 and prior - z < 1.0 and not hinted:
            return False
    elif z >= 4.0 and prior - z < 0.5 and not hinted:
        return False
    # people: "President Jackson", "Andrew Jackson", "Jordan Henderson"
    if i > 0 and (toks.keys[i - 1] in TITLES and caps[i - 1] or toks.keys[i - 1] in _CLERGY) and toks.joins[i]:
        return False     # ("the nun Stanislaus Kowalski": a religious title is one written small too)
    if m.j - m.i == 1 and key in persons and prior < 5.5 and not hinted:
        return False
    personish = (z >= 4.0 and prior < 6.0) or key in STOP_BUT_PLACE
    if personish and m.j - m.i == 1:
        if i > 0 and caps[i - 1] and toks.joins[i] and not toks.upper[i - 1] and toks.keys[i - 1] not in DIRECTIONS:
            return False
        if m.j < len(caps) and caps[m.j] and toks.joins[m.j] and not toks.upper[m.j]:
            nxt = toks.keys[m.j]
            if nxt not in ("county", "city", "state", "province", "river", "valley", "airport", "street",
                           "road", "district", "region", "island", "mountains", "lake", "bay", "beach"):
                return False
    if prior < 5.0 and not hinted:
        m.weak = True
    return True
