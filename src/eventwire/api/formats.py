"""Which output format a request wants: `format=` first, then the Accept header.

The query yields events; the format is chosen only here, at the edge.
"""
from __future__ import annotations

from .problems import ApiError

MEDIA_TYPES: dict[str, str] = {
    "json": "application/json",
    "csv": "text/csv",
    "geojson": "application/geo+json",
}
_BY_MEDIA = {media: name for name, media in MEDIA_TYPES.items()}
_BY_MEDIA.update({"application/vnd.geo+json": "geojson", "application/*": "json", "text/*": "csv", "*/*": "json"})


def _accept_items(header: str) -> list[tuple[float, int, str]]:
    items = []
    for position, part in enumerate(header.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media:
            items.append((q, -position, media.lower()))
    return sorted(items, reverse=True)


def choose_format(format_param: str | None, accept: str | None) -> str:
    """'json', 'csv' or 'geojson'; 400 for an unknown `format=`, 406 for an Accept we cannot meet."""
    if format_param is not None and format_param.strip():
        name = format_param.strip().lower()
        if name not in MEDIA_TYPES:
            raise ApiError(400, "bad_parameter",
                           f"format: expected one of {', '.join(MEDIA_TYPES)}, got {format_param[:40]!r}", "format")
        return name
    if not accept or not accept.strip():
        return "json"
    for q, _, media in _accept_items(accept):
        if q > 0 and media in _BY_MEDIA:
            return _BY_MEDIA[media]
    raise ApiError(406, "not_acceptable",
                   f"cannot answer with {accept[:80]!r}; ask for one of {', '.join(MEDIA_TYPES.values())} "
                   "or use format=json|csv|geojson")
