"""Small widgets screens share: a centred panel, an inline error, a busy bar, a table."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backpack_app.ui.colors import pill_color
from backpack_app.ui.models.rows import RowsModel


def centred_column(host: QWidget, *, width: int = 560) -> QVBoxLayout:
    """A column of at most `width` pixels in the middle of `host`; returns its layout."""
    panel = QWidget()
    panel.setMaximumWidth(width)
    row = QHBoxLayout(host)
    row.addStretch(1)
    row.addWidget(panel, 4)
    row.addStretch(1)
    return QVBoxLayout(panel)


def add_menu(
    text: str, name: str, choices: Iterable, words: Callable, signal: SignalInstance
) -> tuple[QToolButton, dict]:
    """An "Add ▾" button whose menu emits `signal(choice)`; returns it and its actions."""
    button = QToolButton()
    button.setText(text)
    button.setAccessibleName(name)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    actions: dict[object, QAction] = {}
    for choice in choices:
        action = menu.addAction(words(choice))
        action.triggered.connect(lambda _c=False, c=choice: signal.emit(c))
        actions[choice] = action
    button.setMenu(menu)
    return button, actions


def error_label(name: str) -> QLabel:
    """Where a problem is said inline, in place of a modal dialog."""
    label = QLabel()
    label.setStyleSheet(f"color: {pill_color('bad').name()}")
    label.setWordWrap(True)
    label.setAccessibleName(name)
    return label


def busy_bar(name: str) -> QProgressBar:
    """An indeterminate progress bar, hidden until work starts."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setVisible(False)
    bar.setAccessibleName(name)
    return bar


class Table(QTableView):
    """A read-only table of text rows."""

    def __init__(self, headers: list[str], name: str) -> None:
        super().__init__()
        self.rows = RowsModel(headers)
        self.setModel(self.rows)
        self.verticalHeader().setVisible(False)
        self.setTabKeyNavigation(False)  # Tab moves on to the next control; arrows move within
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setAccessibleName(name)

    def fill(self, rows: list[list[str]]) -> None:
        self.rows.set_rows(rows)
        if len(rows) < 2_000:  # measuring every row of a huge table would stall the window
            for col in range(1, self.rows.columnCount()):
                self.resizeColumnToContents(col)

    def rowCount(self) -> int:
        return self.rows.rowCount()
