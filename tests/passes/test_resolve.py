"""Pass ``resolve``: every derived fact is stored on the IR once, and every
backend shows the same value (these tests failed while each backend derived
the facts on its own)."""

from __future__ import annotations

from passes.modelkit import check, field, minimal
from torquec.backends.mcp import spec as mcp_spec
from torquec.backends.server import meta as server_meta
from torquec.backends.web import generate as web_generate


def note_model() -> dict:
    m = minimal()
    m["entities"].append({"id": "ent-note", "name": "Note", "fields": [
        {"id": "fld-note-body", "name": "body", "type": "text"},
        {"id": "fld-note-title", "name": "title", "type": "string", "required": True},
        {"id": "fld-note-site", "name": "site", "type": "url"},
        {"id": "fld-note-count", "name": "count", "type": "integer"},
    ]})
    return m


def resolved(m: dict):
    r = check(m)
    assert not r.diags.has_errors, r.text
    return r


def surfaces(model, name: str) -> dict[str, dict]:
    """What the server metadata, the web model.ts data and the MCP query tool say about entity ``name``."""
    e = model.entity(name)
    index = server_meta.ModelIndex(model)
    server = server_meta.entity_meta(model, index.rels, e, index)
    web = web_generate.ts_entity_meta(e)
    query = next(t for t in mcp_spec.entity_tools(model, e) if t["kind"] == "query")
    return {"server": server, "web": web, "mcp": query}


# --------------------------------------------------------------------------- display field


def test_display_field_is_the_first_required_string_like_field_on_every_surface():
    model = resolved(note_model()).model
    assert model.entity("Note").display_field == "title"
    s = surfaces(model, "Note")
    assert s["server"]["displayField"] == "title"
    assert s["web"]["displayField"] == "title"


def test_display_field_falls_back_to_any_string_like_field_then_id():
    m = note_model()
    m["entities"][2]["fields"][1]["required"] = False
    model = resolved(m).model
    assert model.entity("Note").display_field == "body"
    m["entities"][2]["fields"] = [{"id": "fld-note-count", "name": "count", "type": "integer"}]
    model = resolved(m).model
    assert model.entity("Note").display_field == "id"
    assert surfaces(model, "Note")["server"]["displayField"] == "id"


def test_declared_display_field_wins_even_a_system_field():
    m = note_model()
    m["entities"][2]["ui"] = {"displayField": "createdAt"}
    model = resolved(m).model
    s = surfaces(model, "Note")
    assert s["server"]["displayField"] == s["web"]["displayField"] == "createdAt"


def test_reference_forms_show_the_targets_display_field():
    m = note_model()
    field(m, 1, name="noteId", type="reference", target="Note")
    model = resolved(m).model
    form = server_meta.form_meta(model, model.entity("Order"), "create")
    ref = next(f for f in form["fields"] if f["name"] == "noteId")
    assert ref["reference"] == {"entity": "Note", "displayField": "title"}


# --------------------------------------------------------------------------- widget


def test_a_widget_that_cannot_edit_the_type_warns_and_every_surface_uses_the_default():
    m = note_model()
    m["entities"][2]["fields"][1]["ui"] = {"widget": "checkbox"}
    r = check(m)
    d = r.only("W502")
    assert d.pointer == "/entities/2/fields/1/ui/widget"
    assert "`checkbox`" in d.message and "`text`" in d.message
    assert not r.diags.has_errors
    title = r.model.entity("Note").field("title")
    assert title.widget == "text" and title.ui.widget == "checkbox"
    s = surfaces(r.model, "Note")
    server_field = next(f for f in s["server"]["fields"] if f["name"] == "title")
    assert server_field["ui"]["widget"] == "text"
    assert s["web"]["fields"]["title"]["widget"] == "text"
    form = server_meta.form_meta(r.model, r.model.entity("Note"), "create")
    assert next(f for f in form["fields"] if f["name"] == "title")["widget"] == "text"


def test_a_fitting_widget_is_kept_without_warning():
    m = note_model()
    m["entities"][2]["fields"][0]["ui"] = {"widget": "text"}
    m["entities"][2]["fields"][1]["ui"] = {"widget": "email"}
    r = resolved(m)
    assert r.codes == []
    note = r.model.entity("Note")
    assert (note.field("body").widget, note.field("title").widget, note.field("count").widget) == ("text", "email", "number")


# --------------------------------------------------------------------------- search fields


def test_default_search_fields_are_string_text_and_email_on_every_surface():
    model = resolved(note_model()).model
    assert model.entity("Note").search_fields == ("body", "title")
    s = surfaces(model, "Note")
    assert s["server"]["searchFields"] == ["body", "title"]
    assert s["web"]["searchFields"] == ["body", "title"]
    search = s["mcp"]["inputSchema"]["properties"]["search"]
    assert search["description"].endswith("against body, title.")


def test_declared_search_fields_win():
    m = note_model()
    m["entities"][2]["ui"] = {"searchFields": ["site"]}
    model = resolved(m).model
    s = surfaces(model, "Note")
    assert s["server"]["searchFields"] == s["web"]["searchFields"] == ["site"]
    assert s["mcp"]["inputSchema"]["properties"]["search"]["description"].endswith("against site.")


def test_no_text_fields_means_no_search_anywhere():
    m = note_model()
    m["entities"][2]["fields"] = [{"id": "fld-note-count", "name": "count", "type": "integer"}]
    model = resolved(m).model
    s = surfaces(model, "Note")
    assert s["server"]["searchFields"] == s["web"]["searchFields"] == []
    assert "search" not in s["mcp"]["inputSchema"]["properties"]


# --------------------------------------------------------------------------- default sort


def test_default_sort_is_stored_once():
    m = note_model()
    m["entities"][2]["ui"] = {"defaultSort": {"field": "title"}}
    model = resolved(m).model
    assert model.entity("Note").default_sort == ("title", "asc")
    s = surfaces(model, "Note")
    assert s["server"]["defaultSort"] == s["web"]["defaultSort"] == {"field": "title", "dir": "asc"}
    assert "(default: title asc)" in s["mcp"]["inputSchema"]["properties"]["sort"]["description"]
    assert resolved(note_model()).model.entity("Note").default_sort is None


# --------------------------------------------------------------------------- foreign keys


def two_keys_model() -> dict:
    m = minimal()
    field(m, 1, name="billedToId", type="reference", target="Customer")
    m["relationships"] = [{"id": "rel-billed", "name": "billedOrders", "from": "Customer", "to": "Order", "kind": "oneToMany",
                           "inverseName": "billedTo", "foreignKey": "billedToId", "onDelete": "setNull"}]
    return m


def test_every_backend_takes_the_foreign_key_from_the_ir():
    from torquec.backends.sql.relations import foreign_keys, relationships_touching

    model = resolved(two_keys_model()).model
    rel = model.relationships[0]
    assert (rel.holder, rel.foreign_key, rel.referenced_entity) == ("Order", "billedToId", "Customer")
    order = model.entity("Order")
    fks = {fk.field: fk.on_delete.value for fk in foreign_keys(order, relationships_touching(model, order))}
    assert fks == {"customerId": "restrict", "billedToId": "setNull"}
    index = server_meta.ModelIndex(model)
    navs = {n["name"]: n for n in server_meta.entity_meta(model, index.rels, order, index)["relations"]}
    assert navs["billedTo"]["foreignKey"] == "billedToId" and navs["billedTo"]["via"] == "fk_here"
    assert "clears the reference of the Order records" in mcp_spec._delete_note(model, model.entity("Customer"))


def test_backends_never_invent_a_foreign_key_the_pass_did_not_resolve():
    """The SQL, server and MCP backends each had a fallback that derived the key again."""
    import dataclasses

    from torquec.backends.sql.relations import relationships_touching

    m = minimal()
    m["relationships"] = [{"id": "rel-orders", "name": "orders", "from": "Customer", "to": "Order", "kind": "oneToMany",
                           "inverseName": "customer", "onDelete": "cascade"}]
    model = resolved(m).model
    unresolved = dataclasses.replace(model.relationships[0], holder=None, foreign_key=None)
    model = dataclasses.replace(model, relationships=(unresolved,))
    assert relationships_touching(model, model.entity("Order")) == ()
    assert server_meta.relationships(model)[0].foreign_key is None


# --------------------------------------------------------------------------- labels


def test_one_humanize_for_field_entity_page_and_flow_labels():
    from passes.modelkit import flow, layout

    m = minimal()
    field(m, 0, name="isHTTPSOnly", type="boolean")
    m["flows"] = [flow("sendHTTPSReport")]
    m["layouts"] = [layout("orderHTTPSView")]
    model = resolved(m).model
    assert model.entity("Customer").field("isHTTPSOnly").ui.label == "Is httpsonly"
    assert model.flows[0].label == "Send httpsreport"
    assert model.layouts[0].title == "Order httpsview"
    assert web_generate.ts_flow_meta(model.flows[0])["label"] == "Send httpsreport"


# --------------------------------------------------------------------------- permissions


def test_role_permissions_are_expanded_once():
    from passes.modelkit import flow

    m = minimal()
    m["flows"] = [flow("a"), flow("b")]
    m["auth"] = {"roles": [
        {"name": "clerk", "permissions": {"*": ["read"], "Order": ["create", "read"]}, "flows": ["b"]},
        {"name": "admin", "permissions": {"*": ["delete", "read", "update", "create"]}, "flows": ["*"]},
    ]}
    model = resolved(m).model
    clerk, admin = model.auth.roles
    assert clerk.grants == (("Customer", ("read",)), ("Order", ("read", "create")))
    assert clerk.runnable_flows == ("b",)
    assert admin.grants == (("Customer", ("read", "create", "update", "delete")), ("Order", ("read", "create", "update", "delete")))
    assert admin.runnable_flows == ("a", "b")
    roles = server_meta.roles_meta(model)
    assert roles["clerk"] == {"description": "", "entities": {"Customer": ["read"], "Order": ["read", "create"]}, "flows": ["b"]}


# --------------------------------------------------------------------------- navigations


def test_navigations_of_every_kind_are_derived_once():
    m = minimal()
    field(m, 0, name="managerId", type="reference", target="Customer")
    field(m, 0, name="accountId", type="reference", target="Order", unique=True)
    m["relationships"] = [
        {"id": "r1", "name": "orders", "from": "Customer", "to": "Order", "kind": "oneToMany", "inverseName": "customer"},
        {"id": "r2", "name": "manager", "from": "Customer", "to": "Customer", "kind": "manyToOne", "inverseName": "reports",
         "foreignKey": "managerId"},
        {"id": "r3", "name": "account", "from": "Customer", "to": "Order", "kind": "oneToOne", "inverseName": "owner"},
        {"id": "r4", "name": "tags", "from": "Order", "to": "Customer", "kind": "manyToMany", "inverseName": "taggedOrders"},
    ]
    model = resolved(m).model
    got = {n.name: (n.entity, n.many, n.via, n.forward) for n in model.entity("Customer").navigations}
    assert got == {
        "orders": ("Order", True, "fk_there", True),
        "manager": ("Customer", False, "fk_here", True),
        "reports": ("Customer", True, "fk_there", False),
        "account": ("Order", False, "fk_here", True),
        "taggedOrders": ("Order", True, "join", False),
    }
    order = {n.name: (n.many, n.via) for n in model.entity("Order").navigations}
    assert order == {"customer": (False, "fk_here"), "owner": (False, "fk_there"), "tags": (True, "join")}
    index = server_meta.ModelIndex(model)
    server = {n["name"]: (n["cardinality"], n["via"]) for n in server_meta.entity_meta(model, index.rels, model.entity("Customer"), index)["relations"]}
    assert server == {k: ("many" if v[1] else "one", v[2]) for k, v in got.items()}
    related = next(t for t in mcp_spec.entity_tools(model, model.entity("Customer")) if t["kind"] == "related")
    assert "- reports: the Customer records" in related["description"] and "- manager: the Customer record\n" in related["description"]


# --------------------------------------------------------------------------- enum value labels


def test_value_labels_reach_server_and_web_and_an_unknown_value_warns():
    m = note_model()
    m["entities"][2]["fields"].append({"id": "fld-note-pay", "name": "pay", "type": "enum", "values": ["PayPal", "BankTransfer"],
                                       "ui": {"valueLabels": {"PayPal": "PayPal", "Paypal/x": "oops"}}})
    r = check(m)
    d = r.only("W503")
    assert d.pointer == "/entities/2/fields/4/ui/valueLabels/Paypal~1x"
    assert "`Paypal/x`" in d.message and "`PayPal`, `BankTransfer`" in d.hint
    assert not r.diags.has_errors
    s = surfaces(r.model, "Note")
    assert s["web"]["fields"]["pay"]["valueLabels"] == {"PayPal": "PayPal", "Paypal/x": "oops"}
    server_field = next(f for f in s["server"]["fields"] if f["name"] == "pay")
    assert server_field["ui"]["valueLabels"]["PayPal"] == "PayPal"
    assert "valueLabels" not in s["web"]["fields"]["title"]


# --------------------------------------------------------------------------- display template


def loan_model() -> dict:
    m = minimal()
    m["entities"].append({"id": "ent-loan", "name": "Loan", "fields": [
        {"id": "fld-loan-due", "name": "dueDate", "type": "date"},
        {"id": "fld-loan-order", "name": "orderId", "type": "reference", "target": "Order"},
        {"id": "fld-loan-customer", "name": "customerId", "type": "reference", "target": "Customer", "required": True},
        {"id": "fld-loan-third", "name": "otherId", "type": "reference", "target": "Customer"},
    ]})
    return m


def test_entity_without_string_field_is_named_by_its_references_on_every_surface():
    model = resolved(loan_model()).model
    loan = model.entity("Loan")
    assert loan.display_field == "id"
    # required references first, at most two
    assert loan.display_template == ("", "customerId", " – ", "orderId", "")
    s = surfaces(model, "Loan")
    assert s["server"]["displayTemplate"] == s["web"]["displayTemplate"] == ["", "customerId", " – ", "orderId", ""]
    assert "`{customerId} – {orderId}`" in s["mcp"]["description"]


def test_declared_display_template_wins_and_string_entities_have_none():
    m = loan_model()
    m["entities"][2]["ui"] = {"displayTemplate": "Loan of {orderId} to {customerId}, due {dueDate}"}
    model = resolved(m).model
    assert model.entity("Loan").display_template == ("Loan of ", "orderId", " to ", "customerId", ", due ", "dueDate", "")
    assert model.entity("Customer").display_template == ()
    assert "displayTemplate" not in surfaces(model, "Customer")["server"]
    m["entities"][2]["fields"] = [{"id": "fld-loan-due", "name": "dueDate", "type": "date"}]
    del m["entities"][2]["ui"]
    assert resolved(m).model.entity("Loan").display_template == ()  # nothing to name it by: its id
