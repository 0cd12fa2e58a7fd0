"""Helpers for the XFlow tests: small models with one flow, compiled in memory."""

from __future__ import annotations

import json
import threading
import uuid
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

from passes.modelkit import chain, check, flow, minimal

from torquec.diagnostics import render_text

S = {"id": "start", "type": "start"}
E = {"id": "end", "type": "end"}

__all__ = ["S", "E", "chain", "check", "flow", "minimal", "model_with", "js_text", "engine_for", "local_http", "built_app",
           "served"]


def model_with(*flows, model=None, hosts=None) -> dict:
    m = model or minimal()
    m["flows"] = list(flows)
    if hosts is not None:
        m["http"] = {"allowedHosts": list(hosts)}
    return m


def js_text(code: str, kind: str = "javascript", key: str | None = None) -> str:
    """Rendered flow_code diagnostics (E64x/E65x/W64x) for one piece in a start → node → end flow."""
    key = key or {"javascript": "code", "transform": "expression", "condition": "expression", "end": "output",
                  "error": "message"}[kind]
    node = {"id": "n", "type": kind, key: code}
    if kind in ("end", "error"):
        f = flow("t", nodes=[S, node], edges=chain("start", "n"))
    elif kind == "condition":
        f = flow("t", nodes=[S, node, E], edges=chain("start", "n") + [{"from": "n", "to": "end"}])
    else:
        f = flow("t", nodes=[S, node, E], edges=chain("start", "n", "end"))
    r = check(model_with(f))
    mine = [d for d in r.diags if d.code[:3] in ("E64", "E65", "W64")]
    return render_text(mine, r.source)


def engine_for(*flows, hosts=None, model=None, **kwargs):
    """A FlowEngine over the flows (compiled in memory); asserts the model has no errors."""
    from torquec.runtime.xflow.engine import FlowEngine

    r = check(model_with(*flows, model=model, hosts=hosts))
    assert not r.diags.has_errors, r.text
    return FlowEngine.from_model(r.model, **kwargs)


def local_http(handler, path: str) -> Iterator[str]:
    """For a fixture to ``yield from``: a local HTTP server answering with ``handler`` (a
    ``BaseHTTPRequestHandler``); yields its URL with ``path``, shut down afterwards."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}{path}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def built_app(tmp_path_factory, name: str, model: dict) -> Path:
    """``model`` written to a temp dir and compiled; the app's directory."""
    from torquec.driver import build

    base = tmp_path_factory.mktemp(name)
    path = base / f"{name}.json"
    path.write_text(json.dumps(model, indent=2), encoding="utf-8")
    result = build(str(path), str(base / "app"))
    assert result.ok, [d.message for d in result.diagnostics]
    return base / "app"


def served(request, app_dir: Path, **server_options) -> Iterator:
    """For a fixture parametrized with ``sqlite``/``postgres`` to ``yield from``: the app served on a
    database of its own (a fresh file, or a PostgreSQL database dropped afterwards), unseeded."""
    from server.harness import Server

    drop = None
    if request.param == "postgres":
        cluster = request.getfixturevalue("pg_cluster")
        name = f"xf_{uuid.uuid4().hex[:10]}"
        url, drop = cluster.create_database(name), (cluster, name)
    else:
        url = str(app_dir.parent / f"db-{uuid.uuid4().hex[:6]}.sqlite")
    s = Server(app_dir, database_url=url, seed=False, **server_options)
    s.backend = request.param
    yield s
    s.stop()
    if drop:
        drop[0].drop_database(drop[1])
