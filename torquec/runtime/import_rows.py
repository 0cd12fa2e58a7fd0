"""Compiled row checks for ``torquec data import``: one Python function per (entity, file kind,
dialect), written as source and exec'd once when an import starts.

The function takes a file row (a dict, JSON values or CSV strings), its id and the insert
time, and answers either ``(values, params)`` — the record's API values in model order and
the tuple to insert — or ``None``. ``None`` means "not sure": the importer then runs the row
through the runtime's own validation (``DataService._validate``: the generated pydantic
models), which accepts or refuses it and words every message. So the fast path only has to
be right about the rows it accepts; it never words an error, and every rule it applies is
taken from the same objects the runtime validates with:

* the generated pydantic model's fields (requiredness, defaults, ``ge``/``le``/length
  metadata; any constraint not listed here, a pattern for one, makes the field use that
  field's own pydantic validator, built from the same ``FieldInfo``);
* :class:`~torquec.runtime.spec.FieldSpec` (type, enum values, precision and scale, the API
  normaliser and the database conversions of ``values.to_db``);
* :mod:`~torquec.runtime.decimals` for exact decimals (its text pattern and storage form).

Accepted shapes are deliberately narrow (a date must be ``YYYY-MM-DD``, a date-time ISO text
with ``T``, a decimal text without leading zeros …); anything else takes the slow path.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from typing import Annotated, Any, Callable

import annotated_types as at
from pydantic import ConfigDict, TypeAdapter, ValidationError
from pydantic_core import PydanticUndefined

from . import decimals
from .json_schemas import field_errors as json_field_errors
from .spec import EntitySpec, FieldSpec
from .values import BadValue, format_datetime, json_problem

SYSTEM_KEYS = ("id", "createdAt", "updatedAt", "version")
_TRUE = frozenset({"true", "t", "1", "yes", "y"})  # the CSV spellings of dataio._coerce
_FALSE = frozenset({"false", "f", "0", "no", "n"})
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]{1,6})?"
                       r"(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])?")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_CACHE_LIMIT = 200_000  # distinct date / date-time texts remembered per field and import
_FAIL = object()  # a cached "not on the fast path"


class RowCompiler:
    """Writes the checking function of one entity; ``None`` when the entity is not supported
    (every row then takes the runtime's validation)."""

    def __init__(self, es: EntitySpec, dialect: str, is_csv: bool) -> None:
        self.es, self.dialect, self.is_csv = es, dialect, is_csv
        self.lines: list[str] = []
        self.env: dict[str, Any] = {"_fail": _FAIL, "_math": math}
        self.text_valued: set[int] = set()  # fields whose accepted API value is always a str
        self.int_valued: set[int] = set()  # … always an int
        self.both_written: set[int] = set()  # fields whose source sets the API value and the parameter

    # -- entry

    def compile(self, key_field: str | None) -> Callable | None:
        es = self.es
        model = es.create_model
        if model is None or es.links:
            return None  # link arrays: the slow path (they are rare in bulk files)
        by_alias = {fi.alias or name: fi for name, fi in model.model_fields.items()}
        if set(by_alias) - set(es.field_names):
            return None
        self.env["_known"] = frozenset((*es.field_names, *SYSTEM_KEYS))
        self.lines = ["def check(raw, rid, now):",
                      "    if rid is None or not raw.keys() <= _known:",
                      "        return None",
                      "    get = raw.get"]
        api, params = [], []
        for i, f in enumerate(es.fields):
            fi = by_alias.get(f.name)
            if f.name in es.sequence_names:
                if fi is not None and fi.default is not None:
                    return None
                self._sequence(i, f)
            elif fi is None:
                return None
            elif not self._field(i, f, fi):
                return None
            api.append(f"a{i}")
            params.append(f"p{i}")
        complete = not es.unique_together
        if complete:
            self._uniques(key_field)
        self.lines.append(f"    return ({', '.join(api)}{',' if len(api) == 1 else ''}), (rid, {', '.join(params)}, now, now, 1)")
        source = "\n".join(self.lines) + "\n"
        exec(compile(source, f"<import check of {es.name}>", "exec"), self.env)
        check = self.env["check"]
        check.source = source
        check.complete = complete  # unique fields checked and the row's id and key noted: nothing left to check
        return check

    def _uniques(self, key_field: str | None) -> None:
        """Unique fields against the database and the rows so far (a repeat: the slow path words it),
        then the row's id and key become known to the rows after it. Only for entities without
        composite unique constraints, whose check comes after these."""
        es = self.es
        texts = {}
        for i, f in enumerate(es.fields):
            if f.unique or f.name == key_field:
                self.emit(f"k{i} = None if a{i} is None else {self._key_text(i, f)}")
                texts[i] = f"k{i}"
        tests = []
        for i, f in enumerate(es.fields):
            if f.unique:
                self.env.setdefault(f"_taken{i}", None)  # bound per import by ``bind``
                tests.append(f"(k{i} is not None and k{i} in _taken{i})")
        if tests:
            self.emit(f"if {' or '.join(tests)}:", "    return None")
        for i, f in enumerate(es.fields):
            if f.unique:
                self.emit(f"if k{i} is not None:", f"    _taken{i}.add(k{i})")
        self.env.setdefault("_my_ids", None)
        self.env.setdefault("_my_keys", None)
        self.emit("_my_ids.add(rid)")
        if key_field is not None:
            i = es.field_names.index(key_field)
            self.emit(f"if k{i} is not None:", f"    _my_keys[k{i}] = rid")

    def _key_text(self, i: int, f: FieldSpec) -> str:
        """``dataio._key_text`` of field i's API value, inlined where the fast path knows its class."""
        if i in self.text_valued:
            return f"a{i}"
        if i in self.int_valued:
            return f"str(a{i})"
        return f"_key_text(a{i})"

    # -- pieces of source

    def emit(self, *lines: str) -> None:
        self.lines.extend("    " + line for line in lines)

    def const(self, name: str, value: Any) -> str:
        self.env[name] = value
        return name

    def _sequence(self, i: int, f: FieldSpec) -> None:
        """A number the database would give, carried by the file: kept when it is an integer."""
        self.emit(f"v = get({f.name!r})")
        if self.is_csv:
            self.emit("if v == '':", "    v = None", "elif v is not None:", "    try:", "        v = int(v)",
                      "    except ValueError:", "        return None")
        self.emit("if v is not None and v.__class__ is not int:", "    return None", f"a{i} = p{i} = v")
        self.int_valued.add(i)

    def _field(self, i: int, f: FieldSpec, fi) -> bool:
        bounds, other = _constraints(fi)
        kind = f.type
        if kind == "decimal":  # its PlainValidator is decimals' parse/canonical, which the fast path follows
            other = [m for m in other if type(m).__name__ != "PlainValidator"]
        if kind in ("string", "text") and not other and not {"gt", "lt", "ge", "le"} & bounds.keys():
            body = self._string(bounds)
        elif kind == "integer" and not other and not {"max_length", "min_length"} & bounds.keys():
            body = ["if v.__class__ is not int:", "    return None", *self._range(bounds)]
        elif kind == "float" and not other and not {"max_length", "min_length"} & bounds.keys():
            body = ["if v.__class__ is int and -9007199254740992 <= v <= 9007199254740992:", "    v = float(v)",
                    "elif v.__class__ is not float or not _math.isfinite(v):", "    return None", *self._range(bounds)]
        elif kind == "boolean" and not other and not bounds:
            body = ["if v is not True and v is not False:", "    return None"]
        elif kind == "enum" and not other and not bounds and f.values:
            body = [f"if v.__class__ is not str or v not in {self.const(f'_values{i}', frozenset(f.values))}:", "    return None"]
        elif kind in ("date", "datetime") and not other and not bounds:
            body = self._cached(i, _date_text if kind == "date" else _datetime_text)
        elif kind == "decimal" and not other and not bounds and not f.meta.get("validation", {}).keys() & {"min", "max"} \
                and 0 < f.precision - f.scale and f.precision <= 90:
            body = self._decimal(i, f)
        elif kind == "uuid" and not other and not bounds:
            body = [f"if v.__class__ is not str or not {self.const('_uuid_re', _UUID)}.fullmatch(v):", "    return None",
                    "v = v.lower()"]
        elif kind == "reference":
            if other or bounds:
                return False
            body = self._reference(i, f)
        else:
            body = self._generic(i, f, fi)
        if kind in ("string", "text", "enum", "date", "datetime", "decimal", "uuid", "reference") and not body[-1].startswith("if v is _fail"):
            self.text_valued.add(i)
        elif kind == "integer" and body[0] == "if v.__class__ is not int:":
            self.int_valued.add(i)
        self.emit(f"v = get({f.name!r}, _fail)")
        if self.is_csv:
            self.emit("if v == '':", "    v = _fail")
        absent = self._absent(i, f, fi)
        none = ["return None"] if f.required else [f"a{i} = p{i} = None"]
        if absent == none:
            self.emit("if v is None or v is _fail:", "    " + none[0])
        else:
            self.emit("if v is _fail:", *("    " + x for x in absent), "elif v is None:", "    " + none[0])
        self.emit("else:")
        if self.is_csv:
            body = [*self._coerce(f), *body]
        body.append(self._param(i, f))
        self.emit(*("    " + x for x in body))
        return True

    def _absent(self, i: int, f: FieldSpec, fi) -> list[str]:
        """The field is not in the row: the model's default, as ``_validate`` would return it."""
        if fi.default is PydanticUndefined or fi.default_factory is not None:
            return ["return None"]
        v = fi.default
        if v is None:
            return ["return None"] if f.required else [f"a{i} = p{i} = None"]
        if v.__class__ not in (str, int, float, bool) or (v.__class__ is str and "\x00" in v):
            return ["return None"]
        if f.normalize is not None:
            try:
                v = f.normalize(v)
            except BadValue:
                return ["return None"]
        conv = self._conv(i)
        return [f"a{i} = {self.const(f'_default_api{i}', v)}",
                f"p{i} = {self.const(f'_default_param{i}', conv(v) if conv else v)}"]

    def _conv(self, i: int):
        """The database conversion ``field_params`` applies to field i (COPY's on PostgreSQL)."""
        at_ = self.es.copy_at if self.dialect == "postgres" else self.es.to_db_at
        return dict(at_).get(i)

    def _param(self, i: int, f: FieldSpec) -> str:
        if i in self.both_written:
            return ""  # _decimal wrote both
        conv = self._conv(i)
        if conv is None or (self.dialect == "postgres" and f.type == "reference"):
            return f"a{i} = p{i} = v"  # COPY reads a reference's id from its text
        return f"a{i} = v; p{i} = {self.const(f'_conv{i}', conv)}(v)"

    def _string(self, bounds: dict) -> list[str]:
        tests = ["v.__class__ is not str", "'\\x00' in v"]
        if "max_length" in bounds:
            tests.append(f"len(v) > {int(bounds['max_length'])}")
        if "min_length" in bounds:
            tests.append(f"len(v) < {int(bounds['min_length'])}")
        return [f"if {' or '.join(tests)}:", "    return None"]

    @staticmethod
    def _range(bounds: dict) -> list[str]:
        tests = []
        for key, op in (("ge", "<"), ("gt", "<="), ("le", ">"), ("lt", ">=")):
            if key in bounds:
                tests.append(f"v {op} {bounds[key]!r}")
        return [f"if {' or '.join(tests)}:", "    return None"] if tests else []

    def _cached(self, i: int, canon: Callable[[str], Any]) -> list[str]:
        cache = self.const(f"_cache{i}", {})
        fn = self.const(f"_canon{i}", canon)
        return ["if v.__class__ is not str:", "    return None",
                f"c = {cache}.get(v)",
                "if c is None:",
                f"    c = {fn}(v)",
                f"    if len({cache}) < {_CACHE_LIMIT}:",
                f"        {cache}[v] = c",
                "if c is _fail:", "    return None",
                "v = c"]

    def _decimal(self, i: int, f: FieldSpec) -> list[str]:
        """Text of (precision, scale) without leading zeros, or a number whose shortest repr is one."""
        p, s = f.precision, f.scale
        whole = p - s
        frac = f"(?:\\.([0-9]{{1,{s}}}))?" if s else ""
        pat = self.const(f"_dec_re{i}", re.compile(f"(-?)(0|[1-9][0-9]{{0,{whole - 1}}}){frac}"))
        self.both_written.add(i)
        out = ["c = v.__class__",
               "if c is float:",
               "    v = repr(v)",
               # more significant digits than a double carries exactly: the runtime refuses them (the
               # pattern below allows at most p digits, so the count matters only above that)
               *([f"    if len(v.replace('-', '').replace('.', '').lstrip('0')) > {decimals.MAX_EXACT_DIGITS}:",
                  "        return None"] if p > decimals.MAX_EXACT_DIGITS else []),
               "elif c is int:", "    v = str(v)",
               "elif c is not str:", "    return None",
               f"m = {pat}.fullmatch(v)",
               "if m is None:", "    return None",
               "sign, whole, frac = m.groups()" if s else "sign, whole = m.groups()",
               ]
        if s:
            out.append(f"digits = whole + ((frac or '') + {'0' * s!r})[:{s}]")
            text = f"sign + whole + '.' + digits[{-s}:]"
        else:
            out.append("digits = whole")
            text = "sign + whole"
        out += ["if sign and not digits.strip('0'):", "    return None",  # -0.00: the canonical text drops the sign
                f"a{i} = {text}"]
        if self.dialect == "postgres":
            out.append(f"p{i} = a{i}")
        elif decimals.scaled_integer(p):
            out.append(f"p{i} = -int(digits) if sign else int(digits)")
        else:
            store = self.const("_sqlite_store", decimals.sqlite_store)
            out.append(f"p{i} = {store}(a{i}, {p}, {s})")
        return out

    def _reference(self, i: int, f: FieldSpec) -> list[str]:
        """An id of a known record, else the target's key (as ``DataImporter`` resolves it)."""
        ids, keys, key_text = (f"_ids{i}", f"_keys{i}", "_key_text")
        self.env.setdefault(ids, None)  # bound per import by ``bind_references``
        self.env.setdefault(keys, None)
        return ["if v.__class__ is str:",
                f"    v = v.lower() if len(v) == 36 and v.lower() in {ids} else {keys}.get(v)",
                "else:",
                f"    v = {keys}.get({key_text}(v))",
                "if v is None:", "    return None"]

    def _generic(self, i: int, f: FieldSpec, fi) -> list[str]:
        """The field's own pydantic validator (the model's FieldInfo), then ``_validate``'s steps."""
        self.const(f"_adapter{i}", _adapter(self.es.create_model, fi))
        self.const("_ValidationError", ValidationError)
        self.const(f"_spec{i}", f)
        self.const("_finish", _finish)
        return ["try:",
                f"    v = _adapter{i}.dump_python(_adapter{i}.validate_python(v))",
                "except _ValidationError:",
                "    return None",
                f"v = _finish(v, _spec{i})",
                "if v is _fail:", "    return None"]

    def _coerce(self, f: FieldSpec) -> list[str]:
        """A CSV cell → the JSON value ``dataio._coerce`` makes of it (failures: the slow path words them)."""
        t = f.type
        if t == "integer":
            return ["try:", "    v = int(v)", "except ValueError:", "    return None"]
        if t == "float":
            return ["try:", "    x = float(v)", "except ValueError:", "    return None",
                    "v = int(x) if x.is_integer() and '.' not in v and 'e' not in v.lower() else x"]
        if t == "decimal":
            return ["v = v.strip()"]
        if t == "boolean":
            t_, f_ = self.const("_true", _TRUE), self.const("_false", _FALSE)
            return ["low = v.strip().lower()", f"if low in {t_}:", "    v = True", f"elif low in {f_}:", "    v = False",
                    "else:", "    return None"]
        if t in ("array", "json"):
            from .dataio import _coerce

            self.const("_csv_coerce", _coerce)
            self.const(f"_spec{id(f)}", f)
            return ["try:", f"    v = _csv_coerce(_spec{id(f)}, v)", "except ValueError:", "    return None"]
        return []


_ADAPTERS: dict[int, tuple[Any, TypeAdapter]] = {}  # id(FieldInfo) → (it, its validator): building one takes milliseconds


def _adapter(model, fi) -> TypeAdapter:
    """A validator of one field of a generated model: its annotation, constraints and the model's config."""
    got = _ADAPTERS.get(id(fi))
    if got is None or got[0] is not fi:
        cfg = model.model_config
        config = ConfigDict(allow_inf_nan=cfg.get("allow_inf_nan", True), regex_engine=cfg.get("regex_engine", "rust-regex"))
        adapter = TypeAdapter(Annotated[(fi.annotation, *fi.metadata)] if fi.metadata else fi.annotation, config=config)
        got = _ADAPTERS[id(fi)] = (fi, adapter)  # keeps the FieldInfo alive, so its id is not reused
    return got[1]


def _constraints(fi) -> tuple[dict, list]:
    """(numeric and length bounds, other metadata) of a pydantic field, looking inside Optional[Annotated[…]]."""
    bounds: dict[str, Any] = {}
    other: list = []

    def visit(meta) -> None:
        for m in meta:
            if isinstance(m, (at.Ge, at.Gt, at.Le, at.Lt)):
                key = type(m).__name__.lower()
                bounds[key] = getattr(m, key)
            elif isinstance(m, at.MaxLen):
                bounds["max_length"] = m.max_length
            elif isinstance(m, at.MinLen):
                bounds["min_length"] = m.min_length
            elif type(m).__name__ == "Strict" and getattr(m, "strict", False):
                pass  # the fast checks are strict already
            else:
                other.append(m)

    visit(fi.metadata)
    for arg in getattr(fi.annotation, "__args__", ()) or ():
        visit(getattr(arg, "__metadata__", ()))
    return bounds, other


def _finish(v: Any, f: FieldSpec) -> Any:
    """``_validate``'s steps after pydantic: normalise, refuse NULs, too-deep JSON and JSON its jsonSchema refuses."""
    if v is None:
        return None
    if f.normalize is not None:
        try:
            v = f.normalize(v)
        except BadValue:
            return _FAIL
    if v.__class__ is str:
        if "\x00" in v:
            return _FAIL
    elif v.__class__ in (list, dict) and json_problem(v):
        return _FAIL
    if f.json_validator is not None and json_field_errors(f.name, f.json_validator, v):
        return _FAIL
    return v


def _date_text(v: str) -> Any:
    if len(v) != 10 or not _DATE.fullmatch(v):
        return _FAIL
    try:
        return _dt.date.fromisoformat(v).isoformat()
    except ValueError:
        return _FAIL


def _datetime_text(v: str) -> Any:
    if len(v) > 40 or not _DATETIME.fullmatch(v):
        return _FAIL
    try:
        return format_datetime(_dt.datetime.fromisoformat(v))
    except (ValueError, OverflowError):
        return _FAIL


def compile_row_check(es: EntitySpec, dialect: str, is_csv: bool, key_field: str | None) -> Callable | None:
    """The checking function of ``es`` (see the module doc); ``key_field``: the field by whose
    value other rows may reference a row."""
    return RowCompiler(es, dialect, is_csv).compile(key_field)


def bind(check: Callable, es: EntitySpec, refs: dict[str, tuple[set, dict]], taken: dict[str, set],
         my_ids: set, my_keys: dict) -> None:
    """Give the function this import's state: the (ids, keys) of each reference's target, the key
    texts each unique field has taken, and the entity's own ids and keys (added to as rows pass)."""
    from .dataio import _key_text

    g = check.__globals__
    g["_key_text"], g["_my_ids"], g["_my_keys"] = _key_text, my_ids, my_keys
    for i, f in enumerate(es.fields):
        if f.name in refs and f"_ids{i}" in g:
            g[f"_ids{i}"], g[f"_keys{i}"] = refs[f.name]
        if f.name in taken:
            g[f"_taken{i}"] = taken[f.name]
