"""Read a OneRoster 1.2 CSV export (folder or zip) into per-student records, with a problem list.

Only the columns named here are kept: nothing else of a row (a `password` above all) leaves this
module. A problem is scoped to what it taints: one in a shared or optional part (a term's dates,
a scale, a learning objective, a demographics row) degrades that part for everyone and is
reported once, withholding no one; one in a student's own result withholds that student's
record only (a transcript missing a course misleads), with the reason.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from backpack_app.domain.on_track import grade_value, school_year
from backpack_app.school.columns import OPTIONAL, REQUIRED
from backpack_app.school.csv_source import STREAMED, ExportFiles, Row, Table, checked_rows
from backpack_app.school.demographics import check_demographics
from backpack_app.school.grading import Grading, parse_credits
from backpack_app.school.records import (
    Attendance,
    Course,
    CourseResult,
    Export,
    Gpa,
    Org,
    Problem,
    Session,
    Student,
    StudentRecord,
)
from backpack_app.school.results import UNKNOWN_CATEGORY, ResultRows, parse_date
from backpack_app.school.standards import Standards

__all__ = [  # the records are read from here too
    "Course",
    "CourseResult",
    "Export",
    "Gpa",
    "Org",
    "Problem",
    "Session",
    "Student",
    "StudentRecord",
    "read_export",
]

SUPPORTED_VERSION = "1.2"
CREDITS_COLUMN = "metadata.credits"  # the extension column courses.csv or classes.csv may have


class _Reader:
    def __init__(self, files: ExportFiles, grading: Grading | None, catalog: dict[str, float]):
        self.files = files
        self.grading, self.catalog = grading, catalog
        self.export = Export()
        self.tables: dict[str, list[Row] | Table] = {}
        self.result_ids: set[str] = set()  # every result's sourcedId
        # each final grade's (student, line item), for the files that refer to results
        self.result_owners: dict[str, tuple[str, str]] = {}
        # classes and line items left out for a reported problem: id -> where it was reported
        self.left_out: dict[str, str] = {}
        self.item_category: dict[str, str] = {}
        # (student, class) -> the student's own dates in it, when enrollments.csv states them
        self.attendance: dict[tuple[str, str], Attendance] = {}

    def problem(
        self,
        file: str,
        line: int,
        message: str,
        student: str = "",
        column: str = "",
        *,
        identity: bool = False,
    ) -> None:
        self.export.problems.append(
            Problem(f"{file}.csv", line, message, student, column, identity)
        )

    def _report(self, name: str, line: int, message: str, student: str) -> None:
        # a student's users.csv row in doubt puts their identity in doubt: nothing is issued
        self.problem(name, line, message, student, identity=name == "users" and bool(student))

    def load(self) -> bool:
        if "manifest" not in self.files:
            self.problem("manifest", 0, "is missing")
            return False
        props = {}
        if self._readable("manifest") and "propertyName" in self.files.header("manifest"):
            props = {
                r["propertyName"]: r.get("value", "")
                for _, r in self.files.rows("manifest", self._report)
            }
        if props.get("oneroster.version", "").strip() != SUPPORTED_VERSION:
            self.problem(
                "manifest",
                0,
                f"oneroster.version is {props.get('oneroster.version', 'missing')!r}, not 1.2",
            )
            return False
        ok = True
        for name, needed in REQUIRED.items():
            if props.get(f"file.{name}", "absent").strip() == "absent" or name not in self.files:
                self.problem(name, 0, "is missing (the export needs it)")
                ok = False
            elif not self._table(name, needed):
                ok = False
        for name, needed in OPTIONAL.items():
            listed = props.get(f"file.{name}", "absent").strip() != "absent"
            if listed and name not in self.files:
                self.problem(name, 0, "is listed in the manifest but missing")
            elif listed:
                self._table(name, needed)
        return ok

    def _readable(self, name: str) -> bool:
        bad = self.files.utf8_error(name)
        if bad is not None:
            self.problem(name, 0, f"is not UTF-8 (byte {bad})")
        return bad is None

    def _table(self, name: str, needed: list[str]) -> bool:
        """Check a file's encoding and header; keep it as a stream (per-student files) or a list."""
        if not self._readable(name):
            return False
        header = self.files.header(name)
        missing = [c for c in needed if c not in header]
        if missing:
            self.problem(name, 1, f"lacks the column(s) {', '.join(missing)}")
            return False
        if name in STREAMED:
            self.tables[name] = Table(self.files, name, self._report, self._owner)
        else:
            rows = self.files.rows(name, self._report)
            self.tables[name] = list(checked_rows(rows, name, self._report, self._owner, set()))
        return True

    @staticmethod
    def _owner(name: str, row: dict[str, str]) -> str:
        """The person a repeated row may belong to: their record is then withheld."""
        column = {
            "results": "studentSourcedId",
            "users": "sourcedId",
            "enrollments": "userSourcedId",
        }
        return row.get(column.get(name, ""), "").strip()

    def build(self) -> Export:
        t, ex = self.tables, self.export
        sessions = {r["sourcedId"]: self._session(line, r) for line, r in t["academicSessions"]}
        orgs = {
            r["sourcedId"]: Org(r["sourcedId"], r["name"].strip(), r.get("identifier", "").strip())
            for _, r in t["orgs"]
        }
        courses = {r["sourcedId"]: self._course(line, r, orgs) for line, r in t["courses"]}
        classes: dict[str, tuple[Course, Session]] = {}
        for line, r in t["classes"]:
            course = courses.get(r["courseSourcedId"])
            term = next(
                (sessions[s] for s in r["termSourcedIds"].split(",") if s.strip() in sessions), None
            )
            if course is None:
                self.left_out[r["sourcedId"]] = f"classes.csv:{line}"
                self.problem(
                    "classes",
                    line,
                    f"names the course {r['courseSourcedId']!r}, which is not in courses.csv",
                    column="courseSourcedId",
                )
            elif term is None:
                self.left_out[r["sourcedId"]] = f"classes.csv:{line}"
                self.problem(
                    "classes",
                    line,
                    f"names no known term ({r['termSourcedIds']!r})",
                    column="termSourcedIds",
                )
            else:
                credits = self._credits("classes", line, r)
                if credits is not None:
                    course = dataclasses.replace(course, credits=credits)
                classes[r["sourcedId"]] = (course, term)
        categories = {r["sourcedId"] for _, r in t["categories"]}
        gpa = {r["sourcedId"] for _, r in t["categories"] if is_gpa_category(r["title"])}
        final = {
            r["sourcedId"]
            for _, r in t["categories"]
            if "final" in r["title"].lower() and r["sourcedId"] not in gpa
        }
        line_items: dict[str, dict[str, str]] = {}
        for line, r in t["lineItems"]:
            self.item_category[r["sourcedId"]] = r["categorySourcedId"]
            if r["classSourcedId"] in self.left_out:  # reported once, at the class
                self.left_out[r["sourcedId"]] = self.left_out[r["classSourcedId"]]
            elif r["classSourcedId"] not in classes:
                self.left_out[r["sourcedId"]] = f"lineItems.csv:{line}"
                self.problem(
                    "lineItems",
                    line,
                    f"names the class {r['classSourcedId']!r}, which is not in classes.csv",
                    column="classSourcedId",
                )
            elif r["categorySourcedId"] not in categories:
                # it may be a final grade: its students' CLRs might miss a course
                self.left_out[r["sourcedId"]] = f"lineItems.csv:{line}"
                self.item_category[r["sourcedId"]] = UNKNOWN_CATEGORY
                self.problem(
                    "lineItems",
                    line,
                    f"names the category {r['categorySourcedId']!r}, which is not in "
                    "categories.csv; its results are not read",
                    column="categorySourcedId",
                )
            else:
                line_items[r["sourcedId"]] = r
        students = self._students(classes)
        self.result_ids = {r["sourcedId"].strip() for _, r in t["results"]}
        standards = Standards(self, line_items, self.result_ids)
        standards.read_scales()
        rows = ResultRows(self, line_items, classes, sessions, (final, gpa), students, standards)
        for line, r in t["results"]:
            rows.read(line, r)
        standards.attach_competencies()
        self._drop_repeated_results()
        self._grade_levels(sessions.values())
        check_demographics(self)
        return ex

    def _grade(self, line: int, r: dict[str, str]) -> str:
        """The student's grade level from users.csv `grades` (one CEDS code); "" when none, and
        a problem when it lists several or one that is no grade from kindergarten to 12."""
        codes = [g.strip() for g in r.get("grades", "").split(",") if g.strip()]
        if not codes:
            return ""
        if len(codes) == 1 and grade_value(codes[0]) is not None:
            return codes[0]
        self.problem(
            "users",
            line,
            f"gives student {r['sourcedId']} the grades {r.get('grades', '')[:40]!r}, not one "
            "grade level from KG to 12; no grade level is signed for them",
            column="grades",
        )
        return ""

    def _grade_levels(self, sessions) -> None:
        """Give each final grade of the export's latest school year the student's grade level
        (users.csv states the grade now; earlier years' courses get none)."""
        ends = [s.end for s in sessions if s.end is not None]
        if not ends:
            return
        latest = school_year(max(ends))
        for record in self.export.students.values():
            grade = record.student.grade
            if not grade:
                continue
            record.results = [
                dataclasses.replace(r, grade_level=grade)
                if r.term.end is not None and school_year(r.term.end) == latest
                else r
                for r in record.results
            ]

    def _drop_repeated_results(self) -> None:
        """A result sourcedId given twice: the first row was read before the repeat was seen,
        and which of the two is the SIS's grade is unknown, so neither is issued. The repeat
        was reported with its student; the first row's student, when no problem names them
        yet, is reported at the first row (their CLR would miss the course)."""
        table = self.tables["results"]
        repeats = table.repeats if isinstance(table, Table) else {}
        if not repeats:
            return
        withheld = self.export.withheld
        for sid, record in self.export.students.items():
            kept = [r for r in record.results if r.result_id not in repeats]
            dropped = [r.result_id for r in record.results if r.result_id in repeats]
            if record.gpa is not None and record.gpa.result_id in repeats:
                dropped.append(record.gpa.result_id)
                record.gpa = None
            record.results = kept
            for result_id in dropped:
                if sid not in withheld:
                    self.problem(
                        "results",
                        repeats[result_id],
                        f"shares its sourcedId {result_id!r} with a later row; neither grade "
                        "is issued",
                        sid,
                        "sourcedId",
                    )

    def _session(self, line: int, r: dict[str, str]) -> Session:
        """A term; unusable dates are reported once and the term kept without them."""
        found: dict[str, date | None] = {}
        for column in ("startDate", "endDate"):
            try:
                found[column] = parse_date(r[column])
            except ValueError:
                found[column] = None
                self.problem(
                    "academicSessions",
                    line,
                    f"has a malformed {column} ({r[column][:40]!r}; expected YYYY-MM-DD); "
                    "the term is named without its dates",
                    column=column,
                )
        start, end = found["startDate"], found["endDate"]
        if start is not None and end is not None and end < start:
            self.problem(
                "academicSessions",
                line,
                f"ends ({end}) before it starts ({start}); the term is named without its dates",
                column="endDate",
            )
            start = end = None
        if start is None or end is None:
            start = end = None
        return Session(r["sourcedId"], r["title"], r["type"], start, end)

    def _credits(self, file: str, line: int, r: dict[str, str]) -> float | None:
        text = r.get(CREDITS_COLUMN, "").strip()
        if not text:
            return None
        credits = parse_credits(text)
        if credits is None:
            self.problem(
                file,
                line,
                f"has {CREDITS_COLUMN} {text[:40]!r}, not a number from 0 to 100; "
                "no credits are claimed for it",
                column=CREDITS_COLUMN,
            )
        return credits

    def _course(self, line: int, r: dict[str, str], orgs: dict[str, Org]) -> Course:
        code = r["courseCode"].strip()
        credits = self._credits("courses", line, r)
        if credits is None:
            credits = self.catalog.get(code)
        grades = tuple(g.strip() for g in r.get("grades", "").split(",") if g.strip())
        org = orgs.get(r.get("orgSourcedId", "").strip())
        codes = tuple(c.strip() for c in r.get("subjectCodes", "").split(",") if c.strip())
        sced = tuple(c for c in codes if re.fullmatch(r"\d{5}", c))
        if len(sced) != len(codes):
            self.problem(
                "courses",
                line,
                f"has subjectCodes {r.get('subjectCodes', '')[:60]!r}, not all five-digit SCED "
                "codes; only those that are are signed",
                column="subjectCodes",
            )
        return Course(
            r["title"], code, r.get("subjects", ""), grades, org, credits, subject_codes=sced
        )

    def _students(self, classes: dict[str, tuple[Course, Session]]) -> set[str]:
        student_ids: set[str] = set()
        shared: dict[Attendance, Attendance] = {}  # one object per distinct pair of dates
        for line, r in self.tables["enrollments"]:
            if r["role"].strip() != "student":
                continue
            student_ids.add(r["userSourcedId"])
            attendance = self._attendance(line, r)
            klass = classes.get(r["classSourcedId"])
            if attendance is None or klass is None:
                continue
            key = (r["userSourcedId"].strip(), r["classSourcedId"])
            before = self.attendance.get(key)
            if before is not None:  # enrolled twice: from the first start to the last end
                attendance = _span(before, attendance)
            elif attendance == Attendance(klass[1].start, klass[1].end):
                continue  # the term's own dates, as most are: kept once, as the term's
            self.attendance[key] = shared.setdefault(attendance, attendance)
        for _, r in self.tables.get("roles", []):
            if r.get("role", "").strip() == "student":
                student_ids.add(r["userSourcedId"].strip())
        for line, r in self.tables["users"]:
            sid = r["sourcedId"]
            if sid in student_ids:
                student = Student(
                    sid,
                    r["givenName"].strip(),
                    r["familyName"].strip(),
                    r["email"].strip(),
                    learner_did(r.get("userIds", "")),
                    self._grade(line, r),
                )
                self.export.students[sid] = StudentRecord(student)
        return student_ids

    def _attendance(self, line: int, r: dict[str, str]) -> Attendance | None:
        """The enrollment's beginDate and endDate, when it states them; a malformed one is
        reported once by column and left out (the course keeps its term's dates)."""
        found: dict[str, date | None] = {}
        for column in ("beginDate", "endDate"):
            text = r.get(column, "").strip()
            try:
                found[column] = parse_date(text) if text else None
            except ValueError:
                found[column] = None
                self.problem(
                    "enrollments",
                    line,
                    f"has a malformed {column} ({text[:40]!r}; expected YYYY-MM-DD); the "
                    "course is dated by its term",
                    column=column,
                )
        begin, end = found["beginDate"], found["endDate"]
        if begin is not None and end is not None and end < begin:
            self.problem(
                "enrollments",
                line,
                f"ends ({end}) before it begins ({begin}); the course is dated by its term",
                column="endDate",
            )
            return None
        return Attendance(begin, end) if begin is not None or end is not None else None


def _span(first: Attendance, second: Attendance) -> Attendance:
    """Two enrollments of a student in one class: the first begin and the last end, each only
    when both state it."""
    begin = min(first.begin, second.begin) if first.begin and second.begin else None
    end = max(first.end, second.end) if first.end and second.end else None
    return Attendance(begin, end)


def learner_did(user_ids: str) -> str:
    """The learner's DID when users.csv's userIds gives one (`{DID:did:...}`), else ""."""
    for kind, value in re.findall(r"\{([^{}:]+):([^{}]+)\}", user_ids):
        if kind.strip().casefold() == "did" and value.strip().startswith("did:"):
            return value.strip()
    return ""


def is_gpa_category(title: str) -> bool:
    """The convention for a stated GPA: a line item in a category titled "GPA" (or so)."""
    words = title.casefold()
    return "gpa" in words.replace("-", " ").split() or "grade point average" in words


def read_export(
    source: Path, *, grading: Grading | None = None, catalog: dict[str, float] | None = None
) -> Export:
    """Read and check a OneRoster 1.2 CSV export; problems are collected, not raised. `grading`
    (the --grading file) says what grades mean, `catalog` gives course credits by code."""
    files = ExportFiles(source)
    try:
        reader = _Reader(files, grading, catalog or {})
        if not reader.load():
            reader.export.fatal = True
            return reader.export
        return reader.build()
    finally:
        files.close()


def iter_problems(export: Export) -> Iterator[str]:
    for p in export.problems:
        yield str(p)
