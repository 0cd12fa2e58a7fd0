"""The MySQL "employees" sample database (tests/fixtures/realdb/employees.sql, the first 1,000 employees, see
SOURCES.md) end to end on SQLite and PostgreSQL: `torquec import` of the MySQL dump → a clean model → build → serve →
`torquec data import` → counts and aggregates (salary sums per department, current managers, employees per title,
date ranges) read through JSON-RPC and MCP equal the source. The source is the fixture's own INSERT statements run
in an in-memory SQLite database, so the expected figures do not go through the importer under test."""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict

import httpx
import pytest

from server.harness import Server

from .conftest import FIXTURES
from .test_end_to_end import all_items, torquec

pytestmark = pytest.mark.slow

EMPLOYEES_SQL = FIXTURES / "employees.sql"
CURRENT = "9999-01-01"  # the sample's "to_date" of what still holds
TABLES = {"employees": "Employee", "departments": "Department", "dept_emp": "DeptEmp", "dept_manager": "DeptManager",
          "titles": "Title", "salaries": "Salary"}


def source_db() -> sqlite3.Connection:
    """The fixture's rows in SQLite, straight from its INSERT statements (backquoted names are valid SQLite)."""
    db = sqlite3.connect(":memory:")
    db.executescript("""
        CREATE TABLE employees (emp_no, birth_date, first_name, last_name, gender, hire_date);
        CREATE TABLE departments (dept_no, dept_name);
        CREATE TABLE dept_emp (emp_no, dept_no, from_date, to_date);
        CREATE TABLE dept_manager (emp_no, dept_no, from_date, to_date);
        CREATE TABLE titles (emp_no, title, from_date, to_date);
        CREATE TABLE salaries (emp_no, salary, from_date, to_date);""")
    for stmt in re.findall(r"^INSERT INTO `\w+` VALUES .*?\);$", EMPLOYEES_SQL.read_text(), re.M | re.S):
        db.execute(stmt)
    return db


def mcp_call(server: Server, tool: str, arguments: dict) -> dict:
    meta = {"io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientCapabilities": {}}
    r = httpx.post(f"{server.base}/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "tools/call",
                                               "params": {"name": tool, "arguments": arguments, "_meta": meta}},
                   headers={"Accept": "application/json, text/event-stream", "MCP-Protocol-Version": "2026-07-28",
                            "Mcp-Method": "tools/call", "Mcp-Name": tool, **server.headers()}, timeout=60)
    assert r.status_code == 200, r.text
    result = r.json()["result"]
    assert not result.get("isError"), result
    return result["structuredContent"]


def test_import_model(tmp_path):
    """What the MySQL schema becomes: composite primary keys → unique indexes, ENUM → enum, DATE → date; the
    only warnings are the two views (the format has no views), each with its line."""
    from torquec.importer import import_source

    result = import_source(str(EMPLOYEES_SQL), "employees", dialect="mysql")
    entities = {e["name"]: e for e in result.model["entities"]}
    assert set(entities) == set(TABLES.values())
    assert entities["Salary"]["indexes"] == [{"fields": ["empNo", "fromDate"], "unique": True}]
    assert entities["Title"]["indexes"] == [{"fields": ["empNo", "title", "fromDate"], "unique": True}]
    fields = {f["name"]: f for f in entities["Employee"]["fields"]}
    assert fields["gender"]["type"] == "enum" and fields["gender"]["values"] == ["M", "F"]
    assert fields["birthDate"]["type"] == fields["hireDate"]["type"] == "date"
    assert fields["empNo"]["unique"] and fields["empNo"]["type"] == "integer"
    # the foreign keys point at natural keys: each reference keeps the key value (emp_no, dept_no)
    salary_emp = next(f for f in entities["Salary"]["fields"] if f["name"] == "empNo")
    assert salary_emp["type"] == "reference" and salary_emp["target"] == "Employee" and salary_emp["targetField"] == "empNo"
    lines = EMPLOYEES_SQL.read_text().splitlines()
    views = [i + 1 for i, x in enumerate(lines) if x.startswith("CREATE OR REPLACE VIEW")]
    assert [(w.code, w.line) for w in result.warnings] == [("I008", n) for n in views]
    assert [m for m in (w.message for w in result.warnings)] == ["view `dept_emp_latest_date` not imported",
                                                                  "view `current_dept_emp` not imported"]


def _end_to_end(tmp_path, database_url: str) -> None:
    model, data = tmp_path / "employees.json", tmp_path / "data"
    torquec("import", str(EMPLOYEES_SQL), "-o", str(model), "--with-data", str(data), "--dialect", "mysql", "-q")
    check = torquec("check", str(model))
    assert "ok (no problems)" in check.stdout + check.stderr, check.stdout + check.stderr
    torquec("build", str(model), "-o", str(tmp_path / "app"), "-q")
    app = tmp_path / "app"
    src = source_db()
    one = lambda sql, *a: src.execute(sql, a).fetchone()[0]  # noqa: E731
    server = Server(app, database_url=database_url, seed=False)
    try:
        run = torquec("data", "import", str(app), str(data), "--database-url", database_url)
        total = sum(one(f"SELECT count(*) FROM {t}") for t in TABLES)
        assert f"imported {total} records" in run.stdout, run.stdout
        for table, entity in TABLES.items():
            assert server.total(entity) == one(f"SELECT count(*) FROM {table}"), entity

        employees = all_items(server, "Employee")
        # references hold the natural keys (emp_no, dept_no), as in the source
        current_dept = {d["empNo"]: d["deptNo"] for d in all_items(server, "DeptEmp") if d["toDate"] == CURRENT}
        got = defaultdict(int)
        salaries = all_items(server, "Salary")
        for s in salaries:
            if s["toDate"] == CURRENT and s["empNo"] in current_dept:
                got[current_dept[s["empNo"]]] += s["salary"]
        assert dict(got) == dict(src.execute(
            "SELECT d.dept_no, sum(s.salary) FROM salaries s JOIN dept_emp d ON d.emp_no = s.emp_no AND d.to_date = ?"
            " WHERE s.to_date = ? GROUP BY d.dept_no", (CURRENT, CURRENT)).fetchall())
        assert sum(s["salary"] for s in salaries) == one("SELECT sum(salary) FROM salaries")
        # the one-to-many links: an employee's salaries and titles, read from the employee's side
        by_no = {e["empNo"]: e["id"] for e in employees}
        for no in (10001, 10500, 11000):
            for rel, table in (("salaries", "salaries"), ("titles", "titles")):
                got_n = server.rpc("getRelated", {"entity": "Employee", "id": by_no[no], "relationship": rel})["total"]
                assert got_n == one(f"SELECT count(*) FROM {table} WHERE emp_no = ?", no), (no, rel)
        # current managers, by a JSON-RPC filter
        managers = server.rpc("loadEntityData", {"entity": "DeptManager", "pageSize": 100,
                                                 "filters": [{"field": "toDate", "op": "eq", "value": CURRENT}]})["items"]
        assert sorted((m["deptNo"], m["empNo"]) for m in managers) == sorted(src.execute(
            "SELECT dept_no, emp_no FROM dept_manager WHERE to_date = ?", (CURRENT,)).fetchall())
        # employees per current title and per gender, through MCP
        for title, n in src.execute("SELECT title, count(*) FROM titles WHERE to_date = ? GROUP BY title", (CURRENT,)):
            page = mcp_call(server, "title_query", {"pageSize": 1, "filters": [
                {"field": "title", "op": "eq", "value": title}, {"field": "toDate", "op": "eq", "value": CURRENT}]})
            assert page["total"] == n, title
        assert Counter(e["gender"] for e in employees) == Counter(dict(src.execute("SELECT gender, count(*) FROM employees GROUP BY gender")))
        women = mcp_call(server, "employee_query", {"pageSize": 1, "filters": [{"field": "gender", "op": "eq", "value": "F"}]})
        assert women["total"] == one("SELECT count(*) FROM employees WHERE gender = 'F'")
        # date ranges: first and last hire, oldest birth date, salary periods, by sorting on the server
        for entity, field, table, column in (("Employee", "hireDate", "employees", "hire_date"),
                                             ("Employee", "birthDate", "employees", "birth_date"),
                                             ("Salary", "fromDate", "salaries", "from_date")):
            for direction, fn in (("asc", "min"), ("desc", "max")):
                first = server.rpc("loadEntityData", {"entity": entity, "pageSize": 1, "sort": [{"field": field, "dir": direction}]})
                assert first["items"][0][field] == one(f"SELECT {fn}({column}) FROM {table}"), (field, direction)
        # the composite primary key (emp_no, from_date) is a unique index: a second salary for that day is refused
        s = salaries[0]
        err = server.error("createEntity", {"entity": "Salary", "data": {k: s[k] for k in ("empNo", "salary", "fromDate", "toDate")}})
        assert err["code"] == -32002 and err["data"]["fields"] == ["empNo", "fromDate"], err
    finally:
        server.stop()


def test_employees_sqlite_end_to_end(tmp_path):
    _end_to_end(tmp_path, str(tmp_path / "employees-app.db"))


def test_employees_postgresql_end_to_end(pg_cluster, tmp_path):
    url = pg_cluster.create_database("t_employees_app")
    try:
        _end_to_end(tmp_path, url)
    finally:
        pg_cluster.drop_database("t_employees_app")
