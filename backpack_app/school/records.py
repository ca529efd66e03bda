"""What the reader makes of an export: the students, each one's final grades and stated GPA,
and the problems found (each with where it is and whose record, if anyone's, it withholds)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from backpack_app.school.grading import Grading
from backpack_app.school.standards import Competency


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the export, where it is, and whose record it withholds (if any)."""

    file: str
    line: int
    message: str
    student: str = ""
    column: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        if self.column:
            where += f" ({self.column})"
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class Student:
    sourced_id: str
    given_name: str
    family_name: str
    email: str
    did: str = ""  # the learner's own DID, when users.csv's userIds gives one


@dataclass(frozen=True, slots=True)
class Session:
    """A term; its dates are None when the export's are unusable (reported once)."""

    sourced_id: str
    title: str
    kind: str
    start: date | None
    end: date | None


@dataclass(frozen=True, slots=True)
class Org:
    sourced_id: str
    name: str
    identifier: str


@dataclass(frozen=True, slots=True)
class Course:
    title: str
    code: str
    subjects: str
    grades: tuple[str, ...] = ()
    org: Org | None = None
    credits: float | None = None  # from metadata.credits or the catalog; None: none claimed


@dataclass(frozen=True, slots=True)
class Gpa:
    """A cumulative GPA the export states (a result in a category titled GPA)."""

    result_id: str
    value: float
    value_min: float | None
    value_max: float | None
    term: Session
    score_date: date | None


@dataclass(frozen=True, slots=True)
class CourseResult:
    """A final grade for one class: what the course credential is made from."""

    result_id: str
    course: Course
    term: Session
    score: float | None
    value_min: float | None
    value_max: float | None
    letter: str
    status: str
    score_date: date | None
    competencies: tuple[Competency, ...] = ()
    grading: Grading | None = None  # the scale and policy the letter was read against


@dataclass
class StudentRecord:
    student: Student
    results: list[CourseResult] = field(default_factory=list)
    gpa: Gpa | None = None


@dataclass
class Export:
    """What the reader found: the students, each one's final grades, and problems."""

    students: dict[str, StudentRecord] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    fatal: bool = False

    @property
    def withheld(self) -> set[str]:
        return {p.student for p in self.problems if p.student}

    def withheld_reasons(self) -> dict[str, list[str]]:
        """{student: the problems that withhold their record}, in file order."""
        found: dict[str, list[str]] = {}
        for p in self.problems:
            if p.student:
                found.setdefault(p.student, []).append(str(p))
        return found

    def issuable(self) -> list[StudentRecord]:
        """Students with at least one final grade and no problem against them, in file order."""
        withheld = self.withheld  # built once: a property over every problem
        return [r for sid, r in self.students.items() if r.results and sid not in withheld]

    def without_results(self) -> list[Student]:
        withheld = self.withheld
        return [
            r.student for sid, r in self.students.items() if not r.results and sid not in withheld
        ]
