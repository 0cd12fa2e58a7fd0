"""IR invariants, checked between passes in tests (mypyc's IR checker in spirit).

``check_model(model, after)`` raises one ``AssertionError`` listing every
problem found when the IR is broken in a way no pass may cause: a bug in lowering or in a pass, never a problem
of the user's model (those are diagnostics). Invariants that only hold once a
pass has succeeded (unique names, resolved relationships) are checked when
``diags`` says no error was reported so far.
"""

from __future__ import annotations

from torquec.ir.nodes import (
    SYSTEM_FIELDS,
    WIDGET_TYPES,
    Component,
    Entity,
    FieldType,
    Flow,
    Layout,
    Model,
    OnDelete,
    RelationKind,
    Relationship,
    snake_case,
)



def _ran(after: str, name: str) -> bool:
    """Whether pass ``name`` has run once pass ``after`` has (unknown names: everything ran)."""
    from torquec.passes import PASSES, pass_name

    order = [pass_name(fn) for fn in PASSES]
    if after not in order:
        return True
    return order.index(after) >= order.index(name)


class _Problems:
    """Collects failed invariants so one check reports all of them."""

    def __init__(self) -> None:
        self.found: list[str] = []

    def __call__(self, cond: bool, msg: str, *args) -> None:
        if not cond:
            self.found.append(msg % args if args else msg)


def check_model(model: Model, after: str = "", diags=None) -> None:
    clean = diags is None or not diags.has_errors
    _check = _Problems()
    if not isinstance(model, Model):
        raise AssertionError(f"IR check failed: not a Model: {type(model).__name__!r}")
    pointers: dict[str, str] = {}

    def node(obj, what: str) -> None:
        p = getattr(obj, "pointer", None)
        _check(isinstance(p, str) and p.startswith("/"), "%s has no pointer (%r)", what, p)
        prior = pointers.get(p)
        _check(prior is None, "%s and %s share the pointer %s", what, prior, p)
        pointers[p] = what

    _check(isinstance(model.name, str) and model.name, "model has no name")
    for e in model.entities:
        _entity(e, node, _check)
    for r in model.relationships:
        _relationship(r, node, _check)
    for fl in model.flows:
        _flow(fl, node, _check)
    for lay in model.layouts:
        _layout(lay, node, _check)
    if model.auth is not None:
        node(model.auth, "auth")
        for role in model.auth.roles:
            node(role, f"role {role.name}")
            for perm in role.permissions:
                node(perm, f"permission {role.name}/{perm.entity}")
    for rec in model.sample_data:
        node(rec, f"sample record {rec.entity}")
        _check(rec.pointer.startswith("/sampleData/"), "sample record pointer %s", rec.pointer)

    if clean and _ran(after, "names"):
        _unique_names(model, _check)
    if clean and _ran(after, "relationships"):
        _resolved_relationships(model, _check)
    if clean and _ran(after, "resolve"):
        _resolved_facts(model, _check)
    if _check.found:
        where = f" after `{after}`" if after else ""
        raise AssertionError(f"IR check failed{where} ({len(_check.found)} problems):\n  " + "\n  ".join(_check.found))


def _entity(e: Entity, node, _check) -> None:
    node(e, f"entity {e.name}")
    _check(bool(e.id) and bool(e.name), "entity without id/name at %s", e.pointer)
    _check(isinstance(e.fields, tuple), "entity %s: fields is not a tuple", e.name)
    for f in e.fields:
        node(f, f"field {e.name}.{f.name}")
        _check(f.pointer.startswith(e.pointer + "/fields/"), "field %s.%s is not under its entity (%s)", e.name, f.name, f.pointer)
        _check(isinstance(f.type, FieldType), "field %s.%s has type %r", e.name, f.name, f.type)
        _check(f.has_default or f.default is None, "field %s.%s has a default value without has_default", e.name, f.name)
        if f.type is FieldType.ARRAY:
            _check(f.items is not None, "array field %s.%s has no items", e.name, f.name)
        if f.type is not FieldType.REFERENCE:
            _check(f.target is None, "non-reference field %s.%s has a target", e.name, f.name)
        if f.type is not FieldType.ENUM:
            _check(not f.values, "non-enum field %s.%s has values", e.name, f.name)


def _relationship(r: Relationship, node, _check) -> None:
    node(r, f"relationship {r.name}")
    _check(isinstance(r.kind, RelationKind), "relationship %s has kind %r", r.name, r.kind)
    _check(isinstance(r.on_delete, OnDelete), "relationship %s has onDelete %r", r.name, r.on_delete)
    _check((r.foreign_key is None) == (r.holder is None), "relationship %s: foreign_key and holder set apart", r.name)
    if r.kind is RelationKind.MANY_TO_MANY:
        _check(r.foreign_key is None, "manyToMany relationship %s has a foreign key", r.name)
    else:
        _check(r.join_table is None, "%s relationship %s has a join table", r.kind.value, r.name)


def _flow(fl: Flow, node, _check) -> None:
    node(fl, f"flow {fl.name}")
    _check(fl.trigger.pointer == fl.pointer + "/trigger", "flow %s: trigger pointer %s", fl.name, fl.trigger.pointer)
    for n in fl.nodes:
        node(n, f"flow node {fl.name}.{n.id}")
        _check(n.pointer.startswith(fl.pointer + "/nodes/"), "node %s.%s is not under its flow", fl.name, n.id)
        for fi in n.filters:
            node(fi, f"filter of {fl.name}.{n.id}")
    for ed in fl.edges:
        node(ed, f"edge {fl.name}:{ed.source}->{ed.target}")
        _check(ed.pointer.startswith(fl.pointer + "/edges/"), "edge of %s is not under its flow", fl.name)


def _layout(lay: Layout, node, _check) -> None:
    node(lay, f"layout {lay.name}")

    def comp(c: Component, parent: str) -> None:
        node(c, f"component {lay.name}.{c.id}")
        _check(c.pointer.startswith(parent), "component %s.%s is not under its parent", lay.name, c.id)
        _check(1 <= c.position.col <= 12 and 1 <= c.position.span <= 12 and c.position.row >= 1,
               "component %s.%s has position %r", lay.name, c.id, c.position)
        for a in (*c.row_actions, c.on_success, c.action):
            if a is not None:
                node(a, f"action of {lay.name}.{c.id}")
                _check(a.pointer.startswith(c.pointer + "/"), "action of %s.%s is not under it", lay.name, c.id)
        if c.children:
            _check(c.type in ("Container", "Modal"), "%s %s.%s has children", c.type, lay.name, c.id)
        for ch in c.children:
            comp(ch, c.pointer + "/children/")

    for c in lay.components:
        comp(c, lay.pointer + "/components/")


def _unique_names(model: Model, _check) -> None:
    ids: set[str] = set()
    for kind, items in (("entity", model.entities), ("relationship", model.relationships), ("flow", model.flows),
                        ("layout", model.layouts)):
        for it in items:
            _check(it.id not in ids, "%s id %s is not unique after `names`", kind, it.id)
            ids.add(it.id)
    for e in model.entities:
        for f in e.fields:
            _check(f.id not in ids, "field id %s is not unique after `names`", f.id)
            ids.add(f.id)
    names = [e.name for e in model.entities]
    _check(len(set(names)) == len(names), "entity names are not unique after `names`")
    tables = {snake_case(n) for n in names}
    _check(len(tables) == len(names), "table names are not unique after `names`")
    for e in model.entities:
        fnames = [f.name for f in e.fields]
        _check(len(set(fnames)) == len(fnames), "field names of %s are not unique after `names`", e.name)
    for fl in model.flows:
        nids = [n.id for n in fl.nodes]
        _check(len(set(nids)) == len(nids), "node ids of flow %s are not unique after `names`", fl.name)
    for lay in model.layouts:
        cids = [c.id for c in lay.walk()]
        _check(len(set(cids)) == len(cids), "component ids of layout %s are not unique after `names`", lay.name)
    for group in ([f.name for f in model.flows], [lay.name for lay in model.layouts], [lay.route for lay in model.layouts]):
        _check(len(set(group)) == len(group), "flow/layout names or routes are not unique after `names`")


def _resolved_relationships(model: Model, _check) -> None:
    entities = {e.name: e for e in model.entities}
    for r in model.relationships:
        _check(r.from_entity in entities and r.to_entity in entities, "relationship %s has an unknown end after `relationships`", r.name)
        if r.kind is RelationKind.MANY_TO_MANY:
            _check(r.join_table == f"{snake_case(r.from_entity)}_{snake_case(r.name)}",
                   "manyToMany relationship %s has join table %r", r.name, r.join_table)
            continue
        _check(r.foreign_key is not None and r.holder is not None, "relationship %s is unresolved after `relationships`", r.name)
        expected_holder = r.to_entity if r.kind is RelationKind.ONE_TO_MANY else r.from_entity
        other = r.from_entity if r.kind is RelationKind.ONE_TO_MANY else r.to_entity
        _check(r.holder == expected_holder, "relationship %s: holder %s, expected %s", r.name, r.holder, expected_holder)
        fk = entities[r.holder].field(r.foreign_key) if r.holder in entities else None
        _check(fk is not None and fk.type is FieldType.REFERENCE and fk.target == other,
               "relationship %s: foreign key %s.%s is not a reference to %s", r.name, r.holder, r.foreign_key, other)
        if fk is None:
            continue
        if r.on_delete is OnDelete.SET_NULL:
            _check(not fk.required, "relationship %s: setNull on the required key %s", r.name, r.foreign_key)
        if r.kind is RelationKind.ONE_TO_ONE:
            _check(fk.unique, "oneToOne relationship %s: foreign key %s is not unique", r.name, r.foreign_key)


def _resolved_facts(model: Model, _check) -> None:
    """What passes.resolve stores: every backend reads these, so they must be set and valid."""
    for e in model.entities:
        names = {f.name for f in e.fields}
        _check(e.display_field in names or e.display_field in SYSTEM_FIELDS,
               "entity %s: display field %r is not a field after `resolve`", e.name, e.display_field)
        _check(not e.display_template or (len(e.display_template) % 2 == 1 and all(
            n in names or n in SYSTEM_FIELDS for n in e.display_template[1::2])),
            "entity %s: display template %r after `resolve`", e.name, e.display_template)
        for n in e.search_fields:
            _check(n in names, "entity %s: search field %r is not a field after `resolve`", e.name, n)
        if e.default_sort is not None:
            _check(e.default_sort[1] in ("asc", "desc"), "entity %s: default sort %r", e.name, e.default_sort)
        for f in e.fields:
            _check(f.type in WIDGET_TYPES.get(f.widget, ()), "field %s.%s: widget %r cannot edit a %s after `resolve`",
                   e.name, f.name, f.widget, f.type.value)
    if model.auth is not None:
        for role in model.auth.roles:
            for name, ops in role.grants:
                _check(bool(ops) and all(role.allows(name, op) for op in ops), "role %s: grants %r on %s", role.name, ops, name)
            _check(all(role.may_run(f) for f in role.runnable_flows), "role %s: runnable flows %r", role.name, role.runnable_flows)
    rel_names = {r.name for r in model.relationships}
    for e in model.entities:
        for n in e.navigations:
            _check(n.relationship in rel_names and n.via in ("fk_here", "fk_there", "join"),
                   "entity %s: navigation %s (%s, via %s) after `resolve`", e.name, n.name, n.relationship, n.via)
    _check(sum(len(e.navigations) for e in model.entities) == 2 * len(model.relationships),
           "navigations are not both directions of every relationship after `resolve`")
