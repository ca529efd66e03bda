"""The learner's academic record at the school to date, with the GPA the export states, and how
the CLR links its parts.

A GPA is issued only when the export gives one (a result in a category titled "GPA"; see the
README): an AchievementCredential whose achievement is the academic record at the school
(`LearningProgram`; it claims no diploma, degree or graduation, which an export does not state)
with a `GradePointAverage` ResultDescription and the GPA as the Result's value. The CLR lists
the record and each competency in `achievement[]` and links course → record and competency
→ course with `Association` `isChildOf`.
"""

from __future__ import annotations

from typing import Any

from backpack_app.school import competencies as comp
from backpack_app.school.oneroster import Gpa


def _number(value: float) -> str:
    return f"{value:g}"


def program_achievement(issuer: Any, gpa: Gpa) -> dict[str, Any]:
    scale = (_number(gpa.value_min or 0.0), _number(gpa.value_max or 4.0))
    return {
        "id": issuer.urn("academic-record"),
        "type": ["Achievement"],
        "achievementType": "LearningProgram",
        "name": f"Academic record at {issuer.name}",
        "description": f"The learner's academic record at {issuer.name} to date, as the "
        "school's records state it. It is not a diploma, a degree or a completion.",
        "criteria": {
            "narrative": "Courses taken at the school to date; the cumulative GPA is the one "
            "the school's records state. No graduation requirement is claimed as met."
        },
        "resultDescription": [
            {
                "id": issuer.urn("gpa", *scale),
                "type": ["ResultDescription"],
                "name": f"Cumulative GPA ({scale[0]}–{scale[1]} scale)",
                "resultType": "GradePointAverage",
                "valueMin": scale[0],
                "valueMax": scale[1],
            }
        ],
    }


def program_subject(issuer: Any, gpa: Gpa, *, identifier: list[dict[str, Any]]) -> dict:
    """The AchievementSubject of the program credential: the learner's cumulative GPA."""
    achievement = program_achievement(issuer, gpa)
    return {
        "type": ["AchievementSubject"],
        "identifier": identifier,
        "achievement": achievement,
        "result": [
            {
                "type": ["Result"],
                "resultDescription": achievement["resultDescription"][0]["id"],
                "value": f"{gpa.value:.2f}",
            }
        ],
        "term": gpa.term.title,
    }


def clr_parts(issuer: Any, results, gpa: Gpa | None) -> tuple[list[dict], list[dict]]:
    """The CLR subject's `achievement[]` and `association[]` for these course results."""
    achievements: list[dict[str, Any]] = []
    associations: list[dict[str, Any]] = []
    program = program_achievement(issuer, gpa) if gpa is not None else None
    if program is not None:
        achievements.append(program)
    listed: set[str] = set()
    linked: set[tuple[str, str]] = set()

    def link(source: str, target: str) -> None:
        if (source, target) not in linked:
            linked.add((source, target))
            associations.append(
                {
                    "type": "Association",
                    "associationType": "isChildOf",
                    "sourceId": source,
                    "targetId": target,
                }
            )

    for result in results:
        course_id = issuer.urn("course", result.course.code)
        if program is not None:
            link(course_id, program["id"])
        for competency in result.competencies:
            found = comp.achievement(issuer, competency)
            if found["id"] not in listed:
                listed.add(found["id"])
                achievements.append(found)
            link(found["id"], course_id)
    return achievements, associations
