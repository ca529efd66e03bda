"""The desktop app: first run or unlock, then the main window; lock returns to unlock.

Only what the first screen needs is imported up front; the backpack's machinery (verification,
sharing, PDF) is imported by the worker while the key is being stretched, so the window appears
at once.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget

from backpack_app import __version__
from backpack_app.errors import WrongPassphrase
from backpack_app.paths import resolve_home, resource_path
from backpack_app.store.layout import Layout
from backpack_app.ui import dialogs
from backpack_app.ui.auto_lock import AutoLock
from backpack_app.ui.errors import crash_hook, inline_message
from backpack_app.ui.family_actions import FamilyActions
from backpack_app.ui.i18n import LANGUAGES, install_language
from backpack_app.ui.link_actions import LinkActions, link_in_file, looks_like_link
from backpack_app.ui.profile_actions import ProfileActions
from backpack_app.ui.received_actions import ReceivedActions
from backpack_app.ui.registry_actions import RegistryActions
from backpack_app.ui.settings import AUTO_LOCK_MINUTES, LANGUAGE, WINDOW_GEOMETRY_KEY
from backpack_app.ui.share_actions import ShareActions
from backpack_app.ui.sync_actions import SyncActions
from backpack_app.ui.tasks import Task, activity, drop_results, wait_for_tasks
from backpack_app.ui.trust_actions import TrustActions
from backpack_app.ui.vault_actions import VaultActions
from backpack_app.ui.views.first_run import FirstRunView
from backpack_app.ui.views.unlock import UnlockView

if TYPE_CHECKING:
    from backpack_app.ui.views.import_results import ImportResultsDialog
    from backpack_app.ui.views.main_view import MainData, MainView
    from backpack_app.wallet import Backpack


def _warm_up() -> None:
    import backpack_app.credentials.linked_data  # pyld: loaded by the first proof checked
    import backpack_app.ui.views.import_results
    import backpack_app.ui.views.main_view
    import backpack_app.ui.views.profile_editor
    import backpack_app.wallet  # noqa: F401


BUSY_AFTER_MS = 300  # work that takes longer shows the busy bar and cursor


def _settled(_result: object = None) -> None:
    """Once Backpack's modules are loaded: what exists now lives as long as the app, so the
    garbage collector stops walking it (gc.freeze). Without this, a collection that happens
    while 10,000 rows are put on screen walks every module and widget: 60-90 ms of a stall."""
    if gc.get_freeze_count() == 0:  # once per process (tests make many windows)
        gc.collect()
        gc.freeze()


class MainWindow(
    ProfileActions,
    ShareActions,
    ReceivedActions,
    VaultActions,
    FamilyActions,
    TrustActions,
    RegistryActions,
    LinkActions,
    SyncActions,
    QMainWindow,
):
    """One window for every flow; holds the unlocked backpack while it is unlocked."""

    _busy_shown = False

    def __init__(
        self,
        home: Path | None = None,
        *,
        kdf: Any = None,
        share_file: Path | None = None,
        link: str | None = None,
    ) -> None:
        """`kdf`: the key-stretching policy (default: the calibrated one; tests pass fast ones).
        `share_file`: a share to open in Received once the backpack is unlocked; `link`: a
        school's link (the system's URL handler) to receive from once it is unlocked."""
        super().__init__()
        self.pending_share, self.pending_link = share_file, link
        self.setWindowTitle("Backpack")
        self.home, self.kdf = home or resolve_home(), kdf
        self.wallet: Backpack | None = None
        install_language(LANGUAGE.get())
        self._main: MainView | None = None
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._build_start_views()
        self.setAcceptDrops(True)
        self.import_dialog: ImportResultsDialog | None = None
        self._retired: list[Any] = []  # replaced dialogs, deleted at the next lock
        self.auto_lock = AutoLock(self.lock, AUTO_LOCK_MINUTES.get() * 60_000)
        for keys, action in (
            ("Ctrl+O", self.choose_imports),
            ("Ctrl+S", self.start_share),
            ("Ctrl+Shift+V", self.import_clipboard),
            ("Ctrl+L", self.lock),
            ("Ctrl+Q", self.close),
            ("Ctrl+F", lambda: self.main.focus_search() if self.wallet else None),
        ):
            QShortcut(QKeySequence(keys), self, activated=action)
        self._restore_geometry()
        self._show_start()
        if share_file is not None and not Layout(self.home).exists():
            # Reading a share needs no backpack: shown at once, kept only if asked.
            self.pending_share = None
            QTimer.singleShot(0, partial(self.open_share_file, share_file))
        # Work that takes longer than BUSY_AFTER_MS shows the busy bar until all of it is back.
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(lambda: self._show_busy(True))
        activity().changed.connect(self._activity_changed)
        # While the user types, the worker loads the rest of Backpack (a second or so of imports).
        QTimer.singleShot(0, lambda: Task(self, _warm_up).on_success(_settled).start())

    def _build_start_views(self) -> None:
        self.first_run, self.unlock = FirstRunView(), UnlockView()
        self.stack.insertWidget(0, self.first_run)
        self.stack.insertWidget(1, self.unlock)
        self.first_run.create_requested.connect(self._create)
        self.first_run.open_folder_requested.connect(self._choose_folder)
        self.first_run.demo_requested.connect(self._create_demo)
        self.first_run.back_requested.connect(self.back_to_shared)
        self.first_run.join_requested.connect(self.join_sync)
        self.unlock.unlock_requested.connect(self._unlock)
        self.connect_vault()

    def set_language(self, code: str) -> None:
        """Switch every screen to `code` now (the screens are rebuilt; nothing is lost)."""
        LANGUAGE.set(code)
        if not install_language(code):  # a checkout run without `make`: no compiled catalogue
            dialogs.problem(
                self,
                self.tr(
                    "{language} is not available in this copy of Backpack: its translation "
                    "was not built (run 'make')."
                ).format(language=LANGUAGES.get(code, code)),
            )
        for view in (self.first_run, self.unlock, self._main):
            if view is not None:
                self.stack.removeWidget(view)
                view.deleteLater()
        page = self._main.sidebar.currentRow() if self._main is not None else 1
        learner = self._main.learner_box.currentData() if self._main is not None else None
        search = self._main.search.text() if self._main is not None else ""
        self._main = None
        self._build_start_views()
        if self.wallet is not None:
            self.stack.setCurrentWidget(self.main)
            self.main.sidebar.setCurrentRow(page)
            self.main.search.setText(search)
            self._refresh(learner, search)
        else:
            self._show_start()

    @property
    def main(self) -> MainView:
        """The unlocked screen, built the first time it is needed."""
        if self._main is None:
            from backpack_app.ui.views.main_view import MainView

            self._main = MainView()
            self.stack.addWidget(self._main)
            self._main.refresh_requested.connect(self._refresh)
            self._main.lock_requested.connect(self.lock)
            self._main.import_requested.connect(self.choose_imports)
            self._main.paste_requested.connect(self.import_clipboard)
            self._main.link_requested.connect(self.receive_from_link)
            self._main.share_requested.connect(self.start_share)
            self._main.handover_requested.connect(self._hand_over)
            self._main.grade_level_requested.connect(self._keep_grade_level)
            self._main.settings.auto_lock_changed.connect(self._auto_lock_changed)
            self.connect_profile()
            self.connect_received()
            self.connect_shares()
            self.connect_family()
            self.connect_registries()
            self._main.settings.passphrase_requested.connect(self.change_passphrase)
            self._main.settings.language_changed.connect(self.set_language)
            self._main.settings.backup_requested.connect(self.backup)
            self._main.settings.untrust_requested.connect(self._untrust_issuer)
            self._main.settings.trust_file_requested.connect(lambda: self.load_trust_file())
            self._main.settings.restretch_requested.connect(self.restretch)
            self.connect_sync()
            self._main.official.credential_wanted.connect(self._read_credential)
        return self._main

    def retire(self, dialog: Any) -> None:
        """A dialog a newer one of its kind replaces: hidden now, deleted with what it showed
        when the backpack locks (deleting it now could pull it from under work or a question
        that still uses it)."""
        if dialogs.alive(dialog):
            dialog.hide()
            self._retired.append(dialog)

    def _activity_changed(self, running: int) -> None:
        if running and not self._busy_timer.isActive() and not self._busy_shown:
            self._busy_timer.start()
        elif not running:
            self._busy_timer.stop()
            self._show_busy(False)

    def _show_busy(self, busy: bool) -> None:
        if busy == self._busy_shown or (busy and self._main is None):
            return
        self._busy_shown = busy
        self.main.busy.setVisible(busy)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()

    def _refresh_current(self) -> None:
        self._refresh(self.main.learner_box.currentData(), self.main.search.text())

    def _policy(self) -> Any:
        if self.kdf is None:
            from backpack_app.crypto.kdf import DEFAULT_POLICY

            return DEFAULT_POLICY
        return self.kdf

    # --- screens -------------------------------------------------------------------------
    def _show_start(self) -> None:
        if Layout(self.home).exists():
            self.unlock.prepare(self.home)
            self.stack.setCurrentWidget(self.unlock)
        else:
            self.stack.setCurrentWidget(self.first_run)

    def _auto_lock_changed(self, minutes: int) -> None:
        self.auto_lock.set_interval(minutes * 60_000)
        self.auto_lock.arm()

    def _enter(self, wallet: Backpack, data: MainData | None = None) -> None:
        """Show the unlocked backpack; `data`: its screens, when the worker read them already."""
        self.wallet = wallet
        self.unlock.forget_typed()  # no passphrase waits in a hidden field
        self.first_run.forget_typed()
        self.auto_lock.arm()
        if data is None:
            self._refresh(None, "")
        else:
            self.main.show_data(data)
        self.stack.setCurrentWidget(self.main)
        if self.pending_share is not None:  # double-clicked, or kept from the guest view
            share, self.pending_share = self.pending_share, None
            code, self.pending_code = self.pending_code, None
            self.open_share_file(share, code=code)
        if self.pending_link is not None:
            link, self.pending_link = self.pending_link, None
            self.receive_from_link(link)
        self.start_syncing()

    def lock(self) -> None:
        """Back to the unlock screen; the backpack is closed and its data dropped. An entry
        being edited is saved first (locking on idle must not lose what was typed)."""
        if self.wallet is None:
            return
        if dialogs.showing(self.editor):
            values = self.editor.unsaved()
            if values is not None:
                self._save_entry(values)  # queued on the worker before the backpack closes
        wallet, self.wallet = self.wallet, None
        self.auto_lock.disarm()
        self.stop_syncing()
        for dialog in (
            *self._retired,
            self.import_dialog,
            self.editor,
            self.share_dialog,
            self.learner_dialog,
            self.receiving,
            self.request_dialog,
            self.computers_dialog,
            self.state_test_dialog,  # what was typed of a score report goes with the lock
        ):
            dialogs.dispose(dialog)
        self._retired.clear()
        self.import_dialog = self.editor = self.share_dialog = self.learner_dialog = None
        self.receiving = self.request_dialog = self.computers_dialog = None
        self.state_test_dialog = None
        self.last_opened = self._shared_files = self._reopen = self._last_contents = None
        drop_results(self)  # a page, preview or dialog still being read is not shown
        Task(self, wallet.close).start()
        if self._main is not None:
            self._main.show_data_empty()
        self._show_start()

    # --- actions -------------------------------------------------------------------------
    def _create(self, learner: str, passphrase: str) -> None:
        home = self.home

        def work() -> tuple[Backpack, str]:
            from backpack_app.wallet import Backpack

            wallet, recovery = Backpack.create(home, passphrase, kdf=self._policy())
            if learner:  # someone keeping a share they were sent names no learner
                wallet.add_learner(learner)
            return wallet, recovery

        def done(result: tuple[Backpack, str]) -> None:
            self.first_run.set_busy(False)
            wallet, recovery = result
            dialogs.show_recovery_key(self, recovery, str(self.home))
            self._enter(wallet)

        def failed(error: BaseException) -> None:
            self.first_run.set_busy(False)
            self.first_run.show_error(inline_message(self, error, self.tr("It could not be made.")))

        Task(self, work).on_success(done).on_error(failed).start()

    def _create_demo(self, passphrase: str) -> None:
        """A demo backpack in a folder beside the usual one, so the real one stays free."""
        home = self.home.with_name(self.home.name + " demo")

        def work() -> tuple[Backpack, str]:
            from backpack_app.demo import make_demo_backpack
            from backpack_app.wallet import Backpack

            recovery = ""
            if not Layout(home).exists():
                recovery = make_demo_backpack(home, passphrase, kdf=self._policy())
            return Backpack.open(home, passphrase, kdf=self._policy()), recovery

        def done(result: tuple[Backpack, str]) -> None:
            self.first_run.set_busy(False)
            self.home = home
            wallet, recovery = result
            if recovery:
                dialogs.show_recovery_key(self, recovery, str(self.home))
            self._enter(wallet)

        def failed(error: BaseException) -> None:
            self.first_run.set_busy(False)
            self.first_run.show_error(
                inline_message(self, error, self.tr("The demo could not be made."))
            )

        Task(self, work).on_success(done).on_error(failed).start()

    def _choose_folder(self) -> None:
        folder = dialogs.ask_directory(self, self.tr("Choose the folder of an existing backpack"))
        if folder is None:
            return
        if not Layout(folder).exists():
            self.first_run.show_error(
                self.tr("There is no backpack in {folder}.").format(folder=folder)
            )
            return
        self.home = folder
        self._show_start()

    def _unlock(self, passphrase: str) -> None:
        home = self.home

        def failed(error: BaseException) -> None:
            if isinstance(error, WrongPassphrase):
                self.unlock.failed(
                    self.tr("That passphrase does not open this backpack. Try again.")
                )
            else:
                self.unlock.failed(
                    inline_message(self, error, self.tr("The backpack could not be opened."))
                )

        def work() -> tuple[Backpack, MainData | None]:
            from backpack_app.ui.views.main_view import load_main
            from backpack_app.wallet import Backpack  # imported here: off the UI thread

            wallet = Backpack.open(home, passphrase, kdf=self._policy())
            try:
                return wallet, load_main(wallet, None, None)
            except Exception:  # opened all the same: the refresh that follows says what is wrong
                return wallet, None

        Task(self, work).on_success(lambda opened: self._enter(*opened)).on_error(failed).start()
        # Built now, while the worker stretches the passphrase, and styled (the first showing
        # of a window's widgets is the slow one).
        self.main.ensurePolished()

    def _refresh(self, learner_id: str | None, text: str) -> None:
        wallet = self.wallet
        if wallet is None:
            return
        from backpack_app.ui.views.main_view import load_main

        Task(self, lambda: load_main(wallet, learner_id, text or None)).on_success(
            lambda data: self.main.show_data(data)  # the main view as it is when the data comes
        ).start()

    def _read_credential(self, record_id: str) -> None:
        """The record chosen in Official records and its signed credential, read off the UI
        thread (a CLR's can be large) and handed back to the view; dropped if the view is
        rebuilt meanwhile (a language switch)."""
        wallet = self.wallet
        if wallet is None:
            return
        official = self.main.official
        Task(
            official,
            lambda: (
                wallet.get_record(record_id),
                wallet.credential(record_id),
                wallet.author_of(record_id),
                wallet.endorsements_of(record_id),
            ),
        ).on_success(partial(official.show_credential, record_id)).on_error(
            lambda error: official.show_unreadable(
                record_id, inline_message(self, error, self.tr("It could not be read."))
            )
        ).start()

    # --- import --------------------------------------------------------------------------
    def choose_imports(self) -> None:
        if self.wallet is None:
            return
        paths = dialogs.ask_open_files(
            self,
            self.tr("Import records your school gave you"),
            self.tr(
                "Credentials (*.json *.jwt *.jsonld *.txt *.png *.svg *.jpg *.jpeg);;All files (*)"
            ),
        )
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[Path], *, learner: str | None = None) -> None:
        """Verify and store files on the worker; then show what happened to each. A picture
        of a QR code, or a `.url` file, holding a school's link receives from that link."""
        wallet = self.wallet
        if wallet is None:
            return

        def work() -> Any:
            if len(paths) == 1 and learner is None:
                text = link_in_file(paths[0])
                if text is not None:
                    return text
            return wallet.import_files(paths, learner=learner)

        def done(result: Any) -> None:
            if isinstance(result, str):
                self.receive_from_link(result)
            else:
                self._show_imported(result)

        Task(self, work).on_success(done).start()

    def import_clipboard(self) -> None:
        """Import pasted JSON or a pasted VC-JWT; a pasted school link receives from it."""
        wallet, text = self.wallet, QApplication.clipboard().text().strip()
        if wallet is None or not text:
            return
        if looks_like_link(text):
            self.receive_from_link(text)
            return
        Task(
            self,
            lambda: wallet.import_credentials(text.encode("utf-8"), file=self.tr("pasted text")),
        ).on_success(self._show_imported).start()

    def _show_imported(self, results: list, *, heading: str | None = None) -> None:
        """The import results; with `heading` (who sent them), records received from a link,
        which cannot be filed for another learner (they are bound to this one's key)."""
        from backpack_app.ui.views.import_results import ImportResultsDialog

        self.retire(self.import_dialog)
        self.import_dialog = ImportResultsDialog(results, self, heading=heading)
        self.import_dialog.trust_requested.connect(self._trust_issuer)
        self.import_dialog.trust_file_requested.connect(lambda: self.load_trust_file())
        self.import_dialog.file_for_learner.connect(self._file_for_chosen_learner)
        self.import_dialog.show()
        self._refresh_current()

    def _file_for_chosen_learner(self, files: list[str]) -> None:
        """Records that name no learner here, filed for the learner the user picks (asked,
        never whoever happens to be selected)."""
        box = self.main.learner_box
        names = [box.itemText(i) for i in range(box.count())]
        current = box.currentIndex()
        if current > 0:  # the selected learner is offered first
            names.insert(0, names.pop(current))
        chosen = dialogs.ask_choice(
            self,
            self.tr("File for a learner"),
            self.tr("These records name no learner here. Whose are they?"),
            names,
        )
        if chosen is not None:
            learner_id = box.itemData(box.findText(chosen))
            self.import_paths([Path(f) for f in files], learner=learner_id)

    def _keep_grade_level(self, learner_id: str, level: int | None) -> None:
        """The grade level the family picks on the On track tab, kept with the learner
        (self-reported): the view has already shown what it changes."""
        wallet = self.wallet
        if wallet is None or not learner_id:
            return
        Task(self, lambda: wallet.set_grade_level(learner_id, level)).start()

    def _hand_over(self, learner_id: str) -> None:
        """At 18 a learner controls their own record (FERPA rights move to them)."""
        wallet = self.wallet
        if wallet is None or not dialogs.confirm(
            self,
            self.tr("Hand the record over"),
            self.tr(
                "From now on the learner decides what is shared. Give them the passphrase, or "
                "let them set their own (Settings, Change passphrase)."
            ),
        ):
            return

        def work() -> None:
            from backpack_app.domain.learners import Controller

            learner = wallet.learner(learner_id)
            wallet.update_learner(learner.model_copy(update={"controller": Controller.LEARNER}))

        Task(self, work).on_success(lambda _r: self._refresh_current()).start()

    def _untrust_issuer(self, issuer_id: str) -> None:
        if not dialogs.confirm(
            self,
            self.tr("Stop trusting this issuer?"),
            self.tr("Records from {issuer} will show the name it gives itself again.").format(
                issuer=issuer_id
            ),
        ):
            return
        wallet = self.wallet

        def work() -> None:
            wallet.untrust_issuer(issuer_id)
            wallet.recheck_credentials(issuers=[issuer_id])  # (theirs only)

        Task(self, work).on_success(lambda _r: self._refresh_current()).start()

    def dragEnterEvent(self, event) -> None:
        if self.wallet is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = event.mimeData().urls()
        links = [u.toString() for u in urls if looks_like_link(u.toString())]
        if links:
            self.receive_from_link(links[0])
            return
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        if paths:
            self.import_paths(paths)

    # --- window --------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        saved = QSettings("Backpack", "Backpack").value(WINDOW_GEOMETRY_KEY)
        if saved is None or not self.restoreGeometry(saved):
            self.resize(1100, 760)

    def closeEvent(self, event) -> None:
        # A closed window keeps no timer running: neither the idle lock nor the sync (the idle
        # lock firing on a closed window crashed a test run minutes after the window closed).
        self.auto_lock.disarm()
        self.stop_syncing()
        self._show_busy(False)
        QSettings("Backpack", "Backpack").setValue(WINDOW_GEOMETRY_KEY, self.saveGeometry())
        if self.wallet is not None:
            wallet, self.wallet = self.wallet, None
            wait_for_tasks()
            wallet.close()
        super().closeEvent(event)


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Set to make the app print when its first screen is shown, then quit: how packaging/smoke.sh
# checks the frozen app and how its cold start is measured.
EXIT_AFTER_SHOW_ENV = "BACKPACK_EXIT_AFTER_SHOW"


def app_icon() -> QIcon:
    """The Backpack icon, at every size shipped in resources/icons."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path("icons", f"backpack-{size}.png")))
    return icon


def _shown(app: QApplication, window: MainWindow) -> None:
    screen = "unlock" if window.stack.currentWidget() is window.unlock else "first run"
    print(f"Backpack {__version__}: {screen} window shown at {time.time():.3f}", flush=True)
    app.quit()


def run_app(share_file: Path | None = None, link: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Backpack")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("backpack")  # Wayland matches the window to backpack.desktop by this
    app.setWindowIcon(app_icon())
    window = MainWindow(share_file=share_file, link=link)
    sys.excepthook = crash_hook(window, sys.excepthook)
    window.show()
    if os.environ.get(EXIT_AFTER_SHOW_ENV):
        QTimer.singleShot(0, partial(_shown, app, window))
    code = app.exec()
    wait_for_tasks()  # work still running (the start-up imports) must not outlive the interpreter
    # Delete the widgets before the interpreter finalizes: PySide6 6.12 aborts when large item
    # models are still alive at that point.
    window.deleteLater()
    del window
    app.processEvents()
    return code
