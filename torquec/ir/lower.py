"""Phase 3 — lower the schema-valid model dict to the IR.

The JSON Schema already guaranteed shapes and types, so this is a direct
translation: defaults are filled in, names derived, pointers recorded. Meaning
(references, uniqueness, graph structure) is checked by the passes afterwards.
"""

from __future__ import annotations

import marshal

from torquec.runtime.binary import DEFAULT_MAX_BYTES
from torquec.ir.nodes import (
    Action,
    ArrayItems,
    Auth,
    Component,
    Distribution,
    Entity,
    EntityFilter,
    EntityIndex,
    EntityUi,
    Field,
    FieldType,
    FieldUi,
    Flow,
    FlowEdge,
    FlowNode,
    Layout,
    Model,
    OnDelete,
    Permission,
    Position,
    RelationKind,
    Relationship,
    Role,
    SampleRecord,
    Trigger,
    Validation,
    effective_widget,
    humanize,
)
from torquec.load.sourcemap import escape_pointer_token

DEFAULT_PARTITIONS = 8


def _plural(label: str) -> str:
    """English plural of a label's last word: Category → Categories, Address → Addresses."""
    lower = label.lower()
    if lower.endswith("y") and len(label) > 1 and lower[-2] not in "aeiou":
        return label[:-1] + "ies"
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return label + "es"
    return label + "s"


def _field_label(name: str, ftype: str) -> str:
    """Default label; a reference `customerId` reads as "Customer", not "Customer id"."""
    if ftype == "reference" and name.endswith("Id") and len(name) > 2:
        name = name[:-2]
    return humanize(name)


# The memo's entry holding the latest build's lowered entities (watch keeps one memo per session).
_LOWERED = ("torquec.lowered",)


def lower_model(data: dict, source_path: str = "", skip: frozenset[str] = frozenset(), memo: dict | None = None) -> Model:
    """``skip``: pointers of elements the schema reported invalid; they are left
    out so the passes can still check the rest (``torquec.validate.keep_going``).
    ``memo`` (watch): an entity whose JSON, place and skipped parts are as in the
    previous build is that build's Entity node again — IR nodes are frozen, passes
    replace rather than change them — so a one-field edit lowers one entity."""
    kept = _kept(data.get("entities", []), "/entities", skip)
    if memo is None:
        entities = tuple(_entity(e, p, skip) for p, e in kept)
    else:
        entities = _lower_entities_memo(kept, skip, memo)
    return Model(
        name=data["name"],
        title=data.get("title") or data["name"],
        version=data.get("version", "0.1.0"),
        description=data.get("description", ""),
        partitions=data.get("database", {}).get("partitions", DEFAULT_PARTITIONS),
        allowed_hosts=tuple(data.get("http", {}).get("allowedHosts", [])),
        entities=entities,
        relationships=tuple(_relationship(r, p) for p, r in _kept(data.get("relationships", []), "/relationships", skip)),
        flows=tuple(_flow(f, p) for p, f in _kept(data.get("flows", []), "/flows", skip)),
        layouts=tuple(_layout(lay, p, skip) for p, lay in _kept(data.get("layouts", []), "/layouts", skip)),
        sample_data=tuple(_samples(data.get("sampleData", {}), skip)),
        auth=_auth(data["auth"], skip) if "auth" in data else None,
        source_path=source_path,
    )


def _lower_entities_memo(kept, skip: frozenset[str], memo: dict) -> tuple[Entity, ...]:
    prev = memo.get(_LOWERED)
    prev = prev if isinstance(prev, dict) else {}
    cur: dict = {}
    out = []
    for p, e in kept:
        inner = p + "/"
        # marshal tells apart every JSON value the output can show (1, 1.0, True; key order).
        key = (p, marshal.dumps(e), tuple(sorted(s for s in skip if s.startswith(inner))))
        entity = prev.get(key)
        if entity is None:
            entity = _entity(e, p, skip)
        cur[key] = entity
        out.append(entity)
    memo[_LOWERED] = cur  # only the latest build's: the memo does not grow with edits
    return tuple(out)


def _kept(items: list, ptr: str, skip: frozenset[str]):
    """(pointer, item) of the items of a list that are not skipped."""
    for i, item in enumerate(items):
        p = f"{ptr}/{i}"
        if p not in skip:
            yield p, item


# --------------------------------------------------------------------------- entities


def _entity(e: dict, ptr: str, skip: frozenset[str]) -> Entity:
    ui = e.get("ui", {})
    sort = ui.get("defaultSort") or {}
    name = e["name"]
    label = ui.get("label") or humanize(name)
    return Entity(
        id=e["id"],
        name=name,
        pointer=ptr,
        description=e.get("description", ""),
        fields=tuple(_field(f, p) for p, f in _kept(e.get("fields", []), f"{ptr}/fields", skip)),
        indexes=tuple(
            EntityIndex(fields=tuple(ix.get("fields", ())), pointer=p, unique=bool(ix.get("unique", False)), name=ix.get("name"))
            for p, ix in _kept(e.get("indexes", []), f"{ptr}/indexes", skip)
        ),
        distribution=_distribution(e.get("distribution"), f"{ptr}/distribution"),
        ui=EntityUi(
            label=label,
            plural_label=ui.get("pluralLabel") or _plural(label),
            icon=ui.get("icon"),
            display_field=ui.get("displayField"),
            display_template=ui.get("displayTemplate"),
            search_fields=tuple(ui.get("searchFields", ())),
            default_sort_field=sort.get("field"),
            default_sort_dir=sort.get("dir", "asc"),
        ),
    )


def _distribution(d: dict | None, ptr: str) -> Distribution | None:
    if not isinstance(d, dict):
        return None
    return Distribution(pointer=ptr, column=d.get("column"), colocate_with=d.get("colocateWith"), reference=bool(d.get("reference")))


def _field(f: dict, ptr: str) -> Field:
    v = f.get("validation", {})
    ui = f.get("ui", {})
    vis = ui.get("visibility", {})
    items = f.get("items")
    ftype = FieldType(f["type"])
    return Field(
        id=f["id"],
        name=f["name"],
        type=ftype,
        pointer=ptr,
        description=f.get("description", ""),
        required=bool(f.get("required", False)),
        unique=bool(f.get("unique", False)),
        indexed=bool(f.get("indexed", False)),
        sequence=bool(f.get("sequence", False)),
        has_default="default" in f,
        default=f.get("default"),
        validation=Validation(
            min_length=v.get("minLength"),
            max_length=v.get("maxLength"),
            pattern=v.get("pattern"),
            minimum=v.get("min"),
            maximum=v.get("max"),
            pointer=f"{ptr}/validation",
        ),
        values=tuple(f.get("values", ())),
        target=f.get("target"),
        target_field=f.get("targetField"),
        items=ArrayItems(type=FieldType(items["type"]), values=tuple(items.get("values", ()))) if items else None,
        precision=f.get("precision", 18),
        scale=f.get("scale", 2),
        max_bytes=f.get("maxBytes", DEFAULT_MAX_BYTES),
        json_schema=f.get("jsonSchema"),
        ui=FieldUi(
            label=ui.get("label") or _field_label(f["name"], f["type"]),
            placeholder=ui.get("placeholder"),
            help=ui.get("help"),
            widget=ui.get("widget"),
            in_list=vis.get("list", ftype not in (FieldType.TEXT, FieldType.JSON)),
            in_form=vis.get("form", True) and not f.get("sequence", False),  # the database numbers it
            in_detail=vis.get("detail", True),
            value_labels=tuple((k, v) for k, v in (ui.get("valueLabels") or {}).items()),
        ),
        widget=effective_widget(ftype, ui.get("widget")),
    )


def _relationship(r: dict, ptr: str) -> Relationship:
    return Relationship(
        id=r["id"],
        name=r["name"],
        from_entity=r["from"],
        to_entity=r["to"],
        kind=RelationKind(r["kind"]),
        inverse_name=r["inverseName"],
        pointer=ptr,
        on_delete=OnDelete(r.get("onDelete", "restrict")),
        description=r.get("description", ""),
        foreign_key_declared=r.get("foreignKey"),
    )


# --------------------------------------------------------------------------- flows


def _flow(f: dict, ptr: str) -> Flow:
    t = f.get("trigger", {"type": "manual"})
    trigger = Trigger(
        type=t["type"],
        pointer=f"{ptr}/trigger",
        entity=t.get("entity"),
        event=t.get("event"),
        phase=t.get("phase"),
        path=t.get("path"),
        method=t.get("method", "POST"),
        interval_seconds=t.get("intervalSeconds"),
        cron=t.get("cron"),
    )
    return Flow(
        id=f["id"],
        name=f["name"],
        pointer=ptr,
        trigger=trigger,
        nodes=tuple(_flow_node(n, f"{ptr}/nodes/{i}") for i, n in enumerate(f.get("nodes", []))),
        edges=tuple(
            FlowEdge(source=e["from"], target=e["to"], pointer=f"{ptr}/edges/{i}", condition=e.get("condition"), id=e.get("id"))
            for i, e in enumerate(f.get("edges", []))
        ),
        description=f.get("description", ""),
        inputs=f.get("inputs"),
        timeout_ms=f.get("timeoutMs", 1000),
        label=humanize(f["name"]),
        run_as=f.get("runAs", "caller"),
    )


def _flow_node(n: dict, ptr: str) -> FlowNode:
    return FlowNode(
        id=n["id"],
        type=n["type"],
        pointer=ptr,
        name=n.get("name", ""),
        description=n.get("description", ""),
        code=n.get("code"),
        expression=n.get("expression"),
        output=n.get("output"),
        message=n.get("message"),
        error_code=n.get("errorCode"),
        entity=n.get("entity"),
        operation=n.get("operation"),
        data=n.get("data"),
        record_id=n.get("recordId"),
        filters=tuple(
            EntityFilter(field=fl["field"], op=fl.get("op", "eq"), value=fl["value"], pointer=f"{ptr}/filters/{i}")
            for i, fl in enumerate(n.get("filters", []))
        ),
        limit=n.get("limit"),
        method=n.get("method"),
        url=n.get("url"),
        headers=tuple(sorted(n.get("headers", {}).items())),
        body=n.get("body"),
        timeout_ms=n.get("timeoutMs"),
        retries=n.get("retries", 0),
    )


# --------------------------------------------------------------------------- layouts


def _action(a: dict | None, ptr: str) -> Action | None:
    if a is None:
        return None
    return Action(type=a["type"], pointer=ptr, modal=a.get("modal"), page=a.get("page"), entity=a.get("entity"), flow=a.get("flow"))


def _components(items: list, ptr: str, skip: frozenset[str]) -> tuple[Component, ...]:
    """Siblings in order; one without a `position` takes a full-width row of its
    own below the rows used so far (docs/model-format.md)."""
    out = []
    last_row = 0
    for p, c in _kept(items, ptr, skip):
        comp = _component(c, p, skip, default_row=last_row + 1)
        last_row = max(last_row, comp.position.row)
        out.append(comp)
    return tuple(out)


def _component(c: dict, ptr: str, skip: frozenset[str], default_row: int = 1) -> Component:
    pos = c.get("position")
    position = Position(row=pos["row"], col=pos["col"], span=pos["span"]) if pos else Position(row=default_row, col=1, span=12)
    return Component(
        id=c["id"],
        type=c["type"],
        pointer=ptr,
        position=position,
        children=_components(c.get("children", []), f"{ptr}/children", skip),
        entity=c.get("entity"),
        columns=tuple(c["columns"]) if "columns" in c else None,
        fields=tuple(c["fields"]) if "fields" in c else None,
        mode=c.get("mode"),
        page_size=c.get("pageSize"),
        sortable=c.get("sortable", True),
        filterable=c.get("filterable", True),
        searchable=c.get("searchable", True),
        row_actions=tuple(_action(a, f"{ptr}/rowActions/{i}") for i, a in enumerate(c.get("rowActions", []))),
        title=c.get("title"),
        submit_label=c.get("submitLabel"),
        on_success=_action(c.get("onSuccess"), f"{ptr}/onSuccess"),
        label=c.get("label"),
        variant=c.get("variant"),
        action=_action(c.get("action"), f"{ptr}/action"),
        text=c.get("text"),
        direction=c.get("direction"),
    )


def _layout(lay: dict, ptr: str, skip: frozenset[str]) -> Layout:
    return Layout(
        id=lay["id"],
        name=lay["name"],
        route=lay["route"],
        title=lay.get("title") or humanize(lay["name"]),
        pointer=ptr,
        components=_components(lay.get("components", []), f"{ptr}/components", skip),
        description=lay.get("description", ""),
    )


# --------------------------------------------------------------------------- auth, data


def _auth(a: dict, skip: frozenset[str]) -> Auth:
    roles = []
    for rptr, r in _kept(a.get("roles", []), "/auth/roles", skip):
        perms = tuple(
            Permission(entity=ent, operations=tuple(ops), pointer=f"{rptr}/permissions/{escape_pointer_token(ent)}")
            for ent, ops in r.get("permissions", {}).items()
        )
        read_only = tuple((ent, tuple(names)) for ent, names in r.get("readOnlyFields", {}).items())
        roles.append(Role(name=r["name"], pointer=rptr, permissions=perms, flows=tuple(r.get("flows", ())), description=r.get("description", ""),
                          read_only_fields=read_only))
    return Auth(roles=tuple(roles), pointer="/auth")


def _samples(sample: dict, skip: frozenset[str]):
    for entity, records in sample.items():
        eptr = f"/sampleData/{escape_pointer_token(entity)}"
        if eptr in skip:
            continue
        for p, rec in _kept(records, eptr, skip):
            yield SampleRecord(entity=entity, values=rec, pointer=p)
