"""What the window does for the Learner Profile page: open editors, save, delete (a mixin)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from backpack_app.domain.vocabulary import Category
from backpack_app.errors import UserError
from backpack_app.ui import dialogs
from backpack_app.ui.errors import inline_message
from backpack_app.ui.sync_actions import earlier_values
from backpack_app.ui.tasks import Task

# The models and the entry editor load after the first screen (see ui/app.py: _warm_up).
if TYPE_CHECKING:
    from backpack_app.domain.records import Record
    from backpack_app.ui.views.profile_editor import EntryEditor


class ProfileActions:
    """Methods of MainWindow; `self` has `wallet`, `main` and `_refresh_current`."""

    wallet: Any
    main: Any
    retire: Any  # MainWindow's: a replaced dialog is kept until the lock
    editor: EntryEditor | None = None
    state_test_dialog: Any = None

    def connect_profile(self) -> None:
        page = self.main.profile
        page.add_requested.connect(self.add_entry)
        page.edit_requested.connect(self.edit_entry)
        page.delete_requested.connect(self.delete_entry)
        page.preview_requested.connect(self.preview_entry)
        page.save_file_requested.connect(self.save_entry_file)
        page.tick_requested.connect(self.tick_milestone)
        # Official documents without a signature are added and changed with the same editor.
        official = self.main.official
        bar = official.documents
        bar.add_requested.connect(self.add_entry)
        bar.state_test_requested.connect(self.add_state_test)
        bar.edit_requested.connect(self.edit_entry)
        bar.delete_requested.connect(self.delete_entry)
        bar.save_file_requested.connect(self.save_entry_file)
        official.preview_requested.connect(lambda rid: self.preview_entry(rid, official))

    def tick_milestone(self, record_id: str, done: bool) -> None:
        """A readiness milestone ticked off (or back to do) from the list."""
        wallet = self.wallet
        if wallet is None:
            return
        status = "done" if done else "todo"
        Task(self, lambda: wallet.edit_record(record_id, details={"status": status})).on_success(
            lambda _r: self._refresh_current()
        ).start()

    def preview_entry(self, record_id: str, view: Any = None) -> None:
        """The picture of an entry's first image or PDF (made on the worker, shown in `view`,
        the profile page unless said)."""
        wallet, view = self.wallet, view or self.main.profile
        Task(self, lambda: wallet.preview(record_id)).on_success(
            lambda result: view.show_preview(record_id, *result)
        ).start()

    def save_entry_file(self, record_id: str) -> None:
        """Decrypt one of an entry's files to where the user chooses (the record is read on the
        worker: the backpack's connection belongs to it)."""
        wallet = self.wallet
        if wallet is not None:
            Task(self, lambda: wallet.get_record(record_id)).on_success(self._save_file_of).start()

    def _save_file_of(self, record: Record) -> None:
        wallet = self.wallet
        if wallet is None or not record.attachments:
            return
        ref = record.attachments[0]
        if len(record.attachments) > 1:
            names = [a.name for a in record.attachments]
            chosen = dialogs.ask_choice(self, self.tr("Save a file"), self.tr("Which file?"), names)
            if chosen is None:
                return
            ref = record.attachments[names.index(chosen)]
        target = dialogs.ask_save_file(self, self.tr("Save a copy of the file"), ref.name, "")
        if target is None:
            return
        Task(self, lambda: wallet.export_attachment(record.id, target, name=ref.name)).start()

    def add_entry(self, category: Category) -> None:
        self._open_editor(category, None)

    def edit_entry(self, record_id: str) -> None:
        """The entry's editor, with its earlier versions when sync kept some."""
        wallet = self.wallet
        Task(
            self, lambda: (wallet.get_record(record_id), earlier_values(wallet, record_id))
        ).on_success(lambda found: self._open_editor(found[0].category, *found)).start()

    def _open_editor(
        self, category: Category, record: Record | None, history: list | None = None
    ) -> None:
        from backpack_app.ui.views.profile_editor import EntryEditor

        if dialogs.showing(self.editor):  # a late answer: the entry being edited stays
            return
        self.retire(self.editor)
        self.editor = EntryEditor(category, record, self, earlier=history or [])
        self.editor.save_requested.connect(self._save_entry)
        self.editor.open()  # window-modal, never blocks the event loop

    def _save_entry(self, values: dict) -> None:
        editor, wallet, learner = self.editor, self.wallet, self.main.learner_box.currentData()
        assert editor is not None
        record = editor.record

        def work() -> Record:
            # Both paths send every field the editor has (the add path once dropped the note).
            fields = {k: values[k] for k in ("title", "description", "date")}
            note = values["note"] or None
            if record is None:
                return wallet.add_record(
                    editor.category,
                    learner=learner,
                    details=values["details"],
                    files=values["files"],
                    progress_note=note,
                    **fields,
                )
            return wallet.edit_record(
                record.id,
                changes=fields,
                details=values["details"],
                add_files=values["files"],
                progress_note=note,
            )

        def failed(error: BaseException) -> None:
            editor.failed(inline_message(self, error, self.tr("It could not be saved.")))

        Task(self, work).on_success(lambda _r: self._saved(editor)).on_error(failed).start()

    def _saved(self, editor: EntryEditor) -> None:
        if dialogs.alive(editor):
            editor.accept()
        self._refresh_current()

    def add_state_test(self) -> None:
        """The dialog for state test results (typed in, or a score report's CSV)."""
        from backpack_app.ui.views.state_test_dialog import StateTestDialog

        if dialogs.showing(self.state_test_dialog):
            return
        self.retire(self.state_test_dialog)
        self.state_test_dialog = StateTestDialog(self)
        self.state_test_dialog.save_requested.connect(self._save_state_test)
        self.state_test_dialog.open()

    def _save_state_test(self, asked: Any) -> None:
        """Store the results as self-reported assessments with the files; nothing when one
        is wrong (said in the dialog)."""
        from backpack_app.domain.state_tests import checked_score, read_score_report

        dialog, wallet = self.state_test_dialog, self.wallet
        learner = self.main.learner_box.currentData()

        def work() -> list:
            if asked.report is not None:
                try:
                    data = asked.report.read_bytes()
                except OSError as exc:
                    raise UserError(f"Cannot read {asked.report.name} ({exc.strerror}).") from None
                scores, files = read_score_report(data), [asked.report, *asked.files]
            else:
                scores, files = [checked_score(**asked.fields)], asked.files
            return wallet.add_state_scores(scores, learner=learner, files=files)

        def failed(error: BaseException) -> None:
            if dialogs.alive(dialog):
                dialog.failed(inline_message(self, error, self.tr("Nothing was stored.")))

        def done(_added: list) -> None:
            if dialogs.alive(dialog):
                dialog.accept()
            self._refresh_current()

        Task(self, work).on_success(done).on_error(failed).start()

    def delete_entry(self, record_id: str) -> None:
        if not dialogs.confirm(
            self, self.tr("Delete entry"), self.tr("Delete this entry and its files?")
        ):
            return
        wallet = self.wallet
        Task(self, lambda: wallet.delete_record(record_id)).on_success(
            lambda _r: self._refresh_current()
        ).start()

    def _refresh_current(self) -> None:  # provided by MainWindow
        raise NotImplementedError
