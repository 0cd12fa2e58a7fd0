"""The model facts the server runtime needs, as plain JSON-able data.

``build_metadata(model)`` is written to ``server/<package>/metadata.py`` as
``METADATA``; :class:`torquec.runtime.spec.AppSpec` reads it back. Everything
is resolved here, at compile time: field rules with their effective limits,
both navigation directions of every relationship (how to reach the other
side: a foreign key here, there, or a join table), what a delete must do to
the rows that reference a record, page layouts with every component's
default filled in (page forms included), roles with ``*`` expanded, the flows,
and the sample data (records without an ``id`` get a stable UUIDv5).
"""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

from torquec.contract import METADATA_FORMAT
from torquec.runtime.forms import entity_form
from torquec.ir.nodes import (
    SORTABLE,
    Action,
    Component,
    Entity,
    Field,
    FieldType,
    Layout,
    Model,
    OnDelete,
    RelationKind,
    Relationship,
    navigation_key,
    relationship_key,
    snake_case,
)

from .memo import ModelIndex, column
from .schemas import api_default

if TYPE_CHECKING:
    from torquec.backends.base import EmitContext
    from torquec.ir.nodes import Flow

SAMPLE_NAMESPACE = uuid.UUID("6f1d6c1e-6b1a-4c55-9a43-3f1c2b7d9e10")

ORDERABLE = SORTABLE  # types a list may be sorted by (torquec.contract)


# --------------------------------------------------------------------------- relationships


def relationships(model: Model) -> list[Relationship]:
    """The model's relationships, resolved by passes.relationships (holder, foreign key, join table)."""
    return list(model.relationships)


def _navigations(model: Model, rels: list[Relationship], e: Entity) -> list[dict[str, Any]]:
    """``e.navigations`` (passes.resolve) with what the runtime needs to follow each."""
    by_key = {relationship_key(r): r for r in rels}
    out = []
    for n in e.navigations:
        r = by_key[navigation_key(e.name, n)]
        direction = "forward" if n.forward else "inverse"
        nav: dict[str, Any] = {
            "name": n.name,
            "entity": n.entity,
            "relationship": r.name,
            "kind": r.kind.value,
            "direction": direction,
            "onDelete": r.on_delete.value,
            "description": r.description,
        }
        cardinality = "many" if n.many else "one"
        if n.via == "join":
            nav.update(cardinality=cardinality, via="join", joinTable=r.join_table,
                       selfColumn="from_id" if n.forward else "to_id",
                       otherColumn="to_id" if n.forward else "from_id")
        else:
            # The foreign key's column is the snake_case of its name (Field.column), declared or not.
            nav["foreignKey"] = r.foreign_key
            nav["column"] = snake_case(r.foreign_key or "")
            holder = model.entity(r.holder) if r.holder else None
            fk = holder.field(r.foreign_key) if holder and r.foreign_key else None
            if fk is not None and fk.key_type:  # by natural key: the referenced entity's field that holds it
                nav["key"] = fk.target_field
            nav.update(cardinality=cardinality, via=n.via)
        out.append(nav)
    return out


def _referenced_by(model: Model, rels: list[Relationship], e: Entity) -> list[dict[str, Any]]:
    """What deleting an ``e`` record does to rows that point at it."""
    named: dict[tuple[str, str], OnDelete] = {}
    for r in rels:
        if r.holder and r.foreign_key:
            named[(r.holder, r.foreign_key)] = r.on_delete
    out: list[dict[str, Any]] = []
    for other in model.entities:
        for f in other.fields:
            if f.type is FieldType.REFERENCE and f.target == e.name:
                od = named.get((other.name, f.name), OnDelete.RESTRICT)
                out.append({"entity": other.name, "field": f.name, "column": f.column, "onDelete": od.value,
                            **({"key": f.target_field} if f.key_type else {})})
    for r in rels:
        if r.kind is RelationKind.MANY_TO_MANY and r.join_table:
            if r.from_entity == e.name:
                out.append({"joinTable": r.join_table, "column": "from_id", "relationship": r.name})
            if r.to_entity == e.name:
                out.append({"joinTable": r.join_table, "column": "to_id", "relationship": r.name})
    return out


# --------------------------------------------------------------------------- fields, entities


def field_meta(f: Field) -> dict[str, Any]:
    validation = f.rules()
    out: dict[str, Any] = {
        "name": f.name,
        "column": column(f.name),
        "type": f.type.value,
        "label": f.ui.label,
        "description": f.description,
        "required": f.required,
        "unique": f.unique,
        "indexed": f.indexed,
        **({"sequence": True} if f.sequence else {}),
        "hasDefault": f.has_default,
        "default": api_default(f) if f.has_default else None,
        "validation": validation,
        "ui": {
            "widget": f.widget,
            "placeholder": f.ui.placeholder,
            "help": f.ui.help,
            "visibility": {"list": f.ui.in_list, "form": f.ui.in_form, "detail": f.ui.in_detail},
            **({"valueLabels": dict(f.ui.value_labels)} if f.ui.value_labels else {}),
        },
        "sortable": f.type in ORDERABLE,
    }
    if f.type is FieldType.ENUM:
        out["values"] = list(f.values)
    if f.type is FieldType.REFERENCE:
        out["target"] = f.target
        if f.key_type:  # holds the target's natural key (a value of that type), not its id
            out["targetField"] = f.target_field
            out["keyType"] = f.key_type.value
    if f.type is FieldType.ARRAY and f.items is not None:
        out["items"] = {"type": f.items.type.value, **({"values": list(f.items.values)} if f.items.values else {})}
    if f.type is FieldType.DECIMAL:
        out["precision"] = f.precision
        out["scale"] = f.scale
    if f.json_schema is not None:  # compiled once at app start (runtime.json_schemas)
        out["jsonSchema"] = f.json_schema
    return out


def _default_sort(e: Entity) -> dict[str, Any] | None:
    if e.default_sort is None:
        return None
    return {"field": e.default_sort[0], "dir": e.default_sort[1]}


def _with_computed(m: dict[str, Any], e: Entity) -> dict[str, Any]:
    """``computedBy``: the before-flows that work the field out (passes.computed_fields), only where there are some."""
    for name, flows in e.computed_fields:
        if name == m["name"]:
            m["computedBy"] = list(flows)
    return m


def entity_meta(model: Model, rels: list[Relationship], e: Entity, index: ModelIndex | None = None) -> dict[str, Any]:
    """Metadata of one entity. With ``index`` (built on the same model and ``rels``), ``referencedBy`` comes from it."""
    out = {
        "name": e.name,
        "table": e.table,
        "label": e.ui.label,
        "pluralLabel": e.ui.plural_label,
        "icon": e.ui.icon,
        "description": e.description,
        "displayField": e.display_field,
        "searchFields": list(e.search_fields),
        "defaultSort": _default_sort(e),
        "fields": [_with_computed(field_meta(f), e) for f in e.fields],
        "relations": _navigations(model, rels, e),
        "referencedBy": index.referenced_by(e.name) if index is not None else _referenced_by(model, rels, e),
    }
    if e.display_template:  # only where a record is named by a template: other apps' metadata is unchanged
        out["displayTemplate"] = list(e.display_template)
    together = [list(ix.fields) for ix in e.indexes if ix.unique and len(ix.fields) > 1]
    if together:  # composite unique constraints (data import checks them row by row)
        out["uniqueTogether"] = together
    return out


# --------------------------------------------------------------------------- forms, layouts


def form_meta(model: Model, e: Entity, mode: str, names: tuple[str, ...] | None = None) -> dict[str, Any]:
    """The ``mode`` form of ``e`` (its fields shown in forms, or ``names``): made by the runtime's
    :func:`~torquec.runtime.forms.entity_form`, which running apps use for getFormDefinition."""
    fields = ([_with_computed(field_meta(f), e) for f in e.fields] if names is None
              else [_with_computed(field_meta(f), e) for n in names if (f := e.field(n)) is not None])
    entity = {"name": e.name, "label": e.ui.label, "fields": fields}

    def display_field_of(target: str) -> str | None:
        t = model.entity(target)
        return t.display_field if t is not None else None

    return entity_form(entity, mode, display_field_of, names)


def _action(a: Action | None) -> dict[str, Any] | None:
    if a is None:
        return None
    out: dict[str, Any] = {"type": a.type}
    for k in ("modal", "page", "entity", "flow"):
        v = getattr(a, k)
        if v is not None:
            out[k] = v
    return out


def _component(model: Model, c: Component) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": c.id,
        "type": c.type,
        "position": {"row": c.position.row, "col": c.position.col, "span": c.position.span},
    }
    e = model.entity(c.entity) if c.entity else None
    if c.type == "DataGrid" and e is not None:
        names = c.columns if c.columns is not None else tuple(f.name for f in e.fields if f.ui.in_list)
        cols = []
        for n in names:
            f = e.field(n)
            if f is None:
                continue
            col: dict[str, Any] = {"field": f.name, "label": f.ui.label, "type": f.type.value, "sortable": c.sortable and f.type in ORDERABLE}
            if f.type is FieldType.ENUM:
                col["values"] = list(f.values)
            if f.type is FieldType.REFERENCE:
                col["reference"] = f.target
            cols.append(col)
        search = list(e.search_fields)
        out.update(
            entity=e.name,
            title=c.title or e.ui.plural_label,
            columns=cols,
            pageSize=c.page_size or 20,
            sortable=c.sortable,
            filterable=c.filterable,
            searchable=c.searchable and bool(search),
            searchFields=search,
            defaultSort=_default_sort(e),
            displayField=e.display_field,
            rowActions=[_action(a) for a in c.row_actions],
        )
    elif c.type == "TorqueForm" and e is not None:
        mode = c.mode or "create"
        form = form_meta(model, e, mode, c.fields)
        out.update(
            entity=e.name,
            mode=mode,
            fields=form["fields"],
            submitLabel=c.submit_label or ("Create" if mode == "create" else "Save"),
            onSuccess=_action(c.on_success),
        )
    elif c.type == "TorqueButton":
        out.update(label=c.label or "", variant=c.variant or "filled", action=_action(c.action))
    elif c.type == "Text":
        out.update(text=c.text or "", variant=c.variant or "body")
    elif c.type == "Container":
        out.update(direction=c.direction or "column")
    elif c.type == "Modal":
        out.update(title=c.title or "")
    if c.type in ("Container", "Modal"):
        out["children"] = [_component(model, ch) for ch in c.children]
    return out


def layout_meta(model: Model, lay: Layout) -> dict[str, Any]:
    entities = sorted({c.entity for c in lay.walk() if c.entity})
    flows = sorted({a.flow for c in lay.walk() for a in (c.action, c.on_success, *c.row_actions) if a is not None and a.flow})
    return {
        "name": lay.name,
        "route": lay.route,
        "title": lay.title,
        "description": lay.description,
        "entities": entities,
        "flows": flows,
        "components": [_component(model, c) for c in lay.components],
    }


# --------------------------------------------------------------------------- auth, flows, samples


def roles_meta(model: Model) -> dict[str, Any] | None:
    if model.auth is None:
        return None
    out: dict[str, Any] = {}
    for role in model.auth.roles:
        out[role.name] = {
            "description": role.description,
            "entities": {name: list(ops) for name, ops in role.grants},
            "flows": list(role.runnable_flows),
        }
        if role.read_only_fields:  # only where a role has some: other apps' metadata is unchanged
            out[role.name]["readOnlyFields"] = {ent: list(names) for ent, names in role.read_only_fields}
    return out


def flow_meta(f: Flow) -> dict[str, Any]:
    t = f.trigger
    trig: dict[str, Any] = {"type": t.type}
    for k, v in (("entity", t.entity), ("event", t.event), ("phase", t.phase), ("path", t.path),
                 ("intervalSeconds", t.interval_seconds), ("cron", t.cron)):
        if v is not None:
            trig[k] = v
    if t.type == "webhook":
        trig["method"] = t.method
    return {"name": f.name, "description": f.description, "trigger": trig, "inputs": f.inputs, "timeoutMs": f.timeout_ms}


def flows_meta(model: Model) -> list[dict[str, Any]]:
    return [flow_meta(f) for f in model.flows]


def sample_meta(model: Model) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    counters: dict[str, int] = {}
    for rec in model.sample_data:
        i = counters.get(rec.entity, 0)
        counters[rec.entity] = i + 1
        values = dict(rec.values)
        if "id" not in values:
            values = {"id": str(uuid.uuid5(SAMPLE_NAMESPACE, f"{model.name}/{rec.entity}/{i}")), **values}
        out.setdefault(rec.entity, []).append(values)
    return out


def relationship_meta(r: Relationship) -> dict[str, Any]:
    return {
        "name": r.name,
        "from": r.from_entity,
        "to": r.to_entity,
        "kind": r.kind.value,
        "inverseName": r.inverse_name,
        "onDelete": r.on_delete.value,
        "foreignKey": r.foreign_key,
        "holder": r.holder,
        "joinTable": r.join_table,
        "description": r.description,
    }


def _assemble(model: Model, entities, relationships, layouts, flows, roles, samples) -> dict[str, Any]:
    return {
        "format": METADATA_FORMAT,
        "name": model.name,
        "package": model.package,
        "title": model.title,
        "version": model.version,
        "description": model.description,
        "auth": model.auth is not None,
        "entities": entities,
        "relationships": relationships,
        "layouts": layouts,
        "flows": flows,
        "roles": roles,
        "sampleData": samples,
    }


def build_metadata(model: Model, index: ModelIndex | None = None) -> dict[str, Any]:
    """METADATA as plain data."""
    index = index or ModelIndex(model)
    rels = index.rels
    return _assemble(
        model,
        [entity_meta(model, rels, e, index) for e in model.entities],
        [relationship_meta(r) for r in rels],
        [layout_meta(model, lay) for lay in model.layouts],
        flows_meta(model),
        roles_meta(model),
        sample_meta(model),
    )


class _Json(str):
    """JSON text of one memo unit's value, placed in metadata.json as is."""

    __slots__ = ()


# Compact, by the C encoder; NaN/Infinity are refused (ValueError), as in JSON.
_compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


def _document_text(meta: dict[str, Any]) -> str:
    """metadata.json's layout: one top-level key per line, one entity / form / relationship / page / flow per line."""
    lines = []
    for k, v in meta.items():
        if isinstance(v, list) and v:
            body = "[\n" + ",\n".join(v) + "\n]"
        elif isinstance(v, dict) and v and all(type(c) is _Json for c in v.values()):
            body = "{\n" + ",\n".join(f"{_compact(name)}:{c}" for name, c in v.items()) + "\n}"
        else:
            body = v if type(v) is _Json else _compact(v)
        lines.append(f"{_compact(k)}:{body}")
    return "{\n" + ",\n".join(lines) + "\n}"


def metadata_json(model: Model, index: ModelIndex | None = None, ctx: EmitContext | None = None) -> str:
    """``build_metadata(model)`` as JSON text, from per-unit chunks (memo units of ``ctx``).

    Units: an entity's metadata, a relationship, a page, a
    flow, the roles, the sample data; each reads exactly the IR listed (see
    :class:`ModelIndex`) and is one compact line of the document (readable
    diffs: a one-field edit changes the lines of what reads that field).
    Compact JSON by the C encoder is ~10× faster than laying out every value
    and half the size (issue 17: cold builds, output per entity).
    """
    index = index or ModelIndex(model)
    rels = index.rels

    def unit(namespace: str, reads: tuple, make) -> _Json:
        return _Json(_compact(make())) if ctx is None else ctx.unit(namespace, reads, lambda: _Json(_compact(make())))

    roles_reads = (model.auth, tuple(e.name for e in model.entities), tuple(f.name for f in model.flows))
    meta = _assemble(
        model,
        [unit("server.meta.entity", index.entity_meta_reads(e), lambda e=e: entity_meta(model, rels, e, index)) for e in model.entities],
        [unit("server.meta.relationship", (r,), lambda r=r: relationship_meta(r)) for r in rels],
        [unit("server.meta.layout", index.layout_reads(lay), lambda lay=lay: layout_meta(model, lay)) for lay in model.layouts],
        [unit("server.meta.flow", (f,), lambda f=f: flow_meta(f)) for f in model.flows],
        unit("server.meta.roles", roles_reads, lambda: roles_meta(model)),
        unit("server.meta.samples", (model.name, model.sample_data), lambda: sample_meta(model)),
    )
    return _document_text(meta)
