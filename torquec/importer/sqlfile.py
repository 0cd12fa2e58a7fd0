"""Reader: a ``.sql`` file (DDL, optionally INSERTs or pg_dump ``COPY … FROM stdin`` data) in any
dialect sqlglot reads → :class:`Schema`, each table, column and constraint with its source line.

The file is split into statements here (quotes, comments, dollar quotes and COPY data blocks
tracked) so every statement is parsed alone: one statement sqlglot cannot read becomes a warning
with its line, not the end of the import."""

from __future__ import annotations

import contextlib
import logging
import re

import sqlglot
from sqlglot import exp

from .schema import Column, ForeignKey, Index, Schema, Table, Warning_

DIALECTS = ("postgres", "mysql", "sqlite", "tsql", "oracle", "duckdb")
_COPY = re.compile(r"^\s*COPY\s+([\w.\"]+)\s*\(([^)]*)\)\s+FROM\s+stdin", re.I)
_DELIMITER = re.compile(r"[ \t]*DELIMITER[ \t]+(\S+)[ \t]*(?:\n|\Z)", re.I)
# CREATE statements of what the format has no place for, whatever sqlglot makes of them
_CREATE_OTHER = re.compile(r"CREATE\s+(?:OR\s+REPLACE\s+)?(?:ALGORITHM\s*=\s*\w+\s+)?(?:DEFINER\s*=\s*\S+\s+)?(?:SQL\s+SECURITY\s+\w+\s+)?"
                           r"(VIEW|TRIGGER|FUNCTION|PROCEDURE|EVENT|SEQUENCE)\s+([`\"\w.]+)", re.I)
_CREATE_DOMAIN = re.compile(r"\s*CREATE\s+DOMAIN\s+([`\"\w.]+)\s+(?:AS\s+)?(.*)", re.I | re.S)
_INTERESTING = re.compile(r"^\s*(CREATE|ALTER|INSERT)\b", re.I)


def split_statements(text: str) -> list[tuple[int, str]]:
    """(first line, statement text) for each statement; a COPY's data rows are returned as
    one pseudo statement whose text starts with ``COPY`` and carries the rows after a newline."""
    out: list[tuple[int, str]] = []
    i, n, line = 0, len(text), 1
    start, start_line = 0, 1
    quote: str | None = None
    delimiter = ";"  # the mysql client's `DELIMITER $$` changes it (around trigger and procedure bodies)
    while i < n:
        ch = text[i]
        if not quote and (i == 0 or text[i - 1] == "\n"):
            m = _DELIMITER.match(text, i)
            if m:
                delimiter = m.group(1)
                line += text.count("\n", i, m.end())
                i = start = m.end()
                start_line = line
                continue
        if quote:
            if text.startswith(quote, i):
                i += len(quote)
                quote = None
                continue
            if ch == "\n":
                line += 1
            i += 1
            continue
        if ch == "\n":
            line += 1
        elif ch == "-" and text.startswith("--", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
            continue
        elif ch == "#" and not text[text.rfind("\n", 0, i) + 1:i].strip():
            # MySQL's `#` line comment (mysqldump and the employees sample use it); only at the start of a
            # line, since `#` inside an expression is an operator in PostgreSQL
            j = text.find("\n", i)
            i = n if j < 0 else j
            continue
        elif ch == "/" and text.startswith("/*", i):
            j = text.find("*/", i)
            j = n if j < 0 else j + 2
            line += text.count("\n", i, j)
            i = j
            continue
        elif ch in "'\"`":
            quote = ch
        elif delimiter != ";" and text.startswith(delimiter, i):
            first_line, stmt = _strip_leading(text[start:i], start_line)
            if stmt:
                out.append((first_line, stmt))
            i += len(delimiter)
            start, start_line = i, line
            continue
        elif ch == "$":
            m = re.match(r"\$[A-Za-z_]*\$", text[i:i + 64])
            if m:
                quote = m.group(0)
                i += len(quote)
                continue
        elif ch == ";" and delimiter == ";":
            first_line, stmt = _strip_leading(text[start:i], start_line)
            i += 1
            if _COPY.match(stmt.strip()):
                # pg_dump data: the rows follow the statement up to a line holding only "\."
                end = text.find("\n\\.", i)
                end = n if end < 0 else end
                data = text[i:end]
                line += data.count("\n")
                out.append((first_line, stmt.strip() + "\n" + data.strip("\n")))
                i = end + 3 if end < n else n
            elif stmt.strip():
                out.append((first_line, stmt.strip()))
            start, start_line = i, line
            continue
        i += 1
    first_line, stmt = _strip_leading(text[start:], start_line)
    if stmt:
        out.append((first_line, stmt))
    return out


_LEADING = re.compile(r"\A(?:\s+|(?:--|#)[^\n]*(?:\n|\Z)|/\*.*?\*/)*", re.S)


def _strip_leading(stmt: str, line: int) -> tuple[int, str]:
    """Drop the blank lines and comments before a statement; the line where it really starts."""
    lead = _LEADING.match(stmt).end()
    return line + stmt.count("\n", 0, lead), stmt[lead:].strip()


def _name(node) -> str:
    if isinstance(node, exp.Schema):
        node = node.this
    if isinstance(node, exp.Table):
        return node.name
    return node.name if hasattr(node, "name") else str(node)


def _ids(nodes) -> list[str]:
    out = []
    for x in nodes or ():
        if isinstance(x, exp.Ordered):
            x = x.this
        out.append(x.name)
    return out


def _on_delete(ref: exp.Reference | None) -> str:
    text = " ".join(str(o) for o in (ref.args.get("options") or ())).upper() if ref is not None else ""
    m = re.search(r"ON DELETE (CASCADE|SET NULL|RESTRICT|NO ACTION|SET DEFAULT)", text)
    return {"CASCADE": "cascade", "SET NULL": "setNull", "SET DEFAULT": "other"}.get(m.group(1), "restrict") if m else "restrict"


def _foreign_key(fk: exp.ForeignKey, line: int) -> ForeignKey:
    ref = fk.args.get("reference")
    target = ref.this if ref is not None else None
    ref_cols = _ids(target.expressions) if isinstance(target, exp.Schema) else []
    return ForeignKey(_ids(fk.expressions), _name(target), ref_cols, _on_delete(ref), line)


def _constraint(t: Table, c, line: int, schema: Schema) -> None:
    """A table-level constraint (in CREATE TABLE or ALTER TABLE … ADD)."""
    if isinstance(c, exp.Constraint):
        for inner in c.expressions:
            _constraint(t, inner, line, schema)
        return
    if isinstance(c, exp.PrimaryKey):
        t.primary_key = _ids(c.expressions)
    elif isinstance(c, exp.ForeignKey):
        t.foreign_keys.append(_foreign_key(c, line))
    elif isinstance(c, exp.UniqueColumnConstraint):
        cols = _ids(c.this.expressions) if isinstance(c.this, exp.Schema) else []
        if cols:
            t.indexes.append(Index(cols, True, None, line))
    elif isinstance(c, (exp.Check, exp.CheckColumnConstraint)):
        t.checks.append((c.sql(dialect="postgres"), line))
    elif isinstance(c, exp.IndexColumnConstraint):  # MySQL: KEY/INDEX [name] (cols) inside CREATE TABLE
        cols = [x.name if isinstance(x, exp.Column) else None for x in c.expressions]
        name = c.this.name if c.this is not None else None
        if c.args.get("kind") or not cols or None in cols:  # FULLTEXT / SPATIAL, or an expression
            schema.warnings.append(Warning_("I006", f"{(c.args.get('kind') or 'expression').lower()} index `{name or ''}` not expressible; left out",
                                            t.name, None, line))
        else:
            t.indexes.append(Index(cols, False, name, line))
    else:
        schema.warnings.append(Warning_("I009", f"constraint not understood: {c.sql(dialect='postgres')[:80]}", t.name, None, line))


def _column(t: Table, cd: exp.ColumnDef, line: int, schema: Schema) -> None:
    kind = cd.args.get("kind")
    if kind is None:
        ctype = ""
    elif kind.this == exp.DataType.Type.USERDEFINED:
        ctype = (kind.args.get("kind").name if kind.args.get("kind") is not None else kind.sql(dialect="postgres")).lower()
    else:
        raw = kind.sql(dialect="postgres")
        ctype = raw if raw.lower().startswith("enum") else raw.lower()  # enum values keep their case
    col = Column(cd.name, ctype, nullable=True, line=line)
    if ctype in ("serial", "bigserial", "smallserial"):
        col.autoincrement = True
    for cc in cd.args.get("constraints") or ():
        k = cc.args.get("kind")
        if isinstance(k, exp.NotNullColumnConstraint):
            col.nullable = bool(k.args.get("allow_null"))
        elif isinstance(k, exp.PrimaryKeyColumnConstraint):
            t.primary_key = [cd.name]
            col.nullable = False
        elif isinstance(k, exp.DefaultColumnConstraint):
            col.default = k.this.sql(dialect="postgres")
            if col.default.lower().startswith("nextval("):  # `integer DEFAULT nextval('…_seq')`: serial spelled out (pg_dump)
                col.autoincrement = True
        elif isinstance(k, exp.UniqueColumnConstraint):
            t.indexes.append(Index([cd.name], True, None, line))
        elif isinstance(k, exp.Reference):
            target = k.this
            ref_cols = _ids(target.expressions) if isinstance(target, exp.Schema) else []
            t.foreign_keys.append(ForeignKey([cd.name], _name(target), ref_cols, _on_delete(k), line))
        elif isinstance(k, (exp.AutoIncrementColumnConstraint, exp.GeneratedAsIdentityColumnConstraint)):
            col.autoincrement = True
        elif isinstance(k, exp.CheckColumnConstraint):
            t.checks.append((k.sql(dialect="postgres"), line))
    t.columns.append(col)


def _literal(node):
    if isinstance(node, exp.Null):
        return None
    if isinstance(node, exp.Boolean):
        return node.this
    if isinstance(node, exp.Neg):
        v = _literal(node.this)
        return -v if isinstance(v, (int, float)) else v
    if isinstance(node, exp.Literal):
        if node.is_string:
            return node.this
        text = node.this
        try:
            return int(text)
        except ValueError:
            return float(text)
    if isinstance(node, exp.Cast):
        return _literal(node.this)
    return node.sql()


def _copy_value(v: str):
    if v == "\\N":
        return None
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}.get(m.group(1), m.group(1)), v)


def _parse(stmt: str, dialect: str | None):
    with _quiet_sqlglot():
        return _parse_any(stmt, dialect)


@contextlib.contextmanager
def _quiet_sqlglot():
    """sqlglot logs "contains unsupported syntax. Falling back to parsing as a 'Command'" on stderr; such a
    statement becomes an I008/I010 warning with its line instead."""
    log = logging.getLogger("sqlglot")
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        yield
    finally:
        log.setLevel(level)


def _parse_any(stmt: str, dialect: str | None):
    tried = [dialect] if dialect else list(DIALECTS)
    last: Exception | None = None
    for d in tried:
        try:
            return sqlglot.parse_one(stmt, read=d)
        except Exception as exc:  # sqlglot raises several error types; any means "not this dialect"
            last = exc
    raise last  # type: ignore[misc]


def read_sql_file(path: str, with_data: bool = False, dialect: str | None = None) -> Schema:
    with open(path, encoding="utf-8", errors="replace") as fh:
        text = fh.read()
    schema = Schema(rows={} if with_data else None)
    for line, stmt in split_statements(text):
        m = _COPY.match(stmt)
        if m:
            if with_data:
                tname = m.group(1).split(".")[-1].strip('"')
                cols = [c.strip().strip('"') for c in m.group(2).split(",")]
                rows = schema.rows.setdefault(tname, [])
                for row in stmt.split("\n")[1:]:
                    rows.append(dict(zip(cols, (_copy_value(v) for v in row.split("\t")))))
            continue
        if not _INTERESTING.match(stmt):
            continue
        domain = _CREATE_DOMAIN.match(stmt)
        if domain:  # sqlglot reads CREATE DOMAIN as an opaque command
            _domain(schema, domain)
            continue
        other = _CREATE_OTHER.match(stmt)
        if other:  # sqlglot reads few of these (MySQL DEFINER=…, routine and trigger bodies), and none is imported
            what, name = other.group(1).lower(), other.group(2).strip('`"')
            schema.warnings.append(Warning_("I008", f"{what} `{name}` not imported", line=line))
            continue
        is_insert = stmt[:6].upper() == "INSERT"
        if is_insert and not with_data:
            continue
        try:
            node = _parse(stmt, dialect)
        except Exception as exc:
            schema.warnings.append(Warning_("I010", f"statement not understood ({type(exc).__name__}): {stmt[:60]!r}", line=line))
            continue
        try:
            _statement(schema, node, line)
        except Exception as exc:  # an AST shape this reader does not know: the statement is reported, the rest goes on
            schema.warnings.append(Warning_("I010", f"statement not understood ({type(exc).__name__}): {stmt[:60]!r}", line=line))
    schema.resolve_domains()
    schema.fold_inherited()
    return schema


def _domain(schema: Schema, m: re.Match) -> None:
    """``CREATE DOMAIN year AS integer [DEFAULT …] [NOT NULL] [CONSTRAINT c] CHECK (…)`` → ``schema.domains``."""
    body = m.group(2)
    base = re.split(r"\s+(?:COLLATE|DEFAULT|CONSTRAINT|NOT\s+NULL|NULL|CHECK)\b|\s*;?\s*$", body, maxsplit=1, flags=re.I)[0]
    checks = []
    for start in (x.end() for x in re.finditer(r"\bCHECK\s*(?=\()", body, re.I)):
        depth = 0
        for end, ch in enumerate(body[start:], start):
            depth += {"(": 1, ")": -1}.get(ch, 0)
            if depth == 0:
                checks.append("CHECK " + body[start:end + 1])
                break
    name = m.group(1).split(".")[-1].strip('"').lower()
    schema.domains[name] = (base.strip().lower(), checks, bool(re.search(r"\bNOT\s+NULL\b", body, re.I)))


def _statement(schema: Schema, node, line: int) -> None:
    if isinstance(node, exp.Create):
        kind = (node.args.get("kind") or "").upper()
        if kind == "TABLE" and isinstance(node.this, exp.Schema):
            t = schema.table(_name(node.this)) or Table(_name(node.this), line=line)
            if t not in schema.tables:
                schema.tables.append(t)
            props = node.args.get("properties")
            for prop in props.expressions if props is not None else ():
                if isinstance(prop, exp.InheritsProperty) and prop.expressions:
                    t.inherits = _name(prop.expressions[0])
            for e in node.this.expressions:
                if isinstance(e, exp.ColumnDef):
                    _column(t, e, line + _line_offset(e), schema)
                else:
                    _constraint(t, e, line, schema)
        elif kind == "TABLE" and node.args.get("expression") is not None:
            schema.warnings.append(Warning_("I008", f"CREATE TABLE `{_name(node.this)}` AS SELECT: its columns are not declared; not imported", line=line))
        elif kind == "INDEX" and isinstance(node.this, exp.Index):
            t = schema.table(_name(node.this.args.get("table")))
            params = node.this.args.get("params")
            cols = [c.this.name if isinstance(c, exp.Ordered) and isinstance(c.this, exp.Column) else None
                    for c in (params.args.get("columns") if params else None) or ()]
            if t is None:
                return
            if not cols or None in cols:
                schema.warnings.append(Warning_("I006", "expression index not expressible; left out", t.name, None, line))
                return
            t.indexes.append(Index(cols, bool(node.args.get("unique")), node.this.name, line))
        elif kind == "TYPE":
            dt = node.args.get("expression")
            if isinstance(dt, exp.DataType) and dt.this == exp.DataType.Type.ENUM:
                schema.enums[_name(node.this).lower()] = [e.this for e in dt.expressions]
        elif kind in ("VIEW", "FUNCTION", "TRIGGER", "SEQUENCE", "PROCEDURE"):
            schema.warnings.append(Warning_("I008", f"{kind.lower()} `{_name(node.this)}` not imported", line=line))
    elif isinstance(node, exp.Alter):
        t = schema.table(_name(node.this))
        if t is None:
            return
        for action in node.args.get("actions") or ():
            if isinstance(action, exp.ColumnDef):  # ALTER TABLE … ADD COLUMN
                _column(t, action, line, schema)
            elif isinstance(action, exp.AddConstraint):
                for c in action.expressions:
                    _constraint(t, c, line, schema)
    elif isinstance(node, exp.Insert) and schema.rows is not None:
        target = node.this
        cols = _ids(target.expressions) if isinstance(target, exp.Schema) else None
        tname = _name(target)
        t = schema.table(tname)
        if cols is None:
            cols = [c.name for c in t.columns] if t else []
        values = node.args.get("expression")
        if isinstance(values, exp.Values):
            rows = schema.rows.setdefault(t.name if t else tname, [])
            for tup in values.expressions:
                rows.append(dict(zip(cols, (_literal(v) for v in tup.expressions))))


def _line_offset(node) -> int:
    """Lines between the statement's start and ``node`` (sqlglot keeps token positions in meta)."""
    meta = getattr(node.this, "meta", None) or {}
    return max(0, meta.get("line", 1) - 1)
