"""Overview → "On track": the early-warning indicators, each on its own (never one score).

Each card says the indicator's state, what was found, the rule in plain words, the trend by
term, what is missing and what the family can do next, with the records behind it one click
away. It is computed here, from the records shown, whenever they or the grade level change;
nothing of it is stored or shared.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backpack_app.credentials.standards import scored_terms, standards_over_time
from backpack_app.domain.on_track import (
    ASK_GRADE_LEVEL,
    Checked,
    GradeLevel,
    Indicator,
    counted,
    indicators,
    not_counted_sentences,
)
from backpack_app.domain.records import Record
from backpack_app.ui.colors import pill_color
from backpack_app.ui.i18n import t
from backpack_app.ui.on_track_words import say

TITLES = {
    "attendance": QT_TRANSLATE_NOOP("Backpack", "Attendance"),
    "behavior": QT_TRANSLATE_NOOP("Backpack", "Behaviour"),
    "course_grades": QT_TRANSLATE_NOOP("Backpack", "Course grades in English and maths"),
    "gpa": QT_TRANSLATE_NOOP("Backpack", "GPA the school signed"),
    "ninth_grade_on_track": QT_TRANSLATE_NOOP("Backpack", "9th-grade on track"),
}
STATUS = {
    "on_track": (QT_TRANSLATE_NOOP("Backpack", "On track"), "good"),
    "watch": (QT_TRANSLATE_NOOP("Backpack", "Worth watching"), "warn"),
    "off_track": (QT_TRANSLATE_NOOP("Backpack", "Off track"), "bad"),
    "missing_data": (QT_TRANSLATE_NOOP("Backpack", "Missing data"), "plain"),
}


def _label(text: str, *, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class IndicatorCard(QFrame):
    """One indicator. Emits `record_requested(id)` and `goal_requested(title)`."""

    record_requested = Signal(str)
    goal_requested = Signal()

    def __init__(self, indicator: Indicator, titles: dict[str, str]) -> None:
        super().__init__()
        self.indicator = indicator
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"on-track-{indicator.id}")
        words, tone = STATUS[indicator.status]
        head = QHBoxLayout()
        title = QLabel(f"<b>{t(TITLES[indicator.id])}</b>")
        self.status = QLabel(t(words))
        self.status.setStyleSheet(f"color: {pill_color(tone).name()}; font-weight: bold;")
        self.status.setAccessibleName(t(words))
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.status)
        column = QVBoxLayout(self)
        column.addLayout(head)
        column.addWidget(_label(say(indicator.finding)))
        self.rule = _label(self.tr("Rule: {rule}").format(rule=say(indicator.rule)))
        self.rule.setStyleSheet("color: palette(placeholder-text);")
        column.addWidget(self.rule)
        if indicator.trend:
            lines = [f"{p.term}: {t(STATUS[p.status][0])} ({say(p.text)})" for p in indicator.trend]
            column.addWidget(_label(self.tr("By term:") + "\n" + "\n".join(lines)))
        for line in indicator.missing:
            column.addWidget(_label(self.tr("Missing: {what}").format(what=say(line))))
        for line in indicator.notes:
            column.addWidget(_label(self.tr("Note: {what}").format(what=say(line))))
        for sentence in not_counted_sentences(indicator.not_counted):
            column.addWidget(_label(say(sentence)))
        actions = QHBoxLayout()
        for step in indicator.next_steps:
            said = (  # how, here: the box above
                self.tr(
                    "Choose the learner's grade level in the “Grade level” box above (kept with "
                    "the learner, self-reported)."
                )
                if step == ASK_GRADE_LEVEL
                else say(step)
            )
            actions.addWidget(_label(self.tr("Next: {step}").format(step=said)), 1)
        if not indicator.next_steps:
            actions.addStretch(1)
        self.sources = QToolButton()
        self.sources.setText(self.tr("Records behind this ({n})").format(n=len(indicator.records)))
        self.sources.setEnabled(bool(indicator.records or indicator.not_counted))
        self.sources.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.sources)
        for record_id in indicator.records:
            menu.addAction(
                titles.get(record_id, record_id),
                lambda rid=record_id: self.record_requested.emit(rid),
            )
        if indicator.not_counted:  # what was kept out is one click away too
            menu.addSection(self.tr("Not counted"))
            for skipped in indicator.not_counted:
                menu.addAction(
                    skipped.title, lambda rid=skipped.id: self.record_requested.emit(rid)
                )
        self.sources.setMenu(menu)
        self.goal = QPushButton(self.tr("Add a goal…"))
        self.goal.setVisible(indicator.status in ("watch", "off_track"))
        self.goal.clicked.connect(self.goal_requested.emit)
        actions.addWidget(self.sources)
        actions.addWidget(self.goal)
        column.addLayout(actions)


class OnTrackView(QWidget):
    """Emits `record_requested(id)` (show it in Official records), `goal_requested()`, and
    `grade_level_chosen(level or None)` when the family picks a grade level (to keep it)."""

    record_requested = Signal(str)
    goal_requested = Signal()
    grade_level_chosen = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.records: list[Record] = []
        self.today: dt.date | None = None
        self.checks: dict[str, Checked] | None = None
        self.titles: dict[str, str] = {}
        self.cards: list[IndicatorCard] = []
        intro = _label(
            self.tr(
                "Signs a counsellor looks at, worked out on this computer from the records you "
                "hold. Each stands on its own: there is no overall score. Only records the "
                "school signed, whose signature checks out and whose school you trust, count as "
                "the school's; anything else is listed as not counted. Nothing here is stored or "
                "shared."
            )
        )
        self.grade = QComboBox()
        self.grade.setAccessibleName(self.tr("Grade level"))
        self.grade.addItem(self.tr("Not known"), None)
        for level in range(6, 13):
            self.grade.addItem(str(level), level)
        self.grade.currentIndexChanged.connect(self._grade_chosen)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Grade level (if the school's records state none):")))
        top.addWidget(self.grade)
        top.addWidget(QLabel(self.tr("self-reported")))
        top.addStretch(1)
        self.body = QWidget()
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        self.state_tests = _label("")
        self.state_tests.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.state_tests)

    def show_state_tests(self, count: int) -> None:
        """Say that the state test results the family entered are not part of these signs."""
        self.state_tests.setText(
            self.tr(
                "State test results you entered from score reports: {count}. They are "
                "self-reported: none of these signs counts them."
            ).format(count=count)
        )
        self.state_tests.setVisible(count > 0)

    def show_records(
        self,
        records: list[Record],
        checks: dict[str, Checked] | None = None,
        *,
        today: dt.date | None = None,
        grade_level: int | None = None,
    ) -> None:
        """Show the indicators of these records; `checks` are their stored checks (the
        window passes them; without them, every school-signed record is taken as checked);
        `today`: the day the 9th-grade year is judged on (whether it is over), else today;
        `grade_level`: the one kept with the learner (shown in the box)."""
        self.records = list(records)
        self.checks = checks
        self.today = today
        self.grade.blockSignals(True)
        self.grade.setCurrentIndex(max(0, self.grade.findData(grade_level)))
        self.grade.blockSignals(False)
        self.titles = {
            r.id: f"{r.title} ({r.details.term})" if getattr(r.details, "term", "") else r.title
            for r in self.records
        }
        self._show()

    def _grade_chosen(self, _index: int) -> None:
        self._show()
        self.grade_level_chosen.emit(self.grade.currentData())

    def _show(self) -> None:
        for card in self.cards:
            self.column.removeWidget(card)
            card.deleteLater()
        self.cards = []
        while self.column.count():
            self.column.takeAt(0)
        level = self.grade.currentData()
        grade = GradeLevel(level) if level is not None else None
        found = indicators(self.records, grade=grade, checks=self.checks, today=self.today)
        for indicator in found:
            card = IndicatorCard(indicator, self.titles)
            card.record_requested.connect(self.record_requested.emit)
            card.goal_requested.connect(self.goal_requested.emit)
            self.column.addWidget(card)
            self.cards.append(card)
        self.column.addStretch(1)

    def card(self, indicator_id: str) -> IndicatorCard:
        return next(c for c in self.cards if c.indicator.id == indicator_id)


class StandardsView(QWidget):
    """Standards over time: one row per standard the signed courses score, one column per
    term (in date order), the level reached in each cell, so learning gains show."""

    def __init__(self) -> None:
        super().__init__()
        self.note = _label(
            self.tr(
                "Each standard your school-signed courses score, and the level reached in each "
                "term, as the school signed it (only records whose signature checks out and "
                "whose school you trust)."
            )
        )
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Standards by term"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def show_records(self, records: list[Record], checks: dict[str, Checked] | None = None) -> None:
        """Only true school data, as On track counts it (`checks`: the records' stored checks)."""
        records = counted(records, checks)
        found = standards_over_time(records)
        terms = scored_terms(records)
        self.table.clear()
        self.table.setColumnCount(1 + len(terms))
        self.table.setRowCount(len(found))
        self.table.setHorizontalHeaderLabels([self.tr("Standard"), *terms])
        for row, standard in enumerate(found):
            name = f"{standard.code}: {standard.name}" if standard.code else standard.name
            item = QTableWidgetItem(name)
            item.setToolTip(name)
            self.table.setItem(row, 0, item)
            for term, course, level in standard.levels:
                cell = QTableWidgetItem(level)
                cell.setToolTip(course)
                self.table.setItem(row, 1 + terms.index(term), cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 1 + len(terms)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

    def cells(self) -> list[list[str]]:
        return [
            [
                (self.table.item(r, c).text() if self.table.item(r, c) else "")
                for c in range(self.table.columnCount())
            ]
            for r in range(self.table.rowCount())
        ]
