"""The official records as a tree model: category groups, records, and a CLR's records inside.

The transcript group is arranged by school and term (`transcript`), a CLR's courses by term
inside it, and a course's scored standards (`standards`) under it, made when it is first
opened. A plain QAbstractItemModel over `OfficialRow`s: no per-cell objects, so tens of
thousands of rows appear at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QIcon, QPixmap

from backpack_app.domain.records import Category
from backpack_app.domain.verification import Verdict
from backpack_app.ui.colors import pill_color
from backpack_app.ui.i18n import t
from backpack_app.ui.models.official import OfficialRow
from backpack_app.ui.models.standards import Standard, standards
from backpack_app.ui.models.transcript import Heading, by_school, by_term, grade_words, school_words
from backpack_app.ui.terms import marked_category_words

Index = QModelIndex | QPersistentModelIndex
COLUMNS = [
    QT_TRANSLATE_NOOP("Backpack", "Record"),
    QT_TRANSLATE_NOOP("Backpack", "Code"),
    QT_TRANSLATE_NOOP("Backpack", "School"),
    QT_TRANSLATE_NOOP("Backpack", "Term"),
    QT_TRANSLATE_NOOP("Backpack", "Grade"),
    QT_TRANSLATE_NOOP("Backpack", "Credits"),
    QT_TRANSLATE_NOOP("Backpack", "Check"),
]
CREDITS = 5
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's OfficialRow; None on any other node
OF_RECORD_ROLE = Qt.ItemDataRole.UserRole + 2  # a standard's course, else as ROW_ROLE


def pill_tone(verdict: Verdict | None) -> str:
    if verdict is None:
        return "plain"
    if verdict is Verdict.VERIFIED:
        return "good"
    if verdict in (Verdict.UNKNOWN_ISSUER, Verdict.UNVERIFIABLE_OFFLINE, Verdict.UNSUPPORTED):
        return "warn"
    return "bad"


@dataclass(eq=False)
class _Node:
    """A category group or a school/term heading (`label`), a record (`row`) or a standard
    scored in its parent course (`standard`)."""

    parent: _Node | None
    label: str = ""
    row: OfficialRow | None = None
    standard: Standard | None = None
    credits: float | None = None  # a heading's total
    in_transcript: bool = False  # under a school heading, which says its school and term
    _children: list[_Node] | None = None
    icon: QIcon | None = None

    @property
    def children(self) -> list[_Node]:
        """Made when first asked for (a record opened): a CLR's records by term, a course's
        scored standards; listing thousands of records makes none of them."""
        if self._children is None:
            self._children = []
            if self.row is not None and self.row.children:
                self._children = _arranged(by_term(self.row.children), self)
            elif self.row is not None:
                scored = standards(self.row.entry.standards_json)
                self._children = [_Node(parent=self, standard=s) for s in scored]
        return self._children

    def may_hold(self) -> bool:
        """Whether it has (or, not yet made, may have) anything inside."""
        if self._children is not None:
            return bool(self._children)
        return self.row is not None and bool(self.row.children or self.row.entry.standards_json)


def _arranged(items: list[Heading | OfficialRow], parent: _Node) -> list[_Node]:
    """Nodes under `parent` for transcript headings and records."""
    found = []
    for item in items:
        if isinstance(item, Heading):
            node = _Node(parent=parent, label=item.label, credits=item.credits, _children=[])
            node.children.extend(_arranged(item.items, node))
            found.append(node)
        else:
            found.append(_Node(parent=parent, row=item, in_transcript=True))
    return found


def _credits(value: float | None) -> str:
    return f"{value:g}" if value is not None else ""


def _cells(row: OfficialRow, *, placed: bool = False) -> list[str]:
    """A record's cells; `placed` (under its school and term headings) leaves those two out."""
    e = row.entry
    school, term = (
        ("", "") if placed else (school_words(e.school, [row]) if e.school else "", e.term)
    )
    return [e.title, e.code, school, term, grade_words(e), _credits(e.credits), row.pill]


def _standard_cells(s: Standard) -> list[str]:
    return [s.name, s.code, "", "", s.level, "", ""]


class OfficialTreeModel(QAbstractItemModel):
    def __init__(self) -> None:
        super().__init__()
        self._root = _Node(parent=None, _children=[])
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[OfficialRow]) -> None:
        self.beginResetModel()
        root, groups = _Node(parent=None, _children=[]), {}
        transcript: list[OfficialRow] = []
        for row in rows:
            label = marked_category_words(row.category)
            if label not in groups:
                groups[label] = _Node(parent=root, label=label, _children=[])
                root.children.append(groups[label])
            if row.category is Category.TRANSCRIPT:
                transcript.append(row)
            else:
                groups[label].children.append(_Node(parent=groups[label], row=row))
        if transcript:
            group = groups[marked_category_words(Category.TRANSCRIPT)]
            group.children.extend(_arranged(by_school(transcript), group))
        self._root = root
        self.endResetModel()

    def _of(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._of(parent)
        if 0 <= row < len(node.children) and 0 <= column < len(COLUMNS):
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        up = index.internalPointer().parent
        if up is None or up is self._root or up.parent is None:
            return QModelIndex()
        return self.createIndex(up.parent.children.index(up), 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._of(parent).children)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's API
        if parent.isValid() and parent.column() != 0:
            return False
        return self._of(parent).may_hold()

    def has_total(self, index: Index) -> bool:
        """A term heading, which shows its credits."""
        return self._of(index).credits is not None

    def is_heading(self, index: Index) -> bool:
        """A category group or a school/term heading (no record behind it)."""
        node = self._of(index)
        return index.isValid() and node.row is None and node.standard is None

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._of(index)
        if node.standard is not None:
            if role == OF_RECORD_ROLE:
                return node.parent.row if node.parent else None
            return self._standard_data(node.standard, index.column(), role)
        if node.row is None:  # a category group or a school/term heading
            words = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            if words and index.column() == 0:
                return node.label
            if role == Qt.ItemDataRole.DisplayRole and index.column() == CREDITS:
                return _credits(node.credits)
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _cells(node.row, placed=node.in_transcript)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _cells(node.row)[index.column()]
        if role in (ROW_ROLE, OF_RECORD_ROLE):
            return node.row
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and node.row.image:
            return self._icon(node)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == len(COLUMNS) - 1:
            return QBrush(pill_color(pill_tone(node.row.verdict)))
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == len(COLUMNS) - 1:
            return t(QT_TRANSLATE_NOOP("Backpack", "Verification: {pill}")).format(
                pill=node.row.pill
            )
        return None

    @staticmethod
    def _standard_data(standard: Standard, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return _standard_cells(standard)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            framework = standard.framework
            cell = _standard_cells(standard)[column]
            return f"{cell} ({framework})" if framework and column == 0 else cell
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return t(QT_TRANSLATE_NOOP("Backpack", "Standard: {name}")).format(name=standard.name)
        return None

    def _icon(self, node: _Node) -> QIcon:
        """The badge picture as an icon, made once on the GUI thread (pixmaps belong there)."""
        if node.icon is None:
            pixmap = QPixmap()
            pixmap.loadFromData(node.row.image or b"")
            node.icon = QIcon(pixmap)
        return node.icon

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return t(COLUMNS[section])
        return None
