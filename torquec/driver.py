"""The pipeline: load → validate → lower → passes → backends → write.

Each phase appends to one ``Diagnostics``; the driver stops after the first
phase that reported an error. Everything a caller needs (the CLI, watch mode,
tests, benchmarks) is in ``BuildResult``.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass, field

from torquec import __version__
from torquec.diagnostics import Diagnostics
from torquec.ir.nodes import Model
from torquec.load import SourceFile, load_model_file, load_model_text
from torquec.writer import WriteReport

BUILD_STAMP = ".torquec-build-stamp"


@dataclass
class BuildResult:
    diagnostics: Diagnostics
    source: SourceFile | None = None
    model: Model | None = None
    artifacts: list = field(default_factory=list)
    report: WriteReport | None = None
    check_problems: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    out_dir: str | None = None
    up_to_date: bool = False

    @property
    def ok(self) -> bool:
        return not self.diagnostics.has_errors


class _Timer:
    def __init__(self, timings: dict[str, float]) -> None:
        self.timings = timings

    def __call__(self, phase: str):
        timings = self.timings

        class _Ctx:
            def __enter__(self):
                self.t = time.perf_counter()

            def __exit__(self, *exc):
                timings[phase] = timings.get(phase, 0.0) + time.perf_counter() - self.t

        return _Ctx()


def default_out_dir(model_name: str) -> str:
    return os.path.join("generated", model_name)


def analyze(
    path: str | None = None,
    text: str | None = None,
    timings: dict | None = None,
    *,
    out_dir: str | None = None,
    previous: dict | None = None,
    memo: dict | None = None,
) -> BuildResult:
    """Front end only: load, validate, lower, passes (``torquec check``).

    ``previous`` is the model of the last good build (default: ``model.json``
    in ``out_dir`` or the default output directory); it is only read when an
    "unknown name" error needs a rename hint."""
    from torquec.ir.lower import lower_model
    from torquec.passes import run_passes
    from torquec.validate import validate_model

    timings = {} if timings is None else timings
    timer = _Timer(timings)
    with timer("load"):
        if text is not None:
            source, data, diags = load_model_text(text, path or "<model>")
        else:
            source, data, diags = load_model_file(path)
    result = BuildResult(diagnostics=diags, source=source, timings=timings)
    if diags.has_errors or data is None:
        return result
    with timer("validate"):
        diags.extend(validate_model(data))
    if diags.has_errors:
        _check_valid_parts(data, path, diags)
        _add_rename_hints(diags, data, out_dir, previous)
        return result
    with timer("lower"):
        model = lower_model(data, source_path=path or "", memo=memo)
    with timer("passes"):
        model = run_passes(model, diags)
    result.model = model
    if diags.has_errors:
        _add_rename_hints(diags, data, out_dir, previous)
    return result


def _add_rename_hints(diags: Diagnostics, data: dict, out_dir: str | None, previous: dict | None) -> None:
    from torquec.rename_hints import add_rename_hints, read_previous_model

    def last_good() -> dict | None:
        if previous is not None:
            return previous
        name = data.get("name")
        where = out_dir or (default_out_dir(name) if isinstance(name, str) and name else None)
        return read_previous_model(os.path.join(where, "model.json")) if where else None

    add_rename_hints(diags, data, last_good)


def _check_valid_parts(data: dict, path: str | None, diags: Diagnostics) -> None:
    """After schema errors, run the passes over the elements that are valid and
    add what they find, minus the consequences of the invalid ones."""
    from torquec.ir.lower import lower_model
    from torquec.passes import run_passes
    from torquec.validate.keep_going import invalid_elements, is_consequence, quarantined_names

    elements = invalid_elements(diags)
    if elements is None:
        return
    later = Diagnostics()
    try:
        run_passes(lower_model(data, source_path=path or "", skip=elements), later)
    except Exception:  # noqa: BLE001 - best effort: the schema errors stand on their own
        # The rest of a broken model may break assumptions lowering or a pass
        # makes (e.g. an element with a cross-element schema rule). The schema
        # errors are already reported; missing extra findings beat a traceback.
        return
    names = quarantined_names(data, elements)
    diags.extend(d for d in later if not is_consequence(d, data, elements, names))


def compiler_fingerprint() -> str:
    """Hash of the compiler's own code and templates: a build stamp is only
    trusted when neither the model nor the compiler changed."""
    global _FINGERPRINT
    if _FINGERPRINT is None:
        h = hashlib.sha256(__version__.encode())
        root = os.path.dirname(os.path.abspath(__file__))
        from torquec.resources import data_dir

        tpl = str(data_dir("templates"))
        for base in (root, tpl):
            for dirpath, dirnames, filenames in os.walk(base):
                dirnames[:] = sorted(d for d in dirnames if d not in ("__pycache__", "node_modules", "runtime"))
                for name in sorted(filenames):
                    if name.endswith((".pyc",)):
                        continue
                    p = os.path.join(dirpath, name)
                    st = os.stat(p)
                    h.update(f"{p}:{st.st_size}:{st.st_mtime_ns}".encode())
        _FINGERPRINT = h.hexdigest()
    return _FINGERPRINT


_FINGERPRINT: str | None = None


def build(
    path: str,
    out_dir: str | None = None,
    *,
    check_only: bool = False,
    memo: dict | None = None,
    text: str | None = None,
    force: bool = False,
) -> BuildResult:
    """Compile ``path`` into ``out_dir`` (or compare with it when ``check_only``)."""
    from torquec import writer
    from torquec.backends import load_backends
    from torquec.backends.base import EmitContext

    timings: dict[str, float] = {}
    timer = _Timer(timings)
    t0 = time.perf_counter()

    # No-op fast path: same model bytes, same compiler, untouched output.
    raw = None
    if text is None:
        try:
            with open(path, "rb") as fh:
                raw = fh.read()
        except OSError:
            raw = None
    else:
        raw = text.encode("utf-8")
    model_hash = hashlib.sha256(raw).hexdigest() if raw is not None else None
    if out_dir is not None and not check_only and not force and model_hash is not None:
        stamp = _read_stamp(out_dir)
        if stamp == f"{model_hash}:{compiler_fingerprint()}" and _manifest_matches(out_dir):
            diags = Diagnostics()
            timings["total"] = time.perf_counter() - t0
            return BuildResult(diagnostics=diags, timings=timings, out_dir=out_dir, up_to_date=True, report=writer.WriteReport())

    result = analyze(path, text=text if text is not None else (raw.decode("utf-8") if raw is not None and _is_utf8(raw) else None), timings=timings,
                     out_dir=out_dir, memo=memo)
    if not result.ok or result.model is None:
        timings["total"] = time.perf_counter() - t0
        return result
    model = result.model
    out_dir = out_dir or default_out_dir(model.name)
    result.out_dir = out_dir

    ctx = EmitContext(model=model, memo=memo if memo is not None else {}, cache_dir=_cache_dir())
    artifacts = []
    for backend in load_backends():
        with timer(f"backend:{backend.NAME}"):
            artifacts.extend(backend.emit(ctx))
    # The model itself travels with the app: a starting server migrates its
    # database to it (torquec.migrate.migrate_on_start).
    from torquec.backends.base import Artifact

    artifacts.append(Artifact("model.json", result.source.text.encode("utf-8")))
    result.artifacts = artifacts
    meta = {"torquec": __version__, "model": model.name, "modelHash": model_hash}
    with timer("write"):
        if check_only:
            result.check_problems = writer.check(out_dir, artifacts, meta)
        else:
            result.report = writer.write(out_dir, artifacts, meta)
            _write_stamp(out_dir, f"{model_hash}:{compiler_fingerprint()}")
    timings["total"] = time.perf_counter() - t0
    return result


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _cache_dir() -> str:
    base = os.environ.get("TORQUEC_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "torquec"
    )
    return base


def _read_stamp(out_dir: str) -> str | None:
    try:
        with open(os.path.join(out_dir, BUILD_STAMP), encoding="utf-8") as fh:
            return fh.read().strip()
    except OSError:
        return None


def _write_stamp(out_dir: str, value: str) -> None:
    tmp = os.path.join(out_dir, BUILD_STAMP + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(value)
    os.replace(tmp, os.path.join(out_dir, BUILD_STAMP))


def _manifest_matches(out_dir: str) -> bool:
    """Every file of the manifest still exists with its size (a stat each)."""
    from torquec.writer import read_manifest

    manifest = read_manifest(out_dir)
    if not manifest or not isinstance(manifest.get("files"), dict):
        return False
    return all(os.path.exists(os.path.join(out_dir, rel)) for rel in manifest["files"])
