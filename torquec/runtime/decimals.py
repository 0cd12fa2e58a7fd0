"""Exact decimals: parsing API values, the canonical text answered, and SQLite's storage form.

API value: a string with exactly ``scale`` places (``"12345678901234567.89"``,
``"56000.00"``) — what exact APIs send, since a JSON number is read as a double
and a double carries only 15 significant digits. Input may be that string or
a JSON number; a number with more than 15 significant digits is refused (the
client's digits were lost before we saw them), and so is any value with more
places than the scale or more integer digits than ``precision - scale``:
nothing is ever rounded.

PostgreSQL stores ``NUMERIC(p, s)``. SQLite has no exact decimal type (REAL
loses digits beyond 15), so a decimal is stored in a form whose native order
is numeric order, so sorting, range filters and CHECKs work in SQL:

* precision ≤ 18: an INTEGER holding the value times 10^scale (``12.50`` at
  scale 2 → ``1250``; SQL ``SUM`` over it is exact);
* precision > 18 (beyond 64 bits): TEXT of fixed width, ``p - s`` zero-padded
  integer digits, a point, ``s`` digits; a negative value is ``-`` followed by
  the nines' complement of those digits, so text order is numeric order
  (``-`` sorts before every digit).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation, localcontext
from typing import Any

DECIMAL_TEXT_RE = re.compile(r"-?[0-9]+(\.[0-9]+)?")
MAX_TEXT_LENGTH = 100
MAX_EXACT_DIGITS = 15
"""Significant digits a JSON number (parsed as a double) is known to carry exactly."""
SCALED_INTEGER_MAX_PRECISION = 18
"""Largest precision whose scaled values always fit a signed 64-bit SQLite INTEGER."""

_COMPLEMENT = str.maketrans("0123456789", "9876543210")


class DecimalProblem(ValueError):
    """A value a decimal field cannot hold exactly: ``rule`` (type, precision, scale, min, max) and a message."""

    def __init__(self, rule: str, message: str, bound: str | None = None) -> None:
        super().__init__(message)
        self.rule = rule
        self.message = message
        self.bound = bound


def text_pattern(precision: int, scale: int) -> str:
    """The anchored pattern of the string form a field of (precision, scale) accepts."""
    whole = precision - scale
    head = f"-?[0-9]{{1,{whole}}}" if whole > 0 else "-?0"
    return f"^{head}(\\.[0-9]{{1,{scale}}})?$" if scale else f"^{head}$"


def places_message(scale: int) -> str:
    places = "no decimal places" if scale == 0 else f"at most {scale} decimal place{'s' if scale != 1 else ''}"
    return f"must have {places} (it is not rounded)"


def parse(value: Any, precision: int, scale: int) -> Decimal:
    """A JSON value (string or number) → the exact Decimal it denotes; raises DecimalProblem
    when it is not a decimal or the field cannot hold it without rounding."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str, Decimal)):
        raise DecimalProblem("type", "must be a decimal number (a string such as \"12.50\", or a number)")
    if isinstance(value, str):
        if len(value) > MAX_TEXT_LENGTH or not DECIMAL_TEXT_RE.fullmatch(value):
            raise DecimalProblem("type", "must be a decimal number written with digits and an optional point, e.g. \"12.50\"")
        d = Decimal(value)
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise DecimalProblem("type", "must be a finite number")
        d = Decimal(repr(value))
        if len(d.normalize().as_tuple().digits) > MAX_EXACT_DIGITS:
            raise DecimalProblem("precision", f"has more than {MAX_EXACT_DIGITS} significant digits, which a JSON number does not "
                                              "carry exactly; send it as a string")
    else:
        d = Decimal(value)
    if not d.is_finite():
        raise DecimalProblem("type", "must be a finite number")
    if d:
        with localcontext() as ctx:
            ctx.prec = 100  # normalize() rounds to the context's 28 digits: a 30-digit value read as 31
            _, digits, exponent = d.normalize().as_tuple()
        if exponent < -scale:
            raise DecimalProblem("scale", places_message(scale))
        whole = len(digits) + exponent  # digits before the point
        if whole > precision - scale:
            n = precision - scale
            raise DecimalProblem("precision", f"must have at most {n} digit{'s' if n != 1 else ''} before the decimal point")
    return d


def canonical(d: Decimal, scale: int) -> str:
    """The API text of an exact value: exactly ``scale`` places, no exponent, no ``-0``."""
    if not d:
        d = Decimal(0)
    with localcontext() as ctx:
        ctx.prec = 100
        return f"{d.quantize(Decimal(1).scaleb(-scale)):f}"


def api_text(value: Any, precision: int, scale: int) -> str:
    return canonical(parse(value, precision, scale), scale)


def check_bounds(d: Decimal, minimum: str | None, maximum: str | None) -> None:
    if minimum is not None and d < Decimal(minimum):
        raise DecimalProblem("min", f"must be ≥ {minimum}", minimum)
    if maximum is not None and d > Decimal(maximum):
        raise DecimalProblem("max", f"must be ≤ {maximum}", maximum)


def bound_text(v: int | float | str) -> str:
    """A bound as the model wrote it (``0``, ``0.5``), never ``0.0``."""
    d = Decimal(repr(v)) if isinstance(v, float) else Decimal(v)
    text = f"{d.normalize():f}" if d else "0"
    return text


# --------------------------------------------------------------------------- SQLite storage


def scaled_integer(precision: int) -> bool:
    return precision <= SCALED_INTEGER_MAX_PRECISION


def sqlite_store(d: Decimal | str, precision: int, scale: int) -> int | str:
    """An exact value (already checked to fit) → its SQLite storage form."""
    if isinstance(d, str):
        d = Decimal(d)
    with localcontext() as ctx:
        ctx.prec = 100
        units = int(d.scaleb(scale).to_integral_value())
    if scaled_integer(precision):
        return units
    digits = str(abs(units)).rjust(precision, "0")
    text = f"{digits[:precision - scale]}.{digits[precision - scale:]}" if scale else digits
    return "-" + text.translate(_COMPLEMENT) if units < 0 else text


def sqlite_load(v: Any, precision: int, scale: int) -> str:
    """SQLite storage form → API text."""
    if isinstance(v, int):
        units = v
    elif isinstance(v, str) and v.startswith("-"):
        units = -int(v[1:].translate(_COMPLEMENT).replace(".", ""))
    elif isinstance(v, str):
        units = int(v.replace(".", ""))
    else:  # a REAL written by something else than torquec: best effort, exact for what it holds
        return canonical(Decimal(repr(v)), scale)
    with localcontext() as ctx:
        ctx.prec = 100  # the default 28 digits would round a 38-digit value
        return canonical(Decimal(units).scaleb(-scale), scale)


def sqlite_from_any(v: Any, precision: int, scale: int, exact: int = 0) -> int | str | None:
    """SQL function ``torque_decimal(value, precision, scale[, exact])`` used by migrations: an
    INTEGER, REAL or TEXT number → the storage form of (precision, scale), rounded half-even to
    the scale (NULL instead when ``exact`` and rounding would change it); NULL when it is not a
    number or does not fit."""
    if v is None:
        return None
    try:
        if isinstance(v, str):
            text = v.strip()
            d = Decimal(text) if len(text) <= MAX_TEXT_LENGTH else None
        elif isinstance(v, float):
            d = Decimal(repr(v))
        elif isinstance(v, int):
            d = Decimal(v)
        else:
            return None
    except InvalidOperation:
        return None
    if d is None or not d.is_finite():
        return None
    with localcontext() as ctx:
        ctx.prec = 100
        rounded = d.quantize(Decimal(1).scaleb(-scale))
    if exact and rounded != d:
        return None
    if rounded and len(rounded.as_tuple().digits) + rounded.as_tuple().exponent > precision - scale:
        return None
    return sqlite_store(rounded, precision, scale)


def sqlite_text(v: Any, precision: int, scale: int) -> str | None:
    """SQL function ``torque_decimal_text(stored, precision, scale)``: storage form → canonical text."""
    return None if v is None else sqlite_load(v, precision, scale)


def register_sqlite_functions(conn) -> None:
    conn.create_function("torque_decimal", 3, sqlite_from_any, deterministic=True)
    conn.create_function("torque_decimal", 4, sqlite_from_any, deterministic=True)
    conn.create_function("torque_decimal_text", 3, sqlite_text, deterministic=True)
