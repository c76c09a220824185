"""POST /reports bodies -> `RawReport`s, all validated before anything is extracted.

One report as a JSON object (`{"text": ..., "published": ..., "id": ..., "title": ..., "url": ...,
"source": ...}`), a JSON array of them, a JSONL batch (one object per line), or plain text.
A batch with any malformed record is refused whole, naming each bad line, so a client
never has to work out which half of its batch was stored; so is one whose coding fails inside
eventwire (a 500 naming the record), and the batch is stored in one transaction.
"""
from __future__ import annotations

import io
import json

from ..errors import CodingError, InputError
from ..ingest.batch import iter_jsonl, record_to_report
from ..records import RawReport
from .problems import ApiError

JSONL_TYPES = ("application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/json-seq")
ORIGIN = "<POST /reports>"
MAX_LISTED_ERRORS = 5


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def _refuse(errors: list[InputError]) -> ApiError:
    shown = "; ".join(f"line {e.line}: {e.reason}" if e.line else e.reason for e in errors[:MAX_LISTED_ERRORS])
    more = f" (and {len(errors) - MAX_LISTED_ERRORS} more)" if len(errors) > MAX_LISTED_ERRORS else ""
    return ApiError(400, "malformed_report", f"nothing was stored: {shown}{more}")


def parse_reports(body: bytes, content_type: str | None, max_bytes: int) -> list[RawReport]:
    """The reports in a request body, or a 400 that names every bad record."""
    kind = media_type(content_type)
    if not body.strip():
        raise ApiError(400, "malformed_report", "the request body is empty; send a JSON report or a JSONL batch")
    if kind in JSONL_TYPES:
        items = list(iter_jsonl(io.BytesIO(body), ORIGIN, None, max_bytes))
    elif kind in ("application/json", ""):
        try:
            data = json.loads(body.decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            raise ApiError(400, "malformed_report", f"the body is not valid UTF-8 (byte offset {exc.start})") from None
        except json.JSONDecodeError as exc:
            raise ApiError(400, "malformed_report",
                           f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}; "
                           "for a batch, send one object per line as application/x-ndjson") from None
        records = data if isinstance(data, list) else [data]
        if not records:
            raise ApiError(400, "malformed_report", "the JSON array is empty")
        items = []
        for number, record in enumerate(records, start=1):
            try:
                items.append(record_to_report(record, ORIGIN, number, None, max_bytes))
            except InputError as exc:
                items.append(exc)
    elif kind == "text/plain":
        try:
            text = body.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ApiError(400, "malformed_report", f"the body is not valid UTF-8 (byte offset {exc.start})") from None
        items = [RawReport(text=text.replace("\r\n", "\n"), origin=ORIGIN, line=1)]
    else:
        raise ApiError(415, "unsupported_media_type",
                       f"cannot read {kind!r}; send application/json, application/x-ndjson or text/plain")
    errors = [item for item in items if isinstance(item, InputError)]
    if errors:
        raise _refuse(errors)
    if not items:
        raise ApiError(400, "malformed_report", "the batch holds no report")
    return items


def _refuse_coded(failures: list) -> ApiError:
    """Coding failures -> 500 if any record failed inside eventwire, else 400; nothing stored either way."""
    shown = "; ".join(f"line {r.report.line}: {getattr(r.error, 'reason', r.error)}" if r.report.line
                      else str(r.error) for r in failures[:MAX_LISTED_ERRORS])
    more = f" (and {len(failures) - MAX_LISTED_ERRORS} more)" if len(failures) > MAX_LISTED_ERRORS else ""
    if any(isinstance(r.error, CodingError) for r in failures):
        return ApiError(500, "internal_error", f"nothing was stored: coding failed inside eventwire (a bug, "
                                               f"please report it): {shown}{more}")
    return ApiError(400, "malformed_report", f"nothing was stored: {shown}{more}")


def store_reports(store, reports: list[RawReport]) -> dict:
    """Code every report, then store them all in one transaction, or none if any fails."""
    import eventwire

    results = list(eventwire.pipe(reports, on_error="skip"))
    failures = [r for r in results if r.error is not None]
    if failures:
        raise _refuse_coded(failures)
    added = {a.article_id: a for a in store.add_batch([(r.article, r.events) for r in results])}
    stored = merged = 0
    rows = []
    for result in results:
        joined = added[result.article.id].merged if result.article.id in added else 0
        stored += len(result.events) - joined
        merged += joined
        rows.append({"line": result.report.line, "doc_id": result.report.doc_id, "article_id": result.article.id,
                     "events": [e.id for e in result.events], "merged": joined})
    # "merged": events another report had already told; they joined that event
    return {"reports": len(reports), "events_stored": stored, "events_merged": merged, "errors": [],
            "results": rows}
