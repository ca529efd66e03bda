"""What the window does for the vault itself: recovery key, passphrase, backup, restore
(a mixin of MainWindow)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from backpack_app.errors import WrongPassphrase
from backpack_app.ui import dialogs
from backpack_app.ui.errors import inline_message
from backpack_app.ui.tasks import Task


class VaultActions:
    """Methods of MainWindow; `self` has `home`, `wallet`, `unlock`, `first_run`, `_enter`."""

    home: Path
    wallet: Any
    unlock: Any
    first_run: Any
    _policy: Any
    _enter: Any

    def connect_vault(self) -> None:
        self.unlock.recover_requested.connect(self.recover)
        self.first_run.restore_requested.connect(self.restore)

    def recover(self, recovery_key: str, new_passphrase: str) -> None:
        """Open with the recovery key, set the new passphrase, and show the new recovery key
        (the old one stops working)."""
        home = self.home

        def work() -> tuple[Any, str]:
            from backpack_app.wallet import Backpack, check_new_passphrase

            check_new_passphrase(new_passphrase)
            wallet = Backpack.open_with_recovery_key(home, recovery_key, kdf=self._policy())
            try:
                wallet.change_passphrase(new_passphrase)
                return wallet, wallet.rotate_recovery_key()
            except BaseException:
                wallet.close()
                raise

        def done(result: tuple[Any, str]) -> None:
            wallet, recovery = result
            dialogs.inform(
                self,
                self.tr("A new recovery key"),
                self.tr(
                    "The passphrase is changed. The recovery key you used, and the sheet it "
                    "was printed on, no longer open this backpack: a new key comes next. "
                    "Print it or write it down, and throw the old sheet away."
                ),
            )
            dialogs.show_recovery_key(self, recovery, str(self.home))
            self._enter(wallet)

        def failed(error: BaseException) -> None:
            if isinstance(error, WrongPassphrase):
                self.unlock.failed(self.tr("That recovery key does not open this backpack."))
            else:
                self.unlock.failed(inline_message(self, error, self.tr("It could not be opened.")))

        Task(self, work).on_success(done).on_error(failed).start()

    def change_passphrase(self) -> None:
        wallet = self.wallet
        first = dialogs.ask_text(
            self, self.tr("New passphrase"), self.tr("Type the new passphrase:"), secret=True
        )
        if not first or wallet is None:
            return
        again = dialogs.ask_text(
            self, self.tr("New passphrase"), self.tr("Type it again:"), secret=True
        )
        if again != first:
            dialogs.problem(self, self.tr("The two passphrases differ; nothing was changed."))
            return

        def done(_result: Any) -> None:
            dialogs.inform(
                self,
                self.tr("Passphrase changed"),
                self.tr(
                    "The passphrase is changed. The recovery key stays the same; backups made "
                    "before still open with the passphrase they were made with."
                ),
            )

        Task(self, lambda: wallet.change_passphrase(first)).on_success(done).start()

    def restretch(self, target_seconds: float) -> None:
        """Make the passphrase take about `target_seconds` to try (asked again to do it)."""
        wallet = self.wallet
        passphrase = dialogs.ask_text(
            self,
            self.tr("Key stretching"),
            self.tr("Type the passphrase to re-wrap the key:"),
            secret=True,
        )
        if not passphrase or wallet is None:
            return

        def done(params: Any) -> None:
            dialogs.inform(
                self,
                self.tr("Key stretching changed"),
                self.tr(
                    "Each guess at the passphrase now costs {mib} MiB and {passes} passes "
                    "(about {seconds} s here)."
                ).format(
                    mib=params.memory_kib // 1024,
                    passes=params.iterations,
                    seconds=f"{target_seconds:g}",
                ),
            )

        def failed(error: BaseException) -> None:
            if isinstance(error, WrongPassphrase):
                dialogs.problem(self, self.tr("That passphrase does not open this backpack."))
            else:
                dialogs.problem(
                    self, inline_message(self, error, self.tr("It could not be changed."))
                )

        Task(self, lambda: wallet.restretch(passphrase, target_seconds=target_seconds)).on_success(
            done
        ).on_error(failed).start()

    def backup(self) -> None:
        wallet = self.wallet
        target = dialogs.ask_save_file(
            self,
            self.tr("Save an encrypted backup"),
            "backpack-backup.bpk",
            self.tr("Backups (*.bpk)"),
        )
        if target is None or wallet is None:
            return
        Task(self, lambda: wallet.backup(target)).on_success(
            lambda _r: dialogs.inform(
                self,
                self.tr("Backup saved"),
                self.tr(
                    "Saved {file}, encrypted. It opens with today's passphrase or recovery key."
                ).format(file=target.name),
            )
        ).start()

    def restore(self) -> None:
        """Restore a backup into this (empty) backpack folder, then open it."""
        files = dialogs.ask_open_files(
            self, self.tr("Restore a backup"), self.tr("Backups (*.bpk);;All files (*)")
        )
        if not files:
            return
        secret = dialogs.ask_text(
            self,
            self.tr("Restore"),
            self.tr("The passphrase the backpack had when the backup was made:"),
            secret=True,
        )
        if not secret:
            return
        home = self.home
        self.first_run.set_busy(True)

        def work() -> Any:
            from backpack_app.wallet import Backpack

            return Backpack.restore(files[0], home, passphrase=secret, kdf=self._policy())

        def done(wallet: Any) -> None:
            self.first_run.set_busy(False)
            self._enter(wallet)

        def failed(error: BaseException) -> None:
            self.first_run.set_busy(False)
            self.first_run.show_error(
                inline_message(self, error, self.tr("It could not be restored."))
            )

        Task(self, work).on_success(done).on_error(failed).start()
