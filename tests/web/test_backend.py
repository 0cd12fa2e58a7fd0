"""The web backend as a compiler backend: pure, deterministic, paths under
web/, the generic package copied verbatim, model-specific code typed from the
IR. No Node.js needed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from torquec.backends.base import EmitContext
from torquec.backends import web
from torquec.backends.web import generate, tslit
from torquec.driver import analyze

from .conftest import SAMPLES

pytestmark = pytest.mark.nobrowser

ROOT = Path(__file__).resolve().parents[2]
KITCHEN = Path(__file__).parent / "models" / "kitchen-sink.json"


def model_of(path: Path):
    result = analyze(str(path))
    assert result.ok and result.model is not None, [str(d) for d in result.diagnostics]
    return result.model


def emit(path: Path) -> dict[str, bytes]:
    arts = list(web.emit(EmitContext(model=model_of(path))))
    paths = [a.path for a in arts]
    assert len(paths) == len(set(paths)), "duplicate paths"
    return {a.path: a.content for a in arts}


@pytest.fixture(scope="module")
def co() -> dict[str, bytes]:
    return emit(SAMPLES["customer-order"])


def test_paths_are_under_web_and_complete(co):
    assert all(p.startswith("web/") for p in co)
    for p in ("web/package.json", "web/package-lock.json", "web/tsconfig.json", "web/vite.config.ts", "web/index.html",
              "web/src/main.tsx", "web/src/torque/index.ts", "web/src/generated/model.ts", "web/src/generated/rpc.ts",
              "web/src/generated/pages.tsx", "web/src/generated/app.ts", "web/.gitignore"):
        assert p in co, p
    assert not [p for p in co if "node_modules" in p or "/dist/" in p]


def test_output_is_deterministic():
    a, b = emit(SAMPLES["customer-order"]), emit(SAMPLES["customer-order"])
    assert a == b


def test_generic_package_is_copied_verbatim(co):
    tpl = ROOT / "templates" / "web"
    # contract.ts is generated from torquec/contract.py (the same in every app), not copied.
    generic = [p for p in co if not p.startswith(("web/src/generated/", "web/index.html", "web/.gitignore", "web/README.md",
                                                  "web/src/torque/contract.ts"))]
    assert "web/src/torque/grid.tsx" in generic
    for p in generic:
        assert co[p] == (tpl / p.removeprefix("web/")).read_bytes(), p
    # The same bytes for every app: only src/generated and index.html differ between models.
    todo = emit(SAMPLES["todo"])
    assert {p for p in co if co[p] != todo.get(p)} == {
        "web/index.html", "web/src/generated/model.ts", "web/src/generated/rpc.ts", "web/src/generated/pages.tsx", "web/src/generated/app.ts"}


def test_dependencies_are_pinned_and_locked(co):
    pkg = json.loads(co["web/package.json"])
    lock = json.loads(co["web/package-lock.json"])
    deps = {**pkg["dependencies"], **pkg["devDependencies"]}
    assert deps and all(re.fullmatch(r"\d+\.\d+\.\d+", v) for v in deps.values()), deps
    root = lock["packages"][""]
    assert root["dependencies"] == pkg["dependencies"] and root["devDependencies"] == pkg["devDependencies"]
    for name, version in deps.items():
        assert lock["packages"][f"node_modules/{name}"]["version"] == version


def test_model_types(co):
    ts = co["web/src/generated/model.ts"].decode()
    assert 'export type CustomerCustomerType = "Individual" | "Business" | "Premium" | "Enterprise";' in ts
    assert "export const OrderStatusValues = [" in ts
    assert "export interface Customer extends T.RecordBase {" in ts
    assert "  readonly phone: string | null;" in ts
    assert "  readonly customerType: CustomerCustomerType;" in ts
    assert "  readonly tags: string[] | null;" in ts
    # Create input: required fields without default are required keys.
    inp = ts[ts.index("export interface CustomerInput {"):]
    inp = inp[: inp.index("}")]
    assert "  name: string;" in inp and "  customerType?: CustomerCustomerType;" in inp and "  notes?: string | null;" in inp
    # Validation rules travel with the field metadata.
    assert 'rules: { maxLength: 20, pattern: "^ORD-[0-9]{4,}$" }' in ts
    assert 'pattern: "^\\\\+?[0-9][0-9 ()-]{6,19}$"' in ts
    assert "export type EntityName = keyof typeof entities;" in ts


def test_rpc_client_and_pages(co):
    rpc = co["web/src/generated/rpc.ts"].decode()
    assert 'customers: new EntityClient<M.Customer, M.CustomerInput, M.CustomerField>("Customer"),' in rpc
    assert 'orders: new EntityClient<M.Order, M.OrderInput, M.OrderField>("Order"),' in rpc
    pages = co["web/src/generated/pages.tsx"].decode()
    assert "export function DashboardPage()" in pages and "export function CustomersPage()" in pages
    assert '<Cell id="customerGrid" kind="DataGrid" row={2} col={1} span={12}>' in pages
    assert 'rowActions={[{ type: "edit", modal: "editCustomerModal", entity: "Customer" }, { type: "delete", entity: "Customer" }]}' in pages
    app = co["web/src/generated/app.ts"].decode()
    for name, route in (("dashboard", "/"), ("customers", "/customers"), ("orders", "/orders")):
        assert f'name: "{name}",\n      route: "{route}",' in app
    assert 'import IconUsers from "@tabler/icons-react/icons/IconUsers";' in app
    assert "auth: true," in app
    html = co["web/index.html"].decode()
    assert "<title>Customer &amp; Order Management</title>" in html


def test_kitchen_sink_names_and_fallbacks():
    out = emit(KITCHEN)
    ts = out["web/src/generated/model.ts"].decode()
    assert "export type GadgetFlags = \"new\" | \"hot\" | \"sale\";" in ts
    assert "readonly flags: GadgetFlags[] | null;" in ts
    assert "readonly meta: T.JsonValue;" in ts
    assert "*∕ every kind" in ts  # a `*/` in a description cannot end the doc comment
    pages = out["web/src/generated/pages.tsx"].decode()
    assert 'text={"Gadgets {and} \\"quotes\\" </script>"}' in pages
    app = out["web/src/generated/app.ts"].decode()
    assert "inNav: false," in app  # /gadgets/:id
    assert "IconDatabase" in app  # unknown entity icon → a neutral one
    rpc = out["web/src/generated/rpc.ts"].decode()
    assert "export type TouchGadgetInput = {" in rpc and 'note?: "a" | "b";' in rpc
    assert "export type AfterGadgetInput = Partial<M.Gadget>;" in rpc


def test_widget_fallback_and_display_field():
    m = model_of(KITCHEN)
    gadget = m.entity("Gadget")
    # Derived once by passes.resolve; the web backend reads them from the IR.
    assert gadget.field("size").widget == "radio"
    assert gadget.field("enabled").widget == "switch"
    assert gadget.field("meta").widget == "json"
    assert m.entity("Category").display_field == "code"


def test_tslit():
    assert tslit.literal({"a": 1, "b-c": [True, None, "x\"y"]}) == '{ a: 1, "b-c": [true, null, "x\\"y"] }'
    assert tslit.literal({tslit.Spread("rest"): None, "k": tslit.Raw("Foo")}) == "{ ...rest, k: Foo }"
    long = tslit.literal({"k" * 10: "v" * 120})
    assert long.startswith("{\n  kkkkkkkkkk: ")
    assert tslit.doc("a */ b") == "/** a *\u2215 b */\n"
    n = tslit.Names(["Foo"])
    assert n.take("Foo", "Record") == "FooRecord" and n.take("Foo", "Record") == "FooRecord2" and n.take("Bar") == "Bar"


def test_web_backend_never_runs_npm(monkeypatch):
    import subprocess

    def boom(*a, **k):
        raise AssertionError("the compiler must not run external tools for the web backend")

    monkeypatch.setattr(subprocess, "run", boom)
    monkeypatch.setattr(subprocess, "Popen", boom)
    emit(SAMPLES["todo"])
