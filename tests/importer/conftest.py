"""Real sample databases (tests/fixtures/realdb, see SOURCES.md there)."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "realdb"
CHINOOK = FIXTURES / "chinook.sqlite"
NORTHWIND_SQL = FIXTURES / "northwind.sql"


def load_sql_dump(url: str, path: Path) -> None:
    """Run a PostgreSQL dump as psql would (simple query protocol: many statements at once)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(path.read_text(encoding="utf-8"))


@pytest.fixture
def northwind_pg(pg_url: str) -> str:
    load_sql_dump(pg_url, NORTHWIND_SQL)
    return pg_url
