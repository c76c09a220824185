"""How common an English word is, on wordfreq's Zipf scale, without paying wordfreq's start-up per process.

The article stage asks whether a word is rare enough to be someone's name (`victims.py`,
`incident_days.py`). wordfreq answers exactly, but importing it and loading its English list costs
about half a CPU-second, which every `eventwire extract` over whole articles would pay again. Only
the common words matter to those questions: a word under `FLOOR` is rare for every threshold the
coder uses. So the Zipf values of the English words at or above `FLOOR` (about 20,000) are kept in a
marshal file beside the gazetteer index, written from wordfreq by the first process that needs it
(or by `make gazetteer`), keyed by wordfreq's version. Words of the list and plain lowercase words are
looked up there, hyphenated words joined from their parts as wordfreq joins them; only other shapes (digits,
accents) are asked of wordfreq itself. Over the 40,495 word forms of the dev sets the answers differ from
wordfreq's for 8 names with an apostrophe inside ("o'higgins"), which are taken as rare.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from ..kept_files import env_path, read_marshal, write_marshal

FLOOR = 3.0                # the lowest threshold this table answers: every word under it is "rare"
ENV_VAR = "EVENTWIRE_WORD_FREQUENCY"     # a path for the table, or "" to always ask wordfreq
PATH = Path(__file__).resolve().parent.parent / "geo" / "data" / "word_frequency.marshal"
_PLAIN = re.compile(r"[a-z]+(?:'s)?")              # one token to wordfreq ("galan", "army's")
_HYPHENED = re.compile(r"[a-z]+(?:(?:-+|')[a-z]+)+")   # tokens joined by hyphens or dashes ("bullet-riddled")
_DASHES = re.compile(r"-+")


def _wordfreq_version() -> str:
    try:
        return version("wordfreq")
    except PackageNotFoundError:       # pragma: no cover - wordfreq is a dependency
        return "unknown"


def build_table() -> dict[str, float]:
    """Zipf value of every English word at or above FLOOR, from wordfreq (the list is in frequency order)."""
    from wordfreq import top_n_list, zipf_frequency

    table: dict[str, float] = {}
    for word in top_n_list("en", 100_000):
        value = zipf_frequency(word, "en")
        if value < FLOOR:
            break
        table[word] = value
    return table


@lru_cache(maxsize=1)
def _table() -> dict[str, float] | None:
    """The kept table, written first when absent or of another wordfreq; None when turned off."""
    path = env_path(ENV_VAR, PATH)
    if path is None:
        return None
    key = f"{_wordfreq_version()}|{FLOOR}"
    data = read_marshal(path)
    if type(data) is dict and data.get("version") == key and type(data.get("words")) is dict:
        return data["words"]
    table = build_table()
    write_marshal(path, {"version": key, "words": table})     # a read-only folder only means no file
    return table


def rarer_than(word: str, zipf: float) -> bool:
    """True when `word` is less common in English than `zipf`: wordfreq's `zipf_frequency(word, "en") < zipf`,
    but for an apostrophe inside a name outside wordfreq's list (taken as rare)."""
    if zipf > FLOOR:
        table = _table()
        if table is not None and (word in table or _PLAIN.fullmatch(word)):
            return table.get(word, 0.0) < zipf      # a word of wordfreq's list ("didn't"), or a plain one
        if table is not None and _HYPHENED.fullmatch(word):
            # wordfreq joins the tokens' frequencies as 1 / sum(1 / f): never above the rarest token's. A token
            # with an apostrophe that is not in the list ("ma'rib", "d'aubuisson") is taken as rare: wordfreq
            # mostly agrees, and an approximation here spares every process wordfreq's load for one word
            values = [table.get(token, 0.0) for token in _DASHES.split(word)]
            if min(values) < FLOOR:
                return True
            return round(-math.log10(sum(10.0 ** -value for value in values)), 2) < zipf    # rounded as wordfreq
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") < zipf
