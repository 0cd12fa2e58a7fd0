"""Readers: a SQLite file or a PostgreSQL database → :class:`Schema` (and rows, when asked).

Both ask the database's own catalog (SQLite ``PRAGMA``s, PostgreSQL ``pg_catalog``), so what
they report is what the database enforces, not what a dump happens to spell."""

from __future__ import annotations

import sqlite3

from .schema import Column, ForeignKey, Index, Schema, Table, domain_checks

_ON_DELETE = {"cascade": "cascade", "set null": "setNull", "restrict": "restrict", "no action": "restrict",
              "c": "cascade", "n": "setNull", "r": "restrict", "a": "restrict", "set default": "other", "d": "other"}


def read_sqlite(path: str, with_data: bool = False) -> Schema:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        schema = Schema()
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")]
        for name in names:
            t = Table(name)
            qn = '"' + name.replace('"', '""') + '"'
            info = conn.execute(f"PRAGMA table_info({qn})").fetchall()
            pk = sorted((r for r in info if r[5]), key=lambda r: r[5])
            t.primary_key = [r[1] for r in pk]
            for _cid, cname, ctype, notnull, dflt, pkpos in info:
                ctype = (ctype or "").lower()
                # INTEGER PRIMARY KEY is the rowid: SQLite numbers it itself.
                auto = bool(pkpos) and len(pk) == 1 and ctype == "integer"
                t.columns.append(Column(cname, ctype, nullable=not notnull and not pkpos, default=dflt, autoincrement=auto))
            fks: dict[int, ForeignKey] = {}
            for fid, _seq, ref, src, dst, _upd, on_delete, _match in conn.execute(f"PRAGMA foreign_key_list({qn})"):
                fk = fks.setdefault(fid, ForeignKey([], ref, [], _ON_DELETE.get(on_delete.lower(), "other")))
                fk.columns.append(src)
                fk.ref_columns.append(dst)
            ref_pk = {}
            for fk in fks.values():
                if not all(fk.ref_columns):  # REFERENCES t without columns: the target's primary key
                    if fk.ref_table not in ref_pk:
                        ref_pk[fk.ref_table] = [r[1] for r in sorted(
                            (r for r in conn.execute(f'PRAGMA table_info("{fk.ref_table}")') if r[5]), key=lambda r: r[5])]
                    fk.ref_columns = ref_pk[fk.ref_table]
            t.foreign_keys = list(fks.values())
            for _seq, iname, unique, origin, _partial in conn.execute(f"PRAGMA index_list({qn})"):
                if origin == "pk":
                    continue
                cols = [r[2] for r in conn.execute(f'PRAGMA index_info("{iname}")')]
                if None in cols:
                    continue  # an expression index
                t.indexes.append(Index(cols, bool(unique), None if iname.startswith("sqlite_autoindex") else iname))
            schema.tables.append(t)
        if with_data:
            schema.rows = {}
            for t in schema.tables:
                cur = conn.execute(f'SELECT * FROM "{t.name}"')
                cols = [d[0] for d in cur.description]
                schema.rows[t.name] = [dict(zip(cols, row)) for row in cur]
        return schema
    finally:
        conn.close()


# A column of a domain type (pagila's `year`: integer CHECK (VALUE BETWEEN 1901 AND 2155)) is read as
# the domain's base type, its CHECKs as the column's own (VALUE → the column).
_PG_COLUMNS = """
SELECT c.relname, a.attname,
       CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) ELSE format_type(a.atttypid, a.atttypmod) END,
       a.attnotnull OR (t.typtype = 'd' AND t.typnotnull),
       coalesce(pg_get_expr(d.adbin, d.adrelid), CASE WHEN t.typtype = 'd' THEN t.typdefault END),
       CASE WHEN t.typtype = 'd' THEN b.typtype ELSE t.typtype END,
       CASE WHEN t.typtype = 'd' THEN b.typname ELSE t.typname END, a.attidentity,
       ARRAY(SELECT pg_get_constraintdef(k.oid) FROM pg_constraint k WHERE k.contypid = t.oid AND k.contype = 'c'
             ORDER BY k.conname)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_type b ON b.oid = t.typbasetype
LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
WHERE n.nspname = %s AND c.relkind IN ('r', 'p') AND NOT c.relispartition
ORDER BY c.oid, a.attnum
"""

# Tables made by INHERITS (old-style partitions such as pagila's payment_p2007_01 … of payment), each with
# the table it inherits from (Schema.fold_inherited).
_PG_INHERITS = """
SELECT c.relname, p.relname
FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = %s AND p.relnamespace = c.relnamespace AND NOT c.relispartition
ORDER BY c.oid
"""

_PG_CONSTRAINTS = """
SELECT c.relname, k.contype, k.conname,
       ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY u(n, i)
             JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.i),
       f.relname,
       ARRAY(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY u(n, i)
             JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.i),
       k.confdeltype, pg_get_constraintdef(k.oid)
FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class f ON f.oid = k.confrelid
WHERE n.nspname = %s AND k.contype IN ('p', 'f', 'u', 'c') AND NOT c.relispartition
ORDER BY c.relname, k.conname
"""

_PG_INDEXES = """
SELECT c.relname, i.relname, x.indisunique,
       ARRAY(SELECT a.attname FROM unnest(x.indkey) WITH ORDINALITY u(n, o)
             JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = u.n ORDER BY u.o),
       x.indnatts, x.indexprs IS NOT NULL OR x.indpred IS NOT NULL
FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = %s AND NOT x.indisprimary
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
ORDER BY c.relname, i.relname
"""

_PG_ENUMS = """
SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = %s ORDER BY t.typname, e.enumsortorder
"""


def read_postgres(url: str, with_data: bool = False, schema_name: str = "public") -> Schema:
    import psycopg

    schema = Schema()
    with psycopg.connect(url) as conn:
        tables: dict[str, Table] = {}
        for tname, cname, ctype, notnull, dflt, typtype, typname, identity, checks in conn.execute(_PG_COLUMNS, (schema_name,)):
            t = tables.setdefault(tname, Table(tname))
            ctype = typname.lower() if typtype == "e" else ctype.lower()
            auto = bool(identity) or bool(dflt and dflt.startswith("nextval("))
            t.columns.append(Column(cname, ctype, nullable=not notnull, default=dflt, autoincrement=auto))
            t.checks += domain_checks(cname, checks, None)
        for child, parent in conn.execute(_PG_INHERITS, (schema_name,)):
            if child in tables:
                tables[child].inherits = parent
        for typname, label in conn.execute(_PG_ENUMS, (schema_name,)):
            schema.enums.setdefault(typname.lower(), []).append(label)
        for tname, kind, cname, cols, ftable, fcols, deltype, definition in conn.execute(_PG_CONSTRAINTS, (schema_name,)):
            t = tables.get(tname)
            if t is None:
                continue
            if kind == "p":
                t.primary_key = list(cols)
            elif kind == "u":
                t.indexes.append(Index(list(cols), True, cname))
            elif kind == "f":
                t.foreign_keys.append(ForeignKey(list(cols), ftable, list(fcols), _ON_DELETE.get(deltype, "other")))
            elif kind == "c":
                t.checks.append((definition, None))
        for tname, iname, unique, cols, _n, partial in conn.execute(_PG_INDEXES, (schema_name,)):
            t = tables.get(tname)
            if t is not None and not partial:
                t.indexes.append(Index(list(cols), bool(unique), iname))
        schema.tables = list(tables.values())
        if with_data:
            schema.rows = {}
            for t in schema.tables:
                # ONLY: a parent's rows without its INHERITS children's (fold_inherited adds those, once); in key
                # order, so the data files are the same on every run
                order = f" ORDER BY {', '.join(_qi(c) for c in t.primary_key)}" if t.primary_key else ""
                cur = conn.execute(f"SELECT {', '.join(_qi(c.name) for c in t.columns)} FROM ONLY {_qi(schema_name)}.{_qi(t.name)}{order}")
                cols = [d.name for d in cur.description]
                schema.rows[t.name] = [dict(zip(cols, row)) for row in cur]
    schema.fold_inherited()
    return schema


def _qi(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
