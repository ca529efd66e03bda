"""The window's settings, each declared once with its type and default (kept by QSettings)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T

    def get(self) -> T:
        raw: Any = QSettings("Backpack", "Backpack").value(self.key, self.default)
        kind = type(self.default)
        try:
            return kind(raw)  # QSettings hands back strings from some back ends
        except (TypeError, ValueError):
            return self.default

    def set(self, value: T) -> None:
        QSettings("Backpack", "Backpack").setValue(self.key, value)


AUTO_LOCK_MINUTES = Setting("security/auto_lock_minutes", 5)
CLIPBOARD_CLEAR_SECONDS = Setting("security/clipboard_clear_seconds", 30)
LANGUAGE = Setting("ui/language", "en")
WINDOW_GEOMETRY_KEY = "window/geometry"
