"""Every dialog the window shows goes through here, so tests can answer them without blocking.

Set `dialogs.answer` to a function `(kind, details) -> answer` in tests; the window then never
opens a modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backpack_app.ui.clipboard import secret_mime_data
from backpack_app.ui.settings import CLIPBOARD_CLEAR_SECONDS

answer: Callable[[str, dict[str, Any]], Any] | None = None


def _hooked(kind: str, **details: Any) -> tuple[bool, Any]:
    if answer is None:
        return False, None
    return True, answer(kind, details)


def copy_for_a_while(text: str, seconds: int) -> None:
    """Copy a secret to the clipboard (marked secret, so clipboard managers skip it), and
    clear it after `seconds` if it still holds it."""
    clipboard = QApplication.clipboard()
    clipboard.setMimeData(secret_mime_data(text))

    def clear() -> None:
        if clipboard.text() == text:
            clipboard.clear()

    QTimer.singleShot(seconds * 1000, clear)


def _buttons_with_copy(
    dialog: QDialog, text: str, label: str, *, clear_after_s: int | None = None
) -> QDialogButtonBox:
    """OK/Close plus a button that copies `text` to the clipboard (cleared after
    `clear_after_s` seconds when it is a secret)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    copy = QPushButton(label)
    if clear_after_s is None:
        copy.clicked.connect(lambda: QApplication.clipboard().setText(text))
    else:
        copy.clicked.connect(lambda: copy_for_a_while(text, clear_after_s))
    buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
    buttons.rejected.connect(dialog.reject)
    return buttons


def dispose(dialog: QWidget | None) -> None:
    """A dialog no longer needed goes, with the records it showed (a closed one is only
    hidden until this)."""
    if alive(dialog):
        dialog.hide()
        dialog.deleteLater()


def alive(dialog: QWidget | None) -> bool:
    """Whether `dialog` is still there (not None and not deleted)."""
    return dialog is not None and shiboken6.isValid(dialog)


def showing(dialog: QWidget | None) -> bool:
    return alive(dialog) and dialog.isVisible()


def open_file(path: Path) -> None:
    """Open a file Backpack wrote (a share's PDF, the recovery sheet) in the program the
    system uses for it; nothing here touches the network."""
    hooked, _ = _hooked("open_file", path=path)
    if not hooked:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def inform(parent: QWidget | None, title: str, text: str) -> None:
    hooked, _ = _hooked("inform", title=title, text=text)
    if not hooked:
        QMessageBox.information(parent, title, text)


def problem(parent: QWidget | None, text: str, *, details: str | None = None) -> None:
    """A plain-language problem; with `details`, a crash report the user can copy."""
    hooked, _ = _hooked("problem", text=text, details=details)
    if hooked:
        return
    if details is None:
        QMessageBox.warning(parent, "Backpack", text)
        return
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Backpack", "Something went wrong"))
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(text))
    box = QPlainTextEdit(details)
    box.setReadOnly(True)
    box.setAccessibleName(QCoreApplication.translate("Backpack", "Problem details"))
    layout.addWidget(box)
    layout.addWidget(
        _buttons_with_copy(dialog, details, QCoreApplication.translate("Backpack", "Copy details"))
    )
    dialog.resize(640, 400)
    dialog.exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    hooked, value = _hooked("confirm", title=title, text=text)
    if hooked:
        return bool(value)
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    reply = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
    return reply == QMessageBox.StandardButton.Yes


def ask_action(parent: QWidget | None, title: str, text: str, actions: list[str]) -> int | None:
    """Which of `actions` (button labels) the user picked, or None for Cancel."""
    hooked, value = _hooked("action", title=title, text=text, actions=actions)
    if hooked:
        return value
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    buttons = [box.addButton(a, QMessageBox.ButtonRole.AcceptRole) for a in actions]
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None


def ask_text(
    parent: QWidget | None, title: str, label: str, default: str = "", *, secret: bool = False
) -> str | None:
    """A line of text (hidden while typed when `secret`), or None when the user cancels."""
    hooked, value = _hooked("text", title=title, label=label, default=default)
    if hooked:
        return value
    echo = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
    text, ok = QInputDialog.getText(parent, title, label, echo, default)
    return text.strip() if ok and text.strip() else None


def ask_choice(parent: QWidget | None, title: str, label: str, choices: list[str]) -> str | None:
    """One of `choices`, or None when the user cancels."""
    hooked, value = _hooked("choice", title=title, label=label, choices=choices)
    if hooked:
        return value
    text, ok = QInputDialog.getItem(parent, title, label, choices, 0, False)
    return text if ok else None


def ask_directory(parent: QWidget | None, title: str) -> Path | None:
    hooked, value = _hooked("directory", title=title)
    if hooked:
        return value
    chosen = QFileDialog.getExistingDirectory(parent, title)
    return Path(chosen) if chosen else None


def ask_open_files(parent: QWidget | None, title: str, filters: str) -> list[Path]:
    hooked, value = _hooked("open_files", title=title, filters=filters)
    if hooked:
        return list(value or [])
    chosen, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
    return [Path(c) for c in chosen]


def ask_save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    hooked, value = _hooked("save_file", title=title, suggested=suggested, filters=filters)
    if hooked:
        return value
    chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(chosen) if chosen else None


def show_recovery_key(parent: QWidget | None, key: str, folder: str = "") -> None:
    """The recovery key, shown once, with a way to copy it."""
    hooked, _ = _hooked("recovery_key", key=key)
    if hooked:
        return
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Backpack", "Your recovery key"))
    layout = QVBoxLayout(dialog)
    intro = QLabel(
        QCoreApplication.translate(
            "Backpack",
            "Write this key down and keep it apart from your passphrase. It opens the backpack "
            "if the passphrase is forgotten. It is shown only this once.",
        )
    )
    intro.setWordWrap(True)
    layout.addWidget(intro)
    shown = QLabel(f"<p style='font-size:16pt; font-family:monospace'>{key}</p>")
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    shown.setAccessibleName(QCoreApplication.translate("Backpack", "Recovery key"))
    layout.addWidget(shown)
    buttons = _buttons_with_copy(
        dialog,
        key,
        QCoreApplication.translate("Backpack", "Copy"),
        clear_after_s=CLIPBOARD_CLEAR_SECONDS.get(),
    )
    sheet = QPushButton(QCoreApplication.translate("Backpack", "Save a printable sheet (PDF)…"))
    sheet.clicked.connect(lambda: save_recovery_sheet(dialog, key, folder))
    buttons.addButton(sheet, QDialogButtonBox.ButtonRole.ActionRole)
    layout.addWidget(buttons)
    dialog.exec()


def save_recovery_sheet(parent: QWidget | None, key: str, folder: str = "") -> Path | None:
    """Write the recovery sheet where the user chooses (it is as secret as the key), then
    open it to be printed."""
    import datetime as dt

    from backpack_app.files import atomic_write_bytes
    from backpack_app.sharing.pdf import recovery_sheet_pdf

    target = ask_save_file(
        parent,
        QCoreApplication.translate("Backpack", "Save the recovery sheet"),
        "backpack-recovery-key.pdf",
        QCoreApplication.translate("Backpack", "PDF (*.pdf)"),
    )
    if target is None:
        return None
    pdf = recovery_sheet_pdf(key, folder=folder or "-", made=dt.datetime.now(dt.UTC))
    atomic_write_bytes(target, pdf)
    open_file(target)  # in the PDF viewer, to print it
    return target
