"""torquec's two SQL dialects: small subclasses of sqlglot's, as sqlglot does it.

The DDL renderer (:mod:`torquec.backends.sql.ddl`) writes statements as text
and asks these dialects only for the leaves that differ per dialect: column
types, default expressions and CHECK bodies, built as sqlglot expressions by
:mod:`torquec.backends.sql.schema`. The subclasses change presentation only:

* function names in lower case (``length("name")``), keywords in upper case;
* PostgreSQL: ``NUMERIC(p, s)`` instead of ``DECIMAL``, ``INTEGER`` for ``INT``;
* SQLite: ``NUMERIC`` affinity for decimals;
* speed: the body of a shared CHECK expression is rendered once per dialect.
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

# Rendered CHECK bodies by expression object. Check expressions are shared,
# read-only and cached by the schema module (one per field shape), so a model
# with many similar fields renders each body once per dialect.
_CHECK_SQL: dict[str, dict[int, tuple[exp.Expr, str]]] = {POSTGRES: {}, SQLITE: {}}


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


class TorquePostgres(Postgres):
    NORMALIZE_FUNCTIONS = "lower"

    class Generator(PostgresGenerator):
        TYPE_MAPPING = {**PostgresGenerator.TYPE_MAPPING, exp.DType.DECIMAL: "NUMERIC", exp.DType.INT: "INTEGER"}

        def checkcolumnconstraint_sql(self, expression: exp.CheckColumnConstraint) -> str:
            return f"CHECK ({_check_body(self, POSTGRES, expression)})"


class TorqueSQLite(SQLite):
    NORMALIZE_FUNCTIONS = "lower"

    class Generator(SQLiteGenerator):
        TYPE_MAPPING = {**SQLiteGenerator.TYPE_MAPPING, exp.DType.DECIMAL: "NUMERIC"}

        def checkcolumnconstraint_sql(self, expression: exp.CheckColumnConstraint) -> str:
            return f"CHECK ({_check_body(self, SQLITE, expression)})"


_BY_NAME = {POSTGRES: TorquePostgres(), SQLITE: TorqueSQLite()}
_GENERATORS = threading.local()  # a generator has per-call state: one per thread and dialect


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
    """Generate one expression (no trailing semicolon).

    ``copy=False``: the expressions are shared and read-only, and neither
    dialect's generator mutates the node types torquec uses."""
    return _generator(dialect_name).generate(expression, copy=False)
