"""Turn pydantic's validation errors into one plain sentence for people."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from pydantic import ValidationError

from backpack_app.errors import InvalidRecord

T = TypeVar("T")


def plain_message(exc: ValidationError) -> str:
    """`hours: Input should be greater than or equal to 0` style, for every problem."""
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"] if p != "details") or "value"
        if err["type"] == "extra_forbidden":
            parts.append(f"{where} is not a field of this kind of entry")
        else:
            parts.append(f"{where.replace('_', ' ')}: {err['msg'][0].lower()}{err['msg'][1:]}")
    return "That entry does not fit: " + "; ".join(parts) + "."


def validated(build: Callable[[], T]) -> T:
    """Run a model constructor; a validation failure becomes InvalidRecord."""
    try:
        return build()
    except ValidationError as exc:
        raise InvalidRecord(plain_message(exc)) from exc
