"""Colours follow the system palette: verdicts stay readable on a dark window."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from backpack_app.ui.colors import pill_color


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def part(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * part(c.redF()) + 0.7152 * part(c.greenF()) + 0.0722 * part(c.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_pill_colours_are_readable_on_light_and_dark_windows(qapp):
    saved = QGuiApplication.palette()
    try:
        for window in ("#f5f5f5", "#1e1e1e"):
            palette = QPalette(saved)
            palette.setColor(QPalette.ColorRole.Window, QColor(window))
            palette.setColor(QPalette.ColorRole.Base, QColor(window))
            QGuiApplication.setPalette(palette)
            for tone in ("good", "warn", "bad"):
                assert _contrast(pill_color(tone), QColor(window)) >= 4.5, (window, tone)
    finally:
        QGuiApplication.setPalette(saved)
