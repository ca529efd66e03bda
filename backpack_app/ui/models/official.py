"""Rows of the official-records view, read from the façade off the UI thread."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from backpack_app.domain.records import (
    CATEGORIES,
    AttachmentRef,
    Category,
    Provenance,
    Section,
)
from backpack_app.domain.verification import Verdict
from backpack_app.domain.vocabulary import entered_by_family
from backpack_app.errors import BackpackError
from backpack_app.store.listing import ListedRecord
from backpack_app.ui.i18n import t

PILL_TEXT = {
    Verdict.VERIFIED: QT_TRANSLATE_NOOP("Backpack", "✔ Verified"),
    Verdict.UNKNOWN_ISSUER: QT_TRANSLATE_NOOP("Backpack", "⚠ Issuer not in your trust list"),
    Verdict.EXPIRED: QT_TRANSLATE_NOOP("Backpack", "✖ Expired"),
    Verdict.NOT_YET_VALID: QT_TRANSLATE_NOOP("Backpack", "✖ Not valid yet"),
    Verdict.REVOKED: QT_TRANSLATE_NOOP("Backpack", "✖ Revoked"),
    Verdict.INVALID_SIGNATURE: QT_TRANSLATE_NOOP("Backpack", "✖ Invalid signature"),
    Verdict.MALFORMED: QT_TRANSLATE_NOOP("Backpack", "✖ Unreadable"),
    Verdict.UNVERIFIABLE_OFFLINE: QT_TRANSLATE_NOOP("Backpack", "? Not checkable offline"),
    Verdict.UNSUPPORTED: QT_TRANSLATE_NOOP("Backpack", "? Signature method not supported"),
}
IMAGE_LIMIT = 2 * 1024 * 1024  # badge pictures shown in the list; larger ones are not loaded
UNSIGNED_PILL = QT_TRANSLATE_NOOP("Backpack", "From school, unsigned")
# An assessment the family entered (a state score report's results): no one signed it.
FAMILY_PILL = QT_TRANSLATE_NOOP("Backpack", "Self-reported (from a score report)")
# Written and signed by a tutor or a program at the family's request (`backpack reply`).
THIRD_PARTY_PILL = QT_TRANSLATE_NOOP("Backpack", "✍ Third-party attested")


@dataclass(eq=False)
class OfficialRow:
    """One record of the official view: what the list shows of it and its verdict. The whole
    record and its signed credential are read when the row is chosen."""

    entry: ListedRecord
    children: list[OfficialRow] = field(default_factory=list)
    image: bytes | None = None  # a badge's picture, when it came baked into one

    @property
    def id(self) -> str:
        return self.entry.id

    @property
    def title(self) -> str:
        return self.entry.title

    @property
    def category(self) -> Category:
        return self.entry.category

    @property
    def verdict(self) -> Verdict | None:
        return self.entry.verdict

    @property
    def pill(self) -> str:
        """The verification pill's words, in the current language."""
        third_party = self.entry.provenance == Provenance.THIRD_PARTY_ATTESTED
        if third_party and self.verdict is not None and self.verdict.valid:
            return t(THIRD_PARTY_PILL)
        if self.verdict is None and entered_by_family(self.category, self.entry.provenance):
            return t(FAMILY_PILL)
        return t(PILL_TEXT[self.verdict] if self.verdict else UNSIGNED_PILL)


def readable(original: bytes) -> str:
    """The signed credential as text to read: indented JSON, or the token as it is."""
    text = original.decode("utf-8", "replace")
    try:
        return json.dumps(json.loads(text), indent=2, ensure_ascii=False)
    except ValueError:
        return text  # a VC-JWT token


def _picture(wallet: Any, ref: AttachmentRef) -> bytes | None:
    """A badge's picture; a missing or damaged file leaves the row without one (the record
    still lists; saving or sharing the file says what is wrong)."""
    try:
        return wallet.read_attachment(ref)
    except BackpackError:
        return None


def load_official(wallet: Any, learner_id: str, text: str | None = None) -> list[OfficialRow]:
    """Official records of one learner, CLR courses under their CLR, in the backpack's order."""
    official = [c for c, info in CATEGORIES.items() if info.section is Section.OFFICIAL]
    rows: dict[str, OfficialRow] = {}
    for entry in wallet.listed_records(learner=learner_id, categories=official, text=text):
        picture = next(
            (a for a in entry.files if a.media_type.startswith("image/") and a.size < IMAGE_LIMIT),
            None,
        )
        rows[entry.id] = OfficialRow(entry, image=_picture(wallet, picture) if picture else None)
    top: list[OfficialRow] = []
    # A second pass: a course filed from its own file before its CLR came is listed before it.
    for row in rows.values():
        parent = row.entry.parent_record_id
        if parent and parent in rows:
            rows[parent].children.append(row)
        else:
            top.append(row)
    return top
