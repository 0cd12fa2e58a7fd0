"""Where the model defines names and where it uses them.

One classifier (``classify``) says what a JSON place means — "the name of
field `email` of `Customer`", "a reference to an entity", "a node id of flow
#2" — and serves both the index (definitions, references, rename) and
completion (what may be written here), so the two cannot disagree.

Symbol keys: ``("entity", name)``, ``("field", entity, name)``,
``("relationship", name)``, ``("flow", name)``, ``("node", flow_index, id)``,
``("page", name)``, ``("modal", layout_index, id)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from torquec.load.sourcemap import escape_pointer_token

# Keys of layout objects that name an action (whose `entity`/`page`/… are references).
_ACTION_KEYS = ("action", "onSuccess")


@dataclass(frozen=True, slots=True)
class Place:
    """The meaning of one JSON place.

    ``role`` is "def" (the place defines ``kind``) or "ref" (it names one).
    ``scope`` narrows the namespace: entity names whose fields are meant, the
    flow index for node ids, the layout index for modal ids.
    """

    role: str
    kind: str
    scope: tuple = ()


def _item(data, *path):
    node = data
    for t in path:
        if isinstance(node, dict):
            node = node.get(t)
        elif isinstance(node, list) and isinstance(t, str) and t.isdigit() and int(t) < len(node):
            node = node[int(t)]
        else:
            return None
    return node


def _name(node) -> str | None:
    v = node.get("name") if isinstance(node, dict) else None
    return v if isinstance(v, str) else None


def classify(tokens: tuple[str, ...], is_key: bool, data: dict) -> Place | None:
    n = len(tokens)
    if n < 2:
        return None
    head = tokens[0]
    if head == "entities":
        if is_key:
            return None
        if n == 3 and tokens[2] == "name":
            return Place("def", "entity")
        if n == 5 and tokens[2] == "fields":
            if tokens[4] == "name":
                return Place("def", "field", (_name(_item(data, "entities", tokens[1])),))
            if tokens[4] == "target":
                return Place("ref", "entity")
        if n >= 4 and tokens[2] == "ui":
            if (n == 4 and tokens[3] == "displayField") or (n == 5 and tokens[3] == "searchFields") \
                    or (n == 5 and tokens[3:] == ("defaultSort", "field")):
                return Place("ref", "field", (_name(_item(data, "entities", tokens[1])),))
        return None
    if head == "relationships":
        if is_key or n != 3:
            return None
        if tokens[2] == "name":
            return Place("def", "relationship")
        if tokens[2] in ("from", "to"):
            return Place("ref", "entity")
        if tokens[2] == "foreignKey":
            rel = _item(data, "relationships", tokens[1]) or {}
            return Place("ref", "field", tuple(e for e in (rel.get("from"), rel.get("to")) if isinstance(e, str)))
        return None
    if head == "flows":
        return _flow_place(tokens, is_key, data)
    if head == "layouts":
        return _layout_place(tokens, is_key, data)
    if head == "sampleData":
        if is_key and n == 2:
            return Place("ref", "entity")
        if is_key and n == 4:
            return Place("ref", "field", (tokens[1],))
        return None
    if head == "auth":
        if n == 5 and tokens[1] == "roles" and tokens[3] == "permissions" and is_key and tokens[4] != "*":
            return Place("ref", "entity")
        if n == 5 and tokens[1] == "roles" and tokens[3] == "flows" and not is_key:
            return Place("ref", "flow")
        if n >= 5 and tokens[1] == "roles" and tokens[3] == "readOnlyFields":
            if n == 5 and is_key:
                return Place("ref", "entity")
            if n == 6 and not is_key:  # a field of the entity named by the key
                return Place("ref", "field", (tokens[4],))
    return None


def _flow_place(tokens, is_key, data) -> Place | None:
    n = len(tokens)
    if n == 3 and tokens[2] == "name" and not is_key:
        return Place("def", "flow")
    if n == 4 and tokens[2:] == ("trigger", "entity") and not is_key:
        return Place("ref", "entity")
    if n == 5 and tokens[2] == "edges" and tokens[4] in ("from", "to") and not is_key:
        return Place("ref", "node", (int(tokens[1]),))
    if n >= 5 and tokens[2] == "nodes":
        if n in (6, 7):
            node = _item(data, "flows", tokens[1], "nodes", tokens[3])
            ent = node.get("entity") if isinstance(node, dict) else None
        if n == 5 and not is_key:
            if tokens[4] == "id":
                return Place("def", "node", (int(tokens[1]),))
            if tokens[4] == "entity":
                return Place("ref", "entity")
        if n == 7 and tokens[4] == "filters" and tokens[6] == "field" and not is_key:
            return Place("ref", "field", (ent,))
        if n == 6 and tokens[4] == "data" and is_key:
            return Place("ref", "field", (ent,))
    return None


def _layout_place(tokens, is_key, data) -> Place | None:
    n = len(tokens)
    if is_key:
        return None
    if n == 3 and tokens[2] == "name":
        return Place("def", "page")
    if n < 5:
        return None
    last = tokens[-1]
    if last.isdigit() and tokens[-2] in ("columns", "fields"):
        comp = _item(data, *tokens[:-2])
        ent = comp.get("entity") if isinstance(comp, dict) else None
        return Place("ref", "field", (ent,))
    if last not in ("id", "entity", "modal", "page", "flow"):
        return None
    parent = _item(data, *tokens[:-1])
    if not isinstance(parent, dict):
        return None
    in_component = tokens[-3] in ("components", "children") and tokens[-2].isdigit()
    in_action = tokens[-2] in _ACTION_KEYS or (tokens[-3] == "rowActions" and tokens[-2].isdigit())
    if last == "id" and in_component and parent.get("type") == "Modal":
        return Place("def", "modal", (int(tokens[1]),))
    if last == "entity" and (in_component or in_action):
        return Place("ref", "entity")
    if in_action and last == "modal":
        return Place("ref", "modal", (int(tokens[1]),))
    if in_action and last == "page":
        return Place("ref", "page")
    if in_action and last == "flow":
        return Place("ref", "flow")
    return None


# Last pointer tokens a definition or reference can end in (a cheap filter
# before ``classify``; digits are list items such as columns).
_NAMED_TOKENS = frozenset({
    "name", "target", "displayField", "field", "from", "to", "foreignKey", "entity", "id", "modal", "page", "flow",
})
_LIST_TOKENS = frozenset({"searchFields", "columns", "fields", "flows"})
# Sections whose object keys can be names (sample data, permissions, flow node data).
_KEYED_SECTIONS = frozenset({"sampleData", "auth", "flows"})


class SymbolIndex:
    """Definitions and references of every named thing, found in the parsed
    data (positions are looked up only for the places a request returns)."""

    def __init__(self, data: dict) -> None:
        self.data = data
        self._refs: dict[tuple, list[tuple[str, bool]]] | None = None
        self._entities: dict[str, tuple[int, dict]] = {}
        for i, e in enumerate(_list(data, "entities")):
            if isinstance(e, dict) and isinstance(e.get("name"), str):
                self._entities.setdefault(e["name"], (i, e))
        self._fields: dict[str, list[str]] = {}

    # ------------------------------------------------------------------ definitions

    def entity(self, name: str) -> dict | None:
        hit = self._entities.get(name)
        return hit[1] if hit else None

    def entity_names(self) -> list[str]:
        return list(self._entities)

    def field_names(self, entity: str) -> list[str]:
        names = self._fields.get(entity)
        if names is None:
            e = self.entity(entity) or {}
            names = self._fields[entity] = [f["name"] for f in _list(e, "fields") if isinstance(f, dict) and isinstance(f.get("name"), str)]
        return names

    def def_pointer(self, key: tuple) -> str | None:
        """Pointer of the name (or id) that defines ``key``."""
        kind, name = key[0], key[-1]
        if kind == "entity":
            hit = self._entities.get(name)
            return f"/entities/{hit[0]}/name" if hit else None
        if kind == "field":
            hit = self._entities.get(key[1])
            if hit is None:
                return None
            for j, f in enumerate(_list(hit[1], "fields")):
                if isinstance(f, dict) and f.get("name") == name:
                    return f"/entities/{hit[0]}/fields/{j}/name"
            return None
        if kind in ("relationship", "flow", "page"):
            top = {"relationship": "relationships", "flow": "flows", "page": "layouts"}[kind]
            for i, item in enumerate(_list(self.data, top)):
                if isinstance(item, dict) and item.get("name") == name:
                    return f"/{top}/{i}/name"
            return None
        if kind == "node":
            flow = _item(self.data, "flows", str(key[1]))
            for j, n in enumerate(_list(flow, "nodes")):
                if isinstance(n, dict) and n.get("id") == name:
                    return f"/flows/{key[1]}/nodes/{j}/id"
            return None
        if kind == "modal":
            for ptr, comp in _components(_item(self.data, "layouts", str(key[1])), f"/layouts/{key[1]}"):
                if comp.get("type") == "Modal" and comp.get("id") == name:
                    return f"{ptr}/id"
        return None

    def names_of(self, kind: str, scope: tuple = ()) -> list[str]:
        if kind == "entity":
            return self.entity_names()
        if kind in ("relationship", "flow", "page"):
            top = {"relationship": "relationships", "flow": "flows", "page": "layouts"}[kind]
            return [n for item in _list(self.data, top) if (n := _name(item))]
        if kind == "node":
            flow = _item(self.data, "flows", str(scope[0]))
            return [n["id"] for n in _list(flow, "nodes") if isinstance(n, dict) and isinstance(n.get("id"), str)]
        if kind == "modal":
            layout = _item(self.data, "layouts", str(scope[0]))
            return [c["id"] for _p, c in _components(layout, "") if c.get("type") == "Modal" and isinstance(c.get("id"), str)]
        return []

    def key_for(self, place: Place, name: str) -> tuple | None:
        if place.kind == "field":
            entities = [e for e in place.scope if isinstance(e, str)]
            for ent in entities:
                if name in self.field_names(ent):
                    return ("field", ent, name)
            return ("field", entities[0], name) if entities else None
        return (place.kind, *place.scope, name)

    # ------------------------------------------------------------------ references

    @property
    def refs(self) -> dict[tuple, list[tuple[str, bool]]]:
        if self._refs is None:
            self._refs = self._scan_references()
        return self._refs

    def refs_to(self, key: tuple) -> list[tuple[str, bool]]:
        """References of one symbol; without the full index, a walk that only
        classifies the strings equal to its name (the first request after an edit)."""
        if self._refs is not None:
            return self._refs.get(key, [])
        return self._scan_references(only=key[-1]).get(key, [])

    def _scan_references(self, only: str | None = None) -> dict[tuple, list[tuple[str, bool]]]:
        """Walk the parsed data (no positions needed) and classify every string
        value and key that can name something (or only those equal to ``only``)."""
        data = self.data
        refs: dict[tuple, list[tuple[str, bool]]] = {}
        stack: list[tuple[str, tuple[str, ...], object]] = [
            (f"/{k}", (k,), data[k]) for k in ("entities", "relationships", "flows", "layouts", "sampleData", "auth") if k in data
        ]
        while stack:
            ptr, tokens, node = stack.pop()
            if isinstance(node, dict):
                keyed = tokens[0] in _KEYED_SECTIONS
                for k, v in node.items():
                    named = k in _NAMED_TOKENS and isinstance(v, str) and (only is None or v == only)
                    nested = isinstance(v, (dict, list))
                    keyed_here = keyed and (only is None or k == only)
                    if not (keyed_here or named or nested):
                        continue
                    p = f"{ptr}/{escape_pointer_token(k)}"
                    t = tokens + (k,)
                    if keyed_here:
                        self._add_ref(refs, p, t, True, k)
                    if named:
                        self._add_ref(refs, p, t, False, v)
                    elif nested:
                        stack.append((p, t, v))
            elif isinstance(node, list):
                # (a role's readOnlyFields lists sit under an entity name: auth/roles/i/readOnlyFields/<Entity>)
                listed = tokens[-1] in _LIST_TOKENS or (len(tokens) == 5 and tokens[3] == "readOnlyFields")
                for i, v in enumerate(node):
                    if isinstance(v, str):
                        if listed and (only is None or v == only):
                            self._add_ref(refs, f"{ptr}/{i}", tokens + (str(i),), False, v)
                    elif isinstance(v, (dict, list)):
                        stack.append((f"{ptr}/{i}", tokens + (str(i),), v))
        for places in refs.values():
            places.sort(key=lambda pk: _document_order(pk[0]))
        return refs

    def _add_ref(self, refs: dict, ptr: str, tokens: tuple[str, ...], is_key: bool, name: str) -> None:
        place = classify(tokens, is_key, self.data)
        if place is None or place.role != "ref":
            return
        key = self.key_for(place, name)
        if key is not None:
            refs.setdefault(key, []).append((ptr, is_key))

    def occurrences(self, key: tuple) -> list[tuple[str, bool]]:
        """Definition first, then references."""
        d = self.def_pointer(key)
        return ([(d, False)] if d else []) + self.refs_to(key)


def _document_order(pointer: str) -> tuple:
    """Sort key: a stable order (items by index, members by name)."""
    return tuple((0, int(t), "") if t.isdigit() else (1, 0, t) for t in pointer.split("/")[1:])


def _list(node, key: str) -> list:
    value = node.get(key) if isinstance(node, dict) else None
    return value if isinstance(value, list) else []


def _components(layout, base: str):
    """(pointer, component) of every component of a layout, children included."""
    stack = [(f"{base}/components", _list(layout, "components"))]
    while stack:
        ptr, items = stack.pop()
        for k, c in enumerate(items):
            if isinstance(c, dict):
                yield f"{ptr}/{k}", c
                stack.append((f"{ptr}/{k}/children", _list(c, "children")))
