"""axe-core in the page under test: the engine comes from the npm package in
tests/web/axe (``npm ci`` there on first use), is injected by Playwright and run
on the whole document; a test asserts no serious or critical violation."""

from __future__ import annotations

import subprocess
from pathlib import Path

AXE_DIR = Path(__file__).parent / "axe"
AXE_JS = AXE_DIR / "node_modules" / "axe-core" / "axe.min.js"


def axe_source() -> str:
    if not AXE_JS.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=AXE_DIR, check=True, capture_output=True, timeout=300)
    return AXE_JS.read_text(encoding="utf-8")


def serious_violations(page, source: str) -> list[str]:
    """axe's serious and critical violations on ``page``, one line each (rule, impact, nodes)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=source)
    result = page.evaluate("async () => (await window.axe.run(document, {resultTypes: ['violations']})).violations")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — " + "; ".join(", ".join(n["target"]) if isinstance(n["target"], list) else str(n["target"]) for n in v["nodes"][:5])
        for v in result if v.get("impact") in ("serious", "critical")
    ]
