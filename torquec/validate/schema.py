"""Phase 2 — validate the parsed model against schemas/torque-model.schema.json.

jsonschema's raw errors read like the validator's internals ("… is not valid
under any of the given schemas"). We translate each into a compiler
diagnostic: a stable E1xx code, a sentence about the model, the pointer of the
offending member, and a "did you mean" where a name was mistyped. Errors under
``oneOf`` are narrowed to the branch the author meant (the one whose ``type``
discriminator matched), so a DataGrid with a typo is told about the typo, not
about the five other component types it also fails to be.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import TYPE_CHECKING
from pathlib import Path

import jsonschema_rs

if TYPE_CHECKING:  # the pure-Python jsonschema (~0.2 s of imports) is loaded only to explain an invalid model
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

from torquec.diagnostics import Diagnostic, Diagnostics, did_you_mean, error
from torquec.diagnostics import json_type as _json_type
from torquec.load.sourcemap import escape_pointer_token

SCHEMA_FILE = "torque-model.schema.json"


def schema_path() -> Path:
    from torquec.resources import data_dir

    return data_dir("schemas") / SCHEMA_FILE


@lru_cache(maxsize=1)
def model_schema() -> dict:
    with open(schema_path(), "rb") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(model_schema())


@lru_cache(maxsize=1)
def _fast_validator():
    return jsonschema_rs.validator_for(model_schema())


def validate_model(data: dict) -> Diagnostics:
    """Two validators, one schema: jsonschema-rs (compiled, ~200× faster) decides
    whether the model is valid; only when it is not do we ask the pure-Python
    jsonschema for its richer errors (``context`` under oneOf, ``schema`` of each
    failure), which the messages below are built from."""
    diags = Diagnostics()
    if _fast_validator().is_valid(data):
        return diags
    seen: set[tuple[str, str]] = set()
    errors = sorted(_validator().iter_errors(data), key=lambda e: (list(map(str, e.absolute_path)), e.validator))
    found: list[Diagnostic] = []
    for err in errors:
        for leaf in _narrow(err):
            diag = _to_diagnostic(leaf)
            key = (diag.pointer, diag.message)
            if key not in seen:
                seen.add(key)
                found.append(diag)
    # A misspelt discriminator fails both the `type` enum (E104, with its
    # did-you-mean) and the oneOf around it (E110): keep only the precise one.
    bad_types = {d.pointer.rsplit("/", 1)[0] for d in found if d.code == "E104" and d.pointer.endswith("/type")}
    found = [d for d in found if not (d.code == "E110" and d.pointer in bad_types)]
    diags.extend(_without_cascades(found))
    return diags


# Keys whose value selects which other keys an object may or must have.
_DISCRIMINATORS = ("type", "kind", "operation")
# What a wrong discriminator drags along: keys "not allowed" or "required" for
# the type the author did not write, and forms it "does not match".
_CASCADE_CODES = frozenset({"E100", "E102", "E109", "E110"})


def _without_cascades(found: list[Diagnostic]) -> list[Diagnostic]:
    """Drop errors that only follow from an invalid discriminator reported in the
    same object: an unknown field type must not also say "`maxLength` is not
    allowed here" (the rule depends on the type the author meant)."""
    invalid_objects = {
        d.pointer.rsplit("/", 1)[0]
        for d in found
        if d.code == "E104" and d.pointer.rsplit("/", 1)[-1] in _DISCRIMINATORS
    }
    if not invalid_objects:
        return found

    def caused(d: Diagnostic) -> bool:
        if d.code not in _CASCADE_CODES:
            return False
        p = d.pointer
        while p:
            if p in invalid_objects:
                return True
            p = p.rsplit("/", 1)[0]
        return False

    return [d for d in found if not caused(d)]


def _pointer(path) -> str:
    return "".join(f"/{escape_pointer_token(str(p))}" for p in path)


def _narrow(err: ValidationError) -> list[ValidationError]:
    """Replace a oneOf/anyOf failure by the errors of the branch that was meant."""
    if err.validator not in ("oneOf", "anyOf") or not err.context:
        return [err]
    by_branch: dict[int, list[ValidationError]] = {}
    for sub in err.context:
        by_branch.setdefault(sub.schema_path[0] if sub.schema_path else 0, []).append(sub)
    # A branch is "meant" when its discriminator (a `const` under properties/type)
    # did not fail; among those, prefer the one with the fewest errors.
    meant = [
        errs for errs in by_branch.values()
        if not any(e.validator == "const" and list(e.relative_path)[-1:] == ["type"] for e in errs)
        and not any(e.validator in ("const", "enum") and e.relative_path and e.relative_path[-1] == "type" for e in errs)
    ]
    if len(meant) >= 1:
        best = min(meant, key=len)
        out: list[ValidationError] = []
        for e in best:
            out.extend(_narrow(e))
        return out
    # No branch matched the discriminator: report the discriminator itself.
    return [err]


def _to_diagnostic(err: ValidationError) -> Diagnostic:
    ptr = _pointer(err.absolute_path)
    v = err.validator
    where = _describe(err.absolute_path, err.instance)
    if v == "additionalProperties":
        allowed = sorted((err.schema.get("properties") or {}).keys())
        extras = [k for k in err.instance if k not in allowed] if isinstance(err.instance, dict) else []
        if extras:
            key = extras[0]
            hint = did_you_mean(key, allowed)
            if hint is None and allowed:
                hint = "allowed keys: " + ", ".join(f"`{a}`" for a in allowed)
            return error("E101", f"unknown key `{key}` in {where}", f"{ptr}/{escape_pointer_token(key)}", hint, at_key=True)
    if v == "unevaluatedProperties":
        extras = sorted(k for k in (err.instance or {}) if isinstance(err.instance, dict))
        msg = err.message
        for key in extras:
            if repr(key) in msg or f"'{key}'" in msg:
                return error("E101", f"unknown key `{key}` in {where}", f"{ptr}/{escape_pointer_token(key)}", None, at_key=True)
    if v == "required":
        missing = err.validator_value
        names = [m for m in missing if isinstance(err.instance, dict) and m not in err.instance]
        key = names[0] if names else missing[0]
        return error("E102", f"{where} is missing the required key `{key}`", ptr, None)
    if v == "type":
        expected = err.validator_value
        exp = " or ".join(expected) if isinstance(expected, list) else expected
        return error("E103", f"{where} must be {_article(exp)}, found {_json_type(err.instance)}", ptr)
    if v in ("enum", "const"):
        options = err.validator_value if v == "enum" else [err.validator_value]
        shown = ", ".join(f"`{o}`" for o in options) if len(options) <= 20 else f"one of {len(options)} values"
        hint = did_you_mean(str(err.instance), [str(o) for o in options]) if isinstance(err.instance, str) else None
        return error("E104", f"{where} has the invalid value {_short(err.instance)}; expected {shown}", ptr,
                     hint or (f"expected one of {shown}" if v == "enum" else None))
    if v == "pattern":
        return error("E105", f"{where} {_short(err.instance)} does not match the pattern `{err.validator_value}`", ptr,
                     _pattern_hint(err.absolute_path))
    if v in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        bound = {"minimum": "at least", "maximum": "at most", "exclusiveMinimum": "more than", "exclusiveMaximum": "less than"}[v]
        return error("E106", f"{where} must be {bound} {err.validator_value}, found {_short(err.instance)}", ptr)
    if v in ("minItems", "maxItems", "minLength", "maxLength", "minProperties", "maxProperties"):
        what = {"minItems": "at least {} item(s)", "maxItems": "at most {} item(s)", "minLength": "at least {} character(s)",
                "maxLength": "at most {} character(s)", "minProperties": "at least {} member(s)", "maxProperties": "at most {} member(s)"}[v]
        return error("E107", f"{where} must have {what.format(err.validator_value)}", ptr)
    if v == "uniqueItems":
        return error("E108", f"{where} has duplicate items", ptr)
    if v in ("not", "false") or err.validator_value is False:
        parent = _describe(list(err.absolute_path)[:-1])
        key = list(err.absolute_path)[-1] if err.absolute_path else ""
        return error("E109", f"`{key}` is not allowed in {parent} here", ptr, _not_allowed_hint(err), at_key=True)
    if v in ("oneOf", "anyOf"):
        return error("E110", f"{where} does not match any allowed form", ptr, _oneof_hint(err))
    return error("E100", f"{where}: {err.message}", ptr)


def _not_allowed_hint(err: ValidationError) -> str | None:
    desc = err.schema.get("description") if isinstance(err.schema, dict) else None
    return desc


def _oneof_hint(err: ValidationError) -> str | None:
    if isinstance(err.instance, dict) and "type" in err.instance:
        types = []
        for sub in err.validator_value:
            t = ((sub.get("properties") or {}).get("type") or {}).get("const") if isinstance(sub, dict) else None
            if t:
                types.append(t)
        if types:
            h = did_you_mean(str(err.instance["type"]), types)
            return h or ("`type` must be one of " + ", ".join(f"`{t}`" for t in types))
    return None


def _pattern_hint(path) -> str | None:
    last = list(path)[-1] if path else ""
    return {
        "name": "names are PascalCase for entities, camelCase for fields, flows, pages and relationships, kebab-case for the model",
        "route": "routes start with `/` and use lower-case letters, digits, `-`, `_`, `:` and `/`",
        "id": "ids start with a letter and use letters, digits, `_` and `-`",
    }.get(str(last))


_NOUNS = {
    "entities": "entity",
    "fields": "field",
    "relationships": "relationship",
    "flows": "flow",
    "nodes": "node",
    "edges": "edge",
    "layouts": "layout",
    "components": "component",
    "children": "component",
    "roles": "role",
    "rowActions": "action",
}


def _describe(path, instance=None) -> str:
    parts = list(path)
    if not parts:
        return "the model"
    # Name the innermost thing the way the author wrote it: "component `taskModal`".
    last = parts[-1]
    if isinstance(last, int) and len(parts) >= 2:
        noun = _NOUNS.get(str(parts[-2]), "item")
        if isinstance(instance, dict):
            label = instance.get("name") or instance.get("id")
            if isinstance(label, str) and label:
                kind = instance.get("type") if noun in ("component", "node") else None
                suffix = f" ({kind})" if isinstance(kind, str) else ""
                return f"{noun} `{label}`{suffix}"
        return f"{noun} #{last}"
    if len(parts) >= 2 and isinstance(parts[-2], int):
        owner = _NOUNS.get(str(parts[-3]), "item") if len(parts) >= 3 else "item"
        return f"`{last}` of the {owner}"
    return f"`{last}`"


def _article(word: str) -> str:
    return ("an " if word[:1] in "aeiou" else "a ") + word




def _short(value) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return f"`{text}`" if len(text) <= 40 else f"`{text[:37]}...`"
