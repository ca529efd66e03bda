"""Per-category details of a record (the fields beyond title, description and date)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from backpack_app.domain.vocabulary import (
    EmploymentKind,
    GoalStatus,
    InterestKind,
    MilestoneStatus,
    ReadinessTrack,
    ResearchKind,
)

Text = Field(default="", max_length=5_000)


class _Details(BaseModel):
    # defer_build: each model's validator is made when first used, not on import (a
    # command that never uses a model does not pay for it)
    model_config = ConfigDict(defer_build=True, extra="forbid", validate_assignment=True)


class ResultEntry(BaseModel):
    """One result of an achievement: a grade, a score or a rubric level reached."""

    model_config = ConfigDict(defer_build=True, extra="forbid")
    name: str = Text
    value: str = Text
    status: str = Text
    level: str = Text
    result_type: str = Field(default="", max_length=200)  # the ResultDescription's resultType


class AlignmentEntry(BaseModel):
    """A standard or framework item an achievement is aligned to (e.g. a CASE item)."""

    model_config = ConfigDict(defer_build=True, extra="forbid")
    name: str = Text
    code: str = Text
    framework: str = Text
    url: str = Text


class EvidenceEntry(BaseModel):
    model_config = ConfigDict(defer_build=True, extra="forbid")
    name: str = Text
    narrative: str = Text
    url: str = Text


class SchoolRecordDetails(_Details):
    """Official entries (transcript lines, assessments, documents a school handed over).

    For imported credentials these are a projection of the signed original, which is kept
    byte for byte beside the record; the original, not this projection, is what gets shared.
    """

    school: str = Text
    term: str = Text
    code: str = Text
    grade: str = Text
    credits: float | None = Field(default=None, ge=0, le=1_000)
    score: str = Text
    achievement_type: str = Text
    field_of_study: str = Text  # the achievement's fieldOfStudy (a course's subject)
    tags: list[str] = Field(default_factory=list, max_length=50)  # its `tag`s (e.g. SCED:02052)
    issuer_id: str = Field(default="", max_length=2_000)
    valid_from: dt.datetime | None = None
    valid_until: dt.datetime | None = None
    results: list[ResultEntry] = Field(default_factory=list, max_length=200)
    alignments: list[AlignmentEntry] = Field(default_factory=list, max_length=200)
    evidence: list[EvidenceEntry] = Field(default_factory=list, max_length=200)


class ProgressNote(BaseModel):
    model_config = ConfigDict(defer_build=True, extra="forbid")
    date: dt.date
    text: str = Field(min_length=1, max_length=5_000)


class GoalDetails(_Details):
    target_date: dt.date | None = None
    status: GoalStatus = GoalStatus.NOT_STARTED
    progress_notes: list[ProgressNote] = Field(default_factory=list)


class PortfolioDetails(_Details):
    reflection: str = Field(default="", max_length=50_000)


class _Dated(_Details):
    start_date: dt.date | None = None
    end_date: dt.date | None = None


class ServiceDetails(_Dated):
    """Community service; the record's title is the organisation."""

    hours: float = Field(default=0, ge=0, le=100_000)
    supervisor: str = Text


class ActivityDetails(_Dated):
    role: str = Text


class EmploymentDetails(_Dated):
    role: str = Text
    kind: EmploymentKind = EmploymentKind.JOB
    supervisor: str = Text


class ResearchDetails(_Dated):
    kind: ResearchKind = ResearchKind.RESEARCH
    location: str = Text


class RecognitionDetails(_Details):
    awarded_by: str = Text


class MilestoneDetails(_Details):
    """One line of the college and career readiness checklist."""

    status: MilestoneStatus = MilestoneStatus.TODO
    due_date: dt.date | None = None
    track: ReadinessTrack = ReadinessTrack.COLLEGE


class InterestDetails(_Details):
    kind: InterestKind = InterestKind.INTEREST


class CharacterDetails(_Details):
    observed_by: str = Text


Details = (
    SchoolRecordDetails
    | GoalDetails
    | PortfolioDetails
    | ServiceDetails
    | ActivityDetails
    | EmploymentDetails
    | ResearchDetails
    | RecognitionDetails
    | MilestoneDetails
    | InterestDetails
    | CharacterDetails
)
