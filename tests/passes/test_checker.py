import dataclasses

import pytest

from passes.modelkit import check, minimal
from torquec.diagnostics import Diagnostics, error
from torquec.ir.checker import check_model


def _model():
    m = minimal()
    m["relationships"] = [{"id": "r", "name": "orders", "from": "Customer", "to": "Order", "kind": "oneToMany", "inverseName": "customer"}]
    r = check(m)
    assert r.codes == []
    return r.model


def test_clean_model_passes_every_stage():
    model = _model()
    for stage in ("names", "relationships", "sample_data", ""):
        check_model(model, after=stage, diags=Diagnostics())


def test_missing_pointer():
    model = _model()
    e = dataclasses.replace(model.entities[0], pointer="")
    with pytest.raises(AssertionError, match="no pointer"):
        check_model(dataclasses.replace(model, entities=(e, *model.entities[1:])), after="names")


def test_shared_pointer():
    model = _model()
    f0, f1 = model.entities[0].fields
    e = dataclasses.replace(model.entities[0], fields=(f0, dataclasses.replace(f1, pointer=f0.pointer)))
    with pytest.raises(AssertionError, match="share the pointer"):
        check_model(dataclasses.replace(model, entities=(e, *model.entities[1:])), after="names")


def test_unresolved_relationship_after_relationships_pass():
    model = _model()
    r = dataclasses.replace(model.relationships[0], foreign_key=None, holder=None)
    broken = dataclasses.replace(model, relationships=(r,))
    check_model(broken, after="names")  # not yet resolved: fine
    with pytest.raises(AssertionError, match="unresolved"):
        check_model(broken, after="relationships")
    diags = Diagnostics()
    diags.add(error("E406", "x"))
    check_model(broken, after="relationships", diags=diags)  # errors reported: resolution may be partial


def test_duplicate_ids_after_names():
    model = _model()
    e = dataclasses.replace(model.entities[1], id=model.entities[0].id)
    with pytest.raises(AssertionError, match="not unique"):
        check_model(dataclasses.replace(model, entities=(model.entities[0], e)), after="names")


def test_every_problem_is_reported_at_once():
    model = _model()
    e0 = dataclasses.replace(model.entities[0], pointer="")
    r = dataclasses.replace(model.relationships[0], foreign_key=None, holder=None)
    broken = dataclasses.replace(model, entities=(e0, *model.entities[1:]), relationships=(r,))
    with pytest.raises(AssertionError) as exc:
        check_model(broken, after="relationships")
    text = str(exc.value)
    assert "problems" in text and "no pointer" in text and "unresolved" in text


def test_resolved_facts_are_checked_after_resolve():
    model = _model()
    f = dataclasses.replace(model.entities[0].fields[0], widget="checkbox")  # a string field
    e = dataclasses.replace(model.entities[0], fields=(f, *model.entities[0].fields[1:]), display_field="nope")
    broken = dataclasses.replace(model, entities=(e, *model.entities[1:]))
    check_model(broken, after="sample_data")  # resolve has not run yet
    with pytest.raises(AssertionError) as exc:
        check_model(broken, after="resolve")
    assert "display field 'nope'" in str(exc.value) and "widget 'checkbox'" in str(exc.value)


def test_the_pass_list_is_imported_functions_in_order():
    from torquec.passes import PASSES, pass_name

    names = [pass_name(fn) for fn in PASSES]
    assert names[0] == "names" and names[-1] == "resolve"
    assert names.index("relationships") < names.index("resolve")
    assert all(callable(fn) for fn in PASSES) and len(set(names)) == len(names)
