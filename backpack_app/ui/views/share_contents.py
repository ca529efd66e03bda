"""What a received share says, as the family's own views show it: each school with its GPA,
terms and courses (grades, credits, standards), then the learner's own entries by kind (goals,
service, portfolio...), each with its details, notes and files; a picture of the chosen file
and a way to save it. The model is the core's (`sharing/contents.py`)."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backpack_app.domain.verification import Verdict
from backpack_app.sharing.contents import ProfileEntry, ShareContents, SignedLine, WrittenEntry
from backpack_app.ui.i18n import t
from backpack_app.ui.models.official import PILL_TEXT
from backpack_app.ui.models.transcript import CALLS_ITSELF, UNNAMED_SCHOOL
from backpack_app.ui.terms import category_words, core_words, date_words, verdict_words
from backpack_app.ui.views.profile_editor import CHOICE_WORDS, LABELS

SELF_REPORTED = QT_TRANSLATE_NOOP("Backpack", "Self-reported by the learner")
DATE_KEYS = {"target_date", "due_date", "start_date", "end_date"}


def _date(text: str) -> str:
    try:
        return date_words(dt.date.fromisoformat(text))
    except ValueError:
        return text


def field_words(key: str, value: str) -> tuple[str, str]:
    """A detail's label and value in the window's language."""
    label = t(LABELS[key]) if key in LABELS else key.replace("_", " ").capitalize()
    if key in DATE_KEYS:
        return label, _date(value)
    return label, t(CHOICE_WORDS[value]) if value in CHOICE_WORDS else value


def _breakable(text: str, every: int = 16) -> str:
    """A long word (a DID) with a line break allowed every `every` characters (U+200B)."""
    return "\u200b".join(text[i : i + every] for i in range(0, len(text), every))


class ShareContentsView(QWidget):
    """Emits `file_chosen(FileEntry)` (to be previewed) and `save_requested(FileEntry)`."""

    file_chosen = Signal(object)
    save_requested = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Record"), self.tr("Details"), self.tr("Check")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setAccessibleName(self.tr("Records in the share"))
        self.tree.currentItemChanged.connect(self._chosen)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.RichText)
        self.about.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Files of the chosen record"))
        self.files.setMaximumHeight(90)
        self.files.currentItemChanged.connect(self._file_chosen)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(140)
        self.preview.setAccessibleName(self.tr("Preview of the chosen file"))
        self.save = QPushButton(self.tr("Save file…"))
        self.save.setEnabled(False)
        self.save.clicked.connect(self._save)
        side = QWidget()
        side.setMaximumWidth(380)  # the records' tree is what is read; the side shows one
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.about)
        column.addWidget(self.files)
        column.addWidget(self.preview, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save)
        column.addLayout(row)
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(side)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self._shown: ShareContents | None = None

    # --- filling ---------------------------------------------------------------------------
    def clear(self) -> None:
        self.tree.clear()
        self._shown = None
        self._show_about("", [])

    def show_contents(self, contents: ShareContents) -> None:
        self.clear()
        self._shown = contents
        for school in contents.schools:
            self._school(school)
        if contents.third_party:
            heading = self._heading(self.tr("Written by others · third-party attested"))
            for written in contents.third_party:
                self._written(heading, written)
        kinds: dict[object, QTreeWidgetItem] = {}
        for entry in contents.profile:
            if entry.category not in kinds:
                name = category_words(entry.category) if entry.category else self.tr("Other")
                kinds[entry.category] = self._heading(
                    self.tr("{kind} · self-reported").format(kind=name)
                )
            self._entry(kinds[entry.category], entry)
        if contents.loose_files:
            heading = self._heading(self.tr("Other files"))
            for f in contents.loose_files:
                item = QTreeWidgetItem(heading, [f.name, f.media_type, ""])
                item.setData(0, Qt.ItemDataRole.UserRole, ("file", f))
        self.tree.expandAll()
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _heading(self, text: str, details: str = "") -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [text, details, ""])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFirstColumnSpanned(not details)  # nothing beside it: its text may run on
        return item

    def _school(self, school) -> None:
        lines = [*school.gpa, *school.other, *(ln for term in school.terms for ln in term.lines)]
        name = school.name or t(UNNAMED_SCHOOL)
        if school.name and all(ln.verdict is Verdict.UNKNOWN_ISSUER for ln in lines):
            name = t(CALLS_ITSELF).format(name=school.name)
        credits = self.tr("Credits: {credits}").format(credits=f"{school.credits:g}")
        top = self._heading(name, credits if school.credits is not None else "")
        for line in school.gpa:
            self._line(top, line)
        for term in school.terms:
            heading = QTreeWidgetItem(top, [term.name, "", ""])
            heading.setFirstColumnSpanned(True)
            for line in term.lines:
                self._line(heading, line)
        for line in school.other:
            self._line(top, line)

    def _line(self, parent: QTreeWidgetItem, line: SignedLine) -> None:
        title = f"{line.code} · {line.title}" if line.code else line.title
        if line.is_gpa:
            details = self.tr("GPA {grade}").format(grade=line.grade)
        else:
            parts = [line.grade] if line.grade else []
            if line.credits is not None:
                parts.append(self.tr("Credits: {credits}").format(credits=f"{line.credits:g}"))
            details = " · ".join(parts)
        item = QTreeWidgetItem(parent, [title, details, t(PILL_TEXT[line.verdict])])
        item.setData(0, Qt.ItemDataRole.UserRole, ("line", line))
        for standard in line.standards:
            said = f"{standard.code}: {standard.name}" if standard.code else standard.name
            child = QTreeWidgetItem(item, [self.tr("Standard: {name}").format(name=said)])
            child.setText(1, standard.level)
            child.setData(0, Qt.ItemDataRole.UserRole, ("standard", line))

    def _entry(self, parent: QTreeWidgetItem, entry: ProfileEntry) -> None:
        summary = []
        for key, value in entry.fields:
            if key in ("target_date", "due_date", "hours"):
                label, said = field_words(key, value)
                summary.append(
                    self.tr("{hours} hours").format(hours=said)
                    if key == "hours"
                    else f"{label}: {said}"
                )
        if entry.files:
            summary.append(self.tr("{count} file(s)").format(count=len(entry.files)))
        check = t(SELF_REPORTED) if entry.signature_ok else t(PILL_TEXT[Verdict.INVALID_SIGNATURE])
        item = QTreeWidgetItem(parent, [entry.title, " · ".join(summary), check])
        item.setData(0, Qt.ItemDataRole.UserRole, ("entry", entry))

    def _written(self, parent: QTreeWidgetItem, entry: WrittenEntry) -> None:
        summary = []
        if entry.hours is not None:
            summary.append(self.tr("{hours} hours").format(hours=f"{entry.hours:g}"))
        if entry.endorses:
            summary.append(self.tr("Endorses: {title}").format(title=entry.endorses))
        if entry.files:
            summary.append(self.tr("{count} file(s)").format(count=len(entry.files)))
        name = entry.author.name or self.tr("a writer who gave no name")
        check = self.tr("Written by {name}").format(name=name)
        item = QTreeWidgetItem(parent, [entry.title, " · ".join(summary), check])
        item.setToolTip(2, entry.author.did)
        item.setData(0, Qt.ItemDataRole.UserRole, ("written", entry))

    def _written_words(self, entry: WrittenEntry) -> str:
        """What a third-party entry says and who wrote it (by its own signature)."""
        e = html.escape
        rows = [f"<b>{e(entry.title)}</b>"]
        if entry.endorses:
            rows.append(e(self.tr("Endorses: {title}").format(title=entry.endorses)))
        if entry.text:
            rows.append(e(entry.text).replace("\n", "<br>"))
        if entry.hours is not None:
            rows.append(e(self.tr("{hours} hours").format(hours=f"{entry.hours:g}")))
        rows.append(
            self.tr(
                "<i>Third-party attested:</i> written by <b>{name}</b>, whose own key signed "
                "it (checked): <code>{did}</code>, fingerprint {fingerprint}. No school "
                "vouches for it."
            ).format(
                name=e(entry.author.name or self.tr("a writer who gave no name")),
                did=_breakable(e(entry.author.did)),
                fingerprint=e(entry.author.fingerprint),
            )
        )
        return "<br>".join(rows)

    # --- the chosen record -------------------------------------------------------------------
    def _chosen(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        data = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        if data is None:
            self._show_about("", [])
        elif data[0] in ("line", "standard"):
            self._show_about(self._line_words(data[1]), [])
        elif data[0] == "entry":
            self._show_about(self._entry_words(data[1]), data[1].files)
        elif data[0] == "written":
            self._show_about(self._written_words(data[1]), data[1].files)
        else:
            self._show_about(f"<b>{html.escape(data[1].name)}</b>", [data[1]])

    def _line_words(self, line: SignedLine) -> str:
        # Every text comes from the sender's file: escaped, never read as markup.
        e = html.escape
        rows = [f"<b>{e(line.title)}</b>"]
        for label, value in (
            (self.tr("Code"), line.code),
            (self.tr("Term"), line.term),
            (self.tr("Grade"), line.grade),
            (self.tr("Credits"), "" if line.credits is None else f"{line.credits:g}"),
        ):
            if value:
                rows.append(f"{e(label)}: {e(value)}")
        rows += [
            e(self.tr("Standard: {name}").format(name=s.name)) + f" — <b>{e(s.level)}</b>"
            for s in line.standards
        ]
        rows.append(
            f"<b>{e(verdict_words(line.verdict))}</b>: <i>{e(core_words(line.summary))}</i>"
        )
        return "<br>".join(rows)

    def _entry_words(self, entry: ProfileEntry) -> str:
        e = html.escape
        rows = [f"<b>{e(entry.title)}</b>"]
        if entry.description:
            rows.append(e(entry.description).replace("\n", "<br>"))
        for key, value in entry.fields:
            label, said = field_words(key, value)
            rows.append(f"{e(label)}: " + e(said).replace("\n", "<br>"))
        rows += [
            self.tr("Note of {day}: {text}").format(day=_date(day), text=e(text))
            for day, text in entry.notes
        ]
        rows.append(f"<i>{e(t(SELF_REPORTED))}</i>")
        return "<br>".join(rows)

    def _show_about(self, text: str, files: list) -> None:
        self.about.setText(text)
        self.files.clear()
        self.preview.clear()
        for f in files:
            item = QListWidgetItem(f"{f.name} ({f.media_type}, {f.size:,} B)")
            item.setData(Qt.ItemDataRole.UserRole, f)
            self.files.addItem(item)
        self.files.setVisible(bool(files))
        self.save.setEnabled(False)
        if files:
            self.files.setCurrentRow(0)

    def _file_chosen(self, current: QListWidgetItem | None, _previous=None) -> None:
        self.preview.clear()
        self.save.setEnabled(current is not None)
        if current is not None:
            self.file_chosen.emit(current.data(Qt.ItemDataRole.UserRole))

    def chosen_file(self):
        current = self.files.currentItem()
        return current.data(Qt.ItemDataRole.UserRole) if current is not None else None

    def _save(self) -> None:
        chosen = self.chosen_file()
        if chosen is not None:
            self.save_requested.emit(chosen)

    def show_preview(self, sha256: str, image: bytes | None) -> None:
        """A picture of the chosen file (ignored when another file was chosen meanwhile)."""
        chosen = self.chosen_file()
        if chosen is None or chosen.sha256 != sha256:
            return
        pixmap = QPixmap()
        if image and pixmap.loadFromData(image):
            self.preview.setPixmap(
                pixmap.scaled(
                    max(self.preview.width(), 200),
                    max(self.preview.height(), 140),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.preview.setText(self.tr("File: {name} (no preview)").format(name=chosen.name))

    def titles(self) -> list[str]:
        """Every record's title (not headings, standards or files), in the order shown."""
        found: list[str] = []

        def walk(item: QTreeWidgetItem) -> None:
            for i in range(item.childCount()):
                child = item.child(i)
                data = child.data(0, Qt.ItemDataRole.UserRole)
                if data is not None and data[0] in ("line", "entry", "written"):
                    found.append(child.text(0))
                walk(child)

        walk(self.tree.invisibleRootItem())
        return found

    def item_titled(self, title: str) -> QTreeWidgetItem | None:
        """The first item showing `title` (a record, heading or standard)."""
        hits = self.tree.findItems(title, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return hits[0] if hits else None
