"""The standards (competencies) a course credential scored: each result that names one of the
course's alignments, with the rubric level reached (or the value given) and the alignment.

Read from the JSON text the listing carries (`ListedRecord.standards_json`), only when a
course's row is opened, so listing thousands of records parses none of them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Standard:
    """One competency scored within a course."""

    name: str  # what it asks, e.g. "Write arguments…" (the code before it left to `code`)
    level: str  # the rubric level reached, else the value given
    code: str  # the alignment's code (e.g. a CASE item's human code)
    framework: str  # the framework the alignment belongs to


def _texts(entry: object, *keys: str) -> tuple[str, ...]:
    found = entry if isinstance(entry, dict) else {}
    return tuple(v if isinstance(v := found.get(k), str) else "" for k in keys)


def standards(standards_json: str) -> list[Standard]:
    """The course's scored standards, in the credential's order; none when the text is empty or
    not what the listing gives (`[results, alignments]`)."""
    if not standards_json:
        return []
    try:
        results, alignments = json.loads(standards_json)
    except (ValueError, TypeError):
        return []
    if not isinstance(results, list) or not isinstance(alignments, list):
        return []
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
