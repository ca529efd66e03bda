"""Turning untrusted bytes into JSON, within explicit bounds on size and nesting."""

from __future__ import annotations

import json
from typing import Any

from backpack_app.errors import MalformedCredential

MAX_CREDENTIAL_BYTES = 8 * 1024 * 1024
MAX_JSON_DEPTH = 64


def json_depth(value: Any) -> int:
    """Deepest nesting of lists and objects, computed without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        if depth > MAX_JSON_DEPTH:
            return depth
        stack.extend((child, depth + 1) for child in children)
    return deepest


def parse_json(data: bytes, *, limit: int = MAX_CREDENTIAL_BYTES) -> Any:
    """Parse JSON from bytes, refusing oversized, undecodable or too deeply nested input."""
    if len(data) > limit:
        raise MalformedCredential(f"It is larger than the {limit // 2**20} MB it may be.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise MalformedCredential("It is not text (UTF-8).") from exc
    try:
        value = json.loads(text)
    except RecursionError as exc:
        raise MalformedCredential(f"It is nested more than {MAX_JSON_DEPTH} levels deep.") from exc
    except json.JSONDecodeError as exc:
        raise MalformedCredential(f"It is not valid JSON (line {exc.lineno}: {exc.msg}).") from exc
    except ValueError as exc:  # a number of more digits than Python converts (4300)
        raise MalformedCredential("It holds a number too long to read.") from exc
    if json_depth(value) > MAX_JSON_DEPTH:
        raise MalformedCredential(f"It is nested more than {MAX_JSON_DEPTH} levels deep.")
    return value
