"""How two values are compared when scoring: labels, names, actors, places, numbers.

These are the README's definitions, written once as pure functions so that the
alignment and every metric read the same rule.
"""
from __future__ import annotations

import math
import re
import unicodedata
from typing import Any, Mapping

EARTH_RADIUS_KM = 6371.0088
SAME_PLACE_KM = 25.0

_INNER_PARENS = re.compile(r"\([^()]*\)")
_WORD = re.compile(r"\w+")


def norm_label(value: Any) -> str:
    """Type labels compare ignoring case and runs of whitespace."""
    if value is None:
        return ""
    return " ".join(str(value).split()).lower()


def same_label(a: Any, b: Any) -> bool:
    """Equal non-empty labels; two empty labels are not a match."""
    na, nb = norm_label(a), norm_label(b)
    return bool(na) and na == nb


def fold_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def norm_name(value: Any) -> str:
    """Fold accents, lowercase, delete parenthesised text (nested too), collapse whitespace."""
    if value is None:
        return ""
    text = fold_accents(str(value)).lower()
    previous = None
    while previous != text:  # innermost parentheses first, until none are left
        previous = text
        text = _INNER_PARENS.sub("", text)
    return " ".join(text.split())


def words(name: str) -> list[str]:
    """The words of a normalised name: runs of letters and digits (punctuation separates)."""
    return _WORD.findall(name)


def contains_words(long_words: list[str], short_words: list[str]) -> bool:
    """True when `short_words` occurs in `long_words` as a contiguous run."""
    n = len(short_words)
    if n == 0 or n > len(long_words):
        return False
    return any(long_words[i:i + n] == short_words for i in range(len(long_words) - n + 1))


def actor_match(a: Any, b: Any) -> bool:
    """Equal after normalisation, or one is a run of whole words inside the other.

    "islamic state" matches "khorasan chapter of the islamic state"; "al" does not
    match "military forces". Two empty names match; an empty name never matches a
    non-empty one.
    """
    na, nb = norm_name(a), norm_name(b)
    if not na or not nb:
        return na == nb
    if na == nb:
        return True
    wa, wb = words(na), words(nb)
    return contains_words(wb, wa) or contains_words(wa, wb)


def same_name(a: Any, b: Any) -> bool:
    """Equal non-empty names after normalisation (admin1, location)."""
    na = norm_name(a)
    return bool(na) and na == norm_name(b)


def _number(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
        return number if math.isfinite(number) else None
    return None


def coords(record: Mapping[str, Any]) -> tuple[float, float] | None:
    """(latitude, longitude) when both are numbers, else None."""
    lat, lon = _number(record.get("latitude")), _number(record.get("longitude"))
    if lat is None or lon is None:
        return None
    return lat, lon


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance on a sphere of radius 6,371.0088 km."""
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def distance_km(a: Mapping[str, Any], b: Mapping[str, Any]) -> float | None:
    """Distance between two records' coordinates, None when either lacks them."""
    ca, cb = coords(a), coords(b)
    if ca is None or cb is None:
        return None
    return haversine_km(ca, cb)


def same_place(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    """Within 25 km when both have coordinates; otherwise same admin1 or same location name."""
    distance = distance_km(gold, pred)
    if distance is not None:
        return distance <= SAME_PLACE_KM
    return same_name(gold.get("admin1"), pred.get("admin1")) or same_name(gold.get("location"), pred.get("location"))


def as_int(value: Any) -> int | None:
    """An integer count, or None for null and anything that is not a whole number."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def fatalities_exact(gold: Any, pred: Any) -> bool:
    g, p = as_int(gold), as_int(pred)
    return g is not None and p is not None and g == p


def fatalities_within_tolerance(gold: Any, pred: Any) -> bool:
    """Within max(1, 20 % of gold): gold 0 accepts 0..1, gold 10 accepts 8..12; null is never right."""
    g, p = as_int(gold), as_int(pred)
    if g is None or p is None:
        return False
    return 5 * abs(p - g) <= max(5, g)  # integer form of |p - g| <= max(1, 0.2 g)


def same_date(gold: Any, pred: Any) -> bool:
    """Exact string equality of set dates."""
    return bool(gold) and isinstance(gold, str) and gold == pred
