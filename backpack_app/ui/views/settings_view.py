"""Settings: auto-lock, sync, the issuers you trust and the issuer registries you chose."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backpack_app import __version__
from backpack_app.ui.i18n import LANGUAGES
from backpack_app.ui.settings import AUTO_LOCK_MINUTES, CLIPBOARD_CLEAR_SECONDS, LANGUAGE
from backpack_app.ui.terms import date_words
from backpack_app.ui.views.sync_dialogs import progress_bar, show_progress
from backpack_app.ui.views.widgets import Table, error_label


class SettingsView(QWidget):
    """Emits `auto_lock_changed(minutes)` (0: never), `lock_requested()` and
    `export_card_requested()`; `add_contact_requested()` asks to save someone's card."""

    auto_lock_changed = Signal(int)
    lock_requested = Signal()
    export_card_requested = Signal()
    add_contact_requested = Signal()
    passphrase_requested = Signal()
    language_changed = Signal(str)
    backup_requested = Signal()
    untrust_requested = Signal(str)
    trust_file_requested = Signal()
    registry_file_requested = Signal()
    registry_address_requested = Signal()
    registry_remove_requested = Signal(str)
    restretch_requested = Signal(float)
    sync_requested = Signal()
    sync_setup_requested = Signal()
    computers_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        form = QFormLayout()
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSuffix(self.tr(" minutes idle"))
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setAccessibleName(self.tr("Lock after idle minutes"))
        self.auto_lock.setValue(AUTO_LOCK_MINUTES.get())
        self.auto_lock.valueChanged.connect(self._changed)
        lock_now = QPushButton(self.tr("Lock now (Ctrl+L)"))
        lock_now.clicked.connect(self.lock_requested.emit)
        form.addRow(self.tr("Lock the backpack after"), self.auto_lock)
        self.clipboard = QSpinBox()
        self.clipboard.setRange(5, 600)
        self.clipboard.setSuffix(self.tr(" seconds"))
        self.clipboard.setAccessibleName(self.tr("Clear a copied share code after seconds"))
        self.clipboard.setValue(CLIPBOARD_CLEAR_SECONDS.get())
        self.clipboard.valueChanged.connect(CLIPBOARD_CLEAR_SECONDS.set)
        form.addRow(self.tr("Clear a copied share code after"), self.clipboard)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(LANGUAGE.get())))
        self.language.activated.connect(
            lambda _i: self.language_changed.emit(self.language.currentData())
        )
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", lock_now)
        export_card = QPushButton(self.tr("Export my card…"))
        export_card.setToolTip(
            self.tr("Your card lets others make shares only this backpack can open")
        )
        export_card.clicked.connect(self.export_card_requested.emit)
        form.addRow(self.tr("To receive shares"), export_card)
        passphrase = QPushButton(self.tr("Change passphrase…"))
        passphrase.clicked.connect(self.passphrase_requested.emit)
        backup = QPushButton(self.tr("Save an encrypted backup…"))
        backup.clicked.connect(self.backup_requested.emit)
        form.addRow(self.tr("Passphrase"), passphrase)
        strength_row = QHBoxLayout()
        self.strength = QComboBox()
        self.strength.setAccessibleName(self.tr("Key stretching"))
        self.strength.addItem(self.tr("Standard (about ¾ s to unlock)"), 0.75)
        self.strength.addItem(self.tr("Strong (about 2 s to unlock)"), 2.0)
        self.strength.addItem(self.tr("Strongest (about 4 s to unlock)"), 4.0)
        apply_strength = QPushButton(self.tr("Apply…"))
        apply_strength.clicked.connect(
            lambda: self.restretch_requested.emit(float(self.strength.currentData()))
        )
        strength_row.addWidget(self.strength, 1)
        strength_row.addWidget(apply_strength)
        form.addRow(self.tr("Key stretching"), strength_row)
        form.addRow(self.tr("Backup"), backup)
        self.sync_status = QLabel()
        self.sync_status.setWordWrap(True)
        self.sync_setup = QPushButton(self.tr("Set up…"))
        self.sync_setup.setToolTip(
            self.tr("Choose a folder this computer shares with the others, and sync through it")
        )
        self.sync_setup.clicked.connect(self.sync_setup_requested.emit)
        self.sync_now = QPushButton(self.tr("Sync now"))
        self.sync_now.clicked.connect(self.sync_requested.emit)
        self.computers = QPushButton(self.tr("Computers…"))
        self.computers.setToolTip(self.tr("Which computers sync this backpack; remove one"))
        self.computers.clicked.connect(self.computers_requested.emit)
        sync_buttons = QHBoxLayout()
        for button in (self.sync_setup, self.sync_now, self.computers):
            sync_buttons.addWidget(button)
        sync_buttons.addStretch(1)
        self.sync_progress = progress_bar(self.tr("Sync progress"))
        self.sync_problem = error_label(self.tr("Problem with sync"))
        self.sync_problem.setVisible(False)
        form.addRow(self.tr("Other computers"), self.sync_status)
        form.addRow("", sync_buttons)
        form.addRow("", self.sync_progress)
        form.addRow("", self.sync_problem)
        self.about = QLabel(f"Backpack {__version__}")
        form.addRow(self.tr("About"), self.about)
        self.trusted = Table(
            [self.tr("Issuer"), self.tr("Website"), self.tr("Key")], self.tr("Trusted issuers")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                self.tr(
                    "<b>Schools you trust</b> (from the trust file a school hands out, or an "
                    "import's results)"
                )
            )
        )
        layout.addWidget(self.trusted, 1)
        trust_row = QHBoxLayout()
        self.trust_file = QPushButton(self.tr("Load a school's trust file…"))
        self.trust_file.clicked.connect(self.trust_file_requested.emit)
        untrust = QPushButton(self.tr("Stop trusting the selected issuer"))
        untrust.clicked.connect(self._untrust_selected)
        trust_row.addWidget(self.trust_file)
        trust_row.addWidget(untrust)
        trust_row.addStretch(1)
        layout.addLayout(trust_row)
        layout.addWidget(
            QLabel(
                self.tr(
                    "<b>Issuer registries</b> (lists of known schools you chose to rely on; "
                    "none is used unless you add it)"
                )
            )
        )
        self.registries = Table(
            [self.tr("Registry"), self.tr("As of"), self.tr("Schools"), self.tr("From")],
            self.tr("Issuer registries"),
        )
        layout.addWidget(self.registries, 1)
        registry_row = QHBoxLayout()
        self.registry_file = QPushButton(self.tr("Add a registry from a file…"))
        self.registry_file.clicked.connect(self.registry_file_requested.emit)
        self.registry_address = QPushButton(self.tr("Add a registry from a web address…"))
        self.registry_address.setToolTip(
            self.tr("Backpack asks before it goes online to fetch the registry")
        )
        self.registry_address.clicked.connect(self.registry_address_requested.emit)
        self.registry_remove = QPushButton(self.tr("Remove the selected registry"))
        self.registry_remove.clicked.connect(self._remove_selected_registry)
        for button in (self.registry_file, self.registry_address, self.registry_remove):
            registry_row.addWidget(button)
        registry_row.addStretch(1)
        layout.addLayout(registry_row)
        layout.addWidget(QLabel(self.tr("<b>Contacts</b> (people you share with, by their card)")))
        self.contacts = Table(
            [self.tr("Name"), self.tr("Fingerprint"), self.tr("Writes with key")],
            self.tr("Contacts"),
        )
        layout.addWidget(self.contacts, 1)
        contact_row = QHBoxLayout()
        self.add_contact = QPushButton(self.tr("Add a contact from their card…"))
        self.add_contact.setToolTip(
            self.tr("Save the card someone exported (its file or QR picture) to share with them")
        )
        self.add_contact.clicked.connect(self.add_contact_requested.emit)
        contact_row.addWidget(self.add_contact)
        contact_row.addStretch(1)
        layout.addLayout(contact_row)
        self.contact_problem = error_label(self.tr("Problem with the card"))
        self.contact_problem.setVisible(False)
        layout.addWidget(self.contact_problem)
        self.show_sync(None)  # once the buttons have their parent (shown before, each was a window)

    def show_sync(self, status: dict | None, problem: str = "") -> None:
        """What sync did last: `status` has the folder, when it last synced and how many
        computers there are (None: this backpack does not sync)."""
        self.sync_problem.setText(problem)
        self.sync_problem.setVisible(bool(problem))
        self.sync_setup.setVisible(status is None)
        self.sync_now.setVisible(status is not None)
        self.computers.setVisible(status is not None)
        if status is None:
            self.sync_status.setText(
                self.tr(
                    "This backpack is on this computer only. To keep it on another computer "
                    "as well, choose “Set up…” and a folder both computers share (Syncthing, "
                    "Dropbox, OneDrive, a network share, a USB stick)."
                )
            )
            return
        text = (
            self.tr("Synced through {folder} with {count} computers; last synced {when}.")
            if status["devices"] > 1
            else self.tr(
                "Synced through {folder}; no other computer has joined yet. Last synced {when}."
            )
        )
        text = text.format(
            folder=status["folder"],
            count=status["devices"],
            when=status["last_synced"] or self.tr("never"),
        )
        self.sync_status.setText(text)

    def sync_busy(self, busy: bool) -> None:
        """Setting up sync is under way (its buttons wait; the progress shows)."""
        for button in (self.sync_setup, self.sync_now, self.computers):
            button.setEnabled(not busy)
        if busy:
            self.sync_progress.setRange(0, 0)
            self.sync_progress.setFormat(self.tr("Setting up"))
            self.sync_problem.setVisible(False)
        self.sync_progress.setVisible(busy)

    def show_sync_progress(self, phase: str, done: int, total: int) -> None:
        if self.sync_progress.isVisibleTo(self):
            show_progress(self.sync_progress, phase, done, total)

    def show_contact_problem(self, text: str) -> None:
        """Why a card was not saved (empty: nothing to say)."""
        self.contact_problem.setText(text)
        self.contact_problem.setVisible(bool(text))

    def _untrust_selected(self) -> None:
        rows = self.trusted.selectionModel().selectedRows()
        if rows:
            issuer = self.trusted.rows.data(self.trusted.rows.index(rows[0].row(), 2))
            self.untrust_requested.emit(issuer)

    def show_registries(self, registries: list[Any]) -> None:
        """The registries the user added (IssuerRegistry snapshots), in the order added."""
        self.registries.fill(
            [
                [r.name, date_words(r.as_of.date()), str(len(r.entries)), r.source]
                for r in registries
            ]
        )

    def _remove_selected_registry(self) -> None:
        rows = self.registries.selectionModel().selectedRows()
        if rows:
            name = self.registries.rows.data(self.registries.rows.index(rows[0].row(), 0))
            self.registry_remove_requested.emit(name)

    def _changed(self, minutes: int) -> None:
        AUTO_LOCK_MINUTES.set(minutes)
        self.auto_lock_changed.emit(minutes)
