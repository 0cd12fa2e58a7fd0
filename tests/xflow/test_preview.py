"""previewEntity through the running server (SQLite and PostgreSQL): the before-flows run on a draft
and nothing of the run remains — entity writes are rolled back (no after-commit flow runs), an HTTP
call is refused rather than made, log lines stay out of the server log."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler

import pytest

from xflow.flowapp import S, _flow
from xflow.kit import built_app, local_http, served

HITS: list[str] = []


class _Counter(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        self.rfile.read(int(self.headers.get("content-length") or 0))
        HITS.append(self.path)
        raw = b'{"rate": 2}'
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)


def _model(rate_url: str) -> dict:
    def field(entity, name, type_, **extra):
        return {"id": f"fld-{entity}-{name}".lower(), "name": name, "type": type_, **extra}

    return {
        "name": "previewapp", "title": "Preview app", "version": "1.0.0",
        "http": {"allowedHosts": ["127.0.0.1"]},
        "entities": [
            {"id": "ent-invoice", "name": "Invoice", "fields": [
                field("Invoice", "number", "string", required=True),
                field("Invoice", "quantity", "integer"),
                field("Invoice", "unitPrice", "decimal"),
                field("Invoice", "total", "decimal")]},
            {"id": "ent-audit", "name": "Audit", "fields": [field("Audit", "message", "string", required=True)]},
            {"id": "ent-quote", "name": "Quote", "fields": [
                field("Quote", "amount", "decimal", required=True), field("Quote", "converted", "decimal")]},
        ],
        "auth": {"roles": [
            {"name": "admin", "permissions": {"*": ["read", "create", "update", "delete"]}, "flows": ["*"]},
            {"name": "clerk", "permissions": {"Invoice": ["read", "update"]}},
        ]},
        "flows": [
            _flow("price", "priceInvoice", [
                S,
                {"id": "audit", "type": "entityWrite", "entity": "Audit", "operation": "create",
                 "data": "({message: 'priced ' + input.number})"},
                {"id": "work", "type": "javascript",
                 "code": "ctx.log('pricing-line ' + input.number);\n"
                         "return Object.assign({}, input, {total: (input.quantity || 0) * Number(input.unitPrice || 0)});"},
                {"id": "end", "type": "end"},
            ], [("start", "audit", None), ("audit", "work", None), ("work", "end", None)],
                trigger={"type": "entity", "entity": "Invoice", "event": "create", "phase": "before"}),
            _flow("reprice", "repriceInvoice", [
                S,
                {"id": "work", "type": "transform", "expression": "({total: input.quantity * Number(input.unitPrice)})"},
                {"id": "end", "type": "end"},
            ], [("start", "work", None), ("work", "end", None)],
                trigger={"type": "entity", "entity": "Invoice", "event": "update", "phase": "before"}),
            _flow("audited", "auditAudit", [
                S,
                {"id": "again", "type": "entityWrite", "entity": "Audit", "operation": "create", "data": "({message: 'after'})"},
                {"id": "end", "type": "end"},
            ], [("start", "again", None), ("again", "end", None)],
                trigger={"type": "entity", "entity": "Invoice", "event": "create", "phase": "after"}),
            _flow("convert", "convertQuote", [
                S,
                {"id": "rate", "type": "httpRequest", "method": "POST", "url": f"'{rate_url}'", "body": "({amount: input.amount})"},
                {"id": "end", "type": "end", "output": "({converted: Number(input.amount) * prev.body.rate})"},
            ], [("start", "rate", None), ("rate", "end", None)],
                trigger={"type": "entity", "entity": "Quote", "event": "create", "phase": "before"}),
        ],
    }


@pytest.fixture(scope="module")
def rate_url():
    yield from local_http(_Counter, "/rate")


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def srv(request, rate_url, tmp_path_factory):
    app = built_app(tmp_path_factory, "previewapp", _model(rate_url))
    yield from served(request, app, tokens="admin-token:admin,clerk-token:clerk", token="admin-token",
                      extra_args=["--log-level", "info"])


def test_entity_writes_of_a_preview_are_rolled_back(srv):
    audits = srv.total("Audit")
    out = srv.rpc("previewEntity", {"entity": "Invoice", "data": {"number": "P-1", "quantity": 3, "unitPrice": "2.50"}})
    assert out == {"data": {"total": "7.50"}, "errors": []}
    assert srv.total("Invoice") == 0 and srv.total("Audit") == audits  # neither the flow's write nor an after-flow's
    assert "pricing-line P-1" not in srv.output()
    saved = srv.rpc("createEntity", {"entity": "Invoice", "data": {"number": "S-1", "quantity": 3, "unitPrice": "2.50"}})
    assert saved["total"] == "7.50"
    assert srv.total("Audit") >= audits + 1  # the same flow writes when it is a real save
    assert "pricing-line S-1" in srv.output()  # and logs (the preview's line was not left out by chance)


def test_an_edit_is_previewed_with_the_update_flows_and_the_update_permission(srv):
    inv = srv.rpc("createEntity", {"entity": "Invoice", "data": {"number": "E-1", "quantity": 1, "unitPrice": "4.00"}})
    for token in ("admin-token", "clerk-token"):
        out = srv.rpc("previewEntity", {"entity": "Invoice", "id": inv["id"], "data": {"quantity": 5}}, token)
        assert out == {"data": {"total": "20.00"}, "errors": []}
    assert srv.rpc("getEntity", {"entity": "Invoice", "id": inv["id"]})["total"] == "4.00"
    err = srv.error("previewEntity", {"entity": "Invoice", "data": {"number": "C-1"}}, "clerk-token")
    assert err["code"] == -32007  # the clerk may update invoices, not create them


def test_an_http_call_is_refused_not_made(srv):
    HITS.clear()
    out = srv.rpc("previewEntity", {"entity": "Quote", "data": {"amount": 10}})
    assert out["data"] == {} and HITS == []
    err = out["flowError"]
    assert err["code"] == -32005 and err["data"]["errorCode"] == "PREVIEW" and err["data"]["node"] == "rate"
    assert "not called in a preview" in err["data"]["message"]
    assert srv.rpc("createEntity", {"entity": "Quote", "data": {"amount": 10}})["converted"] == "20.00"
    assert HITS == ["/rate"]  # a save calls it
