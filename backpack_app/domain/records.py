"""Records of a learner: categories, provenance, sensitivity, and per-category details."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, model_validator

from backpack_app.domain.details import (
    ActivityDetails,
    CharacterDetails,
    Details,
    EmploymentDetails,
    GoalDetails,
    InterestDetails,
    MilestoneDetails,
    PortfolioDetails,
    RecognitionDetails,
    ResearchDetails,
    SchoolRecordDetails,
    ServiceDetails,
)
from backpack_app.domain.vocabulary import Category, Provenance, Section, Sensitivity


@dataclass(frozen=True)
class CategoryInfo:
    label: str
    section: Section
    sensitivity: Sensitivity
    details: type[Details]


_N, _P, _R = Sensitivity.NORMAL, Sensitivity.PRIVATE, Sensitivity.RESTRICTED
_O, _L = Section.OFFICIAL, Section.PROFILE
CATEGORIES: dict[Category, CategoryInfo] = {
    Category.TRANSCRIPT: CategoryInfo("Courses and transcript", _O, _N, SchoolRecordDetails),
    Category.ASSESSMENT: CategoryInfo("Assessments", _O, _N, SchoolRecordDetails),
    Category.ATTENDANCE: CategoryInfo("Attendance", _O, _P, SchoolRecordDetails),
    Category.GRADEBOOK: CategoryInfo("Standards-based gradebook", _O, _N, SchoolRecordDetails),
    Category.AWARD: CategoryInfo("Awards and badges", _O, _N, SchoolRecordDetails),
    Category.LICENCE: CategoryInfo("Credentials and licences", _O, _N, SchoolRecordDetails),
    Category.NARRATIVE: CategoryInfo("Teacher narratives", _O, _P, SchoolRecordDetails),
    Category.SUPPORTS: CategoryInfo(
        "Supplementary supports (IEP/504)", _O, _R, SchoolRecordDetails
    ),
    Category.DISCIPLINE: CategoryInfo("Discipline", _O, _R, SchoolRecordDetails),
    Category.HEALTH: CategoryInfo("Health", _O, _R, SchoolRecordDetails),
    Category.DEMOGRAPHICS: CategoryInfo("Demographics", _O, _P, SchoolRecordDetails),
    Category.GOAL: CategoryInfo("Goals", _L, _N, GoalDetails),
    Category.PORTFOLIO: CategoryInfo("Portfolio", _L, _N, PortfolioDetails),
    Category.SERVICE: CategoryInfo("Community service", _L, _N, ServiceDetails),
    Category.ACTIVITY: CategoryInfo("Activities and clubs", _L, _N, ActivityDetails),
    Category.EMPLOYMENT: CategoryInfo("Employment and internships", _L, _N, EmploymentDetails),
    Category.RESEARCH: CategoryInfo("Research and study abroad", _L, _N, ResearchDetails),
    Category.RECOGNITION: CategoryInfo("Recognitions", _L, _N, RecognitionDetails),
    Category.MILESTONE: CategoryInfo("College and career readiness", _L, _N, MilestoneDetails),
    Category.INTEREST: CategoryInfo(
        "Strengths, interests, learning preferences", _L, _N, InterestDetails
    ),
    Category.CHARACTER: CategoryInfo("Self-management and character", _L, _P, CharacterDetails),
}


class AttachmentRef(BaseModel):
    """A file attached to a record; its bytes live encrypted in the attachment store."""

    # defer_build: each model's validator is made when first used, not on import (a
    # command that never uses a model does not pay for it)
    model_config = ConfigDict(defer_build=True, extra="forbid", frozen=True)

    id: str
    name: str
    media_type: str
    size: int
    sha256: str


class Record(BaseModel):
    """One entry of a learner's record, official or self-reported."""

    model_config = ConfigDict(defer_build=True, extra="forbid", validate_assignment=True)

    id: str
    learner_id: str
    category: Category
    title: str = Field(min_length=1, max_length=500)
    description: str = Field(default="", max_length=50_000)
    date: dt.date | None = None
    provenance: Provenance
    sensitivity: Sensitivity
    created: dt.datetime
    updated: dt.datetime
    details: Details
    attachments: list[AttachmentRef] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _details_of_category(cls, data: Any) -> Any:
        # The details model is chosen by the category, never guessed from the details' shape.
        if isinstance(data, dict) and "category" in data:
            info = CATEGORIES[Category(data["category"])]
            raw = data.get("details") or {}
            if not isinstance(raw, info.details):
                raw = info.details.model_validate(
                    raw.model_dump() if isinstance(raw, BaseModel) else raw
                )
            data = {**data, "details": raw}
        return data

    @model_validator(mode="after")
    def _provenance_fits_section(self) -> Record:
        section = CATEGORIES[self.category].section
        if section is Section.OFFICIAL and self.provenance is Provenance.SELF_REPORTED:
            raise ValueError("an official category cannot hold a self-reported entry")
        if section is Section.PROFILE and self.provenance is Provenance.SCHOOL_SIGNED:
            raise ValueError("the Learner Profile holds no school-signed entries")
        return self

    @property
    def self_reported(self) -> bool:
        return self.provenance is Provenance.SELF_REPORTED


class RecordSummary(NamedTuple):
    """What lists show; built straight from stored columns, so listing 10,000 stays fast."""

    id: str
    learner_id: str
    learner: str
    category: Category
    title: str
    provenance: Provenance
    sensitivity: Sensitivity
    date: str | None
    created: str
    attachment_count: int
    status: str | None = None  # a goal's or a milestone's status, as stored
    hours: float | None = None  # a service entry's hours
    due: str | None = None  # a goal's target date, a milestone's due date
    # A third-party attested entry's writer: {"name", "did", "fingerprint", "contact",
    # "contact_since"} (the façade adds it; the contact's name and day saved, or None).
    author: dict[str, str | None] | None = None

    def to_json(self) -> dict[str, Any]:
        # (`_value_`: the same text as `.value`, without the enum property lookup, which was a
        # fifth of writing 10,000 rows)
        data = {
            "id": self.id,
            "learner": self.learner,
            "learner_id": self.learner_id,
            "category": self.category._value_,
            "title": self.title,
            "provenance": self.provenance._value_,
            "sensitivity": self.sensitivity._value_,
            "date": self.date,
            "created": self.created,
            "attachments": self.attachment_count,
        }
        if self.author is not None:
            data["author"] = self.author
        return data


# Enum lookups by value without Enum.__call__ (a third of list time at 10,000 rows).
CATEGORY_BY_VALUE = {c.value: c for c in Category}
PROVENANCE_BY_VALUE = {p.value: p for p in Provenance}
SENSITIVITY_BY_VALUE = {s.value: s for s in Sensitivity}
