"""Read a OneRoster 1.2 CSV export (folder or zip) into per-student records, with a problem list.

Only the columns named here are kept: nothing else of a row (a `password` above all) leaves this
module. A problem is scoped to what it taints: one in a shared or optional part (a term's dates,
a scale, a learning objective, a demographics row) degrades that part for everyone and is
reported once, withholding no one; one in a student's own result withholds that student's
record only (a transcript missing a course misleads), with the reason.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from backpack_app.errors import UserError
from backpack_app.school.columns import OPTIONAL, REQUIRED
from backpack_app.school.demographics import check_demographics
from backpack_app.school.grading import Grading, parse_credits
from backpack_app.school.standards import UNSCALED, Competency, Standards

MAX_FILE_BYTES = 512 * 1024 * 1024
SUPPORTED_VERSION = "1.2"
CREDITS_COLUMN = "metadata.credits"  # the extension column courses.csv or classes.csv may have
SCORE_STATUSES = {"exempt", "fully graded", "not submitted", "partially graded", "submitted"}


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


@dataclass(frozen=True)
class Student:
    sourced_id: str
    given_name: str
    family_name: str
    email: str
    did: str = ""  # the learner's own DID, when users.csv's userIds gives one


@dataclass(frozen=True)
class Session:
    """A term; its dates are None when the export's are unusable (reported once)."""

    sourced_id: str
    title: str
    kind: str
    start: date | None
    end: date | None


@dataclass(frozen=True)
class Org:
    sourced_id: str
    name: str
    identifier: str


@dataclass(frozen=True)
class Course:
    title: str
    code: str
    subjects: str
    grades: tuple[str, ...] = ()
    org: Org | None = None
    credits: float | None = None  # from metadata.credits or the catalog; None: none claimed


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
    def __init__(self, files: dict[str, bytes], grading: Grading | None, catalog: dict[str, float]):
        self.files = files
        self.grading, self.catalog = grading, catalog
        self.export = Export()
        self.tables: dict[str, list[Row]] = {}
        # every result's (student, line item), for the files that refer to results
        self.result_owners: dict[str, tuple[str, str]] = {}
        # classes and line items left out for a reported problem: id -> where it was reported
        self.left_out: dict[str, str] = {}
        self.item_category: dict[str, str] = {}

    def problem(
        self, file: str, line: int, message: str, student: str = "", column: str = ""
    ) -> None:
        self.export.problems.append(Problem(f"{file}.csv", line, message, student, column))

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
            else:
                line_items[r["sourcedId"]] = r
        students = self._students()
        standards = Standards(self, line_items, {r["sourcedId"] for _, r in t["results"]})
        standards.read_scales()
        for line, r in t["results"]:
            self._result(line, r, line_items, classes, sessions, (final, gpa), students, standards)
        standards.attach_competencies()
        check_demographics(self)
        return ex

    def _session(self, line: int, r: dict[str, str]) -> Session:
        """A term; unusable dates are reported once and the term kept without them."""
        found: dict[str, date | None] = {}
        for column in ("startDate", "endDate"):
            try:
                found[column] = _date(r[column])
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
        return Course(r["title"], code, r.get("subjects", ""), grades, org, credits)

    def _students(self) -> set[str]:
        student_ids = {
            r["userSourcedId"]
            for _, r in self.tables["enrollments"]
            if r["role"].strip() == "student"
        }
        for _, r in self.tables.get("roles", []):
            if r.get("role", "").strip() == "student":
                student_ids.add(r["userSourcedId"].strip())
        for _, r in self.tables["users"]:
            sid = r["sourcedId"]
            if sid in student_ids:
                student = Student(
                    sid,
                    r["givenName"].strip(),
                    r["familyName"].strip(),
                    r["email"].strip(),
                    learner_did(r.get("userIds", "")),
                )
                self.export.students[sid] = StudentRecord(student)
        return student_ids

    def _result(self, line, r, line_items, classes, sessions, categories, students, standards):
        final, gpa = categories
        who = r["studentSourcedId"].strip()
        item = line_items.get(r["lineItemSourcedId"])
        if who not in self.export.students:
            why = "not a student" if who not in students else "not in users.csv"
            self.problem("results", line, f"is for {who!r}, who is {why}")
            return
        if item is None:
            self._unknown_item(line, r, who, final)
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
            self.problem(
                "results", line, f"has an unknown scoreStatus {status!r}", who, "scoreStatus"
            )
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
            self.problem(
                "results", line, f"has a score that is not a number ({r['score']!r})", who, "score"
            )
            return
        if (
            score is not None
            and value_min is not None
            and value_max is not None
            and not value_min <= score <= value_max
        ):
            self.problem(
                "results",
                line,
                f"has the score {score} outside {value_min}–{value_max}",
                who,
                "score",
            )
            return
        letter = r["textScore"].strip()
        if score is None and not letter:
            self.problem("results", line, "has neither a score nor a text score", who)
            return
        grading = standards.grading_for(r["sourcedId"], item["sourcedId"], self.grading)
        if letter and grading is not UNSCALED and (grading is None or grading.find(letter) is None):
            where = (
                "the grading scale this line item uses"
                if grading is not None
                else "no grading scale in the export (scoreScales.csv) and no --grading file"
            )
            self.problem(
                "results",
                line,
                f"has the grade {letter[:40]!r}, which {where} names; a grade is never guessed",
                who,
                "textScore",
            )
            return
        try:
            when = _date(r["scoreDate"]) if r.get("scoreDate", "").strip() else None
        except ValueError:
            self.problem(
                "results", line, f"has a malformed scoreDate ({r['scoreDate']!r})", who, "scoreDate"
            )
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
                letter,
                status,
                when,
                grading=grading,
            )
        )

    def _unknown_item(self, line: int, r: dict[str, str], who: str, final: set[str]) -> None:
        """A result whose line item is absent, or left out for a problem reported there: only a
        final grade withholds its student (their record would miss a course)."""
        item = r["lineItemSourcedId"]
        where = self.left_out.get(item)
        if where is None:
            self.problem(
                "results",
                line,
                f"names the line item {item!r}, which is not in lineItems.csv",
                who,
                "lineItemSourcedId",
            )
            return
        if self.item_category.get(item) in final:
            self.problem(
                "results",
                line,
                f"is a final grade in a class left out for the problem at {where}; "
                "the record would miss a course",
                who,
            )

    def _gpa(self, line, r, item, classes, sessions, who) -> None:
        """A GPA result: a number within the line item's range; the latest one counts."""
        try:
            value = float(r["score"])
            low = float(item["resultValueMin"]) if item.get("resultValueMin", "").strip() else None
            high = float(item["resultValueMax"]) if item.get("resultValueMax", "").strip() else None
            when = _date(r["scoreDate"]) if r.get("scoreDate", "").strip() else None
        except ValueError:
            self.problem(
                "results", line, f"has a GPA that is not a number ({r['score']!r})", who, "score"
            )
            return
        lowest, highest = (0.0 if low is None else low), (10.0 if high is None else high)
        if not lowest <= value <= highest:
            self.problem("results", line, f"has the GPA {value:g} outside its scale", who, "score")
            return
        term = sessions.get(item["academicSessionSourcedId"], classes[item["classSourcedId"]][1])
        found = Gpa(r["sourcedId"], value, low, high, term, when)
        record = self.export.students[who]
        if record.gpa is None or _gpa_order(found) >= _gpa_order(record.gpa):
            record.gpa = found


def _gpa_order(gpa: Gpa) -> tuple[date, date]:
    """Which of two GPAs is the later one: by the term's end, then the score date."""
    end = gpa.term.end or date.min
    return end, gpa.score_date or end


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
    reader = _Reader(_open_files(source), grading, catalog or {})
    if not reader.load():
        reader.export.fatal = True
        return reader.export
    return reader.build()


def iter_problems(export: Export) -> Iterator[str]:
    for p in export.problems:
        yield str(p)
