"""Pass ``json_schemas``: a json field's ``jsonSchema`` is a usable JSON Schema, and the
model's own values of the field match it.

* ``jsonSchema`` is only allowed on json fields (E530);
* it is a valid JSON Schema of draft 2020-12 (the metaschema check, and every
  ``pattern`` compiles) (E531);
* it stays inside the subset torquec supports: no references (``$ref``,
  ``$dynamicRef``, ``$id``, ``$anchor``, ``$defs`` …) so the schema can be
  embedded as it is in OpenRPC, MCP tool schemas and the web app, and nothing
  is ever fetched; ``$schema``, when given, names draft 2020-12; patterns use
  the syntax ECMAScript and the server read alike (E532);
* a field's ``default`` matches it (E533), and so does every sample value
  (E813, pointing at the failing part of the value).

Values are checked with the validator the generated server uses
(:mod:`torquec.runtime.json_schemas`), so "valid at compile time" means
"accepted by the API".
"""

from __future__ import annotations

from typing import Any, Iterator

from torquec.diagnostics import Diagnostics, error
from torquec.ir.nodes import Field, FieldType, Model
from torquec.load.sourcemap import escape_pointer_token
from torquec.passes.field_rules import portability_problem
from torquec.runtime.json_schemas import DRAFT_2020_12, SchemaProblem, compile_schema, value_errors

# Keywords whose value is one subschema, a list of them, or a map of name -> subschema:
# the walk visits only schema positions (never `const`, `enum`, `default` or `examples` data).
_ONE = ("items", "contains", "additionalProperties", "propertyNames", "not", "if", "then", "else",
        "unevaluatedItems", "unevaluatedProperties")
_LIST = ("allOf", "anyOf", "oneOf", "prefixItems")
_MAP = ("properties", "patternProperties", "dependentSchemas")
# References and the keywords that name a target for them: out of the supported subset.
_REFERENCES = ("$ref", "$dynamicRef", "$id", "$anchor", "$dynamicAnchor", "$defs", "definitions", "$recursiveRef",
               "$recursiveAnchor", "$vocabulary")


def run(model: Model, diags: Diagnostics) -> Model:
    checked: dict[tuple[str, str], Any] = {}  # (entity, field) -> compiled validator of a usable schema
    for e in model.entities:
        for f in e.fields:
            if f.json_schema is None:
                continue
            ptr = f"{f.pointer}/jsonSchema"
            if f.type is not FieldType.JSON:
                diags.add(error("E530", f"`jsonSchema` does not apply to the {f.type.value} field `{f.name}`", ptr,
                                "`jsonSchema` describes the values of json fields; remove it", at_key=True))
                continue
            validator = _usable(f, ptr, diags)
            if validator is None:
                continue
            checked[(e.name, f.name)] = validator
            if f.has_default and f.default is not None:
                for path, message, _ in value_errors(validator, f.default)[:1]:
                    diags.add(error("E533", f"the default of `{f.name}` does not match its jsonSchema: {message}",
                                    _under(f"{f.pointer}/default", path), "change the default or the schema"))
    if checked:
        _samples(model, checked, diags)
    return model


def _usable(f: Field, ptr: str, diags: Diagnostics):
    """The compiled validator of ``f.json_schema``, or None after reporting why it cannot be used."""
    outside = next(_outside_subset(f.json_schema, ptr), None)
    if outside is not None:
        where, what, hint = outside
        diags.add(error("E532", f"the jsonSchema of `{f.name}` {what}", where, hint, at_key=True))
        return None
    try:
        return compile_schema(f.json_schema)
    except SchemaProblem as p:
        diags.add(error("E531", f"the jsonSchema of `{f.name}` is not a valid JSON Schema: {p.message}",
                        _under(ptr, p.path), "see https://json-schema.org/draft/2020-12 for the keywords and their values"))
        return None


def _outside_subset(schema: Any, ptr: str) -> Iterator[tuple[str, str, str]]:
    """(pointer, what, hint) of each keyword outside the supported subset, in document order."""
    if not isinstance(schema, dict):
        return
    for key, value in schema.items():
        at = f"{ptr}/{escape_pointer_token(key)}"
        if key in _REFERENCES:
            yield at, f"uses `{key}`: references are outside the supported subset of JSON Schema", \
                "inline the subschema where it is used (references are not supported)"
        elif key == "$schema" and value != DRAFT_2020_12:
            yield at, f"names the dialect {value!r}; only draft 2020-12 is supported", \
                f'write `"$schema": "{DRAFT_2020_12}"` or leave it out'
        elif key == "pattern" and isinstance(value, str) and portability_problem(value):
            yield at, _unportable(value), _PATTERN_HINT
        elif key in _ONE:
            yield from _outside_subset(value, at)
        elif key in _LIST and isinstance(value, list):
            for i, sub in enumerate(value):
                yield from _outside_subset(sub, f"{at}/{i}")
        elif key in _MAP and isinstance(value, dict):
            for name, sub in value.items():
                if key == "patternProperties" and portability_problem(name):
                    yield f"{at}/{escape_pointer_token(name)}", _unportable(name), _PATTERN_HINT
                yield from _outside_subset(sub, f"{at}/{escape_pointer_token(name)}")


# The browser (JavaScript RegExp) and the server (jsonschema-rs) both check a pattern:
# only the syntax they read alike is allowed, as for a field's own `pattern` (E505).
_PATTERN_HINT = "patterns use the syntax common to ECMAScript and Python `re`"


def _unportable(pattern: str) -> str:
    what = portability_problem(pattern)[0]
    return f"has the pattern {pattern!r}, which uses {what}: ECMAScript and the server read it differently"


def _under(ptr: str, path: tuple) -> str:
    """The pointer of ``path`` (keys and indexes) below ``ptr``."""
    return ptr + "".join(f"/{escape_pointer_token(str(p))}" for p in path)


def _samples(model: Model, checked: dict[tuple[str, str], Any], diags: Diagnostics) -> None:
    for rec in model.sample_data:
        if not isinstance(rec.values, dict):
            continue  # reported by sample_data (E812)
        for name, value in rec.values.items():
            validator = checked.get((rec.entity, name))
            if validator is None or value is None:
                continue
            for path, message, _ in value_errors(validator, value)[:1]:
                diags.add(error("E813", f"sample value of `{rec.entity}.{name}` does not match its jsonSchema: {message}",
                                _under(f"{rec.pointer}/{escape_pointer_token(name)}", path),
                                "fix the value, or the field's jsonSchema"))
