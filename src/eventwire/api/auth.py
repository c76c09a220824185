"""Bearer-token checks. Writes need the token configured at start-up; reads are open
unless the server was started with private reads."""
from __future__ import annotations

import hmac

from .problems import ApiError

_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="eventwire"'}


def require_token(authorization: str | None, token: str | None, action: str) -> None:
    """Raise 403 when no token is configured, 401 when the request's token is missing or wrong."""
    if not token:
        raise ApiError(403, "writes_disabled",
                       f"{action} is disabled: start the server with EVENTWIRE_TOKEN set or with --token-file FILE")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, "unauthorized", f"{action} needs the header 'Authorization: Bearer <token>'",
                       headers=_CHALLENGE)
    if not hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8")):
        raise ApiError(401, "unauthorized", "the bearer token is wrong", headers=_CHALLENGE)
