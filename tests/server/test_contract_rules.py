"""One rule on every side: the e-mail and URL rules of the compile-time check are the
ones the running API enforces, and the runtime refuses metadata of another format."""

from __future__ import annotations

import uuid

import pytest

from passes.modelkit import check, minimal
from torquec.contract import EMAIL_PATTERN, METADATA_FORMAT, MetadataFormatError
from torquec.runtime.spec import AppSpec

# (address, valid?) — `a@b.c.` was accepted by the API and rejected by `torquec check`.
ADDRESSES = [("a@b.co", True), ("first.last@sub.example.org", True), ("a@b.c.", False), ("a@b..c", False),
             ("a@b", False), ("a b@c.d", False), ("@b.co", False)]


def _compile_time_ok(address: str) -> bool:
    m = minimal()
    m["sampleData"] = {"Customer": [{"name": "X", "email": address}]}
    return not check(m).diags.has_errors


@pytest.mark.parametrize("address,valid", ADDRESSES)
def test_compile_time_and_api_agree_on_email(co_server, address, valid):
    assert _compile_time_ok(address) is valid
    data = {"name": "Mail " + uuid.uuid4().hex[:6], "email": address.replace("a@", f"a{uuid.uuid4().hex[:6]}@", 1)}
    resp = co_server.call("createEntity", {"entity": "Customer", "data": data})
    if valid:
        assert "result" in resp, resp
    else:
        assert resp["error"]["code"] == -32602, resp
        assert resp["error"]["data"]["errors"][0]["field"] == "email"


def test_the_email_pattern_is_the_one_the_schemas_carry():
    from torquec.backends.server.schemas import EMAIL_PATTERN as schema_pattern

    assert schema_pattern is EMAIL_PATTERN


def test_runtime_refuses_metadata_of_another_format():
    with pytest.raises(MetadataFormatError, match=f"format 0, but this torquec runtime reads format {METADATA_FORMAT}"):
        AppSpec.build({"format": 0, "entities": []})
    with pytest.raises(MetadataFormatError, match="rebuild the app"):
        AppSpec.build({"entities": []})


# `http:///path` was accepted by the API and rejected by `torquec check` (and by the web form);
# `HTTP://X.Y` passed the API and failed PostgreSQL's CHECK (SQLite's LIKE ignores case).
URLS = [("https://example.com", True), ("http://x.y/p?q=1#f", True), ("http://localhost:8000", True), ("HTTP://X.Y", False),
        ("http:///path", False), ("ftp://example.com", False), ("https://exa mple.com", False), ("https://", False)]


@pytest.mark.parametrize("url,valid", URLS)
def test_compile_time_and_api_agree_on_urls(lib_server, url, valid):
    m = minimal()
    m["entities"][0]["fields"].append({"id": "fld-site", "name": "site", "type": "url"})
    m["sampleData"] = {"Customer": [{"name": "X", "site": url}]}
    assert (not check(m).diags.has_errors) is valid
    data = {"handle": "@t" + uuid.uuid4().hex[:10], "homepage": url}
    resp = lib_server.call("createEntity", {"entity": "Profile", "data": data})
    if valid:
        assert "result" in resp, resp
    else:
        assert resp["error"]["code"] == -32602, resp
        assert resp["error"]["data"]["errors"][0]["field"] == "homepage"
