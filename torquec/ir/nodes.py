"""The IR: plain, typed, immutable data. Every node knows its JSON pointer.

Lowering (``torquec.ir.lower``) builds it from the schema-valid model; passes
(``torquec.passes``) check it and return enriched copies (``dataclasses.replace``);
backends read it and nothing else. Nothing here does I/O.

Names the backends need (table and column names, Python and TypeScript
identifiers) are derived here, once, so every backend agrees on them.

What the model *says* sits in ``ui`` blocks (with the labels lowering fills
in); what a backend needs *derived* from it (the effective display field,
search fields, default sort, form widget; foreign keys and join tables) sits
on the node itself, set once: by lowering for facts of one node alone
(``Field.widget``), else by a pass (``passes.resolve``,
``passes.relationships``). Backends read those and derive nothing.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from typing import Any

from torquec.contract import OPERATIONS as CONTRACT_OPERATIONS
from torquec.contract import SEARCHABLE_TYPES as CONTRACT_SEARCHABLE_TYPES
from torquec.contract import SORTABLE_TYPES as CONTRACT_SORTABLE_TYPES
from torquec.contract import SYSTEM_FIELDS as CONTRACT_SYSTEM_FIELDS
from torquec.runtime.binary import DEFAULT_MAX_BYTES


class FieldType(str, enum.Enum):
    STRING = "string"
    TEXT = "text"
    INTEGER = "integer"
    FLOAT = "float"
    DECIMAL = "decimal"
    BOOLEAN = "boolean"
    DATE = "date"
    DATETIME = "datetime"
    LOCAL_DATETIME = "localDateTime"  # wall-clock date and time, no time zone (torquec.runtime.local_datetime)
    BYTES = "bytes"  # binary data, base64 in the APIs (torquec.runtime.binary)
    UUID = "uuid"
    EMAIL = "email"
    URL = "url"
    ENUM = "enum"
    REFERENCE = "reference"
    ARRAY = "array"
    JSON = "json"


STRING_LIKE = frozenset({FieldType.STRING, FieldType.TEXT, FieldType.EMAIL, FieldType.URL})
NUMERIC = frozenset({FieldType.INTEGER, FieldType.FLOAT, FieldType.DECIMAL})
SEARCHABLE = frozenset(FieldType(t) for t in CONTRACT_SEARCHABLE_TYPES)  # the contract's, as FieldTypes
SORTABLE = frozenset(FieldType(t) for t in CONTRACT_SORTABLE_TYPES)

# Implicit length cap of `string` without maxLength (documented in docs/model-format.md).
DEFAULT_STRING_MAX = 255

SYSTEM_FIELDS = CONTRACT_SYSTEM_FIELDS

# The form widget of a field without `ui.widget`; the server's form definitions
# and the web front-end must agree on it.
DEFAULT_WIDGETS = {
    FieldType.STRING: "text",
    FieldType.TEXT: "textarea",
    FieldType.INTEGER: "number",
    FieldType.FLOAT: "number",
    FieldType.DECIMAL: "number",
    FieldType.BOOLEAN: "checkbox",
    FieldType.DATE: "date",
    FieldType.DATETIME: "datetime",
    FieldType.LOCAL_DATETIME: "datetime",
    FieldType.BYTES: "file",
    FieldType.UUID: "text",
    FieldType.EMAIL: "email",
    FieldType.URL: "url",
    FieldType.ENUM: "select",
    FieldType.REFERENCE: "reference",
    FieldType.ARRAY: "tags",
    FieldType.JSON: "json",
}


# Which widgets can edit which types. A declared `ui.widget` outside this table
# is reported (W502) and replaced by the type's default (passes.resolve).
WIDGET_TYPES = {
    "text": frozenset({FieldType.STRING, FieldType.TEXT, FieldType.UUID, FieldType.EMAIL, FieldType.URL}),
    "textarea": frozenset({FieldType.STRING, FieldType.TEXT, FieldType.EMAIL, FieldType.URL}),
    "number": NUMERIC,
    "checkbox": frozenset({FieldType.BOOLEAN}),
    "switch": frozenset({FieldType.BOOLEAN}),
    "select": frozenset({FieldType.ENUM}),
    "radio": frozenset({FieldType.ENUM}),
    "date": frozenset({FieldType.DATE}),
    "datetime": frozenset({FieldType.DATETIME, FieldType.LOCAL_DATETIME}),
    "file": frozenset({FieldType.BYTES}),
    "email": frozenset({FieldType.EMAIL, FieldType.STRING}),
    "url": frozenset({FieldType.URL, FieldType.STRING}),
    "json": frozenset({FieldType.JSON}),
    "tags": frozenset({FieldType.ARRAY}),
    "reference": frozenset({FieldType.REFERENCE}),
}


def effective_widget(ftype: FieldType, declared: str | None) -> str:
    """The form widget of a field: ``declared`` when it can edit ``ftype``, else the type's default."""
    if declared is not None and ftype in WIDGET_TYPES.get(declared, ()):
        return declared
    return DEFAULT_WIDGETS[ftype]


OPERATIONS = CONTRACT_OPERATIONS  # what a role may be granted on an entity's records


class RelationKind(str, enum.Enum):
    ONE_TO_MANY = "oneToMany"
    MANY_TO_ONE = "manyToOne"
    ONE_TO_ONE = "oneToOne"
    MANY_TO_MANY = "manyToMany"


class OnDelete(str, enum.Enum):
    CASCADE = "cascade"
    RESTRICT = "restrict"
    SET_NULL = "setNull"


def snake_case(name: str) -> str:
    """``OrderItem`` → ``order_item``, ``customerId`` → ``customer_id``, ``HTTPCode`` → ``http_code``."""
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    return s.replace("-", "_").lower()


def camel_case(name: str) -> str:
    parts = re.split(r"[-_\s]+", name)
    return parts[0][:1].lower() + parts[0][1:] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def pascal_case(name: str) -> str:
    c = camel_case(name)
    return c[:1].upper() + c[1:]


def humanize(name: str) -> str:
    """``customerType`` → ``Customer type``, ``isHTTPS`` → ``Is https``: the default label of a name."""
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name).replace("_", " ").replace("-", " ").lower()
    return words[:1].upper() + words[1:]


# --------------------------------------------------------------------------- entities


@dataclass(frozen=True, slots=True)
class Validation:
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    minimum: float | int | None = None
    maximum: float | int | None = None
    pointer: str = ""

    @property
    def is_empty(self) -> bool:
        return (self.min_length, self.max_length, self.pattern, self.minimum, self.maximum) == (None,) * 5


@dataclass(frozen=True, slots=True)
class FieldUi:
    label: str
    placeholder: str | None = None
    help: str | None = None
    widget: str | None = None
    in_list: bool = True
    in_form: bool = True
    in_detail: bool = True
    # enum (or enum-item array) values -> what people read, in value order
    value_labels: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class ArrayItems:
    type: FieldType
    values: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Field:
    id: str
    name: str
    type: FieldType
    pointer: str
    description: str = ""
    required: bool = False
    unique: bool = False
    indexed: bool = False
    sequence: bool = False  # integer numbered by the database; read-only in the API and forms
    has_default: bool = False
    default: Any = None
    validation: Validation = field(default_factory=Validation)
    values: tuple[str, ...] = ()  # enum
    target: str | None = None  # reference: entity name
    target_field: str | None = None  # reference by a natural key: a unique field of `target` (None: by id)
    key_type: FieldType | None = None  # its type, set by passes.keys: the stored value is of this type
    items: ArrayItems | None = None  # array
    precision: int = 18  # decimal
    scale: int = 2
    max_bytes: int = DEFAULT_MAX_BYTES  # bytes
    # json: the JSON Schema (2020-12, no references) its values must match, as written; None: any JSON
    json_schema: dict | None = None
    ui: FieldUi = field(default_factory=lambda: FieldUi(label=""))
    # effective_widget(type, ui.widget), set by lowering as it builds the field (a fact of
    # the field alone: copying 3,000 fields in a pass to add it cost 50 ms per build).
    widget: str = ""

    @property
    def column(self) -> str:
        return snake_case(self.name)

    @property
    def value_type(self) -> FieldType:
        """The type of the stored value: a reference by natural key holds the key's type."""
        return self.key_type or self.type

    @property
    def max_length(self) -> int | None:
        """The effective length cap: explicit, or the implicit one of `string`."""
        if self.validation.max_length is not None:
            return self.validation.max_length
        if self.type in (FieldType.STRING, FieldType.EMAIL, FieldType.URL):
            return DEFAULT_STRING_MAX if self.type is FieldType.STRING else 2048
        return None

    def rules(self) -> dict[str, Any]:
        """The effective validation rules as the server metadata and the front-end spell them:
        minLength, maxLength (with the implicit cap; an array's only when given), pattern, min, max."""
        v = self.validation
        out: dict[str, Any] = {}
        if v.min_length is not None:
            out["minLength"] = v.min_length
        max_len = v.max_length if self.type is FieldType.ARRAY else self.max_length
        if max_len is not None:
            out["maxLength"] = max_len
        if v.pattern is not None:
            out["pattern"] = v.pattern
        if v.minimum is not None:
            out["min"] = v.minimum
        if v.maximum is not None:
            out["max"] = v.maximum
        if self.type is FieldType.BYTES:
            out["maxBytes"] = self.max_bytes
        return out


class TemplateError(ValueError):
    """A ``displayTemplate`` that cannot be split (stray or unclosed brace, empty name)."""


_TEMPLATE_NAME = re.compile(r"[a-z][A-Za-z0-9]*")


def split_display_template(template: str) -> tuple[str, ...]:
    """``"Loan of {bookId} to {memberId}"`` → ``("Loan of ", "bookId", " to ", "memberId", "")``:
    text and field names alternating, starting and ending with text (the form the
    backends render; the names are checked by passes.references)."""
    parts: list[str] = []
    rest = template
    while True:
        open_at, close_at = rest.find("{"), rest.find("}")
        if open_at < 0:
            if close_at >= 0:
                raise TemplateError("a `}` closes no `{`")
            parts.append(rest)
            return tuple(parts)
        if 0 <= close_at < open_at:
            raise TemplateError("a `}` closes no `{`")
        end = rest.find("}", open_at)
        if end < 0:
            raise TemplateError("a `{` is not closed")
        name = rest[open_at + 1:end]
        if not _TEMPLATE_NAME.fullmatch(name):
            raise TemplateError(f"`{{{name}}}` is not a field name")
        parts += [rest[:open_at], name]
        rest = rest[end + 1:]


@dataclass(frozen=True, slots=True)
class EntityUi:
    label: str
    plural_label: str
    icon: str | None = None
    display_field: str | None = None
    display_template: str | None = None  # "Loan of {bookId} to {memberId}" (ui.displayTemplate)
    search_fields: tuple[str, ...] = ()
    default_sort_field: str | None = None
    default_sort_dir: str = "asc"


@dataclass(frozen=True, slots=True)
class Navigation:
    """One direction of a relationship, seen from the entity it starts at (set by passes.resolve)."""

    name: str  # `name` of the relationship going forward, `inverseName` going back
    relationship: str
    entity: str  # the other end
    forward: bool  # from → to
    many: bool  # following it gives several records
    via: str  # "fk_here" (this entity holds the foreign key), "fk_there" or "join" (manyToMany)


@dataclass(frozen=True, slots=True)
class EntityIndex:
    """An ``entity.indexes`` item: a composite unique constraint or a multi-column index."""

    fields: tuple[str, ...]
    pointer: str
    unique: bool = False
    name: str | None = None  # SQL name as written; None: derived from table and columns


def relationship_key(r: "Relationship") -> tuple[str, str, str]:
    """A relationship's identity as navigations name it: its name is unique only on its `from`
    entity (Track.invoiceLines and Invoice.invoiceLines are two relationships)."""
    return (r.name, r.from_entity, r.to_entity)


def navigation_key(entity: str, n: Navigation) -> tuple[str, str, str]:
    """The :func:`relationship_key` of navigation ``n`` of ``entity``."""
    return (n.relationship, entity, n.entity) if n.forward else (n.relationship, n.entity, entity)


@dataclass(frozen=True, slots=True)
class Distribution:
    """``entity.distribution``: the entity's table on a Citus cluster (``sql/citus/schema.sql``):
    a reference table (``reference``), or distributed by ``column`` (``"id"`` or a reference field)."""

    pointer: str
    column: str | None = None
    colocate_with: str | None = None
    reference: bool = False  # as written: with `column` too, or with neither, passes/distribution reports E328


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    pointer: str
    fields: tuple[Field, ...]
    description: str = ""
    ui: EntityUi = field(default_factory=lambda: EntityUi(label="", plural_label=""))
    indexes: tuple[EntityIndex, ...] = ()
    distribution: Distribution | None = None
    # Set by passes.resolve (the rules are in docs/model-format.md, "Entity ui defaults"):
    display_field: str = ""  # the field naming a record (sorted and searched by reference selects)
    # How a record is named, when not by one field: text and field names alternating,
    # starting and ending with text ("Loan of ", "bookId", " to ", "memberId", "");
    # a reference field stands for the referenced record's name. Empty: by display_field.
    display_template: tuple[str, ...] = ()
    # Set by passes.computed_fields: fields a before-flow works out, with the flows' names.
    computed_fields: tuple[tuple[str, tuple[str, ...]], ...] = ()
    search_fields: tuple[str, ...] = ()  # what free-text search matches
    default_sort: tuple[str, str] | None = None  # (field, "asc" | "desc"); None: the runtime's createdAt order
    navigations: tuple[Navigation, ...] = ()  # both directions of every relationship at this entity, model order

    @property
    def table(self) -> str:
        return snake_case(self.name)

    def field(self, name: str) -> Field | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None


@dataclass(frozen=True, slots=True)
class Relationship:
    id: str
    name: str
    from_entity: str
    to_entity: str
    kind: RelationKind
    inverse_name: str
    pointer: str
    on_delete: OnDelete = OnDelete.RESTRICT
    description: str = ""
    # As written in the model (may be None), and as resolved by passes.relationships.
    foreign_key_declared: str | None = None
    foreign_key: str | None = None  # field name on `holder` entity
    holder: str | None = None  # entity name that holds the foreign key column
    join_table: str | None = None  # manyToMany only

    @property
    def referenced_entity(self) -> str:
        """The entity the foreign key points to: ``from`` for oneToMany, else ``to`` (not for manyToMany)."""
        return self.from_entity if self.kind is RelationKind.ONE_TO_MANY else self.to_entity


# --------------------------------------------------------------------------- flows


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str  # manual | entity | webhook | schedule
    pointer: str
    entity: str | None = None
    event: str | None = None  # create | update | delete
    phase: str | None = None  # before | after
    path: str | None = None
    method: str = "POST"
    interval_seconds: int | None = None
    cron: str | None = None


@dataclass(frozen=True, slots=True)
class EntityFilter:
    field: str
    op: str
    value: str  # JavaScript expression
    pointer: str


@dataclass(frozen=True, slots=True)
class FlowNode:
    id: str
    type: str  # start end error javascript transform condition entityRead entityWrite httpRequest parallel
    pointer: str
    name: str = ""
    description: str = ""
    code: str | None = None  # javascript: function body
    expression: str | None = None  # transform, condition
    output: str | None = None  # end: expression
    message: str | None = None  # error
    error_code: str | None = None
    entity: str | None = None  # entityRead / entityWrite
    operation: str | None = None  # entityWrite: create | update | delete
    data: str | None = None  # entityWrite: expression
    record_id: str | None = None  # entityRead / entityWrite: expression
    filters: tuple[EntityFilter, ...] = ()
    limit: int | None = None
    method: str | None = None  # httpRequest
    url: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    body: str | None = None
    timeout_ms: int | None = None
    retries: int = 0


@dataclass(frozen=True, slots=True)
class FlowEdge:
    source: str
    target: str
    pointer: str
    condition: str | None = None
    id: str | None = None


@dataclass(frozen=True, slots=True)
class Flow:
    id: str
    name: str
    pointer: str
    trigger: Trigger
    nodes: tuple[FlowNode, ...]
    edges: tuple[FlowEdge, ...]
    description: str = ""
    inputs: dict | None = None  # JSON Schema
    timeout_ms: int = 1000
    label: str = ""  # humanize(name), set by lowering
    run_as: str = "caller"  # caller | system: whose permissions its entity nodes use

    def node(self, node_id: str) -> FlowNode | None:
        for n in self.nodes:
            if n.id == node_id:
                return n
        return None


# --------------------------------------------------------------------------- layouts


@dataclass(frozen=True, slots=True)
class Action:
    type: str  # openModal closeModal navigate create edit delete runFlow refresh
    pointer: str
    modal: str | None = None
    page: str | None = None
    entity: str | None = None
    flow: str | None = None


@dataclass(frozen=True, slots=True)
class Position:
    row: int = 1
    col: int = 1
    span: int = 12


@dataclass(frozen=True, slots=True)
class Component:
    id: str
    type: str  # DataGrid TorqueForm TorqueButton Text Container Modal
    pointer: str
    position: Position = field(default_factory=Position)
    children: tuple["Component", ...] = ()
    # Type-specific (None where not applicable to the type).
    entity: str | None = None
    columns: tuple[str, ...] | None = None
    fields: tuple[str, ...] | None = None
    mode: str | None = None
    page_size: int | None = None
    sortable: bool = True
    filterable: bool = True
    searchable: bool = True
    row_actions: tuple[Action, ...] = ()
    title: str | None = None
    submit_label: str | None = None
    on_success: Action | None = None
    label: str | None = None
    variant: str | None = None
    action: Action | None = None
    text: str | None = None
    direction: str | None = None


@dataclass(frozen=True, slots=True)
class Layout:
    id: str
    name: str
    route: str
    title: str
    pointer: str
    components: tuple[Component, ...]
    description: str = ""

    def walk(self):
        """All components, depth first, in model order."""
        stack = list(reversed(self.components))
        while stack:
            c = stack.pop()
            yield c
            stack.extend(reversed(c.children))


# --------------------------------------------------------------------------- auth, data


@dataclass(frozen=True, slots=True)
class Permission:
    entity: str  # entity name or "*"
    operations: tuple[str, ...]  # read create update delete
    pointer: str


@dataclass(frozen=True, slots=True)
class Role:
    name: str
    pointer: str
    permissions: tuple[Permission, ...]
    flows: tuple[str, ...] = ()
    description: str = ""
    # readOnlyFields: (entity, field names) the role may read but not write
    read_only_fields: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Set by passes.resolve, `*` expanded against the model: (entity, operations in
    # OPERATIONS order) for every entity with at least one, and the flows it may run.
    grants: tuple[tuple[str, tuple[str, ...]], ...] = ()
    runnable_flows: tuple[str, ...] = ()

    def allows(self, entity: str, operation: str) -> bool:
        return any(p.entity in ("*", entity) and operation in p.operations for p in self.permissions)

    def may_run(self, flow: str) -> bool:
        return "*" in self.flows or flow in self.flows


@dataclass(frozen=True, slots=True)
class Auth:
    roles: tuple[Role, ...]
    pointer: str


@dataclass(frozen=True, slots=True)
class SampleRecord:
    entity: str
    values: dict  # as written in the model (field name → JSON value), plus "id" if given
    pointer: str


# --------------------------------------------------------------------------- model


@dataclass(frozen=True, slots=True)
class Model:
    name: str
    title: str
    version: str
    description: str
    partitions: int
    allowed_hosts: tuple[str, ...]
    entities: tuple[Entity, ...]
    relationships: tuple[Relationship, ...]
    flows: tuple[Flow, ...]
    layouts: tuple[Layout, ...]
    sample_data: tuple[SampleRecord, ...]
    auth: Auth | None
    source_path: str = ""

    @property
    def package(self) -> str:
        """Python package name of the generated server."""
        return snake_case(self.name)

    def entity(self, name: str) -> Entity | None:
        for e in self.entities:
            if e.name == name:
                return e
        return None

    def flow(self, name: str) -> Flow | None:
        for f in self.flows:
            if f.name == name:
                return f
        return None

    def layout(self, name: str) -> Layout | None:
        for lay in self.layouts:
            if lay.name == name:
                return lay
        return None
