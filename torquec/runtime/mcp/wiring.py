"""Mounting the MCP endpoint into a generated app (the one seam in ``build_app``).

    from torquec.runtime.mcp.wiring import mount_mcp
    mount_mcp(app, mcp_tools.SPEC, dispatcher=rpc, authenticator=auth, allowed_hosts=[...])

The MCP tools call the app's JSON-RPC method table through
``Dispatcher.call`` with a :class:`~torquec.runtime.api.CallContext` whose
``transport`` is ``"mcp"``: the same authentication hook, params validation,
service methods, permissions, transactions, error kinds and ``on_call``
metrics as ``POST /rpc``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from torquec.runtime.errors import UnauthorizedError

from .server import TorqueMcp
from .spec import McpSpec

__all__ = ["DispatcherHost", "env_list", "mount_mcp", "with_mcp"]


def env_list(name: str, environ: Any = None) -> list[str]:
    env = os.environ if environ is None else environ
    return [p.strip() for p in (env.get(name) or "").split(",") if p.strip()]


def _machine_names() -> list[str]:
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


class DispatcherHost:
    """:class:`~torquec.runtime.mcp.server.McpHost` over a JSON-RPC ``Dispatcher``."""

    def __init__(self, dispatcher: Any, authenticator: Any, context_factory: Any = None) -> None:
        self.dispatcher = dispatcher
        self.authenticator = authenticator
        if context_factory is None:
            from torquec.runtime.api import CallContext

            context_factory = CallContext
        self.context_factory = context_factory

    async def authenticate(self, token: str) -> Any | None:
        try:
            principal = self.authenticator.principal_for(token)
        except UnauthorizedError:
            return None
        return _Caller(token, principal)

    def role_of(self, caller: Any) -> str | None:
        if caller is None:
            return None
        return getattr(caller.principal, "role", None)

    async def call(self, method: str, params: dict[str, Any], caller: Any) -> Any:
        if caller is None:
            ctx = self.context_factory(transport="mcp")
        else:
            ctx = self.context_factory(token=caller.token, principal=caller.principal, transport="mcp")
        return await self.dispatcher.call(method, params, ctx)

    @property
    def methods(self) -> list[str]:
        return list(self.dispatcher.method_names)


class _Caller:
    __slots__ = ("token", "principal")

    def __init__(self, token: str, principal: Any) -> None:
        self.token = token
        self.principal = principal


def mount_mcp(
    app: Any,
    spec: McpSpec,
    *,
    dispatcher: Any,
    authenticator: Any,
    allowed_hosts: Iterable[str] = (),
    public_url: str | None = None,
    environ: Any = None,
    **options: Any,
) -> TorqueMcp:
    """Serve ``spec`` at ``/mcp`` of ``app`` (routes + lifespan) and return the endpoint.

    Host names accepted besides loopback: ``allowed_hosts`` plus
    ``TORQUE_ALLOWED_HOSTS`` (comma-separated ``host`` or ``host:port``).
    ``TORQUE_PUBLIC_URL`` (e.g. ``https://api.example.com``) fixes the URLs of
    the protected-resource metadata; ``TORQUE_AUTHORIZATION_SERVERS`` lists
    the OAuth authorization servers that issue tokens for this app.
    """
    env = os.environ if environ is None else environ
    host = DispatcherHost(dispatcher, authenticator)
    hosts = [*allowed_hosts, *env_list("TORQUE_ALLOWED_HOSTS", env)]
    if spec.auth:
        # Apps with auth may listen beyond loopback (`torquec serve --host 0.0.0.0`):
        # accept this machine's own names too. Tokens guard the endpoint either way.
        hosts += _machine_names()
    if public_url is None and env.get("TORQUE_PUBLIC_URL"):
        public_url = env["TORQUE_PUBLIC_URL"]
    if public_url:
        from urllib.parse import urlsplit

        netloc = urlsplit(public_url).netloc
        if netloc:
            hosts.append(netloc)
    options.setdefault("authorization_servers", env_list("TORQUE_AUTHORIZATION_SERVERS", env))
    if "list_ttl_ms" not in options and env.get("TORQUE_MCP_LIST_TTL_MS", "").isdigit():
        options["list_ttl_ms"] = int(env["TORQUE_MCP_LIST_TTL_MS"])
    endpoint = TorqueMcp(
        spec,
        host,
        allowed_hosts=hosts,
        public_url=public_url,
        methods=host.methods,
        **options,
    )
    endpoint.install(app)
    return endpoint




def with_mcp(spec: McpSpec, configure: Any = None, **options: Any) -> Any:
    """A ``build_app(configure=…)`` hook that mounts ``spec`` at ``/mcp`` (then runs ``configure``).

    Generated ``app.py`` files pass ``configure=with_mcp(mcp_tools.SPEC, …)``:
    at that point the app's dispatcher (with every method, flows included)
    and authenticator exist.
    """

    def hook(rt: Any, app: Any) -> None:
        rt.mcp = mount_mcp(app, spec, dispatcher=rt.dispatcher, authenticator=rt.auth, **options)
        publishers = getattr(getattr(rt, "service", None), "publishers", None)
        if publishers is not None:  # record changes -> resources/updated notifications
            publishers.append(rt.mcp.publish_changes)
        if configure is not None:
            configure(rt, app)

    return hook
