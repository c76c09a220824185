"""A nationality adjective before a common noun is not a place: "the Somali capital", "a Malian soldier".

Some adjectives are also names of places ("Somali", a region of Ethiopia; "Malian", a village).
News writes the place with a capital or an area word after it ("Ethiopia's Somali region") and
the adjective before an everyday noun ("Somali troops", "the Afghan capital"). Read as an
adjective, the word is a nationality (flagged like any demonym, so the coder never takes it for
the scene), and "the <adjective> capital" is that country's capital, which the gazetteer knows.
"""
from __future__ import annotations

from itertools import compress

from ..codebook.countries import COUNTRY_WORDS
from .cues import ADMIN_AFTER, AREA_AFTER, DISTRICT_AFTER
from .find import Mention, Tokens, tokenize
from .gazetteer import Gazetteer

# the nouns after which the word names the area itself ("the Somali region", "Afar state")
_AREA_WORDS = ADMIN_AFTER | AREA_AFTER | DISTRICT_AFTER | frozenset({"zone", "zones", "regional", "border"})
_CAPITAL = "capital"
_ADJECTIVE_ENDINGS = ("an", "ese", "i", "ish", "ch", "ic", "ot", "ene", "ean")
_CITY = 100_000
_CAPITAL_CODE = "PPLC"


def _adjectives(gaz: Gazetteer) -> dict[str, int]:
    """Nationality adjective -> the row of its country, worked out once per gazetteer."""
    cached = gaz.__dict__.get("_nationality_rows")
    if cached is None:
        cached = {}
        for country, words in COUNTRY_WORDS.items():
            key = " ".join(tokenize(country).keys)
            rows = [r for r in gaz.rows(key) if gaz.is_country(r)]
            if not rows:
                continue
            for word in words:
                if word != key and " " not in word and _adjective_shaped(gaz, word):
                    cached.setdefault(word, rows[0])
        gaz.__dict__["_nationality_rows"] = cached
    return cached


def _adjective_shaped(gaz: Gazetteer, word: str) -> bool:
    """A people's adjective ("somali", "afghan", "malian"), not a capital standing for its government
    ("moscow", "tehran"): the country words also hold those, and a city is never an adjective."""
    if word in gaz.demonyms:
        return True
    return word.endswith(_ADJECTIVE_ENDINGS) and not any(gaz.fclass[r] == "P" and gaz.pop[r] >= _CITY
                                                         for r in gaz.rows(word))


def _capital(gaz: Gazetteer, country_row: int) -> int | None:
    """The country's capital (PPLC; the most populous when a country lists several)."""
    capitals = gaz.__dict__.get("_capital_rows")
    if capitals is None:
        capitals = {}
        for row in compress(range(len(gaz.fcode)), map(_CAPITAL_CODE.__eq__, gaz.fcode)):   # a C-level scan
            cc = gaz.cc[row]
            if cc not in capitals or gaz.pop[row] > gaz.pop[capitals[cc]]:
                capitals[cc] = row
        gaz.__dict__["_capital_rows"] = capitals
    return capitals.get(gaz.cc[country_row])


def as_nationality(toks: Tokens, gaz: Gazetteer, m: Mention, lower_text: bool) -> Mention | None:
    """`m` re-read when it is a nationality adjective before a common noun: the country's capital
    for "the Somali capital", else the country as a nationality word; None when `m` names a place."""
    if m.j - m.i != 1 or m.kind != "exact":
        return None
    country = _adjectives(gaz).get(m.key)
    if country is None or m.j >= len(toks.keys) or gaz.is_country(m.rows[0]):
        return None
    following = toks.keys[m.j]
    if toks.caps[m.j] and not lower_text or following in _AREA_WORDS or following in ("and", "or") \
            or not following.isalpha():
        return None            # "Somali Region", "the Somali region", "the Somali and Afar regions": the area
    if lower_text and gaz.vocab.get(following, 10 ** 6) >= 20_000:
        return None            # lowercased text: only an everyday word after it says adjective
    nationality = Mention(m.i, m.j, m.start, m.end, m.key, (country,), kind="demonym")
    return capital_named(toks, gaz, nationality) or nationality


def capital_named(toks: Tokens, gaz: Gazetteer, m: Mention) -> Mention | None:
    """"the Afghan capital": the capital of the country of nationality word `m`, over both words."""
    if m.kind != "demonym" or m.j >= len(toks.keys) or toks.keys[m.j] != _CAPITAL or m.i == 0 \
            or toks.keys[m.i - 1] not in ("the", "s"):
        return None
    capital = _capital(gaz, m.rows[0])
    if capital is None:
        return None
    return Mention(m.i, m.j + 1, m.start, toks.ends[m.j], f"{m.key} {_CAPITAL}", (capital,))


def without_area_word(toks: Tokens, gaz: Gazetteer, m: Mention, lower_text: bool) -> Mention | None:
    """"Kaduna state" written with a small "state" in cased text: the index holds the two words as one
    name, but cased prose capitalises only the name, so the match is read as "Kaduna" (the area word
    after it still tells the resolver it is the state)."""
    if lower_text or m.j - m.i < 2 or toks.caps[m.j - 1] or toks.keys[m.j - 1] not in _AREA_WORDS:
        return None
    key = " ".join(toks.keys[m.i:m.j - 1])
    rows = gaz.rows(key)
    if not rows:
        return None
    # the area the whole name meant goes first, so "Kaduna state" stays the state, not the city
    meant = tuple(r for r in m.rows if r in rows) + tuple(r for r in rows if r not in m.rows)
    return Mention(m.i, m.j - 1, m.start, toks.ends[m.j - 2], key, meant)
