"""What a backend is: a pure function from the IR to artifacts (path + bytes),
and the one memo mechanism every backend uses for ``torquec watch``.

Memo
    A backend splits its output into *units* (an entity's part of a file, a
    table's DDL, a flow module) and asks ``ctx.unit(namespace, reads, make)``
    for each. ``reads`` names the IR nodes (and any plain data) the unit is
    computed from; the memo key is :func:`exact_key` of them — a generic,
    exact encoding of every attribute of every node, so there is no list of
    attributes to keep in sync with the IR: a new IR attribute is part of the
    key the day it is added. What a backend must get right is only *which
    nodes* a unit reads (its entity, the relationships at that entity, …); the
    differential tests (cached build == fresh build after every kind of edit)
    check that for every backend.

    The units live in the memo dict the driver passes in (``build(memo=…)``,
    kept by the watch session), never in module globals. Each build keeps
    the units it used and drops the others, so a long watch session does not
    accumulate every version of every entity. Memoise text, not object trees:
    every full garbage collection of a watch process walks what the memo holds.
    (Two exceptions hold only what the served IR holds anyway: the latest
    build's lowered entities, ``ir/lower.py``, and the encodings of its frozen
    nodes, :meth:`EmitContext._plain_reusing` — tuples of atoms, which the
    collector stops tracking.)

    Per-build indexes of the model are local objects of the backend's
    ``emit`` (passed down), never module globals keyed by object identity. A module-level cache is only
    for a pure function of plain values, and then keyed exactly
    (:func:`exact_key`): ``1e20 == 10**20`` to Python, but not in the output.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import marshal
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Protocol

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


# --------------------------------------------------------------------------- exact keys

# Markers no IR value contains (marshal writes both): a dataclass node is
# (Ellipsis, class name, *attribute values), an enum member (StopIteration,
# class name, value), anything else unknown ("?", type name, repr).
_NODE = Ellipsis
_ENUM = StopIteration
_ATOMS = frozenset({str, int, float, bool, type(None), bytes, complex})
_ENCODERS: dict[type, Callable[[Any], tuple]] = {}  # dataclass -> its encoder (classes, not IR: a bounded set)


def _encoder_of(cls: type) -> Callable[[Any], tuple]:
    """A function spelling out ``(_NODE, qualname, *encoded attributes)`` for
    ``cls``, generated once per class: the watch rebuild encodes every IR
    node each build, and a straight-line tuple display with the atom test
    inline is about a quarter faster than a getter plus a comprehension."""
    items = "".join(f"(v if type(v := x.{f.name}) in A else P(v)), " for f in dataclasses.fields(cls))
    scope = {"A": _ATOMS, "N": _NODE, "Q": cls.__qualname__}
    # P: how attributes that are not atoms are encoded (_plain, or a build's caching variant).
    exec(f"def encode(x, P):\n    return (N, Q, {items})\n", scope)  # names are dataclass field names: identifiers
    _ENCODERS[cls] = encode = scope["encode"]
    return encode


def _plain(x: Any) -> Any:
    """``x`` as data marshal can write, with every type that matters tagged."""
    t = type(x)
    if t in _ATOMS:
        return x
    encode = _ENCODERS.get(t)
    if encode is not None:
        return encode(x, _plain)
    if t is tuple:
        return tuple(map(_plain, x))
    if t is list:
        return list(map(_plain, x))
    if t is dict:
        # Key order is kept: it is how a JSON default is spelled in the output.
        return {_plain(k): _plain(v) for k, v in x.items()}
    if dataclasses.is_dataclass(t):
        return _encoder_of(t)(x, _plain)
    if isinstance(x, enum.Enum):
        return (_ENUM, t.__qualname__, _plain(x.value))
    return ("?", f"{t.__module__}.{t.__qualname__}", repr(x))


def exact_key(*values: Any) -> bytes:
    """One canonical encoding of ``values`` (IR nodes, tuples, JSON data, …).

    Equal bytes mean equal values in every respect the output can show:
    ``0``, ``0.0``, ``-0.0``, ``False`` and ``True``/``1`` differ, a dict with
    its keys in another order differs, a tuple differs from a list, and every
    attribute of every dataclass node is included (source pointers too: a
    moved entity is recomputed, which is correct and rare). marshal format 2
    has no back-references, so equal values give equal bytes.
    """
    return marshal.dumps(_plain(values), 2)


# --------------------------------------------------------------------------- the build context

_UNITS = ("torquec.units",)  # the memo dict's entry holding the latest build's units
_ENCODED = ("torquec.encoded",)  # ... and the encodings of the frozen IR nodes it read
_FROZEN: dict[type, bool] = {}  # dataclass -> frozen (classes, not IR: a bounded set)


def _is_frozen(t: type) -> bool:
    frozen = _FROZEN.get(t)
    if frozen is None:
        frozen = _FROZEN[t] = bool(dataclasses.is_dataclass(t) and t.__dataclass_params__.frozen)  # type: ignore[attr-defined]
    return frozen


@dataclass
class EmitContext:
    """Per-build services shared by backends.

    ``memo`` is the dict the driver passes in (empty for a one-off build; the
    watch session keeps one for its life). ``cache_dir`` is an on-disk cache
    directory for slow steps, keyed by content hash (no backend needs one today).
    """

    model: Model
    memo: dict = field(default_factory=dict)
    cache_dir: str | None = None
    hits: int = 0
    misses: int = 0
    _prev: dict = field(default_factory=dict, repr=False)
    _cur: dict = field(default_factory=dict, repr=False)
    _keys: dict = field(default_factory=dict, repr=False)  # id(node) -> (node, exact_key): this build only
    # id(frozen node) -> (node, its _plain encoding), of the previous and of this build. Lowering
    # hands a watch rebuild the very same Field/Entity objects for what did not change (frozen:
    # passes replace nodes, never change them), so their encodings are reused, not recomputed.
    _enc_prev: dict = field(default_factory=dict, repr=False)
    _enc_cur: dict = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        prev = self.memo.get(_UNITS)
        self._prev = prev if isinstance(prev, dict) else {}
        # What this build uses becomes what the next build may reuse.
        self.memo[_UNITS] = self._cur
        enc = self.memo.get(_ENCODED)
        self._enc_prev = enc if isinstance(enc, dict) else {}
        self.memo[_ENCODED] = self._enc_cur

    def _plain_reusing(self, x: Any) -> Any:
        """:func:`_plain`, reusing the encoding of a frozen node seen (as the same object) in this
        or the previous build. The object is held with it, so its id cannot be reused meanwhile."""
        t = type(x)
        if t in _ATOMS:
            return x
        if t is tuple:
            return tuple(map(self._plain_reusing, x))
        if not _is_frozen(t):
            return _plain(x)
        i = id(x)
        hit = self._enc_cur.get(i) or self._enc_prev.get(i)
        if hit is None or hit[0] is not x:
            hit = (x, (_ENCODERS.get(t) or _encoder_of(t))(x, self._plain_reusing))
        self._enc_cur[i] = hit
        return hit[1]

    def key(self, value: Any) -> Any:
        """The exact key of one value a unit reads. An IR node's encoding is
        computed once per build (an entity is read by its own units and by
        its neighbours'); a tuple is the tuple of its items' keys, so a tuple
        of nodes reuses theirs. Exact all the same: a node's key is bytes, a
        tuple's a tuple, a str's itself, an int's, bool's or None's (type,
        value), and every other value's its :func:`exact_key` (bytes)."""
        t = type(value)
        if t is str:  # most reads: names (a str key equals only the same str)
            return value
        if t is tuple:
            return tuple(map(self.key, value))
        if t is int or t is bool or value is None:
            return (t, value)  # 1 and True apart (no key is a type object, so no clash)
        if t not in _ATOMS and (t in _ENCODERS or dataclasses.is_dataclass(t)):
            hit = self._keys.get(id(value))
            if hit is not None and hit[0] is value:
                return hit[1]
            k = marshal.dumps((self._plain_reusing(value),), 2)  # == exact_key(value)
            self._keys[id(value)] = (value, k)  # holding the node keeps its id unique for the build
            return k
        return exact_key(value)

    def unit(self, namespace: str, reads: tuple, make: Callable[[], Any]) -> Any:
        """The output of ``make()``, reused from an earlier build when every
        value in ``reads`` is exactly as it was then. ``make`` must read
        nothing of the IR but ``reads``."""
        full = (namespace, self.key(tuple(reads)))
        cur = self._cur
        try:
            return cur[full]
        except KeyError:
            pass
        try:
            value = self._prev[full]
            self.hits += 1
        except KeyError:
            value = make()
            self.misses += 1
        cur[full] = value
        return value


class Backend(Protocol):
    name: str

    def emit(self, ctx: EmitContext) -> Iterable[Artifact]: ...
