"""Reference cycles between entities (store.manager → staff, staff.store → store in Sakila).

Used by the SQL backend (the foreign keys inside a cycle are ``DEFERRABLE`` on PostgreSQL) and by
``torquec data import`` (it defers the foreign-key checks to COMMIT when the files fill a cycle, since
neither side can go in first when both references are required)."""

from __future__ import annotations

from typing import Iterable


def cyclic_groups(deps: dict[str, Iterable[str]]) -> dict[str, frozenset[str]]:
    """node → the nodes it shares a cycle with (itself included), for nodes on a cycle of two or more
    nodes (a self-reference alone is not one). ``deps``: node → the nodes it references. Kosaraju's
    two passes, iterative (a model may have thousands of entities)."""
    nodes = list(deps)
    succ = {n: [d for d in deps[n] if d in deps and d != n] for n in nodes}
    pred: dict[str, list[str]] = {n: [] for n in nodes}
    for n in nodes:
        for d in succ[n]:
            pred[d].append(n)
    finished: list[str] = []
    seen: set[str] = set()
    for start in nodes:
        if start in seen:
            continue
        seen.add(start)
        stack = [(start, iter(succ[start]))]
        while stack:
            node, it = stack[-1]
            nxt = next((d for d in it if d not in seen), None)
            if nxt is None:
                stack.pop()
                finished.append(node)
            else:
                seen.add(nxt)
                stack.append((nxt, iter(succ[nxt])))
    out: dict[str, frozenset[str]] = {}
    assigned: set[str] = set()
    for start in reversed(finished):
        if start in assigned:
            continue
        group, todo = [start], [start]
        assigned.add(start)
        while todo:
            for p in pred[todo.pop()]:
                if p not in assigned:
                    assigned.add(p)
                    group.append(p)
                    todo.append(p)
        if len(group) > 1:
            members = frozenset(group)
            out.update(dict.fromkeys(group, members))
    return out
