"""Liveness and readiness of a generated server.

``GET /health/live``   the process answers: no database call, so a liveness probe
                       restarts a wedged process but never a whole fleet because the
                       database went away.
``GET /health/ready``  the database answers *and* holds this build's schema: the
                       newest model recorded by the migrations (``_torque_schema``)
                       is this app's ``model.json``. A load balancer or readiness
                       probe routes traffic on it; 503 with the reason otherwise.
``GET /health``        the database answers (kept for existing monitors).
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route


def expected_model_hash(app_dir: str) -> str | None:
    """Hash of ``<app>/model.json`` as the migrations record it; None when the app has none."""
    from torquec.migrate.database import model_hash

    path = os.path.join(app_dir, "model.json")
    if not os.path.isfile(path):
        return None
    with open(path, encoding="utf-8") as fh:
        return model_hash(fh.read())


def schema_state(db: Any, expected: str | None) -> str:
    """``current``, ``unavailable`` (no answer), ``missing`` (never migrated) or ``other`` (another model's schema)."""
    from torquec.migrate.database import STATE_TABLE

    if not db.ping():
        return "unavailable"
    if expected is None:
        return "current"
    try:
        with db.transaction(write=False) as tx:
            row = tx.fetchone(f'SELECT "model_hash" FROM "{STATE_TABLE}" ORDER BY "id" DESC LIMIT 1')
    except Exception:  # no state table yet (or it went away): not this build's schema
        return "missing"
    if row is None:
        return "missing"
    return "current" if row[0] == expected else "other"


def routes(db: Any, app_dir: str, app_name: str, in_thread: Any = asyncio.to_thread) -> list[Route]:
    expected = expected_model_hash(app_dir)

    async def live(request: Request) -> Response:
        return JSONResponse({"status": "ok", "app": app_name})

    async def ready(request: Request) -> Response:
        state = await in_thread(schema_state, db, expected)
        ok = state == "current"
        body = {"status": "ok" if ok else "unavailable", "database": "unavailable" if state == "unavailable" else "ok",
                "schema": state, "app": app_name}
        return JSONResponse(body, status_code=200 if ok else 503)

    return [Route("/health/live", live, methods=["GET"]), Route("/health/ready", ready, methods=["GET"])]
