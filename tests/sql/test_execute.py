"""The generated DDL run for real on SQLite and PostgreSQL 15.

Sample data goes in; every kind of rule rejects a violating row with the
expected constraint name; ON DELETE behaves as modelled; the files are
idempotent.
"""

from __future__ import annotations

import json
import uuid

import pytest

from torquec.backends.sql import constraint_map, schema_sql, split_statements

from .conftest import MODELS, create, insert_sample, load

TEAM = "7e000000-0000-4000-8000-000000000001"
TEAM2 = "7e000000-0000-4000-8000-000000000002"
ADA = "9e000000-0000-4000-8000-000000000001"
BOB = "9e000000-0000-4000-8000-000000000002"
PASSPORT = "5a000000-0000-4000-8000-000000000001"


def new_id() -> str:
    return str(uuid.uuid4())


@pytest.mark.parametrize("name", sorted(MODELS))
def test_schema_runs_twice_and_sample_data_loads(db, name):
    model = load(name)
    create(db, model)
    create(db, model)  # idempotent
    counts = insert_sample(db, model)
    for ent in model.entities:
        assert db.one(f'SELECT count(*) FROM "{ent.table}"') == counts.get(ent.name, 0)
    create(db, model)  # still idempotent with data in place
    for ent in model.entities:
        assert db.one(f'SELECT count(*) FROM "{ent.table}"') == counts.get(ent.name, 0)


def test_statements_split_one_by_one(db):
    model = load("features")
    for stmt in split_statements(schema_sql(model, db.dialect)):
        db.q(stmt)
    insert_sample(db, model)


@pytest.fixture
def features(db):
    model = load("features")
    create(db, model)
    insert_sample(db, model)
    return model


def person(**over):
    row = {"id": new_id(), "fullName": "Grace Hopper", "active": True, "teamId": TEAM}
    row.update(over)
    return row


def insert_sql(db, model, entity, values, raw=False):
    """(sql, params) of an INSERT, without running it (``raw``: bind values unconverted)."""
    from torquec.backends.sql.values import to_db

    ent = model.entity(entity)
    cols, params = [], []
    for k, v in values.items():
        f = ent.field(k)
        cols.append(f.column if f else k)
        params.append(to_db(f.type, v, db.dialect, f.precision, f.scale) if f and not raw else v)
    sql = f'INSERT INTO "{ent.table}" ({", ".join(chr(34) + c + chr(34) for c in cols)}) VALUES ({", ".join("?" for _ in cols)})'
    return sql, params


COMMON_VIOLATIONS = [
    # (entity, override, expected (kind, name))
    ("Person", {"fullName": None}, ("not_null", "full_name")),
    ("Person", {"fullName": "x" * 51}, ("check", "ck_person_full_name_max_length")),
    ("Person", {"fullName": "G"}, ("check", "ck_person_full_name_min_length")),
    ("Person", {"nickname": "Grace"}, ("check", "ck_person_nickname_pattern")),
    ("Person", {"age": -1}, ("check", "ck_person_age_min")),
    ("Person", {"age": 151}, ("check", "ck_person_age_max")),
    ("Person", {"score": 1.5}, ("check", "ck_person_score_max")),
    ("Person", {"status": "bogus"}, ("check", "ck_person_status_enum")),
    ("Person", {"tags": {"a": 1}}, ("check", "ck_person_tags_type")),
    ("Person", {"tags": []}, ("check", "ck_person_tags_min_length")),
    ("Person", {"tags": ["a", "b", "c", "d"]}, ("check", "ck_person_tags_max_length")),
    ("Person", {"bio": "ab"}, ("check", "ck_person_bio_min_length")),
    ("Person", {"teamId": "00000000-0000-4000-8000-00000000beef"}, ("foreign_key", "fk_person_team_id")),
    ("Team", {"code": "co"}, ("check", "ck_team_code_pattern")),
    ("Team", {"budget": -0.01}, ("check", "ck_team_budget_min")),
    ("Team", {"budget": 1000000.01}, ("check", "ck_team_budget_max")),
    ("Team", {"contact": "not-an-address"}, ("check", "ck_team_contact_format")),
    ("Team", {"website": "ftp://example.com"}, ("check", "ck_team_website_format")),
    ("Team", {"name": "x" * 41}, ("check", "ck_team_name_max_length")),
]

SQLITE_TYPE_VIOLATIONS = [
    ("Person", {"age": 1.5}, "ck_person_age_type"),
    ("Person", {"age": "ten"}, "ck_person_age_type"),
    ("Person", {"score": "high"}, "ck_person_score_type"),
    ("Person", {"active": 2}, "ck_person_active_type"),
    ("Person", {"birthday": "2024-02-30"}, "ck_person_birthday_type"),
    ("Person", {"birthday": "2024-2-3"}, "ck_person_birthday_type"),
    ("Person", {"id": "ABCDEF00-0000-4000-8000-000000000000"}, "ck_person_id_type"),
    ("Team", {"meta": None, "founded": "yesterday"}, "ck_team_founded_type"),
]


def _violation(db, model, entity, override, raw=False):
    base = person() if entity == "Person" else {"id": new_id(), "name": "Tmp team"}
    base.update(override)
    return db.error(*insert_sql(db, model, entity, base, raw=raw))


def test_rule_rejected_with_constraint_name(db, features):
    """One row per rule kind, each rejected by the database naming the rule's constraint."""
    wrong = []
    for entity, override, expected in COMMON_VIOLATIONS:
        got = _violation(db, features, entity, override)
        if db.dialect == "sqlite" and expected[0] == "foreign_key":
            expected = ("foreign_key", "")  # SQLite names no constraint for foreign keys
        if got != expected:
            wrong.append((entity, override, expected, got))
    assert not wrong


def test_sqlite_storage_form_checks(dialect, db, features):
    if dialect != "sqlite":
        pytest.skip("PostgreSQL column types do this")
    wrong = []
    for entity, override, name in SQLITE_TYPE_VIOLATIONS:
        got = _violation(db, features, entity, override, raw=True)
        if got != ("check", name):
            wrong.append((entity, override, name, got))
    assert not wrong


def test_sqlite_datetime_storage_form(dialect, db, features):
    if dialect != "sqlite":
        pytest.skip("SQLite only")
    ok = person(id=new_id())
    sql, params = insert_sql(db, features, "Person", ok)
    db.q(sql, params)
    for bad in ("2024-01-02T03:04:05Z", "2024-01-02 03:04:05.000000Z", "2024-02-30T03:04:05.000000Z", "2024-01-02T24:00:00.000000Z"):
        pid = new_id()
        db.q('INSERT INTO "person" ("id", "full_name", "active", "team_id") VALUES (?, ?, 1, ?)', [pid, "Tim", TEAM])
        with pytest.raises(Exception, match="ck_person_last_seen_type"):
            db.q('UPDATE "person" SET "last_seen" = ? WHERE "id" = ?', [bad, pid])
    # The defaults satisfy their own checks and have the canonical form.
    created = db.one('SELECT "created_at" FROM "person" WHERE "id" = ?', [ok["id"]])
    assert len(created) == 27 and created.endswith("Z")
    assert db.one('SELECT "last_seen" FROM "person" WHERE "id" = ?', [ok["id"]]) == "2024-01-02T03:04:05.000000Z"


def test_defaults(db, features):
    tid = new_id()
    db.q('INSERT INTO "team" ("id", "name") VALUES (?, ?)', [tid, "Defaults"])
    budget, founded, meta, version = db.q('SELECT "budget", "founded", "meta", "version" FROM "team" WHERE "id" = ?', [tid])[0]
    budget = budget / 100 if db.dialect == "sqlite" else float(budget)  # SQLite: a scaled integer (exact)
    assert budget == 100.5 and str(founded) == "2020-01-01" and version == 1
    assert (json.loads(meta) if isinstance(meta, str) else meta) == {"color": "blue"}
    pid = new_id()
    db.q('INSERT INTO "person" ("id", "full_name", "team_id") VALUES (?, ?, ?)', [pid, "Def", tid])
    active, status, score = db.q('SELECT "active", "status", "score" FROM "person" WHERE "id" = ?', [pid])[0]
    assert active in (True, 1) and status == "new" and score == 0.5
    # A row inserted without an id gets a canonical UUID.
    db.q('INSERT INTO "badge" ("label") VALUES (?)', ["auto"])
    bid = db.one('SELECT "id" FROM "badge" WHERE "label" = ?', ["auto"])
    assert str(uuid.UUID(str(bid))) == str(bid)


def test_unique(db, features):
    # Same value again: rejected with the unique constraint (name on PostgreSQL, table.column on SQLite).
    expected = "uq_team_name" if db.dialect == "postgres" else "team.name"
    assert db.error('INSERT INTO "team" ("id", "name") VALUES (?, ?)', [new_id(), "Core"]) == ("unique", expected)
    # Update to a taken value: rejected; to a free one: fine, and the old value is free again.
    assert db.error('UPDATE "team" SET "name" = ? WHERE "id" = ?', ["Core", TEAM2])[0] == "unique"
    db.q('UPDATE "team" SET "name" = ? WHERE "id" = ?', ["Corex", TEAM])
    db.q('INSERT INTO "team" ("id", "name") VALUES (?, ?)', [new_id(), "Core"])
    # NULLs never collide.
    db.q('INSERT INTO "team" ("id", "name") VALUES (?, ?)', [new_id(), "No code 1"])
    db.q('INSERT INTO "team" ("id", "name") VALUES (?, ?)', [new_id(), "No code 2"])
    # Deleting frees the value.
    tid = new_id()
    db.q('INSERT INTO "team" ("id", "name", "code") VALUES (?, ?, ?)', [tid, "Coded", "XYZ"])
    assert db.error('INSERT INTO "team" ("id", "name", "code") VALUES (?, ?, ?)', [new_id(), "Coded 2", "XYZ"])[0] == "unique"
    db.q('DELETE FROM "team" WHERE "id" = ?', [tid])
    db.q('INSERT INTO "team" ("id", "name", "code") VALUES (?, ?, ?)', [new_id(), "Coded 3", "XYZ"])
    # oneToOne foreign keys are unique too.
    kind, name = db.error(*insert_sql(db, features, "Person", person(passportId=PASSPORT)))
    assert (kind, name) == ("unique", "uq_person_passport_id" if db.dialect == "postgres" else "person.passport_id")


def test_on_delete_behaviour(db, features):
    # restrict: a passport held by a person cannot go.
    kind, name = db.error('DELETE FROM "passport" WHERE "id" = ?', [PASSPORT])
    assert kind == "foreign_key"
    if db.dialect == "postgres":  # the copy for the passport's partition, mapped to the field
        assert name.startswith("fk_person_passport_id__p")
        assert constraint_map(features)["constraints"][name]["field"] == "passportId"
    # join rows
    db.q('INSERT INTO "person_badges" ("from_id", "to_id") VALUES (?, ?)', [ADA, "ba000000-0000-4000-8000-000000000001"])
    db.q('INSERT INTO "person_badges" ("from_id", "to_id") VALUES (?, ?)', [BOB, "ba000000-0000-4000-8000-000000000001"])
    assert db.error('INSERT INTO "person_badges" ("from_id", "to_id") VALUES (?, ?)', [BOB, "ba000000-0000-4000-8000-000000000001"])[0] == "unique"
    # setNull: Bob's mentor is Ada; Ada leads team Core.
    db.q('UPDATE "person" SET "passport_id" = NULL WHERE "id" = ?', [ADA])
    db.q('DELETE FROM "person" WHERE "id" = ?', [ADA])
    assert db.one('SELECT "mentor_id" FROM "person" WHERE "id" = ?', [BOB]) is None
    assert db.one('SELECT "lead_id" FROM "team" WHERE "id" = ?', [TEAM]) is None
    assert db.one('SELECT count(*) FROM "person_badges" WHERE "from_id" = ?', [ADA]) == 0
    # cascade: deleting the team deletes its members (and their join rows).
    assert db.one('SELECT count(*) FROM "person" WHERE "team_id" = ?', [TEAM]) == 1
    db.q('DELETE FROM "team" WHERE "id" = ?', [TEAM])
    assert db.one('SELECT count(*) FROM "person" WHERE "team_id" = ?', [TEAM]) == 0
    assert db.one('SELECT count(*) FROM "person_badges"') == 0
    # and the passport is free to go now
    db.q('DELETE FROM "passport" WHERE "id" = ?', [PASSPORT])


def test_samples_on_delete(db):
    co = load("customer-order")
    create(db, co)
    insert_sample(db, co)
    kind, name = db.error('DELETE FROM "customer" WHERE "id" = ?', ["c1000000-0000-4000-8000-000000000001"])
    assert kind == "foreign_key"
    if db.dialect == "postgres":
        assert constraint_map(co)["constraints"][name]["copyOf"] == "fk_order_customer_id"
    todo = load("todo")
    create(db, todo)
    insert_sample(db, todo)
    project = "a0000000-0000-4000-8000-000000000001"
    assert db.one('SELECT count(*) FROM "todo" WHERE "project_id" = ?', [project]) == 2
    db.q('DELETE FROM "project" WHERE "id" = ?', [project])
    assert db.one('SELECT count(*) FROM "todo" WHERE "project_id" IS NULL') == 3
    assert db.one('SELECT count(*) FROM "todo"') == 5


def test_constraint_map_covers_database(dialect, db, features):
    cmap = constraint_map(features)["constraints"]
    if dialect == "postgres":
        rows = db.q(
            "SELECT c.conname, c.contype FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
            "WHERE t.relnamespace = 'public'::regnamespace AND NOT t.relispartition AND c.contype IN ('c', 'f', 'p', 'u')"
        )
        names = {r[0] for r in rows}
        names |= {r[0] for r in db.q("SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexname LIKE 'ix\\_%'")}
    else:
        import re

        names = set()
        for (sql,) in db.q("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL"):
            names |= set(re.findall(r'(?:CONSTRAINT|INDEX IF NOT EXISTS) "([^"]+)"', sql))
    assert names and names <= set(cmap), sorted(names - set(cmap))
    assert cmap["ck_person_age_max"] == {
        "table": "person", "entity": "Person", "kind": "check", "column": "age", "field": "age", "rule": "max",
        "dialects": ["postgres", "sqlite"],
    }
    assert cmap["uq_team_name"]["field"] == "name" and cmap["uq_team_name"]["sideTable"] == "team__uq_name"
