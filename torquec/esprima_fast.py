"""Import esprima without its 0.5–2 s start-up cost.

esprima 4.0.1's ``esprima.character`` classifies all 1.1 million Unicode code
points into sets when it is imported. That dominated a cold `torquec build`
of any model with flows. We register a drop-in module under the same name,
before esprima imports it, that answers the same questions per character with
``unicodedata.category`` — the very function the original used to build its
sets, so the answers are identical (tests/compiler/test_esprima_fast.py checks
every code point).
"""

from __future__ import annotations

import sys
import types
import unicodedata

_LETTER = frozenset(("Lu", "Ll", "Lt", "Lm", "Lo", "Nl"))
_PART_EXTRA = frozenset(("Mn", "Mc", "Nd", "Pc"))
_OTHER_ID_START = frozenset((
    "\u1885", "\u1886", "\u2118", "\u212E", "\u309B", "\u309C",
    "\u08B3", "\u0AF9", "\u13F8", "\u9FCD", "\uAB60", "\U00010CC0", "\U000108E0", "\U0002B820",
    "\u1C80", "\U000104DB", "\U0001E922", "\U0001EE00", "\U0001EE06", "\U0001EE0A",
))
_OTHER_ID_CONTINUE = frozenset((
    "\xB7", "\u0387", "\u1369", "\u136A", "\u136B", "\u136C", "\u136D", "\u136E", "\u136F", "\u1370",
    "\u1371", "\u19DA", "\u08E3", "\uA69E", "\U00011730", "\u08D4", "\u1DFB", "\uA8C5", "\U00011450",
    "\U0001EE03", "\U0001EE0B",
))
WHITE_SPACE = frozenset((
    "\x09", "\x0B", "\x0C", "\x20", "\xA0", "\u1680", "\u180E", "\u2000", "\u2001", "\u2002", "\u2003",
    "\u2004", "\u2005", "\u2006", "\u2007", "\u2008", "\u2009", "\u200A", "\u202F", "\u205F", "\u3000", "\uFEFF",
))
LINE_TERMINATOR = frozenset(("\x0A", "\x0D", "\u2028", "\u2029"))
DECIMAL_CONV = {c: n for n, c in enumerate("0123456789")}
OCTAL_CONV = {c: n for n, c in enumerate("01234567")}
HEX_CONV = {c: n for n, c in enumerate("0123456789abcdef")}
HEX_CONV.update({c: n for n, c in enumerate("ABCDEF", 10)})
DECIMAL_DIGIT = frozenset(DECIMAL_CONV)
OCTAL_DIGIT = frozenset(OCTAL_CONV)
HEX_DIGIT = frozenset(HEX_CONV)


def _is_id_start(ch) -> bool:
    if not isinstance(ch, str) or len(ch) != 1:
        return False  # the original's set lookups answer False for None/"" too
    if ch < "\x80":
        return ch.isalpha() or ch in "$_\\"
    return unicodedata.category(ch) in _LETTER or ch in _OTHER_ID_START


def _is_id_part(ch) -> bool:
    if not isinstance(ch, str) or len(ch) != 1:
        return False
    if ch < "\x80":
        return ch.isalnum() or ch in "$_\\"
    return (
        unicodedata.category(ch) in _LETTER
        or unicodedata.category(ch) in _PART_EXTRA
        or ch in _OTHER_ID_START
        or ch in _OTHER_ID_CONTINUE
        or ch in ("\u200D", "\u200C")
    )


# esprima's Character class: the same predicates, as set lookups (esprima only calls them).
Character = types.SimpleNamespace(
    fromCodePoint=chr,
    isWhiteSpace=WHITE_SPACE.__contains__,
    isLineTerminator=LINE_TERMINATOR.__contains__,
    isIdentifierStart=_is_id_start,
    isIdentifierPart=_is_id_part,
    isDecimalDigit=DECIMAL_DIGIT.__contains__,
    isHexDigit=HEX_DIGIT.__contains__,
    isOctalDigit=OCTAL_DIGIT.__contains__,
)


def load():
    """The esprima module, with the fast character module in place."""
    if "esprima" not in sys.modules and "esprima.character" not in sys.modules:
        shim = types.ModuleType("esprima.character")
        for name in ("Character", "HEX_CONV", "OCTAL_CONV", "DECIMAL_CONV", "WHITE_SPACE", "LINE_TERMINATOR",
                     "DECIMAL_DIGIT", "OCTAL_DIGIT", "HEX_DIGIT"):
            setattr(shim, name, globals()[name])
        sys.modules["esprima.character"] = shim
    import esprima

    return esprima
