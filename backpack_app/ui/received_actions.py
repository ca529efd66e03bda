"""What the window does to open a share someone sent (a mixin of MainWindow): with a backpack
it is checked and kept in Received; without one it is only shown (GuestView), and can be kept
once the reader makes a backpack of their own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from backpack_app.errors import CardNotShare, HolderKeyChanged, ShareUnreadable
from backpack_app.ui import dialogs
from backpack_app.ui.errors import show_error, user_message
from backpack_app.ui.tasks import Task
from backpack_app.ui.terms import known_words
from backpack_app.ui.views.kept_apart import apart_words, moment_of

RECEIVED_PAGE = 4


class ReceivedActions:
    """Methods of MainWindow; `self` has `wallet`, `main`, `stack`, `first_run` and
    `_refresh_current`."""

    wallet: Any
    main: Any
    stack: Any
    first_run: Any
    pending_share: Path | None
    last_opened: Any = None
    pending_code: str | None = None
    _guest: Any = None
    _shared_files: Any = None
    _last_contents: Any = None
    _guest_path: Path | None = None  # the share the guest view shows
    _reopen: Any = None  # opens the shown share again, handing its files to a KeepFile
    reply_dialog: Any = None  # "Write back to the family", while it is open

    def connect_received(self) -> None:
        page = self.main.received
        page.open_requested.connect(self.choose_share)
        page.reopen_requested.connect(self.reopen_share)
        page.remember_requested.connect(self.remember_holder)
        page.trust_requested.connect(self.trust_share_issuer)
        page.write_back_requested.connect(self.write_back)
        page.apart.accept_requested.connect(self.accept_kept_reply)
        page.apart.discard_requested.connect(self.discard_kept_reply)
        self._connect_files(page.contents)

    def _connect_files(self, contents) -> None:
        contents.file_chosen.connect(lambda entry: self.preview_shared_file(contents, entry))
        contents.save_requested.connect(self.save_shared_file)

    @property
    def guest(self):
        """The page of a share opened without a backpack, built when first needed."""
        if self._guest is None:
            from backpack_app.ui.views.guest_view import GuestView

            self._guest = GuestView()
            self.stack.addWidget(self._guest)
            self._guest.keep_requested.connect(self.keep_in_own_backpack)
            self._guest.open_requested.connect(self.choose_share)
            self._connect_files(self._guest.panel.contents)
        return self._guest

    def _page(self):
        return self.main.received if self.wallet is not None else self.guest

    def choose_share(self) -> None:
        paths = dialogs.ask_open_files(
            self,
            self.tr("Open a share someone sent you"),
            self.tr("Shares (*.backpack *.html *.png *.pdf);;All files (*)"),
        )
        if paths:
            self.open_share_file(paths[0])

    def open_share_file(self, path: Path, *, code: str | None = None) -> None:
        """Check a share (asking for its code when it has one, again after a wrong one) and keep
        it in Received; without a backpack, show it and keep nothing."""
        wallet = self.wallet
        if wallet is None:
            self.stack.setCurrentWidget(self.guest)
        else:
            self.main.sidebar.setCurrentRow(RECEIVED_PAGE)

        def header():
            from backpack_app.sharing.receive import share_header, someone_elses_card

            found = share_header(path)
            if wallet is None and found.mode == "card":
                someone_elses_card(found)  # no backpack here holds a card
            return found

        def ask(wrong: bool = False) -> None:
            label = self.tr("The share code the family gave you:")
            if wrong:
                label = self.tr("Wrong code — try again.") + "\n" + label
            given = dialogs.ask_text(self, self.tr("Share code"), label)
            if given:
                self._open_path(path, given.strip(), retry=lambda: ask(wrong=True))
            elif wallet is None:  # nothing else on the page: say why it is empty
                self.guest.show_problem(
                    self.tr("This share opens with the code the family gave you.")
                )

        def known(found) -> None:
            if found.kind == "reply" and wallet is not None:
                self.file_reply(path)
            elif found.mode == "code" and code is None:
                ask()
            else:
                self._open_path(path, code)

        Task(self, header).on_success(known).on_error(self._share_problem).start()

    def _open_path(self, path: Path, code: str | None, *, retry=None) -> None:
        wallet = self.wallet

        def opener(keep, *, first: bool = False):
            if wallet is not None:
                return wallet.open_share(path, code=code, save=first, keep_file=keep)
            from backpack_app.credentials.verifier import VerifyContext
            from backpack_app.sharing.receive import open_share, share_source

            source = share_source(path, pdf_password=code)
            return open_share(
                source, ctx=VerifyContext(now=dt.datetime.now(dt.UTC)), code=code, keep_file=keep
            )

        def accept(keep):
            return wallet.open_share(
                path, code=code, save=True, accept_new_key=True, keep_file=keep
            )

        if wallet is None:  # kept for "Keep this in a backpack of my own"
            self._guest_path, self.pending_code = path, code
        first = lambda keep: opener(keep, first=True)  # noqa: E731
        self._open(first, opener, retry=retry, accept=accept if wallet is not None else None)

    def reopen_share(self, share_id: str) -> None:
        wallet = self.wallet

        def opener(keep):
            return wallet.open_received(share_id, keep_file=keep)

        self._open(opener, opener)

    def _open(self, first, again, *, retry=None, accept=None) -> None:
        """Open with `first`, later again with `again` (to save a file, or after trusting);
        `retry` after a wrong code; a share signed by a key other than the remembered one is
        kept (with `accept`) only when the user says the family changed keys."""
        wallet, page = self.wallet, self._page()

        def work():
            from backpack_app.sharing.contents import share_contents
            from backpack_app.sharing.shared_files import SharedFiles

            files = SharedFiles()
            opened = first(files.keep)
            status = wallet.holder_key_status(opened) if wallet is not None else None
            return opened, status, share_contents(opened), files

        def done(result) -> None:
            opened, status, contents, files = result
            self.last_opened, self._shared_files, self._reopen = opened, files, again
            self._last_contents = contents
            if wallet is None:
                page.show_share(opened, contents)
            else:
                page.show_share(opened, status, contents)
                self._refresh_current()

        def failed(error: BaseException) -> None:
            if retry is not None and isinstance(error, ShareUnreadable):
                retry()  # a wrong code: asked again at once, the file stays chosen
            elif isinstance(error, HolderKeyChanged) and accept is not None:
                if self._accept_new_key(error):
                    self._open(accept, again)
                else:
                    self._share_problem(error)
            else:
                self._share_problem(error)

        Task(self, work).on_success(done).on_error(failed).start()

    def file_reply(self, path: Path) -> None:
        """A provider's reply to this family's request: checked, then filed under the learner
        as third-party attested, or kept apart (shown in Received) when the request does not
        vouch for it."""
        wallet = self.wallet

        def work():
            opened, contact, record_id = wallet.open_reply(path, save=True)
            return opened, contact, record_id, wallet.learner(opened.request.learner_id).name

        def done(result) -> None:
            opened, contact, _record_id, learner = result
            if opened.apart:
                self._refresh_current()
                dialogs.inform(
                    self,
                    self.tr("Reply kept apart"),
                    self.tr(
                        "“{title}” by {author} is kept apart, not filed: {reason} Accept or "
                        "discard it under “Kept apart” in Received."
                    ).format(
                        title=opened.title,
                        author=opened.author_name,
                        reason=apart_words(
                            opened.reasons,
                            opened.request.expires,
                            opened.named_contact or opened.author_name,
                        ),
                    ),
                )
                return
            known = (
                self.tr("the key on {name}’s card, {known}").format(
                    name=contact.name, known=known_words(contact.name, contact.added.date())
                )
                if contact is not None
                else known_words(None, None)
            )
            self._refresh_current()
            dialogs.inform(
                self,
                self.tr("Reply filed"),
                self.tr(
                    "“{title}” is filed under {learner} as third-party attested: written by "
                    "{author} (key fingerprint {fingerprint}, {known})."
                ).format(
                    title=opened.title,
                    learner=learner,
                    author=opened.author_name,
                    fingerprint=opened.author_fingerprint,
                    known=known,
                ),
            )

        Task(self, work).on_success(done).on_error(lambda error: show_error(self, error)).start()

    def accept_kept_reply(self, reply_id: str) -> None:
        """File a reply kept apart, once the user says they trust it despite why it was."""
        wallet, row = self.wallet, self.main.received.apart.reply(reply_id)
        if wallet is None or row is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Accept this reply?"),
            self.tr(
                "{reason}\n\nFile “{title}” by {author} under {learner} as third-party attested "
                "anyway? Do so only if you trust who wrote it; a key you did not ask is "
                "remembered as theirs."
            ).format(
                reason=apart_words(
                    row["reasons"], moment_of(row.get("expires")), row["author_name"]
                ),
                title=row["title"],
                author=row["author_name"],
                learner=row["learner"],
            ),
        ):
            return

        def done(_result) -> None:
            self._refresh_current()
            dialogs.inform(
                self,
                self.tr("Reply filed"),
                self.tr("“{title}” is filed under {learner} as third-party attested.").format(
                    title=row["title"], learner=row["learner"]
                ),
            )

        Task(self, lambda: wallet.accept_reply(reply_id)).on_success(done).on_error(
            lambda error: show_error(self, error)
        ).start()

    def discard_kept_reply(self, reply_id: str) -> None:
        wallet, row = self.wallet, self.main.received.apart.reply(reply_id)
        if wallet is None or row is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Discard this reply?"),
            self.tr("Delete “{title}” by {author}? It was never filed.").format(
                title=row["title"], author=row["author_name"]
            ),
        ):
            return
        Task(self, lambda: wallet.discard_reply(reply_id)).on_success(
            lambda _r: self._refresh_current()
        ).on_error(lambda error: show_error(self, error)).start()

    def write_back(self) -> None:
        """The dialog to answer the shown share's request for a contribution."""
        from backpack_app.ui.views.reply_dialog import ReplyDialog

        opened = self.last_opened
        if opened is None or getattr(opened, "request", None) is None:
            return
        self.reply_dialog = ReplyDialog(
            self,
            learner=opened.learner_name or self.tr("the learner"),
            ask=opened.request.ask,
            records=[r.title for r in opened.records],
        )
        self.reply_dialog.reply_requested.connect(
            lambda asked, dialog=self.reply_dialog: self._send_reply(dialog, opened, asked)
        )
        self.reply_dialog.open()

    def _send_reply(self, dialog, opened, asked) -> None:
        """Sign and seal the reply where the user says; the dialog closes once it is written."""
        target = dialogs.ask_save_file(
            self,
            self.tr("Save the reply for the family"),
            "reply.backpack",
            self.tr("Replies (*.backpack)"),
        )
        if target is None:
            return
        wallet = self.wallet

        def work():
            return wallet.reply_to(
                opened,
                target,
                kind=asked.kind,
                title=asked.title,
                text=asked.text,
                hours=asked.hours,
                endorses=asked.endorses,
                name=asked.name,
                strengths=asked.strengths,
                challenges=asked.challenges,
                files=asked.files,
            )

        def done(_reply_id) -> None:
            dialog.accept()
            self._refresh_current()  # the Received list: no longer owed
            dialogs.inform(
                self,
                self.tr("Reply saved"),
                self.tr(
                    "Your reply is signed and saved in {file}. Send that file to the family; "
                    "only their Backpack opens it."
                ).format(file=target.name),
            )

        def failed(error: BaseException) -> None:
            text = user_message(error)
            if text is None:
                show_error(self, error)
            else:
                dialog.failed(text)

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
        self._page().show_problem(text)
        if self.wallet is not None:
            self._refresh_current()

    def remember_holder(self) -> None:
        wallet, opened, contents = self.wallet, self.last_opened, self._last_contents
        if wallet is None or opened is None:
            return
        Task(self, lambda: wallet.pin_holder(opened)).on_success(
            lambda _r: self.main.received.show_share(opened, "remembered", contents)
        ).start()

    def trust_share_issuer(self, issuer_id: str, name: str) -> None:
        """Trust the school (asked as anywhere else), then show the share checked again: the
        worker is serial, so the share is opened after the trust is saved."""
        self._trust_issuer(issuer_id, name)
        again = self._reopen
        if again is not None:
            self._open(again, again)

    # --- the files of the shown share --------------------------------------------------------
    def preview_shared_file(self, contents, entry) -> None:
        files = self._shared_files
        if files is None:
            return

        def picture():
            from backpack_app.previews import can_preview, preview_picture

            data = files.data(entry.sha256)
            if data is None or not can_preview(entry.media_type, entry.size):
                return None
            return preview_picture(data, entry.media_type)

        Task(self, picture).on_success(
            lambda image: contents.show_preview(entry.sha256, image)
        ).start()

    def save_shared_file(self, entry) -> None:
        files, reopen = self._shared_files, self._reopen
        if files is None:
            return
        # The name is the sender's label, never a path: only its last part is suggested.
        target = dialogs.ask_save_file(
            self, self.tr("Save the file"), Path(entry.name).name, self.tr("All files (*)")
        )
        if target is None:
            return
        Task(self, lambda: files.save(entry, target, reopen)).on_error(
            lambda error: show_error(self, error)
        ).start()

    # --- without a backpack ----------------------------------------------------------------
    def keep_in_own_backpack(self) -> None:
        """Make a backpack first; the share is then opened again in Received and kept there."""
        opened = self.last_opened
        if opened is None:
            return
        self.pending_share = self._guest_path
        self.first_run.keeping_a_share(True)
        self.stack.setCurrentWidget(self.first_run)

    def back_to_shared(self) -> None:
        """From making a backpack back to the share, which stays as it was."""
        self.pending_share = None
        self.first_run.keeping_a_share(False)
        self.stack.setCurrentWidget(self.guest)

    def _refresh_current(self) -> None:  # provided by MainWindow
        raise NotImplementedError
