"""Re-import (like ``prisma db pull``): the database decides entities, fields, types, rules and
relationships; the previous model keeps its ids, its names (an entity or field renamed by hand
keeps its new name), labels, descriptions and ``ui``, its pages, flows, auth, sample data and
top-level settings. Pages of tables that are gone are dropped; pages for new tables are added."""

from __future__ import annotations

import copy


def _walk(node, fn) -> None:
    if isinstance(node, dict):
        fn(node)
        for v in node.values():
            _walk(v, fn)
    elif isinstance(node, list):
        for v in node:
            _walk(v, fn)


def merge(previous: dict, fresh: dict) -> tuple[dict, list[str]]:
    notes: list[str] = []
    fresh = copy.deepcopy(fresh)
    prev_entities = {e.get("id"): e for e in previous.get("entities", []) if isinstance(e, dict)}
    entity_names: dict[str, str] = {}  # fresh name → kept name
    field_names: dict[str, dict[str, str]] = {}  # kept entity name → {fresh field name: kept name}
    for e in fresh["entities"]:
        old = prev_entities.get(e["id"])
        fmap: dict[str, str] = {}
        if old is not None:
            entity_names[e["name"]] = old.get("name", e["name"])
            for key in ("description", "ui"):
                if key in old:
                    e[key] = copy.deepcopy(old[key])
            old_fields = {f.get("id"): f for f in old.get("fields", []) if isinstance(f, dict)}
            for f in e["fields"]:
                of = old_fields.get(f["id"])
                if of is None:
                    notes.append(f"new field {e['name']}.{f['name']}")
                    continue
                fmap[f["name"]] = of.get("name", f["name"])
                f["name"] = fmap[f["name"]]
                for key in ("description", "ui"):
                    if key in of:
                        f[key] = copy.deepcopy(of[key])
                if f.get("type") == of.get("type") and isinstance(of.get("validation"), dict):
                    # hand-written rules the database does not know (pattern, min, max) stay
                    val = {**{k: v for k, v in of["validation"].items() if k not in ("maxLength",)}, **f.get("validation", {})}
                    if val:
                        f["validation"] = val
            gone = set(old_fields) - {f["id"] for f in e["fields"]}
            for fid in sorted(gone):
                notes.append(f"field {old.get('name')}.{old_fields[fid].get('name')} is no longer in the database: removed")
            e["name"] = entity_names[e["name"]]
        else:
            notes.append(f"new entity {e['name']}")
        field_names[e["name"]] = fmap
    for eid in sorted(set(prev_entities) - {e["id"] for e in fresh["entities"]}):
        notes.append(f"entity {prev_entities[eid].get('name')} is no longer in the database: removed")

    def rename(node: dict) -> None:
        for key in ("target", "from", "to", "entity"):
            if isinstance(node.get(key), str) and node[key] in entity_names:
                node[key] = entity_names[node[key]]

    # entity renames in references, relationships and the fresh pages
    _walk(fresh["entities"], rename)
    _walk(fresh["relationships"], rename)
    _walk(fresh["layouts"], rename)
    for r in fresh["relationships"]:
        fk = r.get("foreignKey")
        if fk:
            r["foreignKey"] = field_names.get(r["to"], {}).get(fk, fk)
    for page in fresh["layouts"]:
        def cols(node: dict) -> None:
            if node.get("type") == "DataGrid" and isinstance(node.get("columns"), list):
                fmap = field_names.get(node.get("entity"), {})
                node["columns"] = [fmap.get(c, c) for c in node["columns"]]
        _walk(page, cols)
    prev_rels = {r.get("id"): r for r in previous.get("relationships", []) if isinstance(r, dict)}
    for r in fresh["relationships"]:
        old = prev_rels.get(r["id"])
        if old:
            for key in ("name", "inverseName", "description"):
                if key in old:
                    r[key] = old[key]
    kept_entities = {e["name"] for e in fresh["entities"]}
    layouts = []
    for page in previous.get("layouts", []):
        used: set[str] = set()
        _walk(page, lambda n: used.add(n["entity"]) if isinstance(n.get("entity"), str) else None)
        if used - kept_entities:
            notes.append(f"page {page.get('name')} uses entities no longer in the database ({', '.join(sorted(used - kept_entities))}): removed")
            continue
        layouts.append(page)
    prev_page_ids = {p.get("id") for p in layouts}
    prev_routes = {p.get("route") for p in layouts}
    new_entities = {e["name"] for e in fresh["entities"] if e["id"] not in prev_entities}
    for page in fresh["layouts"]:
        grid_entities: set[str] = set()
        _walk(page, lambda n: grid_entities.add(n["entity"]) if isinstance(n.get("entity"), str) else None)
        if page["id"] not in prev_page_ids and grid_entities <= new_entities and page["route"] not in prev_routes:
            layouts.append(page)
    out = {k: copy.deepcopy(v) for k, v in previous.items() if k not in ("entities", "relationships", "layouts")}
    out["entities"] = fresh["entities"]
    out["relationships"] = fresh["relationships"]
    out["layouts"] = layouts
    out.setdefault("flows", [])
    return out, notes
