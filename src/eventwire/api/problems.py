"""The API's one JSON error shape, and the handlers that turn every failure into it.

    {"error": {"status": 400, "code": "bad_parameter", "message": "...", "field": "bbox"}}

Clients branch on `code`; people read `message`, which says what to do.
"""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import EventwireError, InputError, StoreError

log = logging.getLogger("eventwire.api")

_CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    406: "not_acceptable", 413: "payload_too_large", 415: "unsupported_media_type", 500: "internal_error",
    503: "unavailable",
}


class ApiError(Exception):
    """A refusal with a status, a stable code and a message that says how to fix the request."""

    def __init__(self, status: int, code: str, message: str, field: str | None = None, headers: dict | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.field = field
        self.headers = headers


def error_body(status: int, code: str, message: str, field: str | None = None) -> dict:
    error = {"status": status, "code": code, "message": message}
    if field:
        error["field"] = field
    return {"error": error}


def error_response(status: int, code: str, message: str, field: str | None = None,
                   headers: dict | None = None) -> JSONResponse:
    return JSONResponse(error_body(status, code, message, field), status_code=status, headers=headers)


ERROR_SCHEMA = {
    "description": "An error, in the API's one shape",
    "content": {"application/json": {
        "example": error_body(400, "bad_parameter", "bbox: expected four numbers", "bbox")}},
}


def install(app: FastAPI) -> None:
    """Route every exception the app can meet to the one error shape."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return error_response(exc.status, exc.code, exc.message, exc.field, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = [str(p) for p in first.get("loc", ()) if p not in ("query", "path", "body", "header")]
        field = ".".join(where) or None
        message = first.get("msg", "invalid request")
        given = first.get("input")
        if field:
            message = f"{field}: {message}" + (f" (got {given!r})" if isinstance(given, (str, int, float)) else "")
        return error_response(400, "bad_parameter", message, field)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such path: {request.url.path}; see /docs for the endpoints"
        return error_response(exc.status_code, _CODES.get(exc.status_code, "error"), message,
                              headers=getattr(exc, "headers", None))

    @app.exception_handler(InputError)
    async def _input(request: Request, exc: InputError):
        return error_response(400, "bad_input", str(exc))

    from ..store.query import QueryError

    @app.exception_handler(QueryError)
    async def _query(request: Request, exc: QueryError):
        return error_response(400, "bad_parameter", str(exc), exc.parameter)

    @app.exception_handler(StoreError)
    async def _store(request: Request, exc: StoreError):
        log.error("store error on %s: %s", request.url.path, exc)
        return error_response(503, "store_error", f"the store failed: {exc}")

    @app.exception_handler(EventwireError)
    async def _eventwire(request: Request, exc: EventwireError):
        return error_response(400, "bad_request", str(exc))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unexpected error on %s", request.url.path)
        return error_response(500, "internal_error", "unexpected server error; the server log has the details")
