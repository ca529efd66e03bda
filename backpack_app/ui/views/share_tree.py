"""The records a share may hold, as Official records shows them: category groups, the
transcript by school and term (terms in date order, a CLR with its courses by term inside),
with Code and Term columns; then the Learner Profile by category. A group or heading ticks
everything under it; a CLR ticked whole goes as the one signed document it is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from backpack_app.domain.records import CATEGORIES, Category, RecordSummary, Section, Sensitivity
from backpack_app.domain.vocabulary import Provenance
from backpack_app.ui.models.official import OfficialRow
from backpack_app.ui.models.transcript import Heading, by_school, by_term, school_words
from backpack_app.ui.terms import kind_words, marked_category_words, sensitivity_words

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # a record's id; None on a group or heading


class ShareTree(QTreeWidget):
    """`items`: record id -> its item; `sensitivity`: record id -> its sensitivity."""

    def __init__(self) -> None:
        super().__init__()
        self.setHeaderLabels(
            [self.tr("Record"), self.tr("Code"), self.tr("Term"), self.tr("Sensitivity")]
        )
        self.items: dict[str, QTreeWidgetItem] = {}
        self.sensitivity: dict[str, Sensitivity] = {}
        # Qt's enums are slow to reach from Python: read once, not once per item.
        self._flags = QTreeWidgetItem().flags() | Qt.ItemFlag.ItemIsUserCheckable
        self._tristate = self._flags | Qt.ItemFlag.ItemIsAutoTristate
        self._unchecked = Qt.CheckState.Unchecked
        self._normal = Sensitivity.NORMAL
        self._markers = {s: sensitivity_words(s) for s in Sensitivity}
        self._headings: list[QTreeWidgetItem] = []

    def fill(self, records: list[RecordSummary], official: list[OfficialRow] | None) -> None:
        """`records`: every record that may be shared; `official`: the official ones as the
        Official records view arranges them (None: every record grouped by category only)."""
        self.sensitivity = {r.id: r.sensitivity for r in records}
        groups: dict[str, QTreeWidgetItem] = {}
        if official is not None:
            transcript = [r for r in official if r.category is Category.TRANSCRIPT]
            for row in official:  # groups in the order Official records shows them
                group = self._group(groups, row.category)
                if row.category is not Category.TRANSCRIPT:
                    group.addChild(self._record(row))
            if transcript:
                group = self._group(groups, Category.TRANSCRIPT)
                group.addChildren([self._node(h) for h in by_school(transcript)])
        # Items are made unattached and added a group at a time: one insertion per group rather
        # than one per record keeps a dialog of 10,000 records quick to open.
        loose: dict[Category, list[QTreeWidgetItem]] = {}
        for r in records:
            placed = official is not None and CATEGORIES[r.category].section is Section.OFFICIAL
            if not placed:
                loose.setdefault(r.category, []).append(self._item([r.title, "", "", ""], r.id))
        for category, children in loose.items():
            self._group(groups, category).addChildren(children)
        self.addTopLevelItems(list(groups.values()))
        for heading in self._headings:  # a long group or school name takes the whole row
            heading.setFirstColumnSpanned(True)
        self.expandAll()
        header = self.header()
        header.setResizeContentsPrecision(100)  # fit the first rows, not all
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _group(self, groups: dict[str, QTreeWidgetItem], category: Category) -> QTreeWidgetItem:
        words = (
            marked_category_words(category)
            if CATEGORIES[category].section is Section.OFFICIAL
            else kind_words(category)
        )
        if words not in groups:
            groups[words] = self._heading(words)
        return groups[words]

    def _heading(self, label: str, *, wide: bool = True) -> QTreeWidgetItem:
        item = QTreeWidgetItem([label])
        item.setFlags(self._tristate)
        item.setCheckState(0, self._unchecked)
        if wide:
            self._headings.append(item)
        return item

    def _item(self, cells: list[str], record_id: str) -> QTreeWidgetItem:
        sensitivity = self.sensitivity.get(record_id, self._normal)
        item = QTreeWidgetItem([*cells[:3], self._markers[sensitivity]])
        item.setFlags(self._flags)
        item.setCheckState(0, self._unchecked)
        item.setData(0, RECORD_ROLE, record_id)
        self.items[record_id] = item
        return item

    def _record(self, row: OfficialRow) -> QTreeWidgetItem:
        e = row.entry
        title = e.title
        if e.provenance == Provenance.THIRD_PARTY_ATTESTED:  # a tutor's, a program's: said so
            title = f"{e.title} · {school_words(e.school, [row])}"
        item = self._item([title, e.code, e.term], e.id)
        if row.children:  # a CLR: its courses by term under it (short term headings)
            item.setFlags(self._tristate)
            item.addChildren([self._node(n, wide=False) for n in by_term(row.children)])
        return item

    def _node(self, node: Heading | OfficialRow, *, wide: bool = True) -> QTreeWidgetItem:
        if isinstance(node, OfficialRow):
            return self._record(node)
        item = self._heading(node.label, wide=wide)
        item.addChildren([self._node(n, wide=False) for n in node.items])
        return item

    def chosen(self) -> list[str]:
        """Ticked records; a record inside a CLR ticked whole goes with the CLR, not apart."""
        found = []
        for rid, item in self.items.items():
            if item.checkState(0) != Qt.CheckState.Checked:
                continue
            up = item.parent()
            while up is not None and up.data(0, RECORD_ROLE) is None:
                up = up.parent()
            if up is None or up.checkState(0) != Qt.CheckState.Checked:
                found.append(rid)
        return found
