"""The editor of one Learner Profile entry, its fields drawn from the category's details model
(so every category, present and future, gets a form without a screen of its own)."""

from __future__ import annotations

import datetime as dt
import types
import typing
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backpack_app.domain.vocabulary import Category, Section, Sensitivity
from backpack_app.ui import dialogs
from backpack_app.ui.i18n import t
from backpack_app.ui.terms import category_words, marked_category_words
from backpack_app.ui.views.widgets import Table, error_label

if TYPE_CHECKING:  # the models load after the first screen (see ui/app.py: _warm_up)
    from collections.abc import Sequence

    from backpack_app.domain.records import Record
    from backpack_app.ui.sync_actions import EarlierValue

LONG_TEXT = {"reflection", "description"}
# What a family types about a document a school handed over (the rest of an official record's
# details come only from a signed credential).
DOCUMENT_FIELDS = ("school", "term", "code", "grade")
LABELS = {
    "target_date": QT_TRANSLATE_NOOP("Backpack", "Target date"),
    "due_date": QT_TRANSLATE_NOOP("Backpack", "Due date"),
    "start_date": QT_TRANSLATE_NOOP("Backpack", "Started"),
    "end_date": QT_TRANSLATE_NOOP("Backpack", "Ended"),
    "awarded_by": QT_TRANSLATE_NOOP("Backpack", "Awarded by"),
    "observed_by": QT_TRANSLATE_NOOP("Backpack", "Observed by"),
    "status": QT_TRANSLATE_NOOP("Backpack", "Status"),
    "hours": QT_TRANSLATE_NOOP("Backpack", "Hours"),
    "supervisor": QT_TRANSLATE_NOOP("Backpack", "Supervisor"),
    "role": QT_TRANSLATE_NOOP("Backpack", "Role"),
    "kind": QT_TRANSLATE_NOOP("Backpack", "Kind"),
    "location": QT_TRANSLATE_NOOP("Backpack", "Location"),
    "reflection": QT_TRANSLATE_NOOP("Backpack", "Reflection"),
    "track": QT_TRANSLATE_NOOP("Backpack", "Track"),
    "school": QT_TRANSLATE_NOOP("Backpack", "School"),
    "term": QT_TRANSLATE_NOOP("Backpack", "Term"),
    "code": QT_TRANSLATE_NOOP("Backpack", "Code"),
    "grade": QT_TRANSLATE_NOOP("Backpack", "Grade"),
}
CHOICE_WORDS = {
    "job": QT_TRANSLATE_NOOP("Backpack", "job"),
    "internship": QT_TRANSLATE_NOOP("Backpack", "internship"),
    "apprenticeship": QT_TRANSLATE_NOOP("Backpack", "apprenticeship"),
    "todo": QT_TRANSLATE_NOOP("Backpack", "to do"),
    "in_progress": QT_TRANSLATE_NOOP("Backpack", "in progress"),
    "done": QT_TRANSLATE_NOOP("Backpack", "done"),
    "research": QT_TRANSLATE_NOOP("Backpack", "research"),
    "study_abroad": QT_TRANSLATE_NOOP("Backpack", "study abroad"),
    "strength": QT_TRANSLATE_NOOP("Backpack", "strength"),
    "interest": QT_TRANSLATE_NOOP("Backpack", "interest"),
    "learning_preference": QT_TRANSLATE_NOOP("Backpack", "learning preference"),
    "not_started": QT_TRANSLATE_NOOP("Backpack", "not started"),
    "achieved": QT_TRANSLATE_NOOP("Backpack", "achieved"),
    "dropped": QT_TRANSLATE_NOOP("Backpack", "dropped"),
    "college": QT_TRANSLATE_NOOP("Backpack", "college"),
    "career": QT_TRANSLATE_NOOP("Backpack", "career"),
    "both": QT_TRANSLATE_NOOP("Backpack", "both"),
}


def field_words(name: str) -> str:
    """A details field's label in the current language."""
    marked = LABELS.get(name)
    return t(marked) if marked else name.replace("_", " ").capitalize()


def choice_words(value: str) -> str:
    marked = CHOICE_WORDS.get(value)
    return t(marked) if marked else value.replace("_", " ")


class OptionalDate(QWidget):
    """A date that may be left empty."""

    def __init__(self, value: dt.date | None) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox()
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        day = value or dt.date.today()
        self.edit.setDate(QDate(day.year, day.month, day.day))
        self.enabled.setChecked(value is not None)
        # The field stays editable: a date typed or picked ticks the box (observed: typing
        # into a field whose box was not ticked did nothing).
        self.edit.dateChanged.connect(lambda _d: self.enabled.setChecked(True))
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)

    def setAccessibleName(self, name: str) -> None:
        """Name the date and its tick box for screen readers (the container is not read)."""
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.enabled.setAccessibleName(self.tr("{field}: has a date").format(field=name))

    def value(self) -> dt.date | None:
        if not self.enabled.isChecked():
            return None
        q = self.edit.date()
        return dt.date(q.year(), q.month(), q.day())


def _kind(annotation: Any) -> Any:
    """The plain type of a field (`date | None` -> date)."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args[0] if len(args) == 1 else str
    return annotation


class EntryEditor(QDialog):
    """Emits `save_requested(values)` with title, description, date, details and files."""

    save_requested = Signal(dict)

    def __init__(
        self,
        category: Category,
        record: Record | None = None,
        parent=None,
        *,
        earlier: Sequence[EarlierValue] = (),
    ) -> None:
        """`earlier`: the entry's earlier values kept by sync (shown read-only)."""
        super().__init__(parent)

        from backpack_app.domain.records import CATEGORIES  # pydantic: after the first screen

        info = CATEGORIES[category]
        self.category, self.record = category, record
        kind = category_words(category)
        self.setWindowTitle(
            self.tr("Edit: {kind}").format(kind=kind)
            if record
            else self.tr("Add: {kind}").format(kind=kind)
        )
        layout = QVBoxLayout(self)
        document = info.section is Section.OFFICIAL
        note = QLabel(
            self.tr("{kind} - self-reported: written by the learner or family.").format(kind=kind)
            if not document
            else self.tr(
                "{kind} - a document the school gave you, without a signature: Backpack keeps "
                "it as it is and cannot check it."
            ).format(kind=marked_category_words(category))
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        title_label = (
            self.tr("Organisation")
            if category in (Category.SERVICE, Category.EMPLOYMENT)
            else self.tr("Title")
        )
        self.title = QLineEdit(record.title if record else "")
        self.title.setAccessibleName(title_label)
        self.description = QPlainTextEdit(record.description if record else "")
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setFixedHeight(70)
        self.date = OptionalDate(record.date if record else None)
        form.addRow(title_label, self.title)
        form.addRow(self.tr("Description"), self.description)
        self.date.setAccessibleName(self.tr("Date"))
        form.addRow(self.tr("Date"), self.date)
        current = record.details.model_dump() if record else {}
        self.fields: dict[str, QWidget] = {}
        if info.sensitivity is Sensitivity.RESTRICTED:
            restricted = QLabel(
                self.tr("Restricted: never shared unless you choose this document yourself.")
            )
            restricted.setWordWrap(True)
            layout.addWidget(restricted)
        for name, spec in info.details.model_fields.items():
            if name == "progress_notes" or (document and name not in DOCUMENT_FIELDS):
                continue
            widget = self._widget(name, _kind(spec.annotation), current.get(name, spec.default))
            widget.setAccessibleName(field_words(name))
            self.fields[name] = widget
            form.addRow(field_words(name), widget)
        layout.addLayout(form)
        self.note = None
        if category is Category.GOAL:
            notes = [
                f"{n.date}: {n.text}" for n in (record.details.progress_notes if record else [])
            ]
            history = QListWidget()
            history.addItems(notes)
            history.setAccessibleName(self.tr("Progress notes"))
            history.setFixedHeight(70)
            self.note = QLineEdit()
            self.note.setPlaceholderText(self.tr("Add a progress note (dated today)"))
            self.note.setAccessibleName(self.tr("New progress note"))
            layout.addWidget(QLabel(self.tr("Progress notes")))
            layout.addWidget(history)
            layout.addWidget(self.note)
        self.files: list[Path] = []
        if category is Category.PORTFOLIO or document:
            attached = [a.name for a in (record.attachments if record else [])]
            self.file_list = QListWidget()
            self.file_list.addItems(attached)
            self.file_list.setAccessibleName(self.tr("Files"))
            self.file_list.setFixedHeight(60)
            add_file = QPushButton(self.tr("Attach files…"))
            add_file.clicked.connect(self._attach)
            layout.addWidget(QLabel(self.tr("Files (kept encrypted)")))
            layout.addWidget(self.file_list)
            layout.addWidget(add_file)
        self.earlier = None
        if earlier:
            self.earlier = self._earlier_versions(earlier, title_label)
            heading = QLabel(
                self.tr(
                    "<b>Earlier versions</b> (values a later change replaced, here or on "
                    "another computer; kept, not editable)"
                )
            )
            heading.setWordWrap(True)
            layout.addWidget(heading)
            layout.addWidget(self.earlier)
        self.error = error_label(self.tr("Problem with this entry"))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        self.resize(520, 0)
        self._initial = self._snapshot()
        self._saving = False

    def _earlier_versions(self, history: Sequence[EarlierValue], title_label: str) -> Table:
        names = {
            "title": title_label,
            "description": self.tr("Description"),
            "date": self.tr("Date"),
            "files": self.tr("Files"),
        }
        table = Table(
            [self.tr("Field"), self.tr("Earlier value"), self.tr("Computer"), self.tr("Written")],
            self.tr("Earlier versions"),
        )
        table.fill(
            [
                [
                    names.get(h.field) or field_words(h.field.removeprefix("d.")),
                    self._shown_value(h.value),
                    self.tr("{name} (this computer)").format(name=h.computer)
                    if h.here
                    else h.computer,
                    h.when,
                ]
                for h in history
            ]
        )
        header = table.horizontalHeader()  # the field's name whole; the value takes the rest
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setFixedHeight(min(160, 32 + 26 * len(history)))
        self.setMinimumWidth(600)
        return table

    def _shown_value(self, value: Any) -> str:
        """An earlier value as a person reads it."""
        if value in (None, "", []):
            return self.tr("(empty)")
        if isinstance(value, list):  # files, progress notes
            return "; ".join(
                (
                    str(v.get("name") or f"{v.get('date', '')}: {v.get('text', '')}")
                    if isinstance(v, dict)
                    else str(v)
                )
                for v in value
            )
        if isinstance(value, float):
            return f"{value:g}"
        if isinstance(value, str) and value in CHOICE_WORDS:
            return choice_words(value)
        return str(value)

    def _snapshot(self) -> tuple:
        return (
            self.title.text(),
            self.description.toPlainText(),
            self.date.value(),
            tuple((n, self._value(w)) for n, w in self.fields.items()),
            self.note.text() if self.note is not None else "",
            len(self.files),
        )

    def reject(self) -> None:
        """Cancel, Escape or closing: ask first when something was changed."""
        if self._snapshot() != self._initial and not dialogs.confirm(
            self, self.tr("Discard changes?"), self.tr("This entry has changes that are not saved.")
        ):
            return
        super().reject()

    def discard(self) -> None:
        """Close without asking (the backpack is being locked)."""
        super().reject()

    @staticmethod
    def _widget(name: str, kind: Any, value: Any) -> QWidget:
        if kind is dt.date:
            return OptionalDate(value)
        if isinstance(kind, type) and issubclass(kind, Enum):
            box = QComboBox()
            for member in kind:
                box.addItem(choice_words(member.value), member.value)
            box.setCurrentIndex(max(0, box.findData(getattr(value, "value", value))))
            return box
        if kind is float:
            spin = QDoubleSpinBox()
            spin.setRange(0, 100_000)
            spin.setDecimals(1)
            spin.setValue(float(value or 0))
            return spin
        if name in LONG_TEXT:
            edit = QPlainTextEdit(value or "")
            edit.setFixedHeight(90)
            return edit
        return QLineEdit(value or "")

    @staticmethod
    def _value(widget: QWidget) -> Any:
        if isinstance(widget, OptionalDate):
            return widget.value()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QDoubleSpinBox):
            return widget.value()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    def _attach(self) -> None:
        chosen = dialogs.ask_open_files(self, self.tr("Attach files"), self.tr("All files (*)"))
        self.files.extend(chosen)
        self.file_list.addItems([p.name for p in chosen])

    def _values(self) -> dict:
        return {
            "title": self.title.text().strip(),
            "description": self.description.toPlainText().strip(),
            "date": self.date.value(),
            "details": {name: self._value(w) for name, w in self.fields.items()},
            "files": list(self.files),
            "note": self.note.text().strip() if self.note is not None else "",
        }

    def unsaved(self) -> dict | None:
        """The entry as edited, when it has changes that could be saved (it has a title) and
        are not already on their way (Save was pressed)."""
        if self._saving or self._snapshot() == self._initial or not self.title.text().strip():
            return None
        return self._values()

    def _submit(self) -> None:
        if not self.title.text().strip():
            self.error.setText(self.tr("Give the entry a title."))
            return
        self.error.clear()
        self.save_button.setEnabled(False)
        self._saving = True
        self.save_requested.emit(self._values())

    def failed(self, text: str) -> None:
        self.error.setText(text)
        self.save_button.setEnabled(True)
        self._saving = False
