"""Error taxonomy shared by the whole torquec runtime.

Every error a client can see is an :class:`RpcError` carrying a JSON-RPC
``code``, a short ``message`` and a stable string ``kind``.  The same
taxonomy is used by the JSON-RPC endpoint, the MCP tools and the flow runtime,
so a given failure always maps to the same code whatever the surface.

Codes
-----
JSON-RPC 2.0 specification codes::

    -32700 ParseError        kind "parse_error"
    -32600 InvalidRequest    kind "invalid_request"
    -32601 MethodNotFound    kind "method_not_found"
    -32602 InvalidParams     kind "invalid_params"   (data.errors: [{field, rule, message}])
    -32603 InternalError     kind "internal_error"

Application codes (-32000..-32099, stable meanings)::

    -32001 NotFoundError              kind "not_found"
    -32002 ConflictError              kind "conflict"               (unique violation)
    -32003 VersionConflictError       kind "version_conflict"       (stale expectedVersion)
    -32004 ReferentialIntegrityError  kind "referential_integrity"  (restrict / FK)
    -32005 FlowFailedError            kind "flow_failed"
    -32006 UnauthorizedError          kind "unauthorized"           (no / invalid token)
    -32007 ForbiddenError             kind "forbidden"
    -32008 PayloadTooLargeError       kind "payload_too_large"
    -32009 RateLimitedError           kind "rate_limited"           (reserved)

Error object shape (``to_error_object``)
----------------------------------------
``{"code": int, "message": str, "data"?: {"kind": str, ...details}}``

``data`` (with ``data.kind``) is always present for InvalidParams,
InternalError and every application error.  The three framing errors
(ParseError, InvalidRequest, MethodNotFound) omit ``data`` unless details were
supplied, so that their error objects are byte-for-byte those of section 7 of
the JSON-RPC 2.0 specification; their code already identifies them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from torquec.contract import ERROR_BY_KIND

__all__ = [
    "PARSE_ERROR",
    "INVALID_REQUEST",
    "METHOD_NOT_FOUND",
    "INVALID_PARAMS",
    "INTERNAL_ERROR",
    "NOT_FOUND",
    "CONFLICT",
    "VERSION_CONFLICT",
    "REFERENTIAL_INTEGRITY",
    "FLOW_FAILED",
    "UNAUTHORIZED",
    "FORBIDDEN",
    "PAYLOAD_TOO_LARGE",
    "RATE_LIMITED",
    "RpcError",
    "ParseError",
    "InvalidRequest",
    "MethodNotFound",
    "InvalidParams",
    "InternalError",
    "NotFoundError",
    "ConflictError",
    "VersionConflictError",
    "ReferentialIntegrityError",
    "FlowFailedError",
    "UnauthorizedError",
    "ForbiddenError",
    "PayloadTooLargeError",
    "RateLimitedError",
    "ERROR_CLASSES",
    "error_class_for_code",
    "to_error_object",
]

# Codes, kinds and messages come from the one table in torquec/contract.py
# (the front-end's ErrorCode is generated from it too).
_E = ERROR_BY_KIND

# --- JSON-RPC 2.0 specification codes --------------------------------------
PARSE_ERROR, INVALID_REQUEST, METHOD_NOT_FOUND, INVALID_PARAMS, INTERNAL_ERROR = (
    _E[k].code for k in ("parse_error", "invalid_request", "method_not_found", "invalid_params", "internal_error"))

# --- application codes (-32000..-32099; rate_limited is reserved) -----------
(NOT_FOUND, CONFLICT, VERSION_CONFLICT, REFERENTIAL_INTEGRITY, FLOW_FAILED, UNAUTHORIZED, FORBIDDEN, PAYLOAD_TOO_LARGE,
 RATE_LIMITED) = (_E[k].code for k in ("not_found", "conflict", "version_conflict", "referential_integrity", "flow_failed",
                                        "unauthorized", "forbidden", "payload_too_large", "rate_limited"))


class RpcError(Exception):
    """An error meant to be shown to the client as a JSON-RPC error object.

    ``RpcError(code, message, data=None)`` builds an ad-hoc error; prefer the
    subclasses, which fix ``code`` and ``kind``::

        raise NotFoundError(entity="Customer", id=cid)
        # -> {"code": -32001, "message": "Not found",
        #     "data": {"kind": "not_found", "entity": "Customer", "id": cid}}

    ``data`` may be a mapping (merged into the error's ``data`` object after
    ``kind``) or any other JSON value (stored under ``data.detail``).
    """

    kind: ClassVar[str] = "error"
    default_message: ClassVar[str] = "Server error"
    #: whether ``data`` (and so ``data.kind``) is emitted when no details exist
    always_data: ClassVar[bool] = True


    def __init__(self, code: int, message: str | None = None, data: Any = None) -> None:
        self.code = int(code)
        self.message = message if message is not None else self.default_message
        self.data = data
        super().__init__(self.message)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code}, message={self.message!r}, data={self.data!r})"

    def to_error_object(self) -> dict[str, Any]:
        err: dict[str, Any] = {"code": self.code, "message": self.message}
        data = self.data
        if data is None:
            if self.always_data:
                err["data"] = {"kind": self.kind}
        elif isinstance(data, Mapping):
            d = {"kind": self.kind}
            d.update(data)
            err["data"] = d
        else:
            err["data"] = {"kind": self.kind, "detail": data}
        return err


class _FixedCodeError(RpcError):
    """Base for errors whose code is fixed by the class.

    Signature: ``Cls(message=None, data=None, **details)``; ``details`` are
    merged into ``data``.
    """

    fixed_code: ClassVar[int] = INTERNAL_ERROR

    def __init_subclass__(cls, kind: str = "", **kw: Any) -> None:
        """``class NotFoundError(_FixedCodeError, kind="not_found")``: code and message from the contract's table."""
        super().__init_subclass__(**kw)
        if kind:
            spec = _E[kind]
            cls.fixed_code, cls.kind, cls.default_message = spec.code, spec.kind, spec.message


    def __init__(self, message: str | None = None, data: Any = None, **details: Any) -> None:
        if details:
            if data is None:
                data = details
            elif isinstance(data, Mapping):
                data = {**data, **details}
            else:
                data = {"detail": data, **details}
        super().__init__(self.fixed_code, message, data)


# --- specification errors ---------------------------------------------------


class ParseError(_FixedCodeError, kind="parse_error"):
    always_data = False


class InvalidRequest(_FixedCodeError, kind="invalid_request"):
    always_data = False


class MethodNotFound(_FixedCodeError, kind="method_not_found"):
    always_data = False


class InvalidParams(_FixedCodeError, kind="invalid_params"):
    """Invalid method parameters (validation failure).

    ``InvalidParams(message=None, errors=None, data=None, **details)`` where
    ``errors`` is a list of ``{"field": str, "rule": str, "message": str}``
    (extra keys allowed), emitted as ``data.errors`` (always a list).
    """

    def __init__(
        self,
        message: str | None = None,
        errors: Iterable[Mapping[str, Any]] | None = None,
        data: Any = None,
        **details: Any,
    ) -> None:
        self.errors: list[dict[str, Any]] = [dict(e) for e in errors] if errors else []
        super().__init__(message, data, **details)

    @classmethod
    def single(cls, field: str, rule: str, message: str) -> "InvalidParams":
        """One failing field: ``InvalidParams.single("email", "pattern", "...")``."""
        return cls(errors=[{"field": field, "rule": rule, "message": message}])

    @classmethod
    def from_pydantic(cls, exc: Any, prefix: str | None = None) -> "InvalidParams":
        """Convert a pydantic ``ValidationError`` (anything with ``.errors()``).

        ``field`` is the dotted location (``items.0.name``), ``rule`` the pydantic
        error type (``missing``, ``string_too_short``, ...), ``message`` its msg.
        """
        out: list[dict[str, Any]] = []
        try:
            raw = exc.errors(include_url=False)
        except TypeError:
            raw = exc.errors()
        for e in raw:
            loc = ".".join(str(p) for p in e.get("loc", ()))
            if prefix:
                loc = f"{prefix}.{loc}" if loc else prefix
            out.append({"field": loc, "rule": str(e.get("type", "invalid")), "message": str(e.get("msg", ""))})
        return cls(errors=out)

    def to_error_object(self) -> dict[str, Any]:
        err = super().to_error_object()
        data = err["data"]
        if self.errors or "errors" not in data:
            data["errors"] = self.errors
        return err


class InternalError(_FixedCodeError, kind="internal_error"):
    """Server-side failure.  The dispatcher uses the default message for
    unexpected exceptions; never put internal details in ``message``/``data``."""


# --- application errors -----------------------------------------------------


class NotFoundError(_FixedCodeError, kind="not_found"):
    pass


class ConflictError(_FixedCodeError, kind="conflict"):
    """Unique constraint violation."""


class VersionConflictError(_FixedCodeError, kind="version_conflict"):
    """Stale ``expectedVersion`` on update."""


class ReferentialIntegrityError(_FixedCodeError, kind="referential_integrity"):
    """Restrict / foreign-key violation."""


class FlowFailedError(_FixedCodeError, kind="flow_failed"):
    pass


class UnauthorizedError(_FixedCodeError, kind="unauthorized"):
    """No or invalid credentials."""


class ForbiddenError(_FixedCodeError, kind="forbidden"):
    pass


class PayloadTooLargeError(_FixedCodeError, kind="payload_too_large"):
    pass


class RateLimitedError(_FixedCodeError, kind="rate_limited"):
    """Reserved (-32009)."""


#: every concrete error class, e.g. for documenting errors in OpenRPC
ERROR_CLASSES: tuple[type[RpcError], ...] = (
    ParseError,
    InvalidRequest,
    MethodNotFound,
    InvalidParams,
    InternalError,
    NotFoundError,
    ConflictError,
    VersionConflictError,
    ReferentialIntegrityError,
    FlowFailedError,
    UnauthorizedError,
    ForbiddenError,
    PayloadTooLargeError,
    RateLimitedError,
)

_BY_CODE: dict[int, type[RpcError]] = {c.fixed_code: c for c in ERROR_CLASSES}  # type: ignore[attr-defined]


def error_class_for_code(code: int) -> type[RpcError] | None:
    """The error class with a given code, or ``None``."""
    return _BY_CODE.get(code)


def to_error_object(exc: BaseException) -> dict[str, Any]:
    """JSON-RPC error object for ``exc``.

    An :class:`RpcError` gives its own object; any other exception gives a
    generic -32603 object that reveals nothing about the exception.
    """
    if isinstance(exc, RpcError):
        return exc.to_error_object()
    return {"code": INTERNAL_ERROR, "message": "Internal error", "data": {"kind": "internal_error"}}
