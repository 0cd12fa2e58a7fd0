"""What the importer makes of schema features the two real databases lack: enum types and CHECK-IN enums,
sequences, UUID keys, composite unique constraints, non-constant defaults, views, unreadable
statements, another dialect (MySQL) — each inexpressible item a warning with its line."""

from __future__ import annotations

import json

from torquec.driver import analyze
from torquec.importer import import_source

PG = """\
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE people (
    person_uuid uuid PRIMARY KEY,
    name varchar(50) NOT NULL,
    mood mood NOT NULL DEFAULT 'happy',
    size text CHECK (size IN ('S', 'M', 'L')),
    joined timestamptz DEFAULT now(),
    score numeric(8,3) DEFAULT 1.5,
    active boolean DEFAULT true
);
CREATE TABLE visits (
    id serial PRIMARY KEY,
    person_uuid uuid NOT NULL REFERENCES people ON DELETE CASCADE,
    day date NOT NULL,
    note varchar(200),
    photo bytea,
    UNIQUE (person_uuid, day)
);
CREATE INDEX visits_day ON visits (day);
CREATE INDEX visits_note_photo ON visits (note, photo);
CREATE VIEW recent AS SELECT * FROM visits;
CREATE TABLE broken (a int,, b);
INSERT INTO people VALUES ('6f1c2a3e-1111-4222-8333-944455556666', 'Ann', 'sad', 'M', '2024-01-02 03:04:05+00', 2.25, false);
INSERT INTO visits (person_uuid, day) VALUES ('6f1c2a3e-1111-4222-8333-944455556666', '2024-05-06');
"""


def test_postgres_features(tmp_path):
    src = tmp_path / "people.sql"
    src.write_text(PG)
    result = import_source(str(src), "people", with_data=True)
    m = result.model
    path = tmp_path / "people.json"
    path.write_text(json.dumps(m))
    assert analyze(str(path)).ok
    person = next(e for e in m["entities"] if e["name"] == "Person")
    fields = {f["name"]: f for f in person["fields"]}
    assert "personUuid" not in fields  # a UUID primary key is the record id itself
    assert fields["mood"] == {"id": "fld-people-mood", "name": "mood", "type": "enum", "values": ["happy", "sad"], "required": True, "default": "happy"}
    assert fields["size"]["type"] == "enum" and fields["size"]["values"] == ["S", "M", "L"]
    assert fields["score"] == {"id": "fld-people-score", "name": "score", "type": "decimal", "precision": 8, "scale": 3, "default": "1.5"}
    assert fields["active"]["default"] is True and "default" not in fields["joined"]
    visit = next(e for e in m["entities"] if e["name"] == "Visit")
    vf = {f["name"]: f for f in visit["fields"]}
    assert vf["sourceId"]["unique"] and "required" not in vf["sourceId"]  # `id` is taken by the record id
    assert vf["sourceId"]["sequence"]  # serial: the database numbers new records
    assert vf["day"].get("indexed") and vf["personUuid"]["target"] == "Person"
    rel = next(r for r in m["relationships"] if r["to"] == "Visit")
    assert rel["onDelete"] == "cascade" and rel["from"] == "Person"
    got = {(w.code, w.line) for w in result.warnings}
    assert {("I013", 7), ("I008", 21), ("I009", 22), ("I004", 20)} <= got, sorted(got)  # I004: the index over bytes
    assert visit["indexes"] == [{"fields": ["personUuid", "day"], "unique": True}]
    photo = next(f for f in visit["fields"] if f["name"] == "photo")
    assert photo["type"] == "bytes"  # bytea is expressible now
    assert result.records["Person"] == [{"id": "6f1c2a3e-1111-4222-8333-944455556666", "name": "Ann", "mood": "sad", "size": "M",
                                         "joined": "2024-01-02T03:04:05.000000Z", "score": "2.25", "active": False}]
    assert result.records["Visit"] == [{"personUuid": "6f1c2a3e-1111-4222-8333-944455556666", "day": "2024-05-06"}]


def test_mysql_dialect(tmp_path):
    src = tmp_path / "shop.sql"
    src.write_text("CREATE TABLE `orders` (\n  `order_no` INT NOT NULL AUTO_INCREMENT,\n  `status` ENUM('New','paid') NOT NULL,\n"
                   "  `total` DECIMAL(10,2) NOT NULL DEFAULT '0.00',\n  PRIMARY KEY (`order_no`)\n) ENGINE=InnoDB;\n")
    result = import_source(str(src), "shop", dialect="mysql")
    fields = {f["name"]: f for f in result.model["entities"][0]["fields"]}
    assert result.model["entities"][0]["name"] == "Order"
    assert fields["orderNo"]["unique"] and fields["total"]["default"] == "0.00"
    assert fields["status"] == {"id": "fld-orders-status", "name": "status", "type": "enum", "values": ["New", "paid"], "required": True}


def test_odd_statements_are_warnings_not_crashes(tmp_path):
    src = tmp_path / "odd.sql"
    src.write_text("CREATE TABLE a (id integer PRIMARY KEY, name text);\n"
                   "CREATE TABLE b AS SELECT * FROM a;\n"
                   "ALTER TABLE a ADD COLUMN extra int;\n"
                   "ALTER TABLE nowhere ADD CONSTRAINT x UNIQUE (y);\n"
                   "CREATE TABLE c (LIKE a);\n"
                   "CREATE INDEX ON a ((lower(name)));\n"
                   "INSERT INTO a VALUES (1, 'x');\n"
                   "\x00\x01 garbage;\n")
    result = import_source(str(src), "odd", with_data=True)
    a = next(e for e in result.model["entities"] if e["name"] == "A")
    assert [f["name"] for f in a["fields"]] == ["sourceId", "name", "extra"]  # ALTER TABLE … ADD COLUMN counted
    assert result.records["A"] == [{"sourceId": 1, "name": "x"}]
    got = {(w.code, w.line) for w in result.warnings}
    assert {("I008", 2), ("I006", 6)} <= got, sorted(got)


def test_mysql_hash_comments(tmp_path):
    """`#` starts a line comment in MySQL (the employees sample has one before a view): the statement after it
    is read, and a `;` inside the comment does not split anything; `#` within a line stays an operator."""
    src = tmp_path / "hash.sql"
    src.write_text("CREATE TABLE t (id INT NOT NULL, PRIMARY KEY (id));\n"
                   "# a comment; with a semicolon\n"
                   "CREATE OR REPLACE VIEW v AS\n  SELECT id FROM t;\n"
                   "  # indented comment\n"
                   "CREATE TABLE u (id INT NOT NULL, flags INT DEFAULT 0, PRIMARY KEY (id));\n"
                   "INSERT INTO u VALUES (1, 5 # 3);\n")
    result = import_source(str(src), "hash", dialect="mysql")
    assert [e["name"] for e in result.model["entities"]] == ["T", "U"]
    assert [(w.code, w.line) for w in result.warnings] == [("I008", 3)], result.warnings


MYSQL_DUMP = """\
CREATE TABLE film (
  film_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT,
  title VARCHAR(128) NOT NULL,
  release_year YEAR DEFAULT NULL,
  length SMALLINT UNSIGNED DEFAULT NULL,
  rate DECIMAL(4,2) UNSIGNED NOT NULL DEFAULT 4.99,
  PRIMARY KEY  (film_id),
  KEY idx_title (title),
  INDEX (release_year, length),
  FULLTEXT KEY idx_text (title)
) ENGINE=InnoDB;
CREATE TABLE film_log (id INT UNSIGNED NOT NULL, film_id SMALLINT UNSIGNED NOT NULL, PRIMARY KEY (id));
DELIMITER ;;
CREATE TRIGGER `ins_film` AFTER INSERT ON `film` FOR EACH ROW BEGIN
    INSERT INTO film_log (id, film_id) VALUES (new.film_id, new.film_id);
  END;;
DELIMITER ;
CREATE DEFINER=CURRENT_USER SQL SECURITY INVOKER VIEW film_titles AS SELECT title FROM film;
DELIMITER $$
CREATE PROCEDURE film_count(OUT n INT)
BEGIN
  CREATE TEMPORARY TABLE scratch (x INT);
  SELECT count(*) INTO n FROM film;
END $$
DELIMITER ;
INSERT INTO film VALUES (1, 'Academy Dinosaur', 2006, 86, 0.99);
"""


def test_mysql_dump_shapes(tmp_path, capfd):
    """What a mysqldump-style schema (the sakila sample's shapes) holds: UNSIGNED integers and YEAR are integers
    (≥ 0 for unsigned), KEY/INDEX inside CREATE TABLE are indexes, FULLTEXT is a warning; DELIMITER blocks are
    one statement each, so a trigger's or procedure's body neither adds rows nor tables, and each trigger, view and
    procedure is one I008 with its line; sqlglot's own fallback messages are not printed."""
    src = tmp_path / "dump.sql"
    src.write_text(MYSQL_DUMP)
    result = import_source(str(src), "dump", with_data=True, dialect="mysql")
    film = next(e for e in result.model["entities"] if e["name"] == "Film")
    fields = {f["name"]: f for f in film["fields"]}
    assert fields["length"] == {"id": "fld-film-length", "name": "length", "type": "integer", "validation": {"min": 0}}
    assert fields["releaseYear"]["type"] == "integer"
    assert fields["rate"]["type"] == "decimal" and fields["rate"]["validation"] == {"min": 0}
    assert fields["title"]["indexed"] is True  # a one-column KEY is the field's index
    assert film["indexes"] == [{"fields": ["releaseYear", "length"]}]
    assert [e["name"] for e in result.model["entities"]] == ["Film", "FilmLog"]
    assert result.records.get("FilmLog", []) == [] and len(result.records["Film"]) == 1
    got = [(w.code, w.line, w.message) for w in result.warnings]
    assert got == [("I006", 1, "fulltext index `idx_text` not expressible; left out"),
                   ("I008", 14, "trigger `ins_film` not imported"),
                   ("I008", 18, "view `film_titles` not imported"),
                   ("I008", 20, "procedure `film_count` not imported")], got
    assert "Falling back" not in capfd.readouterr().err
    (tmp_path / "dump.json").write_text(json.dumps(result.model))
    assert [d.message for d in analyze(str(tmp_path / "dump.json")).diagnostics if d.severity == "error"] == []
