"""httpRequest nodes against a loopback HTTP server started here; the host allowlist."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from torquec.runtime.errors import FlowFailedError
from torquec.runtime.xflow.hosts import host_allowed
from xflow.kit import E, S, chain, engine_for, flow


class Handler(BaseHTTPRequestHandler):
    hits: dict[str, int] = {}

    def log_message(self, *args):  # quiet
        pass

    def _send(self, status: int, body, ctype="application/json", headers=None):
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("content-type", ctype)
        self.send_header("content-length", str(len(raw)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(raw)

    def do_GET(self):
        self._route()

    def do_POST(self):
        self._route()

    def _route(self):
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        path = self.path.split("?")[0]
        Handler.hits[path] = Handler.hits.get(path, 0) + 1
        if path == "/echo":
            self._send(200, {"method": self.command, "path": self.path, "body": body.decode(),
                             "ctype": self.headers.get("content-type"), "token": self.headers.get("x-token")})
        elif path == "/flaky":
            if Handler.hits[path] % 3 != 0:
                self._send(503, {"error": "try again"})
            else:
                self._send(200, {"ok": True, "attempt": Handler.hits[path]})
        elif path == "/missing":
            self._send(404, {"error": "nope"})
        elif path == "/slow":
            time.sleep(1.0)
            self._send(200, {"late": True})
        elif path == "/text":
            self._send(200, b"plain words", "text/plain; charset=utf-8")
        elif path == "/redirect":
            self._send(302, b"", "text/plain", {"location": "http://evil.example/"})
        else:
            self._send(500, {"error": "unknown"})


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):  # the /slow client hangs up by design
        pass


@pytest.fixture(scope="module")
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def req(url: str, **extra):
    return {"id": "call", "type": "httpRequest", "method": extra.pop("method", "GET"), "url": url, **extra}


def one(name, node, **kw):
    return flow(name, nodes=[S, node, E], edges=chain("start", "call", "end"), **kw)


@pytest.fixture(scope="module")
def engine(server):
    base = json.dumps(server)
    return engine_for(
        one("echo", req(f"{base} + '/echo?q=' + encodeURIComponent(input.q)", method="POST",
                        headers={"X-Token": "input.token"}, body="({hello: input.q})")),
        one("text", req(f"{base} + '/text'")),
        one("textBody", req(f"{base} + '/echo'", method="POST", body="'raw text'")),
        one("flaky", req(f"{base} + '/flaky'", retries=3), timeoutMs=10000),
        one("missing", req(f"{base} + '/missing'", retries=3)),
        one("slow", req(f"{base} + '/slow'", timeoutMs=150)),
        one("redirect", req(f"{base} + '/redirect'")),
        one("elsewhere", req("'http://' + input.host + '/'")),
        one("notHttp", req("'file:///etc/passwd'")),
        hosts=["127.0.0.1"],
    )


def test_request_with_body_headers_and_json_response(engine):
    out = engine.run("echo", {"q": "a b", "token": "t0k"})["output"]
    assert out["status"] == 200 and out["headers"]["content-type"] == "application/json"
    assert out["body"] == {"method": "POST", "path": "/echo?q=a%20b", "body": '{"hello":"a b"}',
                           "ctype": "application/json", "token": "t0k"}


def test_text_responses_and_text_bodies(engine):
    assert engine.run("text")["output"]["body"] == "plain words"
    sent = engine.run("textBody")["output"]["body"]
    assert sent["body"] == "raw text" and sent["ctype"] == "text/plain; charset=utf-8"


def test_retries_on_503_then_succeeds(engine):
    Handler.hits.pop("/flaky", None)
    out = engine.run("flaky")["output"]
    assert out["body"] == {"ok": True, "attempt": 3}


def test_client_errors_are_not_retried(engine):
    Handler.hits.pop("/missing", None)
    with pytest.raises(FlowFailedError) as ei:
        engine.run("missing")
    assert ei.value.data["errorCode"] == "HTTP_404" and ei.value.data["node"] == "call"
    assert ei.value.data["message"].endswith("/missing returned HTTP 404")
    assert Handler.hits["/missing"] == 1


def test_node_timeout(engine):
    t0 = time.monotonic()
    with pytest.raises(FlowFailedError) as ei:
        engine.run("slow")
    assert ei.value.data["errorCode"] == "TIMEOUT"
    assert time.monotonic() - t0 < 0.95  # the server answers after 1 s


def test_redirects_are_not_followed(engine):
    out = engine.run("redirect")["output"]
    assert out["status"] == 302 and out["headers"]["location"] == "http://evil.example/"


def test_disallowed_host_is_rejected(engine):
    with pytest.raises(FlowFailedError) as ei:
        engine.run("elsewhere", {"host": "example.com"})
    data = ei.value.data
    assert data["errorCode"] == "HOST_NOT_ALLOWED" and data["reason"] == "host"
    assert data["message"] == "http: host 'example.com' is not in http.allowedHosts (allowed: 127.0.0.1)"
    with pytest.raises(FlowFailedError) as ei:
        engine.run("elsewhere", {"host": "localhost"})
    assert ei.value.data["errorCode"] == "HOST_NOT_ALLOWED"
    with pytest.raises(FlowFailedError) as ei:
        engine.run("notHttp")
    assert ei.value.data["errorCode"] == "INVALID_URL"


def test_host_allowlist_rules():
    assert host_allowed("api.example.com", 443, ["api.example.com"])
    assert host_allowed("API.example.com.", 443, ["api.example.com"])
    assert not host_allowed("api.example.com.evil.io", 443, ["api.example.com"])
    assert host_allowed("a.example.com", 443, ["*.example.com"]) and not host_allowed("example.com", 443, ["*.example.com"])
    assert host_allowed("127.0.0.1", 8080, ["127.0.0.1:8080"]) and not host_allowed("127.0.0.1", 8081, ["127.0.0.1:8080"])
    assert not host_allowed("anything", 80, [])
