"""Pass ``auth``: roles grant operations on things that exist.

Permission keys are entity names or ``*``; operations are ``read``,
``create``, ``update``, ``delete``; a role's ``flows`` are flow names or
``*``; ``readOnlyFields`` name fields of existing entities. A permission that
grants nothing is a warning. (Role names are unique
— checked by the ``names`` pass.)
"""

from __future__ import annotations

from torquec.diagnostics import Diagnostics, error, warning
from torquec.ir.nodes import OPERATIONS, Model
from torquec.load.sourcemap import escape_pointer_token
from torquec.passes._util import entity_index, hint_for


def run(model: Model, diags: Diagnostics) -> Model:
    if model.auth is None:
        return model
    entities = entity_index(model)
    flows = {fl.name for fl in model.flows}
    for role in model.auth.roles:
        for perm in role.permissions:
            if perm.entity != "*" and perm.entity not in entities:
                diags.add(error("E901", f"role `{role.name}` has permissions on the unknown entity `{perm.entity}`",
                                perm.pointer, hint_for(perm.entity, entities, "permission keys are entity names or `*`"), at_key=True))
            for i, op in enumerate(perm.operations):
                if op not in OPERATIONS:
                    diags.add(error("E902", f"role `{role.name}` grants the unknown operation `{op}`", f"{perm.pointer}/{i}",
                                    hint_for(op, OPERATIONS, "operations are `read`, `create`, `update` and `delete`")))
            if not perm.operations:
                diags.add(warning("W901", f"permission of role `{role.name}` on `{perm.entity}` grants no operation",
                                  perm.pointer, "list operations, or remove the entry"))
        for ent, names in role.read_only_fields:
            ptr = f"{role.pointer}/readOnlyFields/{escape_pointer_token(ent)}"
            e = entities.get(ent)
            if e is None:
                diags.add(error("E904", f"role `{role.name}` has read-only fields of the unknown entity `{ent}`", ptr,
                                hint_for(ent, entities), at_key=True))
                continue
            fields = {f.name for f in e.fields}
            for i, name in enumerate(names):
                if name not in fields:
                    diags.add(error("E904", f"role `{role.name}` makes the unknown field `{ent}.{name}` read-only", f"{ptr}/{i}",
                                    hint_for(name, fields)))
        for i, name in enumerate(role.flows):
            if name != "*" and name not in flows:
                diags.add(error("E903", f"role `{role.name}` may run the unknown flow `{name}`", f"{role.pointer}/flows/{i}",
                                hint_for(name, flows)))
    return model
