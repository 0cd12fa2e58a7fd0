"""Form definitions (``getFormDefinition``, the forms of pages) from the field metadata.

A form is a function of the entity's field metadata (``metadata.json``
``entities[].fields``, written by the compiler's server backend) and of the
display field of each referenced entity; nothing else. The compiler calls
:func:`entity_form` for the forms it places on pages, and the running app
for the create and edit form of every entity (made on first request: the
build does not write a second copy of every field's metadata).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any


def form_field(m: Mapping[str, Any], mode: str, display_field_of: Callable[[str], str | None]) -> dict[str, Any]:
    """One field of a form, from its field metadata ``m``; ``mode`` is ``create`` or ``edit``."""
    ui = m["ui"]
    out: dict[str, Any] = {
        "name": m["name"],
        "label": m["label"],
        "type": m["type"],
        "widget": ui["widget"],
        "required": m["required"] and (mode == "edit" or not m["hasDefault"]),
        "placeholder": ui["placeholder"],
        "help": ui["help"],
        "description": m["description"],
        "validation": m["validation"],
    }
    if m["hasDefault"] and mode == "create":
        out["default"] = m["default"]
    kind = m["type"]
    if kind == "enum":
        out["options"] = [{"value": v, "label": v} for v in m["values"]]
    if kind == "array" and "items" in m:
        out["items"] = m["items"]
        if m["items"].get("values"):
            out["options"] = [{"value": v, "label": v} for v in m["items"]["values"]]
    if kind == "reference":
        target = m.get("target")
        out["reference"] = {"entity": target, "displayField": display_field_of(target) if target else None,
                            **({"key": m["targetField"]} if m.get("targetField") else {})}  # by natural key
    if kind == "decimal":
        out["precision"], out["scale"] = m["precision"], m["scale"]
    if m.get("computedBy"):  # worked out by before-flows (passes.computed_fields)
        out["computedBy"] = m["computedBy"]
    return out


def entity_form(entity: Mapping[str, Any], mode: str, display_field_of: Callable[[str], str | None],
                names: Iterable[str] | None = None) -> dict[str, Any]:
    """The ``mode`` form of an entity (its metadata): the fields shown in forms, or the ``names`` given (a page's form)."""
    by_name = {f["name"]: f for f in entity["fields"]}
    fields = [by_name.get(n) for n in names] if names is not None else [f for f in entity["fields"] if f["ui"]["visibility"]["form"]]
    return {
        "entity": entity["name"],
        "mode": mode,
        "title": f"{'New' if mode == 'create' else 'Edit'} {entity['label'].lower()}",
        "fields": [form_field(f, mode, display_field_of) for f in fields if f is not None],
    }
