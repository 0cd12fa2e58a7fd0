"""Closing an app's SQLite database while another thread is inside a statement on it (a hot swap
under `torquec watch` closes the old app while the Studio canvas still reads through it) must not
crash the process: sqlite3 frees the connection under the running statement. The connection in
use is closed when its thread is done; later uses are a clear "database is closed" error."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import sys, threading, time
    sys.path.insert(0, sys.argv[1])
    from torquec.runtime.db.sqlite import SQLiteDatabase
    from torquec.runtime.db.base import DbError

    db = SQLiteDatabase(sys.argv[2])
    with db.transaction() as tx:
        tx.execute("CREATE TABLE t (x INTEGER)")
    slow = "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 3000000) SELECT sum(i) FROM c"
    results = []

    def reader():
        for _ in range(3):
            try:
                with db.transaction(write=False) as tx:
                    results.append(tx.fetchone(slow)[0])
            except DbError as e:
                results.append(str(e))

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    time.sleep(0.3)  # the readers are inside their statements
    db.close()
    for t in threads:
        t.join()
    assert len(results) == 9, results
    assert any(r == 4500001500000 for r in results), results  # statements under way finished
    assert any("database is closed" in str(r) for r in results), results  # later ones are refused
    print("ok")
    """
)


def test_closing_while_a_statement_runs_does_not_crash(tmp_path):
    run = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT), str(tmp_path / "db.sqlite")],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and run.stdout.strip() == "ok", (run.returncode, run.stdout, run.stderr[-2000:])
