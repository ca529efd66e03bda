"""Sync while the window is unlocked (a mixin of MainWindow): a backpack set up with
`backpack sync setup` or `join` merges the other computers' changes when it is unlocked and
every few minutes after, on the worker (docs/sync.md). Nothing is shown yet beyond the
refreshed records and a line in Settings (where it syncs, how many computers, when it last
synced, and a "Sync now" button)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer

from backpack_app.ui.errors import inline_message
from backpack_app.ui.tasks import Task

SYNC_EVERY_MS = 5 * 60_000


def friendly_time(iso: str | None) -> str | None:
    """`2026-12-03T14:05:09+00:00` as this computer's local time, to the minute."""
    if not iso:
        return None
    from datetime import datetime

    return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")


class SyncActions:
    """Methods of MainWindow; `self` has `wallet` and `_refresh_current`."""

    wallet: Any
    last_sync: Any = None  # the last SyncReport, or the error that stopped the last sync
    sync_shown: tuple[dict | None, str] = (None, "")  # what Settings says about it
    _sync_timer: QTimer | None = None

    def start_syncing(self) -> None:
        """Merge now, then every SYNC_EVERY_MS while unlocked (a backpack that does not sync:
        nothing, at the cost of reading one row)."""
        if self._sync_timer is None:
            self._sync_timer = QTimer(self, interval=SYNC_EVERY_MS)  # type: ignore[arg-type]
            self._sync_timer.timeout.connect(self.sync_now)
        self.last_sync, self.sync_shown = None, (None, "")
        self.sync_now(first=True)

    def stop_syncing(self) -> None:
        if self._sync_timer is not None:
            self._sync_timer.stop()

    def sync_now(self, *, first: bool = False) -> None:
        wallet = self.wallet
        if wallet is None:
            return

        def status() -> dict | None:
            folder = wallet.sync_folder
            if folder is None:
                return None
            home = Path.home()
            shown = f"~/{folder.relative_to(home)}" if folder.is_relative_to(home) else folder
            return {
                "folder": str(shown),
                "last_synced": friendly_time(wallet.last_synced),
                "devices": sum(not d.removed for d in wallet.sync_devices()),
            }

        def work() -> Any:
            if wallet.sync_folder is None:
                return None, None
            try:
                report = wallet.sync()
            except Exception as error:  # a folder on a drive not connected: tried again later
                return error, status()
            return report, status()

        def done(result: Any) -> None:
            report, state = result
            if report is None or self.wallet is not wallet:
                return  # not syncing, or locked meanwhile
            self.last_sync = report
            if first and self._sync_timer is not None:
                self._sync_timer.start()
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

        Task(self, work).on_success(done).start()
