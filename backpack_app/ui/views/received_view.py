"""Received: open a share someone sent (file, QR image or printout), read what it holds with
every record's check, remember the learner's key; kept shares are listed and open again
read-only. `OpenedSharePanel` is also what someone without a backpack sees (`guest_view.py`)."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backpack_app.domain.verification import Verdict
from backpack_app.ui.i18n import t
from backpack_app.ui.terms import date_words
from backpack_app.ui.views.kept_apart import KeptApartView
from backpack_app.ui.views.share_contents import ShareContentsView
from backpack_app.ui.views.shares_view import ANYONE_WITH_THE_CODE
from backpack_app.ui.views.widgets import error_label

KEY_WORDS = {
    "new": QT_TRANSLATE_NOOP(
        "Backpack",
        "No key is remembered for this learner yet: compare the fingerprint with the family.",
    ),
    "remembered": QT_TRANSLATE_NOOP("Backpack", "This is the key you remembered for this learner."),
    "different": QT_TRANSLATE_NOOP(
        "Backpack",
        "WARNING: you remembered another key for this learner. Ask the family first.",
    ),
}


class OpenedSharePanel(QWidget):
    """An opened share: what went wrong, or who made it for whom, the learner's key, and its
    contents. Emits `remember_requested()`; `contents` emits its file signals."""

    remember_requested = Signal()
    trust_requested = Signal(str, str)  # issuer id, the name it gives itself
    write_back_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._stranger: tuple[str, str] | None = None
        self.problem = error_label(self.tr("Problem with the share"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key = QLabel()
        self.key.setWordWrap(True)
        self.remember = QPushButton(self.tr("Remember this key for the learner"))
        self.remember.setVisible(False)
        self.remember.clicked.connect(self.remember_requested.emit)
        self.trust = QPushButton(self.tr("Trust this school…"))
        self.trust.setVisible(False)
        self.trust.clicked.connect(
            lambda: self._stranger and self.trust_requested.emit(*self._stranger)
        )
        self.ask = QLabel()
        self.ask.setWordWrap(True)
        self.write_back = QPushButton(self.tr("Write back to the family…"))
        self.write_back.setVisible(False)
        self.write_back.clicked.connect(self.write_back_requested.emit)
        self.contents = ShareContentsView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problem)
        layout.addWidget(self.heading)
        layout.addWidget(self.key)
        key_row = QHBoxLayout()  # the key's sentence keeps the full width; its actions below
        key_row.addStretch(1)
        key_row.addWidget(self.remember)
        key_row.addWidget(self.trust)
        layout.addLayout(key_row)
        ask_row = QHBoxLayout()
        ask_row.addWidget(self.ask, 1)
        ask_row.addWidget(self.write_back)
        layout.addLayout(ask_row)
        layout.addWidget(self.contents, 1)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.heading.clear()
        self.key.clear()
        self.remember.setVisible(False)
        self.trust.setVisible(False)
        self.ask.clear()
        self.write_back.setVisible(False)
        self.contents.clear()

    def show_share(self, opened, key_status: str | None, contents) -> None:
        """`key_status` None: there is no backpack to remember the key in."""
        self.problem.clear()
        strangers = [
            (r.report.issuer_id, r.report.issuer_name or "")
            for r in opened.records
            # (a third-party entry's writer is no school: it is labelled with their name)
            if r.report.verdict is Verdict.UNKNOWN_ISSUER
            and not r.self_reported
            and getattr(r, "author", None) is None
        ]
        # Trusting a school is offered once there is a backpack to keep the trust in.
        self._stranger = strangers[0] if strangers and strangers[0][0] else None
        self.trust.setVisible(key_status is not None and self._stranger is not None)
        if not opened.valid:
            verdict = self.tr("Some records do NOT check out.")
        elif strangers:
            verdict = self.tr(
                "Every signature checks out, but some schools are not in your trust list."
            )
        else:
            verdict = self.tr("Every record checks out.")
        learner = opened.learner_name or self.tr("A learner")
        recipient = opened.recipient_name or ""
        if opened.mode == "code":  # the words the sender's Backpack signs for a code share
            said = t(ANYONE_WITH_THE_CODE)
            recipient = said[:1].lower() + said[1:]  # mid-sentence here, a table cell there
        # Every name here comes from the sender's file: escaped, never read as markup.
        self.heading.setText(
            self.tr("<h3>{learner}'s records for {recipient}</h3>").format(
                learner=html.escape(learner), recipient=html.escape(recipient)
            )
            + html.escape(opened.purpose or "")
            + "<br>"
            + self.tr("Open until {day}. <b>{verdict}</b>").format(
                day=date_words(opened.expires.date()), verdict=verdict
            )
        )
        said = self.tr("Signed by the learner's key, fingerprint <b>{fingerprint}</b>.").format(
            fingerprint=html.escape(opened.holder_fingerprint)
        )
        if key_status is None:
            said += " " + self.tr("Compare it with the one the family sees on their screen.")
        else:
            said += " " + t(KEY_WORDS[key_status])
        self.key.setText(said)
        self.remember.setVisible(key_status is not None and key_status != "remembered")
        request = getattr(opened, "request", None)
        # Writing back signs with this backpack's key: offered once there is a backpack.
        self.write_back.setVisible(key_status is not None and request is not None)
        self.ask.setText(
            self.tr("The family asks you to write back: “{ask}”").format(
                ask=html.escape(request.ask)
            )
            if request is not None
            else ""
        )
        self.contents.show_contents(contents)


class LearnerShares(QTreeWidget):
    """Received across learners: one row a learner (their shares, until when, what their
    family is still owed), each share under it. Emits `reopen_requested(share_id)` when a
    share (or a learner with one share) is double-clicked."""

    reopen_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setColumnCount(4)
        self.setHeaderLabels(
            [
                self.tr("Learner"),
                self.tr("What was shared"),
                self.tr("Until"),
                self.tr("Still owed"),
            ]
        )
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.setAccessibleName(self.tr("Kept shares, by learner"))
        self.setMaximumHeight(190)
        self.itemDoubleClicked.connect(self._double_clicked)
        self._count = 0

    def rowCount(self) -> int:
        """How many kept shares are listed (under all learners)."""
        return self._count

    def show_groups(self, groups: list) -> None:
        self.clear()
        self._count = sum(len(g.shares) for g in groups)
        for group in groups:
            shares = [s.purpose or self.tr("(no purpose given)") for s in group.shares]
            until = f"{group.until:%Y-%m-%d}" if group.until is not None else ""
            owed = "; ".join(
                self.tr("{ask} (by {day})").format(ask=a["ask"], day=a["until"][:10])
                for a in group.owed
            )
            top = QTreeWidgetItem(self, [group.learner, "; ".join(shares), until, owed])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            if group.holder_did:
                top.setToolTip(
                    0, self.tr("Learner's key: {did}").format(did=html.escape(group.holder_did))
                )
            if len(group.shares) == 1:
                top.setData(0, Qt.ItemDataRole.UserRole, group.shares[0].id)
            asked = {a["share_id"]: a for a in group.asked}
            for share in group.shares:
                child = QTreeWidgetItem(
                    top,
                    [
                        self.tr("Shared {day}").format(day=f"{share.created:%Y-%m-%d}"),
                        share.purpose,
                        f"{share.expires:%Y-%m-%d}",
                        self._asked_words(asked.get(share.id)),
                    ],
                )
                child.setData(0, Qt.ItemDataRole.UserRole, share.id)
            top.setExpanded(len(group.shares) > 1)
        self.resizeColumnToContents(1)
        self.setColumnWidth(1, min(self.columnWidth(1), 360))

    def learner_row(self, name: str) -> QTreeWidgetItem | None:
        """The row of the learner called `name` (for tests and screenshots)."""
        found = self.findItems(name, Qt.MatchFlag.MatchExactly, 0)
        return found[0] if found else None

    def _asked_words(self, asked: dict | None) -> str:
        if asked is None:
            return ""
        if asked["status"] == "owed":
            return self.tr("You owe: {ask}").format(ask=asked["ask"])
        if asked["status"] == "answered":
            return self.tr("Answered ({count}): {ask}").format(
                count=asked["replies"], ask=asked["ask"]
            )
        return self.tr("Expired: {ask}").format(ask=asked["ask"])

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        share_id = item.data(0, Qt.ItemDataRole.UserRole)
        if share_id:
            self.reopen_requested.emit(share_id)


class ReceivedView(QWidget):
    """Emits `open_requested()`, `reopen_requested(share_id)` and `remember_requested()`."""

    open_requested = Signal()
    reopen_requested = Signal(str)
    remember_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.open_button = QPushButton(self.tr("Open a share…"))
        self.open_button.clicked.connect(self.open_requested.emit)
        self.kept = LearnerShares()
        self.kept.reopen_requested.connect(self.reopen_requested.emit)
        self.panel = OpenedSharePanel()
        self.panel.remember_requested.connect(self.remember_requested.emit)
        self.write_back_requested = self.panel.write_back_requested
        self.trust_requested = self.panel.trust_requested
        # The panel's parts, by the names the window and its tests use.
        self.problem, self.heading, self.key = (
            self.panel.problem,
            self.panel.heading,
            self.panel.key,
        )
        self.remember, self.contents = self.panel.remember, self.panel.contents
        self.apart = KeptApartView()  # providers' replies kept apart (kept_apart.py)
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.kept)
        layout.addWidget(self.apart)
        layout.addWidget(self.panel, 1)

    def show_kept(self, groups: list) -> None:
        """Kept shares, one row a learner (`wallet/received_learners.py`)."""
        self.kept.show_groups(groups)

    def clear_share(self) -> None:
        """Show no opened share (on lock)."""
        self.show_problem("")

    def show_problem(self, text: str) -> None:
        self.panel.show_problem(text)

    def show_share(self, opened, key_status: str, contents) -> None:
        self.panel.show_share(opened, key_status, contents)
