"""The service layer in-process (what MCP and XFlow call): transactions spanning
several operations, hook points, change events, permissions."""

from __future__ import annotations

import importlib
import shutil
import sys

import pytest

from torquec.runtime.auth import Principal
from torquec.runtime.errors import FlowFailedError, ForbiddenError, InvalidParams, NotFoundError

AUTHOR = "a1000000-0000-4000-8000-000000000001"


@pytest.fixture(scope="module")
def rt(apps, tmp_path_factory):
    d = tmp_path_factory.mktemp("svc") / "library"
    shutil.copytree(apps["library"], d)
    sys.path.insert(0, str(d / "server"))
    try:
        mod = importlib.import_module("library.app")
        app = mod.create_app(str(d / "data" / "svc.db"), seed=True)
        yield app.state.torque
        app.state.torque.db.close()
    finally:
        sys.path.remove(str(d / "server"))
        for name in [m for m in sys.modules if m == "library" or m.startswith("library.")]:
            del sys.modules[name]


def test_one_transaction_many_operations(rt):
    svc = rt.service
    events = []
    svc.hooks.after_commit.append(events.extend)
    try:
        with svc.transaction() as tx:
            a = svc.create("Author", {"name": "Tx author"}, tx=tx)
            b = svc.create("Book", {"title": "Tx book", "authorId": a["id"]}, tx=tx)
            assert svc.get("Book", b["id"], tx=tx, include=["author"])["author"]["name"] == "Tx author"
            assert svc.list("Book", {"filters": [{"field": "authorId", "op": "eq", "value": a["id"]}]}, tx=tx)["total"] == 1
            assert events == []  # nothing is published before the commit
        assert [(e.entity, e.kind) for e in events] == [("Author", "created"), ("Book", "created")]
        # an exception rolls everything back and publishes nothing
        events.clear()
        with pytest.raises(RuntimeError):
            with svc.transaction() as tx:
                c = svc.create("Author", {"name": "Rolled back"}, tx=tx)
                raise RuntimeError("boom")
        assert svc.find("Author", c["id"]) is None and events == []
        # cascade events
        svc.delete("Author", a["id"])
        assert {(e.entity, e.kind) for e in events} == {("Book", "deleted"), ("Author", "deleted")}
    finally:
        svc.hooks.after_commit.remove(events.extend)


def test_before_write_hook(rt):
    svc = rt.service
    seen = []

    def hook(entity, op, data, tx, *, id, previous, principal=None):
        seen.append((entity, op, id, previous["version"] if previous else None))
        if entity == "Book" and op in ("create", "update"):
            assert data["id"] == id
            return {**data, "title": data["title"].upper()}
        if entity == "Book" and op == "delete" and previous["title"] == "KEEP":
            raise FlowFailedError("refused by hook", flow="test")
        return None

    svc.hooks.before_write.append(hook)
    try:
        b = svc.create("Book", {"title": "shout", "authorId": AUTHOR})
        assert b["title"] == "SHOUT" and svc.get("Book", b["id"])["title"] == "SHOUT"
        b = svc.update("Book", b["id"], {"title": "keep"})
        assert b["title"] == "KEEP" and seen[-1] == ("Book", "update", b["id"], 1)
        with pytest.raises(FlowFailedError):
            svc.delete("Book", b["id"])
        assert svc.get("Book", b["id"])["version"] == 2
        # a hook returning invalid data is a validation error, nothing written
        svc.hooks.before_write.insert(0, lambda e, op, d, tx, **kw: {**d, "pages": -5} if e == "Book" and op == "create" else None)
        with pytest.raises(InvalidParams):
            svc.create("Book", {"title": "bad", "authorId": AUTHOR})
        assert svc.list("Book", {"filters": [{"field": "title", "op": "eq", "value": "BAD"}]})["total"] == 0
        # hooks=False bypasses them (seeding, internal writes)
        raw = svc.create("Book", {"title": "quiet", "authorId": AUTHOR}, hooks=False)
        assert raw["title"] == "quiet"
    finally:
        svc.hooks.before_write.clear()


def test_principal_checks(rt):
    svc = rt.service
    reader = Principal(role="reader", entities={"Book": frozenset({"read"})})
    assert svc.list("Book", {}, principal=reader)["total"] >= 1
    with pytest.raises(ForbiddenError):
        svc.create("Book", {"title": "x", "authorId": AUTHOR}, principal=reader)
    # Author is hidden from the reader (no permission at all): its relationship answers like an unknown one
    with pytest.raises(InvalidParams) as ei:
        svc.get("Book", "b1000000-0000-4000-8000-000000000001", include=["author"], principal=reader)
    assert "has no relationship `author`" in str(ei.value.errors)
    author_reader = Principal(role="r2", entities={"Book": frozenset({"read"}), "Author": frozenset({"create"})})
    with pytest.raises(ForbiddenError):  # visible but not readable: forbidden
        svc.get("Book", "b1000000-0000-4000-8000-000000000001", include=["author"], principal=author_reader)
    with pytest.raises(NotFoundError):
        svc.get("Book", "b1000000-0000-4000-8000-00000000000f", principal=reader)


def test_dispatcher_call_from_another_surface(rt):
    import asyncio

    from torquec.runtime.api import CallContext

    res = asyncio.run(rt.dispatcher.call("loadEntityData", {"entity": "Author", "pageSize": 1}, CallContext(transport="test")))
    assert res["pageSize"] == 1


def test_ids_are_time_ordered(rt):
    ids = [rt.service.create("Tag", {"label": f"ordered-{i}"})["id"] for i in range(5)]
    assert ids == sorted(ids) and all(i[14] == "7" for i in ids)  # UUIDv7


def test_database_errors_map_to_fields(rt):
    """A CHECK the API would have caught, hit directly in the database, still names the field."""
    from torquec.runtime.db.base import DbError
    from torquec.runtime.values import new_id, now_utc

    svc = rt.service
    es = svc.entity("Review")
    _, now = now_utc()
    with pytest.raises(DbError) as info:
        with svc.transaction() as tx:
            tx.execute(es.queries["insert"], (new_id(), "b1000000-0000-4000-8000-000000000001", 9, now, now, 1))
    err = svc._db_error(info.value)
    assert isinstance(err, InvalidParams) and err.errors[0]["field"] == "stars" and err.errors[0]["rule"] == "max"
    with pytest.raises(DbError) as info:
        with svc.transaction() as tx:
            tx.execute(es.queries["insert"], (new_id(), "b1000000-0000-4000-8000-0000000000ff", 3, now, now, 1))
    assert svc._db_error(info.value).code == -32004
    t = svc.create("Tag", {"label": "dup-direct"})
    with pytest.raises(DbError) as info:
        with svc.transaction() as tx:
            tx.execute(svc.entity("Tag").queries["insert"], (new_id(), t["label"], now, now, 1))
    err = svc._db_error(info.value)
    assert err.code == -32002 and err.data["field"] == "label"
