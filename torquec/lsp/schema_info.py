"""What the model's JSON Schema says about one place: description, allowed
values, allowed keys. Follows ``$ref``, and picks the ``oneOf`` branch the
instance's ``type`` selects (a DataGrid's keys, not a Modal's)."""

from __future__ import annotations

from torquec.validate.schema import model_schema


def _deref(schema: dict) -> dict:
    root = model_schema()
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 20:
        ref = schema["$ref"]
        target = root
        for part in ref.lstrip("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        # Keep the referring schema's own description (it is the more specific one).
        merged = dict(target)
        if "description" in schema:
            merged["description"] = schema["description"]
        schema = merged
        seen += 1
    return schema if isinstance(schema, dict) else {}


def _branch(schema: dict, instance) -> dict:
    """The ``oneOf``/``anyOf`` branch whose ``type`` const matches the instance."""
    for key in ("oneOf", "anyOf"):
        branches = schema.get(key)
        if not branches:
            continue
        kind = instance.get("type") if isinstance(instance, dict) else None
        for b in branches:
            b = _deref(b)
            const = ((b.get("properties") or {}).get("type") or {}).get("const")
            if const is not None and const == kind:
                merged = dict(b)
                merged.setdefault("description", schema.get("description"))
                return merged
    return schema


def _child(schema: dict, token: str) -> dict | None:
    props = schema.get("properties") or {}
    if token in props:
        return props[token]
    for sub in schema.get("allOf") or ():
        for branch in ("then", "else"):
            p = ((sub.get(branch) or {}).get("properties") or {}).get(token)
            if p is not None:
                return p
    if isinstance(schema.get("additionalProperties"), dict):
        return schema["additionalProperties"]
    if isinstance(schema.get("items"), dict) and token.isdigit():
        return schema["items"]
    return None


def schema_at(tokens: tuple[str, ...], data) -> tuple[dict, dict] | None:
    """(member schema as written at the parent, resolved schema) for the place."""
    schema = _branch(_deref(model_schema()), data)
    member = schema
    instance = data
    for t in tokens:
        child = _child(schema, t)
        if child is None:
            return None
        if isinstance(instance, dict):
            instance = instance.get(t)
        elif isinstance(instance, list) and t.isdigit() and int(t) < len(instance):
            instance = instance[int(t)]
        else:
            instance = None
        member = child
        schema = _branch(_deref(child), instance)
    return member, schema


def description(tokens: tuple[str, ...], data) -> str | None:
    found = schema_at(tokens, data)
    if found is None:
        return None
    member, resolved = found
    return member.get("description") or resolved.get("description")


def value_options(tokens: tuple[str, ...], data) -> list:
    """The values the schema allows here (enum, const, or the discriminators of a oneOf)."""
    if tokens and tokens[-1] == "type":
        parent = schema_at(tokens[:-1], None)
        if parent is not None:
            raw = _deref(parent[0])
            consts = []
            for key in ("oneOf", "anyOf"):
                for b in raw.get(key) or ():
                    c = ((_deref(b).get("properties") or {}).get("type") or {}).get("const")
                    if c is not None:
                        consts.append(c)
            if consts:
                return consts
    found = schema_at(tokens, data)
    if found is None:
        return []
    schema = _deref(found[0])
    if "enum" in schema:
        return list(schema["enum"])
    if "const" in schema:
        return [schema["const"]]
    if schema.get("type") == "boolean":
        return [True, False]
    return []


def object_keys(tokens: tuple[str, ...], data) -> dict[str, str]:
    """Keys the object at ``tokens`` may have → their descriptions."""
    found = schema_at(tokens, data)
    if found is None:
        return {}
    schema = found[1]
    out: dict[str, str] = {}
    for k, v in (schema.get("properties") or {}).items():
        out[k] = _deref(v).get("description", "") if isinstance(v, dict) else ""
    return out
