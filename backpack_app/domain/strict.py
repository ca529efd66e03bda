"""Small JSON objects read strictly into frozen dataclasses, without pydantic.

For the few structures read before anything else on the paths that must start at once (a
vault's header, a share's header and list of files): importing pydantic and building a model
took longer than the rest of opening. The rules are pydantic's strict ones for these types: an
object with exactly the dataclass's fields (those with a default may be absent); text only as
text, whole numbers only as integers (never booleans or floats); `X | None` also takes null;
`Literal[...]` one of its values; a nested dataclass an object read the same way; and the
limits a field's metadata names (`limits(max_length=..., pattern=..., ge=..., le=...)`).
"""

from __future__ import annotations

import dataclasses
import functools
import re
import types
import typing
from typing import Any, TypeVar

T = TypeVar("T")


def limits(
    *, max_length: int | None = None, pattern: str | None = None, ge: int | None = None,
    le: int | None = None,
) -> dict[str, Any]:  # fmt: skip
    """A field's metadata: `field(metadata=limits(max_length=300))`."""
    rule = {"max_length": max_length, "ge": ge, "le": le}
    if pattern is not None:
        rule["pattern"] = re.compile(pattern)
    return {"strict": rule}


def read_strict(cls: type[T], data: object) -> T:
    """An instance of the frozen dataclass `cls` from parsed JSON; ValueError naming the first
    thing that does not fit."""
    if not isinstance(data, dict):
        raise ValueError(f"{cls.__name__} is not an object")
    fields = _fields(cls)
    if unknown := set(data) - set(fields):
        raise ValueError(f"{cls.__name__}: unknown fields {sorted(unknown)}")
    values = {}
    for name, (hint, required, rule) in fields.items():
        if name not in data:
            if required:
                raise ValueError(f"{cls.__name__}.{name} is missing")
            continue
        values[name] = _value(f"{cls.__name__}.{name}", hint, data[name], rule)
    return cls(**values)


def as_json(obj: object, *, exclude_none: bool = False) -> dict[str, Any]:
    """The dataclass as a JSON object, its fields in order (without null ones if asked)."""
    out = {}
    for f in dataclasses.fields(obj):  # type: ignore[arg-type]
        value = getattr(obj, f.name)
        if value is None and exclude_none:
            continue
        out[f.name] = as_json(value, exclude_none=exclude_none) if _is_dataclass(value) else value
    return out


@functools.cache
def _fields(cls: type) -> dict[str, tuple[Any, bool, dict[str, Any]]]:
    hints = typing.get_type_hints(cls)
    return {
        f.name: (
            hints[f.name],
            f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING,
            f.metadata.get("strict", {}),
        )
        for f in dataclasses.fields(cls)
    }


def _value(where: str, hint: Any, value: object, rule: dict[str, Any]) -> Any:
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        if value is None and type(None) in typing.get_args(hint):
            return None
        (hint,) = [a for a in typing.get_args(hint) if a is not type(None)]
        origin = typing.get_origin(hint)
    if origin is typing.Literal:
        if type(value) is not str or value not in typing.get_args(hint):
            raise ValueError(f"{where} is not one of {typing.get_args(hint)}")
        return value
    if _is_dataclass(hint):
        return read_strict(hint, value)
    if hint not in (str, int) or type(value) is not hint:
        raise ValueError(f"{where} is not {getattr(hint, '__name__', hint)}")
    if rule.get("max_length") is not None and len(value) > rule["max_length"]:  # type: ignore[arg-type]
        raise ValueError(f"{where} is too long")
    if "pattern" in rule and not rule["pattern"].fullmatch(value):
        raise ValueError(f"{where} is not in its form")
    if rule.get("ge") is not None and value < rule["ge"]:  # type: ignore[operator]
        raise ValueError(f"{where} is too small")
    if rule.get("le") is not None and value > rule["le"]:  # type: ignore[operator]
        raise ValueError(f"{where} is too large")
    return value


def _is_dataclass(obj: object) -> bool:
    return dataclasses.is_dataclass(obj)
