"""The studio's HTTP surface, under ``/__torque/studio/`` (behind watch's DevGuard).

- ``GET  /__torque/studio/``              the single-page app (built assets in ``torquec/studio_dist``)
- ``GET  /__torque/studio/api/model``     ``{version, text, model, diagnostics, history}``
- ``GET  /__torque/studio/api/diagnostics`` ``{version, diagnostics}`` of the file as it is now
- ``GET  /__torque/studio/api/version``   ``{version}``: cheap, polled by the studio so saves made
  elsewhere show up within half a second even while watch is busy rebuilding
- ``POST /__torque/studio/api/edit``      ``{base, ops, label?}``: JSON-pointer operations, see textedit.py
- ``POST /__torque/studio/api/text``      ``{base, text}``: the whole text (the JSON view)
- ``POST /__torque/studio/api/undo|redo`` ``{base}``
- ``POST /__torque/studio/api/rename``    ``{base, pointer, name}``: rename the entity, field, relationship
  or flow whose name is at ``pointer`` (e.g. ``/entities/2/name``) everywhere it is used — the LSP's
  own rename (torquec/lsp/navigation.py), so the studio and text editors cannot disagree
- ``POST /__torque/studio/api/run``       ``{flow, input?, role?}``: run the flow in the served app as
  ``role`` (the Run panel; a model with ``auth`` needs one), see flowrun.py; answers the JSON-RPC response
- ``POST /__torque/studio/api/rpc?role=…`` a JSON-RPC request or batch handled by the served app as ``role``:
  the page editor's canvas renders the app's own components, whose calls come here (flowrun.py)

For a large file (over 200 KB: checking it takes longer than the edit) a state carries
``diagnostics: null`` and the studio asks ``api/diagnostics`` next, so an edit shows at once.
Changes answer the new state, **409** with the file's current state when ``base``
is not the file's version any more, **422** for an operation that cannot apply.
The watcher sees the write and rebuilds, as for any other save.
"""

from __future__ import annotations

import asyncio
import functools
import json
import mimetypes
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, AsyncContextManager, AsyncIterator, Callable
from urllib.parse import parse_qs

from torquec.studio.store import Conflict, ModelStore, version_of
from torquec.studio.textedit import EditError

PREFIX = "/__torque/studio/"
DIST = Path(__file__).resolve().parent.parent / "studio_dist"
_MAX_BODY = 64 * 1024 * 1024
_CHECK_INLINE_UP_TO = 200_000  # characters


class StudioRoutes:
    def __init__(self, model_path: str, serving: Callable[[], AsyncContextManager[Any]] | None = None) -> None:
        self.store = ModelStore(model_path)
        # ``async with serving() as rt``: the Runtime of the app watch serves now (None: none yet),
        # kept open (not swapped out and closed) until the block ends
        self.serving = serving if serving is not None else _nothing_served
        self._diagnosed: tuple[str, list] | None = None
        # The studio's own threads: its saves (a model write, a build) must not wait behind the
        # app's requests or dev-route work on a shared pool.
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="torque-studio")

    async def _run(self, fn, *args):
        return await asyncio.get_running_loop().run_in_executor(self._pool, functools.partial(fn, *args))

    async def __call__(self, scope, receive, send) -> None:
        path, method = scope["path"], scope["method"]
        rest = path[len(PREFIX):]
        if rest.startswith("api/"):
            await self._api(rest[4:], method, receive, send, scope)
        elif method in ("GET", "HEAD"):
            await self._asset(rest, send)
        else:
            await _json(send, 405, {"error": f"{method} not allowed on {path}"})

    # ------------------------------------------------------------------ assets

    async def _asset(self, rest: str, send) -> None:
        target = (DIST / rest).resolve() if rest else DIST / "index.html"
        if not str(target).startswith(str(DIST.resolve())) or not target.is_file():
            target = DIST / "index.html"  # client-side routes
        if not target.is_file():
            await _respond(send, 503, b"the studio's assets are missing from this torquec install "
                                      b"(a source checkout builds them with: npm --prefix studio ci && npm --prefix studio run build)",
                           "text/plain; charset=utf-8")
            return
        ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype == "application/javascript":
            ctype += "; charset=utf-8"
        # Hashed asset names never change content; index.html must be fresh after an upgrade.
        cache = b"public, max-age=31536000, immutable" if "/assets/" in str(target) else b"no-store"
        await _respond(send, 200, target.read_bytes(), ctype, cache)

    # ------------------------------------------------------------------ API

    async def _api(self, name: str, method: str, receive, send, scope) -> None:
        if name == "model" and method == "GET":
            await _json(send, 200, await self.state(self.store.read()))
            return
        if name == "diagnostics" and method == "GET":
            text = self.store.read()
            version = version_of(text)
            await _json(send, 200, {"version": version, "diagnostics": await self._diagnostics(version, text)})
            return
        if name == "version" and method == "GET":
            await _json(send, 200, {"version": version_of(self.store.read())})
            return
        if method == "POST" and name in ("complete", "check"):
            await self._assist(name, receive, send)
            return
        if method == "POST" and name == "run":
            await self._run_flow(receive, send)
            return
        if method == "POST" and name == "rpc":
            await self._rpc(scope, receive, send)
            return
        if method != "POST" or name not in ("edit", "text", "undo", "redo", "rename"):
            await _json(send, 404, {"error": f"no studio route {method} {name}"})
            return
        try:
            body = json.loads(await _read_body(receive))
        except (ValueError, UnicodeDecodeError):
            await _json(send, 400, {"error": "the body must be a JSON object"})
            return
        if not isinstance(body, dict) or not isinstance(body.get("base"), str):
            await _json(send, 400, {"error": "the body needs `base`: the version the change was made on"})
            return
        base = body["base"]
        try:
            if name == "edit":
                text = await self._run(self.store.edit, base, body.get("ops"), str(body.get("label") or "edit"))
            elif name == "text":
                if not isinstance(body.get("text"), str):
                    await _json(send, 400, {"error": "`text` must be a string"})
                    return
                text = await self._run(self.store.replace, base, body["text"])
            elif name == "rename":
                if not isinstance(body.get("pointer"), str) or not isinstance(body.get("name"), str) or not body["name"]:
                    await _json(send, 400, {"error": "`pointer` and `name` must be strings (name not empty)"})
                    return
                text = await self._run(self.store.rewrite, base, lambda t: renamed(t, body["pointer"], body["name"]),
                                               str(body.get("label") or f"rename to {body['name']}"))
            elif name == "undo":
                text = await self._run(self.store.undo, base)
            else:
                text = await self._run(self.store.redo, base)
        except Conflict as exc:
            await _json(send, 409, {"error": str(exc), "state": await self.state(exc.text)})
            return
        except (EditError, LookupError) as exc:
            await _json(send, 422, {"error": str(exc)})
            return
        await _json(send, 200, await self.state(text))

    async def _assist(self, name: str, receive, send) -> None:
        """The JSON view's help on text not saved yet: ``complete {text, offset}`` answers the LSP's
        completion (schema- and model-aware) at that offset; ``check {text}`` the compiler's diagnostics."""
        try:
            body = json.loads(await _read_body(receive))
        except (ValueError, UnicodeDecodeError):
            body = None
        if not isinstance(body, dict) or not isinstance(body.get("text"), str):
            await _json(send, 400, {"error": "the body needs `text`"})
            return
        text = body["text"]
        if name == "check":
            from torquec.diagnostics import to_json_list
            from torquec.driver import analyze

            result = await self._run(analyze, self.store.path, text)
            await _json(send, 200, {"diagnostics": to_json_list(result.diagnostics, result.source)})
            return
        offset = body.get("offset")
        if not isinstance(offset, int) or not 0 <= offset <= len(text):
            await _json(send, 400, {"error": "`offset` must be a character offset in `text`"})
            return
        await _json(send, 200, {"items": await self._run(completions, text, offset)})

    async def _run_flow(self, receive, send) -> None:
        from torquec.studio.flowrun import run_flow_as

        try:
            body = json.loads(await _read_body(receive))
        except (ValueError, UnicodeDecodeError):
            await _json(send, 400, {"error": "the body must be a JSON object"})
            return
        async with self.serving() as rt:
            status, answer = await run_flow_as(rt, body)
        if isinstance(answer, bytes):
            await _respond(send, status, answer, "application/json")
        else:
            await _json(send, status, answer)

    async def _rpc(self, scope, receive, send) -> None:
        from torquec.studio.flowrun import rpc_as

        role = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("role", [None])[0]
        try:
            body = await _read_body(receive)
        except ValueError:
            await _json(send, 413, {"error": "the request is too large"})
            return
        async with self.serving() as rt:
            status, answer = await rpc_as(rt, body, role)
        if isinstance(answer, bytes):
            await _respond(send, status, answer, "application/json")
        else:
            await _json(send, status, answer)

    async def state(self, text: str) -> dict:
        version = version_of(text)
        try:
            model = json.loads(text)
        except ValueError:
            model = None
        if len(text) <= _CHECK_INLINE_UP_TO:
            diagnostics = await self._diagnostics(version, text)
        else:
            diagnostics = self._diagnosed[1] if self._diagnosed is not None and self._diagnosed[0] == version else None
        return {"version": version, "text": text, "model": model, "diagnostics": diagnostics,
                "history": self.store.history()}

    async def _diagnostics(self, version: str, text: str) -> list:
        if self._diagnosed is not None and self._diagnosed[0] == version:
            return self._diagnosed[1]
        from torquec.diagnostics import to_json_list
        from torquec.driver import analyze

        result = await self._run(analyze, self.store.path, text)
        listed = to_json_list(result.diagnostics, result.source)
        for d in listed:
            offset = _offset_in_string(text, result.source, d)
            if offset is not None:
                d["valueOffset"] = offset
        self._diagnosed = (version, listed)
        return listed


def completions(text: str, offset: int) -> list[dict]:
    """The LSP's completion items at ``offset`` as ``{label, detail, apply, from, to}`` (offsets)."""
    from torquec.lsp.completion import complete
    from torquec.lsp.document import ModelDocument

    doc = ModelDocument("studio:model", text)
    out = []
    for item in complete(doc, offset):
        edit = item.text_edit
        rng = getattr(edit, "range", None) or getattr(edit, "replace", None)
        start, end = (doc.offset_at(rng.start), doc.offset_at(rng.end)) if rng is not None else (offset, offset)
        out.append({"label": item.label, "detail": item.detail or "",
                    "apply": edit.new_text if edit is not None else (item.insert_text or item.label),
                    "from": start, "to": end})
    return out


def _offset_in_string(text: str, source, d: dict) -> int | None:
    """Where a diagnostic falls inside the string value its pointer names (a flow node's
    JavaScript), counted in the decoded string: the code editor marks that exact place."""
    if not d.get("pointer") or not d.get("line") or not d.get("column"):
        return None
    from torquec.load.sourcemap import span_in

    span = span_in(text, d["pointer"])
    if span is None or text[span[0]] != '"':
        return None
    at = source.offset_of(d["line"], d["column"])
    if not span[0] < at < span[1]:
        return None
    raw = text[span[0] + 1:at]
    for cut in range(0, 6):  # the place may fall inside an escape sequence: back up to its start
        try:
            return len(json.loads('"' + raw[:len(raw) - cut] + '"'))
        except ValueError:
            continue
    return None


def renamed(text: str, pointer: str, new_name: str) -> str:
    """``text`` with the name defined at ``pointer`` renamed at every use (the LSP's rename).
    A name that defines nothing yet (empty, or a duplicate of an earlier one) changes only there."""
    from torquec.lsp.document import ModelDocument
    from torquec.lsp.navigation import RENAMEABLE, rename_spans, symbol_at

    doc = ModelDocument("studio:model", text)
    span = doc.span_of(pointer) if doc.data is not None else None
    if span is None or text[span[0]] != '"' or pointer.rsplit("/", 1)[-1] not in ("name", "id"):
        raise EditError(f"nothing renameable at {pointer}: name an entity, field, relationship, flow or flow node")
    found = symbol_at(doc, span[0] + 1)
    spans = None
    if found is not None and doc.symbols.def_pointer(found[0]) == pointer:
        # Flow node ids too (edges follow; code that names `nodes.x` is the author's to change).
        spans = rename_spans(doc, span[0] + 1, new_name, RENAMEABLE | {"node"})
    if spans is None:
        spans = [(span[0], span[1], json.dumps(new_name, ensure_ascii=False))]
    for start, end, replacement in sorted(spans, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


async def _read_body(receive) -> bytes:
    body = b""
    while True:
        msg = await receive()
        body += msg.get("body", b"")
        if len(body) > _MAX_BODY:
            raise ValueError("too large")
        if not msg.get("more_body"):
            return body


async def _respond(send, status: int, body: bytes, ctype: str, cache: bytes = b"no-store") -> None:
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", ctype.encode()), (b"cache-control", cache), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


async def _json(send, status: int, payload: dict) -> None:
    await _respond(send, status, json.dumps(payload, ensure_ascii=False).encode(), "application/json")


@asynccontextmanager
async def _nothing_served() -> AsyncIterator[None]:
    """``serving`` of routes outside ``torquec watch`` (tests): no app is served."""
    yield None
