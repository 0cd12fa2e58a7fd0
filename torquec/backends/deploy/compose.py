"""``deploy/compose.yaml``: the app and PostgreSQL (with a named volume), both with healthchecks.

``docker compose -f deploy/compose.yaml up --build`` from the app directory.
Secrets come from the caller's environment (or an ``.env`` file next to the
compose file): compose refuses to start an app with roles without
``TORQUE_TOKENS`` rather than start one nobody can use.
"""

from __future__ import annotations

from torquec.ir.nodes import Model

from .dockerfile import health_command
from .settings import PORT, database_name, image, layout_settings, resource_name

POSTGRES_IMAGE = "postgres:15-bookworm"


def compose(model: Model) -> dict:
    db = database_name(model)
    env = {
        "TORQUE_DATABASE_URL": f"postgresql://torque:${{POSTGRES_PASSWORD:-torque}}@db:5432/{db}",
        "TORQUE_HOST": "0.0.0.0",
        "TORQUE_PORT": str(PORT),
        "TORQUE_LOG_LEVEL": "${TORQUE_LOG_LEVEL:-info}",
        "TORQUE_SEED": "${TORQUE_SEED:-0}",
        "TORQUE_ALLOWED_HOSTS": "${TORQUE_ALLOWED_HOSTS:-}",
        "TORQUE_PUBLIC_URL": "${TORQUE_PUBLIC_URL:-}",
        **{k: f"${{{k}:-{v}}}" for k, v in layout_settings(model).items()},
    }
    if model.auth is not None:
        roles = ",".join(f"token:{r.name}" for r in model.auth.roles[:1])
        env["TORQUE_TOKENS"] = f"${{TORQUE_TOKENS:?set TORQUE_TOKENS, e.g. {roles}}}"
    health = {"test": health_command(), "interval": "10s", "timeout": "5s", "retries": 3, "start_period": "30s"}
    return {
        "name": resource_name(model),
        "services": {
            "app": {
                "build": {"context": "..", "dockerfile": "deploy/Dockerfile"},
                "image": image(model),
                "environment": env,
                "ports": [f"${{PORT:-{PORT}}}:{PORT}"],
                "depends_on": {"db": {"condition": "service_healthy"}},
                "healthcheck": health,
                "restart": "unless-stopped",
            },
            "db": {
                "image": POSTGRES_IMAGE,
                "environment": {
                    "POSTGRES_USER": "torque",
                    "POSTGRES_PASSWORD": "${POSTGRES_PASSWORD:-torque}",
                    "POSTGRES_DB": db,
                },
                "volumes": ["pgdata:/var/lib/postgresql/data"],
                "healthcheck": {"test": ["CMD-SHELL", f"pg_isready -U torque -d {db}"], "interval": "5s",
                                "timeout": "5s", "retries": 10},
                "restart": "unless-stopped",
            },
        },
        "volumes": {"pgdata": {}},
    }
