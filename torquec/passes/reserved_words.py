"""Pass ``reserved_words``: names that would break the generated code.

SQL: nothing to report. Entity `Order` becomes table `order`, a field
`select` becomes column `select`, `user`, `from`, `group` … are all fine,
because the SQL backend quotes every identifier it emits (``"order"`` on
both PostgreSQL and SQLite). Rejecting SQL keywords would forbid some of the
most natural business names for no benefit, and the list differs between
dialects and versions anyway.

Python and TypeScript are different: model names become identifiers there.

* E203 — a field, relationship navigation name, flow or layout name that is a
  Python keyword (``class``, ``from``, ``import``, ``def``, ``None``,
  ``True`` …), a pydantic ``BaseModel`` attribute (``model_config``,
  ``model_dump``, ``copy``, ``dict``, ``json``, ``schema`` …; checked for the
  name and its snake_case, since the server uses snake_case attributes), or an
  ECMAScript/TypeScript reserved word (``delete``, ``new``, ``function``,
  ``default``, ``export``, ``enum``, ``interface``, ``package``, ``private``
  …) or an object-prototype name (``constructor``, ``prototype``,
  ``__proto__``) that makes a plain JS object misbehave.
* E204 — an entity name that is also a name the generated code itself uses
  as a class/type: Python (``Model``, ``Base``, ``BaseModel``, ``Decimal`` …),
  TypeScript/JS globals (``Date``, ``String``, ``Object``, ``Array``,
  ``Promise``, ``Error``, ``Map``, ``Set``, ``Record`` …) and the UI
  component names (``DataGrid``, ``Modal`` …).

Python builtins that are not keywords (``type``, ``list``, ``date``, ``id``
as an attribute …) are allowed: generated modules never bind model names as
bare module-level Python names, and they import stdlib types under aliases.
"""

from __future__ import annotations

from functools import lru_cache

from torquec.diagnostics import Diagnostics, error
from torquec.ir.nodes import Model, snake_case

PYTHON_KEYWORDS = frozenset({
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
    "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
})

# Public attributes of pydantic.BaseModel (v2, including the deprecated v1 names).
PYDANTIC_ATTRIBUTES = frozenset({
    "construct", "copy", "dict", "from_orm", "json", "model_computed_fields", "model_config",
    "model_construct", "model_copy", "model_dump", "model_dump_json", "model_extra", "model_fields",
    "model_fields_set", "model_json_schema", "model_parametrized_name", "model_post_init", "model_rebuild",
    "model_validate", "model_validate_json", "model_validate_strings", "parse_file", "parse_obj",
    "parse_raw", "schema", "schema_json", "update_forward_refs", "validate",
})

# ECMAScript reserved words (incl. strict mode and future reserved), TypeScript
# reserved words, and names that break plain objects.
JS_RESERVED = frozenset({
    "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
    "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "implements", "import",
    "in", "instanceof", "interface", "let", "new", "null", "package", "private", "protected", "public",
    "return", "static", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while",
    "with", "yield", "arguments", "eval", "undefined", "NaN", "Infinity",
    "constructor", "prototype", "__proto__",
})

# Class and type names the generated Python/TypeScript uses, plus the JS/TS
# globals a type of the same name would shadow.
GENERATED_NAMES = frozenset({
    # Python side (server, pydantic models, SQL access)
    "Model", "Base", "BaseModel", "Field", "Query", "Decimal", "UUID", "Any", "Optional", "Literal", "List",
    "Dict", "Enum", "Exception", "Type", "Json", "Self", "Annotated", "Union",
    # JS/TS globals and utility types
    "Record", "Date", "String", "Number", "Boolean", "Object", "Array", "Promise", "Error", "Map", "Set",
    "Symbol", "Function", "JSON", "Math", "RegExp", "BigInt", "Partial", "Required", "Readonly", "Pick",
    "Omit", "Exclude", "Extract", "Awaited", "ReturnType", "Uint8Array", "WeakMap", "WeakSet", "Proxy",
    "Reflect", "Intl", "Response", "Request", "Headers", "URL",
    # React and the generated UI components
    "React", "Fragment", "Component", "App", "DataGrid", "TorqueForm", "TorqueButton", "Modal", "Container",
})

_SUGGEST = {
    "class": "className", "from": "fromValue", "import": "importName", "def": "definition", "default": "defaultValue",
    "delete": "deleted", "new": "isNew", "function": "functionName", "export": "exportName", "enum": "enumValue",
    "interface": "interfaceName", "package": "packageName", "private": "isPrivate", "public": "isPublic",
    "protected": "isProtected", "static": "isStatic", "return": "returnValue", "in": "inValue", "is": "isValue",
    "for": "forValue", "global": "isGlobal", "pass": "passed", "type": "kind", "case": "caseName",
    "switch": "switchValue", "this": "thisValue", "null": "nullValue", "void": "voided", "with": "withValue",
    "json": "jsonData", "dict": "dictData", "copy": "copyOf", "schema": "schemaName", "validate": "validated",
    "construct": "construction", "constructor": "constructorName", "prototype": "prototypeName",
    "eval": "evaluation", "arguments": "args", "undefined": "undefinedValue", "let": "letValue",
    "var": "variable", "const": "constant", "instanceof": "instanceOf", "typeof": "typeOf",
}


_SNAKE_PREFIXES = tuple(sorted({a.split("_")[0] for a in PYDANTIC_ATTRIBUTES if "_" in a}))


@lru_cache(maxsize=65536)
def _why(name: str) -> str | None:
    # Only names that could turn into a multi-word pydantic attribute need the regex-based snake_case.
    snake = snake_case(name) if name.lower().startswith(_SNAKE_PREFIXES) else name
    if name in PYTHON_KEYWORDS:
        return "a Python keyword"
    if name in JS_RESERVED:
        return "a reserved word in JavaScript/TypeScript"
    if name in PYDANTIC_ATTRIBUTES or snake in PYDANTIC_ATTRIBUTES:
        shown = f" (`{snake}` in Python)" if snake != name else ""
        return f"an attribute of pydantic models{shown}"
    if snake in PYTHON_KEYWORDS:
        return f"a Python keyword (`{snake}` in Python)"
    return None


def _suggest(name: str, owner: str | None) -> str:
    alt = _SUGGEST.get(name)
    if alt is None:
        base = snake_case(name).split("_")[0]
        alt = (owner[:1].lower() + owner[1:] + name[:1].upper() + name[1:]) if owner else base + "Value"
    return f"rename it, e.g. to `{alt}`"


def run(model: Model, diags: Diagnostics) -> Model:
    for e in model.entities:
        if e.name in GENERATED_NAMES:
            diags.add(error("E204", f"entity name `{e.name}` collides with a name the generated code uses",
                            f"{e.pointer}/name", f"rename the entity, e.g. to `{e.name}Item` or a more specific name"))
        for f in e.fields:
            why = _why(f.name)
            if why:
                diags.add(error("E203", f"field name `{f.name}` is {why}", f"{f.pointer}/name", _suggest(f.name, e.name)))
    for r in model.relationships:
        for key, name in (("name", r.name), ("inverseName", r.inverse_name)):
            why = _why(name)
            if why:
                diags.add(error("E203", f"navigation name `{name}` is {why}", f"{r.pointer}/{key}", _suggest(name, None)))
    for fl in model.flows:
        why = _why(fl.name)
        if why:
            diags.add(error("E203", f"flow name `{fl.name}` is {why}", f"{fl.pointer}/name", _suggest(fl.name, None)))
    for lay in model.layouts:
        why = _why(lay.name)
        if why:
            diags.add(error("E203", f"layout name `{lay.name}` is {why}", f"{lay.pointer}/name", _suggest(lay.name, None)))
    return model
