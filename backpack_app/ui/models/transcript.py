"""The transcript as a family reads it: each school, then each term with its courses.

A signed learner record (CLR) stays where it is, under its school, as the document that holds
its records; inside it the school's GPA (a program credential) comes first, then the courses by
term. Plain data for the tree model: no Qt here beyond the words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP

from backpack_app.credentials.mapping import is_program
from backpack_app.domain.term_order import terms_in_date_order
from backpack_app.domain.verification import Verdict
from backpack_app.domain.vocabulary import Provenance
from backpack_app.store.listing import ListedRecord
from backpack_app.ui.i18n import t
from backpack_app.ui.models.official import OfficialRow

UNNAMED_SCHOOL = QT_TRANSLATE_NOOP("Backpack", "School not named")
CALLS_ITSELF = QT_TRANSLATE_NOOP("Backpack", "calls itself “{name}”")
# A tutor or a program wrote and signed it at the family's request: no school.
WRITTEN_BY = QT_TRANSLATE_NOOP("Backpack", "✍ written by {name}")


def school_words(name: str, rows: list[OfficialRow]) -> str:
    """A school's name as the records under it let Backpack say it: a name no trusted issuer
    vouches for is only what the issuer calls itself; a tutor's or a program's entries are
    written by them (third-party attested), not a school's."""
    if not name:
        return t(UNNAMED_SCHOOL)
    if rows and all(r.entry.provenance == Provenance.THIRD_PARTY_ATTESTED for r in rows):
        return t(WRITTEN_BY).format(name=name)
    signed = [r for r in rows if r.verdict is not None]
    if signed and all(r.verdict is Verdict.UNKNOWN_ISSUER for r in signed):
        return t(CALLS_ITSELF).format(name=name)
    return name


@dataclass(eq=False)
class Heading:
    """A school or a term, holding records (or, for a school, terms and learner records)."""

    label: str
    items: list[Heading | OfficialRow] = field(default_factory=list)

    @property
    def credits(self) -> float | None:
        """The credits earned in the records under it, when any of them states some."""
        found = [r.entry.credits for r in self.items if isinstance(r, OfficialRow)]
        found = [c for c in found if c is not None]
        return sum(found) if found else None


def is_gpa(entry: ListedRecord) -> bool:
    """A program credential whose grade is the GPA the school signed."""
    return bool(entry.grade) and is_program(entry.kind)


def grade_words(entry: ListedRecord) -> str:
    """The Grade cell: a GPA says so."""
    if is_gpa(entry):
        return t(QT_TRANSLATE_NOOP("Backpack", "GPA {grade}")).format(grade=entry.grade)
    return entry.grade


def by_term(rows: list[OfficialRow]) -> list[Heading | OfficialRow]:
    """GPAs and learner records first, then one heading per term (terms in date order, see
    `terms_in_date_order`) holding its records; records without a term stay outside any
    heading."""
    first = [r for r in rows if is_gpa(r.entry) or r.children]
    rest = [r for r in rows if not (is_gpa(r.entry) or r.children)]
    terms = terms_in_date_order(rest, lambda r: r.entry.term, lambda r: r.entry.day)
    loose = [r for r in rest if not r.entry.term]
    return [*first, *(Heading(name, list(found)) for name, found in terms), *loose]


def by_school(rows: list[OfficialRow]) -> list[Heading]:
    """One heading per school (in the order the schools first come), each arranged `by_term`."""
    schools: dict[str, list[OfficialRow]] = {}
    for row in rows:
        schools.setdefault(row.entry.school, []).append(row)
    return [
        Heading(school_words(school, found), by_term(found)) for school, found in schools.items()
    ]
