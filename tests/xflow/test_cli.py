"""`torquec flow run MODEL FLOW --input JSON [--trace]` against the app's embedded SQLite."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from xflow.flowapp import model


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    d = tmp_path_factory.mktemp("flowcli")
    (d / "flowapp.json").write_text(json.dumps(model(), indent=2), encoding="utf-8")
    return d


def run(workdir, *args):
    return subprocess.run([sys.executable, "-m", "torquec", "flow", "run", "flowapp.json", *args], cwd=workdir,
                          capture_output=True, text=True, timeout=120)


def test_run_prints_output_and_trace_and_writes_to_the_embedded_database(workdir):
    r = run(workdir, "addNote", "--input", '{"title": "from the cli"}', "--trace")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["title"] == "FROM THE CLI"
    assert (workdir / "generated" / "flowapp" / "data" / "app.db").is_file()
    lines = r.stderr.splitlines()
    header = lines.index(next(line for line in lines if line.startswith("#  node")))
    assert lines[header].split() == ["#", "node", "type", "ms", "status", "input", "output"]
    assert [line.split()[1] for line in lines[header + 2:header + 6]] == ["start", "create", "shouldFail", "done"]
    assert "→ false" in lines[header + 4]
    # The note is in the app's database: the read flow sees it.
    r2 = run(workdir, "lookup", "--input", '{"name": "nobody"}')
    assert r2.returncode == 0 and json.loads(r2.stdout) == {"count": 0}


def test_failure_exits_1_with_the_model_position_and_rolls_back(workdir):
    r = run(workdir, "addNote", "--input", '{"title": "doomed", "fail": true}')
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert r.stderr.startswith("error: Flow `addNote` failed at node `boom`: asked to fail after writing ")
    assert "  --> flowapp.json:" in r.stderr and "/flows/0/nodes/3" in r.stderr
    assert "  = errorCode: ASKED" in r.stderr
    r = run(workdir, "writeThenLoop")
    assert r.returncode == 1 and "exceeded its time limit of 1500 ms" in r.stderr
    # the piece that was running; QuickJS-ng places a time-limit interrupt on the piece's
    # wrapper, not on a line inside it, so no line is claimed
    assert "/flows/1/nodes/2/code" in r.stderr


def test_usage_and_input_errors(workdir):
    r = run(workdir, "addNote", "--input", "{nope")
    assert r.returncode == 2 and r.stderr.startswith("error: --input is not valid JSON")
    r = run(workdir, "addNot", "--input", "{}")
    assert r.returncode == 1 and r.stderr.strip() == "error: the model has no flow `addNot`; did you mean `addNote`?"
    r = run(workdir, "addNote", "--input", '{"fail": 1}')
    assert r.returncode == 1
    assert r.stderr.splitlines() == ["error: invalid input for flow `addNote`:",
                                     "  input: 'title' is a required property (required)",
                                     "  input.fail: 1 is not of type 'boolean' (type)"]


def test_model_errors_are_diagnostics(tmp_path):
    bad = model()
    bad["flows"][0]["nodes"][1]["data"] = "({title: input.title"
    (tmp_path / "flowapp.json").write_text(json.dumps(bad, indent=2), encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "torquec", "flow", "run", "flowapp.json", "addNote"], cwd=tmp_path,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    assert r.stderr.startswith("error[E640]: JavaScript syntax error in data of node `create`: Unexpected end of input")
