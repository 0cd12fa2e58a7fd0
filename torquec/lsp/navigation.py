"""Hover, go to definition, find references, rename and quick fixes."""

from __future__ import annotations

import json
import re

from lsprotocol import types as lsp

from torquec.lsp import schema_info
from torquec.lsp.document import ModelDocument, Spot, split_pointer
from torquec.lsp.symbols import classify

# Kinds a rename may change (ids stay: they are what migrations follow).
RENAMEABLE = frozenset({"entity", "field", "relationship", "flow"})


# A `{field}` placeholder of `ui.displayTemplate`, found in the raw JSON text (a field name
# has no characters JSON escapes, so raw and decoded placeholders are the same).
_PLACEHOLDER = re.compile(r"\{([a-z][A-Za-z0-9]*)\}")


def symbol_at(doc: ModelDocument, offset: int) -> tuple[tuple, Spot] | None:
    """The symbol key of the name under the cursor (a definition or a reference)."""
    if doc.data is None:
        return None
    spot = doc.spot_at(offset)
    if spot is None:
        return None
    if _is_display_template(spot.tokens, spot.is_key):
        return _placeholder_at(doc, spot, offset)
    if doc.text[spot.start] != '"':
        return None
    place = classify(spot.tokens, spot.is_key, doc.data)
    if place is None:
        return None
    name = spot.tokens[-1] if spot.is_key else doc.value_at(spot.tokens)
    if not isinstance(name, str):
        return None
    key = doc.symbols.key_for(place, name)
    return (key, spot) if key is not None else None


def _is_display_template(tokens: tuple[str, ...], is_key: bool) -> bool:
    return not is_key and len(tokens) == 4 and tokens[0] == "entities" and tokens[2:] == ("ui", "displayTemplate")


def _placeholder_at(doc: ModelDocument, spot: Spot, offset: int) -> tuple[tuple, Spot] | None:
    """The field a ``{name}`` placeholder under the cursor names. The returned spot spans the
    braces, so that (like a quoted name) the name itself sits one character inside it."""
    entity = doc.value_at(spot.tokens[:2] + ("name",))
    if not isinstance(entity, str):
        return None
    for m in _PLACEHOLDER.finditer(doc.text, spot.start + 1, spot.end - 1):
        if m.start() < offset < m.end():
            key = ("field", entity, m.group(1))
            return key, Spot(spot.pointer, spot.tokens, False, m.start(), m.end())
    return None


def template_spans(doc: ModelDocument, key: tuple) -> list[tuple[int, int]]:
    """Spans of the names in the ``{name}`` placeholders of ``ui.displayTemplate`` that name
    the field ``key`` (its own entity's template: the only one that may name it)."""
    if key[0] != "field":
        return []
    entity_ptr = doc.symbols.def_pointer(("entity", key[1]))
    if entity_ptr is None:
        return []
    span = doc.span_of(entity_ptr.rsplit("/", 1)[0] + "/ui/displayTemplate")
    if span is None or doc.text[span[0]] != '"':
        return []
    return [m.span(1) for m in _PLACEHOLDER.finditer(doc.text, span[0] + 1, span[1] - 1) if m.group(1) == key[2]]


def _location(doc: ModelDocument, pointer: str, is_key: bool) -> lsp.Location | None:
    span = doc.span_of(pointer, is_key)
    if span is None:
        return None
    return lsp.Location(uri=doc.uri, range=doc.range_of(span[0], span[1]))


def definition(doc: ModelDocument, offset: int) -> list[lsp.Location]:
    found = symbol_at(doc, offset)
    ptr = doc.symbols.def_pointer(found[0]) if found else None
    loc = _location(doc, ptr, False) if ptr else None
    return [loc] if loc else []


def references(doc: ModelDocument, offset: int, include_declaration: bool = True) -> list[lsp.Location]:
    found = symbol_at(doc, offset)
    if found is None:
        return []
    key = found[0]
    places = doc.symbols.occurrences(key) if include_declaration else doc.symbols.refs_to(key)
    spans = [span for span in doc.spans_of(places) if span is not None] + template_spans(doc, key)
    return [lsp.Location(uri=doc.uri, range=doc.range_of(*span)) for span in spans]


def prepare_rename(doc: ModelDocument, offset: int, kinds: frozenset[str] = RENAMEABLE) -> lsp.Range | None:
    found = symbol_at(doc, offset)
    if found is None or found[0][0] not in kinds or doc.symbols.def_pointer(found[0]) is None:
        return None
    spot = found[1]
    return doc.range_of(spot.start + 1, spot.end - 1)


def rename_spans(doc: ModelDocument, offset: int, new_name: str,
                 kinds: frozenset[str] = RENAMEABLE) -> list[tuple[int, int, str]] | None:
    """Text replacements ``(start, end, new text)`` that rename the symbol at ``offset``
    everywhere it is defined or used; None when nothing renameable is there.
    The one rename both the LSP and the studio (``/__torque/studio/api/rename``) apply."""
    if prepare_rename(doc, offset, kinds) is None:
        return None
    key = symbol_at(doc, offset)[0]
    new_text = json.dumps(new_name, ensure_ascii=False)
    spans = [(span[0], span[1], new_text) for span in doc.spans_of(doc.symbols.occurrences(key)) if span is not None]
    # Inside a template the name is not a JSON string of its own: no quotes of its own.
    return spans + [(start, end, new_text[1:-1]) for start, end in template_spans(doc, key)]


def rename(doc: ModelDocument, offset: int, new_name: str) -> lsp.WorkspaceEdit | None:
    spans = rename_spans(doc, offset, new_name)
    if spans is None:
        return None
    edits = [lsp.TextEdit(range=doc.range_of(start, end), new_text=text) for start, end, text in spans]
    return lsp.WorkspaceEdit(changes={doc.uri: edits})


# --------------------------------------------------------------------------- hover


def hover(doc: ModelDocument, offset: int) -> lsp.Hover | None:
    if doc.data is None:
        return None
    spot = doc.spot_at(offset)
    if spot is None:
        return None
    parts = []
    found = symbol_at(doc, offset)
    if found is not None:
        text = describe_symbol(doc, found[0])
        if text:
            parts.append(text)
    about = schema_info.description(spot.tokens, doc.data)
    if about:
        parts.append(about)
    if not parts:
        return None
    return lsp.Hover(
        contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value="\n\n---\n\n".join(parts)),
        range=doc.range_of(spot.start, spot.end),
    )


def describe_symbol(doc: ModelDocument, key: tuple) -> str | None:
    """Markdown: the definition a name refers to."""
    ptr = doc.symbols.def_pointer(key)
    if ptr is None:
        return None
    node = doc.value_at(split_pointer(ptr)[:-1])
    if not isinstance(node, dict):
        return None
    kind = key[0]
    desc = node.get("description") or ""
    if kind == "entity":
        fields = [f for f in node.get("fields") or () if isinstance(f, dict)]
        lines = [f"**entity `{key[-1]}`**" + (f" — {desc}" if desc else "")]
        lines += [f"- `{f.get('name')}`: {_field_summary(f)}" for f in fields]
        return "\n".join(lines)
    if kind == "field":
        return f"**field `{key[1]}.{key[2]}`**: {_field_summary(node)}" + (f"\n\n{desc}" if desc else "")
    if kind == "relationship":
        return (f"**relationship `{key[-1]}`**: `{node.get('from')}` → `{node.get('to')}` ({node.get('kind')}), "
                f"inverse `{node.get('inverseName')}`" + (f"\n\n{desc}" if desc else ""))
    if kind == "flow":
        trigger = (node.get("trigger") or {}).get("type", "manual")
        return f"**flow `{key[-1]}`** (trigger: {trigger})" + (f"\n\n{desc}" if desc else "")
    if kind == "node":
        return f"**node `{key[-1]}`** ({node.get('type')})" + (f"\n\n{desc}" if desc else "")
    if kind == "page":
        return f"**page `{key[-1]}`** at `{node.get('route')}`" + (f" — {node['title']}" if node.get("title") else "")
    if kind == "modal":
        return f"**modal `{key[-1]}`**" + (f" — {node['title']}" if node.get("title") else "")
    return None


def _field_summary(f: dict) -> str:
    bits = [f"`{f.get('type')}`"]
    if f.get("type") == "reference":
        bits.append(f"→ `{f.get('target')}`")
    if f.get("type") == "enum":
        bits.append("(" + ", ".join(f"`{v}`" for v in f.get("values") or ()) + ")")
    bits += [flag for flag in ("required", "unique", "indexed") if f.get(flag)]
    if "default" in f:
        bits.append(f"default `{json.dumps(f['default'])}`")
    return " ".join(bits)


# --------------------------------------------------------------------------- quick fixes


def code_actions(doc: ModelDocument, diagnostics: list[lsp.Diagnostic]) -> list[lsp.CodeAction]:
    """One quick fix per diagnostic that carries a replacement (``data``)."""
    out = []
    for d in diagnostics:
        data = d.data if isinstance(d.data, dict) else None
        if not data or data.get("replacement") is None or data.get("range") is None:
            continue
        r = data["range"]
        rng = lsp.Range(start=lsp.Position(**r["start"]), end=lsp.Position(**r["end"]))
        text = data["replacement"]  # source text, already JSON-quoted where a name goes
        if text:
            title = f"Replace with {text}"
        else:
            removed = doc.text[doc.offset_at(rng.start):doc.offset_at(rng.end)]
            title = f"Remove `{removed if len(removed) <= 30 else removed[:29] + '…'}`"
        out.append(lsp.CodeAction(
            title=title,
            kind=lsp.CodeActionKind.QuickFix,
            diagnostics=[d],
            is_preferred=True,
            edit=lsp.WorkspaceEdit(changes={doc.uri: [lsp.TextEdit(range=rng, new_text=text)]}),
        ))
    return out
