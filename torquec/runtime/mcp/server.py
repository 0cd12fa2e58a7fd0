"""Generic MCP wiring: an :class:`McpSpec` + a service host -> a Streamable HTTP endpoint.

Written once, imported by every generated app (never copied into one).

* Transport: the official ``mcp`` SDK's low-level ``Server`` behind its
  ``StreamableHTTPSessionManager``. A request carrying
  ``MCP-Protocol-Version: 2026-07-28`` is served statelessly (one POST, one
  answer, no handshake); anything else goes through the initialize handshake
  (2025-11-25 and the older handshake revisions) with ``Mcp-Session-Id``
  sessions, each bound to the token that opened it. Both paths reach the
  same handlers below. POSTs are answered with plain JSON (no tool streams
  progress), which halves the per-call cost against SSE framing.
* Service: every tool, resource and prompt calls ``host.call(method, params,
  principal)`` -- the JSON-RPC method table of the app -- so MCP gets exactly
  the validation, permissions, transactions and error kinds of ``/rpc``.
  Service errors (``RpcError``) become tool results with ``isError: true``
  carrying the error object (``data.errors`` per field for validation).
* Roles: with ``auth``, the bearer token is checked before the SDK sees the
  request (401 + ``WWW-Authenticate`` pointing at the protected-resource
  metadata); tools, prompts and templates a role may not use are neither
  listed nor callable (a hidden tool answers exactly like an unknown one).
* Host/Origin validation (DNS rebinding protection) is always on: the app's
  :class:`~torquec.runtime.hostguard.HostPolicy`, the same check as ``/rpc``
  and ``/ws`` (loopback names plus the app's configured hosts and origins).
* Record changes committed by any surface (``publish_changes``) reach
  ``resources/subscribe`` sessions as ``notifications/resources/updated``
  and 2026-07-28 ``subscriptions/listen`` streams as resource-updated events.

How a tool call maps to a service method is in ``tool_calls.py``; what each
role sees (narrowed schemas, cached wire lists) in ``views.py``. This module
keeps the transport, the auth edge and the handlers that tie them together.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import re
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from typing import Any, Protocol

import mcp_types as types
import orjson
from mcp.server.auth.middleware.bearer_auth import AuthenticatedUser
from mcp.server.auth.provider import AccessToken
from mcp.server.caching import CacheHint
from mcp.server.lowlevel.server import Server
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
from mcp.server.subscriptions import InMemorySubscriptionBus, ListenHandler, ResourceUpdated
from mcp.server.transport_security import TransportSecuritySettings
from mcp.shared.exceptions import MCPError
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from torquec.runtime.errors import INVALID_PARAMS, RpcError, to_error_object
from torquec.runtime.hostguard import LOOPBACK_HOSTS, HostPolicy, send_refusal
from torquec.runtime.jsonrpc import DuplicateKeyError, loads_request, nested_deeper_than

from .spec import McpSpec
from .tool_calls import (
    ToolArgumentError,
    as_text,
    check_envelope,
    error_result,
    params_for,
    structured_content,
    to_json_value,
)
from .views import View, build_view, listing

__all__ = ["McpHost", "TorqueMcp", "PRINCIPAL_SCOPE_KEY", "MCP_PATH", "LOOPBACK_HOSTS"]

logger = logging.getLogger("torquec.runtime.mcp")

MCP_PATH = "/mcp"
WELL_KNOWN_PRM = "/.well-known/oauth-protected-resource"
PRINCIPAL_SCOPE_KEY = "torquec.principal"
RESOURCE_NOT_FOUND_CODE = INVALID_PARAMS  # SEP-2164: -32602 with data.uri


class McpHost(Protocol):
    """What the app gives the MCP runtime: its service, and its token check.

    ``call`` runs one JSON-RPC method of the app's method table (with its
    validation, permissions, transaction and error kinds) and returns the
    result or raises :class:`~torquec.runtime.errors.RpcError`.
    ``authenticate`` maps a bearer token to a principal (``None`` when the
    token is unknown); ``role_of`` gives the principal's role name. A host may
    also have ``read_only_fields(principal)``: entity -> fields the role may read
    but not write (the role's create/update tools then leave them out).
    """

    async def call(self, method: str, params: dict[str, Any], principal: Any) -> Any: ...

    async def authenticate(self, token: str) -> Any | None: ...

    def role_of(self, principal: Any) -> str | None: ...


#: Deepest JSON message /mcp passes to the SDK (whose parser gives up near 200 levels).
MAX_MESSAGE_DEPTH = 180


# ----------------------------------------------------------------- the server


class _CountingBus(InMemorySubscriptionBus):
    """The SDK's in-process bus, knowing whether anyone listens."""

    def __init__(self) -> None:
        super().__init__()
        self.listeners = 0

    def subscribe(self, listener: Callable[[Any], None]) -> Callable[[], None]:
        unsubscribe = super().subscribe(listener)
        self.listeners += 1
        done = False

        def unsubscribe_once() -> None:
            nonlocal done
            if not done:
                done = True
                self.listeners -= 1
                unsubscribe()

        return unsubscribe_once


class _AsgiEndpoint:
    """An ASGI callable Starlette's ``Route`` will not mistake for a request handler."""

    __slots__ = ("app",)

    def __init__(self, app: Callable[[Scope, Receive, Send], Any]) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)



async def _buffered_body(receive: Receive) -> tuple[bytes, Receive]:
    """Read an HTTP request body; return it and a ``receive`` that replays it."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":  # disconnected: replay that
            first: dict[str, Any] = message
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            first = {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            break
    replayed = False

    async def replay() -> dict[str, Any]:
        nonlocal replayed
        if not replayed:
            replayed = True
            return first
        return await receive()

    return b"".join(chunks), replay


class TorqueMcp:
    """The MCP endpoint of one generated app.

    ``TorqueMcp(spec, host, allowed_hosts=(), host_policy=None, public_url=None,
    authorization_servers=(), json_response=True, stateless=False, methods=None,
    list_ttl_ms=60_000)``

    * ``routes()``: the Starlette routes (``/mcp`` and, with auth, the
      protected-resource metadata) to add to the host app;
    * ``lifespan()``: async context manager running the session manager;
      the host app must enter it in its own lifespan;
    * ``install(app)``: both of the above for a Starlette/FastAPI app.
    """

    def __init__(
        self,
        spec: McpSpec,
        host: McpHost,
        *,
        allowed_hosts: Iterable[str] = (),
        host_policy: HostPolicy | None = None,
        public_url: str | None = None,
        authorization_servers: Iterable[str] = (),
        json_response: bool = True,
        stateless: bool = False,
        methods: Iterable[str] | None = None,
        list_ttl_ms: int = 60_000,
        session_idle_timeout: float | None = 30 * 60,
        max_sessions: int | None = 10_000,
        path: str = MCP_PATH,
    ) -> None:
        self.spec = spec
        self.host = host
        self.path = path
        self.public_url = public_url.rstrip("/") if public_url else None
        self.authorization_servers = [s for s in authorization_servers if s]
        #: service methods that exist (``None``: all); tools whose method is
        #: missing (``run_flow`` before the app has flows) are not offered.
        self.methods = frozenset(methods) if methods is not None else None
        self._tools_by_name = {t.name: t for t in spec.tools}
        self._prompts_by_name = {p.name: p for p in spec.prompts}
        self._views: dict[str | None, View] = {}
        self.server: Server[Any] = Server(
            spec.name,
            version=spec.version,
            title=spec.title,
            instructions=spec.instructions or None,
            get_tool_input_schema=self._input_schema,
            on_list_tools=self._lister("tools", "tool_wire"),
            on_call_tool=self._call_tool,
            on_list_resources=self._list_resources,
            on_list_resource_templates=self._lister("resourceTemplates", "template_wire"),
            on_read_resource=self._read_resource,
            on_list_prompts=self._lister("prompts", "prompt_wire"),
            on_get_prompt=self._get_prompt,
            on_completion=self._complete,
            on_subscribe_resource=self._subscribe,
            on_unsubscribe_resource=self._unsubscribe,
            on_subscriptions_listen=self._listen,
            cache_hints=self._cache_hints(list_ttl_ms),
        )
        # Handshake-era logging (deprecated in 2026-07-28, where the SDK does not
        # route it): accepted so clients that set a level are not refused. The
        # server sends no log notifications, so every level is honoured trivially.
        self.server.add_request_handler("logging/setLevel", types.SetLevelRequestParams, self._set_level)
        # Resource subscriptions: handshake-era sessions (resources/subscribe) and
        # 2026-07-28 listen streams (subscriptions/listen, through the SDK's bus).
        self._bus = _CountingBus()
        self._listen_handler = ListenHandler(self._bus)
        self._conn_uris: dict[Any, set[str]] = {}
        self._uri_conns: dict[str, set[Any]] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        #: Host/Origin checks (shared with /rpc and /ws); ``allowed_hosts`` is
        #: the shorthand for a policy of loopback + those hosts.
        self.host_policy = host_policy or HostPolicy(allowed_hosts)
        # The SDK's own Host/Origin check is off: ours runs first (see _asgi), so
        # one implementation decides for every endpoint of the app.
        self.security = TransportSecuritySettings(enable_dns_rebinding_protection=False)
        self.session_manager = StreamableHTTPSessionManager(
            app=self.server,
            json_response=json_response,
            stateless=stateless,
            security_settings=self.security,
            session_idle_timeout=session_idle_timeout,
            max_sessions=max_sessions,
        )

    def _cache_hints(self, list_ttl_ms: int) -> dict[str, CacheHint]:
        """SEP-2549 freshness hints (2026-07-28). Lists change only with the
        model (a rebuild), records at any time. With auth every list depends
        on the caller's role, so nothing may be shared between callers."""
        scope = "private" if self.spec.auth else "public"
        lists = CacheHint(ttl_ms=list_ttl_ms, scope=scope)
        return {
            "tools/list": lists,
            "prompts/list": lists,
            "resources/list": lists,
            "resources/templates/list": lists,
            "resources/read": CacheHint(ttl_ms=0, scope="private"),
        }

    # ------------------------------------------------------------ host integration

    @contextlib.asynccontextmanager
    async def lifespan(self) -> AsyncIterator[None]:
        self._loop = asyncio.get_running_loop()
        try:
            async with self.session_manager.run():
                yield
        finally:
            self._listen_handler.close()
            self._loop = None

    def publish_changes(self, events: Iterable[Any]) -> None:
        """Record changes after commit (any thread): ``events`` have ``entity``, ``id``, ``kind``.

        Subscribers of ``torque://<entity>/<id>`` get ``notifications/resources/updated``;
        subscribers of ``torque://model`` too when records were created or deleted
        (its record counts changed).
        """
        loop = self._loop
        if loop is None or loop.is_closed() or not (self._uri_conns or self._bus.listeners):
            return  # nobody is subscribed: the common case costs one check per commit
        uris: list[str] = []
        prefixes = {t.entity: t.prefix for t in self.spec.templates}
        counts_changed = False
        for e in events:
            prefix = prefixes.get(getattr(e, "entity", None))
            if prefix is not None:
                uris.append(f"{prefix}{e.id}")
            counts_changed = counts_changed or getattr(e, "kind", "") in ("created", "deleted")
        if counts_changed:
            uris.extend(r.uri for r in self.spec.resources)
        if not uris:
            return
        try:
            loop.call_soon_threadsafe(self._fanout, uris)
        except RuntimeError:  # loop closed during shutdown
            pass

    def _fanout(self, uris: list[str]) -> None:
        task = asyncio.get_running_loop().create_task(self._deliver(uris))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _deliver(self, uris: list[str]) -> None:
        for uri in dict.fromkeys(uris):
            await self._bus.publish(ResourceUpdated(uri=uri))
            for conn in list(self._uri_conns.get(uri, ())):
                try:
                    await conn.outbound.notify("notifications/resources/updated", {"uri": uri})
                except Exception:  # a gone client must not stop the others
                    logger.debug("resources/updated for %s not delivered", uri, exc_info=True)

    def routes(self) -> list[Route]:
        out = [Route(self.path, endpoint=_AsgiEndpoint(self._asgi), methods=["GET", "POST", "DELETE"], name="mcp")]
        if self.spec.auth:
            meta = self._protected_resource_metadata
            out.append(Route(WELL_KNOWN_PRM, endpoint=meta, methods=["GET"], name="mcp-prm"))
            out.append(Route(WELL_KNOWN_PRM + self.path, endpoint=meta, methods=["GET"], name="mcp-prm-path"))
        return out

    def install(self, app: Any) -> None:
        """Add the routes to ``app`` and run :meth:`lifespan` inside the app's lifespan."""
        app.router.routes.extend(self.routes())
        inner = app.router.lifespan_context

        @contextlib.asynccontextmanager
        async def lifespan(a: Any) -> AsyncIterator[Any]:
            async with self.lifespan():
                async with inner(a) as state:
                    yield state

        app.router.lifespan_context = lifespan

    # ------------------------------------------------------------ HTTP edge: auth

    def _base_url(self, scope: Scope) -> str:
        if self.public_url:
            return self.public_url
        req = Request(scope)
        return f"{req.url.scheme}://{req.url.netloc}"

    def _prm_url(self, scope: Scope) -> str:
        return f"{self._base_url(scope)}{WELL_KNOWN_PRM}{self.path}"

    async def _protected_resource_metadata(self, request: Request) -> Response:
        """RFC 9728 protected-resource metadata for ``/mcp`` (MCP authorization)."""
        base = self._base_url(request.scope)
        body = {
            "resource": f"{base}{self.path}",
            "authorization_servers": self.authorization_servers or [base],
            "bearer_methods_supported": ["header"],
            "resource_name": self.spec.title,
        }
        return JSONResponse(body, headers={"Cache-Control": "public, max-age=3600"})

    async def _asgi(self, scope: Scope, receive: Receive, send: Send) -> None:
        refused = self.host_policy.refusal(scope)
        if refused is not None:
            await send_refusal(scope, send, refused.status, refused.message)
            return
        headers = scope.get("headers") or ()
        if any(k.startswith(b"mcp-") and v != v.strip() for k, v in headers):
            # RFC 9110 §5.5: optional whitespace around a field value is not part of it.
            scope = dict(scope)
            scope["headers"] = [(k, v.strip() if k.startswith(b"mcp-") else v) for k, v in headers]
        if self.spec.auth:
            token = None
            for k, v in scope.get("headers", ()):
                if k == b"authorization":
                    raw = v.decode("latin-1")
                    if raw[:7].lower() == "bearer ":
                        token = raw[7:].strip()
                    break
            principal = await self.host.authenticate(token) if token else None
            if principal is None:
                await self._unauthorized(scope, receive, send, invalid=token is not None)
                return
            scope[PRINCIPAL_SCOPE_KEY] = principal
            # The SDK binds a stateful session to the credential that opened it.
            digest = hashlib.sha256(token.encode()).hexdigest()[:32]
            role = self.host.role_of(principal) or ""
            scope["user"] = AuthenticatedUser(AccessToken(token="", client_id=f"token-{digest}", scopes=[role] if role else []))
        if scope.get("method") == "POST":
            # The SDK parses with pydantic, which keeps the last of two equal keys: refuse
            # such bodies here, like /rpc does (the SDK reads the whole body anyway).
            body, receive = await _buffered_body(receive)
            try:
                message = loads_request(body)
            except DuplicateKeyError as e:
                await Response(e.response_bytes(), status_code=400, media_type="application/json")(scope, receive, send)
                return
            except Exception:  # not JSON: the SDK answers with its parse error
                message = None
            if nested_deeper_than(message, MAX_MESSAGE_DEPTH):
                # The SDK's parser stops near 200 levels with a bare parse error: say what is wrong.
                err = {"code": INVALID_PARAMS, "message": f"Invalid params: the request nests deeper than "
                       f"{MAX_MESSAGE_DEPTH} levels"}
                rid = message.get("id") if isinstance(message, dict) else None
                await Response(orjson.dumps({"jsonrpc": "2.0", "id": rid if isinstance(rid, (str, int)) else None,
                                             "error": err}), media_type="application/json")(scope, receive, send)
                return
        await self.session_manager.handle_request(scope, receive, send)

    async def _unauthorized(self, scope: Scope, receive: Receive, send: Send, *, invalid: bool) -> None:
        parts = []
        if invalid:
            parts.append('error="invalid_token"')
            parts.append('error_description="The access token is invalid"')
        parts.append(f'resource_metadata="{self._prm_url(scope)}"')
        body = {"error": "invalid_token" if invalid else "unauthorized",
                "error_description": "The access token is invalid" if invalid else "Authentication required"}
        resp = JSONResponse(body, status_code=401, headers={"WWW-Authenticate": "Bearer " + ", ".join(parts)})
        await resp(scope, receive, send)

    # ------------------------------------------------------------ per-role views

    def _principal(self, ctx: Any) -> Any:
        req = getattr(ctx, "request", None)
        if req is None:
            return None
        return req.scope.get(PRINCIPAL_SCOPE_KEY)

    def _view(self, ctx: Any) -> View:
        role = None
        if self.spec.auth:
            principal = self._principal(ctx)
            role = self.host.role_of(principal) if principal is not None else None
            if role is None:
                role = "\0none"
        v = self._views.get(role)
        if v is None:
            read_only = getattr(self.host, "read_only_fields", None)
            principal = self._principal(ctx) if role is not None else None
            # Same for every principal of a role (the role's readOnlyFields): cached per role.
            v = self._views[role] = self._build_view(role, read_only(principal) if read_only and principal is not None else {})
        return v

    def _build_view(self, role: str | None, read_only: Mapping[str, frozenset[str]] | None = None) -> View:
        return build_view(self.spec, self.methods, role, read_only)

    def _input_schema(self, name: str) -> Mapping[str, Any] | None:
        t = self._tools_by_name.get(name)
        return None if t is None else t.input_schema

    # ------------------------------------------------------------ handlers: tools

    def _lister(self, key: str, wire: str):
        """The handler listing the caller's role's tools, templates or prompts (``wire``: the
        view's list). A plain dict (the wire form, dumped once per role): the SDK validates and
        dumps results anyway, so a model here would be dumped twice per request."""

        async def handler(ctx: Any, params: Any) -> dict[str, Any]:
            return listing(ctx, key, getattr(self._view(ctx), wire))

        return handler

    def _named(self, ctx: Any, kind: str, name: str) -> Any:
        """The tool or prompt ``name`` the caller's role sees. Unknown and hidden ones answer
        alike: nothing leaks about the other roles."""
        found = getattr(self._view(ctx), kind + "s").get(name)
        if found is None:
            raise MCPError(code=INVALID_PARAMS, message=f"Unknown {kind}: {name}", data={kind: name})
        return found

    async def _call_tool(self, ctx: Any, params: types.CallToolRequestParams) -> types.CallToolResult:
        tool = self._named(ctx, "tool", params.name)
        args = params.arguments or {}
        try:
            check_envelope(tool, args)
            method, rpc_params = params_for(tool, args)
            result = await self.host.call(method, rpc_params, self._principal(ctx))
        except ToolArgumentError as e:
            return error_result(
                {"code": INVALID_PARAMS, "message": "Invalid params",
                 "data": {"kind": "invalid_params", "errors": e.errors}}
            )
        except RpcError as e:
            return error_result(e.to_error_object())
        except Exception:
            logger.exception("MCP tool %r failed", tool.name)
            return error_result(to_error_object(Exception()))
        structured = structured_content(tool, args, result)
        return types.CallToolResult(
            content=[types.TextContent(type="text", text=as_text(structured))],
            structured_content=structured,
            is_error=False,
        )

    # ------------------------------------------------------------ handlers: resources

    async def _list_resources(self, ctx: Any, params: Any) -> types.ListResourcesResult:
        return types.ListResourcesResult(
            resources=[
                types.Resource(
                    name=r.name, title=r.title, uri=r.uri, description=r.description, mime_type=r.mime_type
                )
                for r in self.spec.resources
            ]
        )

    async def _read_resource(self, ctx: Any, params: types.ReadResourceRequestParams) -> types.ReadResourceResult:
        uri = str(params.uri)
        principal = self._principal(ctx)
        not_found = MCPError(code=RESOURCE_NOT_FOUND_CODE, message=f"Resource not found: {uri}", data={"uri": uri})
        for r in self.spec.resources:
            if r.uri == uri:
                try:
                    value = await self.host.call("getModelMetadata", {}, principal)
                except RpcError as e:
                    raise MCPError(code=e.code, message=e.message, data={"uri": uri, **(e.to_error_object().get("data") or {})}) from None
                return self._contents(uri, r.mime_type, value)
        for t in self._view(ctx).templates:
            if uri.startswith(t.prefix):
                rid = uri[len(t.prefix):]
                if not rid or "/" in rid:
                    raise not_found
                try:
                    value = await self.host.call("getEntity", {"entity": t.entity, "id": rid}, principal)
                except RpcError as e:
                    if e.kind in ("not_found", "invalid_params", "forbidden"):
                        raise not_found from None
                    raise MCPError(code=e.code, message=e.message, data={"uri": uri}) from None
                return self._contents(uri, t.mime_type, value)
        raise not_found

    @staticmethod
    def _contents(uri: str, mime: str, value: Any) -> types.ReadResourceResult:
        return types.ReadResourceResult(
            contents=[types.TextResourceContents(uri=uri, mime_type=mime, text=as_text(value))]
        )

    # ------------------------------------------------------------ handlers: prompts

    async def _get_prompt(self, ctx: Any, params: types.GetPromptRequestParams) -> types.GetPromptResult:
        prompt = self._named(ctx, "prompt", params.name)
        args = dict(params.arguments or {})
        for a in prompt.arguments:
            if a.required and not str(args.get(a.name, "")).strip():
                raise MCPError(code=INVALID_PARAMS, message=f"Missing required argument: {a.name}", data={"argument": a.name})
        unknown = set(args) - {a.name for a in prompt.arguments}
        if unknown:
            raise MCPError(code=INVALID_PARAMS, message=f"Unknown argument: {sorted(unknown)[0]}", data={"argument": sorted(unknown)[0]})
        messages: list[types.PromptMessage] = []
        if prompt.kind == "summarise":
            raw = str(args.get("count", "") or "10").strip()
            if not re.fullmatch(r"[0-9]{1,3}", raw) or not 1 <= int(raw) <= 100:
                raise MCPError(code=INVALID_PARAMS, message="count must be an integer from 1 to 100", data={"argument": "count"})
            count = int(raw)
            try:
                page = await self.host.call(
                    "loadEntityData",
                    {"entity": prompt.entity, "page": 1, "pageSize": count, "sort": [{"field": "createdAt", "dir": "desc"}]},
                    self._principal(ctx),
                )
            except RpcError as e:
                raise MCPError(code=e.code, message=e.message, data=e.to_error_object().get("data")) from None
            page = to_json_value(page)
            items = page.get("items", []) if isinstance(page, dict) else []
            total = page.get("total", len(items)) if isinstance(page, dict) else len(items)
            text = prompt.text.replace("{count}", str(len(items))).replace("{total}", str(total))
            messages.append(types.PromptMessage(role="user", content=types.TextContent(type="text", text=text)))
            messages.append(
                types.PromptMessage(
                    role="user",
                    content=types.TextContent(type="text", text=as_text(items)),
                )
            )
        else:  # create_from_description
            text = prompt.text.replace("{description}", str(args.get("description", "")).strip())
            messages.append(types.PromptMessage(role="user", content=types.TextContent(type="text", text=text)))
        return types.GetPromptResult(description=prompt.description, messages=messages)

    # ------------------------------------------------------------ handlers: misc

    async def _set_level(self, ctx: Any, params: types.SetLevelRequestParams) -> types.EmptyResult:
        return types.EmptyResult()

    async def _complete(self, ctx: Any, params: types.CompleteRequestParams) -> types.CompleteResult:
        """Completions for prompt arguments and record ids of ``torque://<entity>/{id}``."""
        ref = params.ref
        arg = params.argument
        values: list[str] = []
        view = self._view(ctx)
        if isinstance(ref, types.PromptReference):
            prompt = view.prompts.get(ref.name)
            if prompt is not None and prompt.kind == "summarise" and arg.name == "count":
                values = [v for v in ("5", "10", "20", "50", "100") if v.startswith(arg.value)]
        elif isinstance(ref, types.ResourceTemplateReference) and arg.name == "id":
            tpl = next((t for t in view.templates if t.uri_template == ref.uri), None)
            if tpl is not None:
                values = await self._complete_ids(tpl.entity, arg.value, self._principal(ctx))
        return types.CompleteResult(completion=types.Completion(values=values[:100], has_more=False))

    async def _complete_ids(self, entity: str, prefix: str, principal: Any) -> list[str]:
        """Record ids for a typed prefix: ids sorting from the prefix on, else a free-text search."""
        queries: list[dict[str, Any]] = []
        floor = _uuid_floor(prefix)
        if floor is not None:
            queries.append({"filters": [{"field": "id", "op": "gte", "value": floor}], "sort": [{"field": "id", "dir": "asc"}]})
        if prefix and floor is None:
            queries.append({"search": prefix})
        for q in queries:
            try:
                page = to_json_value(await self.host.call("loadEntityData", {"entity": entity, "page": 1, "pageSize": 20, **q}, principal))
            except RpcError:
                continue
            ids = [str(i["id"]) for i in page.get("items", ()) if isinstance(i, dict) and "id" in i]
            if floor is not None:
                ids = [i for i in ids if i.startswith(prefix.lower())]
            if ids:
                return ids
        return []


    # ------------------------------------------------------------ handlers: subscriptions

    def _may_watch(self, ctx: Any, uri: str) -> bool:
        """Whether the caller may be told that ``uri`` changed (it may read it)."""
        if any(r.uri == uri for r in self.spec.resources):
            return True
        for t in self._view(ctx).templates:
            if uri.startswith(t.prefix):
                rid = uri[len(t.prefix):]
                return bool(rid) and "/" not in rid
        return False

    def _is_ours(self, uri: str) -> bool:
        return any(r.uri == uri for r in self.spec.resources) or any(uri.startswith(t.prefix) for t in self.spec.templates)

    async def _subscribe(self, ctx: Any, params: types.SubscribeRequestParams) -> types.EmptyResult:
        """Handshake era. Like a 2026 listen stream, a subscription to a URI the
        caller cannot read (or that names nothing) is accepted and never fires."""
        uri = str(params.uri)
        conn = getattr(ctx.session, "_connection", None)
        if conn is not None and self._may_watch(ctx, uri):
            uris = self._conn_uris.get(conn)
            if uris is None:
                uris = self._conn_uris[conn] = set()
                conn.exit_stack.callback(self._drop_connection, conn)
            uris.add(uri)
            self._uri_conns.setdefault(uri, set()).add(conn)
        return types.EmptyResult()

    async def _unsubscribe(self, ctx: Any, params: types.UnsubscribeRequestParams) -> types.EmptyResult:
        uri = str(params.uri)
        conn = getattr(ctx.session, "_connection", None)
        if conn is not None:
            self._conn_uris.get(conn, set()).discard(uri)
            conns = self._uri_conns.get(uri)
            if conns is not None:
                conns.discard(conn)
                if not conns:
                    del self._uri_conns[uri]
        return types.EmptyResult()

    def _drop_connection(self, conn: Any) -> None:
        for uri in self._conn_uris.pop(conn, ()):
            conns = self._uri_conns.get(uri)
            if conns is not None:
                conns.discard(conn)
                if not conns:
                    del self._uri_conns[uri]

    async def _listen(self, ctx: Any, params: types.SubscriptionsListenRequestParams) -> types.SubscriptionsListenResult:
        """2026-07-28 ``subscriptions/listen`` (the SDK's handler), limited to URIs the caller may read."""
        wanted = params.notifications.resource_subscriptions
        if wanted:
            # Hidden entities' URIs are dropped from the honored set; URIs naming
            # nothing of ours are honored and never fire (the SDK's posture).
            allowed = [u for u in wanted if self._may_watch(ctx, str(u)) or not self._is_ours(str(u))]
            params = params.model_copy(
                update={"notifications": params.notifications.model_copy(update={"resource_subscriptions": allowed})}
            )
        return await self._listen_handler(ctx, params)


_UUID_TEMPLATE = "00000000-0000-0000-0000-000000000000"


def _uuid_floor(prefix: str) -> str | None:
    """The smallest UUID starting with ``prefix`` (None if no UUID can)."""
    p = prefix.lower()
    if len(p) > len(_UUID_TEMPLATE):
        return None
    for i, c in enumerate(p):
        if (_UUID_TEMPLATE[i] == "-") != (c == "-") or (c != "-" and c not in "0123456789abcdef"):
            return None
    return p + _UUID_TEMPLATE[len(p):]
