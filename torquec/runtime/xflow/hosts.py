"""Host functions: what flow JavaScript may ask of Python, and nothing else.

Registered on the :class:`~torquec.runtime.xflow.sandbox.SandboxPool` under
these names (JS sees ``host.<name>(args)``; only the compiled flow code and
the ``__xf`` runtime hold ``host`` — flow JavaScript cannot reach it):

``entityRead``  ``{node, entity, id}`` → record or ``null``;
                ``{node, entity, filters, limit}`` → list of records
``entityWrite`` ``{node, entity, op: create|update|delete, id?, data?}`` → record
``http``        ``{node, method, url, headers?, body?, timeoutMs?, retries?}``
                → ``{status, headers, body}``
``log``         ``{node, message}`` → ``null``
``clock``       → milliseconds (float, monotonic; trace timing only)

Each receives the :class:`RunContext` of the run that called it. Entity
access goes through the ``services`` object the engine was given (the
server's service layer: same validation, permissions and transaction as the
API; see :class:`FlowServices`).
"""

from __future__ import annotations

import fnmatch
import logging
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol, runtime_checkable

import httpx
import orjson

from torquec.runtime.preview import previewing
from torquec.runtime.xflow.sandbox import current_call

log = logging.getLogger("torquec.xflow")

MAX_HTTP_BODY = 10 * 1024 * 1024
DEFAULT_HTTP_TIMEOUT_MS = 30_000
RETRY_STATUSES = frozenset({429, 502, 503, 504})


class HostError(Exception):
    """A host function refused or failed; JS sees a catchable ``HostError``."""

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.code = code


@runtime_checkable
class FlowServices(Protocol):
    """Entity access for flows. ``run.tx`` / ``run.principal`` carry the transaction and the caller."""

    def read(self, run: "RunContext", entity: str, id: Any) -> dict | None: ...

    def query(self, run: "RunContext", entity: str, filters: list[dict], limit: int) -> list[dict]: ...

    def create(self, run: "RunContext", entity: str, data: dict) -> dict: ...

    def update(self, run: "RunContext", entity: str, id: Any, data: dict) -> dict: ...

    def delete(self, run: "RunContext", entity: str, id: Any) -> dict: ...


class NoServices:
    """Stand-in until an app's service layer is attached: every entity call fails clearly."""

    def _fail(self, *_a, **_k):
        raise HostError("entity access needs the generated server's service layer (no database attached)",
                        "NO_DATABASE")

    read = query = create = update = delete = _fail


@dataclass
class RunContext:
    """One run of one flow; the ``run`` object host functions receive."""

    engine: Any
    flow: Any  # FlowInfo
    tx: Any = None
    principal: Any = None
    trace: bool = False
    host_errors: list[BaseException] = field(default_factory=list)
    logs: list[tuple[str | None, str]] = field(default_factory=list)
    extra: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- entity


def entity_read(run: RunContext, args: dict) -> Any:
    entity = _str(args, "entity")
    services = run.engine.services
    if "filters" not in args:
        # A read by id (the compiled node sends `filters` only for list reads).
        # `{id: undefined}` arrives without an `id` key (JSON drops it): that is
        # still a read by id, of no record, never a list read.
        rid = args.get("id")
        if rid is None or rid == "":
            return None
        return services.read(run, entity, rid)
    filters = args.get("filters") or []
    limit = int(args.get("limit") or 100)
    return services.query(run, entity, filters, limit)


def entity_write(run: RunContext, args: dict) -> Any:
    entity = _str(args, "entity")
    op = _str(args, "op")
    services = run.engine.services
    if op == "create":
        return services.create(run, entity, _data(args))
    rid = args.get("id")
    if rid is None or rid == "":
        raise HostError(f"{op} of {entity} needs a record id (recordId gave {rid!r})", "MISSING_ID")
    if op == "update":
        return services.update(run, entity, rid, _data(args))
    if op == "delete":
        return services.delete(run, entity, rid)
    raise HostError(f"unknown entity operation {op!r}")


def _str(args: dict, key: str) -> str:
    v = args.get(key) if isinstance(args, dict) else None
    if not isinstance(v, str):
        raise HostError(f"missing {key}")
    return v


def _data(args: dict) -> dict:
    data = args.get("data")
    if not isinstance(data, dict):
        raise HostError(f"data must be an object, got {type(data).__name__ if data is not None else 'null'}",
                        "INVALID_DATA")
    return data


# --------------------------------------------------------------------------- http


def host_allowed(host: str, port: int | None, allowed: list[str]) -> bool:
    """``api.example.com`` (any port), ``127.0.0.1:8080`` (that port), ``*.example.com`` (subdomains)."""
    host = host.lower().rstrip(".")
    for entry in allowed:
        entry = entry.lower()
        want_port = None
        if entry.count(":") == 1 and not entry.startswith("["):
            entry, p = entry.split(":")
            want_port = int(p) if p.isdigit() else None
        if want_port is not None and want_port != port:
            continue
        if entry.startswith("*."):
            if fnmatch.fnmatchcase(host, entry) and host != entry[2:]:
                return True
        elif host == entry:
            return True
    return False


def http_request(run: RunContext, args: dict) -> Any:
    url_text = _str(args, "url")
    method = (args.get("method") or "GET").upper()
    if previewing():  # a call cannot be taken back: a preview (runtime/preview.py) must not make it
        raise HostError(f"{method} {url_text} is not called in a preview; the value is worked out when saved", "PREVIEW")
    try:
        url = httpx.URL(url_text)
    except Exception as exc:  # httpx.InvalidURL and friends
        raise HostError(f"invalid URL {url_text!r}: {exc}", "INVALID_URL") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise HostError(f"URL must be absolute http(s), got {url_text!r}", "INVALID_URL")
    allowed = run.flow.allowed_hosts
    if not host_allowed(url.host, url.port or (443 if url.scheme == "https" else 80), allowed):
        listed = ", ".join(allowed) if allowed else "none"
        raise HostError(f"host {url.host!r} is not in http.allowedHosts (allowed: {listed})", "HOST_NOT_ALLOWED")
    headers = {str(k): _header_value(v) for k, v in (args.get("headers") or {}).items()}
    body = args.get("body")
    content: bytes | None = None
    if body is not None:
        if isinstance(body, str):
            content = body.encode("utf-8")
            headers.setdefault("content-type", "text/plain; charset=utf-8")
        else:
            content = orjson.dumps(body)
            headers.setdefault("content-type", "application/json")
    node_timeout = args.get("timeoutMs") or DEFAULT_HTTP_TIMEOUT_MS
    retries = max(0, min(int(args.get("retries") or 0), 5))
    client = run.engine.http_client
    attempt = 0
    while True:
        budget = _remaining_ms()
        timeout_s = max(0.001, min(float(node_timeout), budget) / 1000.0)
        if budget <= 0:
            raise HostError(f"{method} {url_text}: no time left in the flow's time limit", "TIMEOUT")
        try:
            resp = _send(client, method, url, headers, content, timeout_s)
        except httpx.TimeoutException:
            err = HostError(f"{method} {url_text} timed out after {timeout_s * 1000:.0f} ms", "TIMEOUT")
        except httpx.TransportError as exc:
            err = HostError(f"{method} {url_text} failed: {exc}", "CONNECTION_FAILED")
        else:
            if resp["status"] < 400:
                return resp
            err = HostError(f"{method} {url_text} returned HTTP {resp['status']}", f"HTTP_{resp['status']}")
            if resp["status"] < 500 and resp["status"] not in RETRY_STATUSES:
                raise err
        if attempt >= retries:
            raise err
        attempt += 1
        pause = min(0.05 * (2 ** (attempt - 1)), 1.0)
        if _remaining_ms() <= pause * 1000 + 1:
            raise err
        time.sleep(pause)


def _header_value(v: Any) -> str:
    """Strings as they are; anything else as its JSON text (``true``, ``42``, ``{"a":1}``)."""
    return v if isinstance(v, str) else orjson.dumps(v).decode()


def _send(client: httpx.Client, method: str, url: httpx.URL, headers: dict, content: bytes | None, timeout_s: float) -> dict:
    with client.stream(method, url, headers=headers, content=content, timeout=timeout_s) as resp:
        chunks, size = [], 0
        for chunk in resp.iter_bytes():
            size += len(chunk)
            if size > MAX_HTTP_BODY:
                raise HostError(f"response body larger than {MAX_HTTP_BODY} bytes", "RESPONSE_TOO_LARGE")
            chunks.append(chunk)
        raw = b"".join(chunks)
        ctype = resp.headers.get("content-type", "")
        body: Any
        if "json" in ctype:
            try:
                body = orjson.loads(raw) if raw else None
            except orjson.JSONDecodeError:
                body = raw.decode(resp.encoding or "utf-8", "replace")
        else:
            body = raw.decode(resp.encoding or "utf-8", "replace")
        return {"status": resp.status_code, "headers": {k.lower(): v for k, v in resp.headers.items()}, "body": body}


def _remaining_ms() -> float:
    call = current_call()
    return call.remaining_ms() if call is not None else float(DEFAULT_HTTP_TIMEOUT_MS)


# --------------------------------------------------------------------------- log / clock


def log_message(run: RunContext, args: dict) -> None:
    node = args.get("node") if isinstance(args, dict) else None
    message = str(args.get("message", "")) if isinstance(args, dict) else str(args)
    if len(run.logs) < 1000:
        run.logs.append((node, message[:10_000]))
    if not previewing():  # a preview runs the flow at every pause in typing: its lines would flood the log
        run.engine.log_sink(run.flow.name, node, message)
    return None


def clock(_run: RunContext, _args: Any) -> float:
    return time.perf_counter() * 1000.0


def _recording(fn: Callable[[RunContext, Any], Any]) -> Callable[[RunContext, Any], Any]:
    """Keep every exception a host raises, in the sandbox's order, so the engine
    can find the original of a ``HostError`` by its ``hostErrorId``."""

    def wrapper(run: RunContext, args: Any) -> Any:
        try:
            return fn(run, args)
        except Exception as exc:
            run.host_errors.append(exc)
            raise

    wrapper.__name__ = fn.__name__
    return wrapper


HOSTS: dict[str, Callable[[RunContext, Any], Any]] = {
    "entityRead": _recording(entity_read),
    "entityWrite": _recording(entity_write),
    "http": _recording(http_request),
    "log": _recording(log_message),
    "clock": _recording(clock),
}


def default_log_sink(flow: str, node: str | None, message: str) -> None:
    log.info("flow %s%s: %s", flow, f" [{node}]" if node else "", message)
