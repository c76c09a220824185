"""The HTTP app: GET /events, /events/{id}, /stats, POST /reports, and the map page at /.

`create_app(settings)` builds a FastAPI app over one store. Handlers only parse, call the
store or the pipeline, and choose the output format; every failure leaves as the one JSON
error shape of `problems`. Filters reach the store as values in an `EventQuery`, which
binds them as SQL parameters.
"""
from __future__ import annotations

import contextlib
import os
import re
import threading
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import orjson
from fastapi import FastAPI, Path as PathParam, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from .. import __version__
from ..codebook import EVENT_TYPES, SUB_EVENT_TYPES
from ..records import Event
from . import problems
from .auth import require_token
from .cache import EventCache, Rendered, ResponseCache
from .formats import MEDIA_TYPES, choose_format
from .params import FILTER_PARAMS, PAGE_PARAMS, SORT_KEYS, Filters, parse_filters, parse_page, single_values
from .problems import ERROR_SCHEMA, ApiError
from .provenance import provenance
from .reports import parse_reports
from .settings import ServeSettings

STATIC = Path(__file__).parent / "static"
STATS_GROUPS = ("day", "week", "month", "year", "event_type", "sub_event_type", "admin1", "country")
_STATS_ALIASES = {"type": "event_type", "sub_type": "sub_event_type"}
ID_PATTERN = re.compile(r"[A-Za-z0-9_.:\-]{1,128}")


class StoreGate:
    """The one store of the server. Reads run on the server's threads (the store opens a
    cursor per call), but at most `readers` at once: DuckDB already spreads one query over
    the cores, and more concurrent queries than cores only add contention. Writes from
    POST /reports take `write_lock`, one batch at a time."""

    def __init__(self, store: Any, readers: int | None = None):
        self.store = store
        self.write_lock = threading.Lock()
        self._readers = threading.BoundedSemaphore(readers or os.cpu_count() or 2)

    def get(self):
        return self.store

    @contextlib.contextmanager
    def reading(self):
        with self._readers:
            yield self.store

    def close(self) -> None:
        self.store.close()


def event_query(filters: Filters, **page):
    """The store's query object for validated filters (values bound later, never formatted)."""
    from ..store import EventQuery

    values = asdict(filters)
    return EventQuery(**values, **page)


_EVENT_FIELDS = tuple(f.name for f in fields(Event) if f.name != "evidence")


def event_dict(event: Event) -> dict:
    """`Event.to_dict()` without `asdict`'s deep copy, which is most of the JSON time of a page."""
    data = {name: getattr(event, name) for name in _EVENT_FIELDS}
    data["evidence"] = [{"field": e.field, "start": e.start, "end": e.end, "text": e.text} for e in event.evidence]
    return data


def _next_link(request: Request, offset: int, limit: int, total: int) -> str | None:
    if offset + limit >= total:
        return None
    params = dict(request.query_params)
    params["offset"] = str(offset + limit)
    params["limit"] = str(limit)
    return f"{request.url.path}?{urlencode(params)}"


def _check_id(event_id: str) -> str:
    if not ID_PATTERN.fullmatch(event_id):
        raise ApiError(400, "bad_parameter", "id: event ids are 1-128 letters, digits or . _ : -", "id")
    return event_id


_FILTER_DOCS: dict[str, str] = dict(
    date_from="Earliest event date, YYYY-MM-DD (inclusive).",
    date_to="Latest event date, YYYY-MM-DD (inclusive).",
    bbox="Bounding box min_lon,min_lat,max_lon,max_lat.",
    country="Country name or ISO3 code (case-insensitive).",
    admin1="First-level region name (case-insensitive).",
    event_type=f"One of: {', '.join(EVENT_TYPES)}.",
    sub_event_type="An ACLED sub-event type, e.g. 'Armed clash'.",
    actor="Substring of any actor or associated actor (case-insensitive).",
    min_fatalities="Only events with at least this many fatalities.",
    q="Free text: every word must occur in the notes, actors or place names.",
)


def _documented(docs: dict[str, str]) -> dict:
    """OpenAPI entries for query parameters that the handler reads from the query string itself
    (`single_values`, `parse_filters`): declared as function parameters, FastAPI would parse and
    validate each of them on every request, most of the time of an answer already kept."""
    return {"parameters": [{"name": name, "in": "query", "required": False, "description": text,
                            "schema": {"type": "string"}} for name, text in docs.items()]}


def create_app(settings: ServeSettings, store: Any = None) -> FastAPI:
    """The app over `store`, or over the store at `settings.db`, opened (and created) now
    so that a bad path fails at start-up rather than on the first request."""
    token = settings.bearer_token()
    if store is None:
        from ..store import connect, is_server_url

        # Without a token nothing can be written: open read-only, so several servers can share the store.
        existing = is_server_url(settings.db) or Path(settings.db).exists()
        store = connect(settings.db, read_only=token is None and existing)
    gate = StoreGate(store)
    cache = ResponseCache(store)
    kept_events = EventCache(store)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        gate.close()

    app = FastAPI(
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        title="eventwire",
        version=__version__,
        description="ACLED-style events extracted from news reports, with the sentence and words behind every field. "
        "Reads are open" + (" only with the bearer token" if settings.private_reads else "")
        + "; POST /reports needs the bearer token set at start-up. Errors share one shape: "
        '{"error": {"status", "code", "message", "field"}}.',
        responses={400: ERROR_SCHEMA},
    )
    # The page loads nothing from elsewhere, except map tiles when a tile URL is configured.
    page_csp = ("default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:"
                + (" https: http:" if settings.tile_url else "")
                + "; connect-src 'self'; object-src 'none'; base-uri 'none'")
    app.state.settings = settings
    app.state.gate = gate
    app.state.cache = cache
    problems.install(app)

    def guard_read(request: Request) -> None:
        if settings.private_reads:
            require_token(request.headers.get("authorization"), token, "reading")

    def filters_of(request: Request, extra: tuple[str, ...]) -> tuple[dict[str, str], Filters]:
        values = single_values(list(request.query_params.multi_items()), FILTER_PARAMS + extra)
        return values, parse_filters(values)

    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(STATIC / "index.html", media_type="text/html",
                            headers={"Content-Security-Policy": page_csp})

    @app.get("/docs", include_in_schema=False)
    def docs():
        """Swagger UI from the files installed with the project, so the docs work offline."""
        from fastapi.openapi.docs import get_swagger_ui_html

        return get_swagger_ui_html(openapi_url="/openapi.json", title="eventwire API",
                                   swagger_js_url="/static/vendor/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    @app.get("/config", summary="Settings the map page needs, and the codebook's types", tags=["page"])
    def config(request: Request):
        guard_read(request)
        return {
            "version": __version__,
            "tile_url": settings.tile_url,
            "tile_attribution": settings.tile_attribution,
            "map_limit": settings.map_limit,
            "max_limit": settings.max_limit,
            "event_types": list(EVENT_TYPES),
            "sub_event_types": list(SUB_EVENT_TYPES),
            "sort_keys": list(SORT_KEYS),
            "formats": MEDIA_TYPES,
            "writes_enabled": bool(token),
        }

    @app.get(
        "/events",
        summary="Events matching the filters, one page at a time",
        tags=["events"],
        responses={
            200: {"content": {"application/json": {}, "text/csv": {}, "application/geo+json": {}},
                  "description": "JSON {total, limit, offset, next, events}, ACLED CSV or a GeoJSON FeatureCollection"},
            406: ERROR_SCHEMA,
        },
        openapi_extra=_documented({
            **_FILTER_DOCS,
            "sort": f"Sort key, '-' first for descending: {', '.join(SORT_KEYS)}. Default -event_date.",
            "limit": f"Page size, 1 to {settings.max_limit}; default 100.",
            "offset": "Events to skip (offset pagination); JSON answers carry the `next` page's URL.",
            "format": "json, csv (ACLED columns) or geojson; wins over the Accept header.",
        }),
    )
    def list_events(request: Request):
        guard_read(request)
        key = ("events", request.url.query, request.headers.get("accept"))
        kept = cache.get(key)
        if kept is not None:
            return kept.response()
        generation = cache.generation()     # before the query: a write meanwhile makes the answer stale
        parsed = filters_of(request, PAGE_PARAMS)
        rendered = _render_events(request, gate, kept_events, parsed, settings.max_limit)
        cache.put(key, generation, rendered)
        return rendered.response()

    @app.get(
        "/events/{event_id}",
        summary="One event with its provenance: report, source sentence and the span behind each field",
        tags=["events"],
        responses={404: ERROR_SCHEMA},
    )
    def get_event(request: Request, event_id: str = PathParam(..., description="The event's id.")):
        guard_read(request)
        _check_id(event_id)
        with gate.reading() as store:
            event = store.get(event_id)
            sources = store.sources(event_id) if event is not None else []
            wanted = dict.fromkeys([event.article_id] + [s.article_id for s in sources]) if event is not None else {}
            articles = [a for a in (store.article(i) for i in wanted if i) if a is not None]
        if event is None:
            raise ApiError(404, "not_found", f"no event with id {event_id!r}; GET /events lists the ids")
        # every report that told the event, first report first
        return {"event": event_dict(event), "provenance": provenance(event, articles, sources)}

    @app.get("/stats", summary="Counts and fatalities grouped by day, week, type, admin1, ... for the same filters",
             tags=["events"], openapi_extra=_documented({
                 "by": f"Grouping: {', '.join(STATS_GROUPS)} (several joined by commas); "
                       "default day,week,event_type,admin1.",
                 **_FILTER_DOCS}))
    def stats(request: Request):
        guard_read(request)
        key = ("stats", request.url.query)
        kept = cache.get(key)
        if kept is not None:
            return kept.response()
        generation = cache.generation()
        values, filters = filters_of(request, ("by",))
        groups = [g.strip() for g in (values.get("by") or "day,week,event_type,admin1").split(",") if g.strip()]
        groups = [_STATS_ALIASES.get(g, g) for g in groups]
        for group in groups:
            if group not in STATS_GROUPS:
                raise ApiError(400, "bad_parameter",
                               f"by: unknown grouping {group[:40]!r}; one of {', '.join(STATS_GROUPS)}", "by")
        result = _count_groups(gate, event_query(filters), groups)
        if len(groups) == 1:
            result["by"] = groups[0]
            result["rows"] = result[groups[0]]
        rendered = Rendered(_dumps(result), "application/json")
        cache.put(key, generation, rendered)
        return rendered.response()

    @app.post(
        "/reports",
        summary="Extract events from one report (JSON) or a batch (JSONL) and store them",
        tags=["reports"],
        status_code=201,
        responses={401: ERROR_SCHEMA, 403: ERROR_SCHEMA, 413: ERROR_SCHEMA, 415: ERROR_SCHEMA},
        openapi_extra={"requestBody": {"required": True, "content": {
            "application/json": {"example": {"text": "KABUL, March 3 (Wire) - ...", "published": "2024-03-03",
                                             "id": "doc-1"}},
            "application/x-ndjson": {"example": '{"text": "..."}\n{"text": "..."}'},
            "text/plain": {"example": "KABUL, March 3 (Wire) - ..."},
        }}},
    )
    async def post_reports(request: Request):
        require_token(request.headers.get("authorization"), token, "POST /reports")
        body = await _read_body(request, settings.max_body_bytes)
        reports = parse_reports(body, request.headers.get("content-type"), settings.max_body_bytes)
        return JSONResponse(await run_in_threadpool(_ingest, gate, reports), status_code=201)

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _describe_errors_as_served(app)
    return app


def _describe_errors_as_served(app: FastAPI) -> None:
    """FastAPI documents a 422 on every route; this API answers bad input with a 400 in its own shape."""
    build = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = build()
            for operations in schema.get("paths", {}).values():
                for operation in operations.values():
                    operation.get("responses", {}).pop("422", None)
            for name in ("HTTPValidationError", "ValidationError"):
                schema.get("components", {}).get("schemas", {}).pop(name, None)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi


def _render_events(request: Request, gate: StoreGate, kept: EventCache, parsed: tuple[dict[str, str], Filters],
                   max_limit: int) -> Rendered:
    """One page of GET /events in the format asked for, rendered to bytes."""
    values, filters = parsed
    fmt = choose_format(values.get("format"), request.headers.get("accept"))
    page = parse_page(values, max_limit)
    query = event_query(filters, sort=page.sort, limit=page.limit, offset=page.offset)
    fragments: list[bytes] = []
    with gate.reading() as store:
        if kept.enabled:     # the page's ids and total in one query; whole rows only for events not kept
            from ..store import EventQuery

            ids, total = store.page_ids(query)
            pairs = kept.events(ids, lambda missing: store.query(EventQuery(ids=missing)), _event_json)
            events, fragments = [e for e, _ in pairs], [j for _, j in pairs]
        else:
            events = list(store.query(query))
            total = store.count(event_query(filters)) if fmt == "json" else None
            fragments = [_event_json(e) for e in events] if fmt == "json" else []
        timestamps = store.timestamps([e.id for e in events]) if fmt == "csv" and events else None
    if fmt == "csv":
        from ..export import to_acled_csv

        return Rendered(to_acled_csv(events, timestamps).encode("utf-8"), "text/csv; charset=utf-8",
                        {"Content-Disposition": 'inline; filename="events.csv"'})
    if fmt == "geojson":
        from ..export import to_geojson_dict

        return Rendered(_dumps(to_geojson_dict(events)), "application/geo+json")
    head = _dumps({"total": total, "limit": page.limit, "offset": page.offset, "sort": page.sort,
                   "next": _next_link(request, page.offset, page.limit, total)})
    return Rendered(head[:-1] + b',"events":[' + b",".join(fragments) + b"]}", "application/json")


def _count_groups(gate: StoreGate, query, groups: list[str]) -> dict[str, Any]:
    """GET /stats: the total and the rows of each grouping."""
    with gate.reading() as store:
        result: dict[str, Any] = {"total": store.count(query)}
        for group in groups:
            result[group] = _stat_rows(store.stats(query, by=group))
    return result


def _event_json(event: Event) -> bytes:
    return _dumps(event_dict(event))


def _dumps(body: Any) -> bytes:
    """JSON bytes straight from plain dicts, by orjson: FastAPI's per-field encoder and the json
    module are most of the time of a big page. Dates and anything else unusual go through str()."""
    return orjson.dumps(body, default=str, option=orjson.OPT_PASSTHROUGH_DATETIME)


def _stat_rows(rows: Any) -> list[dict]:
    """The store's grouped rows as [{key, events, fatalities}]."""
    out = []
    for row in rows:
        if isinstance(row, dict):
            out.append({"key": row.get("key"), "events": row.get("events", row.get("count")),
                        "fatalities": row.get("fatalities")})
        else:
            key, events, fatalities = (list(row) + [None, None, None])[:3]
            out.append({"key": key, "events": events, "fatalities": fatalities})
    return out


async def _read_body(request: Request, limit: int) -> bytes:
    """The body, refused with 413 as soon as it passes `limit` bytes (declared or streamed)."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            raise ApiError(400, "bad_request", "Content-Length is not a number") from None
        if size > limit:
            raise ApiError(413, "payload_too_large",
                           f"the body has {size} bytes; the limit is {limit} (split the batch)")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, "payload_too_large", f"the body passes the limit of {limit} bytes (split the batch)")
        chunks.append(chunk)
    return b"".join(chunks)


def _ingest(gate: StoreGate, reports: list) -> dict:
    """Run the pipeline over validated reports and store what it finds; one writer at a time."""
    from .reports import store_reports

    with gate.write_lock:
        return store_reports(gate.get(), reports)
