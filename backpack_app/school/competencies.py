"""A final grade's learning objective scores as OB 3.0 content of the course credential.

Each objective becomes a `ResultDescription` carrying its `Alignment` (`targetType` `CFItem`
when its source is CASE): of type `RubricCriterionLevel` with the scale's levels when it was
scored on a scale, else `PerformanceLevel` (a text score) or `RawScore`. The learner's `Result`
names the level reached (`achievedLevel`) or gives the value. The CLR also lists each objective
as an `Achievement` of type `Competency` with the same alignment, linked `isChildOf` its
course. Nothing is repeated beyond that: every node makes signing and verifying slower.
"""

from __future__ import annotations

from typing import Any

from backpack_app.school.standards import Competency


def target_url(competency: Competency) -> str:
    """The item's URI: the export's metadata.uri, else the id itself when it is a URN/URL."""
    if competency.uri:
        return competency.uri
    objective = competency.objective_id
    if objective.startswith(("urn:", "https://", "http://")):
        return objective
    if competency.source == "case":
        return f"urn:uuid:{objective}"  # CASE identifiers are UUIDs
    return f"urn:oneroster:learning-objective:{objective}"


def alignment(competency: Competency) -> dict[str, Any]:
    found: dict[str, Any] = {
        "type": ["Alignment"],
        "targetName": _title(competency),
        "targetUrl": target_url(competency),
        "targetCode": competency.code or competency.objective_id,
    }
    if competency.framework:
        found["targetFramework"] = competency.framework
    if competency.source == "case":
        found["targetType"] = "CFItem"
    return found


def _title(competency: Competency) -> str:
    """The objective's statement, else its code, else its id."""
    return competency.statement or competency.code or competency.objective_id


def _name(competency: Competency) -> str:
    """The code and statement together when the export gives both, else the title."""
    if competency.code and competency.statement:
        return f"{competency.code}: {competency.statement}"
    return _title(competency)


def description(issuer: Any, competency: Competency) -> dict[str, Any]:
    """The ResultDescription of one objective (its rubric levels when it has a scale)."""
    scale = competency.scale
    found: dict[str, Any] = {
        "id": issuer.urn("standard", competency.objective_id, scale.sourced_id if scale else ""),
        "type": ["ResultDescription"],
        "name": _name(competency),
        "alignment": [alignment(competency)],
    }
    if scale is None:
        found["resultType"] = "PerformanceLevel" if competency.text else "RawScore"
        return found
    found["resultType"] = "RubricCriterionLevel"
    found["rubricCriterionLevel"] = [
        {
            "id": issuer.urn("level", scale.sourced_id, score),
            "type": ["RubricCriterionLevel"],
            "name": label,
            "points": score,
        }
        for score, label in scale.levels
    ]
    return found


def result(issuer: Any, competency: Competency, description_id: str) -> dict[str, Any]:
    """The learner's Result on one objective (described by `description_id`): the level
    reached, or the value given."""
    found: dict[str, Any] = {"type": ["Result"], "resultDescription": description_id}
    if competency.scale is not None:
        found["achievedLevel"] = issuer.urn("level", competency.scale.sourced_id, competency.score)
    else:
        found["value"] = competency.text or competency.score
    return found


def achievement(issuer: Any, competency: Competency) -> dict[str, Any]:
    """The objective as a CLR Achievement of type Competency."""
    found: dict[str, Any] = {
        "id": issuer.urn("competency", competency.source, competency.objective_id),
        "type": ["Achievement"],
        "achievementType": "Competency",
        "name": _title(competency),
        "description": _name(competency),
        "criteria": {
            "narrative": "Assessed within a course; the level reached is a result of the "
            "course's credential."
        },
        "alignment": [alignment(competency)],
    }
    if competency.code:
        found["humanCode"] = competency.code
    return found


def add_to_course(issuer: Any, achievement_doc: dict[str, Any], competencies) -> list[dict]:
    """Put the objectives' descriptions (each with its alignment) on a course achievement; their
    Results. The alignments are not repeated on the achievement: each one says which result it
    is about only on its description, and every repeated node costs signing time."""
    known = {d["id"] for d in achievement_doc["resultDescription"]}
    results = []
    for c in competencies:
        described = description(issuer, c)  # built once: its id is also the Result's link
        if described["id"] not in known:
            known.add(described["id"])
            achievement_doc["resultDescription"].append(described)
        results.append(result(issuer, c, described["id"]))
    return results
