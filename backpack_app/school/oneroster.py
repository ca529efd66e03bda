"""Read a OneRoster 1.2 CSV export (folder or zip) into per-student records, with a problem list.

Only the columns named here are kept: nothing else of a row (a `password` above all) leaves this
module. A bad row is reported with its file and line and left out; a student touched by a bad
row is withheld whole, so nothing is issued from an inconsistent record.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from backpack_app.errors import UserError
from backpack_app.school.columns import OPTIONAL, REQUIRED
from backpack_app.school.demographics import check_demographics
from backpack_app.school.standards import Competency, attach_competencies

MAX_FILE_BYTES = 512 * 1024 * 1024
SUPPORTED_VERSION = "1.2"
SCORE_STATUSES = {"exempt", "fully graded", "not submitted", "partially graded", "submitted"}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the export, where it is, and whose record it withholds (if any)."""

    file: str
    line: int
    message: str
    student: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Student:
    sourced_id: str
    given_name: str
    family_name: str
    email: str


@dataclass(frozen=True)
class Session:
    sourced_id: str
    title: str
    kind: str
    start: date
    end: date


@dataclass(frozen=True)
class Course:
    title: str
    code: str
    subjects: str


@dataclass(frozen=True)
class Gpa:
    """A cumulative GPA the export states (a result in a category titled GPA)."""

    result_id: str
    value: float
    value_min: float | None
    value_max: float | None
    term: Session
    score_date: date | None


@dataclass(frozen=True)
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

    def issuable(self) -> list[StudentRecord]:
        """Students with at least one final grade and no problem against them, in file order."""
        withheld = self.withheld  # built once: a property over every problem
        return [r for sid, r in self.students.items() if r.results and sid not in withheld]

    def without_results(self) -> list[Student]:
        withheld = self.withheld
        return [
            r.student for sid, r in self.students.items() if not r.results and sid not in withheld
        ]


Row = tuple[int, dict[str, str]]


def _open_files(source: Path) -> dict[str, bytes]:
    """{file stem: bytes} from a folder or a zip of CSV files."""
    files: dict[str, bytes] = {}
    if source.is_dir():
        for path in source.glob("*.csv"):
            if path.stat().st_size > MAX_FILE_BYTES:
                raise UserError(f"{path.name} is too large to read.")
            files[path.stem] = path.read_bytes()
    elif zipfile.is_zipfile(source):
        with zipfile.ZipFile(source) as zf:
            for info in zf.infolist():
                name = info.filename.rsplit("/", 1)[-1]
                if name.endswith(".csv") and not info.is_dir():
                    if info.file_size > MAX_FILE_BYTES:
                        raise UserError(f"{name} in the zip is too large to read.")
                    files[name[:-4]] = zf.read(info)
    else:
        raise UserError(f"{source} is neither a folder nor a zip of OneRoster CSV files.")
    return files


def _rows(name: str, data: bytes, problems: list[Problem]) -> tuple[list[str], list[Row]] | None:
    try:
        text = data.decode("utf-8-sig")  # with or without a byte-order mark
    except UnicodeDecodeError as exc:
        problems.append(Problem(f"{name}.csv", 0, f"is not UTF-8 (byte {exc.start})"))
        return None
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip() for h in next(reader, [])]
    rows: list[Row] = []
    for values in reader:
        if not any(v.strip() for v in values):
            continue
        line = reader.line_num
        if len(values) != len(header):
            problems.append(
                Problem(f"{name}.csv", line, f"has {len(values)} fields, the header {len(header)}")
            )
            continue
        rows.append((line, dict(zip(header, values, strict=True))))
    return header, rows


def _date(text: str) -> date:
    """A calendar date, or the date of an ISO 8601 date-time; ValueError otherwise."""
    text = text.strip()
    if len(text) == 10:
        return date.fromisoformat(text)
    return datetime.fromisoformat(text.replace("Z", "+00:00")).date()


class _Reader:
    def __init__(self, files: dict[str, bytes]):
        self.files = files
        self.export = Export()
        self.tables: dict[str, list[Row]] = {}
        # every result's (student, line item), for the files that refer to results
        self.result_owners: dict[str, tuple[str, str]] = {}

    def problem(self, file: str, line: int, message: str, student: str = "") -> None:
        self.export.problems.append(Problem(f"{file}.csv", line, message, student))

    def load(self) -> bool:
        manifest = self.files.get("manifest")
        if manifest is None:
            self.problem("manifest", 0, "is missing")
            return False
        parsed = _rows("manifest", manifest, self.export.problems)
        props = (
            {r["propertyName"]: r["value"] for _, r in parsed[1]}
            if parsed and "propertyName" in parsed[0]
            else {}
        )
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
                continue
            parsed = _rows(name, self.files[name], self.export.problems)
            if parsed is None:
                ok = False
                continue
            header, rows = parsed
            missing = [c for c in needed if c not in header]
            if missing:
                self.problem(name, 1, f"lacks the column(s) {', '.join(missing)}")
                ok = False
                continue
            self.tables[name] = self._unique(name, rows)
        for name, needed in OPTIONAL.items():
            listed = props.get(f"file.{name}", "absent").strip() != "absent"
            if not listed or name not in self.files:
                if listed:
                    self.problem(name, 0, "is listed in the manifest but missing")
                continue
            parsed = _rows(name, self.files[name], self.export.problems)
            if parsed is None:
                continue
            header, rows = parsed
            missing = [c for c in needed if c not in header]
            if missing:
                self.problem(name, 1, f"lacks the column(s) {', '.join(missing)}")
                continue
            self.tables[name] = self._unique(name, rows)
        return ok

    def _unique(self, name: str, rows: list[Row]) -> list[Row]:
        seen: dict[str, int] = {}
        kept: list[Row] = []
        for line, row in rows:
            sid = row["sourcedId"].strip()
            if not sid:
                self.problem(name, line, "has no sourcedId")
            elif sid in seen:
                self.problem(
                    name,
                    line,
                    f"repeats the sourcedId {sid!r} of line {seen[sid]}",
                    self._owner(name, row),
                )
            elif row.get("status", "active").strip().lower() != "tobedeleted":
                seen[sid] = line
                kept.append((line, row))
        return kept

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
        sessions: dict[str, Session] = {}
        for line, r in t["academicSessions"]:
            try:
                start, end = _date(r["startDate"]), _date(r["endDate"])
            except ValueError:
                self.problem(
                    "academicSessions",
                    line,
                    f"has a malformed date ({r['startDate']!r} or {r['endDate']!r})",
                )
                continue
            sessions[r["sourcedId"]] = Session(r["sourcedId"], r["title"], r["type"], start, end)
        courses = {
            r["sourcedId"]: Course(r["title"], r["courseCode"].strip(), r.get("subjects", ""))
            for _, r in t["courses"]
        }
        classes: dict[str, tuple[Course, Session]] = {}
        for line, r in t["classes"]:
            course = courses.get(r["courseSourcedId"])
            term = next(
                (sessions[s] for s in r["termSourcedIds"].split(",") if s.strip() in sessions), None
            )
            if course is None:
                self.problem(
                    "classes",
                    line,
                    f"names the course {r['courseSourcedId']!r}, which is not in courses.csv",
                )
            elif term is None:
                self.problem("classes", line, f"names no known term ({r['termSourcedIds']!r})")
            else:
                classes[r["sourcedId"]] = (course, term)
        gpa = {r["sourcedId"] for _, r in t["categories"] if is_gpa_category(r["title"])}
        final = {
            r["sourcedId"]
            for _, r in t["categories"]
            if "final" in r["title"].lower() and r["sourcedId"] not in gpa
        }
        line_items: dict[str, dict[str, str]] = {}
        for line, r in t["lineItems"]:
            if r["classSourcedId"] not in classes:
                self.problem(
                    "lineItems",
                    line,
                    f"names the class {r['classSourcedId']!r}, which is not in classes.csv",
                )
            else:
                line_items[r["sourcedId"]] = r
        students = self._students(sessions)
        for line, r in t["results"]:
            self._result(line, r, line_items, classes, sessions, (final, gpa), students)
        attach_competencies(self, line_items)
        check_demographics(self)
        return ex

    def _students(self, sessions: dict[str, Session]) -> set[str]:
        student_ids = {
            r["userSourcedId"]
            for _, r in self.tables["enrollments"]
            if r["role"].strip() == "student"
        }
        for _, r in self.tables.get("roles", []):
            if r.get("role", "").strip() == "student":
                student_ids.add(r["userSourcedId"])
        for _, r in self.tables["users"]:
            sid = r["sourcedId"]
            if sid in student_ids:
                student = Student(
                    sid,
                    r["givenName"].strip(),
                    r["familyName"].strip(),
                    r["email"].strip(),
                )
                self.export.students[sid] = StudentRecord(student)
        return student_ids

    def _result(self, line, r, line_items, classes, sessions, categories, students) -> None:
        final, gpa = categories
        who = r["studentSourcedId"].strip()
        item = line_items.get(r["lineItemSourcedId"])
        if who not in self.export.students:
            why = "not a student" if who not in students else "not in users.csv"
            self.problem("results", line, f"is for {who!r}, who is {why}")
            return
        if item is None:
            self.problem(
                "results",
                line,
                f"names the line item {r['lineItemSourcedId']!r}, which is not in lineItems.csv",
                who,
            )
            return
        if r.get("classSourcedId", "").strip() not in ("", item["classSourcedId"]):
            self.problem(
                "results",
                line,
                f"names the class {r['classSourcedId']!r}, but its line item belongs to {item['classSourcedId']!r}",
                who,
            )
            return
        status = r["scoreStatus"].strip()
        if status not in SCORE_STATUSES:
            self.problem("results", line, f"has an unknown scoreStatus {status!r}", who)
            return
        self.result_owners[r["sourcedId"]] = (who, item["sourcedId"])
        if item["categorySourcedId"] in gpa and status == "fully graded":
            self._gpa(line, r, item, classes, sessions, who)
            return
        if item["categorySourcedId"] not in final or status == "exempt":
            return  # homework, running grades and exemptions do not make a course record
        score = None
        try:
            if r["score"].strip():
                score = float(r["score"])
            value_min = (
                float(item["resultValueMin"]) if item.get("resultValueMin", "").strip() else None
            )
            value_max = (
                float(item["resultValueMax"]) if item.get("resultValueMax", "").strip() else None
            )
        except ValueError:
            self.problem("results", line, f"has a score that is not a number ({r['score']!r})", who)
            return
        if (
            score is not None
            and value_min is not None
            and value_max is not None
            and not value_min <= score <= value_max
        ):
            self.problem(
                "results", line, f"has the score {score} outside {value_min}–{value_max}", who
            )
            return
        if score is None and not r["textScore"].strip():
            self.problem("results", line, "has neither a score nor a text score", who)
            return
        try:
            when = _date(r["scoreDate"]) if r.get("scoreDate", "").strip() else None
        except ValueError:
            self.problem("results", line, f"has a malformed scoreDate ({r['scoreDate']!r})", who)
            return
        course, term = classes[item["classSourcedId"]]
        term = sessions.get(item["academicSessionSourcedId"], term)
        self.export.students[who].results.append(
            CourseResult(
                r["sourcedId"],
                course,
                term,
                score,
                value_min,
                value_max,
                r["textScore"].strip(),
                r["scoreStatus"].strip(),
                when,
            )
        )

    def _gpa(self, line, r, item, classes, sessions, who) -> None:
        """A GPA result: a number within the line item's range; the latest one counts."""
        try:
            value = float(r["score"])
            low = float(item["resultValueMin"]) if item.get("resultValueMin", "").strip() else None
            high = float(item["resultValueMax"]) if item.get("resultValueMax", "").strip() else None
            when = _date(r["scoreDate"]) if r.get("scoreDate", "").strip() else None
        except ValueError:
            self.problem("results", line, f"has a GPA that is not a number ({r['score']!r})", who)
            return
        lowest, highest = (0.0 if low is None else low), (10.0 if high is None else high)
        if not lowest <= value <= highest:
            self.problem("results", line, f"has the GPA {value:g} outside its scale", who)
            return
        term = sessions.get(item["academicSessionSourcedId"], classes[item["classSourcedId"]][1])
        found = Gpa(r["sourcedId"], value, low, high, term, when)
        record = self.export.students[who]
        if record.gpa is None or (term.end, when or term.end) >= (
            record.gpa.term.end,
            record.gpa.score_date or record.gpa.term.end,
        ):
            record.gpa = found


def is_gpa_category(title: str) -> bool:
    """The convention for a stated GPA: a line item in a category titled "GPA" (or so)."""
    words = title.casefold()
    return "gpa" in words.replace("-", " ").split() or "grade point average" in words


def read_export(source: Path) -> Export:
    """Read and check a OneRoster 1.2 CSV export; problems are collected, not raised."""
    reader = _Reader(_open_files(source))
    if not reader.load():
        reader.export.fatal = True
        return reader.export
    return reader.build()


def iter_problems(export: Export) -> Iterator[str]:
    for p in export.problems:
        yield str(p)
