import pytest

from passes.modelkit import add, check, field, flow, layout, minimal


@pytest.mark.parametrize("name", ["class", "from", "import", "def", "delete", "new", "function", "default", "export",
                                  "enum", "interface", "package", "private", "copy", "dict", "json", "schema", "modelDump",
                                  "modelConfig", "constructor"])
def test_reserved_field_names(name):
    m = minimal()
    field(m, 0, name=name, type="string")
    d = check(m).only("E203")
    assert d.pointer == "/entities/0/fields/2/name"
    assert d.hint and d.hint.startswith("rename it, e.g. to `")


def test_hint_for_class_is_class_name():
    m = minimal()
    field(m, 0, name="class", type="string")
    assert "`className`" in check(m).only("E203").hint


@pytest.mark.parametrize("name", ["select", "user", "order", "group", "table", "type", "date", "list", "id2", "status"])
def test_sql_keywords_and_python_builtins_are_fine(name):
    m = minimal()
    field(m, 0, name=name, type="string")
    assert check(m).codes == []


def test_sql_reserved_entity_names_are_fine():
    m = minimal()
    add(m, "/entities", {"id": "e-u", "name": "User", "fields": [{"id": "f-u", "name": "select", "type": "string"}]})
    add(m, "/entities", {"id": "e-g", "name": "Group", "fields": [{"id": "f-g", "name": "from2", "type": "string"}]})
    assert check(m).codes == []


@pytest.mark.parametrize("name", ["Model", "Base", "Query", "Record", "Date", "String", "Object", "Array", "Promise",
                                  "Error", "Map", "Set", "BaseModel", "DataGrid"])
def test_entity_names_colliding_with_generated_code(name):
    m = minimal()
    add(m, "/entities", {"id": "e-x", "name": name, "fields": [{"id": "f-x", "name": "x", "type": "string"}]})
    d = check(m).only("E204")
    assert d.pointer == "/entities/2/name"


def test_navigation_flow_and_layout_names():
    m = minimal()
    m["relationships"] = [{"id": "r1", "name": "import", "from": "Customer", "to": "Order", "kind": "oneToMany",
                           "inverseName": "delete"}]
    m["flows"] = [flow(name="export")]
    m["layouts"] = [layout(name="default")]
    r = check(m)
    assert r.codes == ["E203"] * 4
