"""What a JSON-LD credential says, as its signed graph says it, for display.

RDF signatures cover a graph, not the JSON: two copies of the same node (same `id`) are one
node whose properties are the union of both copies, and a repeated value (`[v, v]`) is one
value. So a copy can lose a key, or a value can be doubled, and the signature still holds
(311 of 1,431 mutated credentials did exactly that). `signed_view` gives the JSON back with every
copy of a node holding the union of their properties and repeated values removed, so what is
shown is what was signed; `conflicting_nodes` names nodes whose copies state different values
for the same property (the graph holds both; a reader of the JSON would see only one).
"""

from __future__ import annotations

import json
from typing import Any

MAX_NODES = 20_000  # bounds the walk; credentials are far smaller
# Values that are graphs of their own (`@container: @graph`): a node there is not merged with a
# node of the same id outside, so they are not walked (a CLR's records are checked one by one).
OWN_GRAPHS = frozenset({"proof", "verifiableCredential"})


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _copies(document: Any) -> dict[str, list[dict[str, Any]]]:
    """Every JSON object with a string `id`, by id, in document order."""
    found: dict[str, list[dict[str, Any]]] = {}
    stack, seen = [document], 0
    while stack and seen < MAX_NODES:
        item = stack.pop()
        seen += 1
        if isinstance(item, list):
            stack.extend(v for v in reversed(item) if isinstance(v, dict | list))
        elif isinstance(item, dict):
            node_id = item.get("id")
            if isinstance(node_id, str):
                found.setdefault(node_id, []).append(item)
            stack.extend(
                v
                for k, v in reversed(item.items())
                if isinstance(v, dict | list) and k not in OWN_GRAPHS
            )
    return found


def _values(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _union(copies: list[dict[str, Any]]) -> dict[str, Any]:
    """One node's properties from all its copies: each key's distinct values, in order met."""
    merged: dict[str, Any] = {}
    for copy in copies:
        for name, value in copy.items():
            if name not in merged:
                merged[name] = value
                continue
            known = {_key(v) for v in _values(merged[name])}
            extra = [v for v in _values(value) if _key(v) not in known]
            if extra:
                merged[name] = [*_values(merged[name]), *extra]
    return merged


def repeated_nodes(document: Any) -> dict[str, list[dict[str, Any]]]:
    """The nodes stated more than once (same `id`), with their copies."""
    return {k: v for k, v in _copies(document).items() if len(v) > 1}


def stated_name(node_id: str, repeated: dict[str, list[dict[str, Any]]]) -> str | None:
    """The `name` any copy of a repeated node states (the graph has it if one copy does)."""
    names = [c["name"] for c in repeated.get(node_id, ()) if isinstance(c.get("name"), str)]
    return next((n for n in names if n.strip()), None)


def conflicting_nodes(repeated: dict[str, list[dict[str, Any]]]) -> list[str]:
    """Ids of nodes whose copies (from `repeated_nodes`) give one property different values
    (at most 3)."""
    conflicts = []
    for node_id, copies in repeated.items():
        for name in {k for c in copies for k in c}:
            stated = {
                _key(sorted(_key(v) for v in _values(c[name])))
                for c in copies
                if name in c and name != "id"
            }
            if len(stated) > 1:
                conflicts.append(node_id)
                break
    return conflicts[:3]


def signed_view(document: Any) -> Any:
    """A copy of `document` shaped as its graph: each copy of a node holds all their
    properties, and no list repeats a value."""
    unions = {k: _union(v) for k, v in repeated_nodes(document).items()}

    def rebuild(item: Any, inside: frozenset[str]) -> Any:
        if isinstance(item, list):
            out, seen = [], set()
            for value in item:
                mark = _key(value)
                if mark not in seen:
                    seen.add(mark)
                    out.append(rebuild(value, inside))
            return out
        if isinstance(item, dict):
            node_id = item.get("id") if isinstance(item.get("id"), str) else None
            if node_id is not None and node_id in unions and node_id not in inside:
                item, inside = unions[node_id], inside | {node_id}  # a node within itself: once
            return {k: rebuild(v, inside) for k, v in item.items()}
        return item

    return rebuild(document, frozenset())
