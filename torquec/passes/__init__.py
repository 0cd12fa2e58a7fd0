"""Phase 4 — semantic passes, one per module, run in this order.

A pass is a pure function ``run(model, diags) -> model``: it reports problems
into ``diags`` and returns the model, enriched where it derives something
(e.g. ``relationships`` resolves foreign keys). Every pass tolerates errors
reported by earlier passes (it skips what it cannot resolve) so one run
reports all problems; the driver stops after the whole list if any pass
reported an error.
"""

from __future__ import annotations

import importlib
from typing import Callable

from torquec.diagnostics import Diagnostics
from torquec.ir.nodes import Model

PASS_MODULES: tuple[str, ...] = (
    "torquec.passes.names",
    "torquec.passes.reserved_words",
    "torquec.passes.field_rules",
    "torquec.passes.references",
    "torquec.passes.relationships",
    "torquec.passes.defaults",
    "torquec.passes.flow_graph",
    "torquec.passes.flow_code",
    "torquec.passes.layouts",
    "torquec.passes.auth",
    "torquec.passes.sample_data",
)

PassFn = Callable[[Model, Diagnostics], Model]


def load_passes() -> list[tuple[str, PassFn]]:
    out = []
    for path in PASS_MODULES:
        try:
            mod = importlib.import_module(path)
        except ModuleNotFoundError as exc:
            if exc.name != path:
                raise
            continue  # not written yet
        out.append((path.rsplit(".", 1)[1], mod.run))
    return out


def run_passes(model: Model, diags: Diagnostics, check_ir: bool = False) -> Model:
    for _name, fn in load_passes():
        model = fn(model, diags)
        if check_ir:
            from torquec.ir.checker import check_model

            check_model(model, after=_name, diags=diags)
    return model
