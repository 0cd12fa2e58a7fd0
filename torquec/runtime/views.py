"""Read-only views of the model for UIs and agents, filtered by the caller's role:
getModelMetadata, loadPage, getFormDefinition, rpc.discover.

One rule decides what a role sees (:func:`visible_entities`): the entities it
may read. Everything that would describe another entity — its schema, its
name in an enum, a relationship or link into it, a page built on it — is left
out, so a role learns nothing about data it cannot read from the API's own
description."""

from __future__ import annotations

import copy
from typing import Any

from torquec.contract import OPERATIONS

from .auth import Principal
from .errors import InvalidParams, NotFoundError
from .names import record_names
from .service import DataService

OPS = OPERATIONS


def _perms(p: Principal, entity: str) -> list[str]:
    return [op for op in OPS if p.can(entity, op)]


def visible_entities(svc: DataService, p: Principal) -> set[str]:
    """The entities ``p`` may see described anywhere: those it may read."""
    return {name for name in svc.spec.entities if p.can(name, "read")}


def model_metadata(svc: DataService, p: Principal) -> dict[str, Any]:
    spec = svc.spec
    meta = spec.meta
    shown = visible_entities(svc, p)
    visible = [e for e in meta["entities"] if e["name"] in shown]
    names = {e["name"] for e in visible}
    counts: dict[str, int] = {}
    if visible:
        with svc.transaction(write=False) as tx:
            for e in visible:
                counts[e["name"]] = tx.fetchone(spec.entities[e["name"]].queries["count"])[0]
    entities = []
    for e in visible:
        entities.append({
            "name": e["name"],
            "label": e["label"],
            "pluralLabel": e["pluralLabel"],
            "icon": e["icon"],
            "description": e["description"],
            "displayField": e["displayField"],
            "searchFields": e["searchFields"],
            "defaultSort": e["defaultSort"],
            "fields": e["fields"],
            "relations": [
                {k: n[k] for k in ("name", "entity", "cardinality", "kind", "direction", "relationship", "description")}
                for n in e["relations"] if n["entity"] in names
            ],
            "count": counts[e["name"]],
            "permissions": _perms(p, e["name"]),
            # the role's read-only fields (forms show them read-only), and how records are named
            **({"readOnlyFields": sorted(p.read_only[e["name"]])} if e["name"] in p.read_only else {}),
            **({"displayTemplate": e["displayTemplate"]} if "displayTemplate" in e else {}),
        })
    return {
        "name": meta["name"],
        "title": meta["title"],
        "version": meta["version"],
        "description": meta["description"],
        "auth": meta["auth"],
        "role": p.role,
        "entities": entities,
        "relationships": [r for r in meta["relationships"] if r["from"] in names and r["to"] in names],
        "flows": [f for f in meta["flows"] if p.can_run(f["name"])],
        "layouts": [
            {"name": lay["name"], "route": lay["route"], "title": lay["title"], "description": lay["description"]}
            for lay in meta["layouts"] if page_visible(svc, p, spec.layouts.get(lay["name"], lay))
        ],
    }


def _filter_components(components: list, p: Principal) -> list:
    out = []
    for c in components:
        ent = c.get("entity")
        if ent is not None:
            need = "read" if c["type"] == "DataGrid" else ("create" if c.get("mode", "create") == "create" else "update")
            if not p.can(ent, need):
                continue
        c = dict(c)
        if "children" in c:
            c["children"] = _filter_components(c["children"], p)
        out.append(c)
    return out


def page_visible(svc: DataService, p: Principal, lay: dict) -> bool:
    """A page built on entities is shown when the role may do something with one of
    them (its components it cannot use are removed); a page without entities
    always. Any other page answers exactly like a missing one: its title and
    description describe data the role cannot reach."""
    ents = lay.get("entities") or []
    return not ents or any(_perms(p, e) for e in ents)


def load_page(svc: DataService, p: Principal, page: Any) -> dict[str, Any]:
    if not isinstance(page, str):
        raise InvalidParams(errors=[{"field": "page", "rule": "type", "message": "page must be a layout name or route"}])
    layouts = {name: lay for name, lay in svc.spec.layouts.items() if page_visible(svc, p, lay)}
    lay = layouts.get(page) or next((v for v in layouts.values() if v["route"] == page), None)
    if lay is None:
        import difflib

        hint = difflib.get_close_matches(page, list(layouts), n=1)
        raise NotFoundError(f"Not found: no page `{page[:100]}`" + (f"; did you mean `{hint[0]}`?" if hint else ""), page=page[:100])
    ents = [e for e in lay.get("entities", []) if _perms(p, e)]
    return {
        "name": lay["name"],
        "route": lay["route"],
        "title": lay["title"],
        "description": lay["description"],
        "components": _filter_components(lay["components"], p),
        "permissions": {e: _perms(p, e) for e in ents},
        "flows": [f for f in lay.get("flows", []) if p.can_run(f)],
    }


REFERENCE_OPTIONS = 100


def form_definition(svc: DataService, p: Principal, entity: Any, mode: Any, id_: Any = None) -> dict[str, Any]:
    es = svc.entity(entity, p)
    if mode not in ("create", "edit"):
        raise InvalidParams(errors=[{"field": "mode", "rule": "enum", "message": "mode must be `create` or `edit`"}])
    p.require(es.name, "create" if mode == "create" else "update")
    form = copy.deepcopy(svc.spec.form(es.name, mode))
    with svc.transaction(write=False) as tx:
        if id_ is not None:
            if mode != "edit":
                raise InvalidParams(errors=[{"field": "id", "rule": "unknown", "message": "id is only used with mode `edit`"}])
            form["values"] = svc.get(es.name, id_, principal=p, tx=tx)
            form["id"] = form["values"]["id"]
        for f in form["fields"]:
            ref = f.get("reference")
            if not ref or not p.can(ref["entity"], "read"):
                continue
            target = svc.spec.entities[ref["entity"]]
            page = svc.list(target.name, {"pageSize": REFERENCE_OPTIONS}, tx=tx)
            names = record_names(svc, target, page["items"], tx, p)
            key = ref.get("key") or "id"  # a reference by natural key takes the key's value
            f["options"] = [{"value": r[key], "label": n or str(r[key])} for r, n in zip(page["items"], names)]
            f["optionsComplete"] = page["total"] <= REFERENCE_OPTIONS
    return form


_ENTITY_SCHEMAS = ("Create", "Update", "Record")  # component schemas per entity (backends/server/openrpc.py)


def openrpc_document(svc: DataService, p: Principal, doc: dict) -> dict:
    """The ``rpc.discover`` document as ``p`` may see it: one document is built per
    app, filtered here per role (cache the result per role: it depends on nothing
    else). Hidden entities lose their schemas, their names in enums and every
    ``$ref`` to them; relationships and links into them, pages of them and flows
    the role may not run are left out of the enums that name them."""
    if p.all_allowed:
        return doc
    spec = svc.spec
    shown = visible_entities(svc, p)
    gone = {f"{name}{kind}" for name in spec.entities if name not in shown for kind in _ENTITY_SCHEMAS}
    navs = {n for e in shown for n, nav in spec.entities[e].relations.items() if nav.entity in shown}
    link_navs = {n for e in shown for n, nav in spec.entities[e].links.items() if nav.entity in shown}
    fields = {f for e in shown for f in spec.entities[e].all_fields}
    out = copy.deepcopy(doc)
    schemas = out.get("components", {}).get("schemas", {})
    for name in gone:
        schemas.pop(name, None)
    for e in shown:
        hidden_links = {n for n, nav in spec.entities[e].links.items() if nav.entity not in shown}
        for kind in _ENTITY_SCHEMAS if hidden_links else ():
            s = schemas.get(f"{e}{kind}")
            if isinstance(s, dict):
                s["properties"] = {k: v for k, v in s.get("properties", {}).items() if k not in hidden_links}
                if "required" in s:
                    s["required"] = [k for k in s["required"] if k not in hidden_links]
    _keep_enum(schemas.get("EntityName"), shown)
    _keep_enum(_dig(schemas, "Include", "items"), navs)
    _keep_enum(_dig(schemas, "Sort", "items", "properties", "field"), fields)
    _keep_enum(_dig(schemas, "Filters", "items", "properties", "field"), fields)
    pages = {name for name, lay in spec.layouts.items() if page_visible(svc, p, lay)}
    for m in out.get("methods", []):
        for param in m.get("params", []):
            key = (m.get("name"), param.get("name"))
            if key == ("getRelated", "relationship"):
                _keep_enum(param.get("schema"), navs)
            elif key in (("addLinks", "relationship"), ("removeLinks", "relationship")):
                _keep_enum(param.get("schema"), link_navs)
            elif key == ("loadPage", "page"):
                _keep_enum(param.get("schema"), pages)
            elif key == ("executeXFlow", "flow"):
                _keep_enum(param.get("schema"), {f for f in param.get("schema", {}).get("enum", []) if p.can_run(f)})
    return _without_refs(out, {f"#/components/schemas/{name}" for name in gone})


def _dig(node: Any, *keys: str) -> Any:
    for k in keys:
        node = node.get(k) if isinstance(node, dict) else None
    return node


def _keep_enum(schema: Any, allowed: set[str]) -> None:
    if isinstance(schema, dict) and isinstance(schema.get("enum"), list):
        schema["enum"] = [v for v in schema["enum"] if v in allowed]


def _without_refs(node: Any, refs: set[str]) -> Any:
    """``node`` without the ``{"$ref": …}`` alternatives naming ``refs`` (in place)."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k in ("oneOf", "anyOf") and isinstance(v, list):
                node[k] = [_without_refs(x, refs) for x in v if not (isinstance(x, dict) and x.get("$ref") in refs)]
            else:
                node[k] = _without_refs(v, refs)
    elif isinstance(node, list):
        return [_without_refs(x, refs) for x in node]
    return node
