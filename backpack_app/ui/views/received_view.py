"""Received: open a share someone sent (file, QR image or printout), see every record's check,
remember the learner's key; kept shares are listed and open again read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backpack_app.ui.terms import verdict_words
from backpack_app.ui.views.widgets import Table, error_label

SELF_REPORTED_MEANING = (
    "Written by the learner or family and signed with the learner's key; no school vouches for it."
)
KEY_WORDS = {
    "new": "No key is remembered for this learner yet: compare the fingerprint with the family.",
    "remembered": "This is the key you remembered for this learner.",
    "different": "WARNING: you remembered another key for this learner. Ask the family first.",
}


class ReceivedView(QWidget):
    """Emits `open_requested()`, `reopen_requested(share_id)` and `remember_requested()`."""

    open_requested = Signal()
    reopen_requested = Signal(str)
    remember_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.open_button = QPushButton(self.tr("Open a share…"))
        self.open_button.clicked.connect(self.open_requested.emit)
        self.kept = Table(["Learner", "From key", "Until", "Purpose"], "Kept shares")
        self.kept.doubleClicked.connect(self._reopen)
        self._ids: list[str] = []
        self.problem = error_label("Problem with the share")
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key = QLabel()
        self.key.setWordWrap(True)
        self.remember = QPushButton(self.tr("Remember this key for the learner"))
        self.remember.setVisible(False)
        self.remember.clicked.connect(self.remember_requested.emit)
        self.records = QTableWidget(0, 3)
        self.records.setHorizontalHeaderLabels(["Record", "Check", "What it means"])
        self.records.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.records.verticalHeader().setVisible(False)
        self.records.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.records.setAccessibleName(self.tr("Records in the share"))
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.kept, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.heading)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.remember)
        layout.addLayout(key_row)
        layout.addWidget(self.records, 2)

    def show_kept(self, rows: list) -> None:
        self._ids = [r.id for r in rows]
        self.kept.fill(
            [[r.learner, r.holder_did[-12:], f"{r.expires:%Y-%m-%d}", r.purpose] for r in rows]
        )

    def _reopen(self, index) -> None:
        self.reopen_requested.emit(self._ids[index.row()])

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.heading.clear()
        self.key.clear()
        self.remember.setVisible(False)
        self.records.setRowCount(0)

    def show_share(self, opened, key_status: str) -> None:
        self.problem.clear()
        verdict = "Every record checks out." if opened.valid else "Some records do NOT check out."
        self.heading.setText(
            f"<h3>{opened.learner_name or 'A learner'}'s records for {opened.recipient_name}</h3>"
            f"{opened.purpose or ''}<br>Open until {opened.expires:%d %B %Y}. <b>{verdict}</b>"
        )
        self.key.setText(
            f"Signed by the learner's key, fingerprint <b>{opened.holder_fingerprint}</b>. "
            + KEY_WORDS[key_status]
        )
        self.remember.setVisible(key_status != "remembered")
        self.records.setRowCount(0)
        for record in opened.records:
            row = self.records.rowCount()
            self.records.insertRow(row)
            stated = record.self_reported and record.report.valid
            check = (
                self.tr("Self-reported by the learner")
                if stated
                else verdict_words(record.report.verdict)
            )
            meaning = SELF_REPORTED_MEANING if stated else record.report.summary
            for col, text in enumerate([record.title, check, meaning]):
                self.records.setItem(row, col, QTableWidgetItem(text))
        self.records.resizeColumnToContents(0)
        self.records.resizeColumnToContents(1)
