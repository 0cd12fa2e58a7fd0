"""Read-only views of the model for UIs and agents, filtered by the caller's role:
getModelMetadata, loadPage, getFormDefinition."""

from __future__ import annotations

import copy
from typing import Any

from .auth import Principal
from .errors import InvalidParams, NotFoundError
from .service import DataService

OPS = ("read", "create", "update", "delete")


def _perms(p: Principal, entity: str) -> list[str]:
    return [op for op in OPS if p.can(entity, op)]


def model_metadata(svc: DataService, p: Principal) -> dict[str, Any]:
    spec = svc.spec
    meta = spec.meta
    visible = [e for e in meta["entities"] if p.can(e["name"], "read")]
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
            for lay in meta["layouts"]
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


def load_page(svc: DataService, p: Principal, page: Any) -> dict[str, Any]:
    if not isinstance(page, str):
        raise InvalidParams(errors=[{"field": "page", "rule": "type", "message": "page must be a layout name or route"}])
    layouts = svc.spec.layouts
    lay = layouts.get(page) or next((v for v in layouts.values() if v["route"] == page), None)
    if lay is None:
        import difflib

        hint = difflib.get_close_matches(page, list(layouts), n=1)
        raise NotFoundError(f"Not found: no page `{page[:100]}`" + (f"; did you mean `{hint[0]}`?" if hint else ""), page=page[:100])
    ents = lay.get("entities", [])
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
    es = svc.entity(entity)
    if mode not in ("create", "edit"):
        raise InvalidParams(errors=[{"field": "mode", "rule": "enum", "message": "mode must be `create` or `edit`"}])
    p.require(es.name, "create" if mode == "create" else "update")
    form = copy.deepcopy(svc.spec.meta["forms"][es.name][mode])
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
            disp = ref.get("displayField")
            f["options"] = [{"value": r["id"], "label": str(r.get(disp) if disp and r.get(disp) is not None else r["id"])} for r in page["items"]]
            f["optionsComplete"] = page["total"] <= REFERENCE_OPTIONS
    return form
