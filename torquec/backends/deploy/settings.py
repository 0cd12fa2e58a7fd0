"""The environment variables a generated app reads at run time.

One table, written into the app's README and used by the deploy files, so
the documentation cannot drift from what the container is given. Keep it in
step with the readers: ``torquec serve``/``migrate`` options (``envvar=``),
``torquec.runtime.auth.load_tokens`` and ``torquec.runtime.mcp.wiring``.
"""

from __future__ import annotations

from dataclasses import dataclass

from torquec.ir.nodes import Model

PORT = 8000  # the port inside the container; publish/map it to anything outside
UID = 10001  # the non-root user of the image (numeric, so Kubernetes can check runAsNonRoot)


@dataclass(frozen=True)
class EnvVar:
    name: str
    default: str
    meaning: str
    secret: bool = False  # goes in the Kubernetes Secret, not the ConfigMap
    auth_only: bool = False  # only meaningful for models with an `auth` section
    citus_only: bool = False  # only meaningful for models with `distribution` (a Citus layout)


ENVIRONMENT: tuple[EnvVar, ...] = (
    EnvVar("TORQUE_DATABASE_URL", "SQLite in `<app>/data/app.db`",
           "`postgresql://user:password@host:5432/db`, `sqlite:///path.db` or a file path; "
           "`DATABASE_URL` is read when this is unset", secret=True),
    EnvVar("TORQUE_DB_LAYOUT", "`postgres`",
           "`citus` when the database is a Citus coordinator: a fresh one is laid out by `sql/citus/schema.sql` "
           "(distributed and reference tables) and migrated the Citus way; the layout is recorded and the other one refused",
           citus_only=True),
    EnvVar("TORQUE_HOST", "`127.0.0.1` (`0.0.0.0` in the image)",
           "interface to listen on; beyond loopback, an app without `auth` refuses to start unless "
           "`TORQUE_ALLOW_REMOTE_WITHOUT_AUTH=1`"),
    EnvVar("TORQUE_PORT", f"`{PORT}`", "TCP port"),
    EnvVar("TORQUE_LOG_LEVEL", "`info`", "`debug`, `info`, `warning` or `error` (JSON log lines on stderr)"),
    EnvVar("TORQUE_SEED", "unset", "`1` loads the model's sample data on start (existing records are kept)"),
    EnvVar("TORQUE_TOKENS", "none", "bearer tokens and their roles: `token1:role,token2:role`", secret=True, auth_only=True),
    EnvVar("TORQUE_TOKENS_FILE", "none", "a JSON file `{token: role}` (e.g. a mounted Secret), read before `TORQUE_TOKENS`",
           auth_only=True),
    EnvVar("TORQUE_ALLOW_REMOTE_WITHOUT_AUTH", "unset", "`1`: serve an app without `auth` beyond loopback "
           "(anyone who reaches it may read and change all data)"),
    EnvVar("TORQUE_ALLOWED_HOSTS", "none", "extra `Host` names `/rpc`, `/ws` and `/mcp` accept besides loopback and this machine's "
           "(comma-separated `host` or `host:port`)"),
    EnvVar("TORQUE_ALLOWED_ORIGINS", "none", "extra browser `Origin`s (`https://ui.example.com`) allowed to call `/rpc`, `/ws` and `/mcp`"),
    EnvVar("TORQUE_METRICS_TOKEN", "none", "bearer token `/metrics` requires (refused while unset)", secret=True),
    EnvVar("TORQUE_PUBLIC_URL", "none", "the public base URL, e.g. `https://api.example.com` (MCP protected-resource metadata)"),
    EnvVar("TORQUE_AUTHORIZATION_SERVERS", "none", "comma-separated OAuth authorization servers that issue tokens for `/mcp`",
           auth_only=True),
    EnvVar("TORQUE_MCP_LIST_TTL_MS", "`60000`", "how long MCP clients may cache tool/resource/prompt lists"),
)


def environment(model: Model) -> tuple[EnvVar, ...]:
    citus = any(e.distribution is not None for e in model.entities)
    return tuple(v for v in ENVIRONMENT if (model.auth is not None or not v.auth_only) and (citus or not v.citus_only))


def layout_settings(model: Model) -> dict[str, str]:
    """``TORQUE_DB_LAYOUT`` for a model that has a Citus layout (``postgres`` until the database is a Citus
    coordinator: the same value must reach the migration Job and the servers)."""
    return {"TORQUE_DB_LAYOUT": "postgres"} if any(e.distribution is not None for e in model.entities) else {}


def markdown_table(model: Model) -> list[str]:
    lines = ["| variable | default | meaning |", "| --- | --- | --- |"]
    for v in environment(model):
        lines.append(f"| `{v.name}` | {v.default} | {v.meaning} |")
    return lines


def resource_name(model: Model) -> str:
    """Kubernetes/compose name: the model name is kebab-case ≤ 63 characters, a valid DNS label."""
    return model.name


def database_name(model: Model) -> str:
    return model.package  # snake_case: a plain PostgreSQL identifier


def image_tag(model: Model) -> str:
    """The model's semver as an image tag (tags cannot hold `+`)."""
    return model.version.replace("+", "-")


def image(model: Model) -> str:
    return f"{model.name}:{image_tag(model)}"
