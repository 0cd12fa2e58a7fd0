"""What a backend is: a pure function from the IR to artifacts (path + bytes)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Callable, Iterable, Protocol

from torquec.ir.nodes import Model


@dataclass(frozen=True, slots=True)
class Artifact:
    """One output file. ``path`` is relative to the app directory, always with ``/``."""

    path: str
    content: bytes

    @staticmethod
    def text(path: str, text: str) -> "Artifact":
        if not text.endswith("\n"):
            text += "\n"
        return Artifact(path, text.encode("utf-8"))

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


@dataclass
class EmitContext:
    """Per-build services shared by backends.

    ``memo`` is an in-process cache that survives between builds of one
    process (``torquec watch``): a backend keys each unit of work (an entity,
    a flow, a page) on the IR it depends on, so a one-field edit regenerates
    only the files of that entity. ``cache_dir`` is an on-disk cache for slow
    external tools (datamodel-code-generator), keyed by content hash.
    """

    model: Model
    memo: dict = field(default_factory=dict)
    cache_dir: str | None = None

    def cached(self, namespace: str, key: object, make: Callable[[], object]):
        full = (namespace, key)
        try:
            return self.memo[full]
        except KeyError:
            value = make()
            self.memo[full] = value
            return value
        except TypeError:  # unhashable key: no caching
            return make()


class Backend(Protocol):
    name: str

    def emit(self, ctx: EmitContext) -> Iterable[Artifact]: ...
