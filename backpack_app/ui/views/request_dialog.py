"""A verifier's request for records: who asks, what for, and the learner's records that fit,
each with a box to tick. Restricted records start unticked and are sent only when ticked (as in
sharing); nothing is sent before "Send"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)


class RequestDialog(QDialog):
    """Emits `send_requested(record_ids, include_restricted)` when the user sends."""

    send_requested = Signal(list, bool)

    def __init__(self, asked: Any, parent=None) -> None:
        super().__init__(parent)
        self.asked = asked
        self.setWindowTitle(self.tr("A request for records"))
        layout = QVBoxLayout(self)
        who = QLabel(
            self.tr("<b>{verifier}</b> asks for {learner}'s records:").format(
                verifier=asked.request.domain, learner=asked.learner.name
            )
        )
        who.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(who)
        for item in asked.request.asked:
            kinds = " + ".join(item.types) or self.tr("any record")
            reason = QLabel(f"• {kinds}" + (f": {item.reason}" if item.reason else ""))
            reason.setTextFormat(Qt.TextFormat.PlainText)  # the verifier's words, never markup
            reason.setWordWrap(True)
            layout.addWidget(reason)
        self.records = QListWidget()
        self.records.setAccessibleName(self.tr("Records that fit the request"))
        for match in asked.matches:
            restricted = match.id in asked.restricted
            text = match.title + (
                self.tr(" (restricted: sent only if you tick it)") if restricted else ""
            )
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, match.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked if restricted else Qt.CheckState.Checked)
            self.records.addItem(row)
        layout.addWidget(self.records)
        if not asked.matches:
            layout.addWidget(
                QLabel(self.tr("No record in this backpack fits; nothing can be sent."))
            )
        note = QLabel(
            self.tr(
                "Sending signs the ticked records with {learner}'s key for this request only, "
                "and notes it in Shares."
            ).format(learner=asked.learner.name)
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send = buttons.addButton(self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send.setEnabled(bool(asked.matches))
        buttons.accepted.connect(self._send)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def chosen(self) -> list[str]:
        """The ids of the ticked records."""
        rows = (self.records.item(i) for i in range(self.records.count()))
        return [
            r.data(Qt.ItemDataRole.UserRole)
            for r in rows
            if r.checkState() == Qt.CheckState.Checked
        ]

    def _send(self) -> None:
        ids = self.chosen()
        if ids:
            # Only ticked restricted records can be among them: ticking is the user's choice.
            self.send_requested.emit(ids, any(i in self.asked.restricted for i in ids))
            self.accept()
