"""Learners: the children (or adult students) whose records a backpack holds."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from backpack_app.domain.vocabulary import Controller

__all__ = ["AGE_OF_MAJORITY", "Controller", "Learner"]

AGE_OF_MAJORITY = 18


class Learner(BaseModel):
    """One learner; the holder key's private half is never part of this model."""

    # defer_build: each model's validator is made when first used, not on import (a
    # command that never uses a model does not pay for it)
    model_config = ConfigDict(defer_build=True, extra="forbid")

    id: str
    name: str = Field(min_length=1, max_length=200)
    born: date | None = None
    controller: Controller = Controller.PARENT
    emails: list[str] = Field(default_factory=list)
    sis_ids: list[str] = Field(default_factory=list)
    did: str
    created: datetime
    # The grade level (1-12) as the family knows it (self-reported): the 9th-grade rule uses it
    # when the school's signed records state none (domain/on_track.py).
    grade_level: int | None = Field(default=None, ge=1, le=12)

    def age_on(self, day: date) -> int | None:
        """Whole years of age on `day`, or None without a birth date."""
        if self.born is None:
            return None
        before_birthday = (day.month, day.day) < (self.born.month, self.born.day)
        return day.year - self.born.year - int(before_birthday)

    def handover_due(self, *, today: date) -> bool:
        """True when the learner is an adult but a parent still controls the record."""
        age = self.age_on(today)
        return self.controller is Controller.PARENT and age is not None and age >= AGE_OF_MAJORITY
