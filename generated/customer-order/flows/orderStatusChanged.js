// Flow `orderStatusChanged` (/flows/1), compiled by torquec. Do not edit: rebuild instead.
// trigger: entity Order update (after); timeout 1000 ms
var __flow_orderStatusChanged = __xf.define("orderStatusChanged", {"start": "start", "needsShippedAt": "condition", "setShippedAt": "entityWrite", "updated": "end", "unchanged": "end"}, function (__X) {
"use strict";
function __n_needsShippedAt(input, nodes, prev, ctx) { "use strict"; return (
(input.status === 'Shipped' || input.status === 'Delivered') && !input.shippedAt
);}
function __n_setShippedAt$recordId(input, nodes, prev, ctx) { "use strict"; return (
input.id
);}
function __n_setShippedAt$data(input, nodes, prev, ctx) { "use strict"; return (
({ shippedAt: new Date().toISOString() })
);}
function __n_updated(input, nodes, prev, ctx) { "use strict"; return (
({ shippedAtSet: true, shippedAt: prev.shippedAt })
);}
function __n_unchanged(input, nodes, prev, ctx) { "use strict"; return (
({ shippedAtSet: false })
);}
return function __run_orderStatusChanged(input, host, S) {
  var nodes = Object.create(null), ctx = __X.ctx(host, S), T = S.T, p, o_start, o_needsShippedAt, o_setShippedAt, o_updated, o_unchanged, r_setShippedAt = false, c_needsShippedAt = null;
  // start (start)
  S.c = "start"; if (T) __X.beg(S, host, input);
  nodes.start = o_start = input;
  if (T) __X.end(S, host, input);
  // needsShippedAt (condition) — Shipped without timestamp?
  S.c = "needsShippedAt"; p = o_start; if (T) __X.beg(S, host, p);
  nodes.needsShippedAt = o_needsShippedAt = __n_needsShippedAt(input, nodes, p, ctx);
  c_needsShippedAt = String(o_needsShippedAt);
  if (c_needsShippedAt !== "true" && c_needsShippedAt !== "false") throw __X.nocase(S, o_needsShippedAt, ["true", "false"]);
  if (T) __X.end(S, host, o_needsShippedAt, c_needsShippedAt);
  // setShippedAt (entityWrite) — Set shippedAt
  if (c_needsShippedAt === "true") {
    S.c = "setShippedAt"; p = o_needsShippedAt; if (T) __X.beg(S, host, p);
    nodes.setShippedAt = o_setShippedAt = host.entityWrite({node: "setShippedAt", entity: "Order", op: "update", id: __n_setShippedAt$recordId(input, nodes, p, ctx), data: __n_setShippedAt$data(input, nodes, p, ctx)});
    if (T) __X.end(S, host, o_setShippedAt);
    r_setShippedAt = true;
  }
  // updated (end)
  if (r_setShippedAt) {
    S.c = "updated"; p = o_setShippedAt; if (T) __X.beg(S, host, p);
    nodes.updated = o_updated = __X.sync(__n_updated(input, nodes, p, ctx));
    if (T) __X.end(S, host, o_updated);
    return o_updated;
  }
  // unchanged (end)
  if (c_needsShippedAt === "false") {
    S.c = "unchanged"; p = o_needsShippedAt; if (T) __X.beg(S, host, p);
    nodes.unchanged = o_unchanged = __X.sync(__n_unchanged(input, nodes, p, ctx));
    if (T) __X.end(S, host, o_unchanged);
    return o_unchanged;
  }
  throw __X.noend(S);
};
});
