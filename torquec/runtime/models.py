"""Base classes of the pydantic models generated per entity.

Generated ``server/<package>/models/<table>.py`` modules subclass
:class:`TorqueModel` (or :class:`TorqueModelPyRe` when a pattern needs
Python's ``re``: look-around, back-references). Pydantic merges this config
with the ``extra='forbid'`` the generated Create/Update classes add.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from . import binary, local_datetime


class TorqueModel(BaseModel):
    model_config = ConfigDict(
        allow_inf_nan=False,  # NaN/Infinity are not JSON and no database column takes them
        populate_by_name=True,  # aliased fields (Python keywords) accept their alias and their name
        protected_namespaces=(),  # model fields may be called model…
        validate_default=False,
    )


class TorqueModelPyRe(TorqueModel):
    model_config = ConfigDict(regex_engine="python-re")


def local_datetime_type():
    """The pydantic type of a localDateTime field: ISO text without a zone in, its canonical text out."""
    return _text_type(lambda v: local_datetime.canonical(v), local_datetime.LocalDateTimeProblem, "local_datetime")


def bytes_type(max_bytes: int):
    """The pydantic type of a bytes field: standard base64 of at most ``max_bytes`` bytes."""
    return _text_type(lambda v: binary.canonical(v, max_bytes), binary.BytesProblem, "bytes")


def _text_type(convert, problem, prefix: str):
    from typing import Annotated

    from pydantic import PlainValidator
    from pydantic_core import PydanticCustomError

    def validate(value):
        try:
            return convert(value)
        except problem as p:
            raise PydanticCustomError(f"{prefix}_{p.rule}", p.message) from None

    return Annotated[str, PlainValidator(validate)]


def decimal_type(precision: int, scale: int, minimum: str | None = None, maximum: str | None = None):
    """The pydantic type of a decimal field of (precision, scale): a string or a number in, its
    canonical text out (see :mod:`torquec.runtime.decimals`); every refusal names the rule
    it breaks (type, precision, scale, min, max) and nothing is rounded."""
    from typing import Annotated

    from pydantic import PlainValidator
    from pydantic_core import PydanticCustomError

    from . import decimals

    def validate(value):
        try:
            d = decimals.parse(value, precision, scale)
            decimals.check_bounds(d, minimum, maximum)
        except decimals.DecimalProblem as p:
            if p.rule == "min":
                raise PydanticCustomError("greater_than_equal", "Input should be greater than or equal to {ge}", {"ge": p.bound}) from None
            if p.rule == "max":
                raise PydanticCustomError("less_than_equal", "Input should be less than or equal to {le}", {"le": p.bound}) from None
            raise PydanticCustomError(f"decimal_{p.rule}", p.message) from None
        return decimals.canonical(d, scale)

    return Annotated[str, PlainValidator(validate)]
