"""Real sample databases (tests/fixtures/realdb, see SOURCES.md there)."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "realdb"
CHINOOK = FIXTURES / "chinook.sqlite"
NORTHWIND_SQL = FIXTURES / "northwind.sql"


def load_copy_dump(url: str, text: str) -> None:
    """Run a PostgreSQL dump holding ``COPY … FROM stdin;`` blocks as psql would: the statements between
    them at once, each block's rows through psycopg's COPY (psql need not be installed)."""
    import re

    import psycopg

    parts = re.split(r"^(COPY [^\n]+ FROM stdin;)\n(.*?)^\\\.\n", text, flags=re.M | re.S)
    with psycopg.connect(url, autocommit=True) as conn:
        for i in range(0, len(parts), 3):
            if parts[i].strip():
                conn.execute(parts[i])
            if i + 1 < len(parts):
                with conn.cursor().copy(parts[i + 1]) as copy:
                    copy.write(parts[i + 2])


def load_sql_dump(url: str, path: Path) -> None:
    """Run a PostgreSQL dump as psql would (simple query protocol: many statements at once)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(path.read_text(encoding="utf-8"))


@pytest.fixture
def northwind_pg(pg_url: str) -> str:
    load_sql_dump(pg_url, NORTHWIND_SQL)
    return pg_url
