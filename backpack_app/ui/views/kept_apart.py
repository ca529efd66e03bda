"""Received → Kept apart: providers' replies the family's request does not vouch for (another
learner, a key not asked, late, endorsing nothing shared), each with why, until the family
accepts one (filed as third-party attested) or discards it (`backpack replies`)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backpack_app.ui.i18n import t
from backpack_app.ui.terms import date_words, written_words
from backpack_app.ui.views.widgets import Table

# Why a reply is kept apart, each the end of "This reply …" (sharing/contribution.py APART).
REASON_WORDS = {
    "name_of_contact": QT_TRANSLATE_NOOP(
        "Backpack",
        "gives the name of your contact {name}, but is not signed with the key on {name}'s card "
        "(anyone who saw your share could write one)",
    ),
    "other_key": QT_TRANSLATE_NOOP(
        "Backpack",
        "is signed by a key you did not ask (not the one on the card of the person you asked; "
        "anyone who saw your share could write one)",
    ),
    "other_learner": QT_TRANSLATE_NOOP(
        "Backpack", "is about another learner than the one you shared"
    ),
    "not_shared": QT_TRANSLATE_NOOP(
        "Backpack", "endorses a record you never shared with this person"
    ),
    "late": QT_TRANSLATE_NOOP("Backpack", "came after your request expired on {day}"),
}


SHORT_WORDS = {
    "name_of_contact": QT_TRANSLATE_NOOP("Backpack", "a contact's name, another key"),
    "other_key": QT_TRANSLATE_NOOP("Backpack", "a key you did not ask"),
    "other_learner": QT_TRANSLATE_NOOP("Backpack", "another learner"),
    "not_shared": QT_TRANSLATE_NOOP("Backpack", "endorses nothing you shared"),
    "late": QT_TRANSLATE_NOOP("Backpack", "after your request expired"),
}


def apart_words(reasons: list[str], expired: dt.datetime | None, name: str = "") -> str:
    """Why a reply is kept apart, in one sentence of the window's language (`name`: whom the
    writer says they are)."""
    day = date_words(expired.date()) if expired is not None else "?"
    said = [t(REASON_WORDS[r]).format(day=day, name=name) for r in reasons if r in REASON_WORDS]
    if not said:
        return ""
    joined = said[0]
    if len(said) > 1:
        joined = ", ".join(said[:-1]) + QCoreApplication.translate("Backpack", " and ") + said[-1]
    return QCoreApplication.translate("Backpack", "This reply {reasons}.").format(reasons=joined)


class KeptApartView(QWidget):
    """Emits `accept_requested(reply_id)` and `discard_requested(reply_id)` for the selected
    reply; hidden while no reply is kept apart."""

    accept_requested = Signal(str)
    discard_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        heading = QLabel(
            self.tr(
                "<b>Kept apart</b>: replies your request does not vouch for. They are not among "
                "the records; accept one only if you trust who wrote it."
            )
        )
        heading.setWordWrap(True)
        self.table = Table(
            [self.tr("Title"), self.tr("Written by"), self.tr("For"), self.tr("Kept apart for")],
            self.tr("Replies kept apart"),
        )
        self.table.setMaximumHeight(110)
        self.reason = QLabel()  # the chosen reply's reason, in full
        self.reason.setWordWrap(True)
        self.accept = QPushButton(self.tr("Accept and file…"))
        self.discard = QPushButton(self.tr("Discard…"))
        self.accept.clicked.connect(lambda: self._emit(self.accept_requested))
        self.discard.clicked.connect(lambda: self._emit(self.discard_requested))
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self._rows: list[dict] = []
        buttons = QHBoxLayout()
        buttons.addWidget(self.reason, 1)
        buttons.addWidget(self.accept)
        buttons.addWidget(self.discard)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.setVisible(False)

    def show_replies(self, rows: list[dict]) -> None:
        """`rows` as `Backpack.kept_replies()` gives them."""
        self._rows = list(rows)
        self.table.fill(
            [
                [
                    r["title"],
                    r["author_name"],
                    r["learner"],
                    ", ".join(t(SHORT_WORDS[x]) for x in r["reasons"] if x in SHORT_WORDS),
                ]
                for r in self._rows
            ]
        )
        if self._rows:
            self.table.selectRow(0)
        self._selected()
        self.setVisible(bool(self._rows))

    def reply(self, reply_id: str) -> dict | None:
        return next((r for r in self._rows if r["id"] == reply_id), None)

    def _current(self) -> str | None:
        picked = self.table.selectionModel().selectedRows()
        return self._rows[picked[0].row()]["id"] if picked and self._rows else None

    def _selected(self, *_args) -> None:
        chosen = self.reply(self._current() or "")
        self.accept.setEnabled(chosen is not None)
        self.discard.setEnabled(chosen is not None)
        self.reason.setText(
            ""
            if chosen is None
            else apart_words(
                chosen["reasons"], moment_of(chosen.get("expires")), chosen["author_name"]
            )
            + " "
            + written_words({**chosen, "name": chosen["author_name"]})
            + "."
        )

    def _emit(self, signal) -> None:
        reply_id = self._current()
        if reply_id is not None:
            signal.emit(reply_id)


def moment_of(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None
