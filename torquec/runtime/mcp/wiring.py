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
from torquec.runtime.hostguard import HostPolicy, env_list

from .server import TorqueMcp
from .spec import McpSpec

__all__ = ["DispatcherHost", "env_list", "mount_mcp", "with_mcp"]


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

    def read_only_fields(self, caller: Any) -> Any:
        """entity -> fields the caller's role may read but not write (role ``readOnlyFields``)."""
        return getattr(caller.principal, "read_only", {}) if caller is not None else {}

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
    host_policy: HostPolicy | None = None,
    public_url: str | None = None,
    environ: Any = None,
    **options: Any,
) -> TorqueMcp:
    """Serve ``spec`` at ``/mcp`` of ``app`` (routes + lifespan) and return the endpoint.

    Host/Origin checks: ``host_policy`` (``build_app`` passes the app's, shared
    with ``/rpc`` and ``/ws``); without it, :meth:`HostPolicy.for_app` over
    ``allowed_hosts``, ``TORQUE_ALLOWED_HOSTS``/``TORQUE_ALLOWED_ORIGINS`` and
    the public URL (this machine's names too when ``spec.auth``: such apps may
    listen beyond loopback, and tokens guard the endpoint either way).
    ``TORQUE_PUBLIC_URL`` (e.g. ``https://api.example.com``) fixes the URLs of
    the protected-resource metadata; ``TORQUE_AUTHORIZATION_SERVERS`` lists
    the OAuth authorization servers that issue tokens for this app.
    """
    env = os.environ if environ is None else environ
    host = DispatcherHost(dispatcher, authenticator)
    if public_url is None and env.get("TORQUE_PUBLIC_URL"):
        public_url = env["TORQUE_PUBLIC_URL"]
    if host_policy is None:
        host_policy = HostPolicy.for_app(allowed_hosts=allowed_hosts, public_url=public_url,
                                         beyond_loopback=bool(spec.auth), environ=env)
    options.setdefault("authorization_servers", env_list("TORQUE_AUTHORIZATION_SERVERS", env))
    if "list_ttl_ms" not in options and env.get("TORQUE_MCP_LIST_TTL_MS", "").isdigit():
        options["list_ttl_ms"] = int(env["TORQUE_MCP_LIST_TTL_MS"])
    endpoint = TorqueMcp(
        spec,
        host,
        host_policy=host_policy,
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
        opts = {"host_policy": getattr(rt, "host_policy", None), **options}
        rt.mcp = mount_mcp(app, spec, dispatcher=rt.dispatcher, authenticator=rt.auth, **opts)
        publishers = getattr(getattr(rt, "service", None), "publishers", None)
        if publishers is not None:  # record changes -> resources/updated notifications
            publishers.append(rt.mcp.publish_changes)
        if configure is not None:
            configure(rt, app)

    return hook
