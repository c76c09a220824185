"""Reading gold and prediction files (JSONL), with errors that name file and line.

A gold file's kind is told by the fields of its first record: `events` (event
gold), `label` (single-category snippets), `toponyms` (toponym gold) or
`plover` (PLOVER records). Every later record must carry the same field.
"""
from __future__ import annotations

import json
from datetime import date
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from ..codebook import SUB_EVENT_TYPES
from ..errors import EvaluationError
from .compare import norm_label

EVENTS, LABELS, TOPONYMS, PLOVER = "events", "labels", "toponyms", "plover"
KINDS = (EVENTS, LABELS, TOPONYMS, PLOVER)
KIND_NAMES = {EVENTS: "event gold", LABELS: "single-category gold", TOPONYMS: "toponym gold", PLOVER: "PLOVER gold"}
_KIND_FIELD = {EVENTS: "events", LABELS: "label", TOPONYMS: "toponyms", PLOVER: "plover"}

NO_EVENT = "no event"

# CASE 2021 task 2 codes -> the answer expected from an ACLED coder.
LABEL_ANSWERS: dict[str, str] = {
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "AGREEMENT": "Agreement",
    "AIR_STRIKE": "Air/drone strike",
    "ARMED_CLASH": "Armed clash",
    "ARREST": "Arrests",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "ATTACK": "Attack",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "CHEM_WEAP": "Chemical weapon",
    "DISR_WEAP": "Disrupted weapons use",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "GRENADE": "Grenade",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "MOB_VIOL": "Mob violence",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
    "PEACE_PROTEST": "Peaceful protest",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "SEX_VIOL": "Sexual violence",
    "SUIC_BOMB": "Suicide bomb",
    "VIOL_DEMONSTR": "Violent demonstration",
    "MAN_MADE_DISASTER": NO_EVENT,
    "NATURAL_DISASTER": NO_EVENT,
    "DIPLO": NO_EVENT,
    "ORG_CRIME": NO_EVENT,
    "ATTRIB": NO_EVENT,
}
_ANSWER_BY_NAME = {norm_label(s): s for s in (*SUB_EVENT_TYPES, NO_EVENT)}


@dataclass
class GoldDoc:
    """One gold document; which of the payload fields is set depends on the file's kind."""

    id: str
    text: str
    line: int
    published: str | None = None
    events: list[dict[str, Any]] = field(default_factory=list)
    label: str | None = None          # as written in the file, e.g. "AIR_STRIKE"
    answer: str | None = None         # the expected answer: an ACLED sub-type or "no event"
    toponyms: list[dict[str, Any]] = field(default_factory=list)
    plover: dict[str, Any] = field(default_factory=dict)
    scope: frozenset[str] | None = None   # sub-types the annotators coded (normalised); None: all

    def in_scope(self, predicted: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The predicted events the gold could judge: those of a sub-type the annotators coded."""
        if self.scope is None:
            return predicted
        return [e for e in predicted if norm_label(e.get("sub_event_type")) in self.scope]


@dataclass
class GoldSet:
    path: str
    kind: str
    docs: list[GoldDoc]

    @property
    def kind_name(self) -> str:
        return KIND_NAMES[self.kind]


def _json_lines(path: Path, what: str = "gold data") -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line; malformed lines raise with file:line."""
    try:
        handle = path.open("rb")
    except FileNotFoundError as exc:
        raise EvaluationError(f"{what} not found: {path}") from exc
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot be read ({exc.strerror})") from exc
    with handle:
        for number, raw_bytes in enumerate(handle, start=1):
            try:
                raw = raw_bytes.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise EvaluationError(f"{path}:{number}: not UTF-8 (byte {exc.start + 1})") from exc
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise EvaluationError(f"{path}:{number}: not valid JSON ({exc.msg} at column {exc.colno})") from exc
            if not isinstance(record, dict):
                raise EvaluationError(f"{path}:{number}: expected a JSON object, got {type(record).__name__}")
            yield number, record


def detect_kind(record: dict[str, Any]) -> str | None:
    """The gold kind a record belongs to, by the fields it carries."""
    for kind in (EVENTS, TOPONYMS, PLOVER, LABELS):
        if _KIND_FIELD[kind] in record:
            return kind
    return None


def label_answer(label: Any) -> str | None:
    """The expected answer for a label: a CASE code, an ACLED sub-type name or "no event"."""
    if not isinstance(label, str):
        return None
    code = label.strip()
    if code.upper() in LABEL_ANSWERS:
        return LABEL_ANSWERS[code.upper()]
    return _ANSWER_BY_NAME.get(norm_label(code))


def _fail(path: Path, line: int, message: str) -> EvaluationError:
    return EvaluationError(f"{path}:{line}: {message}")


def _check_events(path: Path, line: int, events: Any, what: str) -> list[dict[str, Any]]:
    if events is None:
        return []
    if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
        raise _fail(path, line, f"'{what}' must be a list of objects")
    return events


_TYPE_NAMES = {str: "a string", int: "an integer", float: "a number", type(None): "null"}
_GOLD_EVENT_TYPES = {
    "event_type": (str,), "sub_event_type": (str,), "event_date": (str, type(None)),
    "actor1": (str, type(None)), "actor2": (str, type(None)), "admin1": (str, type(None)),
    "location": (str, type(None)), "latitude": (int, float, type(None)), "longitude": (int, float, type(None)),
    "fatalities": (int, type(None)),
}


def _check_gold_events(path: Path, line: int, events: Any) -> list[dict[str, Any]]:
    """Gold events must carry their types and well-typed values: a scorer cannot guess."""
    events = _check_events(path, line, events, "events")
    for index, event in enumerate(events):
        for name, types in _GOLD_EVENT_TYPES.items():
            value = event.get(name)
            if name in ("event_type", "sub_event_type") and name not in event:
                raise _fail(path, line, f"event {index} has no '{name}'")
            if isinstance(value, bool) or not isinstance(value, types):
                raise _fail(path, line, f"event {index}: '{name}' is {value!r}, "
                                        f"expected {' or '.join(_TYPE_NAMES[t] for t in types)}")
    return events


def _check_toponyms(path: Path, line: int, toponyms: Any, strict: bool) -> list[dict[str, Any]]:
    if toponyms is None:
        return []
    if not isinstance(toponyms, list) or not all(isinstance(t, dict) for t in toponyms):
        raise _fail(path, line, "'toponyms' must be a list of objects")
    if strict:
        for index, t in enumerate(toponyms):
            start, end = t.get("start"), t.get("end")
            if not (type(start) is int and type(end) is int and end > start):
                raise _fail(path, line, f"toponym {index} needs integer 'start' < 'end', got {start!r}, {end!r}")
    return toponyms


def _check_scope(path: Path, line: int, scope: Any) -> frozenset[str] | None:
    if scope is None:
        return None
    if not isinstance(scope, list) or not all(isinstance(s, str) for s in scope):
        raise _fail(path, line, "'scope' must be a list of sub-event type names")
    return frozenset(norm_label(s) for s in scope)


def read_gold(path: str | Path) -> GoldSet:
    """Read one gold JSONL file, telling its kind from the first record."""
    path = Path(path)
    kind: str | None = None
    docs: list[GoldDoc] = []
    seen: dict[str, int] = {}
    for line, record in _json_lines(path):
        if kind is None:
            kind = detect_kind(record)
            if kind is None:
                raise _fail(path, line,
                            "not a gold record: expected one of the fields 'events', 'label', 'toponyms' or 'plover'")
        elif _KIND_FIELD[kind] not in record:
            raise _fail(path, line, f"missing '{_KIND_FIELD[kind]}': the file's first record is {KIND_NAMES[kind]}")
        doc_id, text = record.get("id"), record.get("text")
        if not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool):
            raise _fail(path, line, "missing or invalid 'id'")
        doc_id = str(doc_id)
        if doc_id in seen:
            raise _fail(path, line, f"id {doc_id!r} repeats line {seen[doc_id]}")
        seen[doc_id] = line
        if not isinstance(text, str):
            raise _fail(path, line, "missing or invalid 'text'")
        published = record.get("published")
        if published is not None and not isinstance(published, str):
            raise _fail(path, line, "'published' must be 'YYYY-MM-DD' or null")
        if published:
            try:
                date.fromisoformat(published[:10])
            except ValueError:
                raise _fail(path, line, f"'published' is {published!r}, expected 'YYYY-MM-DD'") from None
        doc = GoldDoc(id=doc_id, text=text, line=line, published=published or None)
        if kind == EVENTS:
            doc.events = _check_gold_events(path, line, record["events"])
            doc.scope = _check_scope(path, line, record.get("scope"))
        elif kind == LABELS:
            doc.label = record["label"]
            doc.answer = label_answer(doc.label)
            if doc.answer is None:
                raise _fail(path, line, f"unknown label {doc.label!r}: "
                                        "expected a CASE 2021 code, an ACLED sub-event type or 'no event'")
        elif kind == TOPONYMS:
            doc.toponyms = _check_toponyms(path, line, record["toponyms"], strict=True)
        else:
            if not isinstance(record["plover"], dict) or not isinstance(record["plover"].get("event"), str):
                raise _fail(path, line, "'plover' must be an object with a string 'event'")
            doc.plover = record["plover"]
        docs.append(doc)
    if kind is None:
        raise EvaluationError(f"{path}: no records (an empty gold file)")
    return GoldSet(path=str(path), kind=kind, docs=docs)


def read_predictions(path: str | Path, kind: str) -> dict[str, list[dict[str, Any]]]:
    """Predictions by document id: repeated ids are pooled, a missing list is empty.

    Toponym gold reads each line's `toponyms`; every other kind reads `events`.
    Ids absent from the gold are kept here and ignored by the scorer.
    """
    path = Path(path)
    what = "toponyms" if kind == TOPONYMS else "events"
    pooled: dict[str, list[dict[str, Any]]] = {}
    for line, record in _json_lines(path, "predictions"):
        doc_id = record.get("id")
        if not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool):
            raise _fail(path, line, "missing or invalid 'id'")
        if what == "toponyms":
            items = _check_toponyms(path, line, record.get("toponyms"), strict=False)
        else:
            items = _check_events(path, line, record.get("events"), "events")
        pooled.setdefault(str(doc_id), []).extend(items)
    return pooled
