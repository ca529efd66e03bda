"""What the window does to make a share (a mixin of MainWindow)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from backpack_app.ui import dialogs
from backpack_app.ui.errors import inline_message
from backpack_app.ui.settings import CLIPBOARD_CLEAR_SECONDS
from backpack_app.ui.tasks import Task

if TYPE_CHECKING:  # the dialog and its models load when a share is first made
    from backpack_app.ui.views.share_dialog import ShareDialog, ShareRequest


class ShareActions:
    """Methods of MainWindow; `self` has `wallet`, `main` and `_refresh_current`."""

    wallet: Any
    main: Any
    share_dialog: ShareDialog | None = None

    def connect_shares(self) -> None:
        self.main.shares.revoke_requested.connect(self.revoke_share)
        self.main.settings.export_card_requested.connect(self.export_card)

    def revoke_share(self, share_id: str) -> None:
        if not dialogs.confirm(
            self,
            self.tr("Mark this share revoked?"),
            self.tr(
                "It is marked revoked in your log. Someone who already has the file can still "
                "open it until it expires."
            ),
        ):
            return
        wallet = self.wallet
        Task(self, lambda: wallet.revoke_share(share_id)).on_success(
            lambda _r: self._refresh_current()
        ).start()

    def export_card(self) -> None:
        """Save this backpack's card (and its QR code) for others to share with it."""
        wallet = self.wallet
        name = dialogs.ask_text(
            self,
            self.tr("Your card"),
            self.tr("The name on your card (you, or your program):"),
            self.main.learner_box.currentText(),
        )
        if not name or wallet is None:
            return
        target = dialogs.ask_save_file(
            self, self.tr("Save your card"), "my.card", self.tr("Backpack cards (*.card)")
        )
        if target is None:
            return

        def work() -> str:
            from backpack_app.files import atomic_write_bytes
            from backpack_app.sharing.qr import card_payload, write_qr

            card, fingerprint = wallet.my_card(name)
            atomic_write_bytes(target, card)
            write_qr(card_payload(card), target.with_suffix(".png"))
            return fingerprint

        Task(self, work).on_success(
            lambda fingerprint: dialogs.inform(
                self,
                self.tr("Card saved"),
                self.tr(
                    "Saved {file} and a QR code beside it. Its fingerprint is {fingerprint}: "
                    "whoever saves your card should read you the one they see."
                ).format(file=target.name, fingerprint=fingerprint),
            )
        ).start()

    def start_share(self) -> None:
        wallet, learner = self.wallet, self.main.learner_box.currentData()
        if wallet is None:
            return

        def load() -> tuple[list, list, list]:
            from backpack_app.ui.models.official import load_official

            records = wallet.list_records(learner=learner)
            return records, wallet.contacts(), load_official(wallet, learner) if learner else None

        Task(self, load).on_success(self._open_share_dialog).start()

    def _open_share_dialog(self, loaded: tuple[list, list, list]) -> None:
        records, contacts, official = loaded
        if dialogs.showing(self.share_dialog):  # asked twice: the open one stays
            self.share_dialog.raise_()
            return
        self.retire(self.share_dialog)
        learner = self.main.learner_box.currentText()
        from backpack_app.ui.views.share_dialog import ShareDialog

        self.share_dialog = ShareDialog(records, contacts, self, official, learner)
        self.share_dialog.share_requested.connect(self._make_share)
        self.share_dialog.add_person_requested.connect(self.add_contact_from_card)
        self.share_dialog.open()

    def contact_saved(self, contact: Any) -> None:
        """A contact was saved (from Settings or the share dialog): the open dialog offers it."""
        if dialogs.alive(self.share_dialog):
            self.share_dialog.add_contact(contact)

    def _make_share(self, request: ShareRequest) -> None:
        dialog, wallet = self.share_dialog, self.wallet
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
                ask_for_contribution=request.ask or None,
            )

        def done(result: tuple[Any, Any]) -> None:
            made, entry = result
            if not dialogs.alive(dialog):
                self._refresh_current()
                return
            dialog.made(
                made.share_id,
                made.code,
                entry.outputs,
                clear_after_s=CLIPBOARD_CLEAR_SECONDS.get(),
            )
            self._refresh_current()

        def failed(error: BaseException) -> None:
            message = inline_message(self, error, self.tr("The share could not be made."))
            if dialogs.alive(dialog):
                dialog.failed(message)

        Task(self, work).on_success(done).on_error(failed).start()
