"""The records that flow between pipeline stages.

One `Article` owns the text; every mention and every piece of evidence is a
character span into `Article.text`, never a copied string that could drift.
These dataclasses are the contract between stages: ingest produces `RawReport`,
normalize produces `Article`, geo adds `Place` mentions, extract produces `Event`.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from typing import Any


def stable_id(*parts: str, prefix: str = "", length: int = 16) -> str:
    """A short, deterministic id: the same input always gets the same id."""
    # surrogatepass: a lone surrogate (a JSON "\ud800" escape) still hashes, to its own id
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:length]
    return f"{prefix}{digest}"


_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub(text: str | None) -> str | None:
    """Lone surrogates (JSON "\\ud800" escapes in scraped data) -> U+FFFD, one character for one.

    They cannot be encoded to UTF-8, so stdout, the store and the API would fail on them;
    the replacement keeps the length, so every span stays where it was.
    """
    if not text or text.isascii():
        return text
    return _SURROGATE.sub("\ufffd", text)


def scrubbed(report: "RawReport") -> "RawReport":
    """The report with every text field scrubbed (the same object when nothing changes)."""
    changes = {}
    for f in fields(report):
        value = getattr(report, f.name)
        if isinstance(value, str) and not value.isascii():
            clean = scrub(value)
            if clean != value:
                changes[f.name] = clean
    return replace(report, **changes) if changes else report



BRIEF_SENTENCES = 5       # sentences: up to this a report is a note or a brief, one scene

@dataclass
class RawReport:
    """One report as read from disk or stdin, before any analysis.

    `origin` and `line` say where it came from, so every error can name them.
    """

    text: str
    origin: str = "<string>"
    line: int | None = None
    doc_id: str | None = None
    published: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    media_type: str = "text/plain"


@dataclass(frozen=True)
class Span:
    """A half-open character range [start, end) into `Article.text`."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start:self.end]


@dataclass
class Dateline:
    """`AMMAN (Reuters) -` at the head of a wire report: a place and an agency."""

    place: str
    agency: str | None
    place_span: Span
    span: Span
    day: date | None = None            # the day it gives ("3 JAN 90", "Sept 24"), resolved against publication


@dataclass
class Place:
    """A toponym found in the text, resolved to a gazetteer entry when possible.

    Unresolved names keep `geonameid`/`latitude`/`longitude` as None rather than
    carrying a wrong guess.
    """

    name: str                      # as written in the text
    start: int
    end: int
    resolved_name: str | None = None
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    country: str | None = None     # country name, e.g. "Syria"
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    feature_class: str | None = None   # GeoNames class: P populated place, A admin area
    feature_code: str | None = None    # GeoNames code: PPLA, ADM1, PCLI, ...
    population: int | None = None
    is_admin1: bool = False
    is_country: bool = False
    geo_precision: int | None = None   # 1 town, 2 near a town / part of region, 3 province
    confidence: float = 0.0
    # where an event known only by this province is placed: its capital (ACLED's rule for
    # geo_precision 3); the toponym itself keeps the province's own point above
    event_latitude: float | None = None
    event_longitude: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Sentence:
    start: int
    end: int


@dataclass
class Article:
    """A normalized report: the text every later span points into."""

    id: str
    text: str
    doc_id: str | None = None
    origin: str = "<string>"
    line: int | None = None
    published: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    agency: str | None = None
    dateline: Dateline | None = None
    lowercased: bool = False           # the seed's form: lowercased, tokenized
    caps: bool = False                 # all in capitals (wire, radio copy): read as its lowercased form
    sentences: list[Sentence] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)   # left empty in a batch where nothing can be coded
    language: str = "en"

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start:sentence.end]

    @property
    def is_brief(self) -> bool:
        """A note or a brief (BRIEF_SENTENCES or fewer) tells one scene: every sentence of it is news."""
        return len(self.sentences) <= BRIEF_SENTENCES

    @property
    def tells_scenes(self) -> bool:
        """A wire story filed under a dateline and longer than a brief tells several scenes."""
        return self.dateline is not None and not self.is_brief


@dataclass
class Evidence:
    """The words behind one field of an event: a span into the article text."""

    field: str
    start: int
    end: int
    text: str


@dataclass
class Event:
    """One ACLED-style event. Field names and spellings follow ACLED's export.

    This is the contract every later stage (store, export, API, eval) reads.
    """

    id: str = ""
    article_id: str = ""
    doc_id: str | None = None
    event_date: str | None = None          # ISO YYYY-MM-DD, None when unresolved
    time_precision: int | None = None      # 1 day, 2 week/range, 3 month or vaguer
    date_text: str | None = None           # the words the date came from
    date_resolved: bool = False            # False: a relative date with no publication date
    disorder_type: str = ""
    event_type: str = ""
    sub_event_type: str = ""
    actor1: str = ""
    assoc_actor_1: str = ""
    inter1: int | None = None
    actor2: str = ""
    assoc_actor_2: str = ""
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: str = ""
    iso: int | None = None                 # ISO 3166-1 numeric, as ACLED
    iso3: str = ""
    region: str = ""
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    geonameid: int | None = None
    source: str = ""
    source_scale: str = ""
    notes: str = ""                        # the source sentence(s)
    fatalities: int | None = None
    tags: str = ""
    sentence_start: int = 0
    sentence_end: int = 0
    confidence: float = 0.0
    coder: str = ""
    rule: str = ""                         # the lexicon rule that decided the type, for error analysis
    evidence: list[Evidence] = field(default_factory=list)

    def dated_by_text(self, own_sentence: bool = False) -> bool:
        """The date was read from the text (with `own_sentence`, from the event's own sentence,
        not carried from the one before), not taken from the day of publication."""
        return any(e.field == "event_date" and (not own_sentence or self.sentence_start <= e.start < self.sentence_end)
                   for e in self.evidence)

    def to_dict(self) -> dict[str, Any]:
        """`asdict(self)`, built directly when every field holds a plain value (asdict's deep walk
        costs more than coding some reports)."""
        data = {name: getattr(self, name) for name in _EVENT_FIELDS}
        evidence = data.pop("evidence")
        if type(evidence) is not list or not all(type(v) in _PLAIN for v in data.values()):
            return asdict(self)
        items = []
        for e in evidence:
            if type(e) is not Evidence or not (type(e.field) is str and type(e.start) is int
                                               and type(e.end) is int and type(e.text) is str):
                return asdict(self)
            items.append({"field": e.field, "start": e.start, "end": e.end, "text": e.text})
        data["evidence"] = items
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Event":
        known = {f for f in cls.__dataclass_fields__}
        kwargs = {k: v for k, v in data.items() if k in known}
        kwargs["evidence"] = [Evidence(**e) if isinstance(e, dict) else e for e in data.get("evidence") or []]
        return cls(**kwargs)


_EVENT_FIELDS = tuple(f.name for f in fields(Event))
_PLAIN = frozenset({str, int, float, bool, type(None)})    # values asdict returns as they are
