"""The file that keeps compiled regex code between processes: same patterns as re.compile, ignored when stale."""
import marshal
import re

import pytest

from eventwire.extraction import compiled, triggers

WRITTEN = [
    (r"\b(?:shot|killed|wounded)\s+(?:at least\s+)?(?P<n>\d+)", re.IGNORECASE),
    (r"(?P<who>gunmen|militants)\s+(?:and\s+(?P=who))?", 0),
    (r"côte d'ivoire|\bſ?tate\b", re.IGNORECASE),
    (r"(?<=\bin )[a-z]+(?= province)", 0),
    (r"(?x) \d{1,2} \s+ (?:may|june)", 0),
]
TEXTS = ["Gunmen shot at least 12 people in Kaduna province", "militants and militants fled", "Côte d'Ivoire STATE",
         "clashes in idlib province on 4 may", "ſtate forces", ""]


@pytest.fixture
def code_file(tmp_path, monkeypatch):
    path = tmp_path / "regex_code.marshal"
    monkeypatch.setenv(compiled.ENV_VAR, str(path))
    _fresh(monkeypatch)
    return path


def _fresh(monkeypatch):
    monkeypatch.setattr(compiled, "_CODES", None)
    monkeypatch.setattr(compiled, "_DIRTY", False)


def _same(ours: re.Pattern, theirs: re.Pattern) -> None:
    assert (ours.pattern, ours.flags, ours.groups, ours.groupindex) == \
        (theirs.pattern, theirs.flags, theirs.groups, theirs.groupindex)
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in ours.finditer(text)] == \
            [(m.span(), m.groups()) for m in theirs.finditer(text)]


def test_patterns_from_the_file_match_as_re_compile_does(code_file, monkeypatch):
    rules = [(rule.pattern.pattern, rule.pattern.flags & ~re.IGNORECASE) for rule in triggers.RULES[:12]]
    for pattern, flags in WRITTEN + rules:
        _same(compiled.compile(pattern, flags), re.compile(pattern, flags))
    assert compiled.save() and code_file.exists()
    _fresh(monkeypatch)
    assert len(compiled.load(code_file)) == len(WRITTEN) + len(rules)
    for pattern, flags in WRITTEN + rules:
        _same(compiled.compile(pattern, flags), re.compile(pattern, flags))
    assert not compiled._DIRTY              # every pattern came from the file


def test_a_file_of_another_python_or_a_broken_one_is_ignored(code_file, monkeypatch):
    pattern, flags = WRITTEN[0]
    compiled.compile(pattern, flags)
    assert compiled.save()
    data = marshal.loads(code_file.read_bytes())
    code_file.write_bytes(marshal.dumps({**data, "version": "another interpreter"}))
    assert compiled.load(code_file) == {}
    code_file.write_bytes(b"\x00not marshal")
    assert compiled.load(code_file) == {}
    # an entry the engine refuses (code cut short) is compiled again, not trusted
    key = next(iter(data["codes"]))
    flags_out, code, groups, groupindex, indexgroup = data["codes"][key]
    broken = (flags_out, code[:3], groups, groupindex, indexgroup)
    code_file.write_bytes(marshal.dumps({**data, "codes": {key: broken}}))
    _fresh(monkeypatch)
    _same(compiled.compile(pattern, flags), re.compile(pattern, flags))


def test_a_bad_pattern_raises_as_re_compile_does(code_file):
    with pytest.raises(re.error):
        compiled.compile(r"(?P<open>unclosed", 0)


def test_no_file_when_the_cache_is_switched_off(tmp_path, monkeypatch):
    monkeypatch.setenv(compiled.ENV_VAR, "")
    _fresh(monkeypatch)
    compiled.compile(r"\bambush(?:ed)?\b", re.IGNORECASE)
    assert not compiled.save()
    assert not list(tmp_path.iterdir())


def test_a_second_process_under_another_hash_seed_finds_every_pattern_kept(tmp_path):
    """A pattern built from a set in its iteration order differs with the hash seed: each process would
    compile it anew and rewrite both kept files (they grew at every start). The coder's patterns must not."""
    import os
    import subprocess
    import sys

    files = {"EVENTWIRE_REGEX_CACHE": tmp_path / "regex_code.marshal",
             "EVENTWIRE_GATE_CACHE": tmp_path / "gate_cache.marshal"}
    script = "from eventwire.pipeline import Pipeline; import eventwire.extraction, eventwire.dedup"
    kept = []
    for seed in ("1", "2"):
        env = {**os.environ, **{k: str(v) for k, v in files.items()}, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script], env=env, check=True, timeout=120)
        kept.append({name: path.read_bytes() for name, path in files.items()})
    assert all(kept[0].values())
    assert kept[1] == kept[0]
