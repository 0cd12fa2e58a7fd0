"""Phase 4 — semantic passes, one per module, run in the order of ``PASSES``.

A pass is a pure function ``run(model, diags) -> model``: it reports problems
into ``diags`` and returns the model, enriched where it derives something
(``relationships`` resolves foreign keys, ``resolve`` stores every other
derived fact the backends read). Every pass tolerates errors reported by
earlier passes (it skips what it cannot resolve) so one run reports all
problems; the driver stops after the whole list if any pass reported an error.

Like sqlglot's optimizer ``RULES``, the list is a tuple of imported functions:
a missing pass is an ImportError, never a silently shorter pipeline.
"""

from __future__ import annotations

from typing import Callable

from torquec.diagnostics import Diagnostics
from torquec.ir.nodes import Model
from torquec.passes import (
    auth,
    computed_fields,
    defaults,
    distribution,
    field_rules,
    flow_code,
    flow_graph,
    json_schemas,
    keys,
    layouts,
    names,
    references,
    relationships,
    reserved_words,
    resolve,
    sample_data,
)

PassFn = Callable[[Model, Diagnostics], Model]

PASSES: tuple[PassFn, ...] = (
    names.run,
    reserved_words.run,
    field_rules.run,
    references.run,
    keys.run,
    relationships.run,
    distribution.run,
    defaults.run,
    json_schemas.run,
    flow_graph.run,
    flow_code.run,
    computed_fields.run,
    layouts.run,
    auth.run,
    sample_data.run,
    resolve.run,
)


def pass_name(fn: PassFn) -> str:
    """``names`` for ``torquec.passes.names.run``."""
    return fn.__module__.rsplit(".", 1)[1]


def run_passes(model: Model, diags: Diagnostics, check_ir: bool = False) -> Model:
    """Run every pass; with ``check_ir`` (tests), check the IR after each one."""
    for fn in PASSES:
        model = fn(model, diags)
        if check_ir:
            from torquec.ir.checker import check_model

            check_model(model, after=pass_name(fn), diags=diags)
    return model
