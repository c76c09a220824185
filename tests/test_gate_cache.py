"""The file that keeps the gate analysis between runs: used when valid, ignored when absent, corrupt or stale."""
import marshal
import re

import pytest

from eventwire.extraction import gated

PATTERNS = [r"\b(?:shot|killed|wounded)\s+(?:at least\s+)?\d+", r"\bprotest(?:ers|ed)?\b", r"\d+", r"côte d'ivoire"]


@pytest.fixture
def cache_file(tmp_path, monkeypatch):
    path = tmp_path / "gate_cache.marshal"
    monkeypatch.setenv(gated.CACHE_ENV_VAR, str(path))
    monkeypatch.setattr(gated, "_CACHE", None)
    monkeypatch.setattr(gated, "_CACHE_DIRTY", False)
    return path


def _gate(compiled):
    if isinstance(compiled, gated.GatedPattern):
        return compiled.literals, compiled.conjunctions, compiled._twin_ascii
    return None


def _fresh(monkeypatch):
    monkeypatch.setattr(gated, "_CACHE", None)
    monkeypatch.setattr(gated, "_CACHE_DIRTY", False)


def test_round_trip_gives_the_same_gates(cache_file, monkeypatch):
    computed = [_gate(gated.compile(p, re.IGNORECASE)) for p in PATTERNS]
    assert gated.save_cache() and cache_file.exists()
    _fresh(monkeypatch)
    assert len(gated.load_cache(cache_file)) == len(PATTERNS)
    assert [_gate(gated.compile(p, re.IGNORECASE)) for p in PATTERNS] == computed
    assert not gated._CACHE_DIRTY            # every answer came from the file
    assert computed[0][0] is not None and computed[2][0] is None   # "\\d+" names no word: no gate


def test_entries_in_the_file_are_what_compile_uses(cache_file):
    pattern = r"\bairstrikes?\b"
    key = gated._cache_key(pattern, re.IGNORECASE)
    entry = (None, None, None, int(re.IGNORECASE | re.UNICODE))
    cache_file.write_bytes(marshal.dumps({"version": gated._cache_version(), "entries": {key: entry}}))
    assert isinstance(gated.compile(pattern, re.IGNORECASE), re.Pattern)   # the file said: no gate, no twin


@pytest.mark.parametrize("content", [b"", b"not marshal at all \x00\xff", marshal.dumps([1, 2]),
                                     marshal.dumps({"version": "old", "entries": {}}), None])
def test_absent_corrupt_or_stale_file_computes_as_without(cache_file, monkeypatch, content):
    monkeypatch.setenv(gated.CACHE_ENV_VAR, "")
    _fresh(monkeypatch)
    expected = [_gate(gated.compile(p, re.IGNORECASE)) for p in PATTERNS]
    monkeypatch.setenv(gated.CACHE_ENV_VAR, str(cache_file))
    _fresh(monkeypatch)
    if content is not None:
        cache_file.write_bytes(content)
    assert gated.load_cache(cache_file) == {}
    assert [_gate(gated.compile(p, re.IGNORECASE)) for p in PATTERNS] == expected


def test_malformed_entry_is_dropped(cache_file):
    pattern = r"\bprotest(?:ers|ed)?\b"
    key = gated._cache_key(pattern, re.IGNORECASE)
    cache_file.write_bytes(marshal.dumps({"version": gated._cache_version(), "entries": {key: ("protest", 1, 2, 0)}}))
    assert gated.load_cache(cache_file) == {}
    assert _gate(gated.compile(pattern, re.IGNORECASE))[0] == frozenset({"protest"})


def test_unwritable_place_is_not_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv(gated.CACHE_ENV_VAR, str(tmp_path / "missing-dir" / "gate_cache.marshal"))
    _fresh(monkeypatch)
    gated.compile(r"\bstabbed\b", re.IGNORECASE)
    assert gated.save_cache() is False


def test_pattern_known_to_the_file_compiles_on_first_use_and_answers_the_same(cache_file, monkeypatch):
    patterns = [(r"\b(?:shot|killed)\s+(\d+)\s+(?:civilians|villagers)", re.IGNORECASE),
                (r"(?i)\bRIOT(?:s|ers)?\b", 0)]           # an inline flag: the compiled flags come from the file
    texts = ["Gunmen shot 12 villagers near the market.", "gunmen shot 12 villagers", "Rioters burned tyres.",
             "no event here", "riots spread"]
    first = [gated.compile(p, f) for p, f in patterns]
    gated.save_cache()
    _fresh(monkeypatch)
    again = [gated.compile(p, f) for p, f in patterns]
    for old, new in zip(first, again):
        assert isinstance(new, gated.GatedPattern) and new._regex is None
        assert (new.flags, new._folded) == (old.flags, old._folded)
        for text in texts:
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.regex.finditer(text)]
        assert new.regex.flags == old.flags and new.groups == old.groups
    assert again[1].search("Rioters burned tyres.") is not None
