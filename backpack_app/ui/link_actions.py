"""What the window does with a school's link ("Add from a link…", a pasted or dropped link, a
QR picture of one): a mixin of MainWindow. This is an online action, so the user is asked
before the first request (with the domain from the link) and again before the offer is spent
(with the issuer's name from its metadata); the work runs on the worker, with a Cancel button.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog

from backpack_app.errors import NotARequest, ReceiveCancelled, ReceiveFailed
from backpack_app.ui import dialogs
from backpack_app.ui.errors import show_error
from backpack_app.ui.tasks import Task

LINK_STARTS = ("openid-credential-offer://", "dccrequest://", "openid4vp://", "haip://")


def looks_like_link(text: str) -> bool:
    """A school's wallet link rather than a credential (what a paste or a drop should do)."""
    text = text.strip()
    return text.startswith(LINK_STARTS) or (
        text.startswith("https://")
        and ("credential_offer" in text or "request=" in text or "iuv=1" in text)
        and "\n" not in text
    )


MAX_LINK_FILE_BYTES = 16 * 1024 * 1024


def link_in_file(path: Path) -> str | None:
    """The school link a QR picture or a `.url`/text file holds, or None (then it is imported)."""
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_LINK_FILE_BYTES)
    except OSError:
        return None  # the import says what is wrong with it
    from backpack_app.credentials.qr_codes import is_raster_image, read_qr_text
    from backpack_app.errors import MalformedFile

    if is_raster_image(data):
        try:
            text = read_qr_text(data)
        except MalformedFile:
            return None
    elif path.suffix.lower() in (".url", ".txt", ".desktop"):
        text = data.decode("utf-8", "replace")
        text = next(
            (x.strip()[4:] for x in text.splitlines() if x.strip().upper().startswith("URL=")), text
        )
    else:
        return None
    return text.strip() if looks_like_link(text) else None


class _Steps(QObject):
    """Made on the GUI thread: the worker emits each step of a receive, the label shows it."""

    step = Signal(str, int, int)

    def tell(self, step: str, number: int = 0, total: int = 0) -> None:
        """Called on the worker: a dialog closed by locking must not stop the receive."""
        with contextlib.suppress(RuntimeError):  # the C++ object is gone
            self.step.emit(step, number, total)


class LinkActions:
    """Methods of MainWindow; `self` has `wallet`, `main`, `retire` and `_show_imported`."""

    wallet: Any
    main: Any
    receiving: QProgressDialog | None = None
    request_dialog: Any = None

    def receive_from_link(self, text: str | None = None) -> None:
        """Ask for a link (the clipboard's, if it holds one), then receive from it."""
        if self.wallet is None:
            return
        if text is None:
            pasted = QApplication.clipboard().text().strip()
            text = dialogs.ask_text(
                self,
                self.tr("Add from a link"),
                self.tr("Paste the link or offer your school gave you:"),
                pasted if looks_like_link(pasted) else "",
            )
            if not text:
                return
        from backpack_app.online import read_link  # reading a link sends nothing

        try:
            link = read_link(text)
        except ReceiveFailed as exc:
            show_error(self, exc)
            return
        learner = self.main.learner_box.currentText()
        asked = self.tr(
            "To receive these records for {learner}, Backpack will contact {domain}, the "
            "website named in the link. Nothing is sent before you agree. Go ahead?"
        ).format(learner=learner, domain=link.domain)
        if dialogs.confirm(self, self.tr("Add from a link"), asked):
            self._preview(link, self.main.learner_box.currentData())

    def _progress(self, domain: str) -> tuple[QProgressDialog, threading.Event]:
        self.retire(self.receiving)
        cancel = threading.Event()
        box = QProgressDialog(
            self.tr("Talking to {domain}…").format(domain=domain), self.tr("Cancel"), 0, 0, self
        )
        box.setWindowTitle(self.tr("Add from a link"))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setMinimumDuration(0)
        box.canceled.connect(cancel.set)
        self.receiving = box
        return box, cancel

    def _preview(self, link: Any, learner_id: str | None) -> None:
        wallet = self.wallet
        box, cancel = self._progress(link.domain)

        def work() -> Any:
            # A VC-API link either offers records or asks for them: its first answer says which.
            if link.kind in ("vcapi", "interaction", "oid4vp"):
                try:
                    return wallet.records_request(link, learner=learner_id)
                except NotARequest:
                    pass
            return wallet.preview_link(link)

        def failed(error: BaseException) -> None:
            box.reset()
            if not cancel.is_set():
                show_error(self, error)

        def previewed(found: Any) -> None:
            box.reset()
            if cancel.is_set():
                return
            if hasattr(found, "matches"):
                self._answer(found)
            else:
                self._agree_and_receive(link, found, learner_id)

        Task(self, work).on_success(previewed).on_error(failed).start()

    def _answer(self, asked: Any) -> None:
        """Show what a verifier asks for; send what the user ticks."""
        from backpack_app.ui.views.request_dialog import RequestDialog

        self.retire(self.request_dialog)
        self.request_dialog = RequestDialog(asked, self)
        wallet = self.wallet

        def send(ids: list[str], include_restricted: bool) -> None:
            box, _cancel = self._progress(asked.request.domain)

            def sent(entry: Any) -> None:
                box.reset()
                dialogs.inform(
                    self,
                    self.tr("A request for records"),
                    self.tr("Sent {count} record(s) to {verifier}; it is noted in Shares.").format(
                        count=len(entry.records), verifier=entry.recipient
                    ),
                )
                self._refresh_current()

            def failed(error: BaseException) -> None:
                box.reset()
                show_error(self, error)

            Task(
                self,
                lambda: wallet.answer_request(asked, ids, include_restricted=include_restricted),
            ).on_success(sent).on_error(failed).start()

        self.request_dialog.send_requested.connect(send)
        self.request_dialog.show()

    def _agree_and_receive(self, link: Any, preview: Any, learner_id: str | None) -> None:
        if preview.name is not None or preview.count is not None:
            offers = self.tr(
                "{issuer} ({domain}) offers {count} record(s) for {learner}. Receive them?"
            )
            if preview.sign_in:
                offers = self.tr(
                    "{issuer} ({domain}) offers {count} record(s) for {learner}. You sign in at "
                    "the school's page in your web browser first. Receive them?"
                )
            asked = offers.format(
                issuer=preview.name or preview.domain,
                domain=preview.domain,
                count=preview.count or 1,
                learner=self.main.learner_box.currentText(),
            )
            if not dialogs.confirm(self, self.tr("Add from a link"), asked):
                return
        code = None
        if preview.tx_code is not None:
            code = dialogs.ask_text(
                self,
                self.tr("Transaction code"),
                preview.tx_code.description
                or self.tr("The code the school gave you with this link:"),
                secret=True,
            )
            if not code:
                return
        self._receive(link, preview, learner_id, code)

    def _receive(self, link: Any, preview: Any, learner_id: str | None, code: str | None) -> None:
        from backpack_app.online import Asks

        changed = self.tr("The issuer is not the one you agreed to receive from; nothing was kept.")

        def same_issuer(domain: str, name: str | None) -> None:
            # The user agreed to this name and domain: anything else is not what they agreed to.
            if (domain, name) != (preview.domain, preview.name):
                raise ReceiveFailed(changed)

        wallet = self.wallet
        box, cancel = self._progress(preview.domain)
        words = {
            "sign-in": self.tr(
                "Sign in at {domain} in your web browser; Backpack goes on when you are done."
            ),
            "token": self.tr("Asking {domain} for the records…"),
            "credential": self.tr("Receiving record {number} of {total} from {domain}…"),
            "checking": self.tr("Checking the records on this computer…"),
        }
        steps = _Steps(box)  # deleted with the dialog; a late step then goes nowhere
        steps.step.connect(
            lambda step, number, total: (
                box.setLabelText(
                    words[step].format(domain=preview.domain, number=number, total=total)
                )
                if step in words
                else None
            )
        )
        # A sign-in opens the system's browser (Asks' default) from the worker.
        asks = Asks(confirm=same_issuer, tx_code=lambda _asked: code or "", progress=steps.tell)

        def failed(error: BaseException) -> None:
            box.reset()
            if not isinstance(error, ReceiveCancelled) and not cancel.is_set():
                show_error(self, error)

        def received(receipt: Any) -> None:
            box.reset()
            self._show_imported(
                receipt.results,
                heading=self.tr("From {issuer} ({domain})").format(
                    issuer=receipt.issuer_name or receipt.domain, domain=receipt.domain
                ),
            )

        Task(
            self,
            lambda: wallet.receive_link(link, learner=learner_id, asks=asks, cancel=cancel),
        ).on_success(received).on_error(failed).start()
