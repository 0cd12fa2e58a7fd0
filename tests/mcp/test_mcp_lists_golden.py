"""What MCP clients see, byte for byte: tools/list, prompts/list and resources/templates/list
of the sample apps (every role) and of a small synthetic model, through ``mcp.Client``, against
golden files. The tool schemas are assembled at run time from shared data (issue 17); this proves
the assembly gives exactly the lists the apps served when every tool carried its own schemas.
``UPDATE_GOLDENS=1`` rewrites the files (only when a change to the lists is intended).
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from pathlib import Path

import anyio
import mcp
import pytest
from mcp.client.streamable_http import streamable_http_client
from mcp.shared._httpx_utils import create_mcp_http_client

from mcp_harness import ROOT, build_app, running

pytestmark = pytest.mark.slow

GOLDEN = Path(__file__).resolve().parent / "golden"


async def _lists(url: str, token: str | None) -> str:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with create_mcp_http_client(headers=headers) as http:
        async with mcp.Client(streamable_http_client(url, http_client=http), mode="legacy") as client:
            dump = lambda items: [x.model_dump(mode="json", by_alias=True, exclude_none=True) for x in items]  # noqa: E731
            lists = {
                "tools": dump((await client.list_tools()).tools),
                "prompts": dump((await client.list_prompts()).prompts),
                "templates": dump((await client.list_resource_templates()).resource_templates),
            }
    # One element per line: a difference shows as the lines of the elements that changed.
    return "".join(f"{k}\n" + "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in v) for k, v in lists.items())


def _check(name: str, text: str) -> None:
    golden = GOLDEN / f"{name}.txt"
    if os.environ.get("UPDATE_GOLDENS"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), f"missing golden {golden}; run with UPDATE_GOLDENS=1"
    expected = golden.read_text(encoding="utf-8")
    if text != expected:
        want, got = expected.splitlines(), text.splitlines()
        first = next((i for i, (a, b) in enumerate(zip(want, got)) if a != b), min(len(want), len(got)))
        pytest.fail(f"{name}: line {first + 1} differs\nexpected: {want[first][:2000] if first < len(want) else '<end>'}\n"
                    f"got:      {got[first][:2000] if first < len(got) else '<end>'}")


@pytest.mark.parametrize("role", ["admin", "sales", "viewer"])
def test_sample_lists_per_role(sample_app, role):
    _check(f"customer-order-{role}", anyio.run(_lists, sample_app.url, sample_app.tokens[role]))


def test_todo_lists(todo_app):
    _check("todo", anyio.run(_lists, todo_app.url, None))


def test_synthetic_lists(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    from synthetic_model import make_model

    model = make_model(5, flows=2, layouts=1)
    model["entities"][2]["ui"]["defaultSort"] = {"field": "field02", "dir": "desc"}
    path = tmp_path / "synthetic.json"
    path.write_text(json.dumps(model), encoding="utf-8")
    app_dir, package = build_app(path, tmp_path / "app")
    _check("synthetic-5-prompts", _prompt_defs(app_dir, package))
    with running(app_dir, package, tmp_path / "run") as app:
        _check("synthetic-5", anyio.run(_lists, app.url, None))


@pytest.mark.parametrize("model", ["library"])
def test_relationship_kinds_lists(tmp_path, model):
    """Many-to-many links in create/update data, one-to-one and many-to-one navigations."""
    app_dir, package = build_app(ROOT / "tests" / "server" / "models" / f"{model}.json", tmp_path / "app")
    _check(f"{model}-prompts", _prompt_defs(app_dir, package))
    with running(app_dir, package, tmp_path / "run") as app:
        _check(model, anyio.run(_lists, app.url, None))


def _prompt_defs(app_dir: Path, package: str) -> str:
    """The prompts as the built app loads them (text templates included: prompts/get fills them in)."""
    loader = app_dir / "server" / package / "mcp_tools.py"
    ns: dict = {"__file__": str(loader)}
    exec(compile(loader.read_text(), str(loader), "exec"), ns)
    return "".join(json.dumps(dataclasses.asdict(p), ensure_ascii=False) + "\n" for p in ns["SPEC"].prompts)


@pytest.mark.parametrize("model", ["customer-order", "todo"])
def test_prompt_texts(sample_build, todo_build, model):
    app_dir, package = sample_build if model == "customer-order" else todo_build
    _check(f"{model}-prompts", _prompt_defs(app_dir, package))
