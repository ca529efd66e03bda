"""Unlock: the passphrase, an inline error when it is wrong, key stretching off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from backpack_app.ui.views.widgets import busy_bar, centred_column, error_label


class UnlockView(QWidget):
    """Emits `unlock_requested(passphrase)` or `recover_requested(recovery key, new passphrase)`;
    the window answers with `failed(text)` or moves on."""

    unlock_requested = Signal(str)
    recover_requested = Signal(str, str)

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
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.unlock = QPushButton(self.tr("Unlock"))
        self.unlock.setDefault(True)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock)
        outer.addLayout(row)
        self.error = error_label(self.tr("Unlock problem"))
        outer.addWidget(self.error)
        self.busy = busy_bar(self.tr("Unlocking"))
        outer.addWidget(self.busy)
        self.use_recovery = QPushButton(self.tr("Forgot the passphrase? Use the recovery key"))
        self.use_recovery.setFlat(True)
        self.use_recovery.setStyleSheet("text-align: left; color: palette(link)")
        outer.addWidget(self.use_recovery)
        self.recovery_panel = QWidget()
        form = QFormLayout(self.recovery_panel)
        form.setContentsMargins(0, 0, 0, 0)
        self.recovery_key = QLineEdit()
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.new_passphrase = QLineEdit()
        self.new_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_passphrase.setAccessibleName(self.tr("New passphrase"))
        self.new_again = QLineEdit()  # asked twice: a typo here would lock the family out
        self.new_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_again.setAccessibleName(self.tr("New passphrase again"))
        self.recover = QPushButton(self.tr("Open and set the new passphrase"))
        form.addRow(self.tr("Recovery key"), self.recovery_key)
        form.addRow(self.tr("New passphrase"), self.new_passphrase)
        form.addRow(self.tr("New passphrase again"), self.new_again)
        form.addRow("", self.recover)
        self.recovery_panel.setVisible(False)
        outer.addWidget(self.recovery_panel)
        outer.addStretch(2)
        self.unlock.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)
        self.use_recovery.clicked.connect(self._show_recovery)
        self.recover.clicked.connect(self._submit_recovery)

    def prepare(self, home: Path) -> None:
        try:
            shown = "~/" + str(home.resolve().relative_to(Path.home().resolve()))
        except ValueError:
            shown = str(home)
        self.where.setText(self.tr("Unlock the backpack in {folder}.").format(folder=shown))
        self.passphrase.clear()
        self.recovery_key.clear()
        self.new_passphrase.clear()
        self.new_again.clear()
        self.recovery_panel.setVisible(False)
        self.error.clear()
        self.set_busy(False)
        self.passphrase.setFocus()

    def forget_typed(self) -> None:
        """Empty the secret fields (the backpack is open: nothing typed here is needed)."""
        for field in (self.passphrase, self.recovery_key, self.new_passphrase, self.new_again):
            field.clear()

    def _submit(self) -> None:
        if not self.passphrase.text():
            self.failed(self.tr("Type your passphrase."))
            return
        self.error.clear()
        self.set_busy(True)
        self.unlock_requested.emit(self.passphrase.text())

    def _show_recovery(self) -> None:
        self.recovery_panel.setVisible(True)
        self.recovery_key.setFocus()

    def _submit_recovery(self) -> None:
        if not self.recovery_key.text().strip():
            self.failed(self.tr("Type the recovery key you wrote down."))
            return
        if self.new_passphrase.text() != self.new_again.text():
            self.failed(self.tr("The two new passphrases differ; type them again."))
            self.new_again.clear()
            return
        self.error.clear()
        self.set_busy(True)
        self.recover_requested.emit(self.recovery_key.text(), self.new_passphrase.text())

    def failed(self, text: str) -> None:
        self.set_busy(False)
        self.error.setText(text)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.unlock, self.passphrase, self.recover, self.recovery_key):
            widget.setEnabled(not busy)
