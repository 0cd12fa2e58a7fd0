"""Pass json_schemas: the parts the golden case (tests/diagnostics/cases/json_schema_field) does not show."""

from __future__ import annotations

from passes.modelkit import check, minimal

LINES = {"type": "array", "items": {"type": "object", "required": ["sku"]}}


def _model(schema, **field_extra):
    m = minimal()
    m["entities"][1]["fields"].append({"id": "fld-order-lines", "name": "lines", "type": "json", "jsonSchema": schema, **field_extra})
    return m


def test_a_matching_schema_default_and_samples_are_fine():
    m = _model(LINES, default=[{"sku": "A"}])
    m["sampleData"] = {"Customer": [{"id": "c1000000-0000-4000-8000-000000000001", "name": "Ann"}],
                       "Order": [{"number": "1", "customerId": "c1000000-0000-4000-8000-000000000001", "lines": [{"sku": "B"}]}]}
    assert check(m).codes == []


def test_a_sample_nested_too_deep_is_a_diagnostic_not_a_crash():
    m = _model(LINES)
    deep: list = []
    for _ in range(400):
        deep = [deep]
    m["sampleData"] = {"Customer": [{"id": "c1000000-0000-4000-8000-000000000001", "name": "Ann"}],
                       "Order": [{"number": "1", "customerId": "c1000000-0000-4000-8000-000000000001", "lines": deep}]}
    r = check(m)
    assert r.codes == ["E813"] and "nests too deep" in r.diags.items[0].message


def test_a_large_failing_value_is_quoted_short():
    m = _model({"type": "array", "items": {"type": "string"}})
    m["sampleData"] = {"Customer": [{"id": "c1000000-0000-4000-8000-000000000001", "name": "Ann"}],
                       "Order": [{"number": "1", "customerId": "c1000000-0000-4000-8000-000000000001", "lines": [{"k": "x" * 5000}]}]}
    r = check(m)
    assert r.codes == ["E813"] and len(r.diags.items[0].message) < 200
    assert r.diags.items[0].pointer == "/sampleData/Order/0/lines/0"


def test_patterns_in_property_names_must_be_portable():
    r = check(_model({"type": "object", "patternProperties": {"(?i)^x": {"type": "string"}}}))
    assert r.codes == ["E532"] and r.diags.items[0].pointer == "/entities/1/fields/3/jsonSchema/patternProperties/(?i)^x"
