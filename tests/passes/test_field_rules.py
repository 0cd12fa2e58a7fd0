import pytest

from passes.modelkit import check, field, minimal
from torquec.passes.field_rules import portability_problem


def _with(**spec):
    m = minimal()
    spec.setdefault("name", "x")
    field(m, 0, **spec)
    return m


@pytest.mark.parametrize("spec,key", [
    ({"type": "integer", "validation": {"minLength": 1}}, "minLength"),
    ({"type": "boolean", "validation": {"maxLength": 3}}, "maxLength"),
    ({"type": "string", "validation": {"min": 1}}, "min"),
    ({"type": "date", "validation": {"max": 1}}, "max"),
    ({"type": "array", "items": {"type": "string"}, "validation": {"pattern": "a"}}, "pattern"),
    ({"type": "integer", "validation": {"pattern": "[0-9]+"}}, "pattern"),
])
def test_rule_must_fit_type(spec, key):
    d = check(_with(**spec), schema=False).only("E501")
    assert d.pointer == f"/entities/0/fields/2/validation/{key}"
    assert d.at_key


@pytest.mark.parametrize("spec", [
    {"type": "string", "validation": {"minLength": 1, "maxLength": 10, "pattern": "[a-z]+"}},
    {"type": "text", "validation": {"minLength": 300}},
    {"type": "array", "items": {"type": "integer"}, "validation": {"minLength": 1, "maxLength": 3}},
    {"type": "decimal", "precision": 38, "scale": 38, "validation": {"min": 0, "max": 0.5}},
    {"type": "integer", "validation": {"min": 5, "max": 5}},
])
def test_valid_rules(spec):
    assert check(_with(**spec)).codes == []


def test_bounds_ordered():
    assert check(_with(type="integer", validation={"min": 10, "max": 1})).only("E502").pointer.endswith("/validation/min")
    assert check(_with(type="string", validation={"minLength": 10, "maxLength": 1})).codes == ["E503"]


def test_min_length_above_implicit_string_cap():
    d = check(_with(type="string", validation={"minLength": 300})).only("E503")
    assert "255" in d.message and "maxLength" in d.hint


def test_pattern_must_compile():
    d = check(_with(type="string", validation={"pattern": "([a-z]+"}), schema=False).only("E504")
    assert "missing )" in d.message


@pytest.mark.parametrize("pattern,what", [
    (r"(?<=a)b", "lookbehind"),
    (r"(?<!a)b", "lookbehind"),
    (r"(?P<word>\w+)", "named group"),
    (r"(?<word>\w+)", "named group"),
    (r"(?i)abc", "inline flags"),
    (r"(?i:abc)", "inline flags"),
    (r"\Aabc\Z", "anchor"),
    (r"a{,3}", "lower bound"),
    (r"a++", "possessive"),
    (r"(?>a)", "atomic"),
    (r"(?#note)a", "comment"),
])
def test_pattern_portability(pattern, what):
    problem = portability_problem(pattern)
    assert problem is not None and what in problem[0]


@pytest.mark.parametrize("pattern", [r"^ORD-[0-9]{4,}$", r"^\+?[0-9][0-9 ()-]{6,19}$", r"(?:ab)+c?", r"(?=a)a", r"(?!b)a",
                                     r"[(?<=]x", r"\(?i\)", r"a{2,}", r"[a-z]+\.[a-z]{2,}", r"\d+(\.\d{1,2})?"])
def test_portable_patterns(pattern):
    assert portability_problem(pattern) is None


def test_nonportable_pattern_diagnostic_points_inside_string():
    r = check(_with(type="string", validation={"pattern": "^(?<=x)abc$"}))
    d = r.only("E505")
    assert d.inner == (1, 2, 4)
    assert "lookbehind" in r.text


@pytest.mark.parametrize("pattern,code", [
    (r"^(?=a)(a+)+$", ["E512"]),            # look-ahead: Python's backtracking `re` at run time, nested: refused
    (r"^(\w+\s?)*\1$", ["E512"]),          # back-reference, nested
    (r"^(a+)+$", []),                       # nested, but the linear-time Rust engine validates it
    (r"^(?=.*\d)(?=.*[a-z]).{8,}$", []),     # look-ahead without nesting
])
def test_backtracking_patterns_may_not_nest_quantifiers(pattern, code):
    assert check(_with(type="string", validation={"pattern": pattern})).codes == code


@pytest.mark.parametrize("precision,scale,code", [(0, 0, "E506"), (39, 2, "E506"), (10, 11, "E507")])
def test_decimal_precision_scale(precision, scale, code):
    assert check(_with(type="decimal", precision=precision, scale=scale), schema=False).codes == [code]


@pytest.mark.parametrize("max_bytes,codes", [(0, ["E515"]), (64 * 1024 * 1024 + 1, ["E515"]), (1, []), (64 * 1024 * 1024, [])])
def test_bytes_max_bytes_range(max_bytes, codes):
    assert check(_with(type="bytes", maxBytes=max_bytes), schema=False).codes == codes


def test_bytes_are_neither_unique_nor_indexed():
    assert check(_with(type="bytes", unique=True), schema=False).codes == ["E510"]
    assert check(_with(type="bytes", indexed=True), schema=False).codes == ["W501"]


@pytest.mark.parametrize("field,code", [({"type": "bytes", "default": "QUJD"}, "E109"), ({"type": "string", "maxBytes": 5}, "E109"),
                                        ({"type": "localDateTime", "default": "2021-01-01T00:00:00Z"}, "E105")])
def test_schema_keeps_type_specific_keys_to_their_type(field, code):
    assert code in check(_with(**field)).codes


def test_defaults_of_the_new_types_are_checked():
    assert check(_with(type="localDateTime", default="2021-01-01 08:00")).codes == []
    assert check(_with(type="decimal", precision=5, scale=2, default="123.45")).codes == []


def test_enum_values_unique_and_nonempty():
    r = check(_with(type="enum", values=["a", "b", "a", " "]), schema=False)
    assert r.codes == ["E509", "E508"]
    assert check(_with(type="enum", values=[]), schema=False).codes == ["E508"]


def test_array_item_values_unique():
    assert check(_with(type="array", items={"type": "string", "values": ["x", "x"]}), schema=False).codes == ["E509"]


def test_unique_on_structured_types():
    assert check(_with(type="json", unique=True)).codes == ["E510"]
    assert check(_with(type="array", items={"type": "string"}, unique=True)).codes == ["E510"]


def test_indexed_json_is_a_warning():
    r = check(_with(type="json", indexed=True))
    assert r.codes == ["W501"] and not r.diags.has_errors
