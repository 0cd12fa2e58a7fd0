"""torquec's two SQL dialects: small subclasses of sqlglot's, as sqlglot does it.

DDL is built as sqlglot expressions (``exp.Create``, ``exp.ColumnDef``,
``exp.Constraint`` …) and generated with one of these dialects. The
subclasses only change presentation and fill the few gaps that matter here:

* one column / constraint per line inside ``CREATE TABLE`` (the rest of the
  statement stays on one line, unlike sqlglot's ``pretty`` mode);
* function names in lower case (``length("name")``), keywords in upper case;
* PostgreSQL: ``NUMERIC(p, s)`` instead of ``DECIMAL``, ``PARTITION BY HASH ("id")``;
* SQLite: ``NUMERIC`` affinity for decimals, index columns without the
  ``NULLS LAST`` sqlglot adds (SQLite rejects it in ``CREATE INDEX``);
* speed: no serial/identity rewrites (torquec has no such columns), and the
  body of a shared CHECK expression is rendered once per dialect.

The parts sqlglot cannot express (PL/pgSQL function bodies, ``DO`` blocks)
are written as text by :mod:`torquec.backends.sql.ddl`, with every identifier
passed through :func:`torquec.backends.sql.naming.quote_ident`.
"""

from __future__ import annotations

import threading

from sqlglot import exp
from sqlglot.dialects.postgres import Postgres
from sqlglot.dialects.sqlite import SQLite
from sqlglot.errors import ErrorLevel
from sqlglot.generators.postgres import PostgresGenerator
from sqlglot.generators.sqlite import SQLiteGenerator

POSTGRES = "postgres"
SQLITE = "sqlite"
DIALECTS = (POSTGRES, SQLITE)


def _index_parameters(gen, expression: exp.IndexParameters) -> str | None:
    """`USING hash ("x")` / ` ("x")` for the plain indexes torquec creates."""
    if set(k for k, v in expression.args.items() if v) - {"columns", "using"}:
        return None
    using = gen.sql(expression, "using")
    columns = gen.expressions(expression, key="columns", flat=True)
    return (f" USING {using}" if using else "") + f" ({columns})"


# sqlglot rewrites ColumnDef / Create for serial, identity and autoincrement
# columns, walking every column default to find them; torquec emits none, so
# its generators skip those rewrites (a large share of generation time).
_IDENTITY_REWRITES = (exp.ColumnDef, exp.Create)

# Rendered CHECK bodies by expression object. Check expressions are shared,
# read-only and cached by the schema module (one per field shape), so a model
# with many similar fields renders each body once per dialect.
_CHECK_SQL: dict[str, dict[int, tuple[exp.Expr, str]]] = {"postgres": {}, "sqlite": {}}


def _check_body(gen, dialect: str, expression: exp.CheckColumnConstraint) -> str:
    body = expression.this
    cache = _CHECK_SQL[dialect]
    hit = cache.get(id(body))
    if hit is not None and hit[0] is body:
        return hit[1]
    text = gen.sql(expression, "this")
    if len(cache) > 50_000:
        cache.clear()
    cache[id(body)] = (body, text)
    return text


def _table_columns(gen, expression: exp.Expr) -> str | None:
    """Columns of a ``CREATE TABLE`` one per line; ``None`` for other schemas."""
    if isinstance(expression, exp.Schema) and isinstance(expression.parent, exp.Create):
        parts = [gen.sql(e) for e in expression.expressions]
        return "(\n  " + ",\n  ".join(parts) + "\n)"
    return None


class TorquePostgres(Postgres):
    NORMALIZE_FUNCTIONS = "lower"

    class Generator(PostgresGenerator):
        TYPE_MAPPING = {**PostgresGenerator.TYPE_MAPPING, exp.DType.DECIMAL: "NUMERIC", exp.DType.INT: "INTEGER"}
        TRANSFORMS = {
            **{k: v for k, v in PostgresGenerator.TRANSFORMS.items() if k not in _IDENTITY_REWRITES},
            exp.PartitionedByProperty: lambda self, e: f"PARTITION BY {self.sql(e, 'this')}",
        }

        def schema_columns_sql(self, expression: exp.Expr) -> str:
            out = _table_columns(self, expression)
            return out if out is not None else super().schema_columns_sql(expression)

        def indexparameters_sql(self, expression: exp.IndexParameters) -> str:
            out = _index_parameters(self, expression)
            return out if out is not None else super().indexparameters_sql(expression)

        def checkcolumnconstraint_sql(self, expression: exp.CheckColumnConstraint) -> str:
            return f"CHECK ({_check_body(self, POSTGRES, expression)})"

        def anonymous_sql(self, expression: exp.Anonymous) -> str:
            # `HASH ("id")` in PARTITION BY reads like the PostgreSQL manual.
            if isinstance(expression.parent, exp.PartitionedByProperty):
                args = ", ".join(self.sql(a) for a in expression.expressions)
                return f"{expression.name.upper()} ({args})"
            return super().anonymous_sql(expression)


class TorqueSQLite(SQLite):
    NORMALIZE_FUNCTIONS = "lower"

    class Generator(SQLiteGenerator):
        TYPE_MAPPING = {**SQLiteGenerator.TYPE_MAPPING, exp.DType.DECIMAL: "NUMERIC"}
        TRANSFORMS = {k: v for k, v in SQLiteGenerator.TRANSFORMS.items() if k not in _IDENTITY_REWRITES}

        def schema_columns_sql(self, expression: exp.Expr) -> str:
            out = _table_columns(self, expression)
            return out if out is not None else super().schema_columns_sql(expression)

        def indexparameters_sql(self, expression: exp.IndexParameters) -> str:
            out = _index_parameters(self, expression)
            return out if out is not None else super().indexparameters_sql(expression)

        def checkcolumnconstraint_sql(self, expression: exp.CheckColumnConstraint) -> str:
            return f"CHECK ({_check_body(self, SQLITE, expression)})"

        def ordered_sql(self, expression: exp.Ordered) -> str:
            if isinstance(expression.parent, exp.IndexParameters):
                desc = " DESC" if expression.args.get("desc") else ""
                return f"{self.sql(expression, 'this')}{desc}"
            return super().ordered_sql(expression)


_BY_NAME = {POSTGRES: TorquePostgres(), SQLITE: TorqueSQLite()}
_GENERATORS = threading.local()  # a generator has per-call state: one per thread and dialect


def dialect(name: str):
    return _BY_NAME[name]


def _generator(dialect_name: str):
    gens = getattr(_GENERATORS, "by_dialect", None)
    if gens is None:
        gens = _GENERATORS.by_dialect = {}
    gen = gens.get(dialect_name)
    if gen is None:
        gen = gens[dialect_name] = _BY_NAME[dialect_name].generator(unsupported_level=ErrorLevel.RAISE)
    return gen


def check_sql(body: exp.Expr, dialect_name: str) -> str:
    """``CHECK (<body>)`` as the dialect's generator writes a ``CheckColumnConstraint``
    of ``body`` (bodies are shared and read-only: rendered once per dialect)."""
    hit = _CHECK_SQL[dialect_name].get(id(body))
    if hit is not None and hit[0] is body:
        return f"CHECK ({hit[1]})"
    return sql(exp.CheckColumnConstraint(this=body), dialect_name)


def sql(expression: exp.Expr, dialect_name: str) -> str:
    """Generate one statement or expression (no trailing semicolon).

    ``copy=False``: torquec builds a fresh tree per statement and neither
    dialect's generator mutates the node types it uses."""
    return _generator(dialect_name).generate(expression, copy=False)

