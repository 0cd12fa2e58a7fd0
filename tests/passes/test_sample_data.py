from passes.modelkit import check, field, minimal

C1 = "c1000000-0000-4000-8000-000000000001"
C2 = "c1000000-0000-4000-8000-000000000002"


def with_samples(samples, model=None):
    m = model or minimal()
    m["sampleData"] = samples
    return check(m)


def test_valid_samples():
    r = with_samples({
        "Customer": [{"id": C1, "name": "Ann", "email": "ann@example.com"}, {"id": C2, "name": "Bob"}],
        "Order": [{"number": "1", "customerId": C1, "total": 12.5}, {"number": "2", "customerId": C2.upper()}],
    })
    assert r.codes == []


def test_unknown_entity_and_field():
    r = with_samples({"Custmer": [{"name": "x"}], "Customer": [{"name": "x", "emial": "a@b.co"}]})
    assert r.codes == ["E801", "E802"]
    assert r.diags.items[0].hint == "did you mean `Customer`?"
    assert r.diags.items[1].pointer == "/sampleData/Customer/0/emial"
    assert r.diags.items[1].hint == "did you mean `email`?"


def test_required_fields():
    r = with_samples({"Customer": [{"email": "a@b.co"}, {"name": None}]})
    assert r.codes == ["E803", "E803"]
    assert r.diags.items[0].pointer == "/sampleData/Customer/0"
    assert r.diags.items[1].pointer == "/sampleData/Customer/1/name"


def test_required_with_default_may_be_omitted():
    m = minimal()
    field(m, 0, name="tier", type="enum", values=["a", "b"], required=True, default="a")
    assert with_samples({"Customer": [{"name": "x"}]}, model=m).codes == []


def test_types_enums_rules():
    m = minimal()
    field(m, 0, name="tier", type="enum", values=["Gold", "Silver"])
    field(m, 0, name="age", type="integer", validation={"min": 0})
    field(m, 0, name="tags", type="array", items={"type": "string"})
    r = with_samples({"Customer": [{"name": 5, "email": "nope", "tier": "Gld", "age": -1, "tags": ["a", 1]}]}, model=m)
    assert r.codes == ["E804", "E804", "E805", "E806", "E804"]
    assert r.diags.items[2].hint == "did you mean `Gold`?"
    assert r.diags.items[4].pointer == "/sampleData/Customer/0/tags/1"


def test_ids_without_schema():
    m = minimal()
    m["sampleData"] = {"Customer": [{"id": "nope", "name": "a"}, {"id": C1, "name": "b"}, {"id": C1.upper(), "name": "c"}]}
    r = check(m, schema=False)
    assert r.codes == ["E807", "E808"]


def test_references_must_point_at_sample_ids():
    r = with_samples({"Customer": [{"id": C1, "name": "a"}, {"name": "no id"}],
                      "Order": [{"number": "1", "customerId": C2}, {"number": "2", "customerId": C1}]})
    d = r.only("E809")
    assert d.pointer == "/sampleData/Order/0/customerId"
    r = with_samples({"Order": [{"number": "1", "customerId": C2}]})
    assert f'add a `Customer` sample record with `"id": "{C2}"`' == r.only("E809").hint


def test_reference_order_does_not_matter():
    r = with_samples({"Order": [{"number": "1", "customerId": C1}], "Customer": [{"id": C1, "name": "a"}]})
    assert r.codes == []


def test_unique_fields_unique_in_samples():
    r = with_samples({"Customer": [{"name": "a", "email": "x@y.zz"}, {"name": "b", "email": "x@y.zz"}, {"name": "c"}, {"name": "d"}]})
    d = r.only("E810")
    assert d.pointer == "/sampleData/Customer/1/email" and "/sampleData/Customer/0/email" in d.notes[0]


def test_server_set_fields_rejected():
    r = with_samples({"Customer": [{"name": "a", "createdAt": "2024-01-01T00:00:00Z"}]})
    assert r.codes == ["E811"]


def test_hostile_patterns_do_not_hang_the_build():
    """`(a+)+` against 'a'*24 + '!' took Python's `re` 0.5 s, doubling per character."""
    import time

    m = minimal()
    field(m, 0, name="code", type="string", validation={"pattern": "(a+)+"})  # linear engine: decided at once
    field(m, 0, name="tag", type="string", validation={"pattern": "(?=a)(a|a)*"})  # look-ahead: backtracking, bounded
    hostile = "a" * 40 + "!"
    t0 = time.monotonic()
    r = with_samples({"Customer": [{"name": "x", "code": hostile, "tag": hostile}, {"name": "y", "tag": hostile},
                                   {"name": "z", "code": "aaa", "tag": "aaa"}]}, model=m)
    assert time.monotonic() - t0 < 3.0
    assert r.codes == ["E806", "E511", "E511"]
    slow = r.diags.items[1]
    assert slow.pointer == "/sampleData/Customer/0/tag"
    assert "could not be checked against the pattern `(?=a)(a|a)*` of `tag`" in slow.message
    assert "nested quantifiers" in slow.hint


def _with_links(model=None):
    m = model or minimal()
    m["entities"].append({"id": "ent-tag", "name": "Tag", "fields": [{"id": "fld-tag-label", "name": "label", "type": "string"}]})
    m.setdefault("relationships", []).append({"id": "rel-customer-tags", "name": "tags", "from": "Customer", "to": "Tag", "kind": "manyToMany",
                               "inverseName": "customers"})
    return m


T1 = "d1000000-0000-4000-8000-000000000001"


def test_many_to_many_links_from_either_side():
    """Before: E802 "not a field" for a link list."""
    r = with_samples({"Customer": [{"id": C1, "name": "Ann", "tags": [T1]}, {"id": C2, "name": "Bob"}],
                      "Tag": [{"id": T1, "label": "vip", "customers": [C2.upper()]}]}, model=_with_links())
    assert r.codes == []


def test_links_name_sample_ids():
    r = with_samples({"Customer": [{"id": C1, "name": "Ann", "tags": [T1, C2], "tgas": []}, {"name": "Bob", "tags": "vip"}],
                      "Tag": [{"id": T1, "label": "vip"}]}, model=_with_links())
    assert r.codes == ["E809", "E802", "E804"]
    assert r.diags.items[0].pointer == "/sampleData/Customer/0/tags/1"
    assert r.diags.items[1].hint == "did you mean `tags`?" and "many-to-many link" in r.diags.items[1].message
