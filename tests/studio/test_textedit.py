"""The studio's text-edit engine: JSON-pointer operations become minimal splices of the file."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from torquec.studio.textedit import EditError, apply_op, apply_ops

ROOT = Path(__file__).resolve().parents[2]
TODO = (ROOT / "sample" / "todo.json").read_text(encoding="utf-8")
CO = (ROOT / "sample" / "customer-order.json").read_text(encoding="utf-8")


def changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    removed, added = [], []
    for line in difflib.ndiff(before.splitlines(), after.splitlines()):
        if line.startswith("- "):
            removed.append(line[2:])
        elif line.startswith("+ "):
            added.append(line[2:])
    return removed, added


def test_rename_is_a_one_line_diff():
    after = apply_op(TODO, {"op": "set", "path": "/entities/1/fields/0/name", "value": "heading"})
    assert changed_lines(TODO, after) == (['          "name": "title",'], ['          "name": "heading",'])
    assert json.loads(after)["entities"][1]["fields"][0]["name"] == "heading"


def test_setting_an_equal_value_changes_nothing():
    model = json.loads(TODO)
    assert apply_op(TODO, {"op": "set", "path": "/entities/1", "value": model["entities"][1]}) == TODO
    assert apply_op(TODO, {"op": "set", "path": "/entities/1/fields/1/default", "value": False}) == TODO


def test_set_of_a_whole_object_only_touches_the_changed_members():
    model = json.loads(TODO)
    field = model["entities"][1]["fields"][0]
    field["required"] = False
    field["validation"]["maxLength"] = 120
    after = apply_op(TODO, {"op": "set", "path": "/entities/1/fields/0", "value": field})
    removed, added = changed_lines(TODO, after)
    assert len(removed) == len(added) == 2
    assert json.loads(after)["entities"][1]["fields"][0] == field


def test_inserted_field_is_laid_out_like_its_neighbours():
    field = {"id": "fld-todo-effort", "name": "effort", "type": "integer", "validation": {"min": 0}}
    after = apply_op(TODO, {"op": "insert", "path": "/entities/1/fields/1", "value": field})
    assert json.loads(after)["entities"][1]["fields"][1] == field
    removed, added = changed_lines(TODO, after)
    assert removed == []
    assert sorted(added) == sorted(['        {', '          "id": "fld-todo-effort",', '          "name": "effort",',
                                    '          "type": "integer",', '          "validation": { "min": 0 }', '        },'])


def test_appending_to_inline_and_multiline_containers():
    after = apply_ops(TODO, [
        {"op": "insert", "path": "/entities/1/fields/2/values/-", "value": "urgent"},
        {"op": "set", "path": "/entities/0/fields/0/ui/help", "value": "Shown under the box"},
        {"op": "insert", "path": "/entities/-", "value": {"id": "ent-tag", "name": "Tag", "fields": [
            {"id": "fld-tag-name", "name": "name", "type": "string"}]}},
    ])
    model = json.loads(after)
    assert model["entities"][1]["fields"][2]["values"] == ["low", "medium", "high", "urgent"]
    assert model["entities"][0]["fields"][0]["ui"]["help"] == "Shown under the box"
    assert model["entities"][-1]["name"] == "Tag"
    assert '"values": ["low", "medium", "high", "urgent"],' in after
    assert '"ui": { "label": "Name", "placeholder": "Home renovation", "help": "Shown under the box" }' in after
    assert '\n    {\n      "id": "ent-tag",\n      "name": "Tag",\n      "fields": [\n        {\n' in after


def test_remove_first_middle_last_and_only_member():
    model = json.loads(TODO)
    for path in ("/entities/1/fields/0", "/entities/1/fields/2", "/entities/1/fields/5", "/entities/0/ui/icon",
                 "/entities/0/ui/defaultSort", "/relationships/0", "/entities/0/fields/0/validation/minLength"):
        after = apply_op(TODO, {"op": "remove", "path": path})
        expected = json.loads(TODO)
        *parents, last = path.split("/")[1:]
        node = expected
        for t in parents:
            node = node[int(t)] if isinstance(node, list) else node[t]
        del node[int(last) if isinstance(node, list) else last]
        assert json.loads(after) == expected, path
        assert len(after) < len(TODO)
    assert model  # the sample itself is untouched
    only = apply_op(TODO, {"op": "remove", "path": "/relationships/0"})
    assert '"relationships": []' in only


def test_insert_into_empty_containers():
    text = '{\n  "a": [],\n  "b": {}\n}\n'
    after = apply_ops(text, [{"op": "insert", "path": "/a/0", "value": "x"},
                             {"op": "set", "path": "/b/k", "value": 1},
                             {"op": "insert", "path": "/c", "value": [{"id": "n", "v": 1}]}])
    assert json.loads(after) == {"a": ["x"], "b": {"k": 1}, "c": [{"id": "n", "v": 1}]}
    assert after.startswith('{\n  "a": ["x"],\n  "b": { "k": 1 },\n  "c": [\n    {\n      "id": "n",')


def test_move_reorders_and_keeps_the_element_bytes():
    after = apply_op(TODO, {"op": "move", "from": "/entities/1/fields/2", "path": "/entities/1/fields/0"})
    fields = json.loads(after)["entities"][1]["fields"]
    original = json.loads(TODO)["entities"][1]["fields"]
    assert [f["name"] for f in fields] == [original[2]["name"], original[0]["name"], original[1]["name"]] + \
        [f["name"] for f in original[3:]]
    assert sorted(after.splitlines()) == sorted(TODO.splitlines())  # same lines, other order
    back = apply_op(after, {"op": "move", "from": "/entities/1/fields/0", "path": "/entities/1/fields/2"})
    assert back == TODO


def test_crlf_files_keep_their_line_endings():
    text = TODO.replace("\n", "\r\n")
    after = apply_op(text, {"op": "insert", "path": "/entities/0/fields/-", "value": {"id": "f", "name": "f", "type": "json"}})
    assert "\n" not in after.replace("\r\n", "")
    assert json.loads(after)["entities"][0]["fields"][-1]["name"] == "f"


def test_keys_that_need_escaping():
    text = '{"a/b": {"c~d": 1}}'
    assert json.loads(apply_op(text, {"op": "set", "path": "/a~1b/c~0d", "value": 2})) == {"a/b": {"c~d": 2}}


@pytest.mark.parametrize("op, message", [
    ({"op": "set", "path": "/nope/0", "value": 1}, "nothing at"),
    ({"op": "remove", "path": "/entities/99"}, "nothing at"),
    ({"op": "insert", "path": "/entities/99", "value": {}}, "out of range"),
    ({"op": "frobnicate", "path": "/name"}, "unknown operation"),
    ({"op": "set", "path": "name", "value": 1}, "JSON pointer"),
    ({"op": "move", "path": "/entities/0"}, "`from`"),
])
def test_bad_operations_are_refused(op, message):
    with pytest.raises(EditError, match=message):
        apply_op(TODO, op)


def test_a_file_that_is_not_json_is_refused():
    with pytest.raises(EditError, match="not valid JSON"):
        apply_op(TODO[:-5], {"op": "set", "path": "/name", "value": "x"})


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-1000, 1000) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(value=json_values, path=st.sampled_from(["/entities/0/ui", "/entities/1/fields/3", "/name", "/relationships",
                                               "/entities/0/fields/0/validation", "/newKey"]))
def test_any_set_gives_the_expected_document_and_undoes_to_exact_bytes(value, path):
    after = apply_op(CO if path == "/relationships" else TODO, {"op": "set", "path": path, "value": value})
    before = CO if path == "/relationships" else TODO
    expected = json.loads(before)
    *parents, last = path.split("/")[1:]
    node = expected
    for t in parents:
        node = node[int(t)] if isinstance(node, list) else node[t]
    node[int(last) if isinstance(node, list) else last] = value
    assert json.loads(after) == expected
    # Bytes outside the changed value (or, for a new member, its object) are untouched.
    from torquec.load.source import SourceFile

    spans = SourceFile("m", before).sourcemap.values
    start, end = spans.get(path) or spans["/".join(path.split("/")[:-1])]
    assert after.startswith(before[:start]) and after.endswith(before[end:])
