"""Per-term attendance and behaviour summaries (from Ed-Fi) as signed OB 3.0 credentials.

Each is an AchievementCredential whose achievement has an extension achievement type
(`ext:AttendanceSummary`, `ext:BehaviorSummary`, OB 3.0 §B.1.2 allows `ext:` values) and one
ResultDescription per count, each with an extension result type; the Result's value is the
count as a string. A family's backpack files the first as Attendance (private) and the second
as Discipline (restricted: never shared by a category or a preset). The student's grade level
in the term (Ed-Fi StudentSchoolAssociation), when known, is a last Result of the extension type
`ext:GradeLevel` (issuing.grade_level_result), as on course credentials.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from backpack_app.school.edfi import (
    EXCUSED,
    EXPULSION,
    IN_SCHOOL,
    OUT_OF_SCHOOL,
    PRESENT,
    UNEXCUSED,
    AttendanceTerm,
    BehaviorTerm,
)
from backpack_app.school.issuing import (
    Issuer,
    Student,
    _envelope,
    day,
    grade_level_result,
    identities,
)

ATTENDANCE_TYPE, BEHAVIOR_TYPE = "ext:AttendanceSummary", "ext:BehaviorSummary"
# (result type, the name a backpack shows and reads) for each count, in order
ATTENDANCE_RESULTS = (
    ("ext:DaysEnrolled", "Days enrolled"),
    ("ext:DaysPresent", "Days present"),
    ("ext:ExcusedAbsences", "Excused absences"),
    ("ext:UnexcusedAbsences", "Unexcused absences"),
)
BEHAVIOR_RESULTS = (
    ("ext:DisciplineIncidents", "Discipline incidents"),
    ("ext:InSchoolSuspensions", "In-school suspensions"),
    ("ext:OutOfSchoolSuspensions", "Out-of-school suspensions"),
    ("ext:Expulsions", "Expulsions"),
)


def _achievement(issuer: Issuer, kind: str, name: str, narrative: str, results) -> dict:
    return {
        "id": issuer.urn(kind),
        "type": ["Achievement"],
        "achievementType": kind,
        "name": name,
        "description": f"{name} for one term at {issuer.name}, as the school's records state it.",
        "criteria": {"narrative": narrative},
        "resultDescription": [
            {
                "id": issuer.urn(kind, result_type),
                "type": ["ResultDescription"],
                "name": label,
                "resultType": result_type,
                "valueMin": "0",
            }
            for result_type, label in results
        ],
    }


def _credential(
    issuer: Issuer, student: Student, achievement, values, session, *, now, salt, source, grade
):
    results = [
        {"type": ["Result"], "resultDescription": d["id"], "value": str(v)}
        for d, v in zip(achievement["resultDescription"], values, strict=True)
    ]
    if grade:
        results.append(grade_level_result(issuer, achievement, grade))
    subject: dict[str, Any] = {
        "id": issuer.subject_id(student),
        "type": ["AchievementSubject"],
        "identifier": identities(student, salt=salt),
        "achievement": achievement,
        "result": results,
        "term": session.name,
        "activityStartDate": day(session.begin),
        "activityEndDate": day(session.end),
    }
    name = f"{achievement['name']} ({session.name})"
    awarded = min(session.end, now.date())
    return _envelope(issuer, source, name, subject, now=now, awarded=awarded)


def attendance_credential(
    issuer: Issuer,
    student: Student,
    term: AttendanceTerm,
    *,
    now: datetime,
    salt: str,
    grade: str = "",
) -> dict[str, Any]:
    achievement = _achievement(
        issuer,
        ATTENDANCE_TYPE,
        "Attendance summary",
        "Counted from the school's daily attendance records (Ed-Fi "
        "StudentSchoolAttendanceEvents): each day with a record is a day enrolled; tardy and "
        "early departure count as present.",
        ATTENDANCE_RESULTS,
    )
    values = (term.enrolled, term.count(PRESENT), term.count(EXCUSED), term.count(UNEXCUSED))
    source = f"attendance|{student.sourced_id}|{term.session.name}"
    return _credential(
        issuer,
        student,
        achievement,
        values,
        term.session,
        now=now,
        salt=salt,
        source=source,
        grade=grade,
    )


def behavior_credential(
    issuer: Issuer,
    student: Student,
    term: BehaviorTerm,
    *,
    now: datetime,
    salt: str,
    grade: str = "",
) -> dict[str, Any]:
    achievement = _achievement(
        issuer,
        BEHAVIOR_TYPE,
        "Behaviour summary",
        "Counted from the school's discipline records (Ed-Fi DisciplineIncidents, "
        "StudentDisciplineIncidentBehaviorAssociations and DisciplineActions): incidents the "
        "student was part of, and suspensions and expulsions by their date.",
        BEHAVIOR_RESULTS,
    )
    values = (
        len(term.incidents),
        term.actions[IN_SCHOOL],
        term.actions[OUT_OF_SCHOOL],
        term.actions[EXPULSION],
    )
    source = f"behavior|{student.sourced_id}|{term.session.name}"
    return _credential(
        issuer,
        student,
        achievement,
        values,
        term.session,
        now=now,
        salt=salt,
        source=source,
        grade=grade,
    )
