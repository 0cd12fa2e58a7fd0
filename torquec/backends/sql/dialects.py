"""torquec's two SQL dialects: small subclasses of sqlglot's, as sqlglot does it.

DDL is built as sqlglot expressions (``exp.Create``, ``exp.ColumnDef``,
``exp.Constraint`` …) and generated with one of these dialects. The
subclasses only change presentation and fill the few gaps that matter here:

* one column / constraint per line inside ``CREATE TABLE`` (the rest of the
  statement stays on one line, unlike sqlglot's ``pretty`` mode);
* function names in lower case (``length("name")``), keywords in upper case;
* PostgreSQL: ``NUMERIC(p, s)`` instead of ``DECIMAL``, ``PARTITION BY HASH ("id")``;
* SQLite: ``NUMERIC`` affinity for decimals, index columns without the
  ``NULLS LAST`` sqlglot adds (SQLite rejects it in ``CREATE INDEX``).

The parts sqlglot cannot express (PL/pgSQL function bodies, ``DO`` blocks)
are written as text by :mod:`torquec.backends.sql.ddl`, with every identifier
passed through :func:`torquec.backends.sql.naming.quote_ident`.
"""

from __future__ import annotations

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
            **PostgresGenerator.TRANSFORMS,
            exp.PartitionedByProperty: lambda self, e: f"PARTITION BY {self.sql(e, 'this')}",
        }

        def schema_columns_sql(self, expression: exp.Expr) -> str:
            out = _table_columns(self, expression)
            return out if out is not None else super().schema_columns_sql(expression)

        def indexparameters_sql(self, expression: exp.IndexParameters) -> str:
            out = _index_parameters(self, expression)
            return out if out is not None else super().indexparameters_sql(expression)

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

        def schema_columns_sql(self, expression: exp.Expr) -> str:
            out = _table_columns(self, expression)
            return out if out is not None else super().schema_columns_sql(expression)

        def indexparameters_sql(self, expression: exp.IndexParameters) -> str:
            out = _index_parameters(self, expression)
            return out if out is not None else super().indexparameters_sql(expression)

        def ordered_sql(self, expression: exp.Ordered) -> str:
            if isinstance(expression.parent, exp.IndexParameters):
                desc = " DESC" if expression.args.get("desc") else ""
                return f"{self.sql(expression, 'this')}{desc}"
            return super().ordered_sql(expression)


_BY_NAME = {POSTGRES: TorquePostgres(), SQLITE: TorqueSQLite()}


def dialect(name: str):
    return _BY_NAME[name]


def sql(expression: exp.Expr, dialect_name: str) -> str:
    """Generate one statement or expression (no trailing semicolon)."""
    return _BY_NAME[dialect_name].generate(expression, unsupported_level=ErrorLevel.RAISE)

