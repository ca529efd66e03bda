"""What the reader makes of an export: the students, each one's final grades and stated GPA,
and the problems found (each with where it is and whose record, if anyone's, it withholds).

A problem in a student's own rows withholds that student's CLR (a transcript missing a course
misleads) but not what stays true without it: each course credential whose final grade was read
without a problem, and the academic record with the GPA the export states (without a credit
total, which would count the missing course). A problem in a student's users.csv row (the
identity every credential of theirs is about) withholds everything of that student."""

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
    identity: bool = False  # the student's identity is in doubt: none of their files is issued

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
    grade: str = ""  # the grade level users.csv's `grades` states (a CEDS code, e.g. "09")


@dataclass(frozen=True, slots=True)
class Session:
    """A term; its dates are None when the export's are unusable (reported once)."""

    sourced_id: str
    title: str
    kind: str
    start: date | None
    end: date | None


@dataclass(frozen=True, slots=True)
class Attendance:
    """The student's own dates in a class (enrollments.csv beginDate/endDate), when stated."""

    begin: date | None
    end: date | None  # OneRoster: exclusive, the day the enrollment stopped


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
    subject_codes: tuple[str, ...] = ()  # courses.csv `subjectCodes` (SCED codes, e.g. 02052)


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
    attendance: Attendance | None = None  # the student's enrollment dates in the class
    # the student's grade level (users.csv `grades`), for a term of the export's latest school
    # year only: users.csv says the grade now, not in earlier years
    grade_level: str = ""


@dataclass
class StudentRecord:
    student: Student
    results: list[CourseResult] = field(default_factory=list)
    gpa: Gpa | None = None
    clr_withheld: bool = False  # a problem in the student's own rows: no CLR, no credit total


@dataclass
class Export:
    """What the reader found: the students, each one's final grades, and problems."""

    students: dict[str, StudentRecord] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    fatal: bool = False

    @property
    def withheld(self) -> set[str]:
        """Students whose CLR is withheld for a problem in their own rows."""
        return {p.student for p in self.problems if p.student}

    def withheld_entirely(self) -> set[str]:
        """Students none of whose files is issued: their identity (users.csv row) is in doubt."""
        return {p.student for p in self.problems if p.student and p.identity}

    def withheld_reasons(self) -> dict[str, list[str]]:
        """{student: the problems that withhold their CLR (or all their files)}, in file order."""
        found: dict[str, list[str]] = {}
        for p in self.problems:
            if p.student:
                found.setdefault(p.student, []).append(str(p))
        return found

    def issuable(self) -> list[StudentRecord]:
        """Students with at least one final grade read without a problem, in file order, each
        marked `clr_withheld` when a problem in their own rows withholds their CLR; students
        whose identity is in doubt are left out."""
        withheld, entirely = self.withheld, self.withheld_entirely()
        found = []
        for sid, record in self.students.items():
            if record.results and sid not in entirely:
                record.clr_withheld = sid in withheld
                found.append(record)
        return found

    def without_results(self) -> list[Student]:
        withheld = self.withheld
        return [
            r.student for sid, r in self.students.items() if not r.results and sid not in withheld
        ]
