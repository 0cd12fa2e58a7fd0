"""Pass ``names``: everything that must be unique is unique.

* stable ids (entities, fields, relationships, flows, layouts) share one
  namespace over the whole model — migrations follow an id across renames;
* entity names, and the table names derived from them;
* field names per entity, the column names derived from them, and the system
  fields (``id``, ``createdAt``, ``updatedAt``, ``version``);
* navigation names: a relationship's ``name`` lands on ``from``, its
  ``inverseName`` on ``to``; neither may collide with a field of the entity it
  lands on nor with another navigation name there;
* flow, layout and role names, routes, component ids per page, node and edge
  ids per flow.

A duplicate is reported at the second occurrence with a note naming the first.
"""

from __future__ import annotations

from functools import lru_cache

from torquec.diagnostics import Diagnostics, error
from torquec.ir.nodes import Model, snake_case
from torquec.passes._util import SYSTEM_FIELD_SET, FirstClaim

SYSTEM_COLUMNS = {snake_case(n): n for n in SYSTEM_FIELD_SET}

@lru_cache(maxsize=65536)
def _snake(name: str) -> str:
    return name if name.islower() and "-" not in name else snake_case(name)


def run(model: Model, diags: Diagnostics) -> Model:
    _stable_ids(model, diags)
    _entities(model, diags)
    _navigation(model, diags)
    _flows(model, diags)
    _layouts(model, diags)
    _roles(model, diags)
    return model


def _stable_ids(model: Model, diags: Diagnostics) -> None:
    seen = FirstClaim(diags, "E202")

    def check(kind: str, id_: str, pointer: str) -> None:
        seen.check(id_, f"{pointer}/id", lambda first: (
            f"duplicate id `{id_}` on {kind}", f"`{id_}` is first used at {first}",
            "ids are unique over the whole model; give this one a new id"))

    for e in model.entities:
        check(f"entity `{e.name}`", e.id, e.pointer)
        for f in e.fields:
            seen.check(f.id, f"{f.pointer}/id", lambda first, e=e, f=f: (
                f"duplicate id `{f.id}` on field `{e.name}.{f.name}`", f"`{f.id}` is first used at {first}",
                "ids are unique over the whole model; give this one a new id"))
    for r in model.relationships:
        check(f"relationship `{r.name}`", r.id, r.pointer)
    for fl in model.flows:
        check(f"flow `{fl.name}`", fl.id, fl.pointer)
    for lay in model.layouts:
        check(f"layout `{lay.name}`", lay.id, lay.pointer)


def _first_defined(what: str, name: str, hint: str | None = None):
    return lambda first: (f"duplicate {what} `{name}`", f"`{name}` is first defined at {first}", hint)


def _entities(model: Model, diags: Diagnostics) -> None:
    names = FirstClaim(diags, "E201")
    tables = FirstClaim(diags, "E207")
    for e in model.entities:
        if not names.check(e.name, f"{e.pointer}/name", _first_defined("entity name", e.name)):
            continue
        table = _snake(e.name)
        tables.check(table, f"{e.pointer}/name", lambda other, e=e, table=table: (
            f"entities `{other.name}` and `{e.name}` both map to the table `{table}`",
            f"`{other.name}` is defined at {other.pointer}/name", "rename one of them"), claimant=e)
        _fields(e, diags)


def _fields(e, diags: Diagnostics) -> None:
    names = FirstClaim(diags, "E205")
    columns: dict[str, tuple[str, str]] = {}
    for f in e.fields:
        p = f"{f.pointer}/name"
        if f.name in SYSTEM_FIELD_SET:
            diags.add(error("E206", f"`{f.name}` is a system field of every entity and cannot be declared",
                            p, f"remove it, or rename it (e.g. `{_alt(f.name)}`)",
                            notes=("every record has `id`, `createdAt`, `updatedAt` and `version`",)))
            continue
        if not names.check(f.name, p, lambda first, f=f: (
                f"duplicate field name `{f.name}` in entity `{e.name}`", f"`{f.name}` is first defined at {first}", None)):
            continue
        col = _snake(f.name)
        if col in SYSTEM_COLUMNS:
            diags.add(error("E206", f"field `{f.name}` maps to the column `{col}` of the system field `{SYSTEM_COLUMNS[col]}`",
                            p, "rename the field"))
            continue
        other = columns.get(col)
        if other is not None:
            diags.add(error("E207", f"fields `{other[0]}` and `{f.name}` of `{e.name}` both map to the column `{col}`",
                            p, "rename one of them", notes=(f"`{other[0]}` is defined at {other[1]}",)))
        else:
            columns[col] = (f.name, p)


def _alt(name: str) -> str:
    return {"id": "externalId", "createdAt": "createdOn", "updatedAt": "modifiedOn", "version": "revision"}.get(name, name + "Value")


def _navigation(model: Model, diags: Diagnostics) -> None:
    """Relationship navigation names per entity: vs fields, and vs each other."""
    if not model.relationships:
        return
    fields: dict[str, set[str]] = {}
    for e in model.entities:
        fields.setdefault(e.name, {f.name for f in e.fields})
    nav: dict[tuple[str, str], str] = {}
    for r in model.relationships:
        for entity, name, key in ((r.from_entity, r.name, "name"), (r.to_entity, r.inverse_name, "inverseName")):
            own = fields.get(entity)
            if own is None:
                continue  # unknown entity: the relationships pass reports it
            p = f"{r.pointer}/{key}"
            what = "navigation name" if key == "name" else "inverse name"
            if name in own or name in SYSTEM_FIELD_SET:
                kind = "system field" if name in SYSTEM_FIELD_SET else "field"
                diags.add(error("E208", f"{what} `{name}` of relationship `{r.name}` collides with the {kind} `{entity}.{name}`",
                                p, f"choose another {what}, e.g. `{name}Related`" if key == "name" else f"choose another {what}"))
                continue
            first = nav.get((entity, name))
            if first is not None:
                diags.add(error("E209", f"entity `{entity}` gets the navigation name `{name}` twice", p,
                                "rename one of the two relationship ends",
                                notes=(f"`{entity}.{name}` is first defined at {first}",)))
                continue
            nav[(entity, name)] = p


def _flows(model: Model, diags: Diagnostics) -> None:
    names = FirstClaim(diags, "E210")
    for fl in model.flows:
        names.check(fl.name, f"{fl.pointer}/name", _first_defined("flow name", fl.name))
        nodes = FirstClaim(diags, "E214")
        for n in fl.nodes:
            nodes.check(n.id, f"{n.pointer}/id", lambda first, n=n: (
                f"duplicate node id `{n.id}` in flow `{fl.name}`", f"`{n.id}` is first used at {first}", None))
        edges = FirstClaim(diags, "E216")
        for ed in fl.edges:
            if ed.id is not None:
                edges.check(ed.id, f"{ed.pointer}/id", lambda first, ed=ed: (
                    f"duplicate edge id `{ed.id}` in flow `{fl.name}`", f"`{ed.id}` is first used at {first}", None))


def _layouts(model: Model, diags: Diagnostics) -> None:
    names = FirstClaim(diags, "E211")
    routes = FirstClaim(diags, "E212")
    for lay in model.layouts:
        names.check(lay.name, f"{lay.pointer}/name", _first_defined("layout name", lay.name))
        routes.check(_route_key(lay.route), f"{lay.pointer}/route", lambda first, lay=lay: (
            f"duplicate route `{lay.route}`", f"the same route is first used at {first}", None))
        comps = FirstClaim(diags, "E213")
        for c in lay.walk():
            comps.check(c.id, f"{c.pointer}/id", lambda first, c=c: (
                f"duplicate component id `{c.id}` in layout `{lay.name}`", f"`{c.id}` is first used at {first}",
                "component ids are unique within a page, children included"))


def _route_key(route: str) -> str:
    """`/orders/:id` and `/orders/:orderId/` are the same route."""
    parts = [p for p in route.split("/") if p]
    return "/" + "/".join(":" if p.startswith(":") else p for p in parts)


def _roles(model: Model, diags: Diagnostics) -> None:
    if model.auth is None:
        return
    names = FirstClaim(diags, "E215")
    for role in model.auth.roles:
        names.check(role.name, f"{role.pointer}/name", _first_defined("role name", role.name))
