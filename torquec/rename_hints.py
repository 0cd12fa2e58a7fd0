"""Hints for names that were renamed since the last good build.

After renaming field `copies` to `copiesOwned`, every place still saying
`copies` is an "unknown field" error whose did-you-mean finds nothing (the
names are too far apart). The last good build knows better: its field
`copies` has the stable id that the current model gives to `copiesOwned`.
Stable ids exist for exactly this (docs/model-format.md), so the hint names
the renamed element.

Only diagnostics without a hint are looked at, and the previous model is only
read when there is one, so a clean build pays nothing.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Callable

from torquec.diagnostics import Diagnostics
from torquec.validate.keep_going import resolve

# Codes whose subject (the string at the pointer, or the key) is an unknown name.
UNKNOWN_NAME_CODES = frozenset({
    "E301", "E302", "E303", "E304", "E401", "E402", "E403", "E614", "E618", "E619",
    "E701", "E702", "E704", "E706", "E707", "E708", "E801", "E802", "E901", "E903",
})


def named_ids(data: dict) -> dict[str, dict[str, str]]:
    """id → name of every element with a stable id, and name → ids (one name
    can be several fields of different entities)."""
    by_id: dict[str, str] = {}
    by_name: dict[str, list[str]] = {}

    def add(node) -> None:
        if isinstance(node, dict) and isinstance(node.get("id"), str) and isinstance(node.get("name"), str):
            by_id[node["id"]] = node["name"]
            by_name.setdefault(node["name"], []).append(node["id"])

    for e in _items(data, "entities"):
        add(e)
        for f in _items(e, "fields"):
            add(f)
    for key in ("relationships", "flows", "layouts"):
        for item in _items(data, key):
            add(item)
    return {"by_id": by_id, "by_name": by_name}


def _items(node, key: str) -> list:
    value = node.get(key) if isinstance(node, dict) else None
    return value if isinstance(value, list) else []


def add_rename_hints(diags: Diagnostics, data: dict, previous: Callable[[], dict | None]) -> None:
    """Give "unknown name" errors without a hint the new name of a renamed element."""
    todo = [i for i, d in enumerate(diags.items) if d.code in UNKNOWN_NAME_CODES and not d.hint and d.pointer]
    if not todo:
        return
    before = previous()
    if not isinstance(before, dict):
        return
    old, new = named_ids(before), named_ids(data)
    for i in todo:
        d = diags.items[i]
        subject = d.pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~") if d.at_key else resolve(data, d.pointer)
        if not isinstance(subject, str):
            continue
        renamed = {new["by_id"][sid] for sid in old["by_name"].get(subject, ()) if new["by_id"].get(sid, subject) != subject}
        if len(renamed) != 1:
            continue
        target = renamed.pop()
        sid = next(s for s in old["by_name"][subject] if new["by_id"].get(s) == target)
        diags.items[i] = dataclasses.replace(
            d,
            hint=f"did you mean `{target}`? (`{subject}` was renamed; same id `{sid}` in the last good build)",
            replacement=target,
        )


def read_previous_model(path: str) -> dict | None:
    """The model of the last good build (``<out>/model.json``), if there is one."""
    try:
        with open(path, "rb") as fh:
            data = json.loads(fh.read())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
