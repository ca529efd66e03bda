"""A share opened by someone with no backpack (a tutor double-clicking what a family sent):
read it at once, no learner name and no passphrase asked; keeping it, remembering the learner's
key and trusting schools come afterwards, with a backpack of their own."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backpack_app.ui.views.received_view import OpenedSharePanel


class GuestView(QWidget):
    """Emits `keep_requested()` and `open_requested()` (another share)."""

    keep_requested = Signal()
    open_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        title = QLabel(self.tr("<h2>Someone shared records with you</h2>"))
        note = QLabel(
            self.tr(
                "You can read them here without a backpack of your own. Nothing is saved on "
                "this computer unless you keep it."
            )
        )
        note.setWordWrap(True)
        self.panel = OpenedSharePanel()
        self.open_other = QPushButton(self.tr("Open another share…"))
        self.open_other.clicked.connect(self.open_requested.emit)
        self.keep = QPushButton(self.tr("Keep this in a backpack of my own…"))
        self.keep.setEnabled(False)
        self.keep.setToolTip(
            self.tr(
                "Make a backpack (your name and a passphrase) to keep this share in Received, "
                "remember the learner's key and trust their school."
            )
        )
        self.keep.clicked.connect(self.keep_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_other)
        buttons.addStretch(1)
        buttons.addWidget(self.keep)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addWidget(self.panel, 1)
        layout.addLayout(buttons)

    def show_problem(self, text: str) -> None:
        self.panel.show_problem(text)
        self.keep.setEnabled(False)

    def show_share(self, opened, contents) -> None:
        self.panel.show_share(opened, None, contents)
        self.keep.setEnabled(True)
