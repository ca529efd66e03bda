"""Small widgets the start screens share: a centred panel, an inline error, a busy bar."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b42318"


def centred_column(host: QWidget, *, width: int = 560) -> QVBoxLayout:
    """A column of at most `width` pixels in the middle of `host`; returns its layout."""
    panel = QWidget()
    panel.setMaximumWidth(width)
    row = QHBoxLayout(host)
    row.addStretch(1)
    row.addWidget(panel, 4)
    row.addStretch(1)
    return QVBoxLayout(panel)


def error_label(name: str) -> QLabel:
    """Where a problem is said inline, in place of a modal dialog."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
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
