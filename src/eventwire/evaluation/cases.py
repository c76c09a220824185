"""Wrong cases for error analysis: the text, then gold and output side by side.

A case is "wrong" when it costs detection or recognition: for events a missed,
spurious or mistyped event; for snippets a wrong answer; for toponyms a missed
or spurious name or one placed more than 161 km off; for PLOVER an ACLED-like
sentence with no event or another sentence with one.
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from .align import align
from .compare import coords, haversine_km, norm_label
from .gold import EVENTS, LABELS, PLOVER, TOPONYMS, GoldDoc, GoldSet
from .metrics_labels import system_answer
from .metrics_plover import ACLED_LIKE
from .metrics_toponyms import match_overlaps, valid_span
from .runner import Predictions

MISSING = "(missed)"
NONE = "(none)"


@dataclass
class ErrorCase:
    doc_id: str
    line: int
    text: str
    rows: list[tuple[str, str, str]] = field(default_factory=list)   # (what, gold, output)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.doc_id, "line": self.line, "text": self.text,
                "rows": [{"field": f, "gold": g, "output": o} for f, g, o in self.rows]}


def _place(e: Mapping[str, Any]) -> str:
    xy = coords(e)
    parts = [str(e.get(k)) for k in ("location", "admin1", "country") if e.get(k)]
    where = ", ".join(parts) or "-"
    return f"{where} ({xy[0]:.3f}, {xy[1]:.3f})" if xy else where


def _event_lines(e: Mapping[str, Any]) -> list[tuple[str, str]]:
    return [("type", f"{e.get('event_type') or '-'} / {e.get('sub_event_type') or '-'}"),
            ("actor1", str(e.get("actor1") or "-")), ("actor2", str(e.get("actor2") or "-")),
            ("place", _place(e)), ("date", str(e.get("event_date") or "-")),
            ("fatalities", "-" if e.get("fatalities") is None else str(e.get("fatalities")))]


def event_case(doc: GoldDoc, pred: Sequence[Mapping[str, Any]]) -> ErrorCase | None:
    pairs = align(doc.events, pred)
    wrong = (len(pairs) < len(doc.events) or len(pairs) < len(pred)
             or any(not (p.same_type and p.same_sub_type) for p in pairs))
    if not wrong:
        return None
    case = ErrorCase(doc.id, doc.line, doc.text)
    paired_gold = {p.gold: p.pred for p in pairs}
    paired_pred = set(paired_gold.values())
    for gi, g in enumerate(doc.events):
        pi = paired_gold.get(gi)
        p_lines = (_event_lines(pred[pi]) if pi is not None
                   else [(k, MISSING if k == "type" else "") for k, _ in _event_lines(g)])
        for (name, gv), (_, pv) in zip(_event_lines(g), p_lines):
            case.rows.append((f"gold {gi + 1} {name}", gv, pv))
    for pi, p in enumerate(pred):
        if pi not in paired_pred:
            for name, pv in _event_lines(p):
                case.rows.append((f"extra {pi + 1} {name}", NONE if name == "type" else "", pv))
    return case


def label_case(doc: GoldDoc, pred: Sequence[Mapping[str, Any]]) -> ErrorCase | None:
    answer = system_answer(pred)
    if norm_label(answer) == norm_label(doc.answer):
        return None
    rows = [("answer", f"{doc.answer} [{doc.label}]", answer or "(empty sub-type)")]
    if pred:
        rows += [(f"event {name}", "", value) for name, value in _event_lines(pred[0])[1:]]
    return ErrorCase(doc.id, doc.line, doc.text, rows)


def _toponym(t: Mapping[str, Any]) -> str:
    xy = coords(t)
    where = f" ({xy[0]:.2f}, {xy[1]:.2f})" if xy else ""
    return f"{t.get('name')} [{t.get('start')}:{t.get('end')}]{where}"


def toponym_case(doc: GoldDoc, pred: Sequence[Mapping[str, Any]]) -> ErrorCase | None:
    valid = [p for p in pred if valid_span(p)]
    matches = dict(match_overlaps(doc.toponyms, valid))
    rows: list[tuple[str, str, str]] = []
    wrong = len(matches) < len(doc.toponyms) or len(matches) < len(valid)
    for gi, g in enumerate(doc.toponyms):
        if gi not in matches:
            rows.append(("missed", _toponym(g), MISSING))
            continue
        p = valid[matches[gi]]
        g_xy, p_xy = coords(g), coords(p)
        if g_xy and (not p_xy or haversine_km(g_xy, p_xy) > 161):
            wrong = True
            off = f" {haversine_km(g_xy, p_xy):.0f} km off" if p_xy else " no coordinates"
            rows.append(("misplaced", _toponym(g), _toponym(p) + off))
    used = set(matches.values())
    rows += [("spurious", NONE, _toponym(p)) for pi, p in enumerate(valid) if pi not in used]
    return ErrorCase(doc.id, doc.line, doc.text, rows) if wrong else None


def plover_case(doc: GoldDoc, pred: Sequence[Mapping[str, Any]]) -> ErrorCase | None:
    category = str(doc.plover.get("event", "")).upper()
    if (category in ACLED_LIKE) == bool(pred):
        return None
    source = ", ".join(a.get("actorText", "") for a in doc.plover.get("source_actor") or [] if isinstance(a, dict))
    target = ", ".join(a.get("actorText", "") for a in doc.plover.get("target_actor") or [] if isinstance(a, dict))
    first = pred[0] if pred else {}
    rows = [("category / type", category,
             f"{first.get('event_type', NONE)} / {first.get('sub_event_type', '')}" if pred else NONE),
            ("source / actor1", source or "-", str(first.get("actor1") or "-")),
            ("target / actor2", target or "-", str(first.get("actor2") or "-")),
            ("event text", str(doc.plover.get("event_text", "")), "")]
    return ErrorCase(doc.id, doc.line, doc.text, rows)


_CASE = {EVENTS: event_case, LABELS: label_case, TOPONYMS: toponym_case, PLOVER: plover_case}


def error_cases(gold: GoldSet, predictions: Predictions, limit: int) -> list[ErrorCase]:
    """The first `limit` wrong cases, in file order."""
    found: list[ErrorCase] = []
    for doc in gold.docs:
        if len(found) >= limit:
            break
        case = _CASE[gold.kind](doc, doc.in_scope(predictions.get(doc.id, [])))
        if case is not None:
            found.append(case)
    return found


def render_case(case: ErrorCase, width: int = 100) -> str:
    """The text wrapped, then a three-column block: what | gold | output."""
    text = case.text if len(case.text) <= 1200 else case.text[:1200] + " ..."
    lines = [f"--- {case.doc_id} (line {case.line})"]
    lines += textwrap.wrap(" ".join(text.split()), width=width, initial_indent="  ", subsequent_indent="  ")
    label_w = max([len(r[0]) for r in case.rows] + [5])
    col = max(20, (width - label_w - 6) // 2)
    lines.append(f"  {'':{label_w}}  {'GOLD':{col}}  OUTPUT")
    for what, gold, output in case.rows:
        g_lines = textwrap.wrap(gold, col) or [""]
        o_lines = textwrap.wrap(output, col) or [""]
        for i in range(max(len(g_lines), len(o_lines))):
            g = g_lines[i] if i < len(g_lines) else ""
            o = o_lines[i] if i < len(o_lines) else ""
            lines.append(f"  {what if i == 0 else '':{label_w}}  {g:{col}}  {o}".rstrip())
    return "\n".join(lines)
