"""The fast esprima character module answers exactly like the original, for every code point."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys

from torquec import esprima_fast


def _original_character_module():
    spec = importlib.util.find_spec("esprima")
    path = os.path.join(os.path.dirname(spec.origin), "character.py")
    # Load the original under another name; its relative import needs the package.
    import esprima.compat  # noqa: F401  (present in both worlds)

    mod_spec = importlib.util.spec_from_file_location("esprima._original_character", path)
    mod = importlib.util.module_from_spec(mod_spec)
    mod_spec.loader.exec_module(mod)
    return mod


def test_identical_classification_for_every_code_point():
    esprima_fast.load()
    orig = _original_character_module().Character
    fast = esprima_fast.Character
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        assert orig.isIdentifierStart(ch) == fast.isIdentifierStart(ch), hex(cp)
        assert orig.isIdentifierPart(ch) == fast.isIdentifierPart(ch), hex(cp)
    for ch in ("", None, "ab"):
        assert orig.isIdentifierStart(ch) == fast.isIdentifierStart(ch)
        assert orig.isIdentifierPart(ch) == fast.isIdentifierPart(ch)


def test_parses_with_the_shim_and_imports_fast():
    code = (
        "import time; t=time.perf_counter();"
        "from torquec import esprima_fast; e=esprima_fast.load();"
        "e.parseScript('var \\u00e9t\\u00e9 = 1; function f(a){ return a + \\u00e9t\\u00e9 }');"
        "print(time.perf_counter()-t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert float(out.stdout) < 1.0
