"""The dev surface of `torquec watch` is reachable only by the developer (issue 10, items 1 and 2):
the session's secret, a loopback/bound Host, no foreign Origin and JSON bodies are required on
every `/__torque/` request, a refused request changes nothing on disk, and watch refuses to
expose a model without `auth` beyond loopback unless told to."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import httpx
import pytest

from torquec.watch.session import WatchOptions, WatchSession

from .harness import WatchThread, load

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.fixture(scope="module")
def watch(tmp_path_factory):
    base = tmp_path_factory.mktemp("guard")
    model_path = str(base / "todo.json")
    shutil.copy(os.path.join(ROOT, "sample", "todo.json"), model_path)
    w = WatchThread(model_path, str(base / "app")).start()
    w.model_path = model_path
    yield w
    w.stop()


def without_auth_and_with_a_callout(path: str) -> str:
    """What the reviewer's forged form posted: the model rewritten by an attacker."""
    model = load(path)
    model.pop("auth", None)
    model["title"] = "pwned"
    return json.dumps(model)


@pytest.mark.parametrize("case, headers, status", [
    ("text/plain form post", {"content-type": "text/plain", "origin": "http://evil.example"}, 403),
    ("text/plain, no origin", {"content-type": "text/plain"}, 415),
    ("form-urlencoded", {"content-type": "application/x-www-form-urlencoded"}, 415),
    ("foreign origin", {"content-type": "application/json", "origin": "http://evil.example"}, 403),
    ("DNS rebinding", {"content-type": "application/json", "host": "evil.example"}, 421),
    ("rebinding + origin", {"content-type": "text/plain", "host": "evil.example", "origin": "http://evil.example"}, 421),
])
def test_forged_model_writes_are_refused_and_leave_the_file_alone(watch, case, headers, status):
    before = open(watch.model_path, encoding="utf-8").read()
    mtime = os.stat(watch.model_path).st_mtime_ns
    body = without_auth_and_with_a_callout(watch.model_path)
    # Host and Origin are checked first, then the secret (401), then the media type; even with
    # the secret (a leaked one), the other checks hold on their own.
    for extra, expected in (({}, status if status != 415 else 401), (watch.dev_headers, status)):
        r = httpx.post(watch.url + "/__torque/model?write=1", content=body, headers={**headers, **extra}, timeout=30)
        assert r.status_code == expected, (case, extra, r.status_code, r.text)
        assert "error" in r.json()
    assert open(watch.model_path, encoding="utf-8").read() == before and os.stat(watch.model_path).st_mtime_ns == mtime


@pytest.mark.parametrize("path", ["/__torque/status", "/__torque/events", "/__torque/dev.js", "/__torque/nope"])
@pytest.mark.parametrize("offered", [None, "Bearer wrong", "cookie"])
def test_dev_routes_want_the_sessions_secret(watch, path, offered):
    headers = {}
    if offered == "cookie":
        headers["cookie"] = f"torque_dev_{watch.port}=not-the-secret"
    elif offered:
        headers["authorization"] = offered
    r = httpx.get(watch.url + path, headers=headers, timeout=10)
    assert r.status_code == 401 and "token" in r.json()["error"]


def test_model_post_without_secret_is_refused(watch):
    before = open(watch.model_path, encoding="utf-8").read()
    body = without_auth_and_with_a_callout(watch.model_path)
    for headers in ({}, {"x-torque-dev-token": "guess"}):
        r = httpx.post(watch.url + "/__torque/model?write=1&token=guess", content=body,
                       headers={"content-type": "application/json", **headers}, timeout=30)
        assert r.status_code == 401
    assert open(watch.model_path, encoding="utf-8").read() == before


def test_opening_the_printed_url_keeps_the_secret_in_a_strict_cookie(watch):
    assert watch.dev_url == f"http://127.0.0.1:{watch.port}/?token={watch.token}"
    assert watch.token in watch.session.dev_url and len(watch.token) >= 32
    with httpx.Client(base_url=watch.url, timeout=10) as browser:
        r = browser.get(f"/todos?view=all&token={watch.token}")
        assert r.status_code == 303 and r.headers["location"] == "/todos?view=all"  # the secret leaves the URL
        cookie = r.headers["set-cookie"]
        assert cookie.startswith(f"torque_dev_{watch.port}={watch.token};")
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
        assert browser.get("/__torque/status").status_code == 200  # the cookie now carries it
        assert browser.get("/__torque/dev.js").status_code == 200
    # a wrong ?token= is no sign-in: the app page is served as usual, no cookie is set
    r = httpx.get(watch.url + "/?token=guess", timeout=10)
    assert "set-cookie" not in r.headers and r.status_code in (200, 404)
    # the sign-in visit is itself Host-checked (no cookie planted through a rebinding name)
    r = httpx.get(watch.url + f"/?token={watch.token}", headers={"host": "evil.example"}, timeout=10)
    assert r.status_code == 421 and "set-cookie" not in r.headers


def test_watch_refuses_to_expose_a_model_without_auth(tmp_path):
    model = tmp_path / "todo.json"
    shutil.copy(os.path.join(ROOT, "sample", "todo.json"), model)
    r = subprocess.run([sys.executable, "-m", "torquec", "watch", str(model), "--host", "0.0.0.0", "--no-web"],
                       capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "no `auth`" in lines[0] and "--allow-remote-without-auth" in lines[0]
    assert not (tmp_path / "generated").exists()  # refused before building or listening


def test_an_edit_that_removes_auth_is_not_served_beyond_loopback(tmp_path):
    from torquec.driver import analyze

    with_auth = analyze(os.path.join(ROOT, "sample", "customer-order.json")).model
    without = analyze(os.path.join(ROOT, "sample", "todo.json")).model
    remote = WatchSession(WatchOptions(model_path="m.json", host="0.0.0.0"))
    assert remote._unauthenticated_exposure(with_auth) is None
    assert "no `auth`" in remote._unauthenticated_exposure(without)
    allowed = WatchSession(WatchOptions(model_path="m.json", host="0.0.0.0", allow_remote_without_auth=True))
    assert allowed._unauthenticated_exposure(without) is None
    assert WatchSession(WatchOptions(model_path="m.json"))._unauthenticated_exposure(without) is None


def test_the_secret_cookie_is_found_among_cookies_of_other_local_apps(watch):
    # Other apps on 127.0.0.1 share the cookie jar; a JSON-valued cookie must not hide ours.
    jar = f'prefs={{"a": "b c"}}; other="quoted; torque_dev_{watch.port}x=nope; torque_dev_{watch.port}={watch.token}'
    assert httpx.get(watch.url + "/__torque/status", headers={"cookie": jar}, timeout=10).status_code == 200
    assert httpx.get(watch.url + "/__torque/status", headers={"cookie": f"torque_dev_{watch.port}x={watch.token}"},
                     timeout=10).status_code == 401


@pytest.mark.parametrize("path", ["/__torque/status", "/__torque/events", "/__torque/dev.js"])
@pytest.mark.parametrize("headers, status", [({"origin": "http://evil.example"}, 403), ({"host": "evil.example"}, 421),
                                             ({"host": "evil.example:80", "origin": "http://evil.example"}, 421)])
def test_dev_reads_refuse_foreign_origin_and_host_even_with_the_secret(watch, path, headers, status):
    r = httpx.get(watch.url + path, headers={**watch.dev_headers, **headers}, timeout=10)
    assert r.status_code == status and "error" in r.json()
