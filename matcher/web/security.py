"""What keeps the web app safe: headers, CSRF tokens, sign-in for recruiter pages.

- Every response carries a strict Content-Security-Policy (no inline script or style,
  nothing from other origins), `X-Content-Type-Options: nosniff`, `Referrer-Policy:
  no-referrer` and `X-Frame-Options: DENY`.
- Every form carries a CSRF token tied to the signed session; a POST without the right
  one is refused (403) before anything reads the upload.
- Bound to an address other than loopback, recruiter and rules-author pages ask for the
  configured access token; applicants' self-check pages stay open (they store nothing).
- A number taken from a request (a page, an applicant, a list index, a level) is at most
  `MAX_NUMBER` (`small_number`): Python refuses to convert more than 4,300 digits and
  SQLite more than 2**63, either of which would be a server error instead of a page.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'; connect-src 'self'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
LOOPBACK = {"127.0.0.1", "localhost", "::1"}

Scope = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]], Awaitable[None]]


class SecurityHeaders:
    """ASGI middleware adding the headers above to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(
        self, scope: Scope, receive: Callable[[], Awaitable[Any]], send: Callable[[Any], Awaitable[None]]
    ) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [h for h in message["headers"] if h[0] not in dict(HEADERS)] + HEADERS
            await send(message)

        await self.app(scope, receive, with_headers)


def csrf_token(session: MutableMapping[str, Any]) -> str:
    """The session's CSRF token (made on first use)."""
    token = session.get("csrf")
    if not isinstance(token, str):
        token = session["csrf"] = secrets.token_urlsafe(32)
    return token


def csrf_ok(session: MutableMapping[str, Any], submitted: object) -> bool:
    expected = session.get("csrf")
    return isinstance(expected, str) and isinstance(submitted, str) and hmac.compare_digest(expected, submitted)


def needs_sign_in(host: str, token: str | None) -> bool:
    """Recruiter pages need a sign-in when the app listens beyond this machine."""
    return host not in LOOPBACK or token is not None


def token_ok(configured: str | None, given: object) -> bool:
    return configured is not None and isinstance(given, str) and hmac.compare_digest(configured, given)


MAX_NUMBER = 10**9 - 1  # nine digits: more pages, applicants or entries than any run has


def small_number(text: str) -> int | None:
    """`text` as a number if it is ASCII digits and at most MAX_NUMBER, else None."""
    if text.isascii() and text.isdecimal() and len(text) <= len(str(MAX_NUMBER)):
        return int(text)
    return None
