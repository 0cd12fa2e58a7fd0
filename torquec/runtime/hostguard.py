"""Host and Origin checks: the one guard against DNS rebinding and cross-site requests.

Used by ``/rpc``, ``/ws`` and ``/mcp`` of every generated app and by the dev
surface of ``torquec watch`` (``/__torque/…``, see ``torquec.watch.devguard``).

A web page on another site can make the browser send requests to an app on
``127.0.0.1``: directly (the browser adds an ``Origin`` header naming the page's
site) or through DNS rebinding (the page's own host name is made to resolve to
127.0.0.1, so the request carries ``Host: evil.example``). So:

* ``Host`` must be a loopback name, a configured host, or (for apps listening
  beyond loopback) one of this machine's names — otherwise **421**;
* ``Origin``, when present, must be ``http(s)://`` + one of those hosts (which
  covers the app's own origin) or a configured origin — otherwise **403**.
  Requests without ``Origin`` (curl, servers, same-origin GETs) are not
  cross-site browser requests and pass.

``HostPolicy(allowed_hosts, allowed_origins)`` holds the lists;
``HostPolicy.for_app(...)`` adds the environment (``TORQUE_ALLOWED_HOSTS``,
``TORQUE_ALLOWED_ORIGINS``, ``TORQUE_PUBLIC_URL``); ``policy.refusal(scope)``
says why a request is refused (``None``: admitted); ``policy.guard(app)`` wraps
an ASGI app (HTTP: a 421/403 response; WebSocket: closed before the handshake
completes, which the server answers with HTTP 403).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Awaitable, Callable
from urllib.parse import urlsplit

__all__ = ["LOOPBACK_HOSTS", "Guarded", "HostPolicy", "Refusal", "env_list", "is_loopback", "machine_names"]

LOOPBACK_HOSTS: tuple[str, ...] = ("127.0.0.1", "localhost", "[::1]")
_LOOPBACK_BIND = {"127.0.0.1", "localhost", "::1", "[::1]"}


def is_loopback(bind_host: str) -> bool:
    """Whether a listen address (``--host``) only accepts connections from this machine."""
    return bind_host in _LOOPBACK_BIND or bind_host.startswith("127.")


def env_list(name: str, environ: Mapping[str, str] | None = None) -> list[str]:
    env = os.environ if environ is None else environ
    return [p.strip() for p in (env.get(name) or "").split(",") if p.strip()]


def machine_names() -> list[str]:
    """This machine's host name, FQDN and the addresses they resolve to (best effort)."""
    import socket

    names: list[str] = []
    for n in (socket.gethostname(), socket.getfqdn()):
        if n and n not in names and n != "localhost":
            names.append(n)
    for n in list(names):
        try:
            addrs = socket.gethostbyname_ex(n)[2]
        except OSError:
            continue
        names += [a for a in addrs if a not in names and not a.startswith("127.")]
    return names


def _host_patterns(host: str) -> list[str]:
    """``example.com`` → any port; ``example.com:8443`` or ``[::1]:80`` → that port only."""
    host = host.strip().lower()
    if not host:
        return []
    if ":" in host and not host.startswith("[") and host.count(":") > 1:
        host = f"[{host}]"  # a bare IPv6 address
    if (host.startswith("[") and "]:" in host) or (not host.startswith("[") and ":" in host):
        return [host]
    return [host, f"{host}:*"]


def _matches(value: str, patterns: Iterable[str]) -> bool:
    for p in patterns:
        if value == p or (p.endswith(":*") and value.startswith(p[:-1]) and value[len(p) - 1:].isdigit()):
            return True
    return False


@dataclass(frozen=True)
class Refusal:
    status: int  # 421 (Host) or 403 (Origin)
    message: str


class HostPolicy:
    """Which ``Host`` and ``Origin`` header values a server accepts (see the module doc)."""

    def __init__(self, allowed_hosts: Iterable[str] = (), allowed_origins: Iterable[str] = ()) -> None:
        hosts: list[str] = []
        for h in (*LOOPBACK_HOSTS, *allowed_hosts):
            for p in _host_patterns(h):
                if p not in hosts:
                    hosts.append(p)
        origins: list[str] = []
        for o in (*(f"{s}://{p}" for p in hosts for s in ("http", "https")), *allowed_origins):
            o = o.strip().lower().rstrip("/")
            if o and o not in origins:
                origins.append(o)
        self.hosts: tuple[str, ...] = tuple(hosts)
        self.origins: tuple[str, ...] = tuple(origins)

    @classmethod
    def for_app(
        cls,
        *,
        allowed_hosts: Iterable[str] = (),
        allowed_origins: Iterable[str] = (),
        public_url: str | None = None,
        beyond_loopback: bool = False,
        environ: Mapping[str, str] | None = None,
    ) -> "HostPolicy":
        """The policy of a served app: arguments + ``TORQUE_ALLOWED_HOSTS`` / ``TORQUE_ALLOWED_ORIGINS``
        (comma-separated) + the host of ``public_url`` / ``TORQUE_PUBLIC_URL``. ``beyond_loopback``
        (an app with ``auth``, or one listening on a non-loopback address) adds this machine's names."""
        env = os.environ if environ is None else environ
        hosts = [*allowed_hosts, *env_list("TORQUE_ALLOWED_HOSTS", env)]
        if beyond_loopback:
            hosts += machine_names()
        public_url = public_url or env.get("TORQUE_PUBLIC_URL")
        origins = [*allowed_origins, *env_list("TORQUE_ALLOWED_ORIGINS", env)]
        if public_url:
            parts = urlsplit(public_url)
            if parts.netloc:
                hosts.append(parts.netloc)
                origins.append(f"{parts.scheme}://{parts.netloc}")
        return cls(hosts, origins)

    def host_allowed(self, host: str | None) -> bool:
        return bool(host) and _matches(host.strip().lower(), self.hosts)

    def origin_allowed(self, origin: str | None) -> bool:
        return origin is None or _matches(origin.strip().lower().rstrip("/"), self.origins)

    def refusal(self, scope: Mapping[str, Any]) -> Refusal | None:
        """Why the request of an ASGI ``scope`` is refused, or ``None``."""
        host = origin = None
        for k, v in scope.get("headers") or ():
            if k == b"host":
                host = v.decode("latin-1")
            elif k == b"origin":
                origin = v.decode("latin-1")
        if not self.host_allowed(host):
            return Refusal(421, f"Invalid Host header {host!r}: this server answers only to {', '.join(self.hosts[:4])}"
                                "… (configure TORQUE_ALLOWED_HOSTS)")
        if not self.origin_allowed(origin):
            return Refusal(403, f"Invalid Origin header {origin!r}: cross-site requests are refused "
                                "(configure TORQUE_ALLOWED_ORIGINS)")
        return None

    def guard(self, app: Callable[..., Awaitable[None]]) -> "Guarded":
        """The ASGI ``app`` behind this policy (HTTP and WebSocket scopes)."""
        return Guarded(self, app)


class Guarded:
    """An ASGI app behind a gate: a :class:`HostPolicy`, or anything with the same
    ``refusal(scope) -> Refusal | None`` (the dev surface's ``DevGuard``). A class, not a
    closure: Starlette's ``Route`` then mounts it as an ASGI app instead of wrapping it
    as an endpoint."""

    def __init__(self, policy: Any, app: Callable[..., Awaitable[None]]) -> None:
        self.policy = policy
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        refused = self.policy.refusal(scope) if scope["type"] in ("http", "websocket") else None
        if refused is None:
            await self.app(scope, receive, send)
        else:
            await send_refusal(scope, send, refused.status, refused.message)


async def send_refusal(scope: Mapping[str, Any], send, status: int, message: str, headers: Iterable[tuple[bytes, bytes]] = ()) -> None:
    """Answer an HTTP request with ``status`` and a JSON ``{"error": message}``; close a WebSocket
    before accepting it (the server turns that into an HTTP 403 response)."""
    if scope["type"] == "websocket":
        await send({"type": "websocket.close", "code": 1008, "reason": message[:120]})
        return
    import orjson

    body = orjson.dumps({"error": message})
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"cache-control", b"no-store"), *headers]})
    await send({"type": "http.response.body", "body": body})
