from passes.modelkit import check, field, minimal, put


def test_reference_target_unknown_with_did_you_mean():
    m = minimal()
    put(m, "/entities/1/fields/1/target", "Custmer")
    d = check(m).only("E301")
    assert d.pointer == "/entities/1/fields/1/target"
    assert d.hint == "did you mean `Customer`?"


def test_reference_target_missing_without_schema():
    m = minimal()
    del m["entities"][1]["fields"][1]["target"]
    assert check(m, schema=False).codes == ["E301"]


def test_entity_ui_fields_resolve():
    m = minimal()
    m["entities"][0]["ui"] = {"displayField": "nmae", "searchFields": ["name", "emial"], "defaultSort": {"field": "nme"}}
    r = check(m)
    assert r.codes == ["E302", "E303", "E304"]
    assert [d.hint for d in r.diags] == ["did you mean `name`?", "did you mean `email`?", "did you mean `name`?"]
    assert r.diags.items[1].pointer == "/entities/0/ui/searchFields/1"


def test_system_fields_allowed_for_display_and_sort():
    m = minimal()
    m["entities"][0]["ui"] = {"displayField": "id", "defaultSort": {"field": "createdAt", "dir": "desc"}}
    assert check(m).codes == []


def test_search_and_sort_field_types():
    m = minimal()
    field(m, 0, name="age", type="integer")
    field(m, 0, name="meta", type="json")
    m["entities"][0]["ui"] = {"searchFields": ["age"], "defaultSort": {"field": "meta"}}
    assert check(m).codes == ["E305", "E306"]


def test_display_template_names_fields_of_the_entity():
    m = minimal()
    m["entities"][1]["ui"] = {"displayTemplate": "Order {number} of {custmerId}"}
    d = check(m).only("E307")
    assert d.pointer == "/entities/1/ui/displayTemplate"
    assert "custmerId" in d.message and d.hint == "did you mean `customerId`?"


def test_display_template_braces_and_field_types():
    for template in ("Order {number", "Order number}", "Order {}", "Order {Number}"):
        m = minimal()
        m["entities"][1]["ui"] = {"displayTemplate": template}
        assert check(m).codes == ["E307"], template
    m = minimal()
    field(m, 1, name="meta", type="json")
    m["entities"][1]["ui"] = {"displayTemplate": "{meta}"}
    assert check(m).codes == ["E307"]
    m["entities"][1]["ui"] = {"displayTemplate": "Order {number} ({id})"}
    assert check(m).codes == []
