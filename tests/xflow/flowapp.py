"""The `flowapp` test model: every XFlow node type and trigger, for the server tests."""

from __future__ import annotations


def _flow(fid, name, nodes, edges, **extra):
    return {"id": f"flow-{fid}", "name": name, "nodes": nodes,
            "edges": [{"from": a, "to": b, **({"condition": c} if c else {})} for a, b, c in edges], **extra}


S = {"id": "start", "type": "start"}


def model(http_base: str = "http://127.0.0.1:9") -> dict:
    return {
        "name": "flowapp",
        "title": "Flow app",
        "version": "1.0.0",
        "description": "Test model for XFlow through the generated server: every node type and trigger.",
        "http": {"allowedHosts": ["127.0.0.1"]},
        "entities": [
            {"id": "ent-account", "name": "Account", "fields": [
                {"id": "fld-account-name", "name": "name", "type": "string", "required": True},
                {"id": "fld-account-locked", "name": "locked", "type": "boolean", "default": False},
                {"id": "fld-account-balance", "name": "balance", "type": "decimal"}]},
            {"id": "ent-note", "name": "Note", "fields": [
                {"id": "fld-note-title", "name": "title", "type": "string", "required": True, "validation": {"maxLength": 40}},
                {"id": "fld-note-body", "name": "body", "type": "text"},
                {"id": "fld-note-account", "name": "accountId", "type": "reference", "target": "Account"}]},
            {"id": "ent-audit", "name": "Audit", "fields": [
                {"id": "fld-audit-message", "name": "message", "type": "string", "required": True},
                {"id": "fld-audit-ref", "name": "ref", "type": "string"}]},
            {"id": "ent-tick", "name": "Tick", "fields": [
                {"id": "fld-tick-label", "name": "label", "type": "string", "required": True}]},
        ],
        "auth": {"roles": [
            {"name": "admin", "permissions": {"*": ["read", "create", "update", "delete"]}, "flows": ["*"]},
            {"name": "clerk", "permissions": {"Note": ["read", "create"], "Account": ["read"]}, "flows": ["addNote", "summary", "echo"]},
        ]},
        "flows": [
            _flow("add-note", "addNote", [
                S,
                {"id": "create", "type": "entityWrite", "entity": "Note", "operation": "create", "data": "({title: input.title})"},
                {"id": "shouldFail", "type": "condition", "expression": "input.fail === true"},
                {"id": "boom", "type": "error", "message": "asked to fail after writing ${nodes.create.id}", "errorCode": "ASKED"},
                {"id": "done", "type": "end", "output": "({id: nodes.create.id, title: nodes.create.title})"},
            ], [("start", "create", None), ("create", "shouldFail", None), ("shouldFail", "boom", "true"),
                ("shouldFail", "done", "false")],
                description="Creates a note, then fails when asked to: the note must not remain.",
                inputs={"type": "object", "required": ["title"],
                        "properties": {"title": {"type": "string"}, "fail": {"type": "boolean"}}}),
            _flow("write-then-loop", "writeThenLoop", [
                S,
                {"id": "create", "type": "entityWrite", "entity": "Note", "operation": "create", "data": "({title: 'looping'})"},
                {"id": "spin", "type": "javascript", "code": "while (true) {}\nreturn 1;"},
                {"id": "end", "type": "end"},
            ], [("start", "create", None), ("create", "spin", None), ("spin", "end", None)], timeoutMs=1500),
            _flow("summary", "summary", [
                S,
                {"id": "fan", "type": "parallel"},
                {"id": "account", "type": "entityRead", "entity": "Account", "recordId": "input.accountId"},
                {"id": "notes", "type": "entityRead", "entity": "Note",
                 "filters": [{"field": "accountId", "op": "eq", "value": "input.accountId"}], "limit": 50},
                {"id": "combine", "type": "javascript",
                 "code": "ctx.log('joining', Object.keys(prev).sort().join(','));\n"
                         "return {account: prev.account && prev.account.name, notes: prev.notes.length};"},
                {"id": "label", "type": "transform", "expression": "prev.account + ': ' + prev.notes"},
                {"id": "end", "type": "end", "output": "({text: prev, detail: nodes.combine})"},
            ], [("start", "fan", None), ("fan", "account", None), ("fan", "notes", None), ("account", "combine", None),
                ("notes", "combine", None), ("combine", "label", None), ("label", "end", None)],
                inputs={"type": "object", "required": ["accountId"], "properties": {"accountId": {"type": "string"}}}),
            _flow("fetch", "fetch", [
                S,
                {"id": "get", "type": "httpRequest", "method": "POST", "url": "input.url", "body": "({ping: true})",
                 "timeoutMs": 2000},
                {"id": "end", "type": "end", "output": "prev.body"},
            ], [("start", "get", None), ("get", "end", None)],
                inputs={"type": "object", "required": ["url"], "properties": {"url": {"type": "string"}}}),
            _flow("check-note", "checkNote", [
                S,
                {"id": "forbidden", "type": "condition", "expression": "/forbidden/i.test(input.title)"},
                {"id": "reject", "type": "error", "message": "title '${input.title}' is not allowed", "errorCode": "FORBIDDEN_TITLE"},
                {"id": "shout", "type": "end", "output": "({title: input.title.toUpperCase(), body: input.body || 'checked'})"},
            ], [("start", "forbidden", None), ("forbidden", "reject", "true"), ("forbidden", "shout", "false")],
                trigger={"type": "entity", "entity": "Note", "event": "create", "phase": "before"}),
            _flow("guard-account", "guardAccount", [
                S,
                {"id": "locked", "type": "condition", "expression": "input.locked === true"},
                {"id": "refuse", "type": "error", "message": "account ${input.name} is locked", "errorCode": "LOCKED"},
                {"id": "ok", "type": "end"},
            ], [("start", "locked", None), ("locked", "refuse", "true"), ("locked", "ok", "false")],
                trigger={"type": "entity", "entity": "Account", "event": "delete", "phase": "before"}),
            _flow("audit-note", "auditNote", [
                S,
                {"id": "write", "type": "entityWrite", "entity": "Audit", "operation": "create",
                 "data": "({message: 'note ' + input.title + ' now v' + input.version, ref: input.id})"},
                {"id": "end", "type": "end"},
            ], [("start", "write", None), ("write", "end", None)],
                trigger={"type": "entity", "entity": "Note", "event": "update", "phase": "after"}),
            _flow("echo", "echo", [
                S,
                {"id": "reply", "type": "transform", "expression": "({received: input, at: 'hook'})"},
                {"id": "end", "type": "end"},
            ], [("start", "reply", None), ("reply", "end", None)],
                trigger={"type": "webhook", "path": "/hooks/echo", "method": "POST"}),
            _flow("lookup", "lookup", [
                S,
                {"id": "find", "type": "entityRead", "entity": "Account",
                 "filters": [{"field": "name", "op": "eq", "value": "input.name"}]},
                {"id": "end", "type": "end", "output": "({count: prev.length})"},
            ], [("start", "find", None), ("find", "end", None)],
                trigger={"type": "webhook", "path": "/hooks/accounts/lookup", "method": "GET"}),
            _flow("read-by-id", "readById", [
                S,
                {"id": "one", "type": "entityRead", "entity": "Account", "recordId": "input.accountId"},
                {"id": "end", "type": "end", "output": "({found: prev})"},
            ], [("start", "one", None), ("one", "end", None)]),
            _flow("regex", "backtrack", [
                S,
                {"id": "match", "type": "javascript", "code": "return /^(a+)+$/.test('a'.repeat(input.n) + '!');"},
                {"id": "end", "type": "end"},
            ], [("start", "match", None), ("match", "end", None)], timeoutMs=800),
            _flow("regex-long", "backtrackLong", [
                S,
                {"id": "match", "type": "javascript", "code": "return /^(a+)+$/.test('a'.repeat(input.n) + '!');"},
                {"id": "end", "type": "end"},
            ], [("start", "match", None), ("match", "end", None)], timeoutMs=60000),
            _flow("tick", "tick", [
                S,
                {"id": "write", "type": "entityWrite", "entity": "Tick", "operation": "create",
                 "data": "({label: 'tick'})"},
                {"id": "end", "type": "end"},
            ], [("start", "write", None), ("write", "end", None)],
                trigger={"type": "schedule", "intervalSeconds": 1}),
        ],
    }
