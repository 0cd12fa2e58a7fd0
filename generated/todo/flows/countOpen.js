// Flow `countOpen` (/flows/0), compiled by torquec. Do not edit: rebuild instead.
// trigger: manual; timeout 1000 ms
var __flow_countOpen = __xf.define("countOpen", {"start": "start", "openTodos": "entityRead", "count": "transform", "end": "end"}, function (__X) {
"use strict";
function __n_openTodos$f0(input, nodes, prev, ctx) { "use strict"; return (
false
);}
function __n_count(input, nodes, prev, ctx) { "use strict"; return (
({ open: prev.length, overdue: prev.filter(function (t) { return t.dueDate && t.dueDate < (input.asOf || new Date().toISOString().slice(0, 10)); }).length })
);}
return function __run_countOpen(input, host, S) {
  var nodes = Object.create(null), ctx = __X.ctx(host, S), T = S.T, p, o_start, o_openTodos, o_count, o_end;
  // start (start)
  S.c = "start"; if (T) __X.beg(S, host, input);
  nodes.start = o_start = input;
  if (T) __X.end(S, host, input);
  // openTodos (entityRead) — Read open todos
  S.c = "openTodos"; p = o_start; if (T) __X.beg(S, host, p);
  nodes.openTodos = o_openTodos = host.entityRead({node: "openTodos", entity: "Todo", filters: [{field: "done", op: "eq", value: __n_openTodos$f0(input, nodes, p, ctx)}], limit: 500});
  if (T) __X.end(S, host, o_openTodos);
  // count (transform) — Count
  S.c = "count"; p = o_openTodos; if (T) __X.beg(S, host, p);
  nodes.count = o_count = __X.sync(__n_count(input, nodes, p, ctx));
  if (T) __X.end(S, host, o_count);
  // end (end)
  S.c = "end"; p = o_count; if (T) __X.beg(S, host, p);
  nodes.end = o_end = p;
  if (T) __X.end(S, host, o_end);
  return o_end;
  throw __X.noend(S);
};
});
