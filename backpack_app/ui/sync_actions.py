"""Sync while the window is unlocked (a mixin of MainWindow): a backpack set up with
`backpack sync setup` or `join` merges the other computers' changes when it is unlocked and
every few minutes after, on the worker (docs/sync.md). Nothing is shown yet beyond the
refreshed records; "last synced" and the devices in Settings are the next slice."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer

from backpack_app.ui.tasks import Task

SYNC_EVERY_MS = 5 * 60_000


class SyncActions:
    """Methods of MainWindow; `self` has `wallet` and `_refresh_current`."""

    wallet: Any
    last_sync: Any = None  # the last SyncReport, or the error that stopped the last sync
    _sync_timer: QTimer | None = None

    def start_syncing(self) -> None:
        """Merge now, then every SYNC_EVERY_MS while unlocked (a backpack that does not sync:
        nothing, at the cost of reading one row)."""
        if self._sync_timer is None:
            self._sync_timer = QTimer(self, interval=SYNC_EVERY_MS)  # type: ignore[arg-type]
            self._sync_timer.timeout.connect(self.sync_now)
        self.last_sync = None
        self.sync_now(first=True)

    def stop_syncing(self) -> None:
        if self._sync_timer is not None:
            self._sync_timer.stop()

    def sync_now(self, *, first: bool = False) -> None:
        wallet = self.wallet
        if wallet is None:
            return

        def work() -> Any:
            return wallet.sync() if wallet.sync_folder is not None else None

        def done(report: Any) -> None:
            if report is None or self.wallet is not wallet:
                return  # not syncing, or locked meanwhile
            self.last_sync = report
            if first and self._sync_timer is not None:
                self._sync_timer.start()
            if report.changed:
                self._refresh_current()  # type: ignore[attr-defined]

        def failed(error: BaseException) -> None:
            if self.wallet is wallet:
                self.last_sync = error  # a folder on a drive not connected: tried again later
                if first and self._sync_timer is not None:
                    self._sync_timer.start()

        Task(self, work).on_success(done).on_error(failed).start()
