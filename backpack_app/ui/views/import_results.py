"""What happened to each imported file: its verdict in words, and what the user can do next
(trust an unknown issuer; file a record that names nobody here for the current learner)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from backpack_app.credentials.importing import ImportResult, Outcome
from backpack_app.domain.verification import CheckId, CheckStatus, Verdict
from backpack_app.ui.colors import pill_color
from backpack_app.ui.i18n import t
from backpack_app.ui.models.official import PILL_TEXT
from backpack_app.ui.models.official_tree import pill_tone
from backpack_app.ui.terms import core_words

OUTCOME_WORDS = {
    Outcome.IMPORTED: QT_TRANSLATE_NOOP("Backpack", "Imported"),
    Outcome.DUPLICATE: QT_TRANSLATE_NOOP("Backpack", "Already here"),
    Outcome.REFUSED: QT_TRANSLATE_NOOP("Backpack", "Not imported"),
}


def whose_words(result: ImportResult) -> str:
    """Whom the credential names, in words: the learners here it names (by their hashed
    emails and student ids), else the name it gives, else no one here."""
    check = result.report.check(CheckId.RECIPIENT)
    if check is None or check.status is CheckStatus.NOT_CHECKED:
        return ""  # refused before anyone was looked for (tampered, unreadable)
    if result.names:
        return ", ".join(result.names)
    if result.name_given:
        return t(QT_TRANSLATE_NOOP("Backpack", "“{name}”, not a learner here")).format(
            name=result.name_given
        )
    return t(QT_TRANSLATE_NOOP("Backpack", "no learner here"))


def needs_learner(result: ImportResult) -> bool:
    """Refused because it names no learner here (one naming another learner is not offered:
    it belongs to them)."""
    check = result.report.check(CheckId.RECIPIENT)
    return (
        result.outcome is Outcome.REFUSED
        and check is not None
        and check.status is CheckStatus.FAILED
        and not result.names
    )


class ImportResultsDialog(QDialog):
    """Non-modal; emits `trust_requested(issuer_id, name)` and `file_for_learner(paths)` (the
    window asks for whom)."""

    trust_requested = Signal(str, str)
    trust_file_requested = Signal()
    file_for_learner = Signal(list)

    def __init__(
        self, results: list[ImportResult], parent=None, *, heading: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.results = results
        layout = QVBoxLayout(self)
        if heading:  # received from a link: who sent them
            layout.addWidget(QLabel(heading))
        imported = sum(r.outcome is Outcome.IMPORTED for r in results)
        layout.addWidget(
            QLabel(
                self.tr("<b>{imported} of {total} imported.</b>").format(
                    imported=imported, total=len(results)
                )
            )
        )
        self.table = QTableWidget(len(results), 5)
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Whose"),
                self.tr("Result"),
                self.tr("Check"),
                self.tr("What it means"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Import results"))
        for row, result in enumerate(results):
            detail = core_words(result.report.summary)
            if result.outcome is not Outcome.IMPORTED:
                detail = f"{core_words(result.message)} {detail}"
            name = (result.file or "").replace("\\", "/").rsplit("/", 1)[-1]
            pill = QTableWidgetItem(t(PILL_TEXT[result.report.verdict]))
            pill.setForeground(QBrush(pill_color(pill_tone(result.report.verdict))))
            outcome = QTableWidgetItem(t(OUTCOME_WORDS[result.outcome]))
            whose = QTableWidgetItem(whose_words(result))
            for col, item in enumerate([QTableWidgetItem(name), whose, outcome, pill]):
                self.table.setItem(row, col, item)
            self.table.setItem(row, 4, QTableWidgetItem(detail))
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        unknown = [
            r for r in results if r.report.verdict is Verdict.UNKNOWN_ISSUER and r.report.issuer_id
        ]
        self.trust_button = QPushButton(self.tr("Trust the school…"))
        self.trust_button.setToolTip(
            self.tr(
                "Add the selected record's school to your trust list, from the trust file it "
                "gave you or the name you know it by."
            )
        )
        self.trust_file = QPushButton(self.tr("Load a school's trust file…"))
        self.trust_file.clicked.connect(self.trust_file_requested.emit)
        self.trust_button.setEnabled(bool(unknown))
        self.trust_button.clicked.connect(self._trust_selected)
        # Received records are bound to this learner's key: never filed for another.
        unmatched = [r for r in results if needs_learner(r)] if heading is None else []
        self.file_button = QPushButton(self.tr("File for a learner…"))
        self.file_button.setToolTip(
            self.tr("File the records that name no learner here for the learner you choose")
        )
        self.file_button.clicked.connect(
            lambda: self.file_for_learner.emit([r.file for r in unmatched if r.file])
        )
        buttons.addButton(self.trust_file, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.trust_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        # After addButton, which shows the button it is given.
        self.file_button.setVisible(bool(unmatched))
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(880, 360)
        if unknown:
            self.table.selectRow(results.index(unknown[0]))

    def _trust_selected(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()} or {0}
        for row in sorted(rows):
            report = self.results[row].report
            if report.verdict is Verdict.UNKNOWN_ISSUER and report.issuer_id:
                self.trust_requested.emit(report.issuer_id, report.issuer_name or "")
