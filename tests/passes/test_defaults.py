import pytest

from passes.modelkit import check, field, minimal


def _with(**spec):
    m = minimal()
    spec.setdefault("name", "x")
    field(m, 0, **spec)
    return m


@pytest.mark.parametrize("spec", [
    {"type": "string", "default": "abc"},
    {"type": "integer", "default": -5},
    {"type": "float", "default": 1},
    {"type": "decimal", "default": 12.25},
    {"type": "boolean", "default": False},
    {"type": "date", "default": "2024-02-29"},
    {"type": "datetime", "default": "2024-02-29T10:00:00Z"},
    {"type": "datetime", "default": "2024-02-29T10:00:00.123+02:00"},
    {"type": "uuid", "default": "123e4567-e89b-42d3-a456-426614174000"},
    {"type": "email", "default": "a@example.com"},
    {"type": "url", "default": "https://example.com/x?y=1"},
    {"type": "enum", "values": ["a", "b"], "default": "b"},
    {"type": "array", "items": {"type": "integer"}, "default": [1, 2]},
    {"type": "json", "default": {"any": ["thing"]}},
])
def test_valid_defaults(spec):
    assert check(_with(**spec)).codes == []


def test_null_default_of_optional_field_is_no_default():
    # The schema rejects it; the pass on its own tolerates it.
    assert check(_with(type="string", default=None), schema=False).codes == []


@pytest.mark.parametrize("spec,code", [
    ({"type": "integer", "default": 1.5}, "E520"),
    ({"type": "integer", "default": 2.0}, "E520"),
    ({"type": "integer", "default": True}, "E520"),
    ({"type": "integer", "default": 2**63}, "E520"),
    ({"type": "date", "default": "2023-02-29"}, "E520"),
    ({"type": "date", "default": "31/12/2024"}, "E520"),
    ({"type": "datetime", "default": "2024-01-01T10:00:00"}, "E520"),
    ({"type": "datetime", "default": "2024-01-01"}, "E520"),
    ({"type": "uuid", "default": "not-a-uuid"}, "E520"),
    ({"type": "email", "default": "nobody"}, "E520"),
    ({"type": "url", "default": "ftp://example.com"}, "E520"),
    ({"type": "url", "default": "example.com"}, "E520"),
    ({"type": "boolean", "default": "yes"}, "E520"),
    ({"type": "string", "default": None, "required": True}, "E520"),
    ({"type": "enum", "values": ["Draft", "Sent"], "default": "draft"}, "E521"),
    ({"type": "string", "default": "ab", "validation": {"minLength": 3}}, "E522"),
    ({"type": "string", "default": "x" * 256}, "E522"),
    ({"type": "string", "default": "abc", "validation": {"pattern": "^[0-9]+$"}}, "E522"),
    ({"type": "integer", "default": 11, "validation": {"max": 10}}, "E522"),
    ({"type": "decimal", "default": 1.005}, "E522"),
    ({"type": "decimal", "precision": 4, "scale": 2, "default": 123}, "E522"),
    ({"type": "array", "items": {"type": "string"}, "default": ["a", "b"], "validation": {"maxLength": 1}}, "E522"),
    ({"type": "reference", "target": "Customer", "default": "123e4567-e89b-42d3-a456-426614174000"}, "E523"),
    ({"type": "array", "items": {"type": "integer"}, "default": [1, "2"]}, "E524"),
])
def test_invalid_defaults(spec, code):
    r = check(_with(**spec), schema=False)
    assert r.codes == [code], r.text


def test_enum_default_did_you_mean():
    d = check(_with(type="enum", values=["Draft", "Sent"], default="Sentt")).only("E521")
    assert d.hint == "did you mean `Sent`?"
    assert d.pointer == "/entities/0/fields/2/default"


def test_array_item_points_at_item():
    d = check(_with(type="array", items={"type": "date"}, default=["2024-01-01", "soon"])).only("E524")
    assert d.pointer == "/entities/0/fields/2/default/1"


def test_default_against_a_hostile_pattern_is_decided_or_reported_in_bounded_time():
    import time

    t0 = time.monotonic()
    assert check(_with(type="string", validation={"pattern": "(a+)+"}, default="a" * 40 + "!")).codes == ["E522"]
    r = check(_with(type="string", validation={"pattern": "(?=a)(a|a)*"}, default="a" * 40 + "!"))
    assert r.codes == ["E511"] and r.diags.items[0].pointer.endswith("/default")
    assert time.monotonic() - t0 < 3.0
