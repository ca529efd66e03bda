"""How long a share opens: presets (1 week, 2 weeks, 1 month, the end of the school year) or a
date typed or picked. The date field has no minimum or maximum of its own: Qt refuses a typed
year that passes through a date out of range on the way (observed: typed years did not take),
so the range is checked when the share is made."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QWidget

from backpack_app.domain.sharing import DEFAULT_EXPIRY, MAX_EXPIRY, end_of_school_year

CUSTOM = "custom"


class ExpiryField(QWidget):
    """A preset or a date; `problem()` says why the chosen day cannot be used, or ""."""

    def __init__(self, today: dt.date | None = None) -> None:
        super().__init__()
        self.today = today or dt.date.today()
        self.presets = QComboBox()
        self.presets.setAccessibleName(self.tr("How long it opens"))
        for label, days in (
            (self.tr("1 week"), 7),
            (self.tr("2 weeks"), 14),
            (self.tr("1 month"), DEFAULT_EXPIRY.days),
        ):
            self.presets.addItem(label, days)
        self.presets.addItem(self.tr("End of the school year"), "school_year")
        self.presets.addItem(self.tr("Until a date I choose"), CUSTOM)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setAccessibleName(self.tr("Open until"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.presets)
        layout.addWidget(self.edit, 1)
        self.presets.currentIndexChanged.connect(self._preset_chosen)
        self.edit.dateChanged.connect(self._typed)
        self.presets.setCurrentIndex(2)  # a month, the core's default
        self._preset_chosen()

    def _preset_chosen(self) -> None:
        choice = self.presets.currentData()
        if choice == CUSTOM:
            return
        day = (
            end_of_school_year(self.today)
            if choice == "school_year"
            else self.today + dt.timedelta(days=int(choice))
        )
        self.edit.blockSignals(True)
        self.edit.setDate(QDate(day.year, day.month, day.day))
        self.edit.blockSignals(False)

    def _typed(self) -> None:
        self.presets.blockSignals(True)
        self.presets.setCurrentIndex(self.presets.findData(CUSTOM))
        self.presets.blockSignals(False)

    def day(self) -> dt.date:
        return self.edit.date().toPython()

    def latest(self) -> dt.date:
        """The last day a share may open until (the core's longest expiry)."""
        return self.today + dt.timedelta(days=MAX_EXPIRY.days - 1)

    def problem(self) -> str:
        if self.day() <= self.today:
            return self.tr("Choose a day after today for the share to open until.")
        if self.day() > self.latest():
            return self.tr("A share opens for a year at most: choose {day} or earlier.").format(
                day=self.latest().isoformat()
            )
        return ""
