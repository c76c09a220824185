"""People's names in text without case: one sense per discourse.

Wire and radio copy in capitals, and the lowercased tokenized form, give no capital to tell
"Galan" the man from "Galan" the town. An article that uses a name as a person's anywhere
(after a title or a role, in a role's apposition, after a given name, with a possessive of a
person, as the one a deed befell) means the person wherever the name comes back, except where
a place cue governs it ("in X", "the town of X", "X department": the resolver's hints).
Given names come from Faker's name lists (Spanish and English locales), read once, offline.
"""
from __future__ import annotations

from functools import cache
from itertools import compress
from pathlib import Path

from ..kept_files import read_marshal, write_marshal
from .cues import ADMIN_AFTER, DISTRICT_AFTER, ORG_AFTER
from .packed import memo

# Titles and roles that come right before a person's name ("colonel x", "union leader x").
# Not the kin words, "saint" or "st" of the cased TITLES: "st x", "santa x" begin places.
ROLE_BEFORE = frozenset({
    "mr", "mrs", "ms", "dr", "sr", "sra", "don", "dona", "senor", "senora", "lic", "licenciado",
    "president", "presidente", "mayor", "alcalde", "governor", "gov", "colonel", "col", "general", "gen",
    "captain", "capt", "lieutenant", "lt", "major", "maj", "sergeant", "sgt", "corporal", "cpl",
    "commander", "comandante", "father", "padre", "fr", "reverend", "rev", "monsignor", "msgr",
    "archbishop", "bishop", "cardinal", "priest", "pastor", "judge", "justice", "minister",
    "ambassador", "senator", "sen", "deputy", "congressman", "congresswoman", "representative",
    "leader", "chairman", "secretary", "spokesman", "spokeswoman", "journalist", "reporter",
    "correspondent", "attorney", "lawyer", "prosecutor", "businessman", "candidate", "councilman",
    "chancellor", "premier", "king", "queen", "prince", "professor", "prof", "engineer",
    "sheikh", "imam", "mullah", "ayatollah", "rector", "unionist", "activist", "officer",
    "nun", "sister", "monk", "friar", "deacon", "missionary",      # "sister x" is a nun as often as a sibling
})
# Role nouns that make "x, a union leader," or "x, the mayor of y," a person.
ROLE_NOUNS = ROLE_BEFORE - {"mr", "mrs", "ms", "dr", "sr", "sra", "don", "dona", "senor", "senora", "lic",
                            "gov", "col", "gen", "capt", "lt", "maj", "sgt", "cpl", "fr", "rev", "msgr",
                            "sen", "prof"} | {
    "member", "members", "official", "student", "teacher", "farmer", "peasant", "worker", "director",
    "head", "chief", "founder", "son", "daughter", "wife", "husband", "widow", "brother", "sister",
    "father", "mother", "nephew", "cousin", "owner", "president", "vice", "former", "retired",
}
_APPOSITION_OPEN = frozenset({"a", "an", "the", "former", "retired", "his", "her"})
# "x's body", "x 's wife": what a person has and a place has not.
OWNED_BY_PERSON = frozenset({
    "body", "corpse", "remains", "wife", "husband", "widow", "son", "sons", "daughter", "daughters",
    "father", "mother", "brother", "brothers", "sister", "sisters", "family", "relatives", "children",
    "bodyguard", "bodyguards", "murder", "assassination", "assassins", "killers", "kidnappers",
    "kidnapping", "abduction", "funeral", "death", "widower", "girlfriend", "boyfriend", "nephew",
})
# "x was kidnapped": deeds only a person undergoes (not "attacked", "shelled": towns are).
PERSON_PASSIVES = frozenset({
    "kidnapped", "abducted", "assassinated", "murdered", "killed", "shot", "wounded", "injured",
    "arrested", "detained", "released", "freed", "born", "elected", "appointed", "sentenced", "tortured",
    "executed", "beheaded", "strangled", "stabbed", "hanged", "buried", "interviewed", "quoted", "accused",
})
_WAS = frozenset({"was", "had", "has", "is", "been", "being", "reportedly"})
_SAYS = frozenset({"said", "says", "stated", "declared", "added", "told", "denied", "announced", "explained"})
_DETERMINERS = frozenset({"of", "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "one"})
_FAMILY = frozenset({"family", "families", "brothers", "sisters", "couple"})
# the words after a name that the second pass of `caseless_person_keys` reads it by (each of its cues)
_AFTER_NAME = frozenset({"s", "and"}) | _FAMILY | _WAS | _SAYS | _APPOSITION_OPEN
# A place cue governs the name: "in x", "from x", "near x" (the resolver's hints cover "x department").
PLACE_BEFORE = frozenset({"in", "at", "from", "near", "into", "toward", "towards", "outside", "around",
                          "across", "through", "via", "between"})
# "the department of x", "the outskirts of x": an area word and "of" govern the name.
_AREA_OF = ADMIN_AFTER | DISTRICT_AFTER | frozenset({
    "town", "city", "village", "capital", "outskirts", "municipality", "port", "jurisdiction", "area",
    "region", "zone", "hamlet", "suburb", "neighborhood", "neighbourhood", "county", "diocese"})
_PLACE_FIRST = frozenset({"san", "santa", "santo", "sao", "st", "saint", "puerto", "port", "ciudad", "villa",
                          "la", "el", "las", "los", "new", "fort", "mount", "lake", "cape", "nueva", "nuevo"})
_LOCALES = ("es_ES", "es_MX", "es_CO", "es_AR", "es_CL", "en_US", "en_GB", "pt_BR", "fr_FR")


NAMES_PATH = Path(__file__).resolve().parent / "data" / "given_names.marshal"


@cache
def given_names() -> frozenset:
    """First names of Faker's Spanish, English, Portuguese and French locales, folded to lowercase ASCII.

    Importing nine Faker locales costs ~0.17 CPU-s, so the list is kept beside the gazetteer index, keyed by
    Faker's version and the locales, and read from there by later processes."""
    from importlib.metadata import version

    key = f"{version('faker')}|{','.join(_LOCALES)}"
    kept = read_marshal(NAMES_PATH)
    if type(kept) is dict and kept.get("version") == key and type(kept.get("names")) is list:
        return frozenset(kept["names"])
    names = _faker_given_names()
    write_marshal(NAMES_PATH, {"version": key, "names": sorted(names)})    # a read-only folder: no file, same names
    return names


def _faker_given_names() -> frozenset:
    from importlib import import_module

    from unidecode import unidecode

    out = set()
    for loc in _LOCALES:
        provider = import_module(f"faker.providers.person.{loc}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            listed = getattr(provider, attr, ())
            for name in listed if isinstance(listed, (tuple, list, dict)) else ():    # some locales: a property
                for part in unidecode(name).lower().replace("-", " ").split():
                    if part.isalpha() and len(part) > 2:
                        out.add(part)
    return frozenset(out)


def _name_word(key: str, vocab, names) -> bool:
    """A word that can be part of a person's name: not an everyday English word."""
    return key.isalpha() and len(key) > 1 and (vocab.get(key, 10 ** 6) >= 8_000 or key in names)


def _name_words(vocab, names) -> dict:
    """Word -> `_name_word(word, vocab, names)`, worked out once per word (up to a million, then forgotten
    together): the caseless pass asks it of the words around every cue, and they recur across reports."""
    if _NAME_WORDS[0] is not vocab or _NAME_WORDS[1] is not names:
        _NAME_WORDS[:] = [vocab, names, memo(lambda key: _name_word(key, vocab, names))]
    return _NAME_WORDS[2]


_NAME_WORDS: list = [None, None, None]      # the tables the memo was made for, and the memo


def _small_place(gaz, key: str) -> bool:
    rows = gaz.rows(key)
    return not rows or max(gaz.pop[r] for r in rows[:5]) < 20_000


def caseless_person_keys(toks, gaz) -> set[str]:
    """Names (single words, and multi-word names joined by spaces) this caseless text uses as a person's."""
    keys, joins, commas = toks.keys, toks.joins, toks.comma_before
    n = len(keys)
    vocab = gaz.vocab
    names = given_names()
    name_word = _name_words(vocab, names)
    out: set[str] = set()

    def add(a: int, b: int, after_given: bool = False) -> None:
        """Add the name on tokens [a, b). A given name in it stays a sizeable town's name elsewhere
        ("santiago dillman" leaves Santiago a city); the last word, the surname, never does."""
        last = b - 1 if b - a > 1 or after_given else b
        out.update(keys[x] for x in range(a, b) if x == last or keys[x] not in names or _small_place(gaz, keys[x]))
        if b - a > 1:
            out.add(" ".join(keys[a:b]))

    def take(t: int, after_given: bool = False) -> None:
        """Add the name that begins at token t (up to three words)."""
        j = t
        while j < n and j - t < 3 and (j == t or joins[j]) and name_word[keys[j]]:
            j += 1
        if j > t:
            add(t, j, after_given)

    def named(t: int) -> None:
        """Add the name that ends at token t, with the joined name words before it ("jorge galan said")."""
        a = t
        while a > 0 and t - a < 2 and joins[a] and name_word[keys[a - 1]] \
                and keys[a - 1] not in _PLACE_FIRST:
            a -= 1
        if a > 0 and keys[a - 1] in _PLACE_FIRST and joins[a]:
            return               # "san miguel said": the end of a place's name
        add(a, t + 1)

    # only a role word or a given name can begin a name in this pass: those tokens are listed in one C pass
    for t in compress(range(n - 1), map(_role_or_given(names).__contains__, keys)):
        k = keys[t]
        nxt = t + 1
        if k in ROLE_BEFORE and not commas[nxt] and (t == 0 or keys[t - 1] not in _PLACE_FIRST):
            if keys[nxt] not in ("of", "in", "for", "to", "and"):
                take(nxt)
            continue
        if k in names and joins[nxt] and (t == 0 or keys[t - 1] not in _PLACE_FIRST) \
                and vocab.get(k, 10 ** 6) >= 3_000 and not gaz.rows(k + " " + keys[nxt]) \
                and name_word[keys[nxt]]:
            if _small_place(gaz, k):
                out.add(k)      # "ignacio" of "ignacio ellacuria", where Ignacio is only a hamlet
            take(nxt, after_given=True)           # "alfredo cristiani": the word after a given name
    # every reading below needs a cue word right after the name ("x's", "x and his", "x family", "x was",
    # "x said", "x, a"): only the tokens before one are looked at, listed in one C pass
    for t in compress(range(1, n - 1), map(_AFTER_NAME.__contains__, keys[2:])):
        k = keys[t]
        if not name_word[k]:
            continue
        prev = keys[t - 1]
        after = keys[t + 1] if t + 1 < n else ""
        after2 = keys[t + 2] if t + 2 < n else ""
        if after == "s" and after2 in OWNED_BY_PERSON:                 # "x's body" ("x 's" tokenized)
            named(t)
        elif after == "and" and after2 in ("his", "her") and not commas[t + 1]:    # "x and his wife"
            named(t)
        elif prev == "the" and after in _FAMILY:                        # "the x family"
            named(t)
        elif prev not in PLACE_BEFORE and prev not in _DETERMINERS and (
                after in _WAS and (after2 in PERSON_PASSIVES or t + 3 < n and keys[t + 3] in PERSON_PASSIVES)
                or after in _SAYS and not commas[t + 1] and prev in names and joins[t]):  # "x was shot", "jorge x said"
            named(t)
        elif after == "" or not commas[t + 1] or after not in _APPOSITION_OPEN:
            continue
        elif any(w in ROLE_NOUNS for w in keys[t + 2:min(n, t + 6)]) \
                and not any(w in ADMIN_AFTER or w in DISTRICT_AFTER or w in ("town", "city", "village", "capital")
                            for w in keys[t + 2:min(n, t + 6)]):
            named(t)                                  # "x, a union leader,", "x, a u.s. nun,"
    return out


@cache
def _role_or_given(names: frozenset) -> frozenset:
    """The words that may begin a name in the first pass of `caseless_person_keys`."""
    return ROLE_BEFORE | names


def place_governed(keys: list[str], i: int, j: int) -> bool:
    """Whether the word before the name on tokens [i, j) makes it a place ("in x", "near x"), not a person's
    possessive ("in x's murder")."""
    if j + 1 < len(keys) and keys[j] == "s" and keys[j + 1] in OWNED_BY_PERSON:
        return False
    return i > 0 and (keys[i - 1] in PLACE_BEFORE or keys[i - 1] == "of" and i > 1 and keys[i - 2] in _AREA_OF)


# "x national liberation front", "x revolutionary movement": the name (often a hero's) names a group.
_ORG_ADJECTIVES = frozenset({"national", "popular", "revolutionary", "patriotic", "democratic", "socialist",
                             "people", "peoples", "youth", "armed", "workers", "united", "independent"})
_STATION_BEFORE = frozenset({"radio", "television", "tv"})     # "radio x": a station's name
# "x square", "the corner of x and y streets": a street or square named for a person, inside a city
_NAMED_FOR_AFTER = frozenset({"street", "streets", "avenue", "avenues", "square", "plaza", "boulevard",
                              "stadium", "school", "college", "barracks"})


def caseless_organisation(keys: list[str], i: int, j: int) -> bool:
    """Whether the name on tokens [i, j) names a group or a station here, not a place."""
    if i > 0 and keys[i - 1] in _STATION_BEFORE:
        return True
    k = j
    while k < len(keys) and k - j < 3 and keys[k] in _ORG_ADJECTIVES:
        k += 1
    return k < len(keys) and keys[k] in ORG_AFTER


def street_named(keys: list[str], j: int) -> bool:
    """Whether the name ending before token j names a street or square ("x square", "x and y streets")."""
    if j + 2 < len(keys) and keys[j] == "and" and keys[j + 2] in ("streets", "avenues"):
        return True
    return j < len(keys) and keys[j] in _NAMED_FOR_AFTER
