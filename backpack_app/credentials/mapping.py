"""From a verified credential to the learner's record: category, title, dates and details.

The projection is for lists and screens only; the signed original is kept unchanged beside it.
Values come from untrusted input, so every field is type-checked and cut to the model's limits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from backpack_app.credentials.did import issuer_name
from backpack_app.credentials.recipient import subject_of
from backpack_app.credentials.same_nodes import signed_view
from backpack_app.credentials.shapes import as_list, types_of
from backpack_app.domain.vocabulary import Category

TEXT_LIMIT = 5_000
TITLE_LIMIT = 500
LIST_LIMIT = 200

# OB 3.0 AchievementType (an extensible vocabulary) -> where the record belongs.
ACHIEVEMENT_CATEGORIES: dict[str, Category] = {
    "course": Category.TRANSCRIPT,
    "secondaryschooldiploma": Category.TRANSCRIPT,
    "generaleducationdevelopment": Category.TRANSCRIPT,
    "learningprogram": Category.TRANSCRIPT,
    "associatedegree": Category.TRANSCRIPT,
    "bachelordegree": Category.TRANSCRIPT,
    "diploma": Category.TRANSCRIPT,
    "degree": Category.TRANSCRIPT,
    "competency": Category.GRADEBOOK,
    "assessment": Category.ASSESSMENT,
    "assignment": Category.ASSESSMENT,
    "license": Category.LICENCE,
    "certification": Category.LICENCE,
    "certificate": Category.LICENCE,
    "certificateofcompletion": Category.LICENCE,
    # the school tool's per-term summaries from Ed-Fi (school/edfi_issuing.py)
    "ext:attendancesummary": Category.ATTENDANCE,
    "ext:behaviorsummary": Category.DISCIPLINE,
}
# Achievement types of a whole program (a diploma, a degree): its grade is the GPA its school
# signed (Backpack never computes one).
PROGRAM_KINDS = frozenset(
    kind
    for kind, category in ACHIEVEMENT_CATEGORIES.items()
    if category is Category.TRANSCRIPT and kind != "course"
)


def is_program(kind: str) -> bool:
    """Whether an achievement type names a whole program (its grade is a GPA)."""
    return kind.replace(" ", "").casefold() in PROGRAM_KINDS


def transcript_figures(rows: list[tuple]) -> tuple[list[dict[str, str]], float | None]:
    """From signed transcript rows (grade, kind, school, term, credits, verdict, date): each
    school's latest signed GPA, as signed, and the credits its signed courses state (None when
    none states any). Backpack never computes a GPA."""
    latest: dict[str, tuple[str, dict[str, str]]] = {}
    credits: list[float] = []
    for grade, kind, school, term, earned, verdict, day in rows:
        if grade and is_program(kind or ""):
            gpa = {"school": school or "", "term": term or "", "gpa": grade, "verdict": verdict}
            if (school or "") not in latest or (day or "") >= latest[school or ""][0]:
                latest[school or ""] = (day or "", gpa)
        elif earned is not None:
            credits.append(float(earned))
    return [gpa for _day, gpa in latest.values()], (sum(credits) if credits else None)


@dataclass
class MappedRecord:
    """The fields of a new official record, as read from a credential."""

    category: Category
    title: str
    description: str = ""
    date: dt.date | None = None
    details: dict[str, Any] = field(default_factory=dict)


def _text(value: Any, limit: int = TEXT_LIMIT) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, (int, float)):
        return f"{value:g}"
    if isinstance(value, dict):  # language maps and the like: take the first plain value
        value = next((v for v in value.values() if isinstance(v, str)), "")
    return value.strip()[:limit] if isinstance(value, str) else ""


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if 0 <= value <= 1_000 else None


def _moment(value: Any) -> dt.datetime | None:
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in as_list(value) if isinstance(v, dict)][:LIST_LIMIT]


def category_for(credential: dict[str, Any]) -> Category:
    if "ClrCredential" in types_of(credential):
        return Category.TRANSCRIPT
    if "EndorsementCredential" in types_of(credential):
        return Category.NARRATIVE
    achievement = subject_of(credential).get("achievement")
    kind = achievement.get("achievementType") if isinstance(achievement, dict) else None
    key = _text(kind).replace(" ", "").casefold()
    return ACHIEVEMENT_CATEGORIES.get(key, Category.AWARD)


def _results(subject: dict[str, Any], achievement: dict[str, Any]) -> list[dict[str, str]]:
    descriptions = {d.get("id"): d for d in _dicts(achievement.get("resultDescription"))}
    levels = {
        lv.get("id"): lv
        for d in descriptions.values()
        for lv in _dicts(d.get("rubricCriterionLevel"))
    }
    results = []
    for result in _dicts(subject.get("result")):
        described = descriptions.get(result.get("resultDescription"), {})
        level = levels.get(result.get("achievedLevel"), {})
        results.append(
            {
                "name": _text(described.get("name")),
                "value": _text(result.get("value")),
                "status": _text(result.get("status")),
                "level": _text(level.get("name")),
                "result_type": _text(described.get("resultType"), 200),
            }
        )
    return results


def _alignments(achievement: dict[str, Any]) -> list[dict[str, str]]:
    """The achievement's alignments, then any its result descriptions add (a standard scored
    on a rubric may be aligned only there), each target once."""
    found = _dicts(achievement.get("alignment")) + [
        a for d in _dicts(achievement.get("resultDescription")) for a in _dicts(d.get("alignment"))
    ]
    mapped: dict[tuple[str, str], dict[str, str]] = {}
    for a in found[:LIST_LIMIT]:
        entry = {
            "name": _text(a.get("targetName")),
            "code": _text(a.get("targetCode")),
            "framework": _text(a.get("targetFramework")),
            "url": _text(a.get("targetUrl")),
        }
        mapped.setdefault((entry["url"], entry["code"]), entry)
    return list(mapped.values())


def _evidence(credential: dict[str, Any]) -> list[dict[str, str]]:
    return [
        {
            "name": _text(e.get("name")),
            "narrative": _text(e.get("narrative")),
            "url": _text(e.get("id")) if not _text(e.get("id")).startswith("data:") else "",
        }
        for e in _dicts(credential.get("evidence"))
    ]


def map_credential(credential: dict[str, Any], *, issuer: str) -> MappedRecord:
    """The record a verified credential becomes (an OB 3.0 achievement or a CLR), read from
    its signed view (copies of one node merged, repeated values once: what the graph says)."""
    credential = signed_view(credential)
    subject = subject_of(credential)
    achievement = subject.get("achievement") if isinstance(subject, dict) else None
    achievement = achievement if isinstance(achievement, dict) else {}
    school = _text(issuer_name(credential)) or issuer
    is_clr = "ClrCredential" in types_of(credential)
    title = (
        _text(achievement.get("name"), TITLE_LIMIT)
        or _text(credential.get("name"), TITLE_LIMIT)
        or (f"Learner record from {school}" if is_clr else f"Record from {school}")
    )[:TITLE_LIMIT]
    if is_clr:
        title = _text(credential.get("name"), TITLE_LIMIT) or title
    valid_from = _moment(credential.get("validFrom") or credential.get("issuanceDate"))
    awarded = _moment(credential.get("awardedDate")) or valid_from
    results = _results(subject, achievement)
    # (a grade level, `ext:GradeLevel`, is about the student, never the record's grade)
    first_value = next(
        (r["value"] for r in results if r["value"] and r["result_type"] != "ext:GradeLevel"), ""
    )
    details: dict[str, Any] = {
        "school": school[:TEXT_LIMIT],
        "term": _text(subject.get("term")),
        "code": _text(achievement.get("humanCode")),
        "grade": first_value,
        "credits": _number(subject.get("creditsEarned")),
        "achievement_type": "ClrCredential"
        if is_clr
        else _text(achievement.get("achievementType")),
        "field_of_study": _text(achievement.get("fieldOfStudy")),
        "tags": [_text(t, 200) for t in as_list(achievement.get("tag")) if _text(t)][:50],
        "issuer_id": issuer[:2_000],
        "valid_from": valid_from,
        "valid_until": _moment(credential.get("validUntil") or credential.get("expirationDate")),
        "results": results,
        "alignments": _alignments(achievement),
        "evidence": _evidence(credential),
    }
    description = _text(achievement.get("description")) or _text(credential.get("description"))
    return MappedRecord(
        category=category_for(credential),
        title=title,
        description=description,
        date=awarded.date() if awarded else None,
        details=details,
    )


def map_ob2(assertion: dict[str, Any], *, issuer: str) -> MappedRecord:
    """The record an Open Badges 2.0 assertion becomes (an award)."""
    badge = assertion.get("badge")
    badge = badge if isinstance(badge, dict) else {}
    badge_issuer = badge.get("issuer")
    school = (_text(badge_issuer.get("name")) if isinstance(badge_issuer, dict) else "") or issuer
    issued = _moment(assertion.get("issuedOn"))
    details: dict[str, Any] = {
        "school": school[:TEXT_LIMIT],
        "achievement_type": "Open Badge 2.0",
        "issuer_id": issuer[:2_000],
        "valid_from": issued,
        "valid_until": _moment(assertion.get("expires")),
        "alignments": _alignments(badge),
        "evidence": _evidence(assertion),
    }
    return MappedRecord(
        category=Category.AWARD,
        title=_text(badge.get("name"), TITLE_LIMIT) or f"Badge from {school}"[:TITLE_LIMIT],
        description=_text(badge.get("description")),
        date=issued.date() if issued else None,
        details=details,
    )
