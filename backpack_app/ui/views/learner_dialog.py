"""Adding a learner: a name, and optionally a birth date, email addresses and student ids (as
`backpack learner add` takes them). The school email or student id is asked for: it is how a
school's files name the child, so their records are filed for them and never for a sibling.
Problems are said inline; the dialog stays open until it is added."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from backpack_app.ui.views.widgets import error_label


@dataclass
class LearnerRequest:
    """What the dialog asks the façade to add."""

    name: str
    born: dt.date | None = None
    emails: list[str] = field(default_factory=list)
    sis_ids: list[str] = field(default_factory=list)


class LearnerDialog(QDialog):
    """Emits `add_requested(LearnerRequest)`; `failed(text)` says why it was not added."""

    add_requested = Signal(object)

    def __init__(self, parent=None, learner: Any = None) -> None:
        super().__init__(parent)
        self.learner = learner  # given: only its school email and student ids are changed
        self.setWindowTitle(self.tr("Add a learner"))
        intro = QLabel(
            self.tr(
                "Each learner has their own record and their own signing key, in this backpack."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Learner's name"))
        self.born = QLineEdit()
        self.born.setPlaceholderText(self.tr("YYYY-MM-DD (optional)"))
        self.born.setAccessibleName(self.tr("Birth date"))
        self.emails = QLineEdit()
        self.emails.setPlaceholderText(self.tr("the school email; several separated by commas"))
        self.emails.setAccessibleName(self.tr("Email addresses"))
        self.sis_ids = QLineEdit()
        self.sis_ids.setPlaceholderText(self.tr("as on a report card; several separated by commas"))
        self.sis_ids.setAccessibleName(self.tr("Student ids"))
        why = QLabel(
            self.tr(
                "A school's files name the learner by school email or student id. Give one so "
                "Backpack files each child's records for them, never for a brother or sister."
            )
        )
        why.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Birth date"), self.born)
        form.addRow(self.tr("Email"), self.emails)
        form.addRow(self.tr("Student id"), self.sis_ids)
        self.error = error_label(self.tr("Problem with this learner"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add.setText(self.tr("Add learner"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(why)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        if learner is not None:
            self.setWindowTitle(self.tr("School ids of {name}").format(name=learner.name))
            intro.setText(self.tr("How the school's files name {name}.").format(name=learner.name))
            self.name.setText(learner.name)
            self.name.setReadOnly(True)
            self.born.setText(learner.born.isoformat() if learner.born else "")
            self.born.setReadOnly(True)
            self.emails.setText(", ".join(learner.emails))
            self.sis_ids.setText(", ".join(learner.sis_ids))
            self.add.setText(self.tr("Save"))

    def _submit(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.failed(self.tr("Write the learner's name."))
            return
        born = None
        if self.born.text().strip():
            try:
                born = dt.date.fromisoformat(self.born.text().strip())
            except ValueError:
                self.failed(self.tr("Write the birth date as YYYY-MM-DD, or leave it empty."))
                return
            if born > dt.date.today() and self.learner is None:
                self.failed(self.tr("The birth date is in the future."))
                return
        emails = [e for e in re.split(r"[,;\s]+", self.emails.text()) if e]
        if any("@" not in e for e in emails):
            self.failed(self.tr("An email address needs an @, like ana@example.org."))
            return
        sis_ids = [i for i in re.split(r"[,;\s]+", self.sis_ids.text()) if i]
        self.error.clear()
        self.set_busy(True)
        self.add_requested.emit(
            LearnerRequest(name=name, born=born, emails=emails, sis_ids=sis_ids)
        )

    def set_busy(self, busy: bool) -> None:
        self.add.setEnabled(not busy)

    def failed(self, text: str) -> None:
        """Nothing was added: say why, and let the user correct it."""
        self.set_busy(False)
        self.error.setText(text)
        self.name.setFocus()
