"""What the window does for the family's people: add a learner, save a contact from their
card (a mixin of MainWindow)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from backpack_app.errors import ContactNameTaken
from backpack_app.ui import dialogs
from backpack_app.ui.errors import inline_message
from backpack_app.ui.tasks import Task

if TYPE_CHECKING:  # the dialog module is loaded when first needed, not at start-up
    from backpack_app.ui.views.learner_dialog import LearnerDialog, LearnerRequest

MAX_CARD_FILE_BYTES = 32 * 1024 * 1024  # a card is tiny; its QR picture is at most a photo


def _read_card_file(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(MAX_CARD_FILE_BYTES + 1)


class FamilyActions:
    """Methods of MainWindow; `self` has `wallet`, `main`, `_refresh` and `_refresh_current`."""

    wallet: Any
    contact_saved: Any  # ShareActions': an open share dialog offers a new contact
    main: Any
    _refresh: Any
    _refresh_current: Any
    learner_dialog: LearnerDialog | None = None

    def connect_family(self) -> None:
        self.main.add_learner_requested.connect(self.start_add_learner)
        self.main.edit_learner_requested.connect(self.start_edit_learner)
        self.main.settings.add_contact_requested.connect(self.add_contact_from_card)

    # --- learners --------------------------------------------------------------------------
    def start_edit_learner(self) -> None:
        """The chosen learner's school email and student ids (so their files find them)."""
        wallet, chosen = self.wallet, self.main.learner_box.currentData()
        if wallet is not None and chosen:
            Task(self, lambda: wallet.learner(chosen)).on_success(self.start_add_learner).start()

    def start_add_learner(self, learner: Any = None) -> None:
        if self.wallet is None:
            return
        if dialogs.showing(self.learner_dialog):
            return
        self.retire(self.learner_dialog)
        from backpack_app.ui.views.learner_dialog import LearnerDialog

        self.learner_dialog = LearnerDialog(self, learner)
        self.learner_dialog.add_requested.connect(self._add_learner)
        self.learner_dialog.open()

    def _add_learner(self, request: LearnerRequest) -> None:
        dialog, wallet = self.learner_dialog, self.wallet
        assert dialog is not None
        if wallet is None:  # locked meanwhile
            dialog.reject()
            return

        def work() -> Any:
            if dialog.learner is not None:
                return wallet.set_school_ids(
                    dialog.learner.id, emails=request.emails, sis_ids=request.sis_ids
                )
            return wallet.add_learner(
                request.name, born=request.born, emails=request.emails, sis_ids=request.sis_ids
            )

        def done(learner: Any) -> None:
            dialog.accept()
            self._refresh(learner.id, self.main.search.text())

        def failed(error: BaseException) -> None:
            dialog.failed(inline_message(self, error, self.tr("It could not be saved.")))

        Task(dialog, work).on_success(done).on_error(failed).start()

    # --- contacts --------------------------------------------------------------------------
    def add_contact_from_card(self) -> None:
        """Read someone's card (its file or QR picture), show its name and fingerprint, and save
        it as a contact once the user confirms they match what the person sees."""
        wallet = self.wallet
        if wallet is None:
            return
        paths = dialogs.ask_open_files(
            self,
            self.tr("Add a contact from their card"),
            # What "Export my card…" writes: the card file and its QR code beside it.
            self.tr("Backpack cards (*.card *.png);;All files (*)"),
        )
        if not paths:
            return
        path = paths[0]
        settings = self.main.settings
        settings.show_contact_problem("")

        def read() -> tuple[bytes, Any, str]:
            data = _read_card_file(path)
            card, fingerprint = wallet.read_card(data)
            return data, card, fingerprint

        def failed(error: BaseException) -> None:
            text = inline_message(self, error, self.tr("That card could not be saved."))
            settings.show_contact_problem(text)
            if dialogs.showing(self.share_dialog):  # "Add a person…": said where it was asked
                self.share_dialog.failed(text)

        def confirm(loaded: tuple[bytes, Any, str]) -> None:
            data, card, fingerprint = loaded
            if self.wallet is not wallet:  # locked meanwhile
                return
            if not dialogs.confirm(
                self,
                self.tr("Save this contact?"),
                self.tr(
                    "<p>The card is for <b>{name}</b>.</p><p>Fingerprint: <b>{fingerprint}</b></p>"
                    "<p>Ask {name} to read you the fingerprint their backpack shows. Save the "
                    "contact only if the two are the same: shares for this contact open only "
                    "with their backpack.</p>"
                ).format(name=html.escape(card.name), fingerprint=fingerprint),
            ):
                return
            save(data, None)

        def save(data: bytes, name: str | None) -> None:
            def taken(error: BaseException) -> None:
                if not isinstance(error, ContactNameTaken):
                    failed(error)
                    return
                other = dialogs.ask_text(
                    self,
                    self.tr("Save this contact?"),
                    inline_message(self, error, "") + " " + self.tr("Name for this contact:"),
                )
                if other and other.strip():
                    save(data, other.strip())

            Task(self, lambda: wallet.add_contact(data, name=name)).on_success(saved).on_error(
                taken
            ).start()

        def saved(contact: Any) -> None:
            settings.show_contact_problem("")
            self.contact_saved(contact)  # an open share dialog offers them at once
            self._refresh_current()
            dialogs.inform(
                self,
                self.tr("Contact saved"),
                self.tr(
                    "Saved {name} (fingerprint {fingerprint}). You can now make shares only "
                    "their backpack can open."
                ).format(name=contact.name, fingerprint=contact.fingerprint),
            )

        Task(self, read).on_success(confirm).on_error(failed).start()
