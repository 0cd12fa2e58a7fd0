"""pagila (the PostgreSQL port of Sakila) — an excerpt of its schema (tests/fixtures/realdb/pagila-excerpt.sql;
the mirror holds no data files, see SOURCES.md) through `torquec import` → build → serve → `torquec data import`
on SQLite and PostgreSQL: `serial`-style keys become sequence fields, foreign keys references by those keys,
the composite primary keys of film_actor/film_category unique combinations the database enforces."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from server.harness import Server

from .conftest import FIXTURES
from .test_end_to_end import torquec

pytestmark = pytest.mark.slow
PAGILA = FIXTURES / "pagila-excerpt.sql"


def _entity(m: dict, name: str) -> dict:
    return next(e for e in m["entities"] if e["name"] == name)


@pytest.fixture(scope="module")
def app(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("pagila")
    torquec("import", str(PAGILA), "-o", str(base / "pagila.json"))
    torquec("build", str(base / "pagila.json"), "-o", str(base / "app"))
    return base / "app"


def test_the_model_says_what_the_schema_says(app):
    m = json.loads((app / "model.json").read_text())
    fa = _entity(m, "FilmActor")
    assert fa["indexes"] == [{"fields": ["actorId", "filmId"], "unique": True}]  # PRIMARY KEY (actor_id, film_id)
    assert {f["name"]: f.get("targetField") for f in fa["fields"] if f["type"] == "reference"} == {"actorId": "actorId", "filmId": "filmId"}
    key = _entity(m, "Actor")["fields"][0]
    assert key["name"] == "actorId" and key["sequence"] and key["unique"]  # integer DEFAULT nextval(…)
    assert _entity(m, "FilmCategory")["indexes"] == [{"fields": ["filmId", "categoryId"], "unique": True}]


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_serve_import_and_keys(app, backend, tmp_path, request):
    if backend == "postgres":
        url = request.getfixturevalue("pg_url")
    else:
        url = str(tmp_path / "pagila.db")
    data = tmp_path / "data"
    data.mkdir()
    t = '"lastUpdate": "2022-02-15T09:34:33Z"'  # `DEFAULT now()` is not a constant: not imported (I013)
    # rows carrying the source's keys, as `torquec import --with-data` writes them
    (data / "Language.ndjson").write_text(f'{{"languageId": 1, "name": "English", {t}}}\n{{"languageId": 7, "name": "Mandarin", {t}}}\n')
    (data / "Film.ndjson").write_text(f'{{"filmId": 10, "title": "ACADEMY DINOSAUR", "languageId": 1, "originalLanguageId": 7, {t}}}\n')
    (data / "Actor.ndjson").write_text(f'{{"actorId": 1, "firstName": "PENELOPE", "lastName": "GUINESS", {t}}}\n'
                                       f'{{"actorId": 2, "firstName": "NICK", "lastName": "WAHLBERG", {t}}}\n')
    (data / "FilmActor.ndjson").write_text(f'{{"actorId": 1, "filmId": 10, {t}}}\n{{"actorId": 2, "filmId": 10, {t}}}\n')
    now = {"lastUpdate": "2024-01-01T00:00:00Z"}
    server = Server(app, database_url=url, seed=False)
    try:
        run = torquec("data", "import", str(app), str(data), "--database-url", url)
        assert "imported 7 records" in run.stdout, run.stdout
        assert server.counts(["Language", "Film", "Actor", "FilmActor"]) == {"Language": 2, "Film": 1, "Actor": 2, "FilmActor": 2}
        # a data file repeating a stored (actor, film): refused with its line, nothing written
        dup = tmp_path / "again"
        dup.mkdir()
        (dup / "FilmActor.ndjson").write_text(f'{{"actorId": 2, "filmId": 10, {t}}}\n')
        again = subprocess.run([sys.executable, "-m", "torquec", "data", "import", str(app), str(dup / "FilmActor.ndjson"),
                                "--database-url", url], capture_output=True, text=True, timeout=300)
        assert again.returncode == 1 and "FilmActor.ndjson:1: actorId, filmId: (2, 10) is already used (must be unique together)" in again.stderr, again.stderr
        assert server.total("FilmActor") == 2
        # the same (actor, film) twice: refused, naming both fields
        err = server.error("createEntity", {"entity": "FilmActor", "data": {"actorId": 1, "filmId": 10, **now}})
        assert err["code"] == -32002 and err["data"]["fields"] == ["actorId", "filmId"], err
        # new records are numbered after the imported ones, and referenced by those numbers
        actor = server.rpc("createEntity", {"entity": "Actor", "data": {"firstName": "ED", "lastName": "CHASE", **now}})
        assert actor["actorId"] == 3
        server.rpc("createEntity", {"entity": "FilmActor", "data": {"actorId": 3, "filmId": 10, **now}})
        film = server.rpc("loadEntityData", {"entity": "Film", "include": ["filmActors", "language"]})["items"][0]
        assert sorted(x["actorId"] for x in film["filmActors"]) == [1, 2, 3]
        assert film["language"]["name"] == "English"
        err = server.error("createEntity", {"entity": "FilmActor", "data": {"actorId": 99, "filmId": 10, **now}})
        assert err["code"] == -32602 and err["data"]["errors"][0]["message"] == "no Actor with actorId 99"
    finally:
        server.stop()
