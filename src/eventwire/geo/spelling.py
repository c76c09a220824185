"""The province names an event carries: the report's own spelling where it names the province.

"Idleb", "Sadah", "Beirut" are the writer's forms of the gazetteer's "Idlib",
"Ṣa‘dah", "Beyrouth" (same consonant skeleton); a coder reading the report keeps
them, and so does every place of the article that lies in that province.
"""
from __future__ import annotations

import re

from ..records import Place
from .cues import ADMIN_AFTER, DISTRICT_AFTER
from .find import Mention
from .gazetteer import Gazetteer
from .names import ARTICLES, ascii_name, loose_skeleton

_ARTICLE_BEFORE = re.compile(r"(?<![^\W\d_])(?:al|el|ad|ar|as|ash|at|az|an)-$", re.IGNORECASE)


def article_spellings(gaz: Gazetteer, text: str, mentions: list[Mention], final: dict) -> dict[str, str]:
    """Admin1 key -> the article's own spelling of that province, where it names it.

    "Idleb", "Sadah", "Beirut": the writer's form of the same name (same consonant skeleton
    as the gazetteer's "Idlib", "Ṣa‘dah", "Beyrouth") is what a coder reading the report
    writes. A mention resolved to the province itself spells it whatever its skeleton, and
    before a town of its name. In lowercased text the words are capitalised ("Nord-Kivu").
    """
    out: dict[str, str] = {}
    itself_first = [idx for idx in range(len(mentions)) if final.get(idx) not in (None, -1)
                    and gaz.fcode[final[idx]] == "ADM1"]
    first = set(itself_first)
    ranked = itself_first + [idx for idx in range(len(mentions)) if idx not in first]
    for idx in ranked:
        m = mentions[idx]
        # a near-spelling counts only where it was read as the province itself ("Lower Shabelle")
        itself = idx in first
        if m.kind == "demonym" or not m.rows or (m.fuzzy_score < 100.0 or m.kind == "fuzzy") and not itself:
            continue      # a near-spelling is the writer's slip, not their spelling (unless in a province's slot)
        areas = _areas_named(gaz, m.rows)
        if not itself and all(code in out for code, _ in areas):
            continue      # every province it could name is spelled already
        surface = " ".join(text[m.start:m.end].split())
        words = surface.split()
        if len(words) > 1 and words[-1].lower() in _AREA_WORDS:
            surface = " ".join(words[:-1])          # "Risaralda department" -> "Risaralda"
        article = _ARTICLE_BEFORE.search(text, max(0, m.start - 4), m.start)
        if article is not None and m.key.split()[0] not in ARTICLES:
            surface = article.group() + surface     # "al-Hasakeh", matched as "Hasakeh"
        if surface.islower() or surface.isupper():
            # "idleb" in the seed's form, "NAIROBI" in a dateline: the writer's word, capitalised
            surface = _title(surface.lower())
        if itself and gaz.admin1_code[final[idx]] not in out:
            # read as the province itself: the writer's name for it, whatever the gazetteer's
            # ("Sud-Kivu" for South Kivu, "Urozgan" for Oruzgan)
            spelled = ascii_name(surface)
            out[gaz.admin1_code[final[idx]]] = spelled[:1].upper() + spelled[1:]
            continue
        skel = loose_skeleton(surface)
        if not skel:
            continue
        for code, area_skel in areas:
            if code not in out and area_skel == skel:
                spelled = ascii_name(surface)
                out[code] = spelled[:1].upper() + spelled[1:]
    return out


def _areas_named(gaz: Gazetteer, rows) -> tuple:
    """(admin1 key, loose skeleton of the province's name or None) of each of the first ten readings that lies in
    a province: the same names come back report after report, so it is kept per readings (up to 100,000)."""
    codes, names = gaz.admin1_code, gaz.admin1
    return gaz.kept("_areas_named", tuple(rows[:10]), lambda top: tuple(
        (codes[r], loose_skeleton(names[r]) if names[r] else None) for r in top if codes[r]))


_AREA_WORDS = ADMIN_AFTER | DISTRICT_AFTER
_LOW_WORDS = frozenset({"de", "del", "da", "do", "dos", "das", "di", "du", "la", "le", "of", "and", "y", "e", "on"})


def _title(surface: str) -> str:
    """"nord-kivu" -> "Nord-Kivu", "norte de santander" -> "Norte de Santander"."""
    words = []
    for i, word in enumerate(surface.split()):
        if i and word in _LOW_WORDS:
            words.append(word)
        else:
            words.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(words)


def respell(gaz: Gazetteer, place: Place, row: int | None, spelled: dict) -> None:
    if row is None or row == -1:
        return
    name = spelled.get(gaz.admin1_code[row])
    if name:
        place.admin1 = name
        if place.is_admin1:
            place.resolved_name = name
