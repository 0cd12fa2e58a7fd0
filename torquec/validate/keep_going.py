"""Keep going after schema errors: check the parts of the model that are valid.

rustc reports the type errors of the functions that parse; we do the same for
the model. Each schema error is charged to the smallest *element* that holds it
(a field, an entity, a relationship, a flow, a layout component, a sample
record, a role). Lowering leaves those elements out and the passes check the
rest, so one run shows a misspelt relationship target next to an unknown field
type.

Leaving an element out must not produce a second, derived error elsewhere
("column `isbn` is not a field of `Book`" after `isbn` was reported for its
type). The names and ids of the elements left out are *quarantined*: a later
error whose subject (the string at its pointer, or the key it names) is one of
them (compared case-blind) is dropped.
"""

from __future__ import annotations

from typing import Iterable

from torquec.diagnostics import Diagnostic

# Per section, the arrays whose items are elements in their own right
# (a form's `fields` are names, not elements).
_NESTED = {"entities": frozenset({"fields"}), "layouts": frozenset({"components", "children"})}


def element_of(pointer: str) -> str | None:
    """Pointer of the smallest element holding ``pointer``; None for the model's
    top-level keys (nothing sensible can be lowered without them)."""
    tokens = pointer.split("/")[1:]
    if len(tokens) < 2:
        return None
    head = tokens[0]
    if head in ("entities", "relationships", "flows", "layouts"):
        # Flows are all-or-nothing: a flow without one of its nodes or edges
        # would report graph errors (no start, dead ends) that are not real.
        cut = 2
        if head in _NESTED:
            nested = _NESTED[head]
            i = 2
            while i + 1 < len(tokens) and tokens[i] in nested and tokens[i + 1].isdigit():
                cut = i + 2
                i += 2
        return "/" + "/".join(tokens[:cut])
    if head == "sampleData":
        return "/" + "/".join(tokens[:3])
    if head == "auth" and len(tokens) >= 3 and tokens[1] == "roles" and tokens[2].isdigit():
        return "/" + "/".join(tokens[:3])
    return None


def invalid_elements(diags: Iterable[Diagnostic]) -> frozenset[str] | None:
    """Elements charged with a schema error, or None when an error sits outside
    any element (then the run stops after the schema phase, as before)."""
    out = set()
    for d in diags:
        if not d.is_error:
            continue
        el = element_of(d.pointer)
        if el is None:
            return None
        out.add(el)
    return frozenset(out)


def quarantined_names(data: dict, elements: Iterable[str]) -> frozenset[str]:
    """Names and ids of the elements left out (what other places refer to them by)."""
    names: set[str] = set()
    for ptr in elements:
        node = resolve(data, ptr)
        if isinstance(node, dict):
            for key in ("name", "id"):
                if isinstance(node.get(key), str):
                    # Case-blind: an entity named `customer` (rejected for its
                    # case) is what `"target": "Customer"` means.
                    names.add(node[key].casefold())
    return frozenset(names)


def is_consequence(d: Diagnostic, data: dict, elements: frozenset[str], names: frozenset[str]) -> bool:
    """A later-phase error that only follows from an element already reported."""
    p = d.pointer
    while p:
        if p in elements:
            return True
        p = p.rsplit("/", 1)[0]
    if not names:
        return False
    last = d.pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
    if last.casefold() in names:
        return True
    value = resolve(data, d.pointer)
    return isinstance(value, str) and value.casefold() in names


def resolve(data, pointer: str):
    """The JSON value at ``pointer``, or None."""
    node = data
    for raw in pointer.split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict):
            node = node.get(token)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node
