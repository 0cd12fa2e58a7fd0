"""The gate of the dev surface (everything under ``/__torque/``): only the developer gets in.

The dev routes can rewrite the model file, so a web page the developer happens
to open must not reach them — neither directly (a cross-site form post) nor
through DNS rebinding. ``DevGuard`` admits a request only when all of these hold:

* ``Host`` is a loopback name or the address watch is bound to (this machine's
  names when bound to all interfaces) — otherwise **421**;
* ``Origin``, when sent, is one of those hosts — otherwise **403**
  (both checks: :class:`torquec.runtime.hostguard.HostPolicy`, as for ``/rpc``);
* the request carries the session's secret — otherwise **401**. The secret is
  printed in the URL watch shows (``http://127.0.0.1:8000/?token=…``, the way
  Jupyter does); opening that URL stores it in an ``HttpOnly; SameSite=Strict``
  cookie and redirects to the URL without it, so the page's own requests
  (``dev.js``, the event stream) carry it from then on. Tools send it as
  ``Authorization: Bearer <secret>``, ``X-Torque-Dev-Token`` or ``?token=``.
  ``TORQUE_DEV_TOKEN`` fixes the secret (editor integrations); else it is new
  for every session;
* a request with a body says ``Content-Type: application/json`` — otherwise **415**.

Checks run before the body is read, so a refused request changes nothing.

API for every dev surface (the dev routes, later the Studio at ``/__torque/studio/``)::

    guard = DevGuard(bind_host="127.0.0.1", port=8000)
    app = guard.protect(asgi_app)          # refuses what the rules above refuse
    guard.refusal(scope)                    # -> Refusal | None, for custom routing
    guard.is_sign_in(scope) / await guard.sign_in(scope, send)   # the ?token= visit
    guard.url("http://127.0.0.1:8000/")     # the URL to print
"""

from __future__ import annotations

import hmac
import os
import secrets
from typing import Any, Awaitable, Callable, Mapping
from urllib.parse import parse_qsl, urlencode

from torquec.runtime.hostguard import Guarded, HostPolicy, Refusal, is_loopback, machine_names, send_refusal

__all__ = ["DEV_PREFIX", "DevGuard"]

DEV_PREFIX = "/__torque/"
# Dev-surface pages a person opens from the printed URL (the sign-in visit may land on them).
DEV_PAGES = {"/__torque/studio/"}
_WILDCARD = {"0.0.0.0", "::", "[::]", ""}
_BODYLESS = {"GET", "HEAD", "OPTIONS"}


class DevGuard:
    def __init__(self, *, bind_host: str, port: int, secret: str | None = None,
                 environ: Mapping[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        self.secret = secret or env.get("TORQUE_DEV_TOKEN") or secrets.token_urlsafe(32)
        self._secret_bytes = self.secret.encode()
        # Cookies are per host, not per port: two watch sessions on one machine must not clobber each other.
        self.cookie_name = f"torque_dev_{port}"
        hosts: list[str] = []
        if bind_host in _WILDCARD:
            hosts += machine_names()
        elif not is_loopback(bind_host):
            hosts.append(bind_host)
        self.policy = HostPolicy(hosts)

    # ------------------------------------------------------------------ the decision

    def refusal(self, scope: Mapping[str, Any]) -> Refusal | None:
        """Why a dev request is refused (``None``: admitted). Reads headers only."""
        refused = self.policy.refusal(scope)
        if refused is not None:
            return refused
        if not self._has_secret(scope):
            return Refusal(401, "this is the dev surface of `torquec watch`: open the URL watch printed "
                                "(it carries the session's token), or send the token as `Authorization: Bearer …`")
        if scope["type"] == "http" and scope.get("method", "GET") not in _BODYLESS:
            ctype = _header(scope, b"content-type") or ""
            if ctype.split(";", 1)[0].strip().lower() != "application/json":
                return Refusal(415, "dev requests with a body must be sent as Content-Type: application/json")
        return None

    def _has_secret(self, scope: Mapping[str, Any]) -> bool:
        for candidate in self._offered_secrets(scope):
            if hmac.compare_digest(candidate.encode(), self._secret_bytes):
                return True
        return False

    def _offered_secrets(self, scope: Mapping[str, Any]):
        auth = _header(scope, b"authorization")
        if auth and auth[:7].lower() == "bearer ":
            yield auth[7:].strip()
        header = _header(scope, b"x-torque-dev-token")
        if header:
            yield header.strip()
        cookie = _header(scope, b"cookie")
        if cookie:
            # Split by hand: other apps on localhost share this cookie jar, and one cookie
            # SimpleCookie cannot parse (JSON, quotes) would make it drop ours too.
            for part in cookie.split(";"):
                name, sep, value = part.strip().partition("=")
                if sep and name == self.cookie_name:
                    yield value
        token = _query_token(scope)
        if token:
            yield token

    def protect(self, app: Callable[..., Awaitable[None]]) -> "Guarded":
        """The ASGI ``app`` behind this guard (HTTP and WebSocket scopes); mountable as a Starlette route."""
        return Guarded(self, app)

    # ------------------------------------------------------------------ the first visit

    def url(self, base: str) -> str:
        return f"{base}{'&' if '?' in base else '?'}token={self.secret}"

    def is_sign_in(self, scope: Mapping[str, Any]) -> bool:
        """A page visit (GET, outside the dev prefix or of a dev page) carrying this session's secret in ``?token=``."""
        path = scope.get("path", "")
        if scope["type"] != "http" or scope.get("method") != "GET" or (
                path.startswith(DEV_PREFIX) and path not in DEV_PAGES):
            return False
        token = _query_token(scope)
        return bool(token) and hmac.compare_digest(token.encode(), self._secret_bytes)

    async def sign_in(self, scope: Mapping[str, Any], send) -> None:
        """Remember the secret in a cookie and redirect to the same URL without it (kept out
        of the history and of ``Referer`` headers). Host and Origin are checked first."""
        refused = self.policy.refusal(scope)
        if refused is not None:
            await send_refusal(scope, send, refused.status, refused.message)
            return
        rest = [(k, v) for k, v in parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
                if k != "token"]
        location = scope.get("path", "/") + (f"?{urlencode(rest)}" if rest else "")
        cookie = f"{self.cookie_name}={self.secret}; Path=/; HttpOnly; SameSite=Strict"
        await send({"type": "http.response.start", "status": 303, "headers": [
            (b"location", location.encode("latin-1")), (b"set-cookie", cookie.encode("latin-1")),
            (b"cache-control", b"no-store"), (b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})


def _header(scope: Mapping[str, Any], name: bytes) -> str | None:
    for k, v in scope.get("headers") or ():
        if k == name:
            return v.decode("latin-1")
    return None


def _query_token(scope: Mapping[str, Any]) -> str | None:
    qs = scope.get("query_string", b"")
    if b"token=" not in qs:
        return None
    for k, v in parse_qsl(qs.decode("latin-1"), keep_blank_values=True):
        if k == "token":
            return v
    return None
