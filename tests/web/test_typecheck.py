"""`tsc --noEmit` under strict mode on generated web projects, and a
production bundle that builds (samples plus a model using every field type,
widget, component and action)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from torquec.backends.web.build import build_web, link_node_modules, typecheck_web
from torquec.driver import build

from .conftest import SAMPLES

HERE = Path(__file__).parent
MODELS = {**SAMPLES, "kitchen-sink": HERE / "models" / "kitchen-sink.json", "library": HERE / "models" / "library.json",
          "playlists": HERE / "models" / "playlists.json",
          "keys": HERE.parent / "server" / "models" / "keys.json"}  # natural-key references, sequences


@pytest.fixture(scope="module")
def generated(tmp_path_factory, built_apps) -> dict[str, Path]:
    out = dict(built_apps)
    base = tmp_path_factory.mktemp("tsc")
    for name, model in MODELS.items():
        if name not in out:
            result = build(str(model), str(base / name))
            assert result.ok, [str(d) for d in result.diagnostics]
            out[name] = base / name
    return out


@pytest.mark.parametrize("name", list(MODELS))
def test_tsc_strict_is_clean(generated, name):
    app = generated[name]
    tsconfig = json.loads((app / "web" / "tsconfig.json").read_text())
    assert tsconfig["compilerOptions"]["strict"] is True
    typecheck_web(str(app))  # raises WebBuildError with tsc's output


def test_kitchen_sink_bundle_builds(generated):
    result = build_web(str(generated["kitchen-sink"]))
    assert (Path(result.dist) / "index.html").is_file()
    html = (Path(result.dist) / "index.html").read_text()
    assert "<title>Kitchen &quot;Sink&quot; &lt;Test&gt; &amp; Co</title>" in html


def test_curated_icon_names_exist_in_the_pinned_package(generated):
    from torquec.backends.web import icons

    link_node_modules(str(generated["todo"] / "web"))
    icons_dir = generated["todo"] / "web" / "node_modules" / "@tabler" / "icons-react" / "dist" / "esm" / "icons"
    missing = [n for n in {*icons.ICONS.values(), icons.HOME, icons.DASHBOARD, icons.FALLBACK} if not (icons_dir / f"{n}.mjs").is_file()]
    assert not missing


def test_build_web_is_incremental_and_keeps_the_last_good_bundle(generated, tmp_path):
    import shutil

    from torquec.backends.web.build import WebBuildError

    app = tmp_path / "todo"
    shutil.copytree(generated["todo"], app, symlinks=True, ignore=shutil.ignore_patterns("data"))
    first = build_web(str(app))
    assert not first.installed
    again = build_web(str(app))
    assert not again.built and again.seconds < 1
    index = (app / "web" / "dist" / "index.html").read_text()

    pages = app / "web" / "src" / "generated" / "pages.tsx"
    pages.write_text(pages.read_text() + "\nexport const broken = ;\n")
    with pytest.raises(WebBuildError) as err:
        build_web(str(app))
    assert "vite build failed" in str(err.value)
    assert (app / "web" / "dist" / "index.html").read_text() == index  # still served
    assert not list((app / "web").glob("dist.*"))

    pages.write_text(pages.read_text().replace("\nexport const broken = ;\n", "\n// edited\n"))
    assert build_web(str(app)).built
