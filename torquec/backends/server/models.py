"""Pydantic v2 models per entity, rendered from the entity's JSON Schemas.

Input: the JSON Schemas of :mod:`.schemas` (Create, Update, Record) of one
entity; output: ``server/<package>/models/<table>.py``. The translation is
the one datamodel-code-generator applied when it generated these modules
(a property not listed as required is optional and nullable; ``string``,
``integer``, ``number`` and ``boolean`` are strict; ``format`` date,
date-time and uuid parse; ``enum`` is a ``Literal``; ``uniqueItems`` is left
to the runtime, which de-duplicates link lists), rendered directly: it takes
~0.1 ms per entity instead of ~50 ms plus ~0.6 s of imports, so a cold build
needs no cache. tests/server/test_models_equivalence.py checks on generated
values that the models validate exactly like datamodel-code-generator's.

Module-level names are imported under ``_`` aliases: field names start with
a lower-case letter, so a field called ``date`` or ``list`` can never shadow
a type its class's annotations use.

Patterns are checked against pydantic's default (Rust) regex engine at
compile time; an entity with a pattern the Rust engine cannot compile
(look-around, back-references) gets the ``python-re`` base class instead.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from torquec.ir.nodes import Entity, Model
from torquec.runtime.decimals import bound_text

from .schemas import entity_schemas

BASE_CLASS = "TorqueModel"
BASE_CLASS_PY_RE = "TorqueModelPyRe"

# JSON Schema type (with format) -> the alias of its pydantic type in a generated module.
_SCALARS = {"string": "_Str", "integer": "_Int", "number": "_Float", "boolean": "_Bool"}
_FORMATS = {"date": "_Date", "date-time": "_DateTime", "uuid": "_UUID"}
_DATETIME = (("_Date", "date as _Date"), ("_DateTime", "datetime as _DateTime"))
_TYPING = (("_A", "Annotated as _A"), ("_Any", "Any as _Any"), ("_L", "Literal as _L"), ("_List", "List as _List"))
_PYDANTIC = (("_Config", "ConfigDict as _Config"), ("_F", "Field as _F"), ("_Bool", "StrictBool as _Bool"),
             ("_Float", "StrictFloat as _Float"), ("_Int", "StrictInt as _Int"), ("_Str", "StrictStr as _Str"))


# torquec's own exact types (torquec.runtime.models), by alias
_OWN_TYPES = (("_Bytes", "bytes_type"), ("_Dec", "decimal_type"), ("_LocalDT", "local_datetime_type"))


def module_name(e: Entity) -> str:
    return e.table


def _patterns(schema: Any):
    if isinstance(schema, dict):
        for k, v in schema.items():
            if k == "pattern" and isinstance(v, str):
                yield v
            else:
                yield from _patterns(v)
    elif isinstance(schema, list):
        for v in schema:
            yield from _patterns(v)


@lru_cache(maxsize=4096)
def rust_regex_ok(pattern: str) -> bool:
    from pydantic_core import SchemaError, SchemaValidator, core_schema

    try:
        SchemaValidator(core_schema.str_schema(pattern=pattern))
        return True
    except SchemaError:
        return False


class _Renderer:
    """Renders annotations of one module, noting which aliases it uses."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def use(self, name: str) -> str:
        self.used.add(name)
        return name

    def constraints(self, s: dict[str, Any], number: bool) -> list[str]:
        out = []
        # Argument order as in the modules datamodel-code-generator wrote (alphabetical).
        for key, arg in (("minimum", "ge"), ("maximum", "le")):
            if key in s:
                v = s[key]
                out.append((arg, repr(float(v) if number and not isinstance(v, bool) else v)))
        for key, arg in (("maxLength", "max_length"), ("maxItems", "max_length"), ("minLength", "min_length"),
                         ("minItems", "min_length"), ("pattern", "pattern")):
            if key in s:
                out.append((arg, repr(s[key])))
        return [f"{a}={v}" for a, v in sorted(out)]

    def bare(self, s: dict[str, Any]) -> tuple[str, list[str]]:
        """(type of a non-null value, its constraints) of schema ``s``."""
        t = s.get("type")
        if isinstance(t, list):
            t = next((x for x in t if x != "null"), None)
        if "enum" in s:
            return f"{self.use('_L')}[{', '.join(repr(v) for v in s['enum'] if v is not None)}]", []
        if t is None:
            return self.use("_Any"), []
        if t == "array":
            item, cons = self.bare(s.get("items") or {})
            if cons:
                item = f"{self.use('_A')}[{item}, {self.use('_F')}({', '.join(cons)})]"
            return f"{self.use('_List')}[{item}]", self.constraints(s, False)
        if s.get("format") == "decimal":  # exact: its own type checks digits, places and bounds
            bounds = [None if k not in s else bound_text(s[k]) for k in ("minimum", "maximum")]
            return f"{self.use('_Dec')}({s['x-precision']}, {s['x-scale']}, {bounds[0]!r}, {bounds[1]!r})", []
        if s.get("format") == "local-date-time":
            return f"{self.use('_LocalDT')}()", []
        if s.get("contentEncoding") == "base64":
            return f"{self.use('_Bytes')}({s['x-maxBytes']})", []
        if t == "string" and s.get("format") in _FORMATS:
            return self.use(_FORMATS[s["format"]]), []
        return self.use(_SCALARS[t]), self.constraints(s, t == "number")

    def field(self, name: str, s: dict[str, Any], required: bool) -> str:
        typ, cons = self.bare(s)
        t = s.get("type")
        if not required or (isinstance(t, list) and "null" in t):
            typ = f"{typ} | None"
        if cons:
            typ = f"{self.use('_A')}[{typ}, {self.use('_F')}({', '.join(cons)})]"
        if required:
            return f"    {name}: {typ}"
        return f"    {name}: {typ} = {s['default']!r}" if "default" in s else f"    {name}: {typ} = None"

    def model(self, s: dict[str, Any], base: str) -> str:
        lines = [f"class {s['title']}({base}):", f"    {_docstring(s.get('description', ''))}"]
        if s.get("additionalProperties") is False:
            lines.append(f"    model_config = {self.use('_Config')}(extra='forbid')")
        required = set(s.get("required", ()))
        lines += [self.field(n, p, n in required) for n, p in s["properties"].items()]
        return "\n".join(lines)


def _docstring(text: str) -> str:
    if not text.replace("\n", "").isprintable():
        return repr(text)  # control characters: a plain literal is still the class's docstring
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"""{text}"""' if "\n" not in text else '"""\n    ' + text.replace("\n", "\n    ") + '\n    """'


def render_module(entity: str, schemas: list[dict[str, Any]], base: str) -> str:
    r = _Renderer()
    classes = [r.model(s, base) for s in schemas]
    head = [f'"""Pydantic models of `{entity}`: create, update, record (generated by torquec from its JSON Schemas; do not edit)."""',
            "", "from __future__ import annotations", ""]
    for module, names in (("datetime", _DATETIME), ("typing", _TYPING), ("uuid", (("_UUID", "UUID as _UUID"),))):
        used = [imp for alias, imp in names if alias in r.used]
        if used:
            head.append(f"from {module} import {', '.join(used)}")
    head += ["", f"from pydantic import {', '.join(imp for alias, imp in _PYDANTIC if alias in r.used)}", "",
             f"from torquec.runtime.models import {base}" + "".join(f", {name} as {alias}" for alias, name in _OWN_TYPES if alias in r.used)]
    return "\n".join(head) + "\n\n\n" + "\n\n\n".join(classes) + "\n"


@dataclass(frozen=True)
class EntitySchemas:
    """An entity's JSON Schemas and what is derived from them alone."""

    schemas: tuple[dict[str, Any], ...]  # create, update, record
    base: str  # base class of the pydantic models
    key: str  # sha256 of everything the pydantic module depends on
    openrpc: tuple[tuple[str, str], ...]  # (title, one-line JSON of a components.schemas item)


def entity_unit(model: Model, e: Entity) -> EntitySchemas:
    schemas = entity_schemas(model, e)
    base = BASE_CLASS if all(rust_regex_ok(p) for p in _patterns(schemas)) else BASE_CLASS_PY_RE
    # openrpc.json: one line per component schema (the C encoder; indenting them doubled the file).
    openrpc = tuple((s["title"], json.dumps(s, ensure_ascii=False)) for s in schemas.values())
    key = hashlib.sha256("\0".join((e.name, base, *(text for _, text in openrpc))).encode("utf-8")).hexdigest()
    return EntitySchemas(tuple(schemas.values()), base, key, openrpc)


def entity_models_source(ctx, model: Model, e: Entity, unit: EntitySchemas | None = None) -> str:
    """Source of ``server/<package>/models/<table>.py`` for one entity (a memo unit of ``ctx``)."""
    u = unit or entity_unit(model, e)
    return ctx.unit("server.models.source", (u.key,), lambda: render_module(e.name, list(u.schemas), u.base))
def package_init_source(model: Model) -> str:
    lines = [
        f'"""Pydantic models of `{model.name}`, one module per entity (generated by torquec; do not edit).\n\n'
        "MODELS maps an entity name to its (Create, Update, Record) classes.\n"
        '"""',
        "",
    ]
    for e in model.entities:
        lines.append(f"from .{module_name(e)} import {e.name}Create, {e.name}Record, {e.name}Update")
    lines += ["", "MODELS = {"]
    for e in model.entities:
        lines.append(f"    {e.name!r}: ({e.name}Create, {e.name}Update, {e.name}Record),")
    lines.append("}")
    return "\n".join(lines) + "\n"
