"""What the window does to open a share someone sent (a mixin of MainWindow)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from backpack_app.errors import CardNotShare, HolderKeyChanged
from backpack_app.ui import dialogs
from backpack_app.ui.errors import show_error, user_message
from backpack_app.ui.tasks import Task

RECEIVED_PAGE = 4


class ReceivedActions:
    """Methods of MainWindow; `self` has `wallet`, `main` and `_refresh_current`."""

    wallet: Any
    main: Any
    last_opened: Any = None

    def connect_received(self) -> None:
        page = self.main.received
        page.open_requested.connect(self.choose_share)
        page.reopen_requested.connect(self.reopen_share)
        page.remember_requested.connect(self.remember_holder)

    def choose_share(self) -> None:
        paths = dialogs.ask_open_files(
            self,
            self.tr("Open a share someone sent you"),
            self.tr("Shares (*.backpack *.png *.pdf);;All files (*)"),
        )
        if paths:
            self.open_share_file(paths[0])

    def open_share_file(self, path: Path) -> None:
        """Check a share (asking for its code when it has one) and keep it in Received."""
        wallet = self.wallet
        if wallet is None:
            return
        self.main.sidebar.setCurrentRow(RECEIVED_PAGE)

        def mode() -> str:
            from backpack_app.sharing.receive import share_mode

            return share_mode(path)

        def opened_mode(kind: str) -> None:
            code = None
            if kind == "code":
                code = dialogs.ask_text(
                    self, self.tr("Share code"), self.tr("The share code the family gave you:")
                )
                if not code:
                    return
            self._open(
                lambda: wallet.open_share(path, code=code, save=True),
                accept=lambda: wallet.open_share(path, code=code, save=True, accept_new_key=True),
            )

        Task(self, mode).on_success(opened_mode).on_error(self._share_problem).start()

    def reopen_share(self, share_id: str) -> None:
        wallet = self.wallet
        self._open(lambda: wallet.open_received(share_id))

    def _open(self, opener, accept=None) -> None:
        """Run `opener`; a share signed by a key other than the remembered one is kept (with
        `accept`) only when the user says the family changed keys."""
        wallet = self.wallet

        def work() -> tuple[Any, str]:
            opened = opener()
            return opened, wallet.holder_key_status(opened)

        def done(result: tuple[Any, str]) -> None:
            self.last_opened = result[0]
            self.main.received.show_share(*result)
            self._refresh_current()

        def failed(error: BaseException) -> None:
            asked = isinstance(error, HolderKeyChanged) and accept is not None
            if asked and self._accept_new_key(error):
                self._open(accept)
                return
            self._share_problem(error)

        Task(self, work).on_success(done).on_error(failed).start()

    def _accept_new_key(self, error: HolderKeyChanged) -> bool:
        return dialogs.confirm(
            self,
            self.tr("A different key"),
            self.tr(
                "This share says it is from {name}, but it is signed by another key than the one "
                "you remembered for {name}. Anyone can make a share under a learner's name.\n\n"
                "Keep it and remember the new key (fingerprint {fingerprint}) only if the family "
                "told you their key changed. Keep it?"
            ).format(name=error.learner, fingerprint=error.fingerprint),
        )

    def _share_problem(self, error: BaseException) -> None:
        if isinstance(error, CardNotShare):  # the core names the CLI's way; the window has its own
            text = self.tr(
                "This QR code is someone's card, not a share. To share with them, save it in "
                "Settings → Contacts with “Add a contact from their card…”."
            )
        elif isinstance(error, HolderKeyChanged):
            text = self.tr(
                "Not kept: this share is signed by another key than the one you remembered for "
                "{name}. Ask the family before trusting it."
            ).format(name=error.learner)
        else:
            text = user_message(error)  # every ShareProblem has its sentence
        if text is None:
            show_error(self, error)
            return
        self.main.received.show_problem(text)
        self._refresh_current()

    def remember_holder(self) -> None:
        wallet, opened = self.wallet, self.last_opened
        if wallet is None or opened is None:
            return
        Task(self, lambda: wallet.pin_holder(opened)).on_success(
            lambda _r: self.main.received.show_share(opened, "remembered")
        ).start()

    def _refresh_current(self) -> None:  # provided by MainWindow
        raise NotImplementedError
