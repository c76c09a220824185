"""The gazetteer's big name tables stored flat and read one key at a time.

The name index (700,000 keys), its first-token table and its skeleton table were dicts
unmarshalled whole at start-up: most of a second of CPU before the first report is read,
while a day of news looks up only a few tens of thousands of distinct keys. Here each table is
an open-addressing hash table in four flat byte strings (slots, key offsets, keys in UTF-8,
values marshalled one by one): loading is a copy of those bytes, and a key is decoded the
first time it is asked for. The hash is CRC-32 of the UTF-8 key, not Python's `hash`, which
changes from run to run.

`PackedMap` reads like the dict it was built from (`get`, `in`, `[]`, `len`, iteration in
the dict's order). Hot loops read `lookup_table(mapping)`: a dict whose `[key]` answers the
value, or None for a key the table lacks, at dict speed after the first time (the answers
are kept, up to `MEMO_LIMIT` keys, then forgotten together).
"""
from __future__ import annotations

import marshal
import zlib
from array import array
from collections.abc import Iterator, Mapping

MEMO_LIMIT = 1_000_000


class _Memo(dict):
    """key -> value or None, asking `find` once per key (and again after a reset at the limit)."""

    __slots__ = ("_find",)

    def __init__(self, find) -> None:
        super().__init__()
        self._find = find

    def __missing__(self, key: str):
        if len(self) >= MEMO_LIMIT:
            self.clear()
        value = self[key] = self._find(key)
        return value


class PackedMap(Mapping):
    """A read-only str -> value table over flat bytes (see the module docstring)."""

    def __init__(self, slots, key_offsets, keys, value_offsets, values) -> None:
        """Five bytes-like objects (bytes, or memoryviews of a mapped index file)."""
        self._raw = (slots, key_offsets, keys, value_offsets, values)
        self._slots = memoryview(slots).cast("I")
        self._koff = memoryview(key_offsets).cast("I")
        self._keys = keys
        self._voff = memoryview(value_offsets).cast("I")
        self._values = values
        self._mask = len(self._slots) - 1
        self.hits = _Memo(self._find)

    @classmethod
    def from_dict(cls, table: Mapping) -> "PackedMap":
        size = 8
        while size < 2 * len(table):      # at most half full: probes stay short
            size *= 2
        mask = size - 1
        slots = array("I", bytes(4 * size))
        koff, voff = array("I", [0]), array("I", [0])
        keys, values = bytearray(), bytearray()
        for entry, (key, value) in enumerate(table.items()):
            raw = key.encode("utf-8", "surrogatepass")
            at = zlib.crc32(raw) & mask
            while slots[at]:
                at = (at + 1) & mask
            slots[at] = entry + 1
            keys += raw
            koff.append(len(keys))
            values += marshal.dumps(value)
            voff.append(len(values))
        return cls(slots.tobytes(), koff.tobytes(), bytes(keys), voff.tobytes(), bytes(values))

    def to_state(self) -> tuple:
        """The five bytes-like objects, as the index file stores them."""
        return self._raw

    def _find(self, key: str):
        raw = key.encode("utf-8", "surrogatepass")
        slots, koff, keys, mask = self._slots, self._koff, self._keys, self._mask
        at = zlib.crc32(raw) & mask
        while True:
            entry = slots[at]
            if not entry:
                return None
            entry -= 1
            if keys[koff[entry]:koff[entry + 1]] == raw:
                return marshal.loads(self._values[self._voff[entry]:self._voff[entry + 1]])
            at = (at + 1) & mask

    def get(self, key, default=None):
        value = self.hits[key] if type(key) is str else None
        return default if value is None else value

    def __getitem__(self, key):
        value = self.hits[key] if type(key) is str else None
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key) -> bool:
        return type(key) is str and self.hits[key] is not None

    def __len__(self) -> int:
        return len(self._koff) - 1

    def __iter__(self) -> Iterator[str]:
        keys, koff = self._keys, self._koff
        for entry in range(len(self)):
            yield bytes(keys[koff[entry]:koff[entry + 1]]).decode("utf-8", "surrogatepass")


def memo(compute) -> dict:
    """A dict answering `[key]` with `compute(key)`, worked out once per key (up to `MEMO_LIMIT` keys, then
    forgotten together): for per-word answers asked of every report."""
    return _Memo(compute)


def lookup_table(table: Mapping) -> dict:
    """A dict answering `[key]` with the table's value or None (see the module docstring).

    A plain dict (a gazetteer just built, not loaded) gets a memo of its own, which the caller keeps.
    """
    if isinstance(table, PackedMap):
        return table.hits
    return _Memo(table.get)
