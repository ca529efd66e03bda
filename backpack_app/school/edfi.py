"""Read an Ed-Fi ODS/API JSON export of attendance and discipline into per-term summaries.

The folder holds what the ODS/API's GET returns for each resource, one JSON array per file
(see the README, "Attendance and behaviour from Ed-Fi"): `Sessions.json` (required: the terms
and their dates), `StudentSchoolAttendanceEvents.json`, `DisciplineIncidents.json` with
`StudentDisciplineIncidentBehaviorAssociations.json`, optionally `DisciplineActions.json`
(suspensions and expulsions) and `StudentSchoolAssociations.json` (the student's grade level:
`entryGradeLevelDescriptor` for each term the enrolment covers, from `entryDate` to
`exitWithdrawDate`). Descriptors are read by their code value (the part after `#`).

Attendance is counted the way positive-attendance schools report it: every day the student was
enrolled has one day-long event, so days enrolled are the distinct dates with an event; tardy
and early departure count as present. A problem is scoped to what it taints: a bad row of one
student withholds that student's summary for that term (or all terms, when the row names none),
never anyone else's and never their OneRoster courses; a bad or missing file leaves out only what
it carries. Only the fields named here are read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from backpack_app.domain.on_track import grade_value
from backpack_app.errors import UserError
from backpack_app.school.records import Problem

MAX_FILE_BYTES = 256 * 1024 * 1024
SESSIONS = "Sessions"
ATTENDANCE = "StudentSchoolAttendanceEvents"
INCIDENTS = "DisciplineIncidents"
BEHAVIORS = "StudentDisciplineIncidentBehaviorAssociations"
ACTIONS = "DisciplineActions"
ASSOCIATIONS = "StudentSchoolAssociations"

# AttendanceEventCategoryDescriptor code values (Ed-Fi's defaults) -> how the day counts.
PRESENT, EXCUSED, UNEXCUSED = "present", "excused", "unexcused"
ATTENDANCE_CODES = {
    "in attendance": PRESENT,
    "tardy": PRESENT,
    "early departure": PRESENT,
    "partial": PRESENT,
    "excused absence": EXCUSED,
    "unexcused absence": UNEXCUSED,
}
# DisciplineDescriptor code values that are suspensions or expulsions.
IN_SCHOOL, OUT_OF_SCHOOL, EXPULSION = "in_school", "out_of_school", "expulsion"
DISCIPLINE_CODES = {
    "in school suspension": IN_SCHOOL,
    "out of school suspension": OUT_OF_SCHOOL,
    "expulsion": EXPULSION,
}


@dataclass(frozen=True, slots=True)
class EdFiSession:
    name: str
    school_year: int
    begin: date
    end: date


@dataclass
class AttendanceTerm:
    """One student's attendance in one term, counted from the day events."""

    session: EdFiSession
    days: dict[date, str] = field(default_factory=dict)  # day -> present/excused/unexcused

    @property
    def enrolled(self) -> int:
        return len(self.days)

    def count(self, kind: str) -> int:
        return sum(1 for v in self.days.values() if v == kind)


@dataclass
class BehaviorTerm:
    """One student's discipline record in one term."""

    session: EdFiSession
    incidents: set[str] = field(default_factory=set)  # incident identifiers
    actions: dict[str, int] = field(
        default_factory=lambda: {IN_SCHOOL: 0, OUT_OF_SCHOOL: 0, EXPULSION: 0}
    )


@dataclass
class EdFiExport:
    sessions: dict[str, EdFiSession] = field(default_factory=dict)
    attendance: dict[str, dict[str, AttendanceTerm]] = field(default_factory=dict)
    behavior: dict[str, dict[str, BehaviorTerm]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    # student -> term -> grade level (a CEDS code, "09"), where an enrolment states one
    grades: dict[str, dict[str, str]] = field(default_factory=dict)
    # (student, "attendance"|"behavior") -> the terms withheld ("*": every term)
    withheld: dict[tuple[str, str], set[str]] = field(default_factory=dict)

    def is_withheld(self, student: str, kind: str, term: str) -> bool:
        found = self.withheld.get((student, kind), set())
        return "*" in found or term in found

    def students(self) -> list[str]:
        return list(dict.fromkeys([*self.attendance, *self.behavior]))


def _code(value: Any) -> str:
    """A descriptor's code value: `uri://ed-fi.org/XDescriptor#Tardy` -> `tardy`."""
    if not isinstance(value, str):
        return ""
    return value.rsplit("#", 1)[-1].strip().casefold()


def _date(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _ref(row: dict[str, Any], name: str, key: str) -> str:
    ref = row.get(name)
    value = ref.get(key) if isinstance(ref, dict) else None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value.strip() if isinstance(value, str) else ""


class _Reader:
    def __init__(self, folder: Path):
        self.folder = folder
        self.export = EdFiExport()

    def problem(self, file: str, record: int, message: str) -> None:
        self.export.problems.append(Problem(f"{file}.json", record, message))

    def withhold(self, student: str, kind: str, term: str) -> None:
        self.export.withheld.setdefault((student, kind), set()).add(term)

    def rows(self, name: str, *, required: bool = False) -> list[tuple[int, dict[str, Any]]]:
        """The file's records as (1-based record number, object); [] when absent or unusable."""
        path = self.folder / f"{name}.json"
        if not path.is_file():
            if required:
                self.problem(name, 0, "is missing (the Ed-Fi export needs it)")
            return []
        if path.stat().st_size > MAX_FILE_BYTES:
            self.problem(name, 0, f"is larger than {MAX_FILE_BYTES // 2**20} MB; it is not read")
            return []
        try:
            data = json.loads(path.read_bytes().decode("utf-8"))
        except UnicodeDecodeError:
            self.problem(name, 0, "is not UTF-8; it is not read")
            return []
        except json.JSONDecodeError as exc:
            self.problem(name, 0, f"is not JSON (line {exc.lineno}: {exc.msg}); it is not read")
            return []
        except RecursionError:
            self.problem(name, 0, "nests deeper than any Ed-Fi record; it is not read")
            return []
        if not isinstance(data, list):
            self.problem(name, 0, "is not a JSON array of records; it is not read")
            return []
        found = []
        for n, row in enumerate(data, start=1):
            if isinstance(row, dict):
                found.append((n, row))
            else:
                self.problem(name, n, "is not a JSON object; the record is skipped")
        return found

    def read(self) -> EdFiExport:
        self._sessions()
        if not self.export.sessions:
            return self.export
        self._attendance()
        self._discipline()
        self._grade_levels()
        return self.export

    def _sessions(self) -> None:
        for n, row in self.rows(SESSIONS, required=True):
            name = row.get("sessionName")
            begin, end = _date(row.get("beginDate")), _date(row.get("endDate"))
            year = _ref(row, "schoolYearTypeReference", "schoolYear") or str(
                row.get("schoolYear", "")
            )
            if not isinstance(name, str) or not name.strip():
                self.problem(SESSIONS, n, "has no sessionName; the term is left out")
            elif begin is None or end is None or end < begin:
                self.problem(
                    SESSIONS, n, f"{name!r} has no usable beginDate/endDate; the term is left out"
                )
            elif name.strip() in self.export.sessions:
                self.problem(SESSIONS, n, f"repeats the term {name!r}; the first one is kept")
            else:
                school_year = int(year) if year.isdigit() else end.year
                self.export.sessions[name.strip()] = EdFiSession(
                    name.strip(), school_year, begin, end
                )

    def _term_of(self, day: date) -> EdFiSession | None:
        return next((s for s in self.export.sessions.values() if s.begin <= day <= s.end), None)

    def _attendance(self) -> None:
        found = self.export.attendance
        for n, row in self.rows(ATTENDANCE):
            student = _ref(row, "studentReference", "studentUniqueId")
            if not student:
                self.problem(ATTENDANCE, n, "names no studentUniqueId; the event is skipped")
                continue
            term_name = _ref(row, "sessionReference", "sessionName")
            session = self.export.sessions.get(term_name)
            day = _date(row.get("eventDate"))
            kind = ATTENDANCE_CODES.get(_code(row.get("attendanceEventCategoryDescriptor")))
            if session is None:
                self.problem(
                    ATTENDANCE,
                    n,
                    f"names the term {term_name!r}, which is not in Sessions.json; "
                    f"student {student}'s attendance is not issued",
                )
                self.withhold(student, "attendance", "*")
                continue
            why = (
                "has no usable eventDate"
                if day is None
                else f"is dated {day}, outside {session.name}"
                if not session.begin <= day <= session.end
                else "has an unknown attendanceEventCategoryDescriptor "
                f"{str(row.get('attendanceEventCategoryDescriptor'))[:80]!r}"
                if kind is None
                else ""
            )
            if why:
                self.problem(
                    ATTENDANCE,
                    n,
                    f"{why}; student {student}'s attendance for {session.name} is not issued",
                )
                self.withhold(student, "attendance", session.name)
                continue
            term = found.setdefault(student, {}).setdefault(session.name, AttendanceTerm(session))
            assert day is not None and kind is not None
            if day in term.days and term.days[day] != kind:
                self.problem(
                    ATTENDANCE,
                    n,
                    f"says {kind} on {day}, where another event says {term.days[day]}; "
                    f"student {student}'s attendance for {session.name} is not issued",
                )
                self.withhold(student, "attendance", session.name)
                continue
            term.days[day] = kind

    def _behavior_term(self, student: str, session: EdFiSession) -> BehaviorTerm:
        return self.export.behavior.setdefault(student, {}).setdefault(
            session.name, BehaviorTerm(session)
        )

    def _discipline(self) -> None:
        incidents: dict[tuple[str, str], date] = {}
        for n, row in self.rows(INCIDENTS):
            ident = row.get("incidentIdentifier")
            school = _ref(row, "schoolReference", "schoolId")
            day = _date(row.get("incidentDate"))
            if not isinstance(ident, str) or not ident.strip() or day is None:
                self.problem(
                    INCIDENTS, n, "has no incidentIdentifier or incidentDate; it is left out"
                )
                continue
            incidents[(ident.strip(), school)] = day
        for n, row in self.rows(BEHAVIORS):
            student = _ref(row, "studentReference", "studentUniqueId")
            key = (
                _ref(row, "disciplineIncidentReference", "incidentIdentifier"),
                _ref(row, "disciplineIncidentReference", "schoolId"),
            )
            if not student:
                self.problem(BEHAVIORS, n, "names no studentUniqueId; the record is skipped")
                continue
            day = incidents.get(key)
            session = self._term_of(day) if day is not None else None
            if session is None:
                why = (
                    f"names the incident {key[0]!r}, which is not in DisciplineIncidents.json"
                    if day is None
                    else f"names an incident dated {day}, in no term of Sessions.json"
                )
                self.problem(
                    BEHAVIORS, n, f"{why}; student {student}'s behaviour record is not issued"
                )
                self.withhold(student, "behavior", "*")
                continue
            self._behavior_term(student, session).incidents.add(key[0])
        self._actions()
        self._no_incidents()

    def _no_incidents(self) -> None:
        """A term a student attended with no discipline record is a term without incidents,
        when the export holds the discipline files whole: its summary says 0."""
        read = all(
            (self.folder / f"{name}.json").is_file()
            and not any(p.file == f"{name}.json" and p.line == 0 for p in self.export.problems)
            for name in (INCIDENTS, BEHAVIORS)
        )
        if not read:
            return
        for student, terms in self.export.attendance.items():
            for name in terms:
                self._behavior_term(student, self.export.sessions[name])

    def _actions(self) -> None:
        for n, row in self.rows(ACTIONS):
            student = _ref(row, "studentReference", "studentUniqueId")
            day = _date(row.get("disciplineDate"))
            session = self._term_of(day) if day is not None else None
            disciplines = row.get("disciplines")
            codes = [
                _code(d.get("disciplineDescriptor"))
                for d in (disciplines if isinstance(disciplines, list) else [])
                if isinstance(d, dict)
            ]
            if not student:
                self.problem(ACTIONS, n, "names no studentUniqueId; the record is skipped")
            elif session is None:
                self.problem(
                    ACTIONS,
                    n,
                    "has no disciplineDate inside a term of Sessions.json; "
                    f"student {student}'s behaviour record is not issued",
                )
                self.withhold(student, "behavior", "*")
            else:
                term = self._behavior_term(student, session)
                for code in codes:
                    if code in DISCIPLINE_CODES:
                        term.actions[DISCIPLINE_CODES[code]] += 1

    def _grade_levels(self) -> None:
        """Each term's grade level from the enrolments (StudentSchoolAssociations) covering it;
        two enrolments that give one term different grades state none for it (said once)."""
        grades, unsure = self.export.grades, set()
        for n, row in self.rows(ASSOCIATIONS):
            student = _ref(row, "studentReference", "studentUniqueId")
            entry, left = _date(row.get("entryDate")), _date(row.get("exitWithdrawDate"))
            said = row.get("entryGradeLevelDescriptor")
            level = grade_value(said) if isinstance(said, str) else None
            if not student or entry is None:
                self.problem(ASSOCIATIONS, n, "names no studentUniqueId or entryDate; skipped")
                continue
            if level is None:
                self.problem(
                    ASSOCIATIONS,
                    n,
                    f"gives the grade level {str(said)[:60]!r}, not a grade from kindergarten to "
                    f"12; no grade level is signed for student {student} from it",
                )
                continue
            code = "KG" if level == 0 else f"{level:02d}"
            for session in self.export.sessions.values():
                if entry > session.end or (left is not None and left < session.begin):
                    continue
                before = grades.setdefault(student, {}).setdefault(session.name, code)
                if before != code and (student, session.name) not in unsure:
                    unsure.add((student, session.name))
                    self.problem(
                        ASSOCIATIONS,
                        n,
                        f"gives student {student} grade {code} in {session.name}, where another "
                        f"enrolment gives {before}; no grade level is signed for that term",
                    )
        for student, term in unsure:
            del grades[student][term]


def read_edfi(folder: Path) -> EdFiExport:
    """Read and check an Ed-Fi JSON export folder; problems are collected, not raised."""
    if not folder.is_dir():
        raise UserError(f"{folder} is not a folder; --edfi takes the folder of Ed-Fi JSON files.")
    return _Reader(folder).read()
