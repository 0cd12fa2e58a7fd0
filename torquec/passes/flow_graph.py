"""Pass ``flow_graph``: every flow is a well-formed DAG with valid node configs.

Graph: exactly one ``start`` (no incoming edges), at least one ``end`` or
``error`` (no outgoing edges), edges between existing nodes, no self-loops,
no duplicate edges, no cycles (the message spells the cycle out), every
non-terminal node continues somewhere, only ``parallel`` fans out and only
``condition`` branches (one edge per case value, at most one default edge).
Nodes not reachable from ``start`` are a warning.

Triggers: the entity exists; at most one ``before`` flow per entity event
(its output replaces the record, so two would race); webhook method+path
unique and absolute; cron expressions valid.

Rights: ``runAs: "system"`` lifts the role checks of the flow's entity
nodes, so it is flagged where it does nothing (no entity node; a schedule,
which has no caller and acts as the system anyway): least privilege.

Node configs: entity reads/writes name existing entities and fields, have
the keys their operation needs, ``httpRequest`` has a URL. The JavaScript
inside nodes is checked by the ``flow_code`` pass, not here.
"""

from __future__ import annotations

import re

from torquec.diagnostics import Diagnostics, error, warning
from torquec.ir.nodes import STRING_LIKE, FieldType, Flow, FlowNode, Model
from torquec.passes._util import SYSTEM_FIELD_SET, FirstClaim, NameIndex, hint_for

TERMINAL = frozenset({"end", "error"})
BRANCHING = frozenset({"condition", "parallel"})
REQUIRED_TEXT = {"javascript": ("code", "code"), "transform": ("expression", "expression"),
                 "condition": ("expression", "expression"), "error": ("message", "message")}
ORDER_OPS = frozenset({"lt", "lte", "gt", "gte"})
TEXT_OPS = frozenset({"contains", "startsWith"})
SYSTEM_TYPES = {"id": FieldType.UUID, "createdAt": FieldType.DATETIME, "updatedAt": FieldType.DATETIME,
                "version": FieldType.INTEGER}


def run(model: Model, diags: Diagnostics) -> Model:
    index = NameIndex(model)
    before: dict[tuple[str, str], Flow] = {}
    webhooks = FirstClaim(diags, "E616")
    for fl in model.flows:
        _trigger(fl, index, before, webhooks, diags)
        _run_as(fl, diags)
        _graph(fl, diags)
        for n in fl.nodes:
            _node(fl, n, index, model, diags)
    return model


# --------------------------------------------------------------------------- triggers


def _trigger(fl: Flow, index: NameIndex, before, webhooks, diags: Diagnostics) -> None:
    t = fl.trigger
    p = t.pointer
    if t.type == "entity":
        if not t.entity:
            diags.add(error("E614", f"the entity trigger of flow `{fl.name}` names no entity", p, "add `\"entity\"`"))
        elif t.entity not in index.entities:
            diags.add(error("E614", f"flow `{fl.name}` is triggered by the unknown entity `{t.entity}`",
                            f"{p}/entity", hint_for(t.entity, index.entities)))
        elif t.phase == "before" and t.event:
            first = before.get((t.entity, t.event))
            if first is not None:
                diags.add(error("E615", f"flows `{first.name}` and `{fl.name}` both run before `{t.event}` of `{t.entity}`",
                                f"{p}/phase", "a before-flow's output replaces the record, so there can be only one; merge them into one flow",
                                notes=(f"`{first.name}` is defined at {first.pointer}",)))
            else:
                before[(t.entity, t.event)] = fl
    elif t.type == "webhook":
        path = t.path or ""
        if not path.startswith("/"):
            diags.add(error("E617", f"webhook path `{path}` of flow `{fl.name}` does not start with `/`",
                            f"{p}/path", f"write `/{path}`" if path else "add a path like `/hooks/my-flow`"))
            return
        method = t.method.upper()
        webhooks.check((method, path.rstrip("/") or "/"), f"{p}/path", lambda first: (
            f"flows `{first.name}` and `{fl.name}` both listen on webhook `{method} {path}`",
            f"`{first.name}` is defined at {first.pointer}", "give each webhook its own path"), claimant=fl)
    elif t.type == "schedule" and t.cron is not None:
        problem = cron_problem(t.cron)
        if problem is not None:
            diags.add(error("E624", f"invalid cron expression `{t.cron}` in flow `{fl.name}`: {problem}", f"{p}/cron",
                            "cron has five fields: minute hour day-of-month month day-of-week, e.g. `*/15 * * * *`"))


def _run_as(fl: Flow, diags: Diagnostics) -> None:
    if fl.run_as != "system":
        return
    p = f"{fl.pointer}/runAs"
    if fl.trigger.type == "schedule":
        diags.add(warning("W606", f"`runAs: \"system\"` on the schedule flow `{fl.name}` changes nothing", p,
                          "a schedule has no caller and always acts as the system; remove `runAs`"))
    elif not any(n.type in ("entityRead", "entityWrite") for n in fl.nodes):
        diags.add(warning("W605", f"flow `{fl.name}` runs as the system but reads and writes no entity", p,
                          "elevated rights only matter to `entityRead`/`entityWrite` nodes; remove `runAs` (least privilege)"))


_CRON_FIELDS = (
    ("minute", 0, 59, {}),
    ("hour", 0, 23, {}),
    ("day of month", 1, 31, {}),
    ("month", 1, 12, {m: i for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), 1)}),
    ("day of week", 0, 7, {d: i for i, d in enumerate("SUN MON TUE WED THU FRI SAT".split())}),
)
_CRON_ITEM = re.compile(r"(\*|[0-9A-Za-z]+(?:-[0-9A-Za-z]+)?)(?:/([0-9]+))?")


def cron_problem(expr: str) -> str | None:
    parts = expr.split()
    if len(parts) != 5:
        return f"expected 5 fields, found {len(parts)}"
    for text, (what, lo, hi, names) in zip(parts, _CRON_FIELDS):
        for item in text.split(","):
            m = _CRON_ITEM.fullmatch(item)
            if m is None:
                return f"cannot read `{item}` in the {what} field"
            base, step = m.group(1), m.group(2)
            if step is not None and int(step) < 1:
                return f"step `/{step}` in the {what} field must be at least 1"
            if base == "*":
                continue
            bounds = []
            for token in base.split("-"):
                value = names.get(token.upper()) if not token.isdigit() else int(token)
                if value is None:
                    return f"`{token}` is not a valid {what}"
                if not lo <= value <= hi:
                    return f"{what} `{token}` is out of range {lo}-{hi}"
                bounds.append(value)
            if len(bounds) == 2 and bounds[0] > bounds[1]:
                return f"range `{base}` in the {what} field runs backwards"
    return None


# --------------------------------------------------------------------------- graph


def _graph(fl: Flow, diags: Diagnostics) -> None:
    nodes: dict[str, FlowNode] = {}
    for n in fl.nodes:
        nodes.setdefault(n.id, n)
    starts = [n for n in fl.nodes if n.type == "start"]
    if not starts:
        diags.add(error("E601", f"flow `{fl.name}` has no `start` node", f"{fl.pointer}/nodes",
                        "add `{\"id\": \"start\", \"type\": \"start\"}` and an edge from it"))
    for extra in starts[1:]:
        diags.add(error("E602", f"flow `{fl.name}` has more than one `start` node", f"{extra.pointer}/type",
                        "a flow has exactly one start; remove this one or change its type",
                        notes=(f"the first start node `{starts[0].id}` is at {starts[0].pointer}",)))
    if not any(n.type in TERMINAL for n in fl.nodes):
        diags.add(error("E603", f"flow `{fl.name}` has no `end` or `error` node", f"{fl.pointer}/nodes",
                        "add `{\"id\": \"end\", \"type\": \"end\"}` and an edge to it"))

    out: dict[str, list] = {}
    incoming: set[str] = set()
    seen_pairs: dict[tuple[str, str], str] = {}
    for ed in fl.edges:
        ok = True
        for key, end in (("from", ed.source), ("to", ed.target)):
            if end not in nodes:
                diags.add(error("E604", f"edge {'from' if key == 'from' else 'to'} the unknown node `{end}` in flow `{fl.name}`",
                                f"{ed.pointer}/{key}", hint_for(end, nodes)))
                ok = False
        if not ok:
            continue
        if ed.source == ed.target:
            diags.add(error("E605", f"edge from `{ed.source}` to itself in flow `{fl.name}`", ed.pointer,
                            "flows are acyclic; remove the edge"))
            continue
        pair = (ed.source, ed.target)
        if pair in seen_pairs:
            diags.add(error("E625", f"duplicate edge `{ed.source}` → `{ed.target}` in flow `{fl.name}`", ed.pointer,
                            "remove one of them", notes=(f"the first is at {seen_pairs[pair]}",)))
            continue
        seen_pairs[pair] = ed.pointer
        src, dst = nodes[ed.source], nodes[ed.target]
        if dst.type == "start":
            diags.add(error("E609", f"edge into the start node `{dst.id}` in flow `{fl.name}`", f"{ed.pointer}/to",
                            "nothing runs before `start`; remove the edge"))
            continue
        if src.type in TERMINAL:
            diags.add(error("E608", f"edge out of the {src.type} node `{src.id}` in flow `{fl.name}`", f"{ed.pointer}/from",
                            f"a flow stops at `{src.type}` nodes; remove the edge or change the node type"))
            continue
        if ed.condition is not None and src.type != "condition":
            diags.add(error("E613", f"edge `{src.id}` → `{dst.id}` has a `condition`, but `{src.id}` is a {src.type} node",
                            f"{ed.pointer}/condition", "only edges leaving a `condition` node carry a condition; remove it",
                            at_key=True))
        out.setdefault(src.id, []).append(ed)
        incoming.add(dst.id)

    for n in nodes.values():
        edges = out.get(n.id, [])
        if n.type in TERMINAL:
            continue
        if not edges:
            diags.add(error("E607", f"{n.type} node `{n.id}` of flow `{fl.name}` has no outgoing edge", f"{n.pointer}/id",
                            "add an edge to the next node, or to an `end` node"))
        elif n.type == "condition":
            _condition_edges(fl, n, edges, diags)
        elif n.type == "parallel":
            if len(edges) == 1:
                diags.add(warning("W603", f"parallel node `{n.id}` of flow `{fl.name}` has only one branch", f"{n.pointer}/id",
                                  "use a plain edge, or add branches"))
        elif len(edges) > 1:
            diags.add(error("E612", f"{n.type} node `{n.id}` of flow `{fl.name}` has {len(edges)} outgoing edges", edges[1].pointer,
                            "to run branches side by side use a `parallel` node, to choose one use a `condition` node",
                            notes=tuple(f"another edge is at {e.pointer}" for e in edges[:1])))

    _cycles(fl, nodes, out, diags)
    if starts:
        _reachability(fl, nodes, starts[0].id, out, {s.id for s in starts[1:]}, diags)


def _condition_edges(fl: Flow, n: FlowNode, edges, diags: Diagnostics) -> None:
    values: dict[str, str] = {}
    default = None
    clean = True
    for ed in edges:
        if ed.condition is None:
            if default is not None:
                diags.add(error("E611", f"condition node `{n.id}` has more than one edge without `condition`", ed.pointer,
                                "give each edge a case value (`\"true\"`, `\"false\"`, …); at most one may be the default",
                                notes=(f"the default edge is at {default}",)))
                clean = False
            else:
                default = ed.pointer
            continue
        first = values.get(ed.condition)
        if first is not None:
            diags.add(error("E610", f"condition node `{n.id}` has two edges for the case `{ed.condition}`",
                            f"{ed.pointer}/condition", "each case value leads to one node",
                            notes=(f"the first is at {first}",)))
            clean = False
        else:
            values[ed.condition] = ed.pointer
    if clean and default is None and values and set(values) <= {"true", "false"} and len(values) == 1:
        missing = "false" if "true" in values else "true"
        diags.add(warning("W604", f"condition node `{n.id}` has no edge for `{missing}` and no default edge",
                          f"{n.pointer}/id", f"when the expression is {missing} the flow fails; add an edge with `\"condition\": \"{missing}\"`"))


def _cycles(fl: Flow, nodes: dict[str, FlowNode], out: dict[str, list], diags: Diagnostics) -> None:
    WHITE, GRAY, BLACK = 0, 1, 2
    color = dict.fromkeys(nodes, WHITE)
    for root in nodes:
        if color[root] != WHITE:
            continue
        color[root] = GRAY
        path = [root]
        stack = [iter(out.get(root, ()))]
        while stack:
            ed = next(stack[-1], None)
            if ed is None:
                stack.pop()
                color[path.pop()] = BLACK
                continue
            nxt = ed.target
            if color[nxt] == WHITE:
                color[nxt] = GRAY
                path.append(nxt)
                stack.append(iter(out.get(nxt, ())))
            elif color[nxt] == GRAY:
                cycle = path[path.index(nxt):] + [nxt]
                diags.add(error("E606", f"flow `{fl.name}` has a cycle: {' → '.join(cycle)}", ed.pointer,
                                "flows are acyclic; remove or redirect this edge"))


def _reachability(fl, nodes, start: str, out, ignore: set[str], diags: Diagnostics) -> None:
    seen = {start}
    todo = [start]
    while todo:
        cur = todo.pop()
        for ed in out.get(cur, ()):
            if ed.target not in seen:
                seen.add(ed.target)
                todo.append(ed.target)
    for nid, n in nodes.items():
        if nid not in seen and nid not in ignore:
            diags.add(warning("W601", f"{n.type} node `{nid}` of flow `{fl.name}` is not reachable from `{start}`",
                              f"{n.pointer}/id", "connect it with an edge, or remove it"))


# --------------------------------------------------------------------------- node configs


def _node(fl: Flow, n: FlowNode, index: NameIndex, model: Model, diags: Diagnostics) -> None:
    req = REQUIRED_TEXT.get(n.type)
    if req is not None:
        attr, key = req
        value = getattr(n, attr)
        if value is None or not value.strip():
            diags.add(error("E627", f"{n.type} node `{n.id}` of flow `{fl.name}` has no `{key}`",
                            n.pointer if value is None else f"{n.pointer}/{key}"))
    if n.type in ("entityRead", "entityWrite"):
        fields = None
        if not n.entity:
            diags.add(error("E618", f"{n.type} node `{n.id}` names no entity", n.pointer, "add `\"entity\"`"))
        else:
            fields = index.fields(n.entity)
            if fields is None:
                diags.add(error("E618", f"{n.type} node `{n.id}` of flow `{fl.name}` names the unknown entity `{n.entity}`",
                                f"{n.pointer}/entity", hint_for(n.entity, index.entities)))
        if n.type == "entityRead":
            _read(fl, n, fields, diags)
        else:
            _write(fl, n, diags)
    elif n.type == "httpRequest":
        if not n.url or not n.url.strip():
            diags.add(error("E623", f"httpRequest node `{n.id}` of flow `{fl.name}` has no `url`", n.pointer,
                            "add `\"url\"`: a JavaScript expression, e.g. `\"'https://api.example.com/x'\"`"))
        if not model.allowed_hosts:
            diags.add(warning("W602", f"httpRequest node `{n.id}` can reach no host: the model has no `http.allowedHosts`",
                              f"{n.pointer}/url", "add the hosts it calls to `http.allowedHosts`"))


def _read(fl: Flow, n: FlowNode, fields, diags: Diagnostics) -> None:
    if n.record_id is not None and n.filters:
        diags.add(error("E622", f"entityRead node `{n.id}` has both `recordId` and `filters`", f"{n.pointer}/filters",
                        "read one record by `recordId`, or a list by `filters`", at_key=True))
    if fields is None:
        return
    for fi in n.filters:
        f = fields.get(fi.field)
        ftype = f.type if f is not None else SYSTEM_TYPES.get(fi.field)
        if ftype is None:
            diags.add(error("E619", f"filter of node `{n.id}` names the unknown field `{fi.field}` of `{n.entity}`",
                            f"{fi.pointer}/field", hint_for(fi.field, list(fields) + list(SYSTEM_FIELD_SET))))
            continue
        bad = (fi.op in TEXT_OPS and ftype not in STRING_LIKE | {FieldType.ENUM}) or \
              (fi.op in ORDER_OPS and ftype in (FieldType.BOOLEAN, FieldType.JSON, FieldType.ARRAY))
        if bad:
            diags.add(error("E626", f"filter operator `{fi.op}` does not apply to the {ftype.value} field `{fi.field}`",
                            f"{fi.pointer}/op", "`contains`/`startsWith` need text fields; `lt`…`gte` need ordered values"))


def _write(fl: Flow, n: FlowNode, diags: Diagnostics) -> None:
    op = n.operation
    if op not in ("create", "update", "delete"):
        diags.add(error("E620", f"entityWrite node `{n.id}` needs an `operation`", n.pointer,
                        "add `\"operation\"`: `create`, `update` or `delete`"))
        return
    if op in ("create", "update") and not n.data:
        diags.add(error("E620", f"entityWrite node `{n.id}` ({op}) needs `data`", n.pointer,
                        "add `\"data\"`: a JavaScript expression giving the record's fields"))
    if op in ("update", "delete") and not n.record_id:
        diags.add(error("E620", f"entityWrite node `{n.id}` ({op}) needs `recordId`", n.pointer,
                        "add `\"recordId\"`: a JavaScript expression giving the record id, e.g. `\"input.id\"`"))
    if op == "create" and n.record_id:
        diags.add(error("E621", f"entityWrite node `{n.id}` creates a record; `recordId` does not apply", f"{n.pointer}/recordId",
                        "remove it: the server assigns new ids", at_key=True))
    if op == "delete" and n.data:
        diags.add(error("E621", f"entityWrite node `{n.id}` deletes a record; `data` does not apply", f"{n.pointer}/data",
                        "remove it", at_key=True))
