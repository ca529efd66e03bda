"""A small Ed-Fi ODS/API JSON export beside the OneRoster sample (`backpack school sample`), so a
records office can try `school issue --edfi` before exporting its own.

The same students (`stu-00001`...) and terms as the OneRoster sample; one JSON array per
resource, in the shape the ODS/API's GET returns (only the fields `edfi.py` reads, plus the
references that make each record whole). It is kept small: attendance for the first ten school
days of each term (a real export has every day). Who gets what is fixed by the student's number,
so a small sample shows every case: a few absences for everyone, chronic absence (student 3, and
every seventh after), one discipline incident (student 1, and every sixth after) and a
suspension after two incidents (student 2, and every eleventh after).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from backpack_app.school.sample import TERMS

SCHOOL_ID = 255901001
SCHOOL_YEAR = 2025
DAYS_PER_TERM = 10
FOLDER = "edfi"
_DESCRIPTOR = "uri://ed-fi.org/{kind}Descriptor#{code}"
PRESENT, TARDY = "In Attendance", "Tardy"
EXCUSED, UNEXCUSED = "Excused Absence", "Unexcused Absence"


def _descriptor(kind: str, code: str) -> str:
    return _DESCRIPTOR.format(kind=kind, code=code)


def _school_days(start: str, count: int) -> list[date]:
    """The first `count` weekdays from `start`."""
    day, found = date.fromisoformat(start), []
    while len(found) < count:
        if day.weekday() < 5:
            found.append(day)
        day += timedelta(days=1)
    return found


def _day_code(s: int, term: int, n: int) -> str:
    """How student `s` attended school day `n` of a term (fixed by their number)."""
    if s % 7 == 3 and n in (2, 5, 8):  # chronic absence: 3 of 10 days missed
        return UNEXCUSED if n != 5 else EXCUSED
    if s % 5 == 1 and n == 4 + term:  # a day off sick each term
        return EXCUSED
    if s % 4 == 0 and n == 6:
        return TARDY
    return PRESENT


def _student(s: int) -> dict[str, str]:
    return {"studentUniqueId": f"stu-{s:05d}"}


def _school() -> dict[str, int]:
    return {"schoolId": SCHOOL_ID}


def edfi_sample(students: int) -> dict[str, list[dict[str, Any]]]:
    """The export's resources as {file stem: records}."""
    terms = [(title, start, end) for _sid, title, _kind, start, end, *_ in TERMS]
    found: dict[str, list[dict[str, Any]]] = {
        "Sessions": [
            {
                "schoolReference": _school(),
                "schoolYearTypeReference": {"schoolYear": SCHOOL_YEAR},
                "sessionName": title,
                "beginDate": start,
                "endDate": end,
                "termDescriptor": _descriptor("Term", f"{title.split()[0]} Semester"),
            }
            for title, start, end in terms
        ],
        "StudentSchoolAssociations": [],
        "StudentSchoolAttendanceEvents": [],
        "DisciplineIncidents": [],
        "StudentDisciplineIncidentBehaviorAssociations": [],
        "DisciplineActions": [],
    }
    for s in range(1, students + 1):
        found["StudentSchoolAssociations"].append(
            {
                "studentReference": _student(s),
                "schoolReference": _school(),
                "entryDate": terms[0][1],
                "entryGradeLevelDescriptor": _descriptor("GradeLevel", "Ninth grade"),
                "schoolYearTypeReference": {"schoolYear": SCHOOL_YEAR},
            }
        )
        for term, (title, start, _end) in enumerate(terms):
            for n, day in enumerate(_school_days(start, DAYS_PER_TERM)):
                found["StudentSchoolAttendanceEvents"].append(
                    {
                        "studentReference": _student(s),
                        "schoolReference": _school(),
                        "sessionReference": {
                            "schoolId": SCHOOL_ID,
                            "schoolYear": SCHOOL_YEAR,
                            "sessionName": title,
                        },
                        "eventDate": day.isoformat(),
                        "attendanceEventCategoryDescriptor": _descriptor(
                            "AttendanceEventCategory", _day_code(s, term, n)
                        ),
                    }
                )
        incidents = []
        if s % 6 == 1:
            incidents.append((f"INC-{s:05d}-1", _school_days(terms[0][1], 15)[-1]))
        if s % 11 == 2:
            spring = _school_days(terms[1][1], 20)
            incidents += [(f"INC-{s:05d}-2", spring[9]), (f"INC-{s:05d}-3", spring[17])]
        for ident, day in incidents:
            _incident(found, s, ident, day)
        if s % 11 == 2:
            _suspension(found, s, incidents[-1][0], incidents[-1][1] + timedelta(days=1))
    return found


def _incident(found: dict[str, list[dict[str, Any]]], s: int, ident: str, day: date) -> None:
    behavior = _descriptor("Behavior", "School Code of Conduct")
    found["DisciplineIncidents"].append(
        {
            "incidentIdentifier": ident,
            "schoolReference": _school(),
            "incidentDate": day.isoformat(),
            "behaviors": [{"behaviorDescriptor": behavior}],
        }
    )
    found["StudentDisciplineIncidentBehaviorAssociations"].append(
        {
            "disciplineIncidentReference": {"incidentIdentifier": ident, "schoolId": SCHOOL_ID},
            "studentReference": _student(s),
            "behaviorDescriptor": behavior,
        }
    )


def _suspension(found: dict[str, list[dict[str, Any]]], s: int, ident: str, day: date) -> None:
    found["DisciplineActions"].append(
        {
            "disciplineActionIdentifier": f"ACT-{ident}",
            "disciplineDate": day.isoformat(),
            "studentReference": _student(s),
            "disciplines": [
                {"disciplineDescriptor": _descriptor("Discipline", "Out of School Suspension")}
            ],
            "actualDisciplineActionLength": 1,
        }
    )


def write_edfi_sample(out: Path, students: int) -> list[Path]:
    """Write the export into `out` (a folder), one JSON array per resource; returns the paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, records in edfi_sample(students).items():
        path = out / f"{name}.json"
        path.write_text(json.dumps(records, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        paths.append(path)
    return paths
