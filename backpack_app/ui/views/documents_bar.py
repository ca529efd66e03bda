"""Official documents the family adds by hand (an IEP, a report card on paper, a health form):
the Add menu of every official category, restricted ones marked, state test results (a score
report's, self-reported), and Edit, Delete and Save file for the chosen document. Signed records are never edited here."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from backpack_app.domain.records import CATEGORIES, Section
from backpack_app.ui.models.official import OfficialRow
from backpack_app.ui.terms import marked_category_words
from backpack_app.ui.views.widgets import add_menu

DOCUMENT_CATEGORIES = [c for c, i in CATEGORIES.items() if i.section is Section.OFFICIAL]


class DocumentsBar(QWidget):
    """Emits `add_requested(category)`, and `edit_requested`, `delete_requested`,
    `save_file_requested` with the chosen record's id (edit: documents without a signature;
    delete: any record not inside a CLR, a wrongly filed credential included)."""

    add_requested = Signal(object)
    state_test_requested = Signal()
    edit_requested = Signal(str)
    delete_requested = Signal(str)
    save_file_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._chosen: OfficialRow | None = None
        add, self.add_actions = add_menu(
            self.tr("Add a document ▾"),
            self.tr("Add a document the school gave you"),
            DOCUMENT_CATEGORIES,
            marked_category_words,
            self.add_requested,
        )
        self.state_test = QPushButton(self.tr("State test results…"))
        self.state_test.setToolTip(
            self.tr("Enter results from a state score report (self-reported), with the report")
        )
        self.state_test.clicked.connect(self.state_test_requested.emit)
        self.edit = QPushButton(self.tr("Edit…"))
        self.delete = QPushButton(self.tr("Delete"))
        self.save_file = QPushButton(self.tr("Save file…"))
        self.save_file.setToolTip(self.tr("Save a copy of the document's file (decrypted)"))
        for button, signal in (
            (self.edit, self.edit_requested),
            (self.delete, self.delete_requested),
            (self.save_file, self.save_file_requested),
        ):
            button.clicked.connect(lambda _c=False, s=signal: self._emit(s))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (add, self.state_test, self.edit, self.delete, self.save_file):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.choose(None)

    def choose(self, row: OfficialRow | None) -> None:
        """The row chosen in the tree: only a document without a signature can be changed."""
        top = row is not None and not row.entry.parent_record_id  # not a record inside a CLR
        self._chosen = row if top else None
        unsigned = row is not None and top and row.verdict is None
        self.edit.setEnabled(unsigned)
        self.delete.setEnabled(top)
        self.save_file.setEnabled(unsigned and bool(row and row.entry.files))

    def _emit(self, signal) -> None:
        if self._chosen is not None:
            signal.emit(self._chosen.id)
