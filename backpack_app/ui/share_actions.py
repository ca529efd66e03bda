"""What the window does to make a share (a mixin of MainWindow)."""

from __future__ import annotations

from typing import Any

from backpack_app.ui.errors import inline_message
from backpack_app.ui.settings import CLIPBOARD_CLEAR_SECONDS
from backpack_app.ui.tasks import Task
from backpack_app.ui.views.share_dialog import ShareDialog, ShareRequest


class ShareActions:
    """Methods of MainWindow; `self` has `wallet`, `main` and `_refresh_current`."""

    wallet: Any
    main: Any
    _policy: Any
    share_dialog: ShareDialog | None = None

    def start_share(self) -> None:
        wallet, learner = self.wallet, self.main.learner_box.currentData()
        if wallet is None:
            return
        Task(self, lambda: (wallet.list_records(learner=learner), wallet.contacts())).on_success(
            self._open_share_dialog
        ).start()

    def _open_share_dialog(self, loaded: tuple[list, list]) -> None:
        records, contacts = loaded
        self.share_dialog = ShareDialog(records, contacts, self)
        self.share_dialog.share_requested.connect(self._make_share)
        self.share_dialog.open()

    def _make_share(self, request: ShareRequest) -> None:
        dialog, wallet, policy = self.share_dialog, self.wallet, self._policy()
        learner = self.main.learner_box.currentData()
        assert dialog is not None

        def work() -> tuple[Any, Any]:
            return wallet.share(
                request.out,
                to=request.to,
                code=request.code,
                learner=learner,
                record_ids=request.record_ids,
                include_restricted=request.include_restricted,
                expires=request.expires,
                purpose=request.purpose,
                qr=request.qr,
                pdf=request.pdf,
                code_kdf=policy,
            )

        def done(result: tuple[Any, Any]) -> None:
            made, entry = result
            dialog.made(
                made.share_id,
                made.code,
                entry.outputs,
                clear_after_s=CLIPBOARD_CLEAR_SECONDS.get(),
            )
            self._refresh_current()

        def failed(error: BaseException) -> None:
            dialog.failed(inline_message(self, error, "The share could not be made."))

        Task(self, work).on_success(done).on_error(failed).start()
