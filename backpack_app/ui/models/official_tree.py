"""The official records as a tree model: category groups, records, and a CLR's records inside.

A plain QAbstractItemModel over `OfficialRow`s: no per-cell objects, so tens of thousands of
rows appear at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPixmap

from backpack_app.domain.verification import Verdict
from backpack_app.ui.i18n import t
from backpack_app.ui.models.official import OfficialRow
from backpack_app.ui.terms import category_words

Index = QModelIndex | QPersistentModelIndex
COLUMNS = [
    QT_TRANSLATE_NOOP("Backpack", "Record"),
    QT_TRANSLATE_NOOP("Backpack", "School"),
    QT_TRANSLATE_NOOP("Backpack", "Term"),
    QT_TRANSLATE_NOOP("Backpack", "Grade"),
    QT_TRANSLATE_NOOP("Backpack", "Credits"),
    QT_TRANSLATE_NOOP("Backpack", "Check"),
]
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PILL_COLORS = {
    "good": QColor("#1b7f3b"),
    "warn": QColor("#9a6700"),
    "bad": QColor("#b42318"),
    "plain": QColor("#555555"),
}


def pill_tone(verdict: Verdict | None) -> str:
    if verdict is None:
        return "plain"
    if verdict is Verdict.VERIFIED:
        return "good"
    if verdict in (Verdict.UNKNOWN_ISSUER, Verdict.UNVERIFIABLE_OFFLINE):
        return "warn"
    return "bad"


@dataclass(eq=False)
class _Node:
    parent: _Node | None
    label: str = ""
    row: OfficialRow | None = None
    children: list[_Node] = field(default_factory=list)
    icon: QIcon | None = None


def _cells(row: OfficialRow) -> list[str]:
    e = row.entry
    return [
        e.title,
        e.school,
        e.term,
        e.grade,
        f"{e.credits:g}" if e.credits is not None else "",
        row.pill,
    ]


class OfficialTreeModel(QAbstractItemModel):
    def __init__(self) -> None:
        super().__init__()
        self._root = _Node(parent=None)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[OfficialRow]) -> None:
        self.beginResetModel()
        root, groups = _Node(parent=None), {}
        for row in rows:
            label = category_words(row.category)
            if label not in groups:
                groups[label] = _Node(parent=root, label=label)
                root.children.append(groups[label])
            groups[label].children.append(self._node(row, groups[label]))
        self._root = root
        self.endResetModel()

    def _node(self, row: OfficialRow, parent: _Node) -> _Node:
        node = _Node(parent=parent, row=row)
        node.children = [self._node(child, node) for child in row.children]
        return node

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

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._of(index)
        if node.row is None:  # a category group
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return node.label
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _cells(node.row)[index.column()]
        if role == ROW_ROLE:
            return node.row
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and node.row.image:
            return self._icon(node)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == len(COLUMNS) - 1:
            return QBrush(PILL_COLORS[pill_tone(node.row.verdict)])
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == len(COLUMNS) - 1:
            return t(QT_TRANSLATE_NOOP("Backpack", "Verification: {pill}")).format(
                pill=node.row.pill
            )
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
