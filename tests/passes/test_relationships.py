import pytest

from passes.modelkit import add, check, field, minimal, put
from torquec.ir.nodes import RelationKind


def rel(**kw):
    base = {"id": "rel-1", "name": "orders", "from": "Customer", "to": "Order", "kind": "oneToMany", "inverseName": "customer"}
    base.update(kw)
    return base


def with_rels(*rels):
    m = minimal()
    m["relationships"] = list(rels)
    return m


def test_inferred_foreign_key_is_filled_in():
    r = check(with_rels(rel()))
    assert r.codes == []
    (res,) = r.model.relationships
    assert (res.foreign_key, res.holder, res.join_table) == ("customerId", "Order", None)


def test_declared_foreign_key_many_to_one():
    r = check(with_rels(rel(name="customer", inverseName="orders", **{"from": "Order", "to": "Customer"}, kind="manyToOne",
                            foreignKey="customerId")))
    assert r.codes == []
    assert r.model.relationships[0].holder == "Order"


def test_unknown_ends_with_hint():
    r = check(with_rels(rel(**{"from": "Custmer", "to": "Ordr"})))
    assert r.codes == ["E401", "E402"]
    assert r.diags.items[0].hint == "did you mean `Customer`?"
    assert r.diags.items[1].hint == "did you mean `Order`?"


def test_declared_foreign_key_not_a_field():
    d = check(with_rels(rel(foreignKey="customerID2"))).only("E403")
    assert d.pointer == "/relationships/0/foreignKey"
    assert d.hint == "did you mean `customerId`?"


def test_declared_foreign_key_not_a_reference():
    assert check(with_rels(rel(foreignKey="number"))).codes == ["E404"]


def test_declared_foreign_key_wrong_target():
    m = with_rels(rel(foreignKey="parentId"))
    add(m, "/entities", {"id": "e-x", "name": "Other", "fields": [{"id": "f-x", "name": "x", "type": "string"}]})
    field(m, 1, name="parentId", type="reference", target="Other")
    assert check(m).codes == ["E405"]


def test_no_candidate_hint_names_the_field_to_add():
    m = with_rels(rel())
    del m["entities"][1]["fields"][1]
    d = check(m).only("E406")
    assert d.hint == "add a `reference` field `customerId` with target `Customer` to `Order`"


def test_several_candidates():
    m = with_rels(rel())
    field(m, 1, name="billingCustomerId", type="reference", target="Customer")
    d = check(m).only("E407")
    assert "`customerId`, `billingCustomerId`" in d.message


def test_many_to_many_join_table_and_no_foreign_key():
    r = check(with_rels(rel(kind="manyToMany", name="favouriteOrders", inverseName="fans")))
    assert r.codes == []
    assert r.model.relationships[0].join_table == "customer_favourite_orders"
    m = with_rels(rel(kind="manyToMany", foreignKey="customerId"))
    assert check(m, schema=False).codes == ["E408"]


def test_set_null_needs_optional_key():
    d = check(with_rels(rel(onDelete="setNull"))).only("E409")
    assert "required" in d.hint


def test_one_to_one_needs_unique_key():
    m = with_rels(rel(name="order", kind="oneToOne", **{"from": "Order", "to": "Customer"}, inverseName="lastOrder"))
    d = check(m).only("E410")
    assert '"unique": true' in d.hint
    put(m, "/entities/1/fields/1/unique", True)
    assert check(m).codes == []


def test_same_foreign_key_twice():
    m = with_rels(rel(), rel(id="rel-2", name="customer", inverseName="orders2", **{"from": "Order", "to": "Customer"},
                             kind="manyToOne"))
    d = check(m).only("E411")
    assert "rel" not in d.message or "`orders`" in d.message


def test_join_table_collides_with_entity_table():
    m = with_rels(rel(kind="manyToMany", name="orders", inverseName="fans"))
    add(m, "/entities", {"id": "e-co", "name": "CustomerOrders", "fields": [{"id": "f-co", "name": "x", "type": "string"}]})
    assert check(m).codes == ["E413"]


@pytest.mark.parametrize("kind", ["oneToMany", "manyToOne", "oneToOne"])
def test_self_relationship(kind):
    m = minimal()
    field(m, 0, name="parentId", type="reference", target="Customer", unique=kind == "oneToOne")
    m["relationships"] = [rel(name="children" if kind == "oneToMany" else "parent", **{"from": "Customer", "to": "Customer"},
                              kind=kind, inverseName="parentOf")]
    r = check(m)
    assert r.codes == []
    assert r.model.relationships[0].kind is RelationKind(kind)
    assert r.model.relationships[0].foreign_key == "parentId"
