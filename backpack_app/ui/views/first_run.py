"""First run: make a new backpack (passphrase with a strength meter, the first learner), or open
a backpack folder that already exists."""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from backpack_app.domain.passphrases import MIN_PASSPHRASE_CHARS
from backpack_app.ui.i18n import t
from backpack_app.ui.views.widgets import busy_bar, centred_column, error_label


def passphrase_strength(text: str) -> tuple[int, str]:
    """(0-100, a word) from a rough entropy estimate: length times the alphabet it draws on."""
    if not text:
        return 0, ""
    pool = sum(
        size
        for present, size in (
            (any(c.islower() for c in text), 26),
            (any(c.isupper() for c in text), 26),
            (any(c.isdigit() for c in text), 10),
            (any(not c.isalnum() for c in text), 33),
        )
        if present
    )
    distinct = len(set(text))
    bits = min(len(text), distinct * 2) * math.log2(max(pool, 2))
    if len(text) < MIN_PASSPHRASE_CHARS:
        return min(int(bits), 20), QT_TRANSLATE_NOOP("Backpack", "too short")
    for limit, word in (
        (45, QT_TRANSLATE_NOOP("Backpack", "weak")),
        (65, QT_TRANSLATE_NOOP("Backpack", "fair")),
        (90, QT_TRANSLATE_NOOP("Backpack", "good")),
    ):
        if bits < limit:
            return int(bits), word
    return 100, QT_TRANSLATE_NOOP("Backpack", "strong")


class FirstRunView(QWidget):
    """Emits `create_requested(learner, passphrase)` or `open_folder_requested()`."""

    create_requested = Signal(str, str)
    open_folder_requested = Signal()
    demo_requested = Signal(str)
    restore_requested = Signal()
    join_requested = Signal()  # a backpack another computer syncs through a shared folder
    back_requested = Signal()  # to the share being kept

    def __init__(self) -> None:
        super().__init__()
        self._keeping = False
        outer = centred_column(self)
        outer.addStretch(1)
        self.heading = QLabel()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        outer.addWidget(self.heading)
        outer.addWidget(self.intro)
        form = self.form = QFormLayout()
        self.learner = QLineEdit()
        self.learner.setPlaceholderText(self.tr("e.g. Ana Rivera"))
        self.learner.setAccessibleName(self.tr("First learner's name"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Passphrase again"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(True)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        form.addRow(self.tr("Learner's name"), self.learner)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Strength"), self.meter)
        form.addRow(self.tr("Passphrase again"), self.confirm)
        outer.addLayout(form)
        self.error = error_label(self.tr("Problem with the new backpack"))
        outer.addWidget(self.error)
        self.busy = busy_bar(self.tr("Creating the backpack"))
        outer.addWidget(self.busy)
        buttons = QHBoxLayout()
        self.create = QPushButton(self.tr("Create backpack"))
        self.create.setDefault(True)
        self.open_existing = QPushButton(self.tr("Open an existing backpack folder…"))
        self.demo = QPushButton(self.tr("Try a demo backpack"))
        self.demo.setToolTip(
            self.tr(
                "A separate backpack with records signed by demo schools, protected by the "
                "passphrase typed above"
            )
        )
        buttons.addWidget(self.create)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        # The other ways in, one under another: side by side they did not fit the column in
        # Spanish and their words were cut.
        self.restore = QPushButton(self.tr("Restore a backup…"))
        self.join = QPushButton(self.tr("Join a backpack from another computer…"))
        self.join.setToolTip(
            self.tr("Through a folder the computers share (Syncthing, Dropbox, a USB stick…)")
        )
        self.join.clicked.connect(self.join_requested.emit)
        self.back = QPushButton(self.tr("Back to the share"))
        self.back.clicked.connect(self.back_requested.emit)
        outer.addSpacing(8)
        outer.addWidget(QLabel(self.tr("Or:")))
        for button in (self.open_existing, self.demo, self.restore, self.join, self.back):
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            outer.addLayout(row)
        outer.addStretch(2)
        self.passphrase.textChanged.connect(self._update_meter)
        self.create.clicked.connect(self._submit)
        self.confirm.returnPressed.connect(self._submit)
        self.open_existing.clicked.connect(self.open_folder_requested.emit)
        self.demo.clicked.connect(self._submit_demo)
        self.restore.clicked.connect(self.restore_requested.emit)
        self._update_meter("")
        self.keeping_a_share(False)

    def keeping_a_share(self, keeping: bool) -> None:
        """For someone keeping a share they were sent: no learner to name, only a passphrase
        (and a way back to the share)."""
        self._keeping = keeping
        if keeping:
            self.heading.setText(self.tr("<h1>A backpack of your own</h1>"))
            self.intro.setText(
                self.tr(
                    "Your backpack keeps the share encrypted on this computer, remembers the "
                    "learner's key and the schools you trust. Choose a passphrase only you know: "
                    "a few unrelated words are easy to remember and hard to guess."
                )
            )
        else:
            self.heading.setText(self.tr("<h1>Welcome to Backpack</h1>"))
            self.intro.setText(
                self.tr(
                    "Backpack keeps a learner's record encrypted on this computer. Choose a "
                    "passphrase only you know: a few unrelated words are easy to remember and "
                    "hard to guess."
                )
            )
        self.form.setRowVisible(self.learner, not keeping)
        for widget in (self.demo, self.restore, self.join):
            widget.setVisible(not keeping)
        self.back.setVisible(keeping)

    def _update_meter(self, text: str) -> None:
        score, word = passphrase_strength(text)
        self.meter.setValue(score)
        self.meter.setFormat(t(word) if word else self.tr("type a passphrase"))

    def _passphrase_ok(self) -> bool:
        first, again = self.passphrase.text(), self.confirm.text()
        if len(first) < MIN_PASSPHRASE_CHARS:
            self.show_error(
                self.tr("Choose a passphrase of at least {n} characters.").format(
                    n=MIN_PASSPHRASE_CHARS
                )
            )
        elif first != again:
            self.show_error(self.tr("The two passphrases differ; type them again."))
        else:
            return True
        return False

    def _submit(self) -> None:
        name = self.learner.text().strip()
        if not name and not self._keeping:
            self.show_error(self.tr("Type the learner's name."))
        elif self._passphrase_ok():
            self.show_error("")
            self.set_busy(True)
            self.create_requested.emit(name, self.passphrase.text())

    def _submit_demo(self) -> None:
        if self._passphrase_ok():
            self.show_error("")
            self.set_busy(True)
            self.demo_requested.emit(self.passphrase.text())

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def forget_typed(self) -> None:
        """Empty the passphrase fields (the backpack is made and open)."""
        self.passphrase.clear()
        self.confirm.clear()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (
            self.create,
            self.open_existing,
            self.demo,
            self.restore,
            self.join,
            self.learner,
            self.passphrase,
            self.confirm,
        ):
            widget.setEnabled(not busy)
