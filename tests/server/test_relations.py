"""Every relationship kind and onDelete rule, and every field type's round trip,
on the library test model (tests/server/models/library.json), SQLite and PostgreSQL."""

from __future__ import annotations

import uuid

AUTHOR = "a1000000-0000-4000-8000-000000000001"


def mk(srv, entity, **data):
    return srv.rpc("createEntity", {"entity": entity, "data": data})


def get(srv, entity, id_, include=None):
    p = {"entity": entity, "id": id_}
    if include:
        p["include"] = include
    return srv.rpc("getEntity", p)


def test_field_types_round_trip(lib_server):
    a = mk(lib_server, "Author", name="Types " + uuid.uuid4().hex[:6])
    ext = str(uuid.uuid4()).upper()
    b = mk(lib_server, "Book", title="Everything", authorId=a["id"], pages=321, rating=4.25, price=12.34,
           publishedOn="2001-02-03", lastReadAt="2024-01-02T03:04:05.5+02:00", inStock=False, isbn="9780000000001",
           externalId=ext, formats=["ebook", "paperback"], genre="science", meta={"n": [1, 2.5, None, {"k": "v"}], "ok": True})
    expect = {"pages": 321, "rating": 4.25, "price": "12.34", "publishedOn": "2001-02-03", "lastReadAt": "2024-01-02T01:04:05.500000Z",
              "inStock": False, "isbn": "9780000000001", "externalId": ext.lower(), "formats": ["ebook", "paperback"], "genre": "science",
              "meta": {"n": [1, 2.5, None, {"k": "v"}], "ok": True}, "publisherId": None}
    for k, v in expect.items():
        assert b[k] == v, k
    # more places than the scale is refused, never rounded
    err = lib_server.error("createEntity", {"entity": "Book", "data": {"title": "Rounded", "authorId": a["id"], "price": 12.345}})
    assert err["code"] == -32602 and err["data"]["errors"][0]["field"] == "price"
    stored = get(lib_server, "Book", b["id"])
    assert stored == b
    # defaults and nulls
    b2 = mk(lib_server, "Book", title="Minimal", authorId=a["id"])
    assert b2["inStock"] is True and b2["meta"] is None and b2["formats"] is None
    assert get(lib_server, "Book", b2["id"]) == b2


def test_type_rules(lib_server):
    errs = lib_server.error("createEntity", {"entity": "Book", "data": {
        "title": "x" * 201, "authorId": AUTHOR, "pages": 0, "rating": 5.5, "isbn": "123", "formats": ["vinyl"],
        "publishedOn": "2001-13-01", "lastReadAt": "yesterday", "externalId": "xyz", "inStock": "yes", "genre": "poetry"}})
    assert errs["code"] == -32602
    got = {e["field"].split(".")[0]: e["rule"] for e in errs["data"]["errors"]}
    assert got == {"title": "maxLength", "pages": "min", "rating": "max", "isbn": "pattern", "formats": "enum",
                   "publishedOn": "format", "lastReadAt": "format", "externalId": "format", "inStock": "type", "genre": "enum"}
    errs = lib_server.error("createEntity", {"entity": "Profile", "data": {"handle": "@x", "homepage": "ftp://a.b", "email": "a@b"}})
    got = {e["field"]: e["rule"] for e in errs["data"]["errors"]}
    assert got == {"handle": "pattern", "homepage": "format", "email": "format"}


def test_many_to_one_cascade_and_restrict(lib_server):
    a = mk(lib_server, "Author", name="Cascade " + uuid.uuid4().hex[:6])
    b1 = mk(lib_server, "Book", title="One", authorId=a["id"])
    b2 = mk(lib_server, "Book", title="Two", authorId=a["id"])
    # both directions
    assert get(lib_server, "Book", b1["id"], ["author"])["author"]["id"] == a["id"]
    rel = lib_server.rpc("getRelated", {"entity": "Author", "id": a["id"], "relationship": "books", "sort": [{"field": "title"}]})
    assert [b["title"] for b in rel["items"]] == ["One", "Two"]
    # a review on b2 restricts deleting b2, and so the cascade from the author: nothing is deleted
    r = mk(lib_server, "Review", bookId=b2["id"], stars=4)
    err = lib_server.error("deleteEntity", {"entity": "Author", "id": a["id"]})
    assert err["code"] == -32004 and err["data"]["referencedBy"]["entity"] == "Review"
    assert get(lib_server, "Book", b1["id"])["id"] == b1["id"]
    assert get(lib_server, "Author", a["id"])["id"] == a["id"]
    lib_server.rpc("deleteEntity", {"entity": "Review", "id": r["id"]})
    lib_server.rpc("deleteEntity", {"entity": "Author", "id": a["id"]})
    for b in (b1, b2):
        assert lib_server.error("getEntity", {"entity": "Book", "id": b["id"]})["code"] == -32001


def test_one_to_many_set_null(lib_server):
    a = mk(lib_server, "Author", name="SetNull " + uuid.uuid4().hex[:6])
    p = mk(lib_server, "Publisher", name="Pub")
    b = mk(lib_server, "Book", title="Published", authorId=a["id"], publisherId=p["id"])
    assert lib_server.rpc("getRelated", {"entity": "Publisher", "id": p["id"], "relationship": "publishedBooks"})["total"] == 1
    assert lib_server.rpc("getRelated", {"entity": "Book", "id": b["id"], "relationship": "publisher"})["item"]["name"] == "Pub"
    lib_server.rpc("deleteEntity", {"entity": "Publisher", "id": p["id"]})
    after = get(lib_server, "Book", b["id"])
    assert after["publisherId"] is None and after["version"] == 2
    assert lib_server.rpc("getRelated", {"entity": "Book", "id": b["id"], "relationship": "publisher"})["item"] is None


def test_one_to_one(lib_server):
    prof = mk(lib_server, "Profile", handle="@one_" + uuid.uuid4().hex[:6])
    a = mk(lib_server, "Author", name="OneToOne " + uuid.uuid4().hex[:6], profileId=prof["id"])
    assert lib_server.rpc("getRelated", {"entity": "Profile", "id": prof["id"], "relationship": "author"})["item"]["id"] == a["id"]
    assert lib_server.rpc("getRelated", {"entity": "Author", "id": a["id"], "relationship": "profile"})["item"]["id"] == prof["id"]
    assert get(lib_server, "Profile", prof["id"], ["author"])["author"]["id"] == a["id"]
    # the foreign key is unique: a second author cannot take the same profile
    err = lib_server.error("createEntity", {"entity": "Author", "data": {"name": "Other " + uuid.uuid4().hex[:6], "profileId": prof["id"]}})
    assert err["code"] == -32002 and err["data"]["field"] == "profileId"
    lib_server.rpc("deleteEntity", {"entity": "Profile", "id": prof["id"]})  # setNull
    assert get(lib_server, "Author", a["id"])["profileId"] is None


def test_many_to_many_links(lib_server):
    a = mk(lib_server, "Author", name="M2M " + uuid.uuid4().hex[:6])
    t1, t2, t3 = (mk(lib_server, "Tag", label=f"{n}-{uuid.uuid4().hex[:6]}") for n in ("t1", "t2", "t3"))
    b = mk(lib_server, "Book", title="Tagged", authorId=a["id"], tags=[t1["id"], t2["id"]])
    assert "tags" not in b  # links are not fields
    got = get(lib_server, "Book", b["id"], ["tags"])
    assert {t["id"] for t in got["tags"]} == {t1["id"], t2["id"]}
    # inverse direction
    rel = lib_server.rpc("getRelated", {"entity": "Tag", "id": t1["id"], "relationship": "books"})
    assert [x["id"] for x in rel["items"]] == [b["id"]]
    # replace the links from the other side
    lib_server.rpc("updateEntity", {"entity": "Tag", "id": t3["id"], "data": {"books": [b["id"]]}})
    assert {t["id"] for t in get(lib_server, "Book", b["id"], ["tags"])["tags"]} == {t1["id"], t2["id"], t3["id"]}
    lib_server.rpc("updateEntity", {"entity": "Book", "id": b["id"], "data": {"tags": [t2["id"]]}})
    assert [t["id"] for t in get(lib_server, "Book", b["id"], ["tags"])["tags"]] == [t2["id"]]
    # unknown ids are validation errors, nothing changes
    err = lib_server.error("updateEntity", {"entity": "Book", "id": b["id"], "data": {"tags": [str(uuid.uuid4())], "title": "Changed"}})
    assert err["code"] == -32602 and err["data"]["errors"][0]["field"] == "tags" and err["data"]["errors"][0]["rule"] == "reference"
    assert get(lib_server, "Book", b["id"])["title"] == "Tagged"
    # deleting a tag removes its links only
    lib_server.rpc("deleteEntity", {"entity": "Tag", "id": t2["id"]})
    assert get(lib_server, "Book", b["id"], ["tags"])["tags"] == []
    res = lib_server.rpc("loadEntityData", {"entity": "Tag", "filters": [{"field": "id", "op": "in", "value": [t1["id"], t3["id"]]}], "include": ["books"]})
    assert all(t["books"] == [] for t in res["items"])


def test_no_auth_anyone_can_call(lib_server):
    assert lib_server.rpc("getModelMetadata", token=None)["role"] is None
    assert lib_server.rpc("getCapabilities")["features"]["auth"] is False
