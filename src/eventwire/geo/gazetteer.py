"""The gazetteer as an object: column arrays plus name indexes, saved as one marshal.

Columns rather than one object per place keep ~250,000 entries small and make
loading a handful of list reads. The three big name tables (names, skeletons, first
tokens) are saved as packed hash tables (`packed.PackedMap`) decoded one key at a time, so
start-up does not build dicts of a million keys a report never asks for.
The finder and resolver receive this object; nothing in them opens a file.
"""
from __future__ import annotations

import gc
import marshal
import mmap
import os
import struct
import sys
from array import array
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import GazetteerError
from .packed import PackedMap, lookup_table

FORMAT_VERSION = 5
ENV_VAR = "EVENTWIRE_GAZETTEER"
DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "gazetteer.idx"

# Feature codes of the entries that are not towns.
COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR"})
ADM1_CODES = frozenset({"ADM1", "ADM1H"})

# Where ACLED's country names differ from GeoNames' (the names in ACLED's exports and actor names);
# codebook/countries.py uses ACLED's names too, so an actor named from a word and one named from a
# place agree.
ACLED_COUNTRY_NAMES = {
    "Democratic Republic of the Congo": "Democratic Republic of Congo", "Republic of the Congo": "Republic of Congo",
    "Palestinian Territory": "Palestine", "Czechia": "Czech Republic", "Eswatini": "eSwatini",
    "Cabo Verde": "Cape Verde", "The Netherlands": "Netherlands", "Timor Leste": "East Timor",
}


@dataclass
class Gazetteer:
    """Entries as parallel columns; `names` maps a normalised name to entry rows."""

    gid: list = field(default_factory=list)         # GeoNames id or None
    name: list = field(default_factory=list)        # preferred name
    lat: array = field(default_factory=lambda: array("d"))
    lon: array = field(default_factory=lambda: array("d"))
    cc: list = field(default_factory=list)          # ISO 3166-1 alpha-2
    admin1_code: list = field(default_factory=list) # "SY.12"-style key, or ""
    admin1: list = field(default_factory=list)      # admin1 name or None
    admin2: list = field(default_factory=list)      # admin2 name or None
    fclass: list = field(default_factory=list)
    fcode: list = field(default_factory=list)
    pop: array = field(default_factory=lambda: array("q"))
    countries: dict = field(default_factory=dict)   # cc -> {"name","iso3","numeric","row"}
    admin1_rows: dict = field(default_factory=dict) # admin1 key -> row of its ADM1 entry
    # the three big tables: dicts when built, PackedMaps when loaded (read them through `table`)
    names: Mapping = field(default_factory=dict)       # norm name -> row or tuple(rows), most important first
    skeletons: Mapping = field(default_factory=dict)   # skeleton -> norm name or tuple(norm names)
    first_tokens: Mapping = field(default_factory=dict)  # first token -> longest name in tokens
    bigrams: object = field(default_factory=frozenset)  # first two tokens of names led by a common word
    abbrevs: dict = field(default_factory=dict)     # "us", "uae" -> rows; matched only in capitals
    dotted: dict = field(default_factory=dict)      # "ga", "w va" -> rows; matched as "Athens, Ga."
    demonyms: dict = field(default_factory=dict)    # "syrian" -> (row of Syria,)
    common: dict = field(default_factory=dict)      # norm name -> English word frequency (zipf)
    vocab: frozenset = frozenset()                  # common English words (zipf >= 3)
    sources: list = field(default_factory=list)     # what it was built from

    def __len__(self) -> int:
        return len(self.name)

    @property
    def common_first(self) -> frozenset:
        """Everyday English words (top 20,000): names they lead need a `bigrams` hit to be tried."""
        cached = self.__dict__.get("_common_first")
        if cached is None:
            cached = self.__dict__["_common_first"] = frozenset(w for w, r in self.vocab.items() if r < 20_000)
        return cached

    def add(self, *, gid, name, lat, lon, cc, admin1_code="", admin1=None, admin2=None,
            fclass="P", fcode="PPL", pop=0) -> int:
        self.gid.append(gid)
        self.name.append(name)
        self.lat.append(float(lat))
        self.lon.append(float(lon))
        self.cc.append(cc)
        self.admin1_code.append(admin1_code)
        self.admin1.append(admin1)
        self.admin2.append(admin2)
        self.fclass.append(fclass)
        self.fcode.append(fcode)
        self.pop.append(int(pop or 0))
        return len(self.name) - 1

    def seat(self, admin1_key: str) -> int | None:
        """The largest town of an admin1 area, standing for its capital: ACLED places an event
        known only by its province at the provincial capital (GeoNames' PPLA codes are not in
        the packaged data; the largest town is the capital in most provinces)."""
        seats = self.__dict__.get("_seats")
        if seats is None:
            seats = {}
            pop, fclass, codes = self.pop, self.fclass, self.admin1_code
            for row in range(len(self.name)):
                key = codes[row]
                if key and fclass[row] == "P" and (key not in seats or pop[row] > pop[seats[key]]):
                    seats[key] = row
            self.__dict__["_seats"] = seats
        return seats.get(admin1_key)

    def kept(self, table: str, key, compute, limit: int = 100_000):
        """`compute(key)`, kept in this gazetteer's memo `table` (up to `limit` answers, then forgotten together):
        for answers that depend on the entries alone and are asked again in report after report."""
        cache = self.__dict__.setdefault(table, {})
        hit = cache.get(key)
        if hit is None:
            if len(cache) >= limit:
                cache.clear()
            hit = cache[key] = compute(key)
        return hit

    def is_country(self, row: int) -> bool:
        return self.fcode[row] in COUNTRY_CODES

    def is_admin1(self, row: int) -> bool:
        return self.fcode[row] in ADM1_CODES

    def country_name(self, row: int) -> str | None:
        """The country as ACLED names it (its export's `country` column, its actor names)."""
        info = self.countries.get(self.cc[row])
        return ACLED_COUNTRY_NAMES.get(info["name"], info["name"]) if info else None

    def iso3(self, row: int) -> str | None:
        info = self.countries.get(self.cc[row])
        return info["iso3"] if info else None

    def table(self, which: str) -> dict:
        """`names`, `skeletons` or `first_tokens` as a dict whose `[key]` is the value or None
        (`packed.lookup_table`): what hot loops read, at dict speed."""
        tables = self.__dict__.setdefault("_tables", {})
        mapping = getattr(self, which)
        hit = tables.get(which)
        if hit is None or hit[0] is not mapping:
            hit = tables[which] = (mapping, lookup_table(mapping))
        return hit[1]

    def rows(self, normed: str) -> tuple:
        """Entry rows of a normalised name, most important first (stored as an int when one)."""
        rows = self.table("names")[normed]
        if rows is None:
            return ()
        return (rows,) if type(rows) is int else rows

    lookup = rows

    def skeleton_names(self, skel: str) -> tuple:
        names = self.table("skeletons")[skel]
        if names is None:
            return ()
        return (names,) if type(names) is str else names


def cache_path() -> Path:
    """Where the index goes when the package folder is read-only (a system-wide install)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "eventwire" / DEFAULT_PATH.name


def default_path() -> Path:
    """$EVENTWIRE_GAZETTEER, else the package's geo/data/gazetteer.idx, else the user cache copy."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    if not DEFAULT_PATH.exists() and cache_path().exists():
        return cache_path()
    return DEFAULT_PATH


_ARRAYS = ("lat", "lon", "pop")
_PACKED = ("names", "skeletons", "first_tokens")


_MAGIC = b"EWGAZ\x00\x00\x05"    # the file's first 8 bytes; then the head's length, then the head


def save(gaz: Gazetteer, path: Path) -> None:
    """A marshal head (the columns and small tables: marshal loads plain lists and dicts 3x faster
    than pickle) followed by the packed name tables' raw bytes, which `load` maps without reading."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp.idx")   # still *.idx, so git ignores a half-written one
    state = {k: getattr(gaz, k) for k in gaz.__dataclass_fields__}
    for k in _ARRAYS:
        state[k] = (state[k].typecode, state[k].tobytes())
    parts: list[bytes] = []
    for k in _PACKED:
        table = state[k]
        raw = (table if isinstance(table, PackedMap) else PackedMap.from_dict(table)).to_state()
        state[k] = tuple(range(len(parts), len(parts) + len(raw)))     # which parts hold its bytes
        parts.extend(bytes(b) for b in raw)
    state["vocab"] = dict(state["vocab"])
    state["bigrams"] = sorted(state["bigrams"])
    head = marshal.dumps((_header(), state, [len(b) for b in parts]))
    with open(tmp, "wb") as fh:
        fh.write(_MAGIC + struct.pack("<Q", len(head)) + head)
        for b in parts:
            fh.write(bytes(-fh.tell() % 8))       # each part 8-byte aligned, as its integers are read
            fh.write(b)
    os.replace(tmp, path)


def load(path: Path) -> Gazetteer:
    """Read the head; map the packed tables' bytes (the OS reads their pages when a key needs them,
    and processes loading the same file share them)."""
    with open(path, "rb") as fh:
        prefix = fh.read(16)
        if len(prefix) < 16 or prefix[:8] != _MAGIC:
            raise GazetteerError(f"{path}: not a gazetteer index of format {FORMAT_VERSION}; "
                                 "rebuild it with `eventwire gazetteer build`")
        head = fh.read(struct.unpack("<Q", prefix[8:])[0])
        mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    enabled = gc.isenabled()
    gc.disable()   # many small objects: the collector would walk them all, for nothing
    try:
        header, state, sizes = marshal.loads(head)
    except (ValueError, EOFError, TypeError) as exc:
        raise GazetteerError(f"{path}: not a readable gazetteer index ({exc}); "
                             "rebuild it with `eventwire gazetteer build`") from exc
    finally:
        if enabled:
            gc.enable()
    if header != _header():
        raise GazetteerError(f"{path}: gazetteer index format {header}, expected {_header()}; "
                             "rebuild it with `eventwire gazetteer build`")
    parts, at = [], 16 + len(head)
    for size in sizes:
        at += -at % 8
        if at + size > len(mapped):
            raise GazetteerError(f"{path}: gazetteer index cut short; rebuild it with `eventwire gazetteer build`")
        parts.append(memoryview(mapped)[at:at + size])
        at += size
    for k in _ARRAYS:
        code, raw = state[k]
        arr = array(code)
        arr.frombytes(raw)
        state[k] = arr
    for k in _PACKED:
        state[k] = PackedMap(*(parts[i] for i in state[k]))
    state["bigrams"] = frozenset(state["bigrams"])
    return Gazetteer(**state)


def _header() -> tuple:
    """What an index file must match: its format, the Python that wrote it (marshal), the byte order
    (the packed tables' integers)."""
    return (FORMAT_VERSION, tuple(sys.version_info[:2]), sys.byteorder)


def load_gazetteer(path: str | os.PathLike | None = None) -> Gazetteer:
    """Load the index; build it from the packaged data first if it does not exist yet."""
    target = Path(path) if path is not None else default_path()
    try:
        return load(target)
    except FileNotFoundError:
        pass
    from .build import build_default

    print(f"eventwire: building the gazetteer index at {target} (once, about a minute)...", file=sys.stderr)
    gaz = build_default()
    try:
        save(gaz, target)
    except OSError as exc:
        if path is not None or os.environ.get(ENV_VAR):
            raise GazetteerError(f"{target}: cannot write the gazetteer index ({exc.strerror or exc})") from exc
        fallback = cache_path()
        print(f"eventwire: {target.parent} is not writable; keeping the index at {fallback}", file=sys.stderr)
        save(gaz, fallback)
    return gaz
