"""Name normalisation: the one place that decides when two spellings are the same name.

Two levels. `norm` folds accents, case and punctuation, so "Ma‘arrat an-Nu‘mān"
and "maarrat an numan" differ only where the letters differ. `skeleton` goes
further for transliterated Arabic/Persian names, where the press spells the same
sounds many ways (Sheikhoun / Shaykhun, Shaqour / Shughur, Saraqeb / Saraqib):
it drops articles and most vowels so those spellings meet, and a fuzzy ratio on
the folded forms then checks that the meeting is not a coincidence.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import groupby

from unidecode import unidecode

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
TOKEN_RE = re.compile(r"[^\W_]+", re.UNICODE)

# Arabic definite article as the press writes it, assimilated forms included.
ARTICLES = frozenset(
    "al el ul il as ash ad adh ar at ath az an ed es er et ez en".split()
)

_VOWELS = re.compile(r"[aeiouy]")
_RULES = (
    ("kh", "h"), ("gh", "k"), ("q", "k"), ("ck", "k"), ("c", "k"), ("dh", "d"), ("th", "t"),
    ("sh", "s"), ("ch", "s"), ("j", "g"), ("z", "s"), ("ph", "f"), ("v", "f"),
)
_DOUBLE = re.compile(r"(.)\1+")


def _undouble(tok: str) -> str:
    """"maarrat" -> "marat": runs of one letter as one (a regex template substitution costs thrice this)."""
    return "".join(ch for ch, _ in groupby(tok)) if _DOUBLE.search(tok) else tok


@lru_cache(maxsize=200_000)
def fold(token: str) -> str:
    """One token, accents folded and lowercased ("Ḩamāh" -> "hamah")."""
    return _NON_ALNUM.sub("", unidecode(token).lower())


def norm(name: str) -> str:
    """A name as the index keys it: folded tokens joined by single spaces."""
    return " ".join(t for t in map(fold, TOKEN_RE.findall(name)) if t)


def variants(normed: str) -> set[str]:
    """Spellings the press uses for the same name: al-/el-/no article, -ah/-a.

    "ar raqqah" -> {"ar raqqah", "al raqqah", "el raqqah", "raqqah", "ar raqqa", ...}.
    """
    out = {normed}
    toks = normed.split()
    if any(t in ARTICLES for t in toks):
        for art in ("al", "el"):
            out.add(" ".join(art if t in ARTICLES else t for t in toks))
        bare = " ".join(t for t in toks if t not in ARTICLES)
        if len(bare) >= 5:
            out.add(bare)
    for form in list(out):
        if any(t.endswith("ah") and len(t) > 4 for t in form.split()):
            out.add(" ".join(t[:-1] if t.endswith("ah") and len(t) > 4 else t for t in form.split()))
    return out


def strip_articles(normed: str) -> str:
    """Drop article tokens and the article glued to a word ("alzawiya" stays)."""
    return " ".join(t for t in normed.split() if t not in ARTICLES)


@lru_cache(maxsize=200_000)
def _skel_token(tok: str) -> str:
    if tok.endswith("ah") and len(tok) > 3:
        tok = tok[:-1]
    for a, b in _RULES:
        tok = tok.replace(a, b)
    tok = _undouble(tok)
    if len(tok) > 1:
        tok = tok[0] + _VOWELS.sub("", tok[1:])
    return _undouble(tok)


def skeleton(normed: str) -> str:
    """Consonant skeleton of a normalised name: the key transliteration variants share."""
    return " ".join(_skel_token(t) for t in normed.split() if t not in ARTICLES)


_SOFT = (("kh", "h"), ("gh", "k"), ("q", "k"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("e", "i"), ("y", "i"),
         ("w", "u"))


@lru_cache(maxsize=200_000)
def compact(normed: str) -> str:
    """Article-free, space-free form with soft vowel/consonant folding, for a fuzzy ratio."""
    out = []
    for tok in normed.split():
        if tok in ARTICLES:
            continue
        if tok.endswith("ah") and len(tok) > 3:
            tok = tok[:-1]
        for a, b in _SOFT:
            tok = tok.replace(a, b)
        out.append(_undouble(tok))
    return "".join(out)


@lru_cache(maxsize=100_000)
def name_compact(name: str) -> str:
    """A gazetteer name's compact form (`compact(norm(name))`): the same entries are compared with
    the words of report after report."""
    return compact(norm(name))


# Transliteration marks for ayn and hamza ("Ma’rib", "Ṣa‘dah", "Kharkivs’ka") that English copy
# leaves out; an apostrophe before a capital is part of the name ("N’Djaména" -> "N'Djamena").
_MARKS = "’‘ʼʻ`´"
_MARK_IN_WORD = re.compile(rf"(?<=[^\W\d_])[{_MARKS}](?![A-Z])|(?<![^\W\d_])[‘ʻ](?=[^\W\d_])")


@lru_cache(maxsize=50_000)
def ascii_name(name: str | None) -> str | None:
    """A gazetteer name as output: ASCII letters, no macrons, no ayn/hamza marks ("Ta‘izz" -> "Taizz")."""
    if not name or name.isascii() and "`" not in name:
        return name
    out = _MARK_IN_WORD.sub("", name)
    out = unidecode(out).replace("`", "'")
    return " ".join(out.split())


_APOSTROPHES = re.compile(r"(?<=\w)['’‘ʼʻ`](?=\w)")


def without_apostrophes(name: str) -> str:
    """"Dar'a" -> "Dara": the name as the seed's form writes it, apostrophes stripped."""
    return _APOSTROPHES.sub("", name)


@lru_cache(maxsize=20_000)
def loose_skeleton(name: str) -> str:
    """Skeleton that also ignores a final -h after a vowel ("Hasakeh" = "Hasakah" = "Hasaka")
    and apostrophes inside a word ("Dar'a" = "Daraa")."""
    name = without_apostrophes(name)
    toks = [t[:-1] if len(t) > 3 and t[-1] == "h" and t[-2] in "aeiou" else t for t in norm(name).split()]
    return skeleton(" ".join(toks))
