"""The unlocked window: learner switcher, search, a sidebar of pages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backpack_app.domain.learners import Learner
from backpack_app.domain.records import CATEGORIES, Category, Record, RecordSummary, Section
from backpack_app.sharing.cards import signing_fingerprint
from backpack_app.ui.i18n import t
from backpack_app.ui.models.official import OfficialRow, load_official
from backpack_app.ui.models.overview import Overview, build_overview, overview_html
from backpack_app.ui.views.official_records import OfficialRecordsView
from backpack_app.ui.views.on_track_view import OnTrackView, StandardsView
from backpack_app.ui.views.profile import ProfileView
from backpack_app.ui.views.received_view import ReceivedView
from backpack_app.ui.views.settings_view import SettingsView
from backpack_app.ui.views.shares_view import SharesView
from backpack_app.ui.views.widgets import busy_bar

PAGES = [
    QT_TRANSLATE_NOOP("Backpack", "Overview"),
    QT_TRANSLATE_NOOP("Backpack", "Official records"),
    QT_TRANSLATE_NOOP("Backpack", "Learner profile"),
    QT_TRANSLATE_NOOP("Backpack", "Shares"),
    QT_TRANSLATE_NOOP("Backpack", "Received"),
    QT_TRANSLATE_NOOP("Backpack", "Settings"),
]


@dataclass
class MainData:
    """Everything the pages show for one learner, loaded together off the UI thread."""

    learners: list[Learner]
    learner: Learner | None
    official: list[OfficialRow] = field(default_factory=list)
    profile: list[RecordSummary] = field(default_factory=list)
    endorsed: dict[str, list[dict]] = field(default_factory=dict)  # third-party endorsements
    shares: list[Any] = field(default_factory=list)
    received: list[Any] = field(default_factory=list)  # kept shares, by learner
    kept_apart: list[dict[str, Any]] = field(default_factory=list)  # providers' replies
    trusted: list[Any] = field(default_factory=list)
    registries: list[Any] = field(default_factory=list)
    contacts: list[Any] = field(default_factory=list)
    overview: Overview = field(default_factory=Overview)
    on_track: list[Record] = field(default_factory=list)  # what the On track tab reads
    on_track_checks: dict[str, Any] = field(default_factory=dict)  # their stored checks


def load_main(wallet: Any, learner_id: str | None, text: str | None) -> MainData:
    everyone = wallet.learners()
    learner = next(
        (lr for lr in everyone if lr.id == learner_id), everyone[0] if everyone else None
    )
    data = MainData(learners=everyone, learner=learner)
    data.received = wallet.received_by_learner()
    data.kept_apart = wallet.kept_replies()
    data.trusted = list(wallet.trust_list().issuers.values())
    data.registries = list(wallet.issuer_registries())
    data.contacts = wallet.contacts()
    if learner is None:  # a recipient's backpack may hold no learner of its own
        return data
    profile = [c for c, info in CATEGORIES.items() if info.section is Section.PROFILE]
    data.official = load_official(wallet, learner.id, text)
    data.profile = wallet.list_records(learner=learner.id, categories=profile, text=text)
    data.endorsed = wallet.endorsements_by_record(learner.id)
    data.overview = build_overview(wallet.profile_figures(learner.id))
    data.on_track = wallet.on_track_records(learner.id)
    data.on_track_checks = wallet.on_track_checks(data.on_track)
    data.shares = [s for s in wallet.shares() if s.learner_id == learner.id]
    return data


def _titles(data: MainData) -> dict[str, str]:
    """Every shown record's title by id (official ones with what a CLR holds)."""
    found = {e.id: e.title for e in data.profile}
    level = list(data.official)
    while level:
        found.update((row.id, row.title) for row in level)
        level = [child for row in level for child in row.children]
    return found


def _page(title: str, note: str, body: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel(f"<h2>{title}</h2>"))
    if note:
        label = QLabel(note)
        label.setWordWrap(True)
        layout.addWidget(label)
    layout.addWidget(body, 1)
    return page


class MainView(QWidget):
    """Emits `refresh_requested(learner_id, text)` and `lock_requested()`."""

    refresh_requested = Signal(object, str)
    lock_requested = Signal()
    import_requested = Signal()
    paste_requested = Signal()
    link_requested = Signal()
    handover_requested = Signal(str)
    grade_level_requested = Signal(str, object)  # learner id, grade level or None
    share_requested = Signal()
    add_learner_requested = Signal()
    edit_learner_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.learner_box = QComboBox()
        self.learner_box.setAccessibleName(self.tr("Learner"))
        self.learner_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.learner_box.setMinimumWidth(160)
        self.add_learner = QPushButton(self.tr("Add learner…"))
        self.add_learner.setToolTip(self.tr("Add another learner of the family to this backpack"))
        self.add_learner.clicked.connect(self.add_learner_requested.emit)
        self.edit_learner = QPushButton(self.tr("School ids…"))
        self.edit_learner.setToolTip(
            self.tr("The school email and student id the school's files name this learner by")
        )
        self.edit_learner.clicked.connect(self.edit_learner_requested.emit)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search records (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search records"))
        self.search.setClearButtonEnabled(True)
        importer = QToolButton()
        importer.setText(self.tr("Import…"))
        importer.setToolTip(
            self.tr("Import records your school gave you (Ctrl+O), or drop files here")
        )
        importer.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        importer.clicked.connect(self.import_requested.emit)
        ways = QMenu(importer)
        ways.addAction(self.tr("From files…\tCtrl+O"), self.import_requested.emit)
        ways.addAction(
            self.tr("Paste a credential (JSON or JWT text)\tCtrl+Shift+V"),
            self.paste_requested.emit,
        )
        ways.addAction(
            self.tr("Add from a link… (a school's wallet link or offer)"),
            lambda: self.link_requested.emit(),
        )
        importer.setMenu(ways)
        sharer = QPushButton(self.tr("Share…"))
        sharer.setToolTip(self.tr("Share chosen records with someone (Ctrl+S)"))
        sharer.clicked.connect(self.share_requested.emit)
        lock = QPushButton(self.tr("Lock"))
        lock.setToolTip(self.tr("Lock the backpack (Ctrl+L)"))
        lock.clicked.connect(self.lock_requested.emit)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Learner:")))
        top.addWidget(self.learner_box)
        top.addWidget(self.add_learner)
        top.addWidget(self.edit_learner)
        top.addWidget(self.search, 1)
        top.addWidget(importer)
        top.addWidget(sharer)
        top.addWidget(lock)
        # Shown while work started here has taken more than a moment (see MainWindow).
        self.busy = busy_bar(self.tr("Working"))
        self.busy.setFixedWidth(90)
        keep = self.busy.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # nothing moves when it appears
        self.busy.setSizePolicy(keep)
        top.addWidget(self.busy)
        self.sidebar = QListWidget()
        self.sidebar.addItems([t(p) for p in PAGES])
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setFixedWidth(170)
        self.sidebar.setStyleSheet("QListWidget::item { padding: 7px 6px; }")
        self.pages = QStackedWidget()
        self.overview_text = QLabel()
        self.overview_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.overview_text.setWordWrap(True)
        self.handover = QPushButton()
        self.handover.setVisible(False)
        self.handover.clicked.connect(
            lambda: self.handover_requested.emit(self.learner_box.currentData())
        )
        summary = QWidget()
        column = QVBoxLayout(summary)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.handover)
        column.addWidget(self.overview_text, 1)
        self.on_track = OnTrackView()
        self.on_track.record_requested.connect(self.show_official_record)
        self.on_track.grade_level_chosen.connect(
            lambda level: self.grade_level_requested.emit(self.learner_box.currentData(), level)
        )
        self.on_track.goal_requested.connect(
            lambda: (self.sidebar.setCurrentRow(2), self.profile.add_requested.emit(Category.GOAL))
        )
        self.overview = QTabWidget()
        self.overview.setDocumentMode(True)
        self.overview.addTab(summary, self.tr("Summary"))
        self.overview.addTab(self.on_track, self.tr("On track"))
        self.standards = StandardsView()
        self.overview.addTab(self.standards, self.tr("Standards by term"))
        self.official = OfficialRecordsView()
        self.profile = ProfileView()
        self.shares = SharesView()
        self.received = ReceivedView()
        self.settings = SettingsView()
        self.settings.lock_requested.connect(self.lock_requested.emit)
        self.trusted = self.settings.trusted
        for title, note, body in (
            (t(PAGES[0]), "", self.overview),
            (
                t(PAGES[1]),
                self.tr(
                    "Records schools signed, and what tutors and programs wrote and signed for "
                    "you (third-party attested), checked when they came."
                ),
                self.official,
            ),
            (
                t(PAGES[2]),
                self.tr("Written by the learner or family: always labelled self-reported."),
                self.profile,
            ),
            (t(PAGES[3]), self.tr("Every share you made, and until when it opens."), self.shares),
            (
                t(PAGES[4]),
                self.tr("Shares others sent you: open one to check every record in it."),
                self.received,
            ),
            (t(PAGES[5]), "", self.settings),
        ):
            self.pages.addWidget(_page(title, note, body))
        body = QHBoxLayout()
        body.addWidget(self.sidebar)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        # Ctrl+1 ... Ctrl+6 open the sections, in the sidebar's order.
        for row in range(self.sidebar.count()):
            self.sidebar.item(row).setToolTip(f"Ctrl+{row + 1}")
            QShortcut(
                QKeySequence(f"Ctrl+{row + 1}"),
                self,
                activated=lambda r=row: self.sidebar.setCurrentRow(r),
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        self.sidebar.setCurrentRow(1)
        self.learner_box.activated.connect(lambda _i: self.request_refresh())
        self.search.returnPressed.connect(self.request_refresh)
        self.search.textChanged.connect(lambda t: None if t else self.request_refresh())

    def request_refresh(self) -> None:
        learner = self.learner_box.currentData()
        self.refresh_requested.emit(learner, self.search.text().strip())

    def show_data(self, data: MainData) -> None:
        self.learner_box.blockSignals(True)
        self.learner_box.clear()
        for lr in data.learners:
            self.learner_box.addItem(lr.name, lr.id)
        if data.learner is not None:
            self.learner_box.setCurrentIndex(self.learner_box.findData(data.learner.id))
        self.learner_box.blockSignals(False)
        self.official.set_rows(data.official)
        name = data.learner.name if data.learner else self.tr("nobody yet")
        self.overview_text.setText(overview_html(name, data.overview))
        due = data.learner is not None and data.learner.handover_due(today=dt.date.today())
        self.handover.setVisible(due)
        if due:
            self.handover.setText(
                self.tr("{name} is 18: the record is theirs to control now. Hand it over…").format(
                    name=name
                )
            )
        self.on_track.show_state_tests(data.overview.state_tests)
        self.on_track.show_records(
            data.on_track,
            data.on_track_checks,
            grade_level=data.learner.grade_level if data.learner else None,
        )
        self.standards.show_records(data.on_track, data.on_track_checks)
        self.profile.show_entries(data.profile, endorsed=data.endorsed)
        self.shares.show_shares(data.shares, now=dt.datetime.now(dt.UTC), titles=_titles(data))
        self.received.show_kept(data.received)
        self.received.apart.show_replies(data.kept_apart)
        self.trusted.fill([[t.name, t.url or "", t.id] for t in data.trusted])
        self.settings.show_registries(data.registries)
        self.settings.contacts.fill(
            [[c.name, c.fingerprint, signing_fingerprint(c.signing_did)] for c in data.contacts]
        )

    def show_data_empty(self) -> None:
        """Drop everything shown (on lock): no decrypted data stays in the widgets."""
        self.search.clear()
        self.show_data(MainData(learners=[], learner=None))
        self.received.clear_share()
        self.profile.clear_preview()

    def show_official_record(self, record_id: str) -> None:
        """A record behind an On track indicator, opened in Official records."""
        self.sidebar.setCurrentRow(1)
        self.official.select(record_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
