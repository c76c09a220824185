"""The names of news agencies are not places: "a teacher told Reuters" is no Nigerian state.

Wire copy names its agency in the body too ("told Reuters", "AFP reported"), and a near-spelling
or a province's loose slot can make a place of it. The agencies are the dateline reader's list.
"""
from __future__ import annotations

from ..normalize.dateline import AGENCIES

_AGENCY_KEYS = frozenset(key for key in AGENCIES if len(key) > 3)   # not "ap", "aa": towns share those letters


def names_agency(key: str) -> bool:
    """Whether the folded words `key` are a news agency's name."""
    return key in _AGENCY_KEYS


# one short name, two countries: "Congo" is the Democratic Republic as often as the Republic
_SHARED_NAMES = {"congo": ("CG", "CD")}


def both_countries(gaz, key: str, rows: tuple) -> tuple:
    """`rows` with every country the short name `key` may mean, so the article's focus chooses:
    "eastern Congo", "Congo's army" beside Goma and Kinshasa is the Democratic Republic."""
    codes = _SHARED_NAMES.get(key)
    if codes is None:
        return rows
    extra = tuple(info["row"] for cc in codes if (info := gaz.countries.get(cc)) and info["row"] not in rows)
    return rows + extra
