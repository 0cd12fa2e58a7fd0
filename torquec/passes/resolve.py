"""Pass ``resolve``: derive once, on the IR, the facts every backend needs.

Backends used to work these out each on its own, and the copies drifted (the
server and the web front-end named different display fields, the server
searched default fields and MCP did not). Now this pass stores them and the
backends only read them:

* ``Entity.display_field``: ``ui.displayField``, else the first required
  string-like field, else the first string-like field, else ``id``;
* ``Entity.display_template``: ``ui.displayTemplate`` split into text and
  field names, else, for an entity with no string-like field, its reference
  fields (required ones first, at most two) joined by " – " (a Loan is
  "Dune – Ada", not its UUID), else empty (named by ``display_field``);
* ``Entity.search_fields``: ``ui.searchFields``, else every string, text
  and email field;
* ``Entity.default_sort``: ``ui.defaultSort`` as ``(field, dir)``, or None
  (the runtime then orders by ``createdAt``);
* ``Entity.navigations``: both directions of every relationship at the
  entity (navigation name, other end, to-one or to-many, where the key is);
* ``Role.grants`` and ``Role.runnable_flows``: the permissions of each role
  with ``*`` expanded against the model's entities and flows.

Foreign keys, holders and join tables are resolved by ``relationships``.
Facts of one node alone are filled in by lowering as it builds the node:
labels, and ``Field.widget`` (``ir.nodes.effective_widget``: the declared
``ui.widget`` when it can edit the type, else the type's default;
``field_rules`` warns about the other case, W502). The pass
reports nothing: every rule it relies on was checked by an earlier pass.
"""

from __future__ import annotations

import dataclasses

from torquec.diagnostics import Diagnostics
from torquec.ir.nodes import (OPERATIONS, STRING_LIKE, Entity, FieldType, Model, Navigation, RelationKind, Relationship, Role,
                              TemplateError, split_display_template)

# Default search: the types docs/model-format.md names (url is searchable when declared).
DEFAULT_SEARCH_TYPES = frozenset({FieldType.STRING, FieldType.TEXT, FieldType.EMAIL})


def run(model: Model, diags: Diagnostics) -> Model:
    navs: dict[str, list[Navigation]] = {}
    for r in model.relationships:
        navs.setdefault(r.from_entity, []).append(navigation(r, forward=True))
        navs.setdefault(r.to_entity, []).append(navigation(r, forward=False))
    entities = tuple(_entity(e, tuple(navs.get(e.name, ()))) for e in model.entities)
    auth = model.auth
    if auth is not None:
        names = [e.name for e in entities]
        flows = [f.name for f in model.flows]
        auth = dataclasses.replace(auth, roles=tuple(_role(r, names, flows) for r in auth.roles))
    return dataclasses.replace(model, entities=entities, auth=auth)


def _role(role: Role, entities: list[str], flows: list[str]) -> Role:
    grants = []
    for name in entities:
        ops = tuple(op for op in OPERATIONS if role.allows(name, op))
        if ops:
            grants.append((name, ops))
    return dataclasses.replace(role, grants=tuple(grants), runnable_flows=tuple(f for f in flows if role.may_run(f)))


def display_field(e: Entity) -> str:
    if e.ui.display_field is not None:
        return e.ui.display_field
    first_text = None
    for f in e.fields:
        if f.type in STRING_LIKE:
            if f.required:
                return f.name
            if first_text is None:
                first_text = f.name
    return first_text or "id"


def display_template(e: Entity) -> tuple[str, ...]:
    if e.ui.display_template is not None:
        try:
            return split_display_template(e.ui.display_template)
        except TemplateError:  # reported (E307) by passes.references; the build stops before any backend
            return ()
    if e.ui.display_field is not None or any(f.type in STRING_LIKE for f in e.fields):
        return ()
    refs = sorted((f for f in e.fields if f.type is FieldType.REFERENCE), key=lambda f: not f.required)[:2]
    if not refs:
        return ()
    parts = [""]
    for i, f in enumerate(refs):
        parts += [f.name, " – " if i < len(refs) - 1 else ""]
    return tuple(parts)


def search_fields(e: Entity) -> tuple[str, ...]:
    if e.ui.search_fields:
        return e.ui.search_fields
    return tuple(f.name for f in e.fields if f.type in DEFAULT_SEARCH_TYPES)


def default_sort(e: Entity) -> tuple[str, str] | None:
    if e.ui.default_sort_field is None:
        return None
    return (e.ui.default_sort_field, e.ui.default_sort_dir)


def navigation(r: Relationship, forward: bool) -> Navigation:
    if r.kind is RelationKind.MANY_TO_MANY:
        many, via = True, "join"
    elif forward == (r.kind is not RelationKind.ONE_TO_MANY):  # the foreign key is on this side
        many, via = False, "fk_here"
    else:
        many, via = r.kind is not RelationKind.ONE_TO_ONE, "fk_there"
    return Navigation(name=r.name if forward else r.inverse_name, relationship=r.name,
                      entity=r.to_entity if forward else r.from_entity, forward=forward, many=many, via=via)


def _entity(e: Entity, navigations: tuple[Navigation, ...]) -> Entity:
    return dataclasses.replace(e, display_field=display_field(e), display_template=display_template(e),
                               search_fields=search_fields(e), default_sort=default_sort(e),
                               navigations=navigations)
