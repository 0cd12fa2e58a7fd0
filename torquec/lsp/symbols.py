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

from dataclasses import dataclass, field

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
        ent = _name(_item(data, "entities", tokens[1]))
        if n == 3 and tokens[2] == "name":
            return Place("def", "entity")
        if n == 5 and tokens[2] == "fields":
            if tokens[4] == "name":
                return Place("def", "field", (ent,))
            if tokens[4] == "target":
                return Place("ref", "entity")
        if n >= 4 and tokens[2] == "ui":
            if (n == 4 and tokens[3] == "displayField") or (n == 5 and tokens[3] == "searchFields") \
                    or (n == 5 and tokens[3:] == ("defaultSort", "field")):
                return Place("ref", "field", (ent,))
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
    parent = _item(data, *tokens[:-1])
    if last.isdigit() and tokens[-2] in ("columns", "fields"):
        comp = _item(data, *tokens[:-2])
        ent = comp.get("entity") if isinstance(comp, dict) else None
        return Place("ref", "field", (ent,))
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


@dataclass
class SymbolIndex:
    """Definitions and references of every named thing, by symbol key."""

    data: dict
    sourcemap: object
    text: str
    defs: dict[tuple, str] = field(default_factory=dict)
    refs: dict[tuple, list[tuple[str, bool]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._entities: dict[str, dict] = {}
        for e in self.data.get("entities", ()) if isinstance(self.data.get("entities"), list) else ():
            if isinstance(e, dict) and isinstance(e.get("name"), str):
                self._entities.setdefault(e["name"], e)
        self._fields: dict[str, list[str]] = {}
        text = self.text
        for is_key, table in ((False, self.sourcemap.values), (True, self.sourcemap.keys)):
            for ptr, (start, _end) in table.items():
                if not ptr or text[start] != '"':
                    continue
                tokens = tuple(t.replace("~1", "/").replace("~0", "~") for t in ptr.split("/")[1:])
                if tokens[0] not in ("entities", "relationships", "flows", "layouts", "sampleData", "auth"):
                    continue
                place = classify(tokens, is_key, self.data)
                if place is None:
                    continue
                name = tokens[-1] if is_key else _item(self.data, *tokens)
                if not isinstance(name, str):
                    continue
                key = self.key_for(place, name)
                if key is None:
                    continue
                if place.role == "def":
                    self.defs.setdefault(key, ptr)
                else:
                    self.refs.setdefault(key, []).append((ptr, is_key))

    def key_for(self, place: Place, name: str) -> tuple | None:
        if place.kind == "field":
            entities = [e for e in place.scope if isinstance(e, str)]
            for ent in entities:
                if ("field", ent, name) in self.defs or self._has_field(ent, name):
                    return ("field", ent, name)
            return ("field", entities[0], name) if entities else None
        return (place.kind, *place.scope, name)

    def _has_field(self, entity: str, name: str) -> bool:
        return name in self.field_names(entity)

    def entity(self, name: str) -> dict | None:
        return self._entities.get(name)

    def field_names(self, entity: str) -> list[str]:
        names = self._fields.get(entity)
        if names is None:
            e = self._entities.get(entity)
            fields = e.get("fields") if isinstance(e, dict) and isinstance(e.get("fields"), list) else ()
            names = self._fields[entity] = [f["name"] for f in fields if isinstance(f, dict) and isinstance(f.get("name"), str)]
        return names

    def names_of(self, kind: str, scope: tuple = ()) -> list[str]:
        return [k[-1] for k in self.defs if k[0] == kind and k[1:-1] == scope]

    def occurrences(self, key: tuple) -> list[tuple[str, bool]]:
        """Definition first, then references."""
        out = [(self.defs[key], False)] if key in self.defs else []
        return out + self.refs.get(key, [])
