"""``previewEntity``: what a save would work out, without saving anything.

Fields a before-flow works out (``computedBy`` in the metadata: the order total
from its lines) are only known once the flows run. The form asks for a preview
while the user types, so it can show the value before Save::

    preview(svc, principal, "Order", {"items": [...], "customerId": ...})
    # {"data": {"totalAmount": "9.00"}, "errors": []}
    preview(svc, principal, "Order", {"status": "Shipped"}, id_=oid)   # an edit: the update's flows

The answer: ``data`` holds the fields the before-write hooks (the entity's before
create/update flows) set to a value other than the draft's (a field the draft
lacks counts as changed); ``errors`` the draft's field errors (those fields are
left out of the flows' input, so the rest can still be worked out); and
``flowError``, when a flow (or its output's validation) failed, the JSON-RPC error
a save would have answered.

The draft may be incomplete (the user is still typing): fields are checked as
for an update (only those given), and a create's draft gets the model's
defaults. Same permission as the write it previews (create, or update of ``id``,
read-only fields included); the flows run through the same hooks, so in the same
QuickJS sandbox with the same limits and rights.

Nothing remains of a preview:

* the hooks run in a transaction that is always rolled back: what an
  ``entityWrite`` node wrote is undone, and no change event is published nor
  after-commit flow run (both happen only after a COMMIT);
* what a rollback cannot undo is refused while :func:`previewing` is true: an
  ``httpRequest`` node fails (``errorCode`` ``PREVIEW``: the preview answers
  with that ``flowError``, and the form keeps saying "worked out when saved"),
  and ``ctx.log`` lines do not reach the server log.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Any, Iterator

from .auth import Principal
from .db.base import DbError
from .errors import InvalidParams, NotFoundError, RpcError
from .service import SYSTEM_KEYS
from .values import new_id

_state = threading.local()


class _Discard(Exception):
    """Raised inside the preview's transaction so that it rolls back."""


def previewing() -> bool:
    """Whether this thread is running a preview (hosts refuse what cannot be rolled back)."""
    return getattr(_state, "active", False)


@contextmanager
def _previewing() -> Iterator[None]:
    before = previewing()
    _state.active = True
    try:
        yield
    finally:
        _state.active = before


def preview(svc, principal: Principal | None, entity: Any, data: Any, id_: Any = None) -> dict:
    es = svc.entity(entity, principal)
    op = "create" if id_ is None else "update"
    svc._require(principal, es.name, op)
    if id_ is not None:
        id_ = svc._check_id(id_)
    if not isinstance(data, dict):
        raise InvalidParams(errors=[{"field": "data", "rule": "type", "message": "data must be an object"}])
    svc._require_writable(principal, es, data)
    if op == "create":  # the defaults a create fills in, where the draft has no value yet
        data = {**{f.name: f.meta["default"] for f in es.fields if f.meta.get("default") is not None}, **data}
    draft, errors = _valid_part(svc, es, data)
    wants, may_write = svc.hooks.wants_before, svc.hooks.writes_before
    hooks = svc.hooks.before_write if wants is None or wants(es.name, op) else []
    write = bool(hooks) and (may_write is None or may_write(es.name, op))  # no write lock unless a hook may write
    answer: dict = {"data": {}, "errors": errors}
    try:
        with _previewing(), svc.db.transaction(write) as tx:
            answer = _run_hooks(svc, es, op, hooks, draft, id_, tx, principal, errors)
            raise _Discard
    except _Discard:
        pass
    except DbError as e:
        raise svc._db_error(e, es) from None
    return answer


def _valid_part(svc, es, data: dict) -> tuple[dict, list]:
    """The draft's valid fields (API values) and the errors of the others."""
    errors: list = []
    while True:
        try:
            rec, _links = svc._validate(es, data, partial=True)
            return rec, errors
        except InvalidParams as e:
            bad = {str(err.get("field", "")).split(".")[0] for err in e.errors}
            errors.extend(e.errors)
            if not bad & data.keys():  # not about one field: nothing of the draft can be used
                return {}, errors
            data = {k: v for k, v in data.items() if k not in bad}


def _run_hooks(svc, es, op: str, hooks: list, draft: dict, id_: str | None, tx, principal, errors: list) -> dict:
    previous = None
    if op == "update":
        previous = svc._find(es, id_, tx)
        if previous is None:
            raise NotFoundError(f"Not found: no {es.name} with id {id_}", entity=es.name, id=id_)
        draft = {**{f.name: previous[f.name] for f in es.fields}, **draft}
    else:
        id_ = new_id()
    try:
        svc._check_references(es, draft, {}, tx, principal=principal)
    except InvalidParams as e:  # a reference to nothing is left out, like any invalid field
        errors.extend(e.errors)
        draft = {k: v for k, v in draft.items() if k not in {err.get("field") for err in e.errors}}
    record = {"id": id_, **draft}
    answer: dict = {"errors": errors}
    try:
        for hook in hooks:
            out = hook(es.name, op, record, tx, id=id_, previous=previous, principal=principal)
            if isinstance(out, dict):
                # a field the incomplete draft has no value for may come back null: still no value, not an error
                cleaned = {k: v for k, v in out.items() if k not in SYSTEM_KEYS and (v is not None or record.get(k) is not None)}
                rec, _ = svc._validate(es, cleaned, partial=True)
                record = {**record, **rec}
    except RpcError as e:
        answer["flowError"] = e.to_error_object()
    answer["data"] = {f.name: record[f.name] for f in es.fields
                      if f.name in record and (f.name not in draft or draft[f.name] != record[f.name])}
    return answer
