"""Unlock: the passphrase, an inline error when it is wrong, key stretching off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from backpack_app.ui.views.widgets import busy_bar, centred_column, error_label


class UnlockView(QWidget):
    """Emits `unlock_requested(passphrase)`; the window answers with `failed(text)` or moves on."""

    unlock_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        outer = centred_column(self)
        outer.addStretch(1)
        outer.addWidget(QLabel("<h1>Backpack</h1>"))
        self.where = QLabel()
        self.where.setWordWrap(True)
        outer.addWidget(self.where)
        row = QHBoxLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText("Passphrase")
        self.passphrase.setAccessibleName("Passphrase")
        self.unlock = QPushButton("Unlock")
        self.unlock.setDefault(True)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock)
        outer.addLayout(row)
        self.error = error_label("Unlock problem")
        outer.addWidget(self.error)
        self.busy = busy_bar("Unlocking")
        outer.addWidget(self.busy)
        outer.addStretch(2)
        self.unlock.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)

    def prepare(self, home: Path) -> None:
        try:
            shown = "~/" + str(home.resolve().relative_to(Path.home().resolve()))
        except ValueError:
            shown = str(home)
        self.where.setText(f"Unlock the backpack in {shown}.")
        self.passphrase.clear()
        self.error.clear()
        self.set_busy(False)
        self.passphrase.setFocus()

    def _submit(self) -> None:
        if not self.passphrase.text():
            self.failed("Type your passphrase.")
            return
        self.error.clear()
        self.set_busy(True)
        self.unlock_requested.emit(self.passphrase.text())

    def failed(self, text: str) -> None:
        self.set_busy(False)
        self.error.setText(text)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.unlock.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
