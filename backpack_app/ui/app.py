"""The desktop app: first run or unlock, then the main window; lock returns to unlock."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget

from backpack_app.crypto.kdf import DEFAULT_POLICY, KdfPolicy
from backpack_app.errors import WrongPassphrase
from backpack_app.paths import resolve_home
from backpack_app.store.layout import Layout
from backpack_app.ui import dialogs
from backpack_app.ui.errors import show_error, user_message
from backpack_app.ui.tasks import Task, wait_for_tasks
from backpack_app.ui.views.first_run import FirstRunView
from backpack_app.ui.views.main_view import MainView, load_main
from backpack_app.ui.views.unlock import UnlockView
from backpack_app.wallet import Backpack


class MainWindow(QMainWindow):
    """One window for every flow; holds the unlocked backpack while it is unlocked."""

    def __init__(self, home: Path | None = None, *, kdf: KdfPolicy = DEFAULT_POLICY) -> None:
        super().__init__()
        self.setWindowTitle("Backpack")
        self.home, self.kdf = home or resolve_home(), kdf
        self.wallet: Backpack | None = None
        self.first_run, self.unlock, self.main = FirstRunView(), UnlockView(), MainView()
        self.stack = QStackedWidget()
        for view in (self.first_run, self.unlock, self.main):
            self.stack.addWidget(view)
        self.setCentralWidget(self.stack)
        self.first_run.create_requested.connect(self._create)
        self.first_run.open_folder_requested.connect(self._choose_folder)
        self.unlock.unlock_requested.connect(self._unlock)
        self.main.refresh_requested.connect(self._refresh)
        self.main.lock_requested.connect(self.lock)
        for keys, action in (
            ("Ctrl+L", self.lock),
            ("Ctrl+Q", self.close),
            ("Ctrl+F", self.main.focus_search),
        ):
            QShortcut(QKeySequence(keys), self, activated=action)
        self._restore_geometry()
        self._show_start()

    # --- screens -------------------------------------------------------------------------
    def _show_start(self) -> None:
        if Layout(self.home).exists():
            self.unlock.prepare(self.home)
            self.stack.setCurrentWidget(self.unlock)
        else:
            self.stack.setCurrentWidget(self.first_run)

    def _enter(self, wallet: Backpack) -> None:
        self.wallet = wallet
        self.stack.setCurrentWidget(self.main)
        self._refresh(None, "")

    def lock(self) -> None:
        """Back to the unlock screen; the backpack is closed and its data dropped."""
        if self.wallet is None:
            return
        wallet, self.wallet = self.wallet, None
        Task(self, wallet.close).start()
        self.main.show_data_empty()
        self._show_start()

    # --- actions -------------------------------------------------------------------------
    def _create(self, learner: str, passphrase: str) -> None:
        home, kdf = self.home, self.kdf

        def work() -> tuple[Backpack, str]:
            wallet, recovery = Backpack.create(home, passphrase, kdf=kdf)
            wallet.add_learner(learner)
            return wallet, recovery

        def done(result: tuple[Backpack, str]) -> None:
            self.first_run.set_busy(False)
            wallet, recovery = result
            dialogs.show_recovery_key(self, recovery)
            self._enter(wallet)

        def failed(error: BaseException) -> None:
            self.first_run.set_busy(False)
            text = user_message(error)
            if text is None:
                show_error(self, error)
            else:
                self.first_run.show_error(text)

        Task(self, work).on_success(done).on_error(failed).start()

    def _choose_folder(self) -> None:
        folder = dialogs.ask_directory(self, "Choose the folder of an existing backpack")
        if folder is None:
            return
        if not Layout(folder).exists():
            self.first_run.show_error(f"There is no backpack in {folder}.")
            return
        self.home = folder
        self._show_start()

    def _unlock(self, passphrase: str) -> None:
        home, kdf = self.home, self.kdf

        def failed(error: BaseException) -> None:
            if isinstance(error, WrongPassphrase):
                self.unlock.failed("That passphrase does not open this backpack. Try again.")
            else:
                self.unlock.failed(user_message(error) or "The backpack could not be opened.")
                if user_message(error) is None:
                    show_error(self, error)

        Task(self, lambda: Backpack.open(home, passphrase, kdf=kdf)).on_success(
            self._enter
        ).on_error(failed).start()

    def _refresh(self, learner_id: str | None, text: str) -> None:
        wallet = self.wallet
        if wallet is None:
            return
        Task(self, lambda: load_main(wallet, learner_id, text or None)).on_success(
            self.main.show_data
        ).start()

    # --- window --------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        saved = QSettings("Backpack", "Backpack").value("window/geometry")
        if saved is None or not self.restoreGeometry(saved):
            self.resize(1100, 760)

    def closeEvent(self, event) -> None:
        QSettings("Backpack", "Backpack").setValue("window/geometry", self.saveGeometry())
        if self.wallet is not None:
            wallet, self.wallet = self.wallet, None
            wait_for_tasks()
            wallet.close()
        super().closeEvent(event)


def run_app() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Backpack")
    window = MainWindow()
    window.show()
    return app.exec()
