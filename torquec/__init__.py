"""torquec — a declarative code-generating compiler.

One model JSON file in, one complete runnable application out.
"""

__version__ = "0.1.0"
