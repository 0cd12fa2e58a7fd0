"""The app as the runtime sees it: typed, indexed views over the generated METADATA.

Built once at start-up (``AppSpec.build``); everything request handling needs
is a dict lookup away. Identifiers used in SQL (tables, columns) come only
from here — the allowlist of the query compiler.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from torquec.contract import SEARCHABLE_TYPES, SORTABLE_TYPES, SYSTEM_FIELDS, check_metadata_format

from . import values as V
from .json_schemas import compile_schema

SYSTEM_FIELD_NAMES = SYSTEM_FIELDS
ORDERABLE = SORTABLE_TYPES


def q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass(slots=True)
class FieldSpec:
    name: str
    column: str
    type: str
    required: bool = False
    unique: bool = False
    system: bool = False
    label: str = ""
    values: tuple[str, ...] = ()
    target: str | None = None
    key: str | None = None  # reference by natural key: the target's field whose value it holds
    item_type: str | None = None
    precision: int = 18
    scale: int = 2
    meta: dict = field(default_factory=dict)
    qcol: str = ""  # quoted column
    normalize: Any = None  # validated → API
    json_validator: Any = None  # json with a jsonSchema: its compiled validator (json_schemas.compile_schema)
    to_db: dict = field(default_factory=dict)  # dialect → conv
    from_db: dict = field(default_factory=dict)

    @property
    def orderable(self) -> bool:
        return self.type in ORDERABLE

    def ops(self) -> frozenset[str]:
        """Filter operators this field accepts."""
        if self.type in ("json", "bytes"):
            return frozenset({"isNull"})
        if self.type == "array":
            return frozenset({"contains", "isNull"})
        base = {"eq", "ne", "in", "isNull"}
        if self.type in ORDERABLE and self.type != "boolean":
            base |= {"lt", "lte", "gt", "gte"}
        if self.type in SEARCHABLE_TYPES:
            base |= {"contains", "startsWith"}
        return frozenset(base)


@dataclass(slots=True)
class Navigation:
    """One navigable side of a relationship, seen from ``owner``."""

    name: str
    owner: str
    entity: str  # the other side
    cardinality: str  # one | many
    via: str  # fk_here | fk_there | join
    kind: str
    direction: str
    relationship: str
    column: str | None = None  # fk column (on owner for fk_here, on entity for fk_there)
    key: str | None = None  # by natural key: the field of the referenced side holding it (else "id")
    foreign_key: str | None = None  # fk field name
    join_table: str | None = None
    self_column: str | None = None
    other_column: str | None = None
    description: str = ""


COPY_AS_TEXT = frozenset({"uuid", "date", "datetime", "decimal"})


@dataclass(slots=True)
class EntitySpec:
    name: str
    table: str
    meta: dict
    fields: tuple[FieldSpec, ...]  # model fields, model order
    all_fields: dict[str, FieldSpec]  # model + system fields, by name
    relations: dict[str, Navigation]
    referenced_by: tuple[dict, ...]
    links: dict[str, Navigation]  # manyToMany navigations settable through data.<name>
    search_fields: tuple[FieldSpec, ...]
    default_sort: tuple[tuple[FieldSpec, bool], ...]  # (field, descending)
    display_field: str | None
    reference_fields: tuple[FieldSpec, ...]
    required_names: frozenset[str]
    sequence_names: tuple[str, ...] = ()  # fields the database numbers (read-only), model order
    unique_together: tuple[tuple[str, ...], ...] = ()  # composite unique constraints (entity.indexes)
    create_model: Any = None
    update_model: Any = None
    record_model: Any = None
    qtable: str = ""
    row_columns: tuple = ()  # column names of a whole row, in select and insert order
    select_list: str = ""  # the same, quoted, for SQL
    queries: dict = field(default_factory=dict)  # set for the active dialect
    from_row_fns: tuple = ()
    to_db_fns: tuple = ()
    field_names: tuple = ()  # model fields, model order
    to_db_at: tuple = ()  # (position, conv) of the fields whose API value is converted to bind it
    copy_at: tuple = ()  # the same for COPY text on PostgreSQL: JSON only, the server reads the rest as text
    #: the Citus layout: the field a row is distributed by (never changed by an update; see runtime.app)
    route_field: str | None = None

    def bind(self, dialect: str, queries: dict) -> None:
        self.queries = queries
        cols = (self.all_fields["id"], *self.fields, self.all_fields["createdAt"], self.all_fields["updatedAt"], self.all_fields["version"])
        self.from_row_fns = tuple((f.name, f.from_db.get(dialect)) for f in cols)
        self.to_db_fns = tuple((f.name, f.to_db.get(dialect)) for f in self.fields)
        self.field_names = tuple(f.name for f in self.fields)
        self.to_db_at = tuple((i, conv) for i, (_, conv) in enumerate(self.to_db_fns) if conv is not None)
        # COPY's text format reads these types from their API text as the server's own input; every
        # other conversion stays (bytes: base64 → bytea, JSON: jsonb, references: by natural key too)
        self.copy_at = self.to_db_at if dialect != "postgres" else tuple(
            (i, conv) for i, (f, (_, conv)) in enumerate(zip(self.fields, self.to_db_fns)) if conv is not None and f.type not in COPY_AS_TEXT)

    def from_row(self, row) -> dict[str, Any]:
        rec = {}
        for (name, conv), v in zip(self.from_row_fns, row):
            rec[name] = conv(v) if (conv is not None and v is not None) else v
        return rec

    def field_params(self, rec: dict[str, Any], at: tuple | None = None) -> list[Any]:
        """The fields' values to bind, model order; ``at=es.copy_at`` for a PostgreSQL COPY."""
        get = rec.get
        out = [get(name) for name in self.field_names]
        for i, conv in self.to_db_at if at is None else at:
            v = out[i]
            if v is not None:
                out[i] = conv(v)
        return out


def _field_spec(m: dict, system: bool = False) -> FieldSpec:
    # A reference by natural key holds a value of the key's type: it is validated, filtered,
    # sorted and stored as that type (``target``/``key`` say what it points to).
    ftype = m.get("keyType") or m["type"]
    item_type = (m.get("items") or {}).get("type")
    fs = FieldSpec(
        name=m["name"], column=m["column"], type=ftype, required=m.get("required", False), unique=m.get("unique", False),
        system=system, label=m.get("label", m["name"]), values=tuple(m.get("values", ())), target=m.get("target"),
        item_type=item_type, precision=m.get("precision", 18), scale=m.get("scale", 2), meta=m, key=m.get("targetField"),
    )
    fs.qcol = q(fs.column)
    fs.normalize = V.api_normalizer(ftype, fs.scale, item_type)
    if m.get("jsonSchema") is not None:  # compiled once, here at start-up (the compiler checked the schema)
        fs.json_validator = compile_schema(m["jsonSchema"])
    for d in ("sqlite", "postgres"):
        fs.to_db[d] = V.to_db(ftype, d, fs.precision, fs.scale) if d == "sqlite" or _has_psycopg() else None
        fs.from_db[d] = V.from_db(ftype, d, fs.precision, fs.scale)
    return fs


_PSYCOPG: bool | None = None


def _has_psycopg() -> bool:
    global _PSYCOPG
    if _PSYCOPG is None:
        try:
            import psycopg  # noqa: F401

            _PSYCOPG = True
        except ImportError:  # pragma: no cover
            _PSYCOPG = False
    return _PSYCOPG


SYSTEM_META = (
    {"name": "id", "column": "id", "type": "uuid", "required": True, "label": "Id"},
    {"name": "createdAt", "column": "created_at", "type": "datetime", "required": True, "label": "Created at"},
    {"name": "updatedAt", "column": "updated_at", "type": "datetime", "required": True, "label": "Updated at"},
    {"name": "version", "column": "version", "type": "integer", "required": True, "label": "Version"},
)


def unique_columns_key(table: str, columns) -> str:
    """The constraint map's key for a composite unique constraint by its columns (SQLite names
    the columns of a violated UNIQUE constraint, not the constraint)."""
    return f"{table}({','.join(columns)})"


@dataclass(slots=True)
class AppSpec:
    meta: dict
    name: str
    title: str
    entities: dict[str, EntitySpec]
    roles: dict[str, dict] | None
    flows: dict[str, dict]
    layouts: dict[str, dict]
    constraints: dict[str, list]
    tables: dict[str, EntitySpec]
    join_queries: dict = field(default_factory=dict)
    #: PostgreSQL: table → its unique side tables as (row trigger, side table, side columns, columns), from constraints.json
    unique_sides: dict[str, list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]] = field(default_factory=dict)
    forms: dict = field(default_factory=dict)  # (entity, mode) -> form definition, made on first use

    @property
    def auth(self) -> bool:
        return self.roles is not None

    def form(self, entity: str, mode: str) -> dict:
        """The create or edit form of ``entity`` (do not change it: it is shared)."""
        form = self.forms.get((entity, mode))
        if form is None:
            from .forms import entity_form

            def display_field_of(target: str) -> str | None:
                t = self.entities.get(target)
                return t.meta.get("displayField") if t is not None else None

            form = self.forms[(entity, mode)] = entity_form(self.entities[entity].meta, mode, display_field_of)
        return form

    @classmethod
    def build(cls, meta: dict, models: dict | None = None) -> "AppSpec":
        check_metadata_format(meta)  # a stale generated app fails here, with a clear message
        entities: dict[str, EntitySpec] = {}
        for em in meta["entities"]:
            fields = tuple(_field_spec(fm) for fm in em["fields"])
            all_fields = {f.name: f for f in fields}
            for sm in SYSTEM_META:
                all_fields[sm["name"]] = _field_spec(sm, system=True)
            rels = {}
            for n in em["relations"]:
                rels[n["name"]] = Navigation(
                    name=n["name"], owner=em["name"], entity=n["entity"], cardinality=n["cardinality"], via=n["via"],
                    kind=n["kind"], direction=n["direction"], relationship=n["relationship"], column=n.get("column"),
                    foreign_key=n.get("foreignKey"), join_table=n.get("joinTable"), self_column=n.get("selfColumn"),
                    other_column=n.get("otherColumn"), description=n.get("description", ""), key=n.get("key"),
                )
            search = tuple(all_fields[n] for n in em.get("searchFields", ()) if n in all_fields)
            ds = em.get("defaultSort")
            if ds and ds.get("field") in all_fields:
                default_sort = ((all_fields[ds["field"]], ds.get("dir") == "desc"),)
            else:
                default_sort = ((all_fields["createdAt"], False),)
            es = EntitySpec(
                name=em["name"], table=em["table"], meta=em, fields=fields, all_fields=all_fields, relations=rels,
                referenced_by=tuple(em.get("referencedBy", ())),
                links={k: v for k, v in rels.items() if v.via == "join"},
                search_fields=search, default_sort=default_sort, display_field=em.get("displayField"),
                reference_fields=tuple(f for f in fields if f.target),
                required_names=frozenset(f.name for f in fields if f.required),
                sequence_names=tuple(f.name for f in fields if f.meta.get("sequence")),
                unique_together=tuple(tuple(c) for c in em.get("uniqueTogether", ())),
            )
            es.qtable = q(es.table)
            es.row_columns = ("id", *(f.column for f in fields), "created_at", "updated_at", "version")
            es.select_list = ", ".join(q(c) for c in es.row_columns)
            if models and em["name"] in models:
                es.create_model, es.update_model, es.record_model = models[em["name"]]
            entities[es.name] = es
        return cls(
            meta=meta, name=meta["name"], title=meta.get("title", meta["name"]), entities=entities,
            roles=meta.get("roles"), flows={f["name"]: f for f in meta.get("flows", ())},
            layouts={lay["name"]: lay for lay in meta.get("layouts", ())},
            constraints={}, tables={e.table: e for e in entities.values()},
        )

    def bind(self, dialect: str, queries: dict) -> None:
        for name, es in self.entities.items():
            es.bind(dialect, queries["entities"][name])
        self.join_queries = queries.get("joins", {})
