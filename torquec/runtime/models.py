"""Base classes of the pydantic models generated per entity.

Generated ``server/<package>/models/<table>.py`` modules subclass
:class:`TorqueModel` (or :class:`TorqueModelPyRe` when a pattern needs
Python's ``re``: look-around, back-references). Pydantic merges this config
with the ``extra='forbid'`` the generated Create/Update classes add.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class TorqueModel(BaseModel):
    model_config = ConfigDict(
        allow_inf_nan=False,  # NaN/Infinity are not JSON and no database column takes them
        populate_by_name=True,  # aliased fields (Python keywords) accept their alias and their name
        protected_namespaces=(),  # model fields may be called model…
        validate_default=False,
    )


class TorqueModelPyRe(TorqueModel):
    model_config = ConfigDict(regex_engine="python-re")
