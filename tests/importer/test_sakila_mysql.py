"""The MySQL sakila schema (tests/fixtures/realdb/sakila-mysql-schema.sql, unchanged, see SOURCES.md): a mysqldump-
style file nobody on the team wrote, with UNSIGNED keys, YEAR, SET, KEY/FULLTEXT inside CREATE TABLE, DELIMITER
blocks with triggers, procedures and functions, and views with DEFINER. Imported, it checks clean, and each warning
names something the format cannot hold."""

from __future__ import annotations

import json
from collections import Counter

from torquec.driver import analyze
from torquec.importer import import_source

from .conftest import FIXTURES

SAKILA = FIXTURES / "sakila-mysql-schema.sql"


def test_sakila_mysql_schema(tmp_path):
    result = import_source(str(SAKILA), "sakila", dialect="mysql")
    entities = {e["name"]: e for e in result.model["entities"]}
    # 16 tables; the temporary table inside the rewards_report procedure is not one of them
    assert len(entities) == 16 and "TmpCustomer" not in entities
    film = {f["name"]: f for f in entities["Film"]["fields"]}
    assert film["filmId"]["type"] == "integer" and film["filmId"]["sequence"] and film["filmId"]["validation"] == {"min": 0}
    assert film["releaseYear"]["type"] == "integer" and film["length"]["validation"] == {"min": 0}
    assert film["title"]["indexed"] and film["languageId"]["targetField"] == "languageId"
    inventory = entities["Inventory"]
    assert {"fields": ["storeId", "filmId"]} in [{"fields": ix["fields"]} for ix in inventory.get("indexes", [])]
    codes = Counter(w.code for w in result.warnings)
    assert codes["I008"] == 7 + 3 + 6  # views, triggers, procedures and functions
    assert codes["I006"] == 1 and codes["I005"] == 1  # the FULLTEXT index; the SET column
    assert set(codes) <= {"I005", "I006", "I008", "I013"}, codes  # I013: DEFAULT CURRENT_TIMESTAMP
    lines = SAKILA.read_text().splitlines()
    for w in result.warnings:
        if w.code == "I008":
            kind, name = w.message.split("`")[0].strip(), w.message.split("`")[1]
            assert name in lines[w.line - 1] and kind.upper() in lines[w.line - 1].upper(), (w, lines[w.line - 1])
    (tmp_path / "sakila.json").write_text(json.dumps(result.model))
    assert analyze(str(tmp_path / "sakila.json")).ok
