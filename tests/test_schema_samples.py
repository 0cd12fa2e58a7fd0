"""The model JSON Schema and the sample models.

Both samples must validate against schemas/torque-model.schema.json, the schema
itself must be a valid 2020-12 schema, and typical mistakes must be rejected
with an error pointing at the offending member (so editors and `torquec check`
can put the caret in the right place).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_PATH = ROOT / "schemas" / "torque-model.schema.json"
SAMPLES = sorted((ROOT / "sample").glob("*.json"))


def _no_duplicate_keys(pairs):
    keys = [k for k, _ in pairs]
    dups = sorted({k for k in keys if keys.count(k) > 1})
    if dups:
        raise ValueError(f"duplicate keys {dups}")
    return dict(pairs)


def _load(path: Path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh, object_pairs_hook=_no_duplicate_keys)


@pytest.fixture(scope="module")
def schema():
    return _load(SCHEMA_PATH)


@pytest.fixture(scope="module")
def validator(schema):
    return Draft202012Validator(schema)


@pytest.fixture()
def order_model():
    return _load(ROOT / "sample" / "customer-order.json")


def _pointer(path) -> str:
    return "".join(f"/{str(p).replace('~', '~0').replace('/', '~1')}" for p in path)


def _leaf_errors(validator, instance):
    """All errors as (pointer, validator keyword, message), descending into oneOf/anyOf context."""
    out = []

    def walk(err):
        out.append((_pointer(err.absolute_path), err.validator, err.message))
        for sub in err.context or ():
            walk(sub)

    for err in validator.iter_errors(instance):
        walk(err)
    return out


def assert_rejected(validator, instance, pointer, keyword, mentions=None):
    errors = _leaf_errors(validator, instance)
    assert errors, "model was accepted"
    hits = [e for e in errors if e[0] == pointer and e[1] == keyword and (mentions is None or mentions in e[2])]
    assert hits, f"no {keyword!r} error at {pointer!r}; got:\n" + "\n".join(map(repr, errors))


def _index(items, **match):
    for i, item in enumerate(items):
        if all(item.get(k) == v for k, v in match.items()):
            return i
    raise LookupError(match)


# --------------------------------------------------------------------------- the schema itself


def test_schema_is_valid_2020_12(schema):
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "https://torquec.dev/schemas/torque-model.schema.json"


def test_schema_is_pretty_printed_with_two_spaces(schema):
    text = SCHEMA_PATH.read_text(encoding="utf-8")
    assert text == json.dumps(schema, indent=2, ensure_ascii=False) + "\n", (
        "keep the schema formatted like json.dumps(indent=2, ensure_ascii=False) plus a final newline")


def _subschemas(node, path="#"):
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from _subschemas(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _subschemas(value, f"{path}/{i}")


def _resolve(schema, sub):
    while "$ref" in sub and "description" not in sub:
        sub = schema["$defs"][sub["$ref"].rsplit("/", 1)[-1]]
    return sub


def test_every_key_is_documented(schema):
    undocumented = []
    for path, node in _subschemas(schema):
        if "if" in path.split("/") or "/then" in path or "/else" in path or "/oneOf/" in path:
            continue  # restrictions of keys declared (and documented) elsewhere
        props = node.get("properties")
        if not isinstance(props, dict) or path.endswith("/properties"):
            continue
        for key, sub in props.items():
            if sub is False:
                continue
            if "description" not in _resolve(schema, sub):
                undocumented.append(f"{path}/properties/{key}")
    for name, sub in schema["$defs"].items():
        if "description" not in sub:
            undocumented.append(f"#/$defs/{name}")
    assert not undocumented, undocumented


OPEN_OBJECTS = {"#/$defs/SampleData", "#/$defs/SampleRecord"}


def test_objects_are_closed(schema):
    open_ = []
    for path, node in _subschemas(schema):
        if node.get("type") != "object" or "properties" not in node:
            continue
        if path in OPEN_OBJECTS or "oneOf" in node:  # unions: every branch is closed
            continue
        if node.get("additionalProperties") is not False:
            open_.append(path)
    assert not open_, open_


# --------------------------------------------------------------------------- the samples


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_sample_validates(validator, path):
    model = _load(path)
    errors = [f"{_pointer(e.absolute_path)}: {e.message}" for e in validator.iter_errors(model)]
    assert not errors, "\n".join(errors)
    assert model["$schema"] == "../schemas/torque-model.schema.json"
    assert (path.parent / model["$schema"]).resolve() == SCHEMA_PATH


def test_samples_present():
    assert {p.name for p in SAMPLES} >= {"customer-order.json", "todo.json"}


def test_customer_order_sample_shape(order_model):
    m = order_model
    assert [e["name"] for e in m["entities"]] == ["Customer", "Order"]
    assert len(m["relationships"]) == 1
    assert {f["name"] for f in m["flows"]} == {"validateOrder", "orderStatusChanged"}
    assert [(lay["name"], lay["route"]) for lay in m["layouts"]] == [
        ("dashboard", "/"), ("customers", "/customers"), ("orders", "/orders")]
    customers, orders = m["sampleData"]["Customer"], m["sampleData"]["Order"]
    assert len(customers) == 5 and len(orders) == 6
    assert {c["customerType"] for c in customers} == {"Individual", "Business", "Premium", "Enterprise"}
    customer_ids = {c["id"] for c in customers}
    assert len(customer_ids) == 5
    assert all(o["customerId"] in customer_ids for o in orders)
    assert [r["name"] for r in m["auth"]["roles"]] == ["admin", "sales", "viewer"]


# --------------------------------------------------------------------------- rejected models


def test_unknown_top_level_key(validator, order_model):
    order_model["colour"] = "blue"
    assert_rejected(validator, order_model, "", "additionalProperties", "colour")


def test_unknown_field_key(validator, order_model):
    order_model["entities"][0]["fields"][0]["lable"] = "Name"
    assert_rejected(validator, order_model, "/entities/0/fields/0", "additionalProperties", "lable")


def test_enum_field_without_values(validator, order_model):
    fields = order_model["entities"][0]["fields"]
    i = _index(fields, name="customerType")
    del fields[i]["values"]
    assert_rejected(validator, order_model, f"/entities/0/fields/{i}", "required", "values")


def test_values_on_non_enum_field(validator, order_model):
    order_model["entities"][0]["fields"][0]["values"] = ["a", "b"]
    assert_rejected(validator, order_model, "/entities/0/fields/0/values", "not")


def test_reference_without_target(validator, order_model):
    fields = order_model["entities"][1]["fields"]
    i = _index(fields, name="customerId")
    del fields[i]["target"]
    assert_rejected(validator, order_model, f"/entities/1/fields/{i}", "required", "target")


def test_length_validation_on_integer_field(validator, order_model):
    order_model["entities"][0]["fields"].append(
        {"id": "fld-age", "name": "age", "type": "integer", "validation": {"min": 0, "maxLength": 3}})
    assert_rejected(validator, order_model, "/entities/0/fields/9/validation/maxLength", "not")


def test_reserved_field_name(validator, order_model):
    order_model["entities"][0]["fields"][0]["name"] = "createdAt"
    assert_rejected(validator, order_model, "/entities/0/fields/0/name", "not")


def test_default_of_wrong_type(validator, order_model):
    fields = order_model["entities"][0]["fields"]
    i = _index(fields, name="isActive")
    fields[i]["default"] = "yes"
    assert_rejected(validator, order_model, f"/entities/0/fields/{i}/default", "type")


def test_partitions_out_of_range(validator, order_model):
    order_model["database"]["partitions"] = 65
    assert_rejected(validator, order_model, "/database/partitions", "maximum")


def test_position_col_13(validator, order_model):
    order_model["layouts"][0]["components"][0]["position"] = {"row": 1, "col": 13, "span": 1}
    assert_rejected(validator, order_model, "/layouts/0/components/0/position/col", "maximum")


def test_children_on_data_grid(validator, order_model):
    comps = order_model["layouts"][1]["components"]
    i = _index(comps, type="DataGrid")
    comps[i]["children"] = [{"id": "t", "type": "Text", "text": "nested"}]
    assert_rejected(validator, order_model, f"/layouts/1/components/{i}", "additionalProperties", "children")


def test_unknown_component_type(validator, order_model):
    order_model["layouts"][0]["components"][0]["type"] = "Heading"
    assert_rejected(validator, order_model, "/layouts/0/components/0/type", "enum")


def test_position_on_modal(validator, order_model):
    comps = order_model["layouts"][1]["components"]
    i = _index(comps, type="Modal")
    comps[i]["position"] = {"row": 3, "col": 1, "span": 12}
    assert_rejected(validator, order_model, f"/layouts/1/components/{i}", "additionalProperties", "position")


def test_navigate_action_without_page(validator, order_model):
    comps = order_model["layouts"][0]["components"]
    i = _index(comps, id="goCustomers")
    del comps[i]["action"]["page"]
    assert_rejected(validator, order_model, f"/layouts/0/components/{i}/action", "required", "page")


def test_bad_trigger_event(validator, order_model):
    order_model["flows"][0]["trigger"]["event"] = "upsert"
    assert_rejected(validator, order_model, "/flows/0/trigger/event", "enum")


def test_unknown_trigger_type(validator, order_model):
    order_model["flows"][0]["trigger"] = {"type": "cron", "cron": "0 * * * *"}
    assert_rejected(validator, order_model, "/flows/0/trigger/type", "enum")


def test_entity_trigger_without_entity(validator, order_model):
    del order_model["flows"][0]["trigger"]["entity"]
    assert_rejected(validator, order_model, "/flows/0/trigger", "required", "entity")


def test_schedule_with_both_interval_and_cron(validator, order_model):
    order_model["flows"][0]["trigger"] = {"type": "schedule", "intervalSeconds": 60, "cron": "0 * * * *"}
    assert_rejected(validator, order_model, "/flows/0/trigger/cron", "not")


def test_javascript_node_without_code(validator, order_model):
    nodes = order_model["flows"][0]["nodes"]
    i = _index(nodes, type="javascript")
    del nodes[i]["code"]
    assert_rejected(validator, order_model, f"/flows/0/nodes/{i}", "required", "code")


def test_entity_write_update_without_record_id(validator, order_model):
    nodes = order_model["flows"][1]["nodes"]
    i = _index(nodes, type="entityWrite")
    del nodes[i]["recordId"]
    assert_rejected(validator, order_model, f"/flows/1/nodes/{i}", "required", "recordId")


def test_entity_read_with_record_id_and_filters(validator, order_model):
    nodes = order_model["flows"][0]["nodes"]
    i = _index(nodes, type="entityRead")
    nodes[i]["filters"] = [{"field": "isActive", "op": "eq", "value": "true"}]
    assert_rejected(validator, order_model, f"/flows/0/nodes/{i}/filters", "not")


def test_bad_permission(validator, order_model):
    order_model["auth"]["roles"][1]["permissions"]["Customer"] = ["read", "write"]
    assert_rejected(validator, order_model, "/auth/roles/1/permissions/Customer/1", "enum")


def test_bad_sample_id(validator, order_model):
    order_model["sampleData"]["Customer"][0]["id"] = "customer-1"
    assert_rejected(validator, order_model, "/sampleData/Customer/0/id", "pattern")


def test_entity_name_must_be_pascal_case(validator, order_model):
    order_model["entities"][0]["name"] = "customer"
    assert_rejected(validator, order_model, "/entities/0/name", "pattern")
