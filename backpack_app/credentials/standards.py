"""The standards (competencies) a course credential scored: each result that names one of the
course's alignments, with the rubric level reached (or the value given) and the alignment.

Works on the mapped `results` and `alignments` (`credentials/mapping.py`), so the family's
Official records and a tutor's view of a share say the same thing about the same course.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Standard:
    """One competency scored within a course."""

    name: str  # what it asks, e.g. "Write arguments…" (the code before it left to `code`)
    level: str  # the rubric level reached, else the value given
    code: str  # the alignment's code (e.g. a CASE item's human code)
    framework: str  # the framework the alignment belongs to

    def to_json(self) -> dict[str, str]:
        return {
            "name": self.name,
            "level": self.level,
            "code": self.code,
            "framework": self.framework,
        }


def _texts(entry: object, *keys: str) -> tuple[str, ...]:
    found = entry if isinstance(entry, dict) else {}
    return tuple(v if isinstance(v := found.get(k), str) else "" for k in keys)


def scored_standards(results: list[Any], alignments: list[Any]) -> list[Standard]:
    """The scored standards, in the credential's order: results that name an alignment."""
    by_name: dict[str, tuple[str, str]] = {}
    for a in alignments:
        name, code, framework = _texts(a, "name", "code", "framework")
        for key in (f"{code}: {name}" if code and name else "", name, code):
            if key:
                by_name.setdefault(key, (code, framework))
    found = []
    for r in results:
        name, value, level = _texts(r, "name", "value", "level")
        aligned = by_name.get(name)
        if aligned is not None:
            code = aligned[0]
            said = name.removeprefix(f"{code}: ") if code else name
            found.append(Standard(said or name, level or value, *aligned))
    return found
