"""Colours the window gives meaning to (verdicts, errors), readable on light and dark palettes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# Verdict colours readable on a light window and, lighter, on a dark one.
PILL_COLORS = {
    "good": ("#1b7f3b", "#5cc77f"),
    "warn": ("#8a5c00", "#e3b341"),
    "bad": ("#b42318", "#ff7b72"),
}


def dark_palette() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def pill_color(tone: str) -> QColor:
    """The colour of a verification pill in the current palette (plain: the muted text)."""
    if tone not in PILL_COLORS:
        return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    light, dark = PILL_COLORS[tone]
    return QColor(dark if dark_palette() else light)
