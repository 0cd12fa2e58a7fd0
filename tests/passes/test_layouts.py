from passes.modelkit import check, flow, layout, minimal


def page(*components, model=None, extra_layouts=(), flows=None):
    m = model or minimal()
    m["layouts"] = [layout(components=list(components)), *extra_layouts]
    if flows:
        m["flows"] = flows
    return check(m)


def grid(**kw):
    return {"id": "grid", "type": "DataGrid", "entity": "Order", **kw}


def test_valid_page():
    r = page(grid(columns=["number", "customerId", "createdAt", "id"], rowActions=[{"type": "edit", "entity": "Order", "modal": "m"}]),
             {"id": "m", "type": "Modal", "children": [{"id": "f", "type": "TorqueForm", "entity": "Order", "mode": "edit",
                                                       "onSuccess": {"type": "closeModal"}}]})
    assert r.codes == []


def test_unknown_entity_and_columns():
    r = page(grid(entity="Ordr"))
    assert r.only("E701").hint == "did you mean `Order`?"
    r = page(grid(columns=["numbr", "total"]))
    d = r.only("E702")
    assert d.pointer == "/layouts/0/components/0/columns/0" and d.hint == "did you mean `number`?"


def test_form_fields():
    r = page({"id": "f", "type": "TorqueForm", "entity": "Order", "fields": ["number", "customerId", "createdAt", "totl"]})
    assert r.codes == ["E710", "E702"]


def test_create_form_missing_required_field_warns():
    r = page({"id": "f", "type": "TorqueForm", "entity": "Order", "mode": "create", "fields": ["number"]})
    d = r.only("W702")
    assert "`customerId`" in d.message


def test_entity_required_without_schema():
    m = minimal()
    m["layouts"] = [layout(components=[{"id": "g", "type": "DataGrid"}])]
    assert check(m, schema=False).codes == ["E703"]


def test_actions():
    r = page({"id": "b1", "type": "TorqueButton", "label": "x", "action": {"type": "openModal", "modal": "nwe"}},
             {"id": "b2", "type": "TorqueButton", "label": "x", "action": {"type": "openModal", "modal": "b1"}},
             {"id": "b3", "type": "TorqueButton", "label": "x", "action": {"type": "navigate", "page": "hom"}},
             {"id": "b4", "type": "TorqueButton", "label": "x", "action": {"type": "create", "entity": "Ordr"}},
             {"id": "b5", "type": "TorqueButton", "label": "x", "action": {"type": "runFlow", "flow": "doit"}},
             {"id": "new", "type": "Modal", "children": []},
             flows=[flow()])
    assert r.codes == ["E704", "E705", "E706", "E707", "E708"]
    assert [d.hint for d in r.diags][:1] == ["did you mean `new`?"]
    assert r.diags.items[2].hint == "did you mean `home`?"
    assert r.diags.items[4].hint == "did you mean `doIt`?"


def test_row_action_entity_must_match_grid():
    r = page(grid(rowActions=[{"type": "delete", "entity": "Customer"}]))
    assert r.codes == ["E711"]


def test_close_modal_outside_modal_warns():
    r = page({"id": "f", "type": "TorqueForm", "entity": "Customer", "onSuccess": {"type": "closeModal"}})
    assert r.codes == ["W703"]


def test_positions():
    r = page({"id": "t", "type": "Text", "text": "x", "position": {"row": 1, "col": 8, "span": 6}})
    assert r.only("E709").hint == 'use `"span": 5` or a smaller `col`'
    r = page({"id": "a", "type": "Text", "text": "x", "position": {"row": 1, "col": 1, "span": 6}},
             {"id": "b", "type": "Text", "text": "x", "position": {"row": 1, "col": 6, "span": 3}},
             {"id": "c", "type": "Text", "text": "x", "position": {"row": 1, "col": 9, "span": 4}},
             {"id": "d", "type": "Text", "text": "x"},
             {"id": "m", "type": "Modal", "children": []})
    d = r.only("W701")
    assert "`b` overlaps `a`" in d.message
