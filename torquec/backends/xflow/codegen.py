"""Lower one flow to one JavaScript module (a classic script).

The module calls ``__xf.define(name, types, factory)`` (see
``torquec.runtime.xflow.jsruntime``) and assigns the result to the global
``__flow_<name>``. Inside the factory:

* one function per piece of node JavaScript, ``__n_<node>`` (code,
  expression, output) and ``__n_<node>$<part>`` (recordId, data, url, …),
  each the exact text ``torquec.passes.flow_code.wrap`` checked;
* ``run(input, host, S)``: the DAG as straight-line code in topological order
  (ties in model order, terminal nodes last). Each node is guarded by whether
  one of its incoming edges was taken — an edge from a condition node is
  taken when ``String(result)`` equals its case (or, for the edge without a
  case, matches no other case); any other edge is taken when its source ran.
  Guards that are statically true are omitted. A node with several taken
  incoming edges (a join after ``parallel``) gets as ``prev`` an object keyed
  by source node id; with one taken edge, that source's output. "Parallel"
  branches run one after the other in the same context: independent branches
  whose results are joined, not threads.

Every node sets ``S.c`` to its id before it runs, so errors carry the node.
The source map lists, per piece, the module lines of the user text and the
model pointer: ``[firstLine, lastLine, nodeId, pointer]`` (1-based, inclusive).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from torquec.ir.nodes import Flow, FlowEdge, FlowNode
from torquec.passes.flow_code import Piece, node_pieces, wrap

TERMINALS = frozenset({"end", "error"})
_ARGS = "input, nodes, {prev}, ctx"


@dataclass(frozen=True, slots=True)
class CompiledFlow:
    name: str
    source: str
    source_map: tuple[tuple[int, int, str, str], ...]


def js(value) -> str:
    """A JSON value as a JavaScript literal (JSON ⊂ JS once U+2028/9 are escaped)."""
    return json.dumps(value, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def topological_order(flow: Flow) -> list[FlowNode]:
    """Kahn's algorithm; ready nodes by (terminal, model index). Raises on a cycle."""
    index = {n.id: i for i, n in enumerate(flow.nodes)}
    indegree = {n.id: 0 for n in flow.nodes}
    succ: dict[str, list[str]] = {n.id: [] for n in flow.nodes}
    for e in flow.edges:
        if e.source in index and e.target in index:
            indegree[e.target] += 1
            succ[e.source].append(e.target)
    nodes = {n.id: n for n in flow.nodes}

    def key(nid: str) -> tuple[int, int]:
        return (nodes[nid].type in TERMINALS, index[nid])

    ready = sorted((nid for nid, d in indegree.items() if d == 0), key=key)
    out: list[FlowNode] = []
    while ready:
        nid = ready.pop(0)
        out.append(nodes[nid])
        for t in succ[nid]:
            indegree[t] -= 1
            if indegree[t] == 0:
                ready.append(t)
        ready.sort(key=key)
    if len(out) != len(flow.nodes):
        raise ValueError(f"flow {flow.name!r} has a cycle (flow_graph should have reported it)")
    return out


class _Lowering:
    def __init__(self, flow: Flow) -> None:
        self.flow = flow
        self.order = topological_order(flow)
        self.nodes = {n.id: n for n in flow.nodes}
        self.incoming: dict[str, list[FlowEdge]] = {n.id: [] for n in flow.nodes}
        self.outgoing: dict[str, list[FlowEdge]] = {n.id: [] for n in flow.nodes}
        for e in flow.edges:
            if e.source in self.nodes and e.target in self.nodes:
                self.incoming[e.target].append(e)
                self.outgoing[e.source].append(e)
        self.start = next((n for n in flow.nodes if n.type == "start"), None)
        if self.start is None:
            raise ValueError(f"flow {flow.name!r} has no start node (flow_graph should have reported it)")
        self.certain: set[str] = set()
        self.needs_ran: set[str] = set()
        self.lines: list[str] = []
        self.source_map: list[tuple[int, int, str, str]] = []

    # ---- edges

    def live_edges(self, node_id: str) -> list[FlowEdge]:
        """Incoming edges that can be taken (edges out of terminals never are)."""
        return [e for e in self.incoming[node_id] if self.nodes[e.source].type not in TERMINALS]

    def cases(self, cond_id: str) -> list[str]:
        seen: list[str] = []
        for e in self.outgoing[cond_id]:
            if e.condition is not None and e.condition not in seen:
                seen.append(e.condition)
        return seen

    def taken(self, e: FlowEdge) -> str:
        src = self.nodes[e.source]
        if src.type == "condition":
            var = f"c_{src.id}"
            if e.condition is not None:
                return f"{var} === {js(e.condition)}"
            others = self.cases(src.id)
            if not others:
                return f"{var} !== null"
            return "(" + " && ".join([f"{var} !== null"] + [f"{var} !== {js(c)}" for c in others]) + ")"
        if src.id in self.certain:
            return "true"
        return f"r_{src.id}"

    def analyse(self) -> None:
        for n in self.order:
            if n is self.start:
                self.certain.add(n.id)
                continue
            for e in self.live_edges(n.id):
                if e.source in self.certain and self.nodes[e.source].type != "condition":
                    self.certain.add(n.id)
                    break
        # Sources whose "ran" flag some guard reads (topological order: sources are classified first).
        for n in self.order:
            for e in self.live_edges(n.id):
                src = self.nodes[e.source]
                if src.type != "condition" and src.id not in self.certain:
                    self.needs_ran.add(src.id)

    # ---- emission

    def emit(self, line: str = "") -> None:
        self.lines.append(line)

    def emit_piece(self, piece: Piece) -> None:
        text, _start = wrap(piece)
        first = len(self.lines) + 2  # the user text starts on the wrapper's second line
        self.lines.extend(text.split("\n"))
        last = first + piece.text.count("\n")
        self.source_map.append((first, last, piece.node.id, piece.pointer))

    def compile(self) -> CompiledFlow:
        flow = self.flow
        self.analyse()
        types = {n.id: n.type for n in flow.nodes}
        trig = flow.trigger
        self.emit(f"// Flow `{flow.name}` ({flow.pointer}), compiled by torquec. Do not edit: rebuild instead.")
        self.emit(f"// trigger: {_describe_trigger(trig)}; timeout {flow.timeout_ms} ms")
        self.emit(f"var __flow_{flow.name} = __xf.define({js(flow.name)}, {js(types)}, function (__X) {{")
        self.emit('"use strict";')
        pieces: dict[str, dict[str, Piece]] = {}
        for n in flow.nodes:
            for piece in node_pieces(n):
                pieces.setdefault(n.id, {})[piece.fn] = piece
                self.emit_piece(piece)
        body: list[str] = []
        for n in self.order:
            body.extend(self.node_code(n, pieces.get(n.id, {})))
        ran = sorted(self.needs_ran)
        conds = [n.id for n in self.order if n.type == "condition"]
        outs = [f"o_{n.id}" for n in self.order]
        decl = ["nodes = Object.create(null)", "ctx = __X.ctx(host, S)", "T = S.T", "p"]
        decl += outs + [f"r_{r} = false" for r in ran] + [f"c_{c} = null" for c in conds]
        self.emit(f"return function __run_{flow.name}(input, host, S) {{")
        self.emit(f"  var {', '.join(decl)};")
        self.lines.extend(body)
        self.emit("  throw __X.noend(S);")
        self.emit("};")
        self.emit("});")
        return CompiledFlow(flow.name, "\n".join(self.lines) + "\n", tuple(self.source_map))

    def node_code(self, n: FlowNode, pieces: dict[str, Piece]) -> list[str]:
        out: list[str] = []
        label = f" — {n.name}" if n.name else ""
        out.append(f"  // {n.id} ({n.type}){label}".replace("\n", " "))
        if n is self.start:
            out.append(f"  S.c = {js(n.id)}; if (T) __X.beg(S, host, input);")
            out.append(f"  nodes.{n.id} = o_{n.id} = input;")
            out.append("  if (T) __X.end(S, host, input);")
            if n.id in self.needs_ran:
                out.append(f"  r_{n.id} = true;")
            return out
        edges = self.live_edges(n.id)
        if not edges:
            out.append("  // unreachable: no incoming edge can be taken")
            return out
        guards: list[str] = []
        for e in edges:
            g = self.taken(e)
            if g not in guards:
                guards.append(g)
        if "true" in guards:
            guard = None
        else:
            guard = " || ".join(guards)
        if len(edges) == 1:
            prev = f"o_{edges[0].source}"
        else:
            parts = ", ".join(f"{self.taken(e)}, {js(e.source)}, o_{e.source}" for e in edges)
            prev = f"__X.join([{parts}])"
        ind = "    " if guard else "  "
        if guard:
            out.append(f"  if ({guard}) {{")
        stmts = self.node_body(n, pieces, prev)
        out.extend(ind + s for s in stmts)
        if guard:
            out.append("  }")
        return out

    def node_body(self, n: FlowNode, pieces: dict[str, Piece], prev: str) -> list[str]:
        nid = n.id
        o = f"o_{nid}"
        s: list[str] = [f"S.c = {js(nid)}; p = {prev}; if (T) __X.beg(S, host, p);"]
        args = _ARGS.format(prev="p")

        def call(suffix: str) -> str:
            return f"__n_{nid}{suffix}({args})"

        t = n.type
        branch = ""
        if t == "javascript":
            s.append(f"nodes.{nid} = {o} = __X.sync({call('')});")
        elif t == "transform":
            s.append(f"nodes.{nid} = {o} = __X.sync({call('')});")
        elif t == "condition":
            s.append(f"nodes.{nid} = {o} = {call('')};")
            s.append(f"c_{nid} = String({o});")
            cases = self.cases(nid)
            has_default = any(e.condition is None for e in self.outgoing[nid])
            if not has_default:
                test = " && ".join(f"c_{nid} !== {js(c)}" for c in cases) or "true"
                s.append(f"if ({test}) throw __X.nocase(S, {o}, {js(cases)});")
            branch = f", c_{nid}"
        elif t == "parallel":
            s.append(f"nodes.{nid} = {o} = p;")
        elif t == "entityRead":
            req = [f"node: {js(nid)}", f"entity: {js(n.entity)}"]
            if n.record_id is not None:
                req.append(f"id: {call('$recordId')}")
            else:
                filters = ", ".join(
                    f"{{field: {js(f.field)}, op: {js(f.op)}, value: {call(f'$f{i}')}}}" for i, f in enumerate(n.filters)
                )
                req.append(f"filters: [{filters}]")
                req.append(f"limit: {js(n.limit if n.limit is not None else 100)}")
            s.append(f"nodes.{nid} = {o} = host.entityRead({{{', '.join(req)}}});")
        elif t == "entityWrite":
            req = [f"node: {js(nid)}", f"entity: {js(n.entity)}", f"op: {js(n.operation)}"]
            if n.record_id is not None:
                req.append(f"id: {call('$recordId')}")
            if n.data is not None:
                req.append(f"data: {call('$data')}")
            s.append(f"nodes.{nid} = {o} = host.entityWrite({{{', '.join(req)}}});")
        elif t == "httpRequest":
            req = [f"node: {js(nid)}", f"method: {js(n.method or 'GET')}", f"url: {call('$url')}"]
            if n.headers:
                hs = ", ".join(f"{js(name)}: {call(f'$h{i}')}" for i, (name, _v) in enumerate(n.headers))
                req.append(f"headers: {{{hs}}}")
            if n.body is not None:
                req.append(f"body: {call('$body')}")
            if n.timeout_ms is not None:
                req.append(f"timeoutMs: {js(n.timeout_ms)}")
            if n.retries:
                req.append(f"retries: {js(n.retries)}")
            s.append(f"nodes.{nid} = {o} = host.http({{{', '.join(req)}}});")
        elif t == "error":
            msg = call("$message") if f"__n_{nid}$message" in pieces else js(n.message or "flow failed")
            s.append(f"throw __X.fail(S, {msg}, {js(n.error_code)});")
            return s
        elif t == "end":
            value = f"__X.sync({call('')})" if n.output is not None else "p"
            s.append(f"nodes.{nid} = {o} = {value};")
            s.append(f"if (T) __X.end(S, host, {o});")
            s.append(f"return {o};")
            return s
        else:
            raise ValueError(f"unknown node type {t!r} in flow {self.flow.name!r}")
        s.append(f"if (T) __X.end(S, host, {o}{branch});")
        if nid in self.needs_ran:
            s.append(f"r_{nid} = true;")
        return s


def _describe_trigger(t) -> str:
    if t.type == "entity":
        return f"entity {t.entity} {t.event} ({t.phase})"
    if t.type == "webhook":
        return f"webhook {t.method} {t.path}"
    if t.type == "schedule":
        return f"schedule every {t.interval_seconds} s" if t.interval_seconds else f"schedule cron {t.cron}"
    return "manual"


def compile_flow(flow: Flow) -> CompiledFlow:
    return _Lowering(flow).compile()


__all__ = ["CompiledFlow", "compile_flow", "js", "topological_order"]
