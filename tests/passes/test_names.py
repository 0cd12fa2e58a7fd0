from passes.modelkit import add, check, field, flow, layout, minimal, put


def test_minimal_model_is_clean():
    assert check(minimal()).codes == []


def test_duplicate_entity_name_points_at_second_with_note():
    m = minimal()
    add(m, "/entities", {"id": "ent-c2", "name": "Customer", "fields": [{"id": "f-x", "name": "x", "type": "string"}]})
    r = check(m)
    d = r.only("E201")
    assert d.pointer == "/entities/2/name"
    assert d.notes and "/entities/0/name" in d.notes[0]


def test_ids_are_unique_over_the_whole_model():
    m = minimal()
    put(m, "/entities/1/fields/0/id", "ent-customer")  # a field reusing an entity id
    d = check(m).only("E202")
    assert d.pointer == "/entities/1/fields/0/id"
    assert "/entities/0/id" in d.notes[0]


def test_duplicate_ids_across_kinds():
    m = minimal()
    m["flows"] = [flow(), flow(name="other")]
    m["flows"][1]["id"] = "flow-doIt"
    m["layouts"] = [layout()]
    m["layouts"][0]["id"] = "fld-order-total"
    r = check(m)
    assert r.codes == ["E202", "E202"]


def test_duplicate_field_name():
    m = minimal()
    field(m, 0, name="name", type="text")
    d = check(m).only("E205")
    assert d.pointer == "/entities/0/fields/2/name"
    assert "/entities/0/fields/0/name" in d.notes[0]


def test_system_field_names_rejected():
    m = minimal()
    field(m, 0, name="createdAt", type="datetime")
    # The schema rejects it too; the pass must as well (schema off).
    d = check(m, schema=False).only("E206")
    assert "`createdAt`" in d.message


def test_field_mapping_to_system_column():
    m = minimal()
    field(m, 0, name="createdAT", type="datetime")
    d = check(m).only("E206")
    assert "created_at" in d.message


def test_table_and_column_collisions():
    m = minimal()
    add(m, "/entities", {"id": "e-a", "name": "HTTPCode", "fields": [{"id": "f-a", "name": "a", "type": "string"}]})
    add(m, "/entities", {"id": "e-b", "name": "HttpCode", "fields": [{"id": "f-b", "name": "a", "type": "string"}]})
    field(m, 0, name="customerID", type="string")
    field(m, 0, name="customerId", type="string")
    r = check(m)
    assert r.codes == ["E207", "E207"]
    assert "http_code" in r.diags.items[0].message or "http_code" in r.diags.items[1].message


def test_navigation_names_collide_with_fields_and_each_other():
    m = minimal()
    m["relationships"] = [
        {"id": "r1", "name": "orders", "from": "Customer", "to": "Order", "kind": "oneToMany", "inverseName": "customer"},
        {"id": "r2", "name": "number", "from": "Order", "to": "Customer", "kind": "manyToOne", "foreignKey": "customerId",
         "inverseName": "orders"},
    ]
    r = check(m)
    assert "E208" in r.codes  # `number` is a field of Order
    assert "E209" in r.codes  # `orders` twice on Customer


def test_navigation_name_vs_system_field():
    m = minimal()
    m["relationships"] = [{"id": "r1", "name": "orders", "from": "Customer", "to": "Order", "kind": "oneToMany", "inverseName": "version"}]
    d = check(m).only("E208")
    assert d.pointer == "/relationships/0/inverseName"
    assert "system field" in d.message


def test_flow_layout_route_role_duplicates():
    m = minimal()
    m["flows"] = [flow(), flow()]
    m["flows"][1]["id"] = "flow-2"
    m["layouts"] = [layout("home", "/orders/:id"), layout("home", "/orders/:order_id/")]
    m["layouts"][1]["id"] = "page-2"
    m["auth"] = {"roles": [{"name": "admin", "permissions": {}}, {"name": "admin", "permissions": {}}]}
    r = check(m)
    assert sorted(r.codes) == ["E210", "E211", "E212", "E215"]


def test_component_ids_unique_per_page_including_children():
    m = minimal()
    m["layouts"] = [layout(components=[
        {"id": "a", "type": "Text", "text": "x"},
        {"id": "box", "type": "Container", "children": [{"id": "a", "type": "Text", "text": "y"}]},
    ]), layout("other", "/other", components=[{"id": "a", "type": "Text", "text": "z"}])]
    d = check(m).only("E213")
    assert d.pointer == "/layouts/0/components/1/children/0/id"


def test_node_and_edge_ids_unique_per_flow():
    m = minimal()
    m["flows"] = [flow(nodes=[{"id": "start", "type": "start"}, {"id": "start", "type": "end"}],
                       edges=[{"id": "e", "from": "start", "to": "start"}, {"id": "e", "from": "start", "to": "start"}])]
    r = check(m)
    assert "E214" in r.codes and "E216" in r.codes
