"""Pass ``layouts``: pages refer to things that exist and fit on the grid.

* ``DataGrid`` and ``TorqueForm`` name an existing entity; their ``columns``
  / ``fields`` are fields of it (grids may also show the system fields
  ``id``, ``createdAt``, ``updatedAt``, ``version``; forms may not — the
  server sets them). A create form that leaves out a required field without
  default can never succeed (warning).
* Actions: ``openModal`` (and ``create``/``edit`` with ``modal``) names a
  ``Modal`` of the same page; ``navigate`` a layout; ``create``/``edit``/
  ``delete`` an entity (a grid's row action, the grid's entity); ``runFlow`` a
  flow. ``closeModal`` outside a modal does nothing (warning).
* Positions: ``col + span - 1 <= 12``; overlapping siblings are a warning
  (lowering gives a component without ``position`` a row of its own; modals
  are not laid out on the grid).
"""

from __future__ import annotations

from torquec.diagnostics import Diagnostics, error, warning
from torquec.ir.nodes import Action, Component, Layout, Model
from torquec.passes._util import SYSTEM_FIELD_SET, NameIndex, hint_for, listing

GRID_COLUMNS = 12


def run(model: Model, diags: Diagnostics) -> Model:
    index = NameIndex(model)
    layouts = {lay.name for lay in model.layouts}
    flows = {fl.name for fl in model.flows}
    for lay in model.layouts:
        comps: dict[str, Component] = {}
        for c in lay.walk():
            comps.setdefault(c.id, c)
        ctx = _Ctx(lay, index, comps, layouts, flows, diags)
        _siblings(lay.components, ctx)
        for c in lay.components:
            _component(c, ctx, in_modal=False)
    return model


class _Ctx:
    __slots__ = ("layout", "index", "comps", "layouts", "flows", "diags")

    def __init__(self, layout: Layout, index: NameIndex, comps, layouts, flows, diags: Diagnostics) -> None:
        self.layout, self.index, self.comps, self.layouts, self.flows, self.diags = layout, index, comps, layouts, flows, diags


def _component(c: Component, ctx: _Ctx, in_modal: bool) -> None:
    diags = ctx.diags
    pos = c.position
    if pos.col + pos.span - 1 > GRID_COLUMNS:
        diags.add(error("E709", f"component `{c.id}` spans columns {pos.col}–{pos.col + pos.span - 1}, past column {GRID_COLUMNS}",
                        f"{c.pointer}/position", f"use `\"span\": {GRID_COLUMNS - pos.col + 1}` or a smaller `col`"))
    if c.type in ("DataGrid", "TorqueForm"):
        _data_component(c, ctx)
    for i, a in enumerate(c.row_actions):
        _action(a, c, ctx, in_modal)
    for a in (c.on_success, c.action):
        if a is not None:
            _action(a, c, ctx, in_modal)
    if c.children:
        _siblings(c.children, ctx)
        for ch in c.children:
            _component(ch, ctx, in_modal or c.type == "Modal")


def _data_component(c: Component, ctx: _Ctx) -> None:
    diags = ctx.diags
    if not c.entity:
        diags.add(error("E703", f"{c.type} `{c.id}` names no entity", c.pointer, "add `\"entity\"`"))
        return
    fields = ctx.index.fields(c.entity)
    if fields is None:
        diags.add(error("E701", f"{c.type} `{c.id}` shows the unknown entity `{c.entity}`", f"{c.pointer}/entity",
                        hint_for(c.entity, ctx.index.entities)))
        return
    if c.type == "DataGrid":
        for i, name in enumerate(c.columns or ()):
            if name not in fields and name not in SYSTEM_FIELD_SET:
                diags.add(error("E702", f"column `{name}` of `{c.id}` is not a field of `{c.entity}`",
                                f"{c.pointer}/columns/{i}", hint_for(name, list(fields) + list(SYSTEM_FIELD_SET))))
        return
    listed = c.fields
    for i, name in enumerate(listed or ()):
        if name in SYSTEM_FIELD_SET:
            diags.add(error("E710", f"form `{c.id}` lists the system field `{name}`", f"{c.pointer}/fields/{i}",
                            "the server sets system fields; remove it"))
        elif name not in fields:
            diags.add(error("E702", f"form field `{name}` of `{c.id}` is not a field of `{c.entity}`",
                            f"{c.pointer}/fields/{i}", hint_for(name, fields)))
    if (c.mode or "create") == "create":
        shown = set(listed) if listed is not None else {n for n, f in fields.items() if f.ui.in_form}
        missing = [n for n, f in fields.items() if f.required and not f.has_default and n not in shown]
        if missing:
            names = ", ".join(f"`{m}`" for m in missing)
            where = f"{c.pointer}/fields" if listed is not None else c.pointer
            diags.add(warning("W702", f"create form `{c.id}` leaves out the required field{'s' if len(missing) > 1 else ''} {names} of `{c.entity}`",
                              where, "every create from this form will fail validation; add the field, or give it a default"))


def _names_known(diags, a: Action, code: str, key: str, verb: str, known, add_hint: str = "") -> bool:
    """Whether action ``a``'s ``key`` (page, entity or flow) names one of ``known``; ``code`` says why not."""
    value = getattr(a, key)
    if not value:
        diags.add(error(code, f"`{a.type}` action names no {key}", a.pointer, f"add `\"{key}\"`{add_hint}"))
        return False
    if value not in known:
        diags.add(error(code, f"`{a.type}` action {verb} the unknown {key} `{value}`", f"{a.pointer}/{key}", hint_for(value, known)))
        return False
    return True


def _action(a: Action, owner: Component, ctx: _Ctx, in_modal: bool) -> None:
    diags, t = ctx.diags, a.type
    if t == "openModal" or (t in ("create", "edit") and a.modal):
        _modal_ref(a, ctx)
    if t == "navigate":
        _names_known(diags, a, "E706", "page", "goes to", ctx.layouts, " with a layout name")
    elif t in ("create", "edit", "delete"):
        if _names_known(diags, a, "E707", "entity", "names", ctx.index.entities) and owner.type == "DataGrid" \
                and owner.entity and a.pointer.startswith(f"{owner.pointer}/rowActions/") \
                and t != "create" and a.entity != owner.entity and owner.entity in ctx.index.entities:
            diags.add(error("E711", f"row action `{t}` of `{owner.id}` names `{a.entity}`, but the grid shows `{owner.entity}`",
                            f"{a.pointer}/entity", f"row actions act on the row's record: use `\"entity\": \"{owner.entity}\"`"))
    elif t == "runFlow":
        _names_known(diags, a, "E708", "flow", "runs", ctx.flows)
    elif t == "closeModal" and not in_modal:
        diags.add(warning("W703", f"`closeModal` action of `{owner.id}` is not inside a modal", f"{a.pointer}/type",
                          "it does nothing here; remove it or use `refresh`"))


def _modal_ref(a: Action, ctx: _Ctx) -> None:
    diags = ctx.diags
    if not a.modal:
        diags.add(error("E704", "`openModal` action names no modal", a.pointer, "add `\"modal\"` with the id of a Modal component"))
        return
    target = ctx.comps.get(a.modal)
    modals = [cid for cid, c in ctx.comps.items() if c.type == "Modal"]
    fallback = f"modals of this page: {listing(modals)}" if modals else "add a `Modal` component with this id to the page"
    if target is None:
        diags.add(error("E704", f"`{a.type}` action opens the unknown modal `{a.modal}` in layout `{ctx.layout.name}`",
                        f"{a.pointer}/modal", hint_for(a.modal, modals, fallback)))
    elif target.type != "Modal":
        diags.add(error("E705", f"`{a.type}` action opens `{a.modal}`, which is a {target.type}, not a Modal",
                        f"{a.pointer}/modal", hint_for(a.modal, modals, fallback),
                        notes=(f"`{a.modal}` is defined at {target.pointer}",)))


def _siblings(children: tuple[Component, ...], ctx: _Ctx) -> None:
    rows: dict[int, list[Component]] = {}
    for c in children:
        if c.type == "Modal":
            continue
        rows.setdefault(c.position.row, []).append(c)
    for row, comps in rows.items():
        if len(comps) < 2:
            continue
        comps.sort(key=lambda c: (c.position.col, c.position.span))
        reach, owner = 0, None
        for c in comps:
            if owner is not None and c.position.col <= reach:
                ctx.diags.add(warning("W701", f"component `{c.id}` overlaps `{owner.id}` in row {row}",
                                      f"{c.pointer}/position", f"start it at column {reach + 1}, or move it to another row",
                                      notes=(f"`{owner.id}` is at {owner.pointer}",)))
            end = c.position.col + c.position.span - 1
            if end > reach:
                reach, owner = end, c
