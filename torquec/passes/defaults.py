"""Pass ``defaults``: a field's ``default`` is a valid value of that field.

The default is checked exactly like API input (``passes/_values.py``): its
JSON type and format (dates, date-times with offset, UUIDs, e-mail, http(s)
URLs, decimal digits), enum membership, array item types, and the field's own
validation (lengths, pattern, range). A reference field cannot have a default:
it would tie every new record to one fixed record id.
"""

from __future__ import annotations

from torquec.diagnostics import Diagnostics, error
from torquec.ir.nodes import FieldType, Model
from torquec.passes._values import check_value, describe

_CODES = {"type": "E520", "enum": "E521", "rule": "E522", "item": "E524", "slow": "E511"}


def run(model: Model, diags: Diagnostics) -> Model:
    for e in model.entities:
        for f in e.fields:
            if not f.has_default:
                continue
            p = f"{f.pointer}/default"
            if f.type is FieldType.REFERENCE:
                diags.add(error("E523", f"reference field `{e.name}.{f.name}` cannot have a default", p,
                                "remove `default`; set the reference when the record is created", at_key=True))
                continue
            value = f.default
            if value is None:
                if f.required:
                    diags.add(error("E520", f"the default of the required field `{e.name}.{f.name}` is null", p,
                                    "remove `default`, or give a value"))
                continue
            for prob in check_value(f, value):
                if prob.kind == "item":
                    item = value[prob.index]
                    diags.add(error("E524", f"default item {describe(item)} of `{e.name}.{f.name}` {prob.message}",
                                    f"{p}/{prob.index}", prob.hint))
                else:
                    diags.add(error(_CODES[prob.kind], f"default {describe(value)} of `{e.name}.{f.name}` {prob.message}",
                                    p, prob.hint))
    return model
