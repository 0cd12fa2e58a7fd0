"""Roles and bearer tokens.

Tokens are never in the model: they are configured when the server starts,

* ``TORQUE_TOKENS="tok1:admin,tok2:viewer"`` (comma-separated ``token:role``), and/or
* ``TORQUE_TOKENS_FILE=/path/tokens.json`` holding ``{"tok1": "admin", …}``,
* or ``tokens={…}`` passed to ``create_app``.

Clients send ``Authorization: Bearer <token>`` (WebSocket: the same header or
``?token=…``). A missing or unknown token is ``Unauthorized`` (-32006), a
role without the permission ``Forbidden`` (-32007) — both as JSON-RPC errors
in an HTTP 200 response, like every other JSON-RPC error.

A model without ``auth`` has no roles: every caller may do everything, and
the server only binds to 127.0.0.1.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from typing import Mapping

from .errors import ForbiddenError, UnauthorizedError


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling. ``role`` None means 'no auth in the model' (all allowed)."""

    role: str | None
    entities: Mapping[str, frozenset[str]] = field(default_factory=dict)
    flows: frozenset[str] = frozenset()
    all_allowed: bool = False
    read_only: Mapping[str, frozenset[str]] = field(default_factory=dict)  # entity → fields it may not write

    def can(self, entity: str, op: str) -> bool:
        return self.all_allowed or op in self.entities.get(entity, ())

    def sees(self, entity: str) -> bool:
        """Whether this role may know the entity exists: it holds some permission on it.

        An entity a role has no permission on is answered exactly like one that does
        not exist (as ``getModelMetadata`` already hides it), so no answer tells such a
        role which entities, relationships or records are there."""
        return self.all_allowed or bool(self.entities.get(entity))

    def can_run(self, flow: str) -> bool:
        return self.all_allowed or flow in self.flows

    def require(self, entity: str, op: str) -> None:
        if not self.can(entity, op):
            raise ForbiddenError(f"Forbidden: role `{self.role}` may not {op} {entity}", entity=entity, operation=op, role=self.role)

    def require_writable(self, entity: str, data: Mapping[str, object], index: int | None = None) -> None:
        """A create or update may not set a field the role may only read (``readOnlyFields``),
        whatever the value: the server, not the form, keeps the rule."""
        hidden = self.read_only.get(entity)
        bad = sorted(hidden.intersection(data)) if hidden else []
        if bad:
            extra = {"index": index} if index is not None else {}
            raise ForbiddenError(f"Forbidden: role `{self.role}` may not write {', '.join(f'{entity}.{n}' for n in bad)}",
                                 entity=entity, fields=bad, role=self.role, **extra)

    def require_flow(self, flow: str) -> None:
        if not self.can_run(flow):
            raise ForbiddenError(f"Forbidden: role `{self.role}` may not run flow {flow}", flow=flow, role=self.role)


#: the caller when the model has no auth section (and the system itself: seeding, flows)
SYSTEM = Principal(role=None, all_allowed=True)


class TokenError(ValueError):
    pass


def parse_tokens_env(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        if ":" not in part:
            raise TokenError(f"TORQUE_TOKENS entry without `:role`: `{part[:4]}…`")
        tok, role = part.rsplit(":", 1)
        tok, role = tok.strip(), role.strip()
        if not tok or not role:
            raise TokenError("TORQUE_TOKENS entries are `token:role`")
        out[tok] = role
    return out


def load_tokens(explicit: Mapping[str, str] | None = None, environ: Mapping[str, str] | None = None) -> dict[str, str]:
    env = os.environ if environ is None else environ
    tokens: dict[str, str] = {}
    path = env.get("TORQUE_TOKENS_FILE")
    if path:
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, ValueError) as e:
            raise TokenError(f"cannot read TORQUE_TOKENS_FILE {path}: {e}") from e
        if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
            raise TokenError(f"TORQUE_TOKENS_FILE {path} must hold a JSON object {{token: role}}")
        tokens.update(data)
    if env.get("TORQUE_TOKENS"):
        tokens.update(parse_tokens_env(env["TORQUE_TOKENS"]))
    if explicit:
        tokens.update(explicit)
    return tokens


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).digest()


class Authenticator:
    """Token → Principal, for an app with roles (``roles`` from METADATA)."""

    def __init__(self, roles: Mapping[str, dict] | None, tokens: Mapping[str, str]) -> None:
        self.enabled = roles is not None
        self.principals: dict[str, Principal] = {}
        if roles is not None:
            for name, r in roles.items():
                self.principals[name] = Principal(
                    role=name,
                    entities={e: frozenset(ops) for e, ops in r.get("entities", {}).items()},
                    flows=frozenset(r.get("flows", ())),
                    read_only={e: frozenset(names) for e, names in r.get("readOnlyFields", {}).items()},
                )
        unknown = sorted({r for r in tokens.values() if r not in self.principals})
        if self.enabled and unknown:
            raise TokenError(f"tokens name unknown role(s): {', '.join(unknown)}; the model defines: {', '.join(sorted(self.principals))}")
        # Look tokens up by their SHA-256: lookups do not compare secrets byte by byte.
        self._by_digest = {_digest(t): self.principals[r] for t, r in tokens.items()} if self.enabled else {}
        self.token_count = len(self._by_digest)

    def principal_for(self, token: str | None) -> Principal:
        if not self.enabled:
            return SYSTEM
        if not token:
            raise UnauthorizedError("Unauthorized: send `Authorization: Bearer <token>`")
        p = self._by_digest.get(_digest(token))
        if p is None:
            raise UnauthorizedError("Unauthorized: unknown token")
        return p


def bearer(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer":
        return None
    return value.strip() or None
