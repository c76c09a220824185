"""The packed name tables answer exactly as the dicts they were built from, one key at a time."""
from __future__ import annotations

import pytest

from eventwire.geo import packed
from eventwire.geo.gazetteer import load, save
from eventwire.geo.packed import PackedMap, lookup_table

from test_geo_support import build_tiny

TABLE = {"saraqib": 7, "jisr ash shughur": (3, 1, 9), "srkb": "saraqib", "hm": ("hama", "homs"),
         "kafr nabl": 0, "ḩamāh": 2}


def test_packed_map_reads_like_its_dict():
    packed_map = PackedMap.from_dict(TABLE)
    assert len(packed_map) == len(TABLE)
    assert list(packed_map) == list(TABLE)                 # the dict's own order
    for key, value in TABLE.items():
        assert packed_map[key] == value and packed_map.get(key) == value and key in packed_map
    assert packed_map.get("idlib") is None and packed_map.get("idlib", ()) == ()
    assert "idlib" not in packed_map and 7 not in packed_map
    with pytest.raises(KeyError):
        packed_map["idlib"]
    assert dict(packed_map.items()) == TABLE


def test_every_key_is_found_when_slots_collide():
    # 5,000 keys in 16,384 slots: many probes run past another key's slot
    table = {f"village {n}": n for n in range(5000)}
    packed_map = PackedMap.from_dict(table)
    assert all(packed_map[k] == v for k, v in table.items())
    assert all(f"town {n}" not in packed_map for n in range(2000))


def test_lookup_table_answers_none_for_absent_keys_and_forgets_at_its_limit(monkeypatch):
    monkeypatch.setattr(packed, "MEMO_LIMIT", 3)
    for table in (PackedMap.from_dict(TABLE), dict(TABLE)):
        hits = lookup_table(table)
        assert hits["saraqib"] == 7 and hits["idlib"] is None and hits["kafr nabl"] == 0
        assert len(hits) <= 3
        assert hits["hm"] == ("hama", "homs") and len(hits) <= 3     # the memo was reset, not grown


def test_a_saved_index_answers_every_name_as_the_built_one(tmp_path):
    tiny = build_tiny(tmp_path / "dump")
    save(tiny, tmp_path / "g.idx")
    again = load(tmp_path / "g.idx")
    assert isinstance(again.names, PackedMap) and len(again.names) == len(tiny.names)
    for key in tiny.names:
        assert again.rows(key) == tiny.rows(key)
    for skel in tiny.skeletons:
        assert again.skeleton_names(skel) == tiny.skeleton_names(skel)
    assert dict(again.first_tokens.items()) == tiny.first_tokens
    assert again.rows("no such place") == () and again.skeleton_names("zzz") == ()


def test_an_index_cut_short_or_of_the_old_format_says_how_to_fix_it(tmp_path):
    from eventwire.errors import GazetteerError

    tiny = build_tiny(tmp_path / "dump")
    path = tmp_path / "g.idx"
    save(tiny, path)
    whole = path.read_bytes()
    path.write_bytes(whole[:len(whole) - 1000])
    with pytest.raises(GazetteerError, match="eventwire gazetteer build"):
        load(path)
    import marshal
    path.write_bytes(marshal.dumps(((4, (3, 11)), {})))     # a marshal index of format 4
    with pytest.raises(GazetteerError, match="eventwire gazetteer build"):
        load(path)
