"""The window's sync dialogs (docs/sync.md): joining a backpack another computer syncs, the list
of computers that sync this one, and the progress the façade reports while either works."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backpack_app.ui import dialogs
from backpack_app.ui.i18n import current_language, t
from backpack_app.ui.views.widgets import Table, error_label

PHASE_WORDS = {  # the façade's progress phases (wallet/syncing.py)
    "reading": QT_TRANSLATE_NOOP("Backpack", "Reading the other computers' changes"),
    "applying": QT_TRANSLATE_NOOP("Backpack", "Merging"),
    "copying files": QT_TRANSLATE_NOOP("Backpack", "Copying attached files to the folder"),
    "writing": QT_TRANSLATE_NOOP("Backpack", "Writing this computer's changes"),
}
MAX_KEY_FILE_BYTES = 4096


class SyncProgress(QObject):
    """Made on the GUI thread and handed to the façade as its progress callback: the worker
    calls it, `step(phase, done, total)` arrives on the GUI thread."""

    step = Signal(str, int, int)

    def __call__(self, phase: str, done: int, total: int) -> None:
        with contextlib.suppress(RuntimeError):  # what showed it is gone
            self.step.emit(phase, done, total)


def show_progress(bar: QProgressBar, phase: str, done: int, total: int) -> None:
    """`bar` says which step is under way and how far it is."""
    words = t(PHASE_WORDS[phase]) if phase in PHASE_WORDS else phase
    number = QLocale(current_language())  # 1,000 in English, 1.000 in Spanish
    bar.setRange(0, max(total, 0))
    bar.setValue(min(done, total))
    bar.setFormat(
        QCoreApplication.translate("Backpack", "{phase}: {done} of {total}").format(
            phase=words, done=number.toString(done), total=number.toString(total)
        )
        if total
        else words
    )
    bar.setVisible(True)


def friendly_time(iso: str | None) -> str | None:
    """`2026-12-03T14:05:09+00:00` as this computer's local time, to the minute."""
    if not iso:
        return None
    from datetime import datetime

    return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")


def progress_bar(name: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setTextVisible(True)
    bar.setAccessibleName(name)
    bar.setVisible(False)
    return bar


def read_key_file(path: Path) -> str | None:
    """The recovery key kept in a small text file (its first line); None when the file cannot
    be read as one."""
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read(MAX_KEY_FILE_BYTES + 1)
    except (OSError, UnicodeDecodeError):
        return None
    lines = text.splitlines()
    if len(text) > MAX_KEY_FILE_BYTES or not lines:
        return None
    return lines[0].strip()


class JoinDialog(QDialog):
    """Make, on this computer, the backpack another computer keeps in a shared folder. Emits
    `join_requested(folder, passphrase, recovery key)` (one of the two secrets empty); the
    window answers with `show_progress`, `failed(text)` or closes it."""

    join_requested = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join a backpack from another computer"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "On the computer that has the backpack, choose Settings, Other computers, "
                "“Set up…” and a folder both computers share (Syncthing, Dropbox, OneDrive, a "
                "network share, a USB stick). Then choose that folder here and type the "
                "backpack's passphrase: a copy of the backpack is made on this computer, and "
                "the two keep each other's changes from then on."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        folder_row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Shared folder"))
        self.folder.setPlaceholderText(self.tr("the folder the computers share"))
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.setAccessibleName(self.tr("Choose the shared folder"))
        self.choose.clicked.connect(self._choose_folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        form.addRow(self.tr("Shared folder"), folder_row)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("The backpack's passphrase"))
        form.addRow(self.tr("Passphrase"), self.passphrase)
        layout.addLayout(form)
        self.use_recovery = QPushButton(self.tr("Forgot the passphrase? Use the recovery key"))
        self.use_recovery.setFlat(True)
        self.use_recovery.setStyleSheet("text-align: left; color: palette(link)")
        self.use_recovery.clicked.connect(self._show_recovery)
        layout.addWidget(self.use_recovery)
        self.recovery_panel = QWidget()
        recovery_form = QFormLayout(self.recovery_panel)
        recovery_form.setContentsMargins(0, 0, 0, 0)
        key_row = QHBoxLayout()
        self.recovery_key = QLineEdit()
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.key_file = QPushButton(self.tr("From a file…"))
        self.key_file.setAccessibleName(self.tr("Read the recovery key from a file"))
        self.key_file.clicked.connect(self._choose_key_file)
        key_row.addWidget(self.recovery_key, 1)
        key_row.addWidget(self.key_file)
        recovery_form.addRow(self.tr("Recovery key"), key_row)
        self.recovery_panel.setVisible(False)
        layout.addWidget(self.recovery_panel)
        self.progress = progress_bar(self.tr("Joining"))
        layout.addWidget(self.progress)
        self.error = error_label(self.tr("Problem joining"))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.join = buttons.addButton(self.tr("Join"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.join.setDefault(True)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        self.cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(buttons)
        self.passphrase.returnPressed.connect(self._submit)
        self.recovery_key.returnPressed.connect(self._submit)
        self._busy = False
        # Grows with what it shows (the recovery key, the progress), never cutting the intro.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(560)

    def _choose_folder(self) -> None:
        chosen = dialogs.ask_directory(self, self.tr("Choose the folder the computers share"))
        if chosen is not None:
            self.folder.setText(str(chosen))
            self.passphrase.setFocus()

    def _show_recovery(self) -> None:
        self.recovery_panel.setVisible(True)
        self.recovery_key.setFocus()

    def _choose_key_file(self) -> None:
        files = dialogs.ask_open_files(
            self,
            self.tr("Choose the file holding the recovery key"),
            self.tr("Text files (*.txt);;All files (*)"),
        )
        if not files:
            return
        key = read_key_file(files[0])
        if key is None:
            self.failed(self.tr("{file} does not hold a recovery key.").format(file=files[0].name))
        else:
            self.error.clear()
            self.recovery_key.setText(key)

    def _submit(self) -> None:
        if self._busy:
            return
        folder = str(Path(self.folder.text().strip()).expanduser()) if self.folder.text() else ""
        key = self.recovery_key.text().strip() if self.recovery_panel.isVisible() else ""
        if not folder:
            self.failed(self.tr("Choose the folder the computers share."))
        elif not key and not self.passphrase.text():
            self.failed(self.tr("Type the backpack's passphrase (or its recovery key)."))
        else:
            self.error.clear()
            self.set_busy(True)
            self.join_requested.emit(folder, "" if key else self.passphrase.text(), key)

    def show_progress(self, phase: str, done: int, total: int) -> None:
        if self._busy:
            show_progress(self.progress, phase, done, total)

    def failed(self, text: str) -> None:
        self.set_busy(False)
        self.error.setText(text)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self.progress.setRange(0, 0)
            self.progress.setFormat(self.tr("Opening the backpack in the folder"))
        self.progress.setVisible(busy)
        for widget in (
            self.folder,
            self.choose,
            self.passphrase,
            self.use_recovery,
            self.recovery_key,
            self.key_file,
            self.join,
        ):
            widget.setEnabled(not busy)

    def forget_typed(self) -> None:
        self.passphrase.clear()
        self.recovery_key.clear()

    def reject(self) -> None:
        """Cancel is refused while the backpack is being made (it cannot stop half-way)."""
        if not self._busy:
            self.forget_typed()
            super().reject()


class ComputersDialog(QDialog):
    """The computers that sync this backpack. Emits `remove_requested(id, name)` for the one
    chosen (never this computer, nor one removed already), `rename_requested(name)` to give
    this computer another name."""

    remove_requested = Signal(str, str)
    rename_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Computers that sync this backpack"))
        self._devices: list[Any] = []
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = Table(
            [self.tr("Computer"), self.tr("Last change"), self.tr("State")],
            self.tr("Computers that sync this backpack"),
        )
        layout.addWidget(self.table, 1)
        note = QLabel(
            self.tr(
                "Removing a computer is housekeeping: its later changes are no longer merged. "
                "It does not lock it out: that computer keeps the backpack and its key."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = error_label(self.tr("Problem with the computers"))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.remove = QPushButton(self.tr("&Remove…"))
        self.remove.setToolTip(self.tr("Stop merging the chosen computer's changes"))
        self.remove.setEnabled(False)
        self.remove.clicked.connect(self._remove_selected)
        buttons.addButton(self.remove, QDialogButtonBox.ButtonRole.ActionRole)
        self.rename = QPushButton(self.tr("Re&name this computer…"))
        self.rename.setToolTip(self.tr("The name the other computers show for this one"))
        self.rename.setEnabled(False)
        self.rename.clicked.connect(self._rename_this)
        buttons.addButton(self.rename, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.resize(640, 360)

    def show_devices(self, devices: list[Any], last_synced: str | None) -> None:
        """`devices`: the façade's Device list; `last_synced`: when this computer last synced
        (local time, or None)."""
        self._devices = devices
        self.intro.setText(
            self.tr(
                "This backpack is kept on {count} computers; this one last synced {when}."
            ).format(
                count=sum(not d.removed for d in devices),
                when=last_synced or self.tr("never"),
            )
        )
        self.table.fill(
            [
                [
                    self.tr("{name} (this computer)").format(name=d.name) if d.this else d.name,
                    friendly_time(d.last_change) or "",
                    self.tr("removed") if d.removed else self.tr("syncing"),
                ]
                for d in devices
            ]
        )
        others = [i for i, d in enumerate(devices) if not d.this and not d.removed]
        if others:
            self.table.selectRow(others[0])
        self.table.setFocus()
        self._update()

    def _chosen(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self._devices[rows[0].row()] if rows and rows[0].row() < len(self._devices) else None

    def _update(self) -> None:
        device = self._chosen()
        self.remove.setEnabled(device is not None and not device.this and not device.removed)
        self.rename.setEnabled(any(d.this for d in self._devices))

    def _rename_this(self) -> None:
        this = next((d for d in self._devices if d.this), None)
        if this is not None:
            self.error.clear()
            self.rename.setEnabled(False)
            self.rename_requested.emit(this.name)

    def _remove_selected(self) -> None:
        device = self._chosen()
        if device is not None and not device.this and not device.removed:
            self.error.clear()
            self.remove.setEnabled(False)
            self.remove_requested.emit(device.id, device.name)

    def failed(self, text: str) -> None:
        self.error.setText(text)
        self._update()

    def keyPressEvent(self, event) -> None:
        """Delete on a chosen computer asks to remove it, as the button does."""
        if event.key() == Qt.Key.Key_Delete and self.remove.isEnabled():
            self._remove_selected()
            return
        super().keyPressEvent(event)
