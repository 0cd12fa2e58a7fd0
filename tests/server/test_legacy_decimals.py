"""SQLite databases created before exact decimals (commit 162170f) keep their values.

Those databases declare decimal columns ``NUMERIC`` and hold the value itself
(INTEGER ``56000``, REAL ``1234.5``); today's storage is value × 10^scale. The
test makes such a database with the OLD torquec (a ``git archive`` of the
commit, run in a subprocess), then starts today's app on it and runs today's
``migrate apply`` on a copy: every decimal reads back as the same number.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from decimal import Decimal

import pytest

from torquec.driver import build

from .conftest import ADMIN, TOKENS
from .harness import ROOT, Server

# 9b096e0: model JSON recorded without a snapshot; fdf0dbc..162170f^: with a schema snapshot.
OLD_COMMITS = ["9b096e0", "162170f^"]


def _old_torquec(commit: str, into) -> None:
    """The tree of torquec at ``commit`` (what an install of that version ran) under ``into``."""
    if subprocess.run(["git", "cat-file", "-e", f"{commit}^{{commit}}"], cwd=ROOT, capture_output=True).returncode:
        pytest.skip(f"commit {commit} is not in this checkout (shallow clone)")
    into.mkdir()
    archive = subprocess.run(["git", "archive", commit, "torquec", "templates", "schemas", "sample"], cwd=ROOT,
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)


def _decimals(srv: Server) -> dict[str, object]:
    out = {}
    for entity, field in (("Customer", "creditLimit"), ("Order", "totalAmount")):
        for r in srv.rpc("loadEntityData", {"entity": entity, "pageSize": 100})["items"]:
            out[f"{entity}/{r['id']}"] = r[field]
    return out


def _legacy_app(tmp_path, commit: str):
    """An app dir with a database written by the torquec of ``commit``: seeded, plus a REAL value; its decimals as answered."""
    old = tmp_path / "old"
    _old_torquec(commit, old)
    app = tmp_path / "app"
    env = {"PYTHONPATH": str(old)}
    r = subprocess.run([sys.executable, "-m", "torquec", "build", "sample/customer-order.json", "-o", str(app), "-q"],
                       cwd=old, env={**os.environ, **env}, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    srv = Server(app, tokens=TOKENS, token=ADMIN, env=env, cwd=old)
    try:
        srv.rpc("createEntity", {"entity": "Customer", "data": {"name": "Real Value", "email": "real.value@example.com",
                                                              "creditLimit": 1234.5}})
        before = _decimals(srv)
    finally:
        srv.stop()
    db = app / "data" / "app.db"
    with sqlite3.connect(db) as conn:  # what makes these databases legacy: the value itself, INTEGER or REAL
        kinds = {t for (t,) in conn.execute("SELECT typeof(credit_limit) FROM customer")}
        declared = {row[1]: row[2] for row in conn.execute("PRAGMA table_info(customer)")}
    assert kinds == {"integer", "real"} and declared["credit_limit"].upper().startswith("NUMERIC")
    assert len(before) > 5 and Decimal(str(before[next(k for k in before if k.startswith("Customer/"))])) >= 100
    return app, db, before


def _content(db) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _same_numbers(before: dict, after: dict) -> None:
    assert after.keys() == before.keys()
    for key, old_value in before.items():
        assert isinstance(after[key], str) and Decimal(after[key]) == Decimal(str(old_value)), (key, old_value, after[key])
        assert after[key] == f"{Decimal(str(old_value)):.2f}"


@pytest.mark.parametrize("commit", OLD_COMMITS)
def test_app_started_on_a_database_from_before_exact_decimals_reads_the_same_numbers(tmp_path, commit):
    app, db, before = _legacy_app(tmp_path, commit)
    copy = tmp_path / "copy.db"
    shutil.copyfile(db, copy)

    assert build(str(ROOT / "sample" / "customer-order.json"), str(app)).ok  # today's build of the same model
    srv = Server(app, tokens=TOKENS, token=ADMIN, seed=False)
    try:
        _same_numbers(before, _decimals(srv))
        assert "credit_limit" in srv.output() and "before exact decimals" in srv.output()
        created = srv.rpc("createEntity", {"entity": "Customer", "data": {"name": "New One", "email": "new.one@example.com",
                                                                        "creditLimit": "56000.00"}})
        assert srv.rpc("getEntity", {"entity": "Customer", "id": created["id"]})["creditLimit"] == "56000.00"
    finally:
        srv.stop()

    # `torquec migrate apply` on another copy: converts once, in today's storage, then nothing to do.
    run = [sys.executable, "-m", "torquec", "migrate", "apply", str(ROOT / "sample" / "customer-order.json"), "--database-url", str(copy)]
    r = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    assert 'convert "credit_limit" from its NUMERIC storage of before exact decimals' in r.stdout
    assert 'convert "total_amount"' in r.stdout
    with sqlite3.connect(copy) as conn:
        assert {t for (t,) in conn.execute("SELECT typeof(credit_limit) FROM customer")} == {"integer"}
        assert conn.execute("SELECT credit_limit FROM customer WHERE email = 'real.value@example.com'").fetchone() == (123450,)
    r = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "is up to date" in r.stdout, r.stdout + r.stderr


def test_legacy_value_that_does_not_fit_the_scale_is_refused_not_rounded(tmp_path):
    app, db, _before = _legacy_app(tmp_path, OLD_COMMITS[0])
    conn = sqlite3.connect(db)  # the old NUMERIC column took any number; scale 2 cannot hold it exactly
    with conn:
        conn.execute("UPDATE customer SET credit_limit = 0.125 WHERE email = 'real.value@example.com'")
    conn.close()
    run = [sys.executable, "-m", "torquec", "migrate", "apply", str(ROOT / "sample" / "customer-order.json"), "--database-url", str(db)]
    untouched = _content(db)
    r = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and "lose data" in r.stderr and "creditLimit" in r.stderr, r.stdout + r.stderr
    assert "Traceback" not in r.stderr and _content(db) == untouched

    assert build(str(ROOT / "sample" / "customer-order.json"), str(app)).ok
    r = subprocess.run([sys.executable, "-m", "torquec", "serve", str(app), "--port", "0", "--no-web"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and "lose data" in r.stderr and "Traceback" not in r.stderr
    assert _content(db) == untouched

    r = subprocess.run([*run, "--allow-data-loss"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    with sqlite3.connect(db) as conn:  # accepted: rounded half-even to the scale, as the message said
        assert conn.execute("SELECT credit_limit FROM customer WHERE email = 'real.value@example.com'").fetchone() == (12,)


def test_database_from_before_recorded_models_with_old_decimals_is_adopted_and_converted(tmp_path):
    """A database written by a `serve` that recorded no model (no _torque_schema) is adopted:
    the idempotent schema, then its old decimals converted, before anything is read or written."""
    app, db, before = _legacy_app(tmp_path, OLD_COMMITS[0])
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("DROP TABLE _torque_schema")
    conn.close()
    assert build(str(ROOT / "sample" / "customer-order.json"), str(app)).ok
    srv = Server(app, tokens=TOKENS, token=ADMIN, seed=False)
    try:
        _same_numbers(before, _decimals(srv))
        assert "before exact decimals" in srv.output()
    finally:
        srv.stop()
    srv = Server(app, tokens=TOKENS, token=ADMIN, seed=False)  # converted once: the next start reads the same
    try:
        _same_numbers(before, _decimals(srv))
    finally:
        srv.stop()
