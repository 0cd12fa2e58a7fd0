"""Root test configuration: markers and the PostgreSQL fixtures.

Fixtures:
  pg_cluster  session-scoped; one throwaway PostgreSQL cluster for the whole
              session, started lazily the first time a test asks for it.
  pg_url      function-scoped; URL of a fresh, empty database, dropped after
              the test.

Without PostgreSQL binaries these tests are skipped locally but FAIL when the
CI environment variable is set. Feature-specific fixtures belong in conftest.py
files in subfolders.
"""

from __future__ import annotations

import os
import re
import sys
import uuid
from pathlib import Path

import pytest

_TESTS_DIR = str(Path(__file__).resolve().parent)
if _TESTS_DIR not in sys.path:
    sys.path.insert(0, _TESTS_DIR)

from support.postgres import PostgresCluster, PostgresUnavailable  # noqa: E402

_PG_FIXTURES = {"pg_cluster", "pg_url"}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "postgres: needs the throwaway PostgreSQL cluster")
    config.addinivalue_line("markers", "browser: drives Chromium through Playwright")
    config.addinivalue_line("markers", "slow: takes more than a few seconds")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if _PG_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(scope="session")
def pg_cluster():
    try:
        cluster = PostgresCluster.start()
    except PostgresUnavailable as e:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL required in CI: {e}", pytrace=False)
        pytest.skip(str(e))
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: PostgresCluster, request: pytest.FixtureRequest):
    stem = re.sub(r"[^a-z0-9]+", "_", request.node.name.lower()).strip("_")[:40]
    name = f"t_{stem}_{uuid.uuid4().hex[:8]}"
    url = pg_cluster.create_database(name)
    try:
        yield url
    finally:
        pg_cluster.drop_database(name)
