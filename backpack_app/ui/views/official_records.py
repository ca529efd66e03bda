"""Official records: grouped by category, the transcript by school and term (a CLR's courses by
term inside it, a course's standards under it), a verification pill on each, and a detail panel with one row per check, the issuer, the dates and the raw credential."""

from __future__ import annotations

import json
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QIcon, QPixmap
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from backpack_app.credentials.same_nodes import signed_view
from backpack_app.domain.records import CATEGORIES, Category, Record, Sensitivity
from backpack_app.domain.verification import CheckId
from backpack_app.store.credentials import CredentialRow
from backpack_app.ui.colors import pill_color
from backpack_app.ui.i18n import t
from backpack_app.ui.models.official import OfficialRow, readable
from backpack_app.ui.models.official_tree import (
    OF_RECORD_ROLE,
    ROW_ROLE,
    OfficialTreeModel,
    pill_tone,
)
from backpack_app.ui.models.transcript import school_words
from backpack_app.ui.terms import core_words, date_words, written_words
from backpack_app.ui.views.documents_bar import DocumentsBar

STATUS_TEXT = {
    "passed": QT_TRANSLATE_NOOP("Backpack", "✔ passed"),
    "failed": QT_TRANSLATE_NOOP("Backpack", "✖ failed"),
    "warning": QT_TRANSLATE_NOOP("Backpack", "⚠ warning"),
    "not_checked": QT_TRANSLATE_NOOP("Backpack", "- not checked"),
}
CHECK_NAMES = {
    CheckId.FORMAT: QT_TRANSLATE_NOOP("Backpack", "format"),
    CheckId.PROOF: QT_TRANSLATE_NOOP("Backpack", "signature"),
    CheckId.ISSUER_KEY: QT_TRANSLATE_NOOP("Backpack", "issuer key"),
    CheckId.ISSUER_TRUST: QT_TRANSLATE_NOOP("Backpack", "issuer trust"),
    CheckId.VALIDITY: QT_TRANSLATE_NOOP("Backpack", "validity"),
    CheckId.STATUS: QT_TRANSLATE_NOOP("Backpack", "revocation"),
    CheckId.RECIPIENT: QT_TRANSLATE_NOOP("Backpack", "recipient"),
    CheckId.NESTED: QT_TRANSLATE_NOOP("Backpack", "records inside"),
    CheckId.ENDORSEMENTS: QT_TRANSLATE_NOOP("Backpack", "endorsements"),
    CheckId.CONFORMANCE: QT_TRANSLATE_NOOP("Backpack", "conformance"),
    CheckId.CONSISTENCY: QT_TRANSLATE_NOOP("Backpack", "consistency"),
    CheckId.SCHEMA: QT_TRANSLATE_NOOP("Backpack", "schema"),
}


def check_row_words(check: dict) -> list[str]:
    """A check of a stored report as three cells (name, result, meaning) in the current language."""
    name = CHECK_NAMES.get(check["id"])
    status = STATUS_TEXT.get(check["status"], STATUS_TEXT["not_checked"])
    return [
        t(name) if name else str(check["id"]).replace("_", " "),
        t(status),
        core_words(check["detail"]),
    ]


class DetailPanel(QWidget):
    """Everything about one record's verification, read-only."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.issuer = QLabel()
        self.issuer.setWordWrap(True)
        self.issuer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.checks = QTableWidget(0, 3)
        self.checks.setTabKeyNavigation(False)
        self.checks.setHorizontalHeaderLabels(
            [self.tr("Check"), self.tr("Result"), self.tr("What it means")]
        )
        self.checks.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.checks.verticalHeader().setVisible(False)
        self.checks.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.checks.setWordWrap(True)
        self.checks.setAccessibleName(self.tr("Verification checks"))
        self.raw = QPlainTextEdit()
        self.raw.setReadOnly(True)
        self.raw.setAccessibleName(self.tr("The credential as the school signed it"))
        # Keys, program parts and the signed JSON are for the curious: folded until asked for.
        self.fold = QToolButton()
        self.fold.setText(self.tr("Technical details"))
        self.fold.setCheckable(True)
        self.fold.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.fold.setArrowType(Qt.ArrowType.RightArrow)
        self.technical_text = QLabel()
        self.technical_text.setWordWrap(True)
        self.technical_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.technical = QWidget()
        inner = QVBoxLayout(self.technical)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.technical_text)
        inner.addWidget(QLabel(self.tr("As signed (read-only)")))
        inner.addWidget(self.raw, 1)
        self.technical.setVisible(False)
        self.fold.toggled.connect(self._unfold)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Preview of the document's file"))
        for widget in (self.title, self.summary, self.issuer, self.preview):
            layout.addWidget(widget)
        layout.addWidget(QLabel(self.tr("Checks")))
        layout.addWidget(self.checks, 3)
        layout.addWidget(self.fold)
        layout.addWidget(self.technical, 2)
        self.show_row(None)

    def _unfold(self, shown: bool) -> None:
        self.technical.setVisible(shown)
        self.fold.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def show_row(
        self,
        row: OfficialRow | None,
        opened: tuple[Record, CredentialRow] | None = None,
        author: dict | None = None,
        endorsements: Sequence[dict] = (),
    ) -> None:
        """`opened`: the whole record and its signed credential once they have been read (the
        view asks for them when a signed row is chosen); until then the panel says so.
        `author`: who wrote a third-party attested record (`Backpack.author_of`)."""
        self.checks.setRowCount(0)
        self.preview.clear()
        self.preview.setVisible(False)
        if row is None:
            self.title.setText(self.tr("<i>Choose a record to see how it was checked.</i>"))
            for label in (self.summary, self.issuer, self.technical_text):
                label.clear()
            self.raw.clear()
            self.fold.setVisible(False)
            return
        self.title.setText(f"<h3>{escape(row.title)}</h3>")
        self.issuer.clear()
        self.technical_text.clear()
        self.raw.clear()
        self.fold.setVisible(row.verdict is not None)  # a signed record has keys and JSON
        if row.verdict is None:
            self._show_document(row)
            return
        if opened is None:
            self.summary.setText(
                self.tr("<b>{pill}</b> - reading the signed record…").format(pill=row.pill)
            )
            return
        record, credential = opened
        report, raw = credential.report, readable(credential.original)
        self.summary.setText(
            self.tr("<b>{pill}</b> - {summary} <i>(checked {day})</i>").format(
                pill=row.pill,
                summary=escape(core_words(report["summary"])),
                day=credential.verified_at[:10],
            )
        )
        issuer = report.get("issuer") or {}
        d = record.details
        dates = []
        if getattr(d, "valid_from", None):
            dates.append(self.tr("valid from {day}").format(day=date_words(d.valid_from.date())))
        if getattr(d, "valid_until", None):
            dates.append(self.tr("until {day}").format(day=date_words(d.valid_until.date())))
        named = issuer.get("name")
        lines = (
            [self.tr("Name it gives itself: {name}").format(name=escape(named))] if named else []
        )
        if author is not None:  # a tutor's or a program's, at the family's request
            lines = [escape(written_words(author))]
        lines += [
            self.tr("✍ Endorsed by {author} (third-party attested): {text}").format(
                author=escape(e["author"]), text=escape(e["text"])
            )
            for e in endorsements
        ]
        lines += [", ".join(dates)] if dates else []
        self.issuer.setText("<br>".join(lines + _achievement_lines(d)))
        key = self.tr("Issuer key: {key}").format(key=escape(issuer.get("id") or ""))
        self.technical_text.setText("<br>".join([key, *_program_lines(raw)]))
        for check in report["checks"]:
            at = self.checks.rowCount()
            self.checks.insertRow(at)
            for col, text in enumerate(check_row_words(check)):
                self.checks.setItem(at, col, QTableWidgetItem(text))
        self.checks.resizeRowsToContents()
        self.raw.setPlainText(raw)

    def _show_document(self, row: OfficialRow) -> None:
        """A document without a signature: what it is, whether it is restricted, its files."""
        lines = [
            self.tr("A document the school gave you without a signature; Backpack cannot check it.")
        ]
        if CATEGORIES[row.category].sensitivity is Sensitivity.RESTRICTED:
            lines.append(
                self.tr("<b>Restricted</b>: never shared unless you choose this document yourself.")
            )
        files = [escape(f.name) for f in row.entry.files]
        lines.append(
            self.tr("Files: {names}").format(names=", ".join(files))
            if files
            else self.tr("No file attached.")
        )
        self.summary.setText("<br>".join(lines))

    def show_preview(self, name: str, image: bytes | None) -> None:
        """A picture of the document's first image or PDF page, or its file's name."""
        pixmap = QPixmap()
        if image and pixmap.loadFromData(image):
            self.preview.setPixmap(
                pixmap.scaledToHeight(160, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.preview.setText(self.tr("File: {name} (no preview)").format(name=name))
        self.preview.setVisible(True)

    def show_unreadable(self, row: OfficialRow, message: str) -> None:
        """The signed credential of `row` could not be read."""
        self.show_row(row)
        self.summary.setText(escape(message))


# Results a provider's reply names (sharing/contribution.py), said in the window's language.
PROVIDER_RESULTS = {
    "Hours attended": QT_TRANSLATE_NOOP("Backpack", "Hours attended"),
    "Strengths": QT_TRANSLATE_NOOP("Backpack", "Strengths"),
    "Challenges": QT_TRANSLATE_NOOP("Backpack", "Challenges"),
}


def _achievement_lines(details) -> list[str]:
    """Results (grades, rubric levels), alignments to standards and evidence, escaped."""
    lines = []
    for r in getattr(details, "results", []):
        value = r.level or r.value
        if value and r.name:
            name = t(PROVIDER_RESULTS[r.name]) if r.name in PROVIDER_RESULTS else r.name
            lines.append(
                t(QT_TRANSLATE_NOOP("Backpack", "Result ({name}): <b>{value}</b>")).format(
                    name=escape(name), value=escape(value)
                )
            )
        elif value:
            lines.append(
                t(QT_TRANSLATE_NOOP("Backpack", "Result: <b>{value}</b>")).format(
                    value=escape(value)
                )
            )
    for a in getattr(details, "alignments", []):
        framework = f" ({escape(a.framework)})" if a.framework else ""
        lines.append(
            t(QT_TRANSLATE_NOOP("Backpack", "Aligned to {target}")).format(
                target=escape(a.name or a.code) + framework
            )
        )
    for e in getattr(details, "evidence", []):
        lines.append(
            t(QT_TRANSLATE_NOOP("Backpack", "Evidence: {what}")).format(
                what=escape(e.name or e.narrative or e.url)
            )
        )
    return lines


def _program_lines(raw: str) -> list[str]:
    """For a CLR: what its issuer expects the learner to achieve (`achievement[]`) and how the
    records inside relate to it (`association[]`), escaped."""
    try:
        document = json.loads(raw)
    except ValueError:
        return []
    if not isinstance(document, dict) or "ClrCredential" not in str(document.get("type")):
        return []
    document = signed_view(document)  # what the signature covers, not one copy of it
    subject = document.get("credentialSubject")
    subject = subject[0] if isinstance(subject, list) and subject else subject
    if not isinstance(subject, dict):
        return []
    lines = []
    for a in [x for x in subject.get("achievement") or [] if isinstance(x, dict)][:50]:
        kind = a.get("achievementType")
        lines.append(
            t(QT_TRANSLATE_NOOP("Backpack", "Program part: <b>{name}</b>")).format(
                name=escape(str(a.get("name", "")))
            )
            + (f" ({escape(str(kind))})" if kind else "")
        )
    links = [x for x in subject.get("association") or [] if isinstance(x, dict)]
    if links:
        lines.append(
            t(
                QT_TRANSLATE_NOOP(
                    "Backpack", "{count} links between the program and the records inside"
                )
            ).format(count=len(links))
        )
    return lines


MAX_CARDS = 200
OPENED_AT_ONCE = 300  # rows a first look opens (headings, then learner records); more stay shut


class BadgeCards(QListWidget):
    """Badges and awards as cards: their picture, name, issuer and pill. Emits `chosen(id)`."""

    chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(QSize(48, 48))
        self.setGridSize(QSize(260, 104))
        self.setWordWrap(True)
        self.setFixedHeight(118)
        self.setAccessibleName(self.tr("Badges and awards"))
        self.currentItemChanged.connect(
            lambda item, _old: self.chosen.emit(item.data(ROW_ROLE)) if item else None
        )

    def show_cards(self, rows: list[OfficialRow]) -> None:
        self.clear()
        for row in rows[:MAX_CARDS]:
            pixmap = QPixmap()
            if row.image:
                pixmap.loadFromData(row.image)
            school = school_words(row.entry.school, [row]) if row.entry.school else ""
            item = QListWidgetItem(QIcon(pixmap), f"{row.title}\n{school}\n{row.pill}")
            item.setData(ROW_ROLE, row.id)
            item.setForeground(QBrush(pill_color(pill_tone(row.verdict))))
            item.setToolTip(f"{row.title} - {school} - {row.pill}")
            self.addItem(item)
        self.setVisible(bool(rows))


def badge_rows(rows: list[OfficialRow]) -> list[OfficialRow]:
    """Every award or badge among the rows (CLR contents included), pictures first."""
    found: list[OfficialRow] = []

    def walk(level: list[OfficialRow]) -> None:
        for row in level:
            if row.category is Category.AWARD or row.image:
                found.append(row)
            walk(row.children)

    walk(rows)
    return sorted(found, key=lambda r: r.image is None)


class OfficialRecordsView(QWidget):
    """The transcript and every other official record, with their verification. Emits
    `credential_wanted(record_id)` when a signed record is chosen; the window reads the record
    and its credential off the UI thread and hands them to `show_credential`."""

    credential_wanted = Signal(str)
    preview_requested = Signal(str)  # a document without a signature that has files

    def __init__(self) -> None:
        super().__init__()
        self.documents = DocumentsBar()
        self.model = OfficialTreeModel()
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Official records"))
        self.tree.setUniformRowHeights(True)
        # Columns fit the first 100 rows: measuring thousands would stall the window.
        self.tree.header().setResizeContentsPrecision(100)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        # What opens (a course's standards, their levels) may be wider than what was measured.
        self.tree.expanded.connect(lambda _index: self._fit_columns())
        self.detail = DetailPanel()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        splitter.setSizes([420, 360])  # a transcript wants room
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(
            self.tr("No official records yet. Import the files your school gave you (Ctrl+O).")
        )
        self.empty.setWordWrap(True)
        self.cards = BadgeCards()
        self.cards.setVisible(False)
        self.cards.chosen.connect(self.select)
        layout.addWidget(self.documents)
        layout.addWidget(self.empty)
        layout.addWidget(self.cards)
        layout.addWidget(splitter)

    def set_rows(self, rows: list[OfficialRow]) -> None:
        self.model.set_rows(rows)
        self.tree.blockSignals(True)  # the rows opened here are measured once, below
        try:
            self._open_headings()
        finally:
            self.tree.blockSignals(False)
        for col in range(1, self.model.columnCount()):
            self.tree.resizeColumnToContents(col)  # measured on the first rows (see __init__)
        self.empty.setVisible(not rows)
        self.cards.show_cards(badge_rows(rows))
        self.detail.show_row(None)
        self.documents.choose(None)

    def _fit_columns(self) -> None:
        """When a row opens, columns after the first grow to fit what it shows (measured on
        the first rows, see `__init__`); they never shrink, so nothing jumps narrower."""
        header = self.tree.header()
        for col in range(1, self.model.columnCount()):
            header.resizeSection(
                col, max(header.sectionSize(col), self.tree.sizeHintForColumn(col))
            )

    def _open_headings(self) -> None:
        """Open the groups, schools and terms, and the learner records with their terms while
        that shows at most `OPENED_AT_ONCE` rows (a family's transcript opens whole; thousands
        of records would stall the window); courses stay shut over their standards."""
        model, budget = self.model, OPENED_AT_ONCE
        level = [model.index(r, 0) for r in range(model.rowCount())]
        while level and budget > 0:
            inner = []
            for index in level:
                row = index.data(ROW_ROLE)
                if model.is_heading(index) and not model.has_total(index):
                    # A category or a school: its name may take the whole row (terms show
                    # their credits in the Credits column).
                    self.tree.setFirstColumnSpanned(index.row(), index.parent(), True)
                if budget > 0 and (model.is_heading(index) or (row and row.children)):
                    count = model.rowCount(index)
                    budget -= count
                    self.tree.expand(index)
                    inner.extend(model.index(r, 0, index) for r in range(count))
            level = inner

    def select(self, record_id: str) -> None:
        """Show the record `record_id` in the tree and its checks in the detail panel."""

        def find(parent: QModelIndex) -> QModelIndex | None:
            for r in range(self.model.rowCount(parent)):
                index = self.model.index(r, 0, parent)
                row = index.data(ROW_ROLE)
                if row is not None and row.id == record_id:
                    return index
                inner = find(index)
                if inner is not None:
                    return inner
            return None

        index = find(QModelIndex())
        if index is not None:
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # A standard shows the course credential that scored it.
        row = current.data(OF_RECORD_ROLE) if current.isValid() else None
        self.detail.show_row(row)
        self.documents.choose(row)
        if row is not None and row.verdict is not None:
            self.credential_wanted.emit(row.id)
        elif row is not None and row.entry.files:
            self.preview_requested.emit(row.id)

    def show_preview(self, record_id: str, name: str, image: bytes | None) -> None:
        """The preview `preview_requested` asked for, if its row is still the chosen one."""
        if self._current_row(record_id) is not None:
            self.detail.show_preview(name, image)

    def _current_row(self, record_id: str) -> OfficialRow | None:
        row = self.tree.currentIndex().data(OF_RECORD_ROLE)
        return row if row is not None and row.id == record_id else None

    def show_credential(
        self,
        record_id: str,
        opened: tuple[Record, CredentialRow | None, dict | None, list[dict]],
    ) -> None:
        """What `credential_wanted` asked for (the record, its credential, who wrote it when a
        tutor or a program did, and the endorsements of it), if its row is still chosen."""
        row = self._current_row(record_id)
        if row is None:
            return
        record, credential, author, endorsements = opened
        if credential is None:
            self.detail.show_unreadable(
                row, self.tr("Its signed credential is no longer in the backpack.")
            )
        else:
            self.detail.show_row(
                row, (record, credential), author=author, endorsements=endorsements
            )

    def show_unreadable(self, record_id: str, message: str) -> None:
        row = self._current_row(record_id)
        if row is not None:
            self.detail.show_unreadable(row, message)

    def rows_shown(self) -> list[tuple[str, str]]:
        """(title, pill) of every record in the tree, for tests and screen readers."""
        found: list[tuple[str, str]] = []

        def walk(parent: QModelIndex) -> None:
            for r in range(self.model.rowCount(parent)):
                index = self.model.index(r, 0, parent)
                row = index.data(ROW_ROLE)
                if row is not None:
                    found.append((row.title, row.pill))
                walk(index)

        walk(QModelIndex())
        return found
