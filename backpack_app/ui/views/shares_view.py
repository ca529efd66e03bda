"""The share log: who got what, when, until when, its status and its published page; revoke
marks it here (and deletes its published page, online); published pages of expired shares are
deleted on request."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backpack_app.domain.sharing import ShareLogEntry, ShareStatus
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
    """Emits `revoke_requested(share_id)` and `cleanup_requested()`."""

    revoke_requested = Signal(str)
    cleanup_requested = Signal()

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
                self.tr("Published page"),
            ],
            self.tr("Shares made"),
        )
        self._ids: list[str] = []
        self._live_pages: set[str] = set()
        self.revoke = QPushButton(self.tr("Mark revoked"))
        self.revoke.setToolTip(
            self.tr(
                "Marks the share revoked in your log. A recipient who already has the file can "
                "still open it until it expires."
            )
        )
        self.revoke.clicked.connect(self._revoke_selected)
        self.cleanup = QPushButton(self.tr("Delete expired published pages"))
        self.cleanup.setToolTip(
            self.tr(
                "Connects to the storage where share pages were published and deletes the pages "
                "of expired and revoked shares."
            )
        )
        self.cleanup.clicked.connect(self.cleanup_requested)
        bar = QHBoxLayout()
        bar.addWidget(self.revoke)
        bar.addWidget(self.cleanup)
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
        self._live_pages = {e.id for e in entries if any(p.live for p in e.publications)}
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
                    self._page_state(e),
                ]
                for e in entries
            ]
        )

    def _page_state(self, entry: ShareLogEntry) -> str:
        if not entry.publications:
            return ""
        if entry.id in self._live_pages:
            return self.tr("online")
        return self.tr("deleted")

    def has_live_page(self, share_id: str) -> bool:
        """Whether a page of this share is still in its bucket (revoking it goes online)."""
        return share_id in self._live_pages

    def select(self, share_id: str) -> None:
        if share_id in self._ids:
            self.table.selectRow(self._ids.index(share_id))

    def _revoke_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.revoke_requested.emit(self._ids[rows[0].row()])

    def rowCount(self) -> int:
        return self.table.rowCount()
