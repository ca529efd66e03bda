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


@dataclass(frozen=True, slots=True)
class StandardOverTime:
    """One standard across terms: (term, course, level) in term order, as the school signed."""

    code: str
    name: str
    framework: str
    levels: tuple[tuple[str, str, str], ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "framework": self.framework,
            "levels": [{"term": t, "course": c, "level": lv} for t, c, lv in self.levels],
        }


def _by_term(records: list[Any]) -> list[tuple[str, list[tuple[str, str, str, Standard]]]]:
    """(term, [(term, day, course, standard)]) for school-signed course records, terms in date
    order (`domain/term_order.py`)."""
    from backpack_app.domain.term_order import terms_in_date_order
    from backpack_app.domain.vocabulary import Provenance

    scored = []
    for record in records:
        details = record.details
        if record.provenance is not Provenance.SCHOOL_SIGNED or not hasattr(details, "results"):
            continue
        results = [e.model_dump() for e in details.results]
        alignments = [a.model_dump() for a in details.alignments]
        for standard in scored_standards(results, alignments):
            day = record.date.isoformat() if record.date else ""
            scored.append((details.term or "", day, record.title, standard))
    return terms_in_date_order(scored, lambda s: s[0], lambda s: s[1])


def scored_terms(records: list[Any]) -> list[str]:
    """The terms in which a signed course scores a standard, in date order."""
    return [term for term, _items in _by_term(records)]


def standards_over_time(records: list[Any]) -> list[StandardOverTime]:
    """Each standard the school-signed course records score, with the level reached in each
    term (terms in date order): the "learning gains" view."""
    found: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    named: dict[tuple[str, str], Standard] = {}
    for term, items in _by_term(records):
        for _term, _day, course, standard in items:
            key = (standard.framework, standard.code or standard.name)
            named.setdefault(key, standard)
            found.setdefault(key, []).append((term, course, standard.level))
    return [
        StandardOverTime(named[k].code, named[k].name, named[k].framework, tuple(v))
        for k, v in sorted(found.items(), key=lambda kv: (named[kv[0]].code, named[kv[0]].name))
    ]
