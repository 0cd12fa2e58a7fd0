from passes.modelkit import check, flow, minimal


def with_roles(*roles, flows=None):
    m = minimal()
    m["auth"] = {"roles": list(roles)}
    if flows:
        m["flows"] = flows
    return m


def test_valid_auth():
    m = with_roles({"name": "admin", "permissions": {"*": ["read", "create", "update", "delete"]}, "flows": ["*"]},
                   {"name": "viewer", "permissions": {"Customer": ["read"]}, "flows": ["doIt"]}, flows=[flow()])
    assert check(m).codes == []


def test_unknown_entity_and_flow():
    m = with_roles({"name": "sales", "permissions": {"Custmer": ["read"]}, "flows": ["doit"]}, flows=[flow()])
    r = check(m)
    assert r.codes == ["E901", "E903"]
    assert r.diags.items[0].hint == "did you mean `Customer`?" and r.diags.items[0].at_key
    assert r.diags.items[1].pointer == "/auth/roles/0/flows/0"


def test_unknown_operation_without_schema():
    m = with_roles({"name": "x", "permissions": {"Order": ["raed"]}})
    d = check(m, schema=False).only("E902")
    assert d.hint == "did you mean `read`?"


def test_empty_permission_warns():
    assert check(with_roles({"name": "x", "permissions": {"Order": []}})).codes == ["W901"]


def test_read_only_fields_name_existing_entities_and_fields():
    from passes.modelkit import check as _check, minimal as _minimal

    m = _minimal()
    m["auth"] = {"roles": [{"name": "sales", "permissions": {"Customer": ["read", "update"]},
                            "readOnlyFields": {"Customer": ["emial"], "Custmer": ["name"]}}]}
    r = _check(m)
    assert r.codes == ["E904", "E904"]
    assert any(d.hint == "did you mean `email`?" for d in r.diags)
    m["auth"]["roles"][0]["readOnlyFields"] = {"Customer": ["email"]}
    assert _check(m).codes == []
    assert _check(m).model.auth.roles[0].read_only_fields == (("Customer", ("email",)),)
