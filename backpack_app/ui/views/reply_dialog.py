"""Writing back to a family whose share asks for it (`backpack reply`): a note, a narrative with
strengths and challenges, an achievement or an endorsement of a shared record, signed with this backpack's own key. Problems are said
inline; the dialog stays open until the reply is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from backpack_app.errors import UserError
from backpack_app.ui import dialogs
from backpack_app.ui.errors import user_message
from backpack_app.ui.views.widgets import error_label
from backpack_app.wallet.contributions import check_reply_files


@dataclass
class ReplyRequest:
    """What the dialog asks the façade to write (`Backpack.reply_to`)."""

    kind: str
    title: str
    text: str
    name: str
    hours: float | None = None
    endorses: str | None = None  # the shared record's number in the share, from 1
    strengths: str | None = None  # a narrative's sections
    challenges: str | None = None
    files: list[Path] = field(default_factory=list)  # as `backpack reply --file`


class ReplyDialog(QDialog):
    """Emits `reply_requested(ReplyRequest)`; `failed(text)` says why nothing was written."""

    reply_requested = Signal(object)

    def __init__(self, parent, *, learner: str, ask: str, records: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Write back to the family"))
        intro = QLabel(
            self.tr(
                "The family of {learner} asks: “{ask}”. What you write is signed with your "
                "Backpack's own key and sealed so that only they can open it."
            ).format(learner=learner, ask=ask)
        )
        intro.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("A note (progress)"), "note")
        self.kind.addItem(self.tr("A narrative with strengths and challenges"), "narrative")
        self.kind.addItem(self.tr("An achievement (a badge)"), "achievement")
        self.kind.addItem(self.tr("An endorsement of a shared record"), "endorsement")
        self.kind.setAccessibleName(self.tr("Kind"))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Text"))
        self.strengths = QPlainTextEdit()
        self.strengths.setAccessibleName(self.tr("Strengths"))
        self.challenges = QPlainTextEdit()
        self.challenges.setAccessibleName(self.tr("Challenges"))
        for section in (self.strengths, self.challenges):
            section.setMaximumHeight(70)
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("optional, e.g. 6.5"))
        self.hours.setAccessibleName(self.tr("Hours attended"))
        self.endorses = QComboBox()
        self.endorses.addItems(records)
        self.endorses.setAccessibleName(self.tr("Record endorsed"))
        self.writer = QLineEdit()
        self.writer.setPlaceholderText(self.tr("your name, or your program's"))
        self.writer.setAccessibleName(self.tr("Written by"))
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Attached files"))
        self.files.setMaximumHeight(80)
        self.attach = QPushButton(self.tr("Attach files…"))
        self.attach.clicked.connect(self._attach)
        self.detach = QPushButton(self.tr("Remove file"))
        self.detach.clicked.connect(self._detach)
        self._files: list[Path] = []
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(self.attach)
        file_buttons.addWidget(self.detach)
        file_buttons.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.files, 1)
        file_row.addLayout(file_buttons)
        self.problem = error_label(self.tr("Problem with the reply"))
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Text"), self.text)
        form.addRow(self.tr("Strengths"), self.strengths)
        form.addRow(self.tr("Challenges"), self.challenges)
        form.addRow(self.tr("Hours attended"), self.hours)
        form.addRow(self.tr("Record endorsed"), self.endorses)
        form.addRow(self.tr("Written by"), self.writer)
        form.addRow(self.tr("Files"), file_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign and save…"))
        self.buttons.accepted.connect(self._ask)
        self.buttons.rejected.connect(self.reject)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._kind_changed()
        self._show_files()

    def _attach(self) -> None:
        """Files to carry in the reply (a worksheet, a certificate), with the same limits as
        `backpack reply --file`; a file already attached is not added twice."""
        chosen = dialogs.ask_open_files(
            self, self.tr("Attach files to the reply"), self.tr("All files (*)")
        )
        wanted = self._files + [p for p in chosen if p not in self._files]
        try:
            check_reply_files(wanted)
        except UserError as exc:
            self.failed(user_message(exc) or str(exc))
            return
        self.problem.clear()
        self._files = wanted
        self._show_files()

    def _detach(self) -> None:
        row = self.files.currentRow()
        if 0 <= row < len(self._files):
            del self._files[row]
            self._show_files()

    def _show_files(self) -> None:
        self.files.clear()
        for path in self._files:
            size = path.stat().st_size if path.exists() else 0
            self.files.addItem(
                self.tr("{name} ({size} KB)").format(
                    name=path.name, size=max(1, round(size / 1024))
                )
            )
        self.detach.setEnabled(bool(self._files))

    def _kind_changed(self) -> None:
        endorsing = self.kind.currentData() == "endorsement"
        self.endorses.setEnabled(endorsing and self.endorses.count() > 0)
        self.hours.setEnabled(not endorsing)
        narrative = self.kind.currentData() == "narrative"
        self.strengths.setEnabled(narrative)
        self.challenges.setEnabled(narrative)

    def failed(self, text: str) -> None:
        self.problem.setText(text)

    def _ask(self) -> None:
        kind = self.kind.currentData()
        hours = None
        said = self.hours.text().strip().replace(",", ".")
        if said and kind != "endorsement":
            try:
                hours = float(said)
            except ValueError:
                self.failed(self.tr("Hours are a number, like 6.5."))
                return
        endorses = None
        if kind == "endorsement":
            if self.endorses.currentIndex() < 0:
                self.failed(self.tr("This share holds no record to endorse."))
                return
            endorses = str(self.endorses.currentIndex() + 1)
        sections = {"strengths": None, "challenges": None}
        if kind == "narrative":
            sections = {
                "strengths": self.strengths.toPlainText().strip() or None,
                "challenges": self.challenges.toPlainText().strip() or None,
            }
            if not any(sections.values()):
                self.failed(
                    self.tr("A narrative says the learner's strengths, challenges or both.")
                )
                return
        if not self.writer.text().strip():
            self.failed(self.tr("Say who is writing: your name, or your program's."))
            return
        self.problem.clear()
        self.reply_requested.emit(
            ReplyRequest(
                kind=kind,
                title=self.title.text(),
                text=self.text.toPlainText(),
                name=self.writer.text(),
                hours=hours,
                endorses=endorses,
                **sections,
                files=list(self._files),
            )
        )
