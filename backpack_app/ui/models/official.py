"""Rows of the official-records view, read from the façade off the UI thread."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from backpack_app.domain.records import CATEGORIES, Record, Section
from backpack_app.domain.verification import Verdict
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
}
IMAGE_LIMIT = 2 * 1024 * 1024  # badge pictures shown in the list; larger ones are not loaded
UNSIGNED_PILL = QT_TRANSLATE_NOOP("Backpack", "From school, unsigned")


@dataclass
class OfficialRow:
    """One record of the official view, with what its detail panel shows."""

    record: Record
    verdict: Verdict | None
    report: dict[str, Any] | None
    original: bytes  # the credential as signed (empty for an unsigned record)
    verified_at: str
    children: list[OfficialRow] = field(default_factory=list)
    image: bytes | None = None  # a badge's picture, when it came baked into one

    @cached_property
    def raw(self) -> str:
        """The signed credential as text to read (indented JSON, or the token), made when the
        row is first shown rather than for every row at every refresh."""
        return _raw(self.original) if self.original else ""

    @property
    def pill(self) -> str:
        """The verification pill's words, in the current language."""
        return t(PILL_TEXT[self.verdict] if self.verdict else UNSIGNED_PILL)


def _raw(original: bytes) -> str:
    text = original.decode("utf-8", "replace")
    try:
        return json.dumps(json.loads(text), indent=2, ensure_ascii=False)
    except ValueError:
        return text  # a VC-JWT token


def load_official(wallet: Any, learner_id: str, text: str | None = None) -> list[OfficialRow]:
    """Official records of one learner, CLR courses under their CLR, in the backpack's order."""
    official = [c for c, info in CATEGORIES.items() if info.section is Section.OFFICIAL]
    rows: dict[str, OfficialRow] = {}
    top: list[OfficialRow] = []
    for record, credential in wallet.records_with_credentials(
        learner=learner_id, categories=official, text=text
    ):
        picture = next(
            (
                a
                for a in record.attachments
                if a.media_type.startswith("image/") and a.size < IMAGE_LIMIT
            ),
            None,
        )
        row = OfficialRow(
            record=record,
            verdict=Verdict(credential.report["verdict"]) if credential else None,
            report=credential.report if credential else None,
            original=credential.original if credential else b"",
            verified_at=credential.verified_at if credential else "",
            image=wallet.read_attachment(picture) if picture else None,
        )
        rows[record.id] = row
        parent = credential.parent_record_id if credential else None
        if parent and parent in rows:
            rows[parent].children.append(row)
        else:
            top.append(row)
    return top
