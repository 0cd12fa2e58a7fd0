"""torquec/passes/CODES.md lists exactly the codes the front end can report."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [*sorted((ROOT / "torquec" / "passes").glob("*.py")), ROOT / "torquec" / "load" / "reader.py",
           ROOT / "torquec" / "validate" / "schema.py"]


def _table_codes() -> set[str]:
    text = (ROOT / "torquec" / "passes" / "CODES.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\| ([EW]\d{3}) \|", text, re.M))


def _source_codes() -> set[str]:
    found: set[str] = set()
    for path in SOURCES:
        found |= set(re.findall(r"""["']([EW]\d{3})["']""", path.read_text(encoding="utf-8")))
    return found


def test_every_reported_code_is_documented():
    missing = _source_codes() - _table_codes()
    assert not missing, f"codes missing from CODES.md: {sorted(missing)}"


def test_every_documented_code_exists():
    stale = _table_codes() - _source_codes()
    assert not stale, f"CODES.md documents codes no module reports: {sorted(stale)}"
