"""Strict, transport-independent JSON-RPC 2.0 dispatcher.

Usage::

    from torquec.runtime.jsonrpc import Dispatcher, MethodSpec

    async def get_entity(params: dict, ctx) -> dict: ...

    rpc = Dispatcher(
        {"getEntity": MethodSpec(get_entity, validate=check_get_entity, needs_auth=True)},
        authenticate=resolve_principal,        # only called for needs_auth methods
        on_call=metrics.observe,               # (method, seconds, ok)
    )
    body = await rpc.handle_bytes(raw_body, ctx)   # bytes, or None -> HTTP 204

Method functions are called as ``fn(params, context)`` where ``params`` is the
(normalised) by-name params dict (``{}`` when the request has no params) and
``context`` is whatever the transport passed in (or what ``authenticate``
returned).  ``fn`` may be ``async def`` (preferred) or a plain function; a
plain function runs inline on the event loop unless ``in_thread=True``.

Behaviour (JSON-RPC 2.0 specification, plus our by-name convention):

* unparsable body -> -32700 with ``id: null``;
* an object with the same key twice, anywhere in the body -> one -32600
  with ``id: null`` and nothing executed (a proxy or log that reads the
  first ``method`` must see what runs; see :func:`loads_request`);
* top-level value neither object nor array -> -32600;
* empty array -> a single -32600 error object (not an array);
* a batch larger than ``max_batch_size`` -> a single -32600 error object;
* each batch item is checked on its own; invalid items give -32600 entries;
* a request object must have ``"jsonrpc": "2.0"`` exactly, a string
  ``method``, ``params`` (if present) an object or array, ``id`` (if present)
  a string, a finite number or null, and no other members (unless
  ``allow_extra_members=True``).  Structurally invalid requests are always
  answered (they cannot be trusted to be notifications); the ``id`` is echoed
  when it is itself valid, otherwise it is null;
* a request without an ``id`` member is a notification: it is executed but
  never answered, whatever happens (method not found, invalid params, errors),
  including inside batches; a batch of only notifications has no response;
* ``params`` given as an array -> -32602 (the API is by-name), unless the
  method was registered with ``by_position=True``;
* ``rpc.*`` names are reserved: only names in ``RESERVED_METHODS`` (e.g.
  ``rpc.discover``) may be registered; any other ``rpc.*`` call -> -32601;
* :class:`~torquec.runtime.errors.RpcError` raised by a method becomes its
  error object; any other exception becomes a generic -32603 (no message,
  traceback or detail leaks to the client) and is logged on the
  ``torquec.runtime.jsonrpc`` logger together with the method and request id.

Batch items are executed **sequentially, in request order**, not
concurrently: later items may depend on the side effects of earlier ones (a
client batching ``createEntity`` then ``getEntity`` expects that order), the
outcome is deterministic and reproducible, and the storage layer (SQLite
especially, which has a single writer) would only see lock contention from
concurrent writes.  Responses follow request order, notifications omitted.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from time import perf_counter
from types import MappingProxyType
from typing import Any, Awaitable

import orjson

from .errors import (
    InternalError,
    InvalidParams,
    InvalidRequest,
    MethodNotFound,
    ParseError,
    PayloadTooLargeError,
    RpcError,
)

try:  # pydantic is a runtime dependency, but keep the dispatcher importable without it
    from pydantic_core import ValidationError as _PydanticValidationError
except ImportError:  # pragma: no cover
    class _PydanticValidationError(Exception):  # type: ignore[no-redef]
        pass


__all__ = [
    "Dispatcher",
    "MethodSpec",
    "RESERVED_METHODS",
    "DEFAULT_MAX_BATCH_SIZE",
    "OnCall",
    "Authenticate",
    "DuplicateKeyError",
    "loads_request",
    "nested_deeper_than",
]

logger = logging.getLogger("torquec.runtime.jsonrpc")

#: ``rpc.*`` method names the runtime itself may register
RESERVED_METHODS: frozenset[str] = frozenset({"rpc.discover"})
DEFAULT_MAX_BATCH_SIZE = 100

OnCall = Callable[[str, float, bool], None]
#: ``authenticate(method_name, context)`` -> ``None`` (keep context) or a new
#: context; may be async; raises UnauthorizedError / ForbiddenError.
Authenticate = Callable[[str, Any], Any]

_NoneType = type(None)
_ID_TYPES = (str, int, float, _NoneType)  # exact classes; bool is excluded on purpose
_REQUEST_KEYS = frozenset({"jsonrpc", "method", "params", "id"})

_BY_NAME_ONLY = (
    "params must be an object (by-name parameters); positional (array) params are not supported"
)

# Error objects shared between responses.  They are never mutated.
_INVALID_REQUEST_ERR = InvalidRequest().to_error_object()
_INTERNAL_ERR = InternalError().to_error_object()
_PARSE_ERR = ParseError().to_error_object()
_INVALID_REQUEST_RESP = {"jsonrpc": "2.0", "error": _INVALID_REQUEST_ERR, "id": None}
_PARSE_ERROR_BYTES = orjson.dumps({"jsonrpc": "2.0", "error": _PARSE_ERR, "id": None})


class DuplicateKeyError(ValueError):
    """A JSON object in the request names the same key twice."""

    def __init__(self, key: str) -> None:
        super().__init__(f"duplicate key {key!r}")
        self.key = key

    def response_bytes(self) -> bytes:
        """The -32600 answer (``id`` null: the request's own id cannot be trusted)."""
        err = InvalidRequest(data={"reason": "a JSON object has the same key twice", "key": self.key[:100]})
        return orjson.dumps({"jsonrpc": "2.0", "error": err.to_error_object(), "id": None})


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for k, _ in pairs:
            if k in seen:
                raise DuplicateKeyError(k)
            seen.add(k)
    return obj


def loads_request(body: bytes | bytearray | memoryview | str) -> Any:
    """``orjson.loads(body)``, but a body in which an object repeats a key
    raises :class:`DuplicateKeyError` (orjson keeps the last value silently).

    The fast path costs one ``bytes.count`` and one ``orjson.dumps`` (about
    1 µs for a typical request): every member of an object in the text
    contributes one ``:`` outside strings, and colons inside strings appear
    in the re-serialised value too, so when the body has no ``\\u003a``
    escape (the only way to write a ``:`` without the byte itself), the
    colons of the body equal the colons of the parsed value re-serialised
    exactly when no member was lost. Only bodies that fail this count (a
    duplicate, or an escaped colon) are parsed a second time with a
    duplicate-detecting hook."""
    obj = orjson.loads(body)
    cls = obj.__class__
    if cls is not dict and cls is not list:
        return obj
    raw = body.encode("utf-8", "surrogatepass") if isinstance(body, str) else bytes(body)
    try:
        escaped_colon = b"\\u" in raw and (b"\\u003a" in raw or b"\\u003A" in raw)
        if not escaped_colon and raw.count(b":") == orjson.dumps(obj).count(b":"):
            return obj
    except orjson.JSONEncodeError:  # nested deeper than orjson.dumps goes (255): check the slow way
        pass
    try:
        json.loads(raw, object_pairs_hook=_refuse_duplicates)
    except RecursionError:
        # orjson parses up to 1024 levels, the json module recurses and stops
        # earlier: check such a body without recursion, so that deep params
        # reach the method (which refuses them as invalid params, -32602).
        _refuse_duplicates_iteratively(raw.decode("utf-8", "surrogatepass"))
    return obj


def nested_deeper_than(value: Any, limit: int) -> bool:
    """Whether objects/arrays in ``value`` nest more than ``limit`` levels (iterative: no recursion)."""
    if not isinstance(value, (dict, list)):
        return False
    pending = [(value, 1)]
    while pending:
        v, depth = pending.pop()
        if depth > limit:
            return True
        for child in v.values() if isinstance(v, dict) else v:
            if isinstance(child, (dict, list)):
                pending.append((child, depth + 1))
    return False


_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:]')


def _refuse_duplicates_iteratively(text: str) -> None:
    """Raise :class:`DuplicateKeyError` if an object in ``text`` (valid JSON,
    already parsed by orjson) repeats a key. One pass, no recursion: a stack
    of the key sets of the open objects (``None`` for an open array)."""
    open_objects: list[set[str] | None] = []
    last_string: str | None = None
    for m in _JSON_TOKEN.finditer(text):
        tok = m.group()
        if tok[0] == '"':
            last_string = tok
        elif tok == ":":
            keys = open_objects[-1]
            key = json.loads(last_string)  # a flat string: decoding it cannot recurse
            if key in keys:
                raise DuplicateKeyError(key)
            keys.add(key)
        elif tok == "{":
            open_objects.append(set())
        elif tok == "[":
            open_objects.append(None)
        else:
            open_objects.pop()


@dataclass(frozen=True, slots=True)
class MethodSpec:
    """One entry of the method table.

    fn:          ``fn(params: dict, context) -> result`` (async or sync).
    validate:    optional ``validate(params) -> params | None``; gets the raw
                 params (a dict; a list only for ``by_position`` methods) and
                 returns the normalised params (``None`` = keep as is).  Raise
                 ``InvalidParams``; a pydantic ``ValidationError`` is converted
                 to ``InvalidParams`` with ``data.errors`` automatically.
    needs_auth:  call the dispatcher's ``authenticate`` hook before the method.
    by_position: accept array params (passed to ``validate``/``fn`` as a list).
                 Off by default: our API is by-name.
    in_thread:   run a sync ``fn`` in a worker thread (the dispatcher's ``run_in_thread``,
                 ``asyncio.to_thread`` unless given).
    description: free text (for discovery / OpenRPC).
    """

    fn: Callable[..., Any]
    validate: Callable[[Any], Any] | None = None
    needs_auth: bool = False
    by_position: bool = False
    in_thread: bool = False
    description: str | None = None
    is_async: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not callable(self.fn):
            raise TypeError("MethodSpec.fn must be callable")
        if self.validate is not None and not callable(self.validate):
            raise TypeError("MethodSpec.validate must be callable or None")
        object.__setattr__(self, "is_async", inspect.iscoroutinefunction(self.fn))


def _is_valid_id(rid: Any) -> bool:
    cls = rid.__class__
    if cls is float:
        return math.isfinite(rid)
    return cls in _ID_TYPES


class Dispatcher:
    """JSON-RPC 2.0 dispatcher over a fixed method table.

    ``Dispatcher(methods, *, on_call=None, authenticate=None,
    max_batch_size=100, max_body_bytes=None, allow_extra_members=False,
    json_default=None, json_option=None, reserved_methods=RESERVED_METHODS)``

    methods:         ``{name: MethodSpec | callable}`` (a bare callable is
                     wrapped as ``MethodSpec(fn)``).
    on_call:         ``on_call(method_name, seconds, ok)`` after every call of
                     a registered method (requests and notifications);
                     ``ok`` is False when it ended in any error.  Exceptions
                     raised by the hook are logged and ignored.
    authenticate:    ``authenticate(method_name, context)`` for methods with
                     ``needs_auth``; required if any method needs auth.
    max_body_bytes:  ``handle_bytes`` answers -32008 (id null) beyond this.
    json_default / json_option: passed to ``orjson.dumps`` for results.
    """

    __slots__ = (
        "_table",
        "_on_call",
        "_authenticate",
        "_max_batch",
        "_max_body",
        "_allow_extra",
        "_json_default",
        "_json_option",
        "_run_in_thread",
        "_batch_too_large_resp",
        "methods",
    )

    def __init__(
        self,
        methods: Mapping[str, MethodSpec | Callable[..., Any]],
        *,
        on_call: OnCall | None = None,
        authenticate: Authenticate | None = None,
        max_batch_size: int = DEFAULT_MAX_BATCH_SIZE,
        max_body_bytes: int | None = None,
        allow_extra_members: bool = False,
        json_default: Callable[[Any], Any] | None = None,
        json_option: int | None = None,
        reserved_methods: Iterable[str] = RESERVED_METHODS,
        run_in_thread: Callable[..., Awaitable[Any]] = asyncio.to_thread,
    ) -> None:
        self._run_in_thread = run_in_thread
        reserved = frozenset(reserved_methods)
        table: dict[str, MethodSpec] = {}
        for name, spec in methods.items():
            if not isinstance(name, str) or not name:
                raise ValueError(f"invalid method name: {name!r}")
            if name.startswith("rpc.") and name not in reserved:
                raise ValueError(f"method names starting with 'rpc.' are reserved: {name!r}")
            if not isinstance(spec, MethodSpec):
                spec = MethodSpec(spec)
            table[name] = spec
        if authenticate is None:
            needing = sorted(n for n, s in table.items() if s.needs_auth)
            if needing:
                raise ValueError(f"methods need auth but no authenticate hook was given: {needing}")
        if max_batch_size < 1:
            raise ValueError("max_batch_size must be >= 1")
        self._table = table
        #: read-only view of the method table
        self.methods: Mapping[str, MethodSpec] = MappingProxyType(table)
        self._on_call = on_call
        self._authenticate = authenticate
        self._max_batch = max_batch_size
        self._max_body = max_body_bytes
        self._allow_extra = allow_extra_members
        self._json_default = json_default
        self._json_option = json_option
        self._batch_too_large_resp = {
            "jsonrpc": "2.0",
            "error": InvalidRequest(
                data={"reason": f"batch exceeds the maximum of {max_batch_size} requests", "maxBatchSize": max_batch_size}
            ).to_error_object(),
            "id": None,
        }

    # ------------------------------------------------------------------ info

    @property
    def method_names(self) -> list[str]:
        """Registered method names, sorted."""
        return sorted(self._table)

    @property
    def max_batch_size(self) -> int:
        return self._max_batch

    # ------------------------------------------------------------ transport

    async def handle_bytes(self, body: bytes | bytearray | memoryview | str, context: Any = None) -> bytes | None:
        """Handle one HTTP body; return the response body, or ``None`` when
        there is nothing to send (notifications only -> HTTP 204)."""
        if self._max_body is not None and len(body) > self._max_body:
            return self.serialize({
                "jsonrpc": "2.0",
                "error": PayloadTooLargeError(maxBytes=self._max_body).to_error_object(),
                "id": None,
            })
        try:
            obj = loads_request(body)
        except orjson.JSONDecodeError:
            return _PARSE_ERROR_BYTES
        except DuplicateKeyError as e:
            return e.response_bytes()
        resp = await self.handle_obj(obj, context)
        if resp is None:
            return None
        return self.serialize(resp)

    async def handle_obj(self, obj: Any, context: Any = None) -> dict[str, Any] | list[dict[str, Any]] | None:
        """Handle an already-parsed JSON value.  Returns the response object
        (dict), a list of them (batch) or ``None`` (nothing to send).  Shared
        error sub-objects inside the result must not be mutated."""
        cls = obj.__class__
        if cls is dict:
            return await self._handle_one(obj, context)
        if cls is list:
            n = len(obj)
            if n == 0:
                return _INVALID_REQUEST_RESP
            if n > self._max_batch:
                return self._batch_too_large_resp
            out = []
            handle_one = self._handle_one
            for item in obj:  # sequential on purpose, see module docstring
                r = await handle_one(item, context)
                if r is not None:
                    out.append(r)
            return out or None
        return _INVALID_REQUEST_RESP

    def serialize(self, resp: Any) -> bytes:
        """Serialize a response (object or batch list) with orjson.  A result
        that cannot be serialized becomes a -32603 error for that item only."""
        try:
            return orjson.dumps(resp, default=self._json_default, option=self._json_option)
        except TypeError:  # orjson.JSONEncodeError subclasses TypeError
            pass
        if resp.__class__ is list:
            parts = [self._serialize_item(r) for r in resp]
            return b"[" + b",".join(parts) + b"]"
        return self._serialize_item(resp)

    def _serialize_item(self, resp: dict[str, Any]) -> bytes:
        try:
            return orjson.dumps(resp, default=self._json_default, option=self._json_option)
        except TypeError:
            rid = resp.get("id")
            logger.exception("JSON-RPC result is not serializable (id=%r)", rid)
            return orjson.dumps({"jsonrpc": "2.0", "error": _INTERNAL_ERR, "id": rid})

    # ------------------------------------------------------------- internal

    def _method_not_found(self, method: str) -> MethodNotFound:
        """-32601 naming the method (cut to 100 characters) and the closest registered one."""
        import difflib

        shown = method[:100]
        hint = difflib.get_close_matches(method, list(self._table), n=1) if len(method) <= 100 else []
        return MethodNotFound(
            f"Method not found: `{shown}`" + (f"; did you mean `{hint[0]}`?" if hint else ""),
            method=shown, **({"didYouMean": hint[0]} if hint else {}),
        )

    async def call(self, method: str, params: Any = None, context: Any = None) -> Any:
        """Call a registered method directly (e.g. from MCP tools), with the
        same auth, validation and ``on_call`` reporting as over JSON-RPC.
        Returns the result or raises :class:`RpcError` (unexpected exceptions
        propagate unchanged)."""
        spec = self._table.get(method)
        if spec is None:
            raise self._method_not_found(method)
        on_call = self._on_call
        if on_call is None:
            return await self._invoke(spec, method, params, context)
        t0 = perf_counter()
        ok = False
        try:
            result = await self._invoke(spec, method, params, context)
            ok = True
            return result
        finally:
            self._report(on_call, method, perf_counter() - t0, ok)

    async def _invoke(self, spec: MethodSpec, method: str, params: Any, context: Any) -> Any:
        if spec.needs_auth:
            c = self._authenticate(method, context)  # type: ignore[misc]
            if inspect.isawaitable(c):
                c = await c
            if c is not None:
                context = c
        if params is None:
            params = {}
        elif params.__class__ is list and not spec.by_position:
            raise InvalidParams(
                _BY_NAME_ONLY,
                errors=[{"field": "params", "rule": "by_name", "message": _BY_NAME_ONLY}],
            )
        validate = spec.validate
        if validate is not None:
            try:
                p = validate(params)
            except _PydanticValidationError as e:
                raise InvalidParams.from_pydantic(e) from None
            if p is not None:
                params = p
        if spec.is_async:
            return await spec.fn(params, context)
        if spec.in_thread:
            result = await self._run_in_thread(spec.fn, params, context)
        else:
            result = spec.fn(params, context)
        if inspect.isawaitable(result):
            result = await result
        return result

    @staticmethod
    def _report(on_call: OnCall, method: str, seconds: float, ok: bool) -> None:
        try:
            on_call(method, seconds, ok)
        except Exception:
            logger.exception("on_call hook failed for method %r", method)

    async def _handle_one(self, req: Any, context: Any) -> dict[str, Any] | None:
        if req.__class__ is not dict:
            return _INVALID_REQUEST_RESP
        # -- structure -------------------------------------------------------
        if "id" in req:
            rid = req["id"]
            if not _is_valid_id(rid):
                return _INVALID_REQUEST_RESP
            notification = False
            nkeys = 3
        else:
            rid = None
            notification = True
            nkeys = 2
        version = req.get("jsonrpc")
        method = req.get("method")
        if version.__class__ is not str or version != "2.0" or method.__class__ is not str:
            return {"jsonrpc": "2.0", "error": _INVALID_REQUEST_ERR, "id": rid}
        if "params" in req:
            params = req["params"]
            pcls = params.__class__
            if pcls is not dict and pcls is not list:
                return {"jsonrpc": "2.0", "error": _INVALID_REQUEST_ERR, "id": rid}
            nkeys += 1
        else:
            params = None
        if len(req) != nkeys and not self._allow_extra:
            return {"jsonrpc": "2.0", "error": _INVALID_REQUEST_ERR, "id": rid}
        # -- lookup ----------------------------------------------------------
        spec = self._table.get(method)
        if spec is None:
            if notification:
                return None
            return {"jsonrpc": "2.0", "error": self._method_not_found(method).to_error_object(), "id": rid}
        # -- call ------------------------------------------------------------
        on_call = self._on_call
        t0 = perf_counter() if on_call is not None else 0.0
        ok = False
        try:
            result = await self._invoke(spec, method, params, context)
            ok = True
        except RpcError as e:
            error = e.to_error_object()
        except Exception:
            logger.exception(
                "Unhandled exception in JSON-RPC method %r (id=%r%s)",
                method,
                rid,
                ", notification" if notification else "",
            )
            error = _INTERNAL_ERR
        finally:
            if on_call is not None:
                self._report(on_call, method, perf_counter() - t0, ok)
        if notification:
            return None
        if ok:
            return {"jsonrpc": "2.0", "result": result, "id": rid}
        return {"jsonrpc": "2.0", "error": error, "id": rid}
