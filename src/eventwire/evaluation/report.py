"""Turning scores into text tables (one column per system) and one JSON object.

Undefined ratios print as "n/a" in text and null in JSON, never as 0 or 1.
"""
from __future__ import annotations

from typing import Any, Sequence

from .gold import GoldSet
from .metrics_events import EventMetrics
from .metrics_labels import LabelMetrics
from .metrics_plover import PloverMetrics
from .metrics_toponyms import ToponymMetrics
from .ratio import PRF, Ratio
from .score import SystemScore

NA = "n/a"
Row = tuple[str, str]   # (label, formatted value); a label starting with "#" is a section heading


def fmt(value: float | None, digits: int = 3) -> str:
    return NA if value is None else f"{value:.{digits}f}"


def fmt_ratio(r: Ratio | None) -> str:
    if r is None:
        return NA
    return f"{fmt(r.value)} ({r.right}/{r.total})"


def fmt_km(value: float | None) -> str:
    return NA if value is None else f"{value:.1f} km"


def _prf_rows(name: str, prf: PRF) -> list[Row]:
    return [(f"{name} precision", f"{fmt(prf.precision)} ({prf.tp}/{prf.n_pred})"),
            (f"{name} recall", f"{fmt(prf.recall)} ({prf.tp}/{prf.n_gold})"),
            (f"{name} F1", fmt(prf.f1))]


_FIELD_LABELS = {
    "event_type": "accuracy event_type", "sub_event_type": "accuracy sub_event_type",
    "actor1": "accuracy actor1", "actor2": "accuracy actor2", "admin1": "accuracy admin1",
    "event_date": "accuracy event_date", "fatalities_exact": "accuracy fatalities, exact",
    "fatalities_tolerance": "accuracy fatalities, within tolerance",
    "location_10km": "location within 10 km", "location_25km": "location within 25 km",
    "location_50km": "location within 50 km", "with_coordinates": "share with coordinates",
}


def event_rows(m: EventMetrics) -> list[Row]:
    rows: list[Row] = [("documents", str(m.docs)), ("gold events", str(m.gold_events)),
                       ("predicted events", str(m.predicted_events)), ("aligned pairs", str(m.aligned_pairs)),
                       ("# detection", "")]
    rows += _prf_rows("type-level", m.detection_type)
    rows += _prf_rows("sub-type-level", m.detection_sub_type)
    rows.append(("# fields over aligned pairs", ""))
    rows += [(_FIELD_LABELS[name], fmt_ratio(r)) for name, r in m.fields.items()]
    rows.append(("median location error", fmt_km(m.median_km)))
    return rows


def label_rows(m: LabelMetrics) -> list[Row]:
    rel = m.relevance
    return [("documents", str(m.docs)),
            ("accuracy (sub_event_type)", fmt_ratio(m.accuracy)),
            ("macro-F1", fmt(m.macro_f1)),
            ("event_type accuracy", fmt_ratio(m.event_type_accuracy)),
            ("weighted F1, 25 ACLED classes", f"{fmt(m.weighted_f1_acled)} ({m.acled_docs} docs)"),
            ("weighted F1, all (no event merged)", fmt(m.weighted_f1_all)),
            ("relevance precision", f"{fmt(rel.precision)} ({rel.tp}/{rel.n_pred})"),
            ("relevance recall", f"{fmt(rel.recall)} ({rel.tp}/{rel.n_gold})")]


def toponym_rows(m: ToponymMetrics) -> list[Row]:
    rows: list[Row] = [("documents", str(m.docs)), ("gold toponyms", str(m.gold_toponyms)),
                       ("predicted toponyms", str(m.predicted_toponyms)), ("# recognition", "")]
    rows += _prf_rows("overlap", m.recognition)
    rows += _prf_rows("strict", m.strict)
    rows += [("# resolution (found toponyms)", ""),
             ("accuracy@161 km", fmt_ratio(m.acc_161)), ("accuracy@25 km", fmt_ratio(m.acc_25)),
             ("median error", fmt_km(m.median_km)), ("share with coordinates", fmt_ratio(m.with_coordinates)),
             ("GeoNames id accuracy", fmt_ratio(m.geonameid)),
             ("# end to end (all gold toponyms)", ""),
             ("accuracy@161 km end to end", fmt_ratio(m.e2e_161)),
             ("accuracy@25 km end to end", fmt_ratio(m.e2e_25)),
             ("GeoNames id accuracy end to end", fmt_ratio(m.e2e_geonameid))]
    return rows


def plover_rows(m: PloverMetrics) -> list[Row]:
    rows: list[Row] = [("documents", str(m.docs)), ("# event rate", ""),
                       ("event rate, all", fmt_ratio(m.event_rate)),
                       ("event rate, FIGHT/ASSAULT/COERCE/PROTEST", fmt_ratio(m.event_rate_acled_like)),
                       ("event rate, other categories", fmt_ratio(m.event_rate_other))]
    rows += [(f"event rate {category}", fmt_ratio(r)) for category, r in m.event_rate_by_category.items()]
    rows += [("# fields", ""), ("source actor ~ actor1", fmt_ratio(m.source_actor)),
             ("target actor ~ actor2", fmt_ratio(m.target_actor)), ("location", fmt_ratio(m.location)),
             ("dead", fmt_ratio(m.dead)),
             ("PLOVER event accuracy", fmt_ratio(m.plover_event_accuracy))]
    return rows


def metric_rows(metrics) -> list[Row]:
    if isinstance(metrics, EventMetrics):
        return event_rows(metrics)
    if isinstance(metrics, LabelMetrics):
        return label_rows(metrics)
    if isinstance(metrics, ToponymMetrics):
        return toponym_rows(metrics)
    return plover_rows(metrics)


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain text table; a row whose first cell starts with '#' is a section line."""
    plain = [r for r in rows if not r[0].startswith("#")]
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *plain)] if plain else [len(h) for h in headers]
    lines = ["  ".join(str(h).ljust(w) for h, w in zip(headers, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    for row in rows:
        if row[0].startswith("#"):
            lines.append(row[0][1:].strip().upper())
        else:
            lines.append("  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip())
    return "\n".join(lines)


def comparison_table(scores: Sequence[SystemScore]) -> str:
    """All systems on one gold file, one column each."""
    per_system = [metric_rows(s.metrics) for s in scores]
    rows = [[label] + [system_rows[i][1] for system_rows in per_system] for i, (label, _) in enumerate(per_system[0])]
    return table(["metric", *[s.system for s in scores]], rows)


def confusion_table(m: EventMetrics) -> str:
    rows = [[g, p, str(n)] for g, p, n in m.confusions] or [["(none)", "", ""]]
    return table(["gold sub-type", "predicted sub-type", "pairs"], rows)


def sub_type_table(m: EventMetrics) -> str:
    rows = [[r.sub_event_type or "(empty)", str(r.gold), str(r.predicted), str(r.both),
             fmt(r.scores.precision), fmt(r.scores.recall), fmt(r.scores.f1)] for r in m.per_sub_type]
    return table(["gold sub-type", "gold", "predicted", "both", "P", "R", "F1"], rows)


def class_table(m: LabelMetrics) -> str:
    rows = [[r.label, str(r.gold), str(r.answered), str(r.right), fmt(r.scores.precision),
             fmt(r.scores.recall), fmt(r.f1)] for r in m.classes]
    return table(["expected answer", "gold", "answered", "right", "P", "R", "F1"], rows)


def file_report(gold: GoldSet, scores: Sequence[SystemScore]) -> str:
    """The text block for one gold file: the comparison table, then each system's detail tables."""
    parts = [f"== {gold.path} ({gold.kind_name}, {len(gold.docs)} documents)", comparison_table(scores)]
    for s in scores:
        prefix = f"[{s.system}] " if len(scores) > 1 else ""
        if s.failures:
            first_id, first_msg = s.failures[0]
            parts.append(f"{prefix}{len(s.failures)} documents failed and count as nothing found "
                         f"(first: {first_id}: {first_msg})")
        if s.seconds:
            parts.append(f"{prefix}{s.system} ran over {len(gold.docs)} documents in {s.seconds:.1f} s "
                         f"({len(gold.docs) / s.seconds:.1f} documents/s)")
        if s.unknown_ids:
            parts.append(f"{prefix}{s.unknown_ids} prediction ids are not in the gold file and were ignored")
        if isinstance(s.metrics, EventMetrics):
            parts.append(f"{prefix}sub-type confusions (gold -> predicted, top 15)\n{confusion_table(s.metrics)}")
            parts.append(f"{prefix}per gold sub-type\n{sub_type_table(s.metrics)}")
        elif isinstance(s.metrics, LabelMetrics):
            parts.append(f"{prefix}per expected answer\n{class_table(s.metrics)}")
    return "\n\n".join(parts)


def json_report(results: Sequence[tuple[GoldSet, Sequence[SystemScore]]],
                errors: dict[str, Any] | None = None) -> dict[str, Any]:
    """One JSON object: per gold file, its kind and every system's metrics."""
    files = []
    for gold, scores in results:
        entry: dict[str, Any] = {"path": gold.path, "kind": gold.kind, "docs": len(gold.docs),
                                 "systems": [s.to_dict() for s in scores]}
        if errors and gold.path in errors:
            entry["errors"] = errors[gold.path]
        files.append(entry)
    return {"files": files}
