"""The fixed vocabularies of records (categories, sensitivity, kinds and statuses) and of
verification (verdicts) as plain enums.

They live apart from the pydantic models in `records.py`, `details.py` and `verification.py`
(which re-export them) so that the command line's grammar and the window's first screen can
name them without loading pydantic.
"""

from enum import StrEnum


class Provenance(StrEnum):
    """Who stands behind a record. Only import sets `school_signed`."""

    SCHOOL_SIGNED = "school_signed"
    SCHOOL_UNSIGNED = "school_unsigned"
    THIRD_PARTY_ATTESTED = "third_party_attested"
    SELF_REPORTED = "self_reported"


class Controller(StrEnum):
    """Who decides about a learner's records (FERPA rights move to the student at 18)."""

    PARENT = "parent"
    LEARNER = "learner"


class Sensitivity(StrEnum):
    """`restricted` is never shared by a category or preset; `private` not by presets."""

    NORMAL = "normal"
    PRIVATE = "private"
    RESTRICTED = "restricted"


class Category(StrEnum):
    # Official record (school-issued; signed ones come from import)
    TRANSCRIPT = "transcript"
    ASSESSMENT = "assessment"
    ATTENDANCE = "attendance"
    GRADEBOOK = "gradebook"
    AWARD = "award"
    LICENCE = "licence"
    NARRATIVE = "narrative"
    SUPPORTS = "supports"
    DISCIPLINE = "discipline"
    HEALTH = "health"
    DEMOGRAPHICS = "demographics"
    # Learner Profile (self-reported)
    GOAL = "goal"
    PORTFOLIO = "portfolio"
    SERVICE = "service"
    ACTIVITY = "activity"
    EMPLOYMENT = "employment"
    RESEARCH = "research"
    RECOGNITION = "recognition"
    MILESTONE = "milestone"
    INTEREST = "interest"
    CHARACTER = "character"


class Section(StrEnum):
    OFFICIAL = "official"
    PROFILE = "profile"


class GoalStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class EmploymentKind(StrEnum):
    JOB = "job"
    INTERNSHIP = "internship"
    APPRENTICESHIP = "apprenticeship"


class ResearchKind(StrEnum):
    RESEARCH = "research"
    STUDY_ABROAD = "study_abroad"


class MilestoneStatus(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class ReadinessTrack(StrEnum):
    """Which path a readiness milestone prepares for."""

    COLLEGE = "college"
    CAREER = "career"
    BOTH = "both"


class InterestKind(StrEnum):
    STRENGTH = "strength"
    INTEREST = "interest"
    LEARNING_PREFERENCE = "learning_preference"


class Verdict(StrEnum):
    """The one-word outcome, worst first (the order decides which cause is reported)."""

    MALFORMED = "malformed"
    INVALID_SIGNATURE = "invalid_signature"
    UNSUPPORTED = "unsupported"
    UNVERIFIABLE_OFFLINE = "unverifiable_offline"
    REVOKED = "revoked"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    UNKNOWN_ISSUER = "unknown_issuer"
    VERIFIED = "verified"

    @property
    def valid(self) -> bool:
        return self in (Verdict.VERIFIED, Verdict.UNKNOWN_ISSUER)


# What `backpack school issue` writes (--format) and how it signs it (--proof).
ISSUE_FORMATS = ("clr", "ob3", "both")
DATA_INTEGRITY, VC_JWT = "eddsa-rdfc-2022", "vc-jwt"
PROOFS = (DATA_INTEGRITY, VC_JWT)


def entered_by_family(category: Category | str, provenance: Provenance | str) -> bool:
    """An assessment result with no signature: the family typed or imported it (`state-test`,
    or a paper report added by hand), so it is self-reported, never the school's or the state's
    word."""
    return category == Category.ASSESSMENT and provenance == Provenance.SCHOOL_UNSIGNED
