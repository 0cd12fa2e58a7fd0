"""Diagnostics that keep going after schema errors, machine-usable fixes and
rename hints (issue 14 §3). The exact texts are in the golden cases
``keep_going_*`` and ``rename_*``; these tests check the structured data."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from torquec.cli import app
from torquec.driver import analyze

CASES = Path(__file__).parent / "cases"
ROOT_SAMPLE = Path(__file__).resolve().parents[2] / "sample" / "customer-order.json"


def _codes(result) -> list[str]:
    return [d.code for d in result.diagnostics]


def test_schema_error_and_name_error_are_both_reported():
    result = analyze(str(CASES / "keep_going_schema_and_names.json"))
    assert _codes(result) == ["E104", "E402", "E702"]


def test_json_output_carries_the_replacement_and_its_span(monkeypatch):
    monkeypatch.chdir(CASES)
    out = CliRunner().invoke(app, ["check", "--format", "json", "keep_going_schema_and_names.json"]).stdout
    diags = {d["code"]: d for d in json.loads(out)["diagnostics"]}
    assert diags["E104"]["replacement"] == {"text": '"string"', "line": 16, "column": 57, "length": 7}
    assert diags["E402"]["replacement"] == {"text": '"Author"', "line": 22, "column": 72, "length": 7}
    assert diags["E702"]["replacement"]["text"] == '"title"'
    # Applying every replacement fixes those errors (the grid then lists `title`
    # twice, which the schema reports next).
    text = (CASES / "keep_going_schema_and_names.json").read_text(encoding="utf-8")
    lines = text.split("\n")
    for d in sorted(diags.values(), key=lambda d: (d["line"], d["column"]), reverse=True):
        r = d["replacement"]
        row = lines[r["line"] - 1]
        lines[r["line"] - 1] = row[: r["column"] - 1] + r["text"] + row[r["column"] - 1 + r["length"]:]
    fixed = analyze("fixed.json", text="\n".join(lines))
    assert _codes(fixed) == ["E108"]


def test_a_hint_without_a_name_has_no_replacement(monkeypatch):
    result = analyze(str(CASES / "keep_going_quarantine.json"))
    by_code = {d.code: d for d in result.diagnostics}
    assert by_code["E104"].replacement is None  # "expected one of `asc`, `desc`"
    assert by_code["E302"].replacement == "title"


def test_top_level_schema_error_still_stops_before_the_passes():
    text = json.dumps({"name": "Bad Name", "entities": [{"id": "e", "name": "A", "fields": [
        {"id": "f", "name": "x", "type": "reference", "target": "Nope"}]}]})
    assert _codes(analyze("m.json", text=text)) == ["E105"]


def test_rename_hint_from_an_explicit_previous_model():
    model = json.loads((CASES / "rename_field_stable_id.json").read_text(encoding="utf-8"))
    previous = json.loads(json.dumps(model).replace('"stock"', '"copies"'))
    result = analyze("m.json", text=json.dumps(model), previous=previous)
    hints = {d.code: (d.hint, d.replacement) for d in result.diagnostics}
    assert hints["E702"] == ("did you mean `stock`? (`copies` was renamed; same id `fld-book-copies` in the last good build)", "stock")
    # Without a last good build there is nothing to go on.
    assert all(d.hint is None for d in analyze("m.json", text=json.dumps(model), out_dir="/nonexistent").diagnostics)


def test_syntax_fixes_remove_a_trailing_comma_and_a_line_comment(monkeypatch):
    monkeypatch.chdir(CASES)
    for case in ("json_trailing_comma_object", "json_trailing_comma_array", "json_comment"):
        out = CliRunner().invoke(app, ["check", "--format", "json", f"{case}.json"]).stdout
        (d,) = json.loads(out)["diagnostics"]
        r = d["replacement"]
        assert r is not None and r["text"] == "", case
        lines = (CASES / f"{case}.json").read_text(encoding="utf-8").split("\n")
        row = lines[r["line"] - 1]
        lines[r["line"] - 1] = row[: r["column"] - 1] + row[r["column"] - 1 + r["length"]:]
        fixed = analyze("fixed.json", text="\n".join(lines))
        assert "E001" not in _codes(fixed), (case, [x.message for x in fixed.diagnostics])


def test_schema_errors_are_charged_to_the_smallest_element():
    from torquec.validate.keep_going import element_of

    assert element_of("/entities/0/fields/2/validation/min") == "/entities/0/fields/2"
    assert element_of("/entities/0/ui/defaultSort/dir") == "/entities/0"
    # a form's `fields` are names: the form is the element
    assert element_of("/layouts/1/components/3/children/0/fields/0") == "/layouts/1/components/3/children/0"
    assert element_of("/layouts/0/components/1/rowActions/0/type") == "/layouts/0/components/1"
    assert element_of("/flows/0/nodes/1/code") == "/flows/0"
    assert element_of("/sampleData/Book/0/title") == "/sampleData/Book/0"
    assert element_of("/auth/roles/1/permissions/Book/0") == "/auth/roles/1"
    assert element_of("/name") is None and element_of("/auth/roles") is None


def test_a_form_field_of_the_wrong_type_leaves_the_form_out():
    model = json.loads((ROOT_SAMPLE).read_text(encoding="utf-8"))
    model["layouts"][1]["components"][3]["children"][0]["fields"][0] = None
    result = analyze("m.json", text=json.dumps(model))
    assert _codes(result) == ["E103"]
    # The driver would swallow an exception of the passes here; call them directly.
    from torquec.diagnostics import Diagnostics
    from torquec.ir.lower import lower_model
    from torquec.passes import run_passes
    from torquec.validate.keep_going import invalid_elements

    elements = invalid_elements(result.diagnostics)
    assert elements == {"/layouts/1/components/3/children/0"}
    run_passes(lower_model(model, skip=elements), Diagnostics(), check_ir=True)
