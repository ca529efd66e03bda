"""Sync in the window (a mixin of MainWindow; docs/sync.md). A syncing backpack merges the
other computers' changes when it is unlocked and every few minutes after, on the worker.
Settings, "Other computers": set up sync through a folder, sync now, the computers that sync it
(removing one). The first-run screen joins a backpack another computer syncs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer

from backpack_app.errors import NotFound, UserError, WrongPassphrase
from backpack_app.ui import dialogs
from backpack_app.ui.errors import inline_message
from backpack_app.ui.tasks import Task
from backpack_app.ui.views.sync_dialogs import (
    ComputersDialog,
    JoinDialog,
    SyncProgress,
    friendly_time,
)

SYNC_EVERY_MS = 5 * 60_000

__all__ = ["SYNC_EVERY_MS", "EarlierValue", "SyncActions", "earlier_values", "friendly_time"]
SHOWN_FIELDS = {"title", "description", "date", "files"}  # and the details, `d.…`


@dataclass(frozen=True)
class EarlierValue:
    """One earlier value of an entry's field, for its editor."""

    field: str  # the sync field: title, description, date, files, d.hours…
    value: Any
    computer: str  # the name of the computer that wrote it
    here: bool  # this computer
    when: str  # local time, to the minute


def earlier_values(wallet: Any, record_id: str) -> list[EarlierValue]:
    """The entry's earlier values kept by sync, oldest first (read on the worker)."""
    history = [
        h
        for h in wallet.sync_history(record_id)
        if h.field in SHOWN_FIELDS or h.field.startswith("d.")
    ]
    if not history:
        return []
    try:
        devices = {d.id: d for d in wallet.sync_devices()}
    except UserError:  # no longer syncs here: the computers are named by their ids
        devices = {}
    out = []
    for h in history:
        device = devices.get(h.device)
        out.append(
            EarlierValue(
                h.field,
                h.value,
                device.name if device else h.device,
                bool(device and device.this),
                friendly_time(h.when) or "",
            )
        )
    return out


def shown_folder(folder: Path) -> str:
    """A folder as the user knows it: `~/Dropbox/Backpack` under the home folder."""
    home = Path.home()
    return f"~/{folder.relative_to(home)}" if folder.is_relative_to(home) else str(folder)


def sync_state(wallet: Any) -> dict | None:
    """What Settings says about sync (read on the worker); None: this backpack does not sync."""
    folder = wallet.sync_folder
    if folder is None:
        return None
    return {
        "folder": shown_folder(folder),
        "last_synced": friendly_time(wallet.last_synced),
        "devices": sum(not d.removed for d in wallet.sync_devices()),
    }


class SyncActions:
    """Methods of MainWindow; `self` has `home`, `wallet`, `main`, `first_run`, `retire`,
    `_enter`, `_policy` and `_refresh_current`."""

    home: Path
    wallet: Any
    first_run: Any
    last_sync: Any = None  # the last SyncReport, or the error that stopped the last sync
    sync_shown: tuple[dict | None, str] = (None, "")  # what Settings says about it
    _sync_timer: QTimer | None = None
    computers_dialog: ComputersDialog | None = None
    join_dialog: JoinDialog | None = None

    def connect_sync(self) -> None:
        settings = self.main.settings  # type: ignore[attr-defined]
        settings.sync_requested.connect(self.sync_now)
        settings.sync_setup_requested.connect(self.setup_sync)
        settings.computers_requested.connect(self.show_computers)
        settings.show_sync(*self.sync_shown)  # a rebuilt view (new language)

    def start_syncing(self) -> None:
        """Merge now, then every SYNC_EVERY_MS while unlocked (a backpack that does not sync:
        nothing, at the cost of reading one row)."""
        if self._sync_timer is None:
            self._sync_timer = QTimer(self, interval=SYNC_EVERY_MS)  # type: ignore[arg-type]
            self._sync_timer.timeout.connect(self.sync_now)
        self.last_sync, self.sync_shown = None, (None, "")
        self.main.settings.sync_busy(False)  # type: ignore[attr-defined] # a set-up cut by a lock
        self.sync_now(first=True)

    def stop_syncing(self) -> None:
        if self._sync_timer is not None:
            self._sync_timer.stop()

    def sync_now(self, *, first: bool = False) -> None:
        wallet = self.wallet
        if wallet is None:
            return

        def read() -> Any:  # beside the worker, on a connection of its own (docs/sync.md)
            try:
                return wallet.sync_prepare()
            except Exception:  # the sync on the worker reads again and says why
                return None

        def work(prepared: Any) -> Any:
            if wallet.sync_folder is None:
                return None, None
            try:
                report = wallet.sync(prepared=prepared)
            except Exception as error:  # a folder on a drive not connected: tried again later
                return error, sync_state(wallet)
            return report, sync_state(wallet)

        def write(prepared: Any) -> None:
            if self.wallet is not wallet:  # locked meanwhile: what it decrypted goes
                if prepared is not None:
                    wallet.attachments.remove(prepared.prefetched.values())
                return
            Task(self, lambda: work(prepared)).on_success(done).start()

        def done(result: Any) -> None:
            report, state = result
            if report is None or self.wallet is not wallet:
                return  # not syncing, or locked meanwhile
            if first and self._sync_timer is not None:
                self._sync_timer.start()
            self._show_synced(report, state)

        Task(self, read, beside=True).on_success(write).start()

    def _show_synced(self, report: Any, state: dict | None) -> None:
        """Settings says what the last sync did; what it merged is shown."""
        self.last_sync = report
        problem = ""
        if isinstance(report, Exception):
            problem = inline_message(self, report, self.tr("The last sync did not finish."))
        elif report.problems:
            problem = self.tr(
                "Some files in the folder could not be read whole; “backpack sync” says which."
            )
        self.sync_shown = (state, problem)
        self.main.settings.show_sync(state, problem)  # type: ignore[attr-defined]
        if not isinstance(report, Exception) and report.changed:
            self._refresh_current()  # type: ignore[attr-defined]

    # --- setting up -------------------------------------------------------------------------
    def setup_sync(self) -> None:
        """Settings, "Set up…": choose the shared folder; the whole backpack is written there
        on the worker, with its progress under the line."""
        wallet = self.wallet
        folder = dialogs.ask_directory(self, self.tr("Choose a folder the computers share"))
        if folder is None or wallet is None:
            return
        folder = folder.absolute()
        settings = self.main.settings  # type: ignore[attr-defined]
        home = self.home.absolute()
        if folder == home or folder.is_relative_to(home):
            settings.show_sync(
                None,
                self.tr("Choose a folder outside the backpack's own folder ({folder}).").format(
                    folder=shown_folder(home)
                ),
            )
            return
        progress = SyncProgress(settings)
        progress.step.connect(settings.show_sync_progress)
        settings.sync_busy(True)

        def work() -> Any:
            try:
                report = wallet.sync_setup(folder, progress=progress)
            except Exception as error:  # said in Settings, with what is set up (maybe nothing)
                try:
                    return error, sync_state(wallet)
                except Exception:
                    return error, None
            return report, sync_state(wallet)

        def done(result: Any) -> None:
            report, state = result
            settings = self.main.settings  # type: ignore[attr-defined]
            settings.sync_busy(False)
            if self.wallet is not wallet:
                return
            if isinstance(report, Exception) and state is None:  # refused: nothing changed
                text = (
                    self.tr(
                        "Backpack may not write in {folder}; choose a folder you can write to."
                    ).format(folder=shown_folder(folder))
                    if isinstance(report, PermissionError)
                    else inline_message(self, report, self.tr("Sync could not be set up."))
                )
                settings.show_sync(None, text)
                return
            if self._sync_timer is not None:
                self._sync_timer.start()
            self._show_synced(report, state)  # set up, even if its first sync was cut short
            if not isinstance(report, Exception):
                dialogs.inform(
                    self,
                    self.tr("Sync is set up"),
                    self.tr(
                        "This backpack now syncs through {folder}. On the other computer, open "
                        "Backpack, choose “Join a backpack from another computer…”, this shared "
                        "folder, and type the same passphrase."
                    ).format(folder=shown_folder(folder)),
                )

        Task(self, work).on_success(done).start()

    # --- the computers ----------------------------------------------------------------------
    def show_computers(self) -> None:
        """Settings, "Computers…": each computer that syncs this backpack, with Remove."""
        wallet = self.wallet
        if wallet is None:
            return
        self.retire(self.computers_dialog)  # type: ignore[attr-defined]
        dialog = self.computers_dialog = ComputersDialog(self)  # type: ignore[arg-type]
        dialog.remove_requested.connect(partial(self._remove_computer, dialog))
        dialog.rename_requested.connect(partial(self._rename_computer, dialog))
        self._list_computers(dialog)
        dialog.open()

    def _list_computers(self, dialog: ComputersDialog) -> None:
        wallet = self.wallet
        Task(dialog, lambda: (wallet.sync_devices(), friendly_time(wallet.last_synced))).on_success(
            lambda result: dialog.show_devices(*result)
        ).on_error(
            lambda error: dialog.failed(
                inline_message(self, error, self.tr("The computers could not be read."))
            )
        ).start()

    def _remove_computer(self, dialog: ComputersDialog, device_id: str, name: str) -> None:
        wallet = self.wallet
        if wallet is None or not dialogs.confirm(
            dialog,
            self.tr("Remove {name}?").format(name=name),
            self.tr(
                "Backpack stops merging what {name} changes from now on; what it changed "
                "before stays here. This is housekeeping, not protection: {name} still has "
                "the backpack and the key that opens it, and changing the passphrase does not "
                "take that away. If that computer is lost or in the wrong hands, make a new "
                "backpack instead."
            ).format(name=name),
        ):
            dialog.failed("")
            return

        def work() -> Any:
            wallet.sync_remove_device(device_id)
            return sync_state(wallet)

        def shown(state: dict | None) -> None:
            self.sync_shown = (state, "")
            self.main.settings.show_sync(state, "")  # type: ignore[attr-defined]

        self._change_computers(dialog, work, shown, self.tr("It could not be removed."))

    def _rename_computer(self, dialog: ComputersDialog, current: str) -> None:
        """Computers…, "Rename this computer…": the name the others show, sent by a sync."""
        wallet = self.wallet
        name = dialogs.ask_text(
            dialog,
            self.tr("Rename this computer"),
            self.tr("The name the other computers show for this one:"),
            current,
        )
        if wallet is None or name is None:
            dialog.failed("")
            return

        self._change_computers(
            dialog,
            lambda: (wallet.sync_rename(name), sync_state(wallet)),
            lambda result: self._show_synced(*result),
            self.tr("It could not be renamed."),
        )

    def _change_computers(
        self,
        dialog: ComputersDialog,
        work: Callable[[], Any],
        shown: Callable[[Any], None],
        failure: str,
    ) -> None:
        """Run a change of the computers on the worker; Settings shows its result (`shown`)
        and the dialog lists them again, or says `failure` and why."""

        def done(result: Any) -> None:
            shown(result)
            if dialogs.alive(dialog):
                self._list_computers(dialog)

        def failed(error: BaseException) -> None:
            if dialogs.alive(dialog):
                dialog.failed(inline_message(self, error, failure))

        Task(self, work).on_success(done).on_error(failed).start()

    # --- joining ----------------------------------------------------------------------------
    def join_sync(self) -> None:
        """First run, "Join a backpack from another computer…": the dialog that asks for the
        shared folder and the passphrase (or recovery key)."""
        if dialogs.showing(self.join_dialog):
            self.join_dialog.raise_()  # type: ignore[union-attr]
            return
        dialogs.dispose(self.join_dialog)
        dialog = self.join_dialog = JoinDialog(self)  # type: ignore[arg-type]
        dialog.join_requested.connect(partial(self._join, dialog))
        dialog.open()

    def _join(self, dialog: JoinDialog, folder: str, passphrase: str, recovery_key: str) -> None:
        """Make the backpack from the folder's logs in this window's (empty) backpack folder,
        then open it; on failure nothing is left on disk and the dialog says why."""
        home, kdf = self.home, self._policy()  # type: ignore[attr-defined]
        progress = SyncProgress(dialog)
        progress.step.connect(dialog.show_progress)

        def work() -> Any:
            from backpack_app.wallet import Backpack
            from backpack_app.wallet.backpack import utc_now

            secret = {"recovery_key": recovery_key} if recovery_key else {"passphrase": passphrase}
            wallet, _report = Backpack.sync_join(
                Path(folder), home, kdf=kdf, clock=utc_now, progress=progress, **secret
            )
            return wallet

        def done(wallet: Any) -> None:
            if dialogs.alive(dialog):
                dialog.forget_typed()
                dialog.set_busy(False)
                dialog.accept()
            self._enter(wallet)  # type: ignore[attr-defined]

        def failed(error: BaseException) -> None:
            if isinstance(error, WrongPassphrase):
                text = (
                    self.tr("That recovery key does not open the backpack kept in this folder.")
                    if recovery_key
                    else self.tr(
                        "That passphrase does not open the backpack kept in this folder. "
                        "Type it again, or check the folder."
                    )
                )
            elif isinstance(error, NotFound):
                text = self.tr(
                    "{folder} holds no backpack to join. On the computer that has the "
                    "backpack, choose Settings, Other computers, “Set up…” with this folder "
                    "first, and let the folder finish copying here."
                ).format(folder=folder)
            else:
                text = inline_message(self, error, self.tr("It could not be joined."))
            if dialogs.alive(dialog):
                dialog.failed(text)

        Task(self, work).on_success(done).on_error(failed).start()
