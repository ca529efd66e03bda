"""The Learner Profile page: every self-reported entry, with add, edit and delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backpack_app.domain.records import CATEGORIES, Category, RecordSummary, Section
from backpack_app.ui.terms import category_words, kind_words
from backpack_app.ui.views.profile_editor import choice_words
from backpack_app.ui.views.widgets import Table, add_menu

PROFILE_CATEGORIES = [c for c, i in CATEGORIES.items() if i.section is Section.PROFILE]
MILESTONE_MARKS = {"done": "☑", "in_progress": "◐"}  # and ☐ for one still to do


class ProfileView(QWidget):
    """Emits `add_requested(category)`, `edit_requested(id)` and `delete_requested(id)`."""

    add_requested = Signal(object)
    edit_requested = Signal(str)
    delete_requested = Signal(str)
    preview_requested = Signal(str)
    save_file_requested = Signal(str)
    tick_requested = Signal(str, bool)  # a readiness milestone: (id, done)

    def __init__(self) -> None:
        super().__init__()
        self.table = Table(
            [self.tr("Entry"), self.tr("Kind"), self.tr("Progress"), self.tr("Date")],
            self.tr("Learner profile entries"),
        )
        self._entries: list[RecordSummary] = []
        self._previewing: str | None = None
        add, self.add_actions = add_menu(
            self.tr("Add ▾"),
            self.tr("Add an entry"),
            PROFILE_CATEGORIES,
            category_words,
            self.add_requested,
        )
        self.edit = QPushButton(self.tr("Edit…"))
        self.delete = QPushButton(self.tr("Delete"))
        self.save_file = QPushButton(self.tr("Save file…"))
        self.save_file.setToolTip(self.tr("Save a copy of the entry's file (decrypted)"))
        self.save_file.setEnabled(False)
        self.save_file.clicked.connect(lambda: self._emit_selected(self.save_file_requested))
        self.tick = QPushButton(self.tr("Tick off"))
        self.tick.setToolTip(self.tr("Mark the chosen readiness milestone done, or not (Space)"))
        self.tick.setEnabled(False)
        self.tick.clicked.connect(self._tick_selected)
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self.table, self._tick_selected)
        space.setContext(Qt.ShortcutContext.WidgetShortcut)  # only while the list has focus
        self.edit.clicked.connect(lambda: self._emit_selected(self.edit_requested))
        self.delete.clicked.connect(lambda: self._emit_selected(self.delete_requested))
        self.table.doubleClicked.connect(lambda _i: self._emit_selected(self.edit_requested))
        bar = QHBoxLayout()
        for widget in (add, self.edit, self.delete, self.save_file, self.tick):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        self.totals = QLabel()
        self.totals.setAccessibleName(self.tr("Totals"))
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 3)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(120)
        self.preview.setAccessibleName(self.tr("Preview of the entry's file"))
        layout.addWidget(self.preview, 2)
        self.table.selectionModel().currentRowChanged.connect(self._selected)

    def show_entries(
        self, entries: list[RecordSummary], endorsed: dict[str, list[dict]] | None = None
    ) -> None:
        """`endorsed`: third-party endorsements by the entry they endorse (a tutor's, a
        program's: `Backpack.endorsements_by_record`), marked on the entry."""
        chosen = self._chosen()
        endorsed = endorsed or {}
        self._entries = entries
        kinds = {c: kind_words(c) for c in PROFILE_CATEGORIES}  # once per category
        words: dict[tuple, str] = {}  # one translation per status, not one per entry

        def progress(e: RecordSummary) -> str:
            if e.hours is not None:
                return self.tr("{hours} hours").format(hours=f"{e.hours:g}")
            if not e.status:
                return ""
            key = (e.category is Category.MILESTONE, e.status)
            if key not in words:
                text = choice_words(e.status)
                if e.category is Category.MILESTONE:  # the readiness checklist
                    text = f"{MILESTONE_MARKS.get(e.status, '☐')} {text}"
                words[key] = text
            return words[key]

        by = self.tr("by {day}")  # a goal's target date, a milestone's due date

        def when(e: RecordSummary) -> str:
            return by.format(day=e.due) if e.due else (e.date or "")

        def title(e: RecordSummary) -> str:
            if e.id not in endorsed:
                return e.title
            names = ", ".join(dict.fromkeys(x["author"] for x in endorsed[e.id]))
            return self.tr("{title} · ✍ endorsed by {names}").format(title=e.title, names=names)

        self.table.fill([[title(e), kinds[e.category], progress(e), when(e)] for e in entries])
        hours = [e.hours for e in entries if e.category is Category.SERVICE and e.hours]
        self.totals.setText(
            self.tr("Community service: {hours} hours in total").format(hours=f"{sum(hours):g}")
            if hours
            else ""
        )
        self.totals.setVisible(bool(hours))
        ids = [e.id for e in entries]
        if chosen is not None and chosen.id in ids:  # the same entry stays chosen
            self.table.selectRow(ids.index(chosen.id))

    def _chosen(self) -> RecordSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self._entries[rows[0].row()] if rows and rows[0].row() < len(self._entries) else None

    def _tick_selected(self) -> None:
        entry = self._chosen()
        if entry is not None and entry.category is Category.MILESTONE:
            self.tick_requested.emit(entry.id, entry.status != "done")

    def clear_preview(self) -> None:
        self.preview.clear()
        self._previewing = None

    def _selected(self, current, _previous) -> None:
        self.preview.clear()
        self._previewing = None
        entry = self._entries[current.row()] if current.isValid() else None
        self.tick.setEnabled(entry is not None and entry.category is Category.MILESTONE)
        has_file = current.isValid() and bool(self._entries[current.row()].attachment_count)
        self.save_file.setEnabled(has_file)
        if has_file:
            self._previewing = self._entries[current.row()].id
            self.preview_requested.emit(self._previewing)

    def show_preview(self, record_id: str, name: str, image: bytes | None) -> None:
        """A picture of the entry's first image or PDF page, or the name of its file (ignored
        when another entry has been selected meanwhile)."""
        if record_id != self._previewing:
            return
        pixmap = QPixmap()
        if image and pixmap.loadFromData(image):
            self.preview.setPixmap(
                pixmap.scaled(
                    self.preview.width(),
                    max(self.preview.height(), 120),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.preview.setText(self.tr("File: {name} (no preview)").format(name=name))

    def select(self, record_id: str) -> None:
        for row, entry in enumerate(self._entries):
            if entry.id == record_id:
                self.table.selectRow(row)

    def _emit_selected(self, signal) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            signal.emit(self._entries[rows[0].row()].id)

    def rowCount(self) -> int:
        return self.table.rowCount()
