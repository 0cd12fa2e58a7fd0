"""`torquec data import`: errors name file, line and field; all or nothing; --skip-invalid; references by key."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def torquec(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "torquec", *args], capture_output=True, text=True, timeout=180)


@pytest.fixture(scope="module")
def todo_app(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("todo") / "app"
    run = torquec("build", str(ROOT / "sample" / "todo.json"), "-o", str(out), "-q")
    assert run.returncode == 0, run.stderr
    return out


def _export(app: Path, db: Path, entity: str, tmp: Path) -> list[dict]:
    tmp = tmp.parent / (tmp.name + "-exports")  # not in the directory being imported
    run = torquec("data", "export", str(app), "--database-url", str(db), "--entity", entity, "-o", str(tmp / f"{entity}.out.ndjson"))
    assert run.returncode == 0, run.stderr
    return [json.loads(x) for x in (tmp / f"{entity}.out.ndjson").read_text().splitlines()]


def test_errors_name_file_line_and_field_and_nothing_is_written(todo_app, tmp_path):
    db = tmp_path / "app.db"
    (tmp_path / "Project.ndjson").write_text('{"name": "Home"}\n{"name": "Work", "description": "office"}\n')
    (tmp_path / "Todo.csv").write_text(
        "title,done,priority,dueDate,projectId\n"
        "Buy milk,false,low,2024-05-01,Home\n"       # line 2: ok, the project given by its key (name)
        "Fix roof,yes,urgent,,Home\n"                # line 3: enum
        ",false,low,,\n"                             # line 4: title required
        "Call Bob,false,high,2024-02-30,Garden\n"    # line 5: bad date, unknown project key
        '"Write\nreport",true,medium,,Work\n'        # lines 6-7: a quoted newline; ok
    )
    run = torquec("data", "import", str(todo_app), str(tmp_path), "--database-url", str(db))
    assert run.returncode == 1
    err = run.stderr
    assert "Traceback" not in err
    assert "Todo.csv:3: priority:" in err
    assert "Todo.csv:4: title:" in err
    assert "Todo.csv:5: projectId: no Project with id or name 'Garden'" in err
    assert "nothing imported" in err
    assert _export(todo_app, db, "Project", tmp_path) == []  # all or nothing: the valid projects are not there either

    run = torquec("data", "import", str(todo_app), str(tmp_path), "--database-url", str(db), "--skip-invalid",
                  "--rejected", str(tmp_path / "bad.ndjson"))
    assert run.returncode == 0, run.stderr
    assert "imported 4 records" in run.stdout
    rejected = [json.loads(x) for x in (tmp_path / "bad.ndjson").read_text().splitlines()]
    assert [(r["line"], r["reasons"][0]["field"]) for r in rejected] == [(3, "priority"), (4, "title"), (5, "projectId")]
    assert rejected[0]["row"]["priority"] == "urgent"
    todos = {t["title"]: t for t in _export(todo_app, db, "Todo", tmp_path)}
    projects = {p["name"]: p["id"] for p in _export(todo_app, db, "Project", tmp_path)}
    assert set(todos) == {"Buy milk", "Write\nreport"}
    assert todos["Buy milk"]["projectId"] == projects["Home"] and todos["Write\nreport"]["projectId"] == projects["Work"]
    assert todos["Write\nreport"]["done"] is True and todos["Buy milk"]["dueDate"] == "2024-05-01"


def test_unreadable_files_and_unknown_entities_are_user_errors(todo_app, tmp_path):
    db = tmp_path / "app.db"
    bad = tmp_path / "Todo.ndjson"
    bad.write_text('{"title": "a", "done": false, "priority": "low"}\nnot json\n')
    run = torquec("data", "import", str(todo_app), str(bad), "--database-url", str(db))
    assert run.returncode == 1 and "Todo.ndjson:2: not JSON" in run.stderr and "Traceback" not in run.stderr
    other = tmp_path / "Nope.json"
    other.write_text("[]")
    run = torquec("data", "import", str(todo_app), str(other), "--database-url", str(db))
    assert run.returncode == 1 and "`Nope` is not an entity" in run.stderr
    run = torquec("data", "export", str(tmp_path), "-o", str(tmp_path / "x"))
    assert run.returncode == 1 and "not a built app" in run.stderr


def test_json_rpc_import_and_export_entity_data(todo_app, tmp_path):
    from server.harness import Server

    server = Server(todo_app, database_url=str(tmp_path / "rpc.db"), seed=False)
    try:
        got = server.rpc("importEntityData", {"entity": "Project", "format": "ndjson", "content": '{"name": "Home"}\n{"name": "Work"}\n'})
        assert got == {"entity": "Project", "inserted": 2, "links": 0, "rejected": [], "rejectedCount": 0}
        csv_text = "title,done,priority,projectId\nA,true,low,Home\nB,false,nope,Work\nC,false,high,Mars\n"
        err = server.error("importEntityData", {"entity": "Todo", "format": "csv", "content": csv_text})
        assert err["code"] == -32602
        assert [(e["line"], e["field"]) for e in err["data"]["errors"]] == [(3, "priority"), (4, "projectId")]
        assert server.total("Todo") == 0  # all or nothing
        got = server.rpc("importEntityData", {"entity": "Todo", "format": "csv", "content": csv_text, "skipInvalid": True})
        assert got["inserted"] == 1 and got["rejectedCount"] == 2 and got["rejected"][0]["line"] == 3
        out = server.rpc("exportEntityData", {"entity": "Todo", "format": "json"})
        items = json.loads(out["content"])
        assert out["count"] == 1 and items[0]["title"] == "A" and items[0]["done"] is True
        lines = server.rpc("exportEntityData", {"entity": "Project"})["content"].splitlines()
        projects = {json.loads(x)["name"]: json.loads(x)["id"] for x in lines}
        assert items[0]["projectId"] == projects["Home"]
        assert server.error("exportEntityData", {"entity": "Todo", "format": "xml"})["code"] == -32602
        doc = server.rpc("rpc.discover")
        assert {"exportEntityData", "importEntityData"} <= {m["name"] for m in doc["methods"]}
    finally:
        server.stop()


def test_without_app_dir_the_database_names_its_model(todo_app, tmp_path):
    db = tmp_path / "app.db"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "Project.json").write_text('[{"name": "Home"}, {"name": "Garden"}]')
    run = torquec("data", "import", str(todo_app), str(tmp_path / "in"), "--database-url", str(db))
    assert run.returncode == 0, run.stderr
    # no APP_DIR: the model the database was migrated to is built on the fly
    run = torquec("data", "export", "--database-url", str(db), "--entity", "Project", "--format", "csv", "-o", str(tmp_path / "p.csv"))
    assert run.returncode == 0, run.stderr
    assert sorted(x.split(",")[1] for x in (tmp_path / "p.csv").read_text().splitlines()[1:]) == ["Garden", "Home"]
    (tmp_path / "more.ndjson").write_text('{"name": "Attic"}\n')
    run = torquec("data", "import", str(tmp_path / "more.ndjson"), "--entity", "Project", "--database-url", str(db))
    assert run.returncode == 0, run.stderr
    run = torquec("data", "export", "--database-url", str(tmp_path / "empty.db"), "-o", str(tmp_path / "x"))
    assert run.returncode == 1 and "holds no torquec app" in run.stderr


def test_json_rpc_data_methods_follow_the_roles(tmp_path):
    from server.harness import Server

    app = ROOT / "generated" / "customer-order"
    server = Server(app, database_url=str(tmp_path / "roles.db"), seed=False, tokens="t-viewer:viewer,t-sales:sales", token="t-sales")
    try:
        customers = "name,email,customerType,isActive\nAda,ada@example.com,Business,true\n"
        err = server.error("importEntityData", {"entity": "Customer", "format": "csv", "content": customers}, token="t-viewer")
        assert err["code"] == -32007  # viewer may not create
        assert server.rpc("importEntityData", {"entity": "Customer", "format": "csv", "content": customers})["inserted"] == 1
        # the order names its customer by the customer's key (its first unique field: email)
        order = {"orderNumber": "ORD-1001", "customerId": "ada@example.com", "status": "Draft", "totalAmount": 10, "orderDate": "2024-05-01"}
        got = server.rpc("importEntityData", {"entity": "Order", "format": "ndjson", "content": json.dumps(order)})
        assert got["inserted"] == 1
        out = server.rpc("exportEntityData", {"entity": "Order"}, token="t-viewer")  # viewer may read
        assert json.loads(out["content"])["orderNumber"] == "ORD-1001"
        assert server.error("exportEntityData", {"entity": "Order"}, token=None)["code"] == -32006
    finally:
        server.stop()


STAFF = {
    "name": "staff",
    "version": "1.0.0",
    "entities": [{
        "id": "ent-employee",
        "name": "Employee",
        "fields": [
            {"id": "fld-code", "name": "code", "type": "integer", "required": True, "unique": True},
            {"id": "fld-name", "name": "name", "type": "string", "required": True},
            {"id": "fld-manager", "name": "managerCode", "type": "reference", "target": "Employee", "targetField": "code"},
        ],
    }],
}


@pytest.mark.parametrize("dialect", ["sqlite", "postgres"])
def test_a_reference_by_key_to_the_same_entity_goes_in_whatever_the_row_order(dialect, request, tmp_path):
    """Each employee names its manager by code; the file lists the reports before their managers,
    300 levels deep. On PostgreSQL one COPY spreads rows over hash partitions by id, so a child
    could be checked before its parent's key was in the key's side table (a flaky CI failure on
    Northwind's employees): parents go in a statement before their reports."""
    app = tmp_path / "app"
    (tmp_path / "staff.json").write_text(json.dumps(STAFF))
    run = torquec("build", str(tmp_path / "staff.json"), "-o", str(app), "-q")
    assert run.returncode == 0, run.stderr
    url = str(tmp_path / "staff.db") if dialect == "sqlite" else request.getfixturevalue("pg_url")
    rows = [{"code": i, "name": f"E{i}", **({"managerCode": i - 1} if i > 1 else {})} for i in range(300, 0, -1)]
    rows += [{"code": 1000 + i, "name": f"R{i}", "managerCode": 1 + i % 5} for i in range(200)]  # a wide level too
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "Employee.ndjson").write_text("".join(json.dumps(r) + "\n" for r in rows))
    run = torquec("data", "import", str(app), str(tmp_path / "in"), "--database-url", url)
    assert run.returncode == 0, run.stderr
    assert "imported 500 records" in run.stdout
    got = {e["code"]: e.get("managerCode") for e in _export(app, url, "Employee", tmp_path)}
    assert got == {r["code"]: r.get("managerCode") for r in rows}
    # a cycle cannot go in: the database refuses it, nothing is written
    (tmp_path / "cycle").mkdir()
    (tmp_path / "cycle" / "Employee.ndjson").write_text('{"code": 9001, "name": "A", "managerCode": 9002}\n'
                                                        '{"code": 9002, "name": "B", "managerCode": 9001}\n')
    run = torquec("data", "import", str(app), str(tmp_path / "cycle"), "--database-url", url)
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert "nothing imported" in run.stderr
    assert len(_export(app, url, "Employee", tmp_path)) == 500


def _shops(by_key: bool) -> dict:
    """Sakila's store ↔ staff: each store's manager is a staff member, each staff member works in a store,
    both required — by natural key (`targetField`, as `torquec import` makes them) or by id."""
    ref = (lambda target: {"target": target, "targetField": "code"}) if by_key else (lambda target: {"target": target})
    return {
        "name": "shops", "title": "Shops", "version": "1.0.0",
        "entities": [
            {"id": "ent-store", "name": "Store", "fields": [
                {"id": "fld-store-code", "name": "code", "type": "integer", "required": True, "unique": True},
                {"id": "fld-store-manager", "name": "managerId", "type": "reference", "required": True, **ref("Staff")}]},
            {"id": "ent-staff", "name": "Staff", "fields": [
                {"id": "fld-staff-code", "name": "code", "type": "integer", "required": True, "unique": True},
                {"id": "fld-staff-store", "name": "storeId", "type": "reference", "required": True, **ref("Store")}]},
        ],
    }


@pytest.fixture(scope="module")
def shops_apps(tmp_path_factory) -> dict[bool, Path]:
    apps = {}
    for by_key in (False, True):
        base = tmp_path_factory.mktemp("shops")
        (base / "shops.json").write_text(json.dumps(_shops(by_key)))
        run = torquec("build", str(base / "shops.json"), "-o", str(base / "app"), "-q")
        assert run.returncode == 0, run.stderr
        apps[by_key] = base / "app"
    return apps


# (by key on SQLite: tests/importer/test_sakila_postgres.py)
@pytest.mark.parametrize("dialect, by_key", [("sqlite", False), ("postgres", False), ("postgres", True)],
                         ids=["sqlite-by-id", "postgres-by-id", "postgres-by-key"])
def test_a_cycle_of_required_references_goes_in_at_once(dialect, by_key, shops_apps, request, tmp_path):
    """Neither a store nor its manager can go in first: the foreign keys inside the cycle are checked at
    COMMIT (DEFERRABLE on PostgreSQL), and each side's rows are known to the other's. Before: the database
    refused the first side's rows (by key) or the import found no such Store (by id)."""
    app = shops_apps[by_key]
    if dialect == "sqlite":
        url, copy = str(tmp_path / "shops.db"), str(tmp_path / "copy.db")
    else:
        cluster = request.getfixturevalue("pg_cluster")
        url = request.getfixturevalue("pg_url")
        copy = cluster.create_database(url.rsplit("/", 1)[1] + "_copy")
        request.addfinalizer(lambda: cluster.drop_database(copy.rsplit("/", 1)[1]))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "Store.ndjson").write_text('{"code": 1, "managerId": 10}\n{"code": 2, "managerId": 20}\n')
    (tmp_path / "in" / "Staff.ndjson").write_text('{"code": 10, "storeId": 1}\n{"code": 20, "storeId": 2}\n{"code": 21, "storeId": 2}\n')
    run = torquec("data", "import", str(app), str(tmp_path / "in"), "--database-url", url)
    assert run.returncode == 0 and "imported 5 records" in run.stdout, run.stderr

    def export(db: str, out: Path) -> dict[str, list[dict]]:
        run = torquec("data", "export", str(app), "--database-url", db, "-o", str(out))
        assert run.returncode == 0, run.stderr
        return {n: [{k: v for k, v in json.loads(x).items() if k not in ("createdAt", "updatedAt")}
                    for x in (out / f"{n}.ndjson").read_text().splitlines()] for n in ("Store", "Staff")}

    got = export(url, tmp_path / "out")
    code = {s["id"]: s["code"] for s in got["Store"] + got["Staff"]}
    ref = (lambda v: v) if by_key else code.get
    assert {s["code"]: ref(s["managerId"]) for s in got["Store"]} == {1: 10, 2: 20}
    assert {s["code"]: ref(s["storeId"]) for s in got["Staff"]} == {10: 1, 20: 2, 21: 2}
    # an export (ids, references by id or key) goes into an empty database as it is
    run = torquec("data", "import", str(app), str(tmp_path / "out"), "--database-url", copy)
    assert run.returncode == 0 and "imported 5 records" in run.stdout, run.stderr
    assert export(copy, tmp_path / "copied") == got
    # a manager that does not exist: refused, nothing written, no traceback
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "Store.ndjson").write_text('{"code": 3, "managerId": 30}\n' if by_key else
                                                   '{"code": 3, "managerId": "0190a1b2-0000-7000-8000-000000000000"}\n')
    (tmp_path / "bad" / "Staff.ndjson").write_text('{"code": 31, "storeId": 3}\n')
    run = torquec("data", "import", str(app), str(tmp_path / "bad"), "--database-url", url)
    assert run.returncode == 1 and "Traceback" not in run.stderr and "nothing imported" in run.stderr, run.stderr
    wrong = "Store.ndjson:1: managerId: no Staff with code 30" if by_key else \
        "Store.ndjson:1: managerId: no Staff with id or code '0190a1b2-0000-7000-8000-000000000000'"
    assert wrong in run.stderr, run.stderr
    assert export(url, tmp_path / "after") == got


@pytest.mark.parametrize("dialect", ["sqlite", "postgres"])
def test_a_reference_by_key_to_nothing_names_its_file_line_and_field(dialect, shops_apps, request, tmp_path):
    """Before: the database's foreign key refused the whole import at its end ("(database):0: … FOREIGN KEY
    constraint failed"), naming no row, and --skip-invalid could not leave the row out."""
    app = shops_apps[True]
    url = str(tmp_path / "shops.db") if dialect == "sqlite" else request.getfixturevalue("pg_url")
    (tmp_path / "Store.ndjson").write_text('{"code": 1, "managerId": 10}\n')
    (tmp_path / "Staff.ndjson").write_text('{"code": 10, "storeId": 1}\n{"code": 11, "storeId": 99}\n{"code": 12, "storeId": 1}\n')
    run = torquec("data", "import", str(app), str(tmp_path), "--database-url", url)
    assert run.returncode == 1 and "Staff.ndjson:2: storeId: no Store with code 99" in run.stderr, run.stderr
    assert "(database)" not in run.stderr and "nothing imported: 1 problem(s) in 1 row(s)" in run.stderr, run.stderr
    run = torquec("data", "import", str(app), str(tmp_path), "--database-url", url, "--skip-invalid", "--rejected", str(tmp_path / "bad.out"))
    assert run.returncode == 0 and "imported 3 records" in run.stdout, run.stdout + run.stderr
    rejected = [json.loads(x) for x in (tmp_path / "bad.out").read_text().splitlines()]
    assert [(r["line"], r["reasons"], r["row"]["code"]) for r in rejected] == [
        (2, [{"field": "storeId", "message": "no Store with code 99"}], 11)]
