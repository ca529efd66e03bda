"""The share log: who got what, when, until when, and its status; revoke marks it here."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backpack_app.domain.sharing import ShareStatus
from backpack_app.ui.i18n import t
from backpack_app.ui.views.widgets import Table

ANYONE_WITH_THE_CODE = QT_TRANSLATE_NOOP("Backpack", "Whoever has the code")
STATUS_WORDS = {
    ShareStatus.ACTIVE: QT_TRANSLATE_NOOP("Backpack", "active"),
    ShareStatus.EXPIRED: QT_TRANSLATE_NOOP("Backpack", "expired"),
    ShareStatus.REVOKED: QT_TRANSLATE_NOOP("Backpack", "revoked"),
    ShareStatus.SENT: QT_TRANSLATE_NOOP("Backpack", "sent to a verifier"),
}


class SharesView(QWidget):
    """Emits `revoke_requested(share_id)`."""

    revoke_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.table = Table(
            [
                self.tr("Shared with"),
                self.tr("Purpose"),
                self.tr("Records"),
                self.tr("Made"),
                self.tr("Until"),
                self.tr("Status"),
            ],
            self.tr("Shares made"),
        )
        self._ids: list[str] = []
        self.revoke = QPushButton(self.tr("Mark revoked"))
        self.revoke.setToolTip(
            self.tr(
                "Marks the share revoked in your log. A recipient who already has the file can "
                "still open it until it expires."
            )
        )
        self.revoke.clicked.connect(self._revoke_selected)
        bar = QHBoxLayout()
        bar.addWidget(self.revoke)
        bar.addWidget(
            QLabel(self.tr("Revoking cannot reach a copy someone already has; it expires."))
        )
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def show_shares(
        self, entries: list, *, now: dt.datetime, titles: dict[str, str] | None = None
    ) -> None:
        """`titles`: record titles by id, to say what each share held (a record deleted since
        is only counted)."""
        self._ids = [e.id for e in entries]
        titles = titles or {}

        def what(ids: list[str]) -> str:
            named = [titles[i] for i in ids if i in titles]
            shown = ", ".join(named[:3]) + ("…" if len(ids) > min(len(named), 3) else "")
            return f"{len(ids)}: {shown}" if shown else str(len(ids))

        self.table.fill(
            [
                [
                    e.recipient if e.mode != "code" else t(ANYONE_WITH_THE_CODE),
                    e.purpose,
                    what(e.records),
                    f"{e.created:%Y-%m-%d}",
                    f"{e.expires:%Y-%m-%d}",
                    t(STATUS_WORDS[e.status(now=now)]),
                ]
                for e in entries
            ]
        )

    def select(self, share_id: str) -> None:
        if share_id in self._ids:
            self.table.selectRow(self._ids.index(share_id))

    def _revoke_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.revoke_requested.emit(self._ids[rows[0].row()])

    def rowCount(self) -> int:
        return self.table.rowCount()
