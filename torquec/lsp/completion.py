"""Completion that knows the model.

Where a name is expected (``classify`` in symbols.py says which kind), the
names defined in the model; where the schema lists values, those values; in
an object, the keys its schema allows that are not there yet; in sample data,
the record's missing field names and an enum field's values.
"""

from __future__ import annotations

import json

from lsprotocol import types as lsp

from torquec.ir.nodes import SYSTEM_FIELDS
from torquec.lsp import schema_info
from torquec.lsp.document import ModelDocument, Spot
from torquec.lsp.symbols import Place, classify

# Closing what the author may be in the middle of typing, tried in order when
# the text does not parse: an unterminated string, a key without a value …
_REPAIRS = ('"', '",', '":0', '":0,', "0", "0,", '""', '"",')


def complete(doc: ModelDocument, offset: int) -> list[lsp.CompletionItem]:
    work = doc if doc.data is not None else _repaired(doc, offset)
    if work is None:
        return []
    spot = work.spot_at(offset)
    if spot is None:
        return []
    first = work.text[spot.start]
    if spot.is_key or first == "{":
        return _key_items(work, spot, offset)
    if first == "[":
        # A new item of a list (columns, search fields, a role's flows …).
        items = work.value_at(spot.tokens)
        tokens = spot.tokens + (str(len(items) if isinstance(items, list) else 0),)
        before = work.text[:offset].rstrip()[-1:]
        after = work.text[offset:].lstrip()[:1]
        # Commas so the list stays valid wherever the item goes.
        present = set(items) if isinstance(items, list) and all(isinstance(i, str) for i in items) else set()
        found = _value_items(work, tokens, offset, offset, inside_string=False,
                             prefix="" if before in "[," else ", ", suffix="" if after in "]," else ", ")
        return [i for i in found if i.label not in present]  # lists of names hold each once
    return _value_items(work, spot.tokens, spot.start, spot.end, inside_string=first == '"')


def _repaired(doc: ModelDocument, offset: int) -> ModelDocument | None:
    text = doc.text
    for patch in _REPAIRS:
        candidate = ModelDocument(doc.uri, text[:offset] + patch + text[offset:], doc.version)
        if candidate.data is not None:
            return candidate
    return None


# --------------------------------------------------------------------------- values


def _names_for(doc: ModelDocument, place: Place, tokens: tuple[str, ...]) -> list[tuple[str, str]]:
    """(name, detail) of what may be written at a reference place."""
    idx = doc.symbols
    if place.kind == "entity":
        return [(n, "entity") for n in idx.entity_names()]
    if place.kind == "field":
        out: list[tuple[str, str]] = []
        for ent in place.scope:
            if not isinstance(ent, str):
                continue
            e = idx.entity(ent) or {}
            for f in e.get("fields") or ():
                if isinstance(f, dict) and isinstance(f.get("name"), str):
                    if tokens[-1] == "foreignKey" and f.get("type") != "reference":
                        continue
                    out.append((f["name"], f"{f.get('type', '?')} field of {ent}"))
            if tokens[0] == "layouts" and tokens[-2] == "columns":
                out += [(s, f"system field of {ent}") for s in SYSTEM_FIELDS]
        return out
    if place.kind in ("node", "modal"):
        return [(n, place.kind) for n in idx.names_of(place.kind, place.scope)]
    return [(n, place.kind) for n in idx.names_of(place.kind)]


def _value_items(doc: ModelDocument, tokens: tuple[str, ...], start: int, end: int,
                 inside_string: bool, prefix: str = "", suffix: str = "") -> list[lsp.CompletionItem]:
    """Values for the place ``tokens``, replacing the text from ``start`` to ``end``."""
    place = classify(tokens, False, doc.data)
    items: list[tuple[str | bool | int | float | None, str, str]] = []
    if place is not None and place.role == "ref":
        items = [(n, d, "") for n, d in _names_for(doc, place, tokens)]
    elif tokens[:1] == ("sampleData",) and len(tokens) == 4:
        items = _sample_value_options(doc, tokens)
    else:
        items = [(v, "", "") for v in schema_info.value_options(tokens, doc.data)]
    rng = doc.range_of(start, end)
    out = []
    for value, detail, doc_text in items:
        text = json.dumps(value, ensure_ascii=False)
        label = value if isinstance(value, str) else text
        out.append(lsp.CompletionItem(
            label=label,
            kind=lsp.CompletionItemKind.Reference if place is not None else lsp.CompletionItemKind.EnumMember,
            detail=detail or None,
            documentation=doc_text or None,
            filter_text=text if inside_string else label,
            text_edit=lsp.TextEdit(range=rng, new_text=prefix + text + suffix),
        ))
    return out


def _sample_value_options(doc: ModelDocument, tokens: tuple[str, ...]):
    field = next((f for f in (doc.symbols.entity(tokens[1]) or {}).get("fields") or ()
                  if isinstance(f, dict) and f.get("name") == tokens[3]), None)
    if not isinstance(field, dict):
        return []
    if field.get("type") == "enum":
        return [(v, f"value of {tokens[1]}.{tokens[3]}", "") for v in field.get("values") or ()]
    if field.get("type") == "boolean":
        return [(True, "", ""), (False, "", "")]
    return []


# --------------------------------------------------------------------------- keys


def _key_items(doc: ModelDocument, spot: Spot, offset: int) -> list[lsp.CompletionItem]:
    if spot.is_key:
        obj_tokens = spot.tokens[:-1]
        rng = doc.range_of(spot.start, spot.end)
    else:
        obj_tokens = spot.tokens
        rng = doc.range_of(offset, offset)
    obj = doc.value_at(obj_tokens)
    present = set(obj) if isinstance(obj, dict) else set()
    if spot.is_key:
        present.discard(spot.tokens[-1])
    candidates: list[tuple[str, str]] = []
    probe = obj_tokens + ("\x00",)  # what a new member of this object would be
    place = classify(probe, True, doc.data)
    if place is not None and place.role == "ref":
        candidates = [(n, d) for n, d in _names_for(doc, place, probe)]
    else:
        candidates = list(schema_info.object_keys(obj_tokens, doc.data).items())
    out = []
    for name, detail in candidates:
        if name in present:
            continue
        quoted = json.dumps(name, ensure_ascii=False)
        new_text = quoted if spot.is_key else f"{quoted}: "
        out.append(lsp.CompletionItem(
            label=name,
            kind=lsp.CompletionItemKind.Property,
            detail=detail.split("\n")[0][:80] or None,
            documentation=detail or None,
            filter_text=quoted if spot.is_key else name,
            text_edit=lsp.TextEdit(range=rng, new_text=new_text),
        ))
    return out
