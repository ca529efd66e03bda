"""State test results the family enters: typed in from the score report, with the report (a
PDF) attached, or every row of the state's student score-report CSV. Stored as self-reported
Assessment records (no one signs them); problems are said inline and nothing is stored."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from backpack_app.ui import dialogs
from backpack_app.ui.views.widgets import error_label


@dataclass
class StateTestRequest:
    """What to store: one typed result (`fields`) or a score report's rows (`report`)."""

    files: list[Path] = field(default_factory=list)
    fields: dict[str, str] | None = None
    report: Path | None = None


class StateTestDialog(QDialog):
    """Emits `save_requested(StateTestRequest)`; `failed(text)` says why nothing was stored."""

    save_requested = Signal(object)

    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("State test results"))
        intro = QLabel(
            self.tr(
                "Results you enter here are self-reported: no one signs them, every view marks "
                "them so, and the On track view never counts them as the school's. Attach the "
                "score report so whoever reads them can check."
            )
        )
        intro.setWordWrap(True)
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(self.tr("e.g. Mathematics"))
        self.year = QLineEdit()
        self.year.setPlaceholderText(self.tr("e.g. 2024-25"))
        self.test = QLineEdit()
        self.test.setPlaceholderText(self.tr("optional, e.g. SBAC"))
        self.scale_score = QLineEdit()
        self.scale_score.setPlaceholderText(self.tr("e.g. 2540"))
        self.level = QLineEdit()
        self.level.setPlaceholderText(self.tr("e.g. Level 3 - Standard Met"))
        form = QFormLayout()
        for label, widget in (
            (self.tr("Subject"), self.subject),
            (self.tr("School year"), self.year),
            (self.tr("Test"), self.test),
            (self.tr("Scale score"), self.scale_score),
            (self.tr("Proficiency level"), self.level),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.files: list[Path] = []
        self.attached = QLabel(self.tr("No report attached."))
        self.attached.setWordWrap(True)
        attach = QPushButton(self.tr("Attach the report…"))
        attach.clicked.connect(self._attach)
        self.import_report = QPushButton(self.tr("Import a score report (CSV)…"))
        self.import_report.setToolTip(
            self.tr("Every row of the state's student score report, with the files attached")
        )
        self.import_report.clicked.connect(self._import)
        row = QHBoxLayout()
        row.addWidget(attach)
        row.addWidget(self.import_report)
        row.addStretch(1)
        self.problem = error_label(self.tr("Problem with the state test result"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.attached)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def failed(self, text: str) -> None:
        self.problem.setText(text)

    def _attach(self) -> None:
        chosen = dialogs.ask_open_files(
            self,
            self.tr("Attach the score report"),
            self.tr("Score reports (*.pdf *.png *.jpg *.jpeg);;All files (*)"),
        )
        if chosen:
            self.files = list(dict.fromkeys([*self.files, *chosen]))
            self.attached.setText(
                self.tr("Attached: {names}").format(names=", ".join(p.name for p in self.files))
            )

    def _import(self) -> None:
        chosen = dialogs.ask_open_files(
            self, self.tr("Import a score report"), self.tr("Score reports (*.csv)")
        )
        if chosen:
            self.problem.clear()
            self.save_requested.emit(StateTestRequest(files=list(self.files), report=chosen[0]))

    def _save(self) -> None:
        self.problem.clear()
        fields = {
            "subject": self.subject.text(),
            "year": self.year.text(),
            "test": self.test.text(),
            "scale_score": self.scale_score.text(),
            "level": self.level.text(),
        }
        self.save_requested.emit(StateTestRequest(files=list(self.files), fields=fields))
