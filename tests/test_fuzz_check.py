"""Fuzzing the front end: whatever the input, `torquec check` reports diagnostics,
never raises, and every diagnostic renders (text and JSON).

(a) arbitrary JSON values and arbitrary text;
(b) mutations of sample/customer-order.json: structural (delete a member,
    change a value's type, swap two strings, duplicate an array item) and
    textual (truncate, insert characters).

Each input also runs through the passes with the IR checker on, so a pass
that breaks an IR invariant on odd input fails here.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from torquec.diagnostics import Diagnostics, render_json, render_text
from torquec.driver import analyze
from torquec.ir.lower import lower_model
from torquec.passes import run_passes

SAMPLE_TEXT = (Path(__file__).resolve().parents[1] / "sample" / "customer-order.json").read_text(encoding="utf-8")
SAMPLE = json.loads(SAMPLE_TEXT)

# TORQUEC_FUZZ_SCALE=20 runs twenty times as many examples (for a long local hunt).
SCALE = max(1, int(os.environ.get("TORQUEC_FUZZ_SCALE", "1")))
FUZZ = settings(max_examples=200 * SCALE, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# Mutated samples mostly fail the schema, whose detailed error path costs ~70 ms a model.
FUZZ_SLOW = settings(FUZZ, max_examples=100 * SCALE)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=12),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=30,
)


def _check(text: str) -> None:
    result = analyze(text=text, path="model.json")
    rendered = render_text(result.diagnostics, result.source)
    payload = json.loads(render_json(result.diagnostics, result.source))
    assert payload["errorCount"] == result.diagnostics.error_count
    for d in result.diagnostics:
        assert d.code[:1] in "EW" and d.code[1:].isdigit(), d
        assert f"[{d.code}]" in rendered
    if result.model is not None:
        _check_ir(text)
    elif any(d.code.startswith("E1") for d in result.diagnostics):
        _check_valid_parts(text, result.diagnostics)


def _check_valid_parts(text: str, diags) -> None:
    """After schema errors the driver lowers and checks the valid elements and
    (as a last resort) swallows an exception there; here it must not happen."""
    from torquec.validate.keep_going import invalid_elements

    elements = invalid_elements(d for d in diags if d.code.startswith("E1"))
    if elements is None:
        return
    data = json.loads(text.lstrip("\ufeff"))
    model = lower_model(data, source_path="model.json", skip=elements)
    run_passes(model, Diagnostics(), check_ir=True)


def _check_ir(text: str) -> None:
    """Passes again, with the IR checker between them (``analyze`` got past the schema)."""
    data = json.loads(text.lstrip("\ufeff"))
    model = lower_model(data, source_path="model.json")
    run_passes(model, Diagnostics(), check_ir=True)


# --------------------------------------------------------------------------- (a) random input


@FUZZ
@given(json_values)
def test_random_json_values(value):
    _check(json.dumps(value))


@FUZZ
@given(st.dictionaries(st.sampled_from(sorted(SAMPLE)), json_values, max_size=6))
def test_random_values_under_model_keys(value):
    _check(json.dumps(value))


@settings(FUZZ, max_examples=100 * SCALE)
@given(st.text(max_size=200))
def test_random_text(text):
    _check(text)


# --------------------------------------------------------------------------- (b) mutations of the sample


def _paths(value, prefix=()):
    """Every (path, value) in a JSON document, containers included."""
    yield prefix, value
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, prefix + (i,))


ALL_PATHS = [p for p, _ in _paths(SAMPLE) if p]
STRING_PATHS = [p for p, v in _paths(SAMPLE) if isinstance(v, str)]


def _parent(doc, path):
    for t in path[:-1]:
        doc = doc[t]
    return doc


def _mutate(doc, op: str, path, other, replacement):
    parent = _parent(doc, path)
    key = path[-1]
    if op == "delete":
        del parent[key]
    elif op == "retype":
        parent[key] = replacement
    elif op == "swap":
        a_parent = _parent(doc, other)
        try:
            parent[key], a_parent[other[-1]] = a_parent[other[-1]], parent[key]
        except (KeyError, IndexError, TypeError):
            pass
    elif op == "duplicate" and isinstance(parent, list):
        parent.insert(key, json.loads(json.dumps(parent[key])))


mutation = st.tuples(
    st.sampled_from(["delete", "retype", "swap", "duplicate"]),
    st.sampled_from(ALL_PATHS),
    st.sampled_from(STRING_PATHS),
    st.none() | st.booleans() | st.integers(-3, 3) | st.sampled_from(["", "x", "Customer", "Order", "start", "name", "/"])
    | st.just([]) | st.just({}),
)


@FUZZ_SLOW
@given(st.lists(mutation, min_size=1, max_size=4))
def test_structural_mutations_of_sample(mutations):
    doc = json.loads(SAMPLE_TEXT)
    for op, path, other, replacement in mutations:
        try:
            _mutate(doc, op, path, other, replacement)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed the path
    _check(json.dumps(doc, indent=2))


@FUZZ
@given(st.integers(0, len(SAMPLE_TEXT)))
def test_truncated_sample(offset):
    _check(SAMPLE_TEXT[:offset])


@FUZZ
@given(st.integers(0, len(SAMPLE_TEXT)), st.text(min_size=1, max_size=3))
def test_inserted_characters(offset, chars):
    _check(SAMPLE_TEXT[:offset] + chars + SAMPLE_TEXT[offset:])


@FUZZ_SLOW
@given(st.lists(st.sampled_from(STRING_PATHS), min_size=2, max_size=6, unique=True))
def test_swapped_names(paths):
    """Rotating strings among names is the meanest semantic mutation: every pass sees dangling names."""
    doc = json.loads(SAMPLE_TEXT)
    values = [_parent(doc, p)[p[-1]] for p in paths]
    values = values[1:] + values[:1]
    for p, v in zip(paths, values):
        _parent(doc, p)[p[-1]] = v
    _check(json.dumps(doc))
