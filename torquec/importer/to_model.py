"""A :class:`Schema` → a torque model (dict), and the merge with a previous import.

Decisions (documented in the README, *Importing a database*):

* one entity per table, PascalCase singular name; fields camelCase; ids derived from the
  source names (``ent-<table>``, ``fld-<table>-<column>``, ``rel-<table>-<column>``), so a
  re-import finds the same ids;
* records in torque have a UUID ``id``: a single-column primary key that is not a UUID is kept
  as a ``unique`` field (the entity's *key field*, always its first field); foreign keys become
  ``reference`` fields (UUIDs) and data files give them the target's key value — ``torquec data
  import`` resolves them by the target's first unique field;
* a pure join table (two foreign-key columns making up its primary key or a unique pair, nothing
  else) becomes a ``manyToMany`` relationship; other tables with a composite key stay entities;
* what the format cannot express is reported as a warning (``I0xx``) and left out.
"""

from __future__ import annotations

import re
from typing import Any

from torquec.passes.reserved_words import GENERATED_NAMES, _why
from torquec.runtime.binary import MAX_MAX_BYTES

from .schema import Column, Schema, Table, Warning_

SYSTEM_NAMES = {"id", "createdAt", "updatedAt", "version"}


def words(name: str) -> list[str]:
    out: list[str] = []
    for part in re.split(r"[^A-Za-z0-9]+", name):
        out += re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+", part)
    return [w.lower() for w in out] or ["x"]


def camel(name: str) -> str:
    w = words(name)
    s = w[0] + "".join(x.capitalize() for x in w[1:])
    return s if s[0].isalpha() else "f" + s


def pascal(name: str) -> str:
    s = "".join(x.capitalize() for x in words(name))
    return s if s[0].isalpha() else "T" + s


def kebab(name: str) -> str:
    return "-".join(words(name))


_IRREGULAR = {"people": "person", "children": "child", "men": "man", "women": "woman", "staff": "staff",
              "data": "data", "news": "news", "series": "series", "species": "species", "status": "status"}


def singular(word: str) -> str:
    low = word.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low.endswith("ies") and len(low) > 4:
        return word[:-3] + "y"
    if low.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return word[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is", "as")) and len(low) > 3:
        return word[:-1]
    return word


def plural(word: str) -> str:
    low = word.lower()
    if low.endswith("y") and low[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    if low.endswith(("s", "x", "ch", "sh", "z")):
        return word + "es"
    return word + "s"


def entity_name(table: str) -> str:
    w = words(table)
    w[-1] = singular(w[-1])
    name = "".join(x.capitalize() for x in w)
    if not name[0].isalpha():
        name = "T" + name
    return name + "Item" if name in GENERATED_NAMES else name


def _safe_field(name: str) -> str:
    if name in SYSTEM_NAMES:
        return "source" + name[0].upper() + name[1:]
    if _why(name):
        return name + "Value"
    return name


# ------------------------------------------------------------------ types

def map_type(col: Column, enums: dict[str, list[str]]) -> tuple[dict | None, str | None]:
    """(field keys for the type, or None when not expressible; a warning text)."""
    t = col.type.strip().lower()
    if t in enums:
        return {"type": "enum", "values": list(dict.fromkeys(enums[t]))}, None
    inline = re.fullmatch(r"enum\s*\((.*)\)", t, re.S)  # MySQL: ENUM('new', 'paid')
    if inline:
        values = [v.replace("''", "'") for v in re.findall(r"'((?:[^']|'')*)'", col.type[col.type.find("("):])]
        if values:
            return {"type": "enum", "values": list(dict.fromkeys(values))}, None
    if t.endswith("[]"):
        inner, why = map_type(Column(col.name, t[:-2]), {})
        if inner and inner["type"] in ("string", "integer", "float", "boolean", "uuid", "date", "datetime", "text"):
            return {"type": "array", "items": {"type": "string" if inner["type"] == "text" else inner["type"]}}, None
        return None, f"array type `{col.type}` not expressible"
    base = re.sub(r"\(.*\)", "", t).strip()
    args = [int(x) for x in re.findall(r"\d+", t[t.find("("):]) ] if "(" in t else []
    if re.search(r"\b(int|integer|smallint|bigint|tinyint|mediumint|int2|int4|int8|serial|bigserial|smallserial|year)\b", base):
        return {"type": "integer"}, None
    if re.fullmatch(r"u(int|smallint|bigint|tinyint|mediumint)", base):  # MySQL … UNSIGNED, as sqlglot spells it
        return {"type": "integer", "validation": {"min": 0}}, None
    if base in ("udecimal", "udouble", "ufloat"):
        unsigned, why = map_type(Column(col.name, t[1:]), {})
        return ({**unsigned, "validation": {"min": 0}} if unsigned else None), why
    if base in ("numeric", "decimal", "number", "money", "smallmoney"):
        if base in ("money", "smallmoney"):
            return {"type": "decimal", "precision": 19, "scale": 4}, None
        if len(args) >= 1:
            p = max(1, min(args[0], 1000))
            s = min(args[1] if len(args) > 1 else 0, p)
            return {"type": "decimal", "precision": p, "scale": s}, None
        return {"type": "decimal", "precision": 38, "scale": 10}, "decimal without precision: imported as decimal(38, 10)"
    if re.search(r"\b(real|float|double|float4|float8)\b", base):
        return {"type": "float"}, None
    if base in ("bool", "boolean", "bit"):
        return {"type": "boolean"}, None
    if base == "date":
        return {"type": "date"}, None
    if base.startswith(("timestamp", "datetime", "smalldatetime", "datetime2", "datetimeoffset")):
        if "with time zone" in base or base in ("timestamptz", "datetimeoffset"):
            return {"type": "datetime"}, None
        return {"type": "localDateTime"}, None  # a wall-clock time: shown as written, never shifted
    if base in ("bytea", "blob", "binary", "varbinary", "longblob", "mediumblob", "tinyblob", "image", "raw", "long raw"):
        return {"type": "bytes", "maxBytes": MAX_MAX_BYTES}, None
    if base == "uuid" or base == "uniqueidentifier":
        return {"type": "uuid"}, None
    if base in ("json", "jsonb"):
        return {"type": "json"}, None
    if base in ("text", "clob", "ntext", "longtext", "mediumtext", "tinytext", "citext", "xml"):
        return {"type": "text"}, None
    if re.search(r"char|varchar|nvarchar|character|string|varying", base) or base == "":
        if args and args[0] > 0:
            n = args[0]
            return ({"type": "string", "validation": {"maxLength": n}} if n <= 10_000_000 else {"type": "text"}), None
        return {"type": "text"}, None
    return None, f"type `{col.type}` not expressible; column left out"


def _default(raw: str | None, field: dict) -> tuple[Any, bool]:
    """(JSON default, ok). A function/sequence default is not a value: (None, False)."""
    if raw is None:
        return None, True
    text = raw.strip()
    text = re.sub(r"::[\w\s\"]+(\[\])?$", "", text).strip()  # PostgreSQL casts: 'x'::character varying
    cast = re.fullmatch(r"CAST\s*\((.*)\s+AS\s+[\w\s\".]+(\(\d+(,\s*\d+)?\))?(\[\])?\)", text, re.I | re.S)
    if cast:  # the same cast as sqlglot writes it: CAST('G' AS mpaa_rating)
        text = cast.group(1).strip()
    while text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    if text.upper() == "NULL":
        return None, True
    ftype = field["type"]
    m = re.fullmatch(r"'((?:[^']|'')*)'", text)
    val: Any
    if m:
        val = m.group(1).replace("''", "'")
    elif re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", text):
        val = float(text) if any(c in text for c in ".eE") else int(text)
    elif text.lower() in ("true", "false"):
        val = text.lower() == "true"
    else:
        return None, False
    try:
        if ftype == "boolean":
            if isinstance(val, str):
                val = {"t": True, "true": True, "1": True, "f": False, "false": False, "0": False}[val.lower()]
            else:
                val = bool(val)
        elif ftype == "integer":
            val = int(val)
        elif ftype == "float":
            val = float(val)
        elif ftype == "decimal":  # exact: the digits as written
            val = m.group(1) if m else text
            if not re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", val):
                return None, False
        elif ftype == "enum":
            if val not in field["values"]:
                return None, False
        elif ftype in ("string", "text"):
            val = str(val)
            if len(val) > field.get("validation", {}).get("maxLength", 10**9):
                return None, False
        elif ftype in ("date", "datetime", "localDateTime", "bytes", "uuid", "json", "array", "reference"):
            return None, False
    except (KeyError, ValueError):
        return None, False
    return val, True


def _enum_from_check(check: str, column: str) -> list[str] | None:
    """``col IN ('a', 'b')`` / ``col = ANY (ARRAY['a', 'b'])`` → values."""
    m = re.search(r"\(?\"?" + re.escape(column) + r"\"?\)?(::\w+)?\s+IN\s*\(([^)]*)\)", check, re.I) or \
        re.search(r"\(?\"?" + re.escape(column) + r"\"?\)?(::\w+)?\s*=\s*ANY\s*\(\(?ARRAY\[([^\]]*)\]", check, re.I)
    if not m:
        return None
    vals = re.findall(r"'((?:[^']|'')*)'", m.group(2))
    return [v.replace("''", "'") for v in vals] or None


def _range_from_check(check: str, column: str) -> dict | None:
    """``CHECK (col >= 1901 AND col <= 2155)`` (a domain's ``VALUE`` read as the column) → ``{min, max}``;
    None unless the whole check is such bounds on this one column."""
    body = re.sub(r"^\s*CHECK\b", "", check, flags=re.I).replace("(", " ").replace(")", " ")
    bounds: dict = {}
    for part in re.split(r"\s+AND\s+", body.strip(), flags=re.I):
        m = re.fullmatch(r'"?' + re.escape(column) + r'"?(?:::[\w ]+)?\s*(>=|<=|>|<)\s*(-?\d+(?:\.\d+)?)(?:::[\w ]+)?',
                         part.strip(), re.I)
        if not m or "." in m[2]:
            return None
        n = int(m[2])
        if m[1] in (">=", ">"):
            bounds["min"] = n + (m[1] == ">")
        else:
            bounds["max"] = n - (m[1] == "<")
    return bounds or None


# ------------------------------------------------------------------ model

class _EntityPlan:
    """What one table became: names of its entity and of each imported column."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.name = entity_name(table.name)
        self.entity: dict = {}
        self.columns: dict[str, str] = {}  # column → field name
        self.key_field: str | None = None  # the field holding the source's single-column key
        self.key_column: str | None = None
        self.uuid_key: str | None = None  # a uuid primary key column: becomes the record id
        self.refs: dict[str, str] = {}  # fk column → target table


def _warn(schema: Schema, code: str, msg: str, table: Table, column: str | None = None, line: int | None = None) -> None:
    col = table.column(column) if column else None
    schema.warnings.append(Warning_(code, msg, table.name, column, line or (col.line if col else None) or table.line))


def _join_table(t: Table) -> bool:
    if len(t.columns) != 2 or len(t.foreign_keys) != 2:
        return False
    if any(len(fk.columns) != 1 for fk in t.foreign_keys):
        return False
    fk_cols = {fk.columns[0].lower() for fk in t.foreign_keys}
    if {c.name.lower() for c in t.columns} != fk_cols:
        return False
    keyed = {c.lower() for c in t.primary_key} == fk_cols or any(
        ix.unique and {c.lower() for c in ix.columns} == fk_cols for ix in t.indexes)
    return keyed


def build_model(schema: Schema, app_name: str, title: str | None = None) -> tuple[dict, dict]:
    """→ (model, plan) — plan maps table names to what they became (used for the data files)."""
    plans: dict[str, _EntityPlan] = {}
    joins: list[Table] = []
    used_names: set[str] = set()
    for t in schema.tables:
        if _join_table(t):
            joins.append(t)
            continue
        p = _EntityPlan(t)
        base, n = p.name, 2
        while p.name in used_names:
            p.name, n = f"{base}{n}", n + 1
        used_names.add(p.name)
        plans[t.name.lower()] = p
    for p in plans.values():
        _plan_entity(schema, p, plans)
    _natural_key_references(plans)
    relationships = []
    rel_names: dict[str, set[str]] = {p.name: set(p.columns.values()) for p in plans.values()}
    for p in plans.values():
        for fk in p.table.foreign_keys:
            col = fk.columns[0]
            if col.lower() not in {c.lower() for c in p.refs}:
                continue
            target = plans[fk.ref_table.lower()]
            fname = p.columns[col]
            inverse = fname[:-2] if fname.endswith("Id") and len(fname) > 2 else fname + "Ref"
            inverse = _unique_name(_safe_field(inverse), rel_names[p.name])
            name = camel(plural(p.name))
            if name in rel_names[target.name]:
                name = camel(plural(p.name) + "By" + inverse[0].upper() + inverse[1:])
            name = _unique_name(_safe_field(name), rel_names[target.name])
            required = any(f["name"] == fname and f.get("required") for f in p.entity["fields"])
            on_delete = fk.on_delete if fk.on_delete in ("cascade", "restrict", "setNull") else "restrict"
            if on_delete == "setNull" and required:
                on_delete = "restrict"
            relationships.append({
                "id": f"rel-{kebab(p.table.name)}-{kebab(col)}", "name": name, "from": target.name, "to": p.name,
                "kind": "oneToMany", "foreignKey": fname, "onDelete": on_delete, "inverseName": inverse,
            })
    m2m: list[tuple[Table, _EntityPlan, _EntityPlan, str, str, str, str]] = []
    for t in joins:
        # the join table's first column names the `from` side (a stable, readable choice)
        order = [c.name.lower() for c in t.columns]
        fa, fb = sorted(t.foreign_keys, key=lambda fk: order.index(fk.columns[0].lower()))
        a, b = plans.get(fa.ref_table.lower()), plans.get(fb.ref_table.lower())
        if a is None or b is None or a.key_field is None and a.uuid_key is None or b.key_field is None and b.uuid_key is None:
            _warn(schema, "I007", "join table whose targets have no single-column key: not imported", t)
            continue
        name = _unique_name(_safe_field(camel(plural(b.name))), rel_names[a.name])
        inverse = _unique_name(_safe_field(camel(plural(a.name))), rel_names[b.name])
        relationships.append({"id": f"rel-{kebab(t.name)}", "name": name, "from": a.name, "to": b.name,
                              "kind": "manyToMany", "inverseName": inverse})
        m2m.append((t, a, b, fa.columns[0], fb.columns[0], name, inverse))
    entities = [p.entity for p in plans.values()]
    model = {
        "$schema": "https://torquec.dev/schemas/torque-model.schema.json",
        "name": app_name, "title": title or app_name.replace("-", " ").title(), "version": "1.0.0",
        "entities": entities, "relationships": relationships, "flows": [],
        "layouts": [_page(p) for p in plans.values()],
    }
    model.pop("$schema")
    return model, {"entities": plans, "m2m": m2m}


def _unique_name(name: str, taken: set[str]) -> str:
    out, n = name, 2
    while out in taken:
        out, n = f"{name}{n}", n + 1
    taken.add(out)
    return out


# Types a natural key may have (passes.keys.KEY_TYPES, as model type names).
_KEY_TYPES = ("string", "integer", "uuid", "email", "url", "enum", "date")


def _natural_key_references(plans: dict[str, _EntityPlan]) -> None:
    """A foreign key to a column that is not a UUID record id (a source primary key such as
    ``'ALFKI'`` or an integer, or another unique column) becomes a reference by that key
    (``targetField``): the records keep the source's values and the database the foreign key."""
    for p in plans.values():
        fields = {f["name"]: f for f in p.entity.get("fields", ())}
        for fk in p.table.foreign_keys:
            if len(fk.columns) != 1 or fk.columns[0] not in p.refs:
                continue
            target = plans.get(fk.ref_table.lower())
            if target is None:
                continue
            ref_col = fk.ref_columns[0] if fk.ref_columns else (target.table.primary_key[0] if len(target.table.primary_key) == 1 else None)
            if ref_col is None or (target.uuid_key and ref_col.lower() == target.uuid_key.lower()):
                continue  # by the record id
            by_lower = {c.lower(): n for c, n in target.columns.items()}
            key = next((f for f in target.entity.get("fields", ()) if f["name"] == by_lower.get(ref_col.lower())), None)
            field = fields.get(p.columns.get(fk.columns[0], ""))
            if key is not None and field is not None and key.get("unique") and key["type"] in _KEY_TYPES:
                field["targetField"] = key["name"]


def _plan_entity(schema: Schema, p: _EntityPlan, plans: dict[str, _EntityPlan]) -> None:
    t = p.table
    fields: list[dict] = []
    taken: set[str] = set()
    single_fk = {fk.columns[0].lower(): fk for fk in t.foreign_keys if len(fk.columns) == 1}
    for fk in t.foreign_keys:
        if len(fk.columns) != 1:
            _warn(schema, "I003", f"composite foreign key ({', '.join(fk.columns)}) → {fk.ref_table}: not expressible; columns kept as plain fields", t, line=fk.line)
    unique_cols = {ix.columns[0].lower() for ix in t.indexes if ix.unique and len(ix.columns) == 1}
    indexed_cols = {ix.columns[0].lower() for ix in t.indexes if len(ix.columns) == 1}
    if not t.primary_key:
        _warn(schema, "I001", "table without a primary key: rows get new ids and cannot be referenced by key", t)
    pk = t.primary_key[0] if len(t.primary_key) == 1 else None
    checks = t.checks
    for col in t.columns:
        low = col.name.lower()
        fk = single_fk.get(low)
        if fk is not None and fk.ref_table.lower() in plans:
            target = plans[fk.ref_table.lower()]
            ref_pk = target.table.primary_key
            if len(ref_pk) != 1 or (fk.ref_columns and fk.ref_columns[0].lower() != ref_pk[0].lower()):
                if not (fk.ref_columns and fk.ref_columns[0].lower() in {ix.columns[0].lower() for ix in target.table.indexes if ix.unique and len(ix.columns) == 1}):
                    _warn(schema, "I003", f"foreign key to {fk.ref_table}({', '.join(fk.ref_columns)}) that is not a single-column key: kept as a plain field", t, col.name, fk.line)
                    fk = None
                else:
                    _warn(schema, "I011", f"foreign key to the unique column {fk.ref_table}.{fk.ref_columns[0]} (not its primary key): linked through that column's values", t, col.name, fk.line)
        elif fk is not None:
            _warn(schema, "I003", f"foreign key to unknown table {fk.ref_table}: kept as a plain field", t, col.name, fk.line)
            fk = None
        fname = _unique_name(_safe_field(camel(col.name)), taken)
        fid = f"fld-{kebab(t.name)}-{kebab(col.name)}"
        if fk is not None:
            field = {"id": fid, "name": fname, "type": "reference", "target": plans[fk.ref_table.lower()].name}
            if not col.nullable:
                field["required"] = True
            p.refs[col.name] = fk.ref_table
            if low in indexed_cols and low not in unique_cols:
                field["indexed"] = True
            if low in unique_cols:
                field["unique"] = True
            fields.append(field)
            p.columns[col.name] = fname
            continue
        keys, note = map_type(col, schema.enums)
        if keys is None:
            _warn(schema, "I005", note or "not expressible", t, col.name)
            taken.discard(fname)
            continue
        if note:
            _warn(schema, "I012", note, t, col.name)
        if col.name == pk and keys["type"] == "uuid":
            p.uuid_key = col.name  # the record id itself
            p.columns[col.name] = "id"
            taken.discard(fname)
            continue
        for check, _line in checks:
            vals = _enum_from_check(check, col.name)
            if vals and keys["type"] in ("string", "text"):
                keys = {"type": "enum", "values": list(dict.fromkeys(vals))}
            bounds = _range_from_check(check, col.name) if keys["type"] == "integer" else None
            if bounds:
                keys = {**keys, "validation": {**keys.get("validation", {}), **bounds}}
        field = {"id": fid, "name": fname, **keys}
        is_key = col.name == pk
        if (not col.nullable and not (is_key and col.autoincrement)) or (is_key and not col.autoincrement):
            field["required"] = True
        if is_key or low in unique_cols:
            field["unique"] = True
        elif low in indexed_cols:
            field["indexed"] = True
        dflt, ok = _default(col.default, field)
        if is_key and col.autoincrement and keys["type"] == "integer":
            field["sequence"] = True  # the database numbers new records; imported rows keep their numbers
            field.pop("required", None)
        elif is_key and col.autoincrement:
            _warn(schema, "I014", "the database numbers this key itself (a sequence): kept as an optional unique field; new records need a value or stay without one", t, col.name)
        elif not ok:
            _warn(schema, "I013", f"default `{col.default}` is not a constant: not imported", t, col.name)
        elif dflt is not None:
            field["default"] = dflt
        if is_key:
            p.key_field, p.key_column = fname, col.name
            fields.insert(0, field)
        else:
            fields.append(field)
        p.columns[col.name] = fname
    if not fields:
        fields.append({"id": f"fld-{kebab(t.name)}-note", "name": "note", "type": "string"})
    indexes = _composite_indexes(schema, t, p, fields)
    display = next((f["name"] for f in fields if f["type"] in ("string", "text") and f["name"] != p.key_field and f.get("required")), None) \
        or next((f["name"] for f in fields if f["type"] in ("string", "text")), None)
    ui: dict = {"label": " ".join(words(p.name)).capitalize(), "pluralLabel": " ".join(words(plural(p.name))).capitalize()}
    if display:
        ui["displayField"] = display
    p.entity = {"id": f"ent-{kebab(t.name)}", "name": p.name, "description": f"Imported from table `{t.name}`.", "ui": ui, "fields": fields}
    if indexes:
        p.entity["indexes"] = indexes


def _composite_indexes(schema: Schema, t, p: _EntityPlan, fields: list[dict]) -> list[dict]:
    """``entity.indexes`` from a composite primary key, unique constraints and indexes, in
    source order, each once; one naming a column that was left out (or a json one) is a warning."""
    kinds = {f["name"]: f["type"] for f in fields}
    wanted = [(list(t.primary_key), True, "primary key", None)] if len(t.primary_key) > 1 else []
    wanted += [(ix.columns, ix.unique, "unique constraint" if ix.unique else "index", ix.line) for ix in t.indexes if len(ix.columns) > 1]
    out: list[dict] = []
    seen: set[tuple] = set()
    for columns, unique, what, line in wanted:
        names = [p.columns.get(c) for c in columns]
        bad = [c for c, n in zip(columns, names) if n is None or n == "id" or kinds.get(n) in ("json", "array", "bytes")]
        if bad:
            code = "I002" if what == "primary key" else "I004"
            _warn(schema, code, f"composite {what} ({', '.join(columns)}) not expressible: {', '.join(bad)} is not an indexable field", t, line=line)
            continue
        key = (tuple(names), unique)
        if key not in seen and len(set(names)) == len(names):
            seen.add(key)
            out.append({"fields": names, "unique": True} if unique else {"fields": names})
    return out


def _page(p: _EntityPlan) -> dict:
    cols = [f["name"] for f in p.entity["fields"] if f["type"] not in ("text", "json")][:8]
    e = p.name
    lower = e[0].lower() + e[1:]
    return {
        "id": f"page-{kebab(p.table.name)}", "name": camel(plural(e)) + "Page", "route": "/" + kebab(plural(e)),
        "title": p.entity["ui"]["pluralLabel"],
        "components": [
            {"id": "heading", "type": "Text", "text": p.entity["ui"]["pluralLabel"], "variant": "h1", "position": {"row": 1, "col": 1, "span": 9}},
            {"id": "newButton", "type": "TorqueButton", "label": f"New {p.entity['ui']['label'].lower()}",
             "action": {"type": "openModal", "modal": "createModal"}, "position": {"row": 1, "col": 10, "span": 3}},
            {"id": f"{lower}Grid", "type": "DataGrid", "entity": e, "columns": cols,
             "rowActions": [{"type": "edit", "entity": e, "modal": "editModal"}, {"type": "delete", "entity": e}],
             "position": {"row": 2, "col": 1, "span": 12}},
            {"id": "createModal", "type": "Modal", "title": f"New {p.entity['ui']['label'].lower()}",
             "children": [{"id": "createForm", "type": "TorqueForm", "entity": e, "mode": "create"}]},
            {"id": "editModal", "type": "Modal", "title": f"Edit {p.entity['ui']['label'].lower()}",
             "children": [{"id": "editForm", "type": "TorqueForm", "entity": e, "mode": "edit"}]},
        ],
    }
