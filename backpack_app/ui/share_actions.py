"""What the window does to make a share, revoke one and delete published pages (a mixin of
MainWindow). Deleting a published page is online: the user is asked first."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog

from backpack_app.ui import dialogs
from backpack_app.ui.errors import inline_message, show_error
from backpack_app.ui.settings import CLIPBOARD_CLEAR_SECONDS
from backpack_app.ui.tasks import Task

if TYPE_CHECKING:  # the dialog and its models load when a share is first made
    from backpack_app.ui.views.share_dialog import ShareDialog, ShareRequest


class _Progress(QObject):
    """Made on the GUI thread: the worker emits (done, total), the progress box shows it."""

    step = Signal(int, int)

    def tell(self, done: int, total: int) -> None:
        with contextlib.suppress(RuntimeError):  # the box is gone (the window locked)
            self.step.emit(done, total)


class ShareActions:
    """Methods of MainWindow; `self` has `wallet`, `main`, `retire` and `_refresh_current`."""

    wallet: Any
    main: Any
    share_dialog: ShareDialog | None = None
    cleaning: QProgressDialog | None = None

    def connect_shares(self) -> None:
        self.main.shares.revoke_requested.connect(self.revoke_share)
        self.main.shares.cleanup_requested.connect(self.cleanup_published)
        self.main.settings.export_card_requested.connect(self.export_card)

    def revoke_share(self, share_id: str) -> None:
        if self.main.shares.has_live_page(share_id):
            self._revoke_published(share_id)
            return
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

    def _revoke_published(self, share_id: str) -> None:
        """Revoke a share whose page is online: asked first, since the page is deleted online."""
        if not dialogs.confirm(
            self,
            self.tr("Revoke this share and delete its page?"),
            self.tr(
                "Backpack will connect to the storage where its page was published and delete "
                "it, so the link stops working. Someone who already saved the page or the file "
                "can still open it until it expires. Go ahead?"
            ),
        ):
            return
        wallet = self.wallet

        def work() -> list:
            if not any(e.id == share_id and e.revoked for e in wallet.shares()):
                wallet.revoke_share(share_id)
            return wallet.delete_published(share_id)

        def done(outcomes: list) -> None:
            self._refresh_current()
            failed = [o for o in outcomes if not o.deleted]
            if failed:
                dialogs.problem(
                    self,
                    self.tr(
                        "The share is marked revoked, but its page could not be deleted: {detail} "
                        "Try again later with “Delete expired published pages”."
                    ).format(detail=failed[0].detail),
                )
            else:
                dialogs.inform(
                    self,
                    self.tr("Share revoked"),
                    self.tr("Its published page was deleted: the link no longer opens."),
                )

        Task(self, work).on_success(done).on_error(lambda error: show_error(self, error)).start()

    def cleanup_published(self) -> None:
        """Delete the published pages of expired and revoked shares (online, asked first)."""
        wallet = self.wallet
        if wallet is None:
            return
        Task(self, wallet.pages_to_clean).on_success(self._confirm_cleanup).start()

    def _confirm_cleanup(self, pages: list) -> None:
        title = self.tr("Delete expired published pages")
        if not pages:
            dialogs.inform(
                self,
                title,
                self.tr("No published page of an expired or revoked share is left to delete."),
            )
            return
        buckets = ", ".join(sorted({p.bucket for p in pages}))
        if not dialogs.confirm(
            self,
            title,
            self.tr(
                "Backpack will connect to the storage ({buckets}) and delete {count} published "
                "page(s) of expired or revoked shares. Go ahead?"
            ).format(buckets=buckets, count=len(pages)),
        ):
            return
        self.retire(self.cleaning)
        box = QProgressDialog(self.tr("Deleting published pages…"), "", 0, len(pages), self)
        box.setCancelButton(None)
        box.setWindowTitle(title)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setMinimumDuration(0)
        self.cleaning = box
        steps = _Progress(box)
        steps.step.connect(lambda done, _total: box.setValue(done))
        wallet = self.wallet

        def done(outcomes: list) -> None:
            box.reset()
            self._refresh_current()
            deleted = sum(o.deleted for o in outcomes)
            text = self.tr("Deleted {count} published page(s).").format(count=deleted)
            failed = [o for o in outcomes if not o.deleted]
            if failed:
                text += " " + self.tr("{count} could not be deleted: {detail}").format(
                    count=len(failed), detail=failed[0].detail
                )
                dialogs.problem(self, text)
            else:
                dialogs.inform(self, title, text)

        def failed(error: BaseException) -> None:
            box.reset()
            show_error(self, error)

        Task(self, lambda: wallet.cleanup_published(progress=steps.tell)).on_success(done).on_error(
            failed
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
                html=request.html,
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
