// Flow `validateOrder` (/flows/0), compiled by torquec. Do not edit: rebuild instead.
// trigger: entity Order create (before); timeout 1000 ms
var __flow_validateOrder = __xf.define("validateOrder", {"start": "start", "normalize": "javascript", "loadCustomer": "entityRead", "customerActive": "condition", "withinCredit": "condition", "inactiveCustomer": "error", "overCreditLimit": "error", "accept": "end"}, function (__X) {
"use strict";
function __n_normalize(input, nodes, prev, ctx) { "use strict";
var order = Object.assign({}, input);
if (typeof order.shippingAddress === 'string') {
  order.shippingAddress = order.shippingAddress.replace(/[ \t]+/g, ' ').trim();
}
if (Array.isArray(order.items)) {
  order.items = order.items.map(function (line) {
    var copy = Object.assign({}, line);
    if (typeof copy.sku === 'string') {
      copy.sku = copy.sku.trim().toUpperCase();
    }
    return copy;
  });
  var lines = order.items.filter(function (line) {
    return typeof line.quantity === 'number' && typeof line.unitPrice === 'number';
  });
  if (lines.length > 0 && lines.length === order.items.length) {
    // The order total is computed from its lines, never trusted from the client.
    var cents = lines.reduce(function (sum, line) { return sum + Math.round(line.quantity * line.unitPrice * 100); }, 0);
    order.totalAmount = cents / 100;
  }
}
return order;
}
function __n_loadCustomer$recordId(input, nodes, prev, ctx) { "use strict"; return (
input.customerId
);}
function __n_customerActive(input, nodes, prev, ctx) { "use strict"; return (
nodes.loadCustomer !== null && nodes.loadCustomer.isActive === true
);}
function __n_withinCredit(input, nodes, prev, ctx) { "use strict"; return (
nodes.loadCustomer.creditLimit === null || nodes.loadCustomer.creditLimit === undefined || Number(nodes.normalize.totalAmount) <= Number(nodes.loadCustomer.creditLimit)
);}
function __n_inactiveCustomer$message(input, nodes, prev, ctx) { "use strict"; return (
`Customer ${input.customerId} is inactive and cannot place orders`
);}
function __n_overCreditLimit$message(input, nodes, prev, ctx) { "use strict"; return (
`Order total ${nodes.normalize.totalAmount} exceeds the credit limit ${nodes.loadCustomer.creditLimit} of ${nodes.loadCustomer.name}`
);}
function __n_accept(input, nodes, prev, ctx) { "use strict"; return (
nodes.normalize
);}
return function __run_validateOrder(input, host, S) {
  var nodes = Object.create(null), ctx = __X.ctx(host, S), T = S.T, p, o_start, o_normalize, o_loadCustomer, o_customerActive, o_withinCredit, o_inactiveCustomer, o_overCreditLimit, o_accept, c_customerActive = null, c_withinCredit = null;
  // start (start)
  S.c = "start"; if (T) __X.beg(S, host, input);
  nodes.start = o_start = input;
  if (T) __X.end(S, host, input);
  // normalize (javascript) — Normalise order
  S.c = "normalize"; p = o_start; if (T) __X.beg(S, host, p);
  nodes.normalize = o_normalize = __X.sync(__n_normalize(input, nodes, p, ctx));
  if (T) __X.end(S, host, o_normalize);
  // loadCustomer (entityRead) — Load customer
  S.c = "loadCustomer"; p = o_normalize; if (T) __X.beg(S, host, p);
  nodes.loadCustomer = o_loadCustomer = host.entityRead({node: "loadCustomer", entity: "Customer", id: __n_loadCustomer$recordId(input, nodes, p, ctx)});
  if (T) __X.end(S, host, o_loadCustomer);
  // customerActive (condition) — Customer active?
  S.c = "customerActive"; p = o_loadCustomer; if (T) __X.beg(S, host, p);
  nodes.customerActive = o_customerActive = __n_customerActive(input, nodes, p, ctx);
  c_customerActive = String(o_customerActive);
  if (c_customerActive !== "true" && c_customerActive !== "false") throw __X.nocase(S, o_customerActive, ["true", "false"]);
  if (T) __X.end(S, host, o_customerActive, c_customerActive);
  // withinCredit (condition) — Within credit limit?
  if (c_customerActive === "true") {
    S.c = "withinCredit"; p = o_customerActive; if (T) __X.beg(S, host, p);
    nodes.withinCredit = o_withinCredit = __n_withinCredit(input, nodes, p, ctx);
    c_withinCredit = String(o_withinCredit);
    if (c_withinCredit !== "true" && c_withinCredit !== "false") throw __X.nocase(S, o_withinCredit, ["true", "false"]);
    if (T) __X.end(S, host, o_withinCredit, c_withinCredit);
  }
  // inactiveCustomer (error) — Reject: inactive customer
  if (c_customerActive === "false") {
    S.c = "inactiveCustomer"; p = o_customerActive; if (T) __X.beg(S, host, p);
    throw __X.fail(S, __n_inactiveCustomer$message(input, nodes, p, ctx), "CUSTOMER_INACTIVE");
  }
  // overCreditLimit (error) — Reject: over credit limit
  if (c_withinCredit === "false") {
    S.c = "overCreditLimit"; p = o_withinCredit; if (T) __X.beg(S, host, p);
    throw __X.fail(S, __n_overCreditLimit$message(input, nodes, p, ctx), "CREDIT_LIMIT_EXCEEDED");
  }
  // accept (end) — Accept normalised order
  if (c_withinCredit === "true") {
    S.c = "accept"; p = o_withinCredit; if (T) __X.beg(S, host, p);
    nodes.accept = o_accept = __X.sync(__n_accept(input, nodes, p, ctx));
    if (T) __X.end(S, host, o_accept);
    return o_accept;
  }
  throw __X.noend(S);
};
});
