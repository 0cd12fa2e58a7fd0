"""Fixtures of tests/mcp: the generated sample apps running on loopback ports.

sample_app  customer-order (with `auth`), tokens for admin / sales / viewer
todo_app    todo (no `auth`): the conformance suite cannot send bearer tokens
node_tools  the pinned MCP Inspector and conformance suite under Node 22
"""

from __future__ import annotations

import os

import pytest

from mcp_harness import SAMPLE, TODO, TOKENS, NodeToolsUnavailable, build_app, node_tools, start_app


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    return build_app(SAMPLE, tmp_path_factory.mktemp("mcp-build") / "customer-order")


@pytest.fixture(scope="session")
def todo_build(tmp_path_factory):
    return build_app(TODO, tmp_path_factory.mktemp("mcp-build") / "todo")


@pytest.fixture(scope="session")
def sample_app(sample_build, tmp_path_factory):
    app_dir, package = sample_build
    app = start_app(app_dir, package, tmp_path_factory.mktemp("mcp-run"), tokens=TOKENS)
    yield app
    app.stop()


@pytest.fixture(scope="session")
def todo_app(todo_build, tmp_path_factory):
    app_dir, package = todo_build
    app = start_app(app_dir, package, tmp_path_factory.mktemp("mcp-run"))
    yield app
    app.stop()


@pytest.fixture(scope="session")
def node():
    try:
        return node_tools()
    except NodeToolsUnavailable as e:
        if os.environ.get("CI"):
            pytest.fail(f"MCP Node tools required in CI: {e}", pytrace=False)
        pytest.skip(str(e))
