"""Pass ``references``: names an entity refers to exist.

* a ``reference`` field's ``target`` is an entity;
* the entity ``ui`` block (``displayField``, ``displayTemplate``,
  ``searchFields``, ``defaultSort.field``) names fields of the entity. ``displayField`` and
  ``defaultSort`` may also name a system field (``id``, ``createdAt`` …);
  ``searchFields`` must be text-like (search is a case-insensitive substring
  match), and ``defaultSort`` cannot be a json or array field.

Relationship ends, flows, layouts and auth check their own references in
their passes.
"""

from __future__ import annotations

from torquec.diagnostics import Diagnostics, error
from torquec.ir.nodes import SEARCHABLE, SORTABLE, Entity, FieldType, Model, TemplateError, split_display_template
from torquec.passes._util import SYSTEM_FIELD_SET, entity_index, field_index, hint_for


def run(model: Model, diags: Diagnostics) -> Model:
    entities = entity_index(model)
    for e in model.entities:
        for f in e.fields:
            if f.type is FieldType.REFERENCE:
                if not f.target:
                    diags.add(error("E301", f"reference field `{e.name}.{f.name}` has no `target`", f.pointer,
                                    "add `\"target\"` with the name of the entity it points to"))
                elif f.target not in entities:
                    diags.add(error("E301", f"reference field `{e.name}.{f.name}` targets the unknown entity `{f.target}`",
                                    f"{f.pointer}/target", hint_for(f.target, entities)))
        _entity_ui(e, diags)
    return model


def _entity_ui(e: Entity, diags: Diagnostics) -> None:
    ui = e.ui
    if ui.display_field is None and ui.display_template is None and not ui.search_fields and ui.default_sort_field is None:
        return
    fields = field_index(e)
    base = f"{e.pointer}/ui"
    if ui.display_template is not None:
        _display_template(e, ui.display_template, fields, f"{base}/displayTemplate", diags)
    name = ui.display_field
    if name is not None and name not in fields and name not in SYSTEM_FIELD_SET:
        diags.add(error("E302", f"`displayField` names the unknown field `{name}` of `{e.name}`",
                        f"{base}/displayField", hint_for(name, fields)))
    for i, name in enumerate(ui.search_fields):
        f = fields.get(name)
        if f is None:
            diags.add(error("E303", f"`searchFields` names the unknown field `{name}` of `{e.name}`",
                            f"{base}/searchFields/{i}", hint_for(name, fields)))
        elif f.type not in SEARCHABLE:
            diags.add(error("E305", f"search field `{name}` of `{e.name}` is a {f.type.value} field",
                            f"{base}/searchFields/{i}", "search matches text; use string, text, email, url or enum fields"))
    name = ui.default_sort_field
    if name is not None:
        f = fields.get(name)
        if f is None and name not in SYSTEM_FIELD_SET:
            diags.add(error("E304", f"`defaultSort` names the unknown field `{name}` of `{e.name}`",
                            f"{base}/defaultSort/field", hint_for(name, list(fields) + ["createdAt", "updatedAt"])))
        elif f is not None and f.type not in SORTABLE:
            diags.add(error("E306", f"cannot sort `{e.name}` by the {f.type.value} field `{name}`",
                            f"{base}/defaultSort/field", "sort by a scalar field, or by `createdAt`"))


def _display_template(e: Entity, template: str, fields: dict, pointer: str, diags: Diagnostics) -> None:
    try:
        parts = split_display_template(template)
    except TemplateError as exc:
        diags.add(error("E307", f"`displayTemplate` of `{e.name}`: {exc}", pointer,
                        "write field names in braces, e.g. `Loan of {bookId} to {memberId}`"))
        return
    for name in parts[1::2]:
        f = fields.get(name)
        if f is None and name not in SYSTEM_FIELD_SET:
            diags.add(error("E307", f"`displayTemplate` of `{e.name}` names the unknown field `{name}`",
                            pointer, hint_for(name, fields)))
        elif f is not None and f.type in (FieldType.JSON, FieldType.ARRAY):
            diags.add(error("E307", f"`displayTemplate` of `{e.name}` names the {f.type.value} field `{name}`",
                            pointer, "a name is made of scalar fields; use a string, number, date, enum or reference field"))
