"""What lists of records show, as plain values: built straight from stored columns without
pydantic (`records.py`, which holds the models, re-exports them), so that listing 10,000
records loads no model."""

from __future__ import annotations

from typing import Any, NamedTuple

from backpack_app.domain.vocabulary import Category, Provenance, Sensitivity, entered_by_family


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
    # "contact_since", "in_contacts"} (the façade adds it; the contact's name and day saved).
    author: dict[str, str | bool | None] | None = None

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
        if entered_by_family(self.category, self.provenance):  # (not the school's word)
            data["self_reported"] = True
        return data


# Enum lookups by value without Enum.__call__ (a third of list time at 10,000 rows).
CATEGORY_BY_VALUE = {c.value: c for c in Category}
PROVENANCE_BY_VALUE = {p.value: p for p in Provenance}
SENSITIVITY_BY_VALUE = {s.value: s for s in Sensitivity}
