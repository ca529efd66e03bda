"""Sync from the window, as a family does it: set up in Settings on one computer, join from the
first-run screen on another, see and remove computers, see an entry's earlier versions. Real
backpacks, a real shared folder in tmp_path."""

from __future__ import annotations

import os
import platform
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from backpack_app.domain.records import Category
from backpack_app.store import sync_log
from backpack_app.store.sync_log import KEY_SUFFIX, LOG_SUFFIX
from backpack_app.ui import dialogs
from backpack_app.ui.views.sync_dialogs import ComputersDialog, JoinDialog
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.gui.test_accessibility import tab_order, unnamed
from tests.gui.test_fits_both_languages import cut_buttons, language  # noqa: F401 - a fixture
from tests.gui.test_window_flows import make_window, unlock
from tests.sync_helpers import content, join


def _ana(home, *, record: str | None = "Food bank") -> Backpack:
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    wallet.add_learner("Ana Rivera")
    if record:
        wallet.add_record(Category.SERVICE, title=record, details={"hours": 3})
    return wallet


def _unlocked(qtbot, home):
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.wallet is not None, timeout=20_000)
    return window


def _listing(folder):
    return sorted((p.name, p.stat().st_size) for p in folder.iterdir())


def test_set_up_in_settings_then_join_from_the_first_run_screen(qtbot, tmp_path, answers):
    seen, replies = answers
    _ana(tmp_path / "desktop").close()
    desktop = _unlocked(qtbot, tmp_path / "desktop")
    settings = desktop.main.settings
    assert settings.sync_setup.isVisibleTo(settings)
    # Observed: the buttons shown before they had a parent opened as windows of their own
    # (and took the focus from the main window: its shortcuts stopped working).
    stray = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.parent() is None]
    assert [w for w in stray if isinstance(w, QAbstractButton)] == []
    assert QApplication.activeWindow() is desktop
    assert not settings.computers.isVisibleTo(settings)
    shared = tmp_path / "Dropbox" / "Backpack"
    shared.parent.mkdir()
    replies["directory"] = shared
    steps = []
    shown = settings.show_sync_progress
    settings.show_sync_progress = lambda *step: (steps.append(step), shown(*step))
    settings.sync_setup.click()
    assert settings.sync_progress.isVisibleTo(settings) and not settings.sync_now.isEnabled()
    qtbot.waitUntil(lambda: desktop.last_sync is not None, timeout=30_000)
    assert steps[-1][0] == "writing" and steps[-1][1] == steps[-1][2] > 0, (
        steps
    )  # on the GUI thread
    assert not isinstance(desktop.last_sync, Exception), desktop.last_sync
    assert "no other computer has joined yet" in settings.sync_status.text()
    assert str(shared) in settings.sync_status.text()
    assert settings.computers.isVisibleTo(settings) and settings.sync_now.isVisibleTo(settings)
    assert not settings.sync_setup.isVisibleTo(settings)
    assert not settings.sync_progress.isVisibleTo(settings)
    told = [d for kind, d in seen if kind == "inform"]
    assert "Join a backpack from another computer" in told[-1]["text"], told
    names = [p.name for p in shared.iterdir()]
    assert any(n.endswith(LOG_SUFFIX) for n in names) and any(n.endswith(KEY_SUFFIX) for n in names)
    assert desktop._sync_timer.isActive()

    laptop = make_window(qtbot, tmp_path / "laptop")
    assert laptop.stack.currentWidget() is laptop.first_run
    laptop.first_run.join.click()
    dialog = laptop.join_dialog
    assert dialog.isVisible() and unnamed(dialog) == []
    order = tab_order(dialog.folder, 3)
    assert order == [dialog.folder, dialog.choose, dialog.passphrase, dialog.use_recovery]
    replies["directory"] = shared
    dialog.choose.click()  # the folder chooser fills the field, then the passphrase has focus
    assert dialog.folder.text() == str(shared)
    dialog.passphrase.setText(PASSPHRASE)
    steps = []
    shown = dialog.show_progress
    dialog.show_progress = lambda *step: (steps.append(step), shown(*step))
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.progress.isVisibleTo(dialog) and not dialog.join.isEnabled()
    qtbot.waitUntil(lambda: laptop.wallet is not None, timeout=30_000)
    assert any(p == "applying" and d == t > 0 for p, d, t in steps), steps  # merged here
    assert not dialog.isVisible() and dialog.passphrase.text() == ""
    qtbot.waitUntil(lambda: laptop.main.profile.rowCount() == 1, timeout=20_000)
    assert laptop.main.learner_box.currentText() == "Ana Rivera"
    qtbot.waitUntil(lambda: laptop.last_sync is not None, timeout=20_000)
    assert "with 2 computers" in laptop.main.settings.sync_status.text()
    assert content(laptop.wallet)["records"] == content(desktop.wallet)["records"]


def test_joining_refuses_in_one_sentence_and_leaves_nothing_behind(qtbot, tmp_path, answers):
    with _ana(tmp_path / "desktop") as desktop:
        desktop.sync_setup(tmp_path / "shared")
    other, _ = Backpack.create(tmp_path / "other", "another family's words", kdf=FAST)
    with other:
        other.sync_setup(tmp_path / "theirs")
    (tmp_path / "empty").mkdir()
    shutil.copytree(tmp_path / "shared", tmp_path / "copying")  # its log not all there yet
    for log in (tmp_path / "copying").glob("*.bplog"):
        log.write_bytes(log.read_bytes()[: sync_log.HEADER_BYTES + 10])
    before = {f: _listing(tmp_path / f) for f in ("shared", "theirs", "empty", "copying")}
    home = tmp_path / "laptop"
    window = make_window(qtbot, home)
    window.first_run.join.click()
    dialog = window.join_dialog
    dialog.join.click()
    assert dialog.error.text() == "Choose the folder the computers share."
    for folder, secret, says in (
        ("shared", "not the passphrase", "That passphrase does not open the backpack kept"),
        ("theirs", PASSPHRASE, "That passphrase does not open the backpack kept"),
        ("empty", PASSPHRASE, "holds no backpack to join"),
        ("missing", PASSPHRASE, "holds no backpack to join"),
        ("copying", PASSPHRASE, "have not finished copying"),
    ):
        dialog.folder.setText(str(tmp_path / folder))
        dialog.passphrase.setText(secret)
        dialog.join.click()
        assert not dialog.join.isEnabled()  # busy: not twice
        qtbot.waitUntil(lambda: dialog.join.isEnabled(), timeout=30_000)
        assert says in dialog.error.text(), (folder, dialog.error.text())
        assert window.wallet is None and not home.exists()
    dialog.use_recovery.click()
    dialog.recovery_key.setText("ABCD-EFGH")
    dialog.folder.setText(str(tmp_path / "shared"))
    dialog.join.click()
    qtbot.waitUntil(lambda: dialog.join.isEnabled(), timeout=30_000)
    assert "recovery key has 32 characters" in dialog.error.text()
    assert {f: _listing(tmp_path / f) for f in before} == before
    assert not home.exists() and window.stack.currentWidget() is window.first_run


def test_joining_with_the_recovery_key_read_from_a_file(qtbot, tmp_path, answers):
    _seen, replies = answers
    desktop, recovery = Backpack.create(tmp_path / "desktop", PASSPHRASE, kdf=FAST)
    with desktop:
        desktop.add_learner("Ana Rivera")
        desktop.sync_setup(tmp_path / "shared")
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(recovery + "\n")
    window = make_window(qtbot, tmp_path / "laptop")
    window.first_run.join.click()
    dialog = window.join_dialog
    dialog.folder.setText(str(tmp_path / "shared"))
    dialog.use_recovery.click()
    replies["open_files"] = [key_file]
    dialog.key_file.click()
    assert dialog.recovery_key.text() == recovery
    dialog.join.click()
    qtbot.waitUntil(lambda: window.wallet is not None, timeout=30_000)
    qtbot.waitUntil(lambda: window.main.learner_box.count() == 1, timeout=20_000)


def test_setting_up_refuses_another_backpacks_folder_and_one_it_cannot_write(
    qtbot, tmp_path, answers
):
    _seen, replies = answers
    other, _ = Backpack.create(tmp_path / "other", "another family's words", kdf=FAST)
    with other:
        other.sync_setup(tmp_path / "theirs")
    _ana(tmp_path / "bp").close()
    window = _unlocked(qtbot, tmp_path / "bp")
    settings = window.main.settings
    before = _listing(tmp_path / "theirs")
    cases = [
        (tmp_path / "theirs", "already holds another backpack's sync files"),
        (tmp_path / "bp" / "inside", "outside the backpack's own folder"),
    ]
    if os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        cases.append((locked, "may not write in"))
    for folder, says in cases:
        replies["directory"] = folder
        settings.sync_setup.click()
        qtbot.waitUntil(lambda: settings.sync_setup.isEnabled(), timeout=20_000)
        qtbot.waitUntil(lambda: settings.sync_problem.isVisibleTo(settings), timeout=20_000)
        assert says in settings.sync_problem.text(), settings.sync_problem.text()
        assert "on this computer only" in settings.sync_status.text()
        assert window.wallet.sync_folder is None
    assert _listing(tmp_path / "theirs") == before
    assert not (tmp_path / "bp" / "inside").exists()
    if os.geteuid() != 0:
        assert list(locked.iterdir()) == []


def test_a_lock_during_set_up_leaves_settings_ready_after_unlocking(qtbot, tmp_path, answers):
    _seen, replies = answers
    _ana(tmp_path / "bp").close()
    window = _unlocked(qtbot, tmp_path / "bp")
    settings = window.main.settings
    replies["directory"] = tmp_path / "shared"
    settings.sync_setup.click()
    window.lock()  # the idle lock, while the folder is being written
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.last_sync is not None, timeout=30_000)
    assert not settings.sync_progress.isVisibleTo(settings)
    assert settings.computers.isEnabled() and settings.sync_now.isEnabled()
    assert "no other computer has joined yet" in settings.sync_status.text()


@pytest.fixture
def two_computers(tmp_path, monkeypatch):
    """Ana's backpack on the family desktop and joined on her laptop, both synced."""
    monkeypatch.setattr(platform, "node", lambda: "family-desktop")
    desktop = _ana(tmp_path / "desktop")
    desktop.sync_setup(tmp_path / "shared")
    monkeypatch.setattr(platform, "node", lambda: "ana-laptop")
    laptop = join(tmp_path / "shared", tmp_path / "laptop")
    desktop.sync()
    return desktop, laptop


def test_the_computers_dialog_lists_them_and_removes_one_after_saying_what_it_means(
    qtbot, tmp_path, answers, two_computers
):
    seen, replies = answers
    desktop, laptop = two_computers
    desktop.close()
    laptop.close()
    window = _unlocked(qtbot, tmp_path / "desktop")
    qtbot.waitUntil(lambda: window.last_sync is not None, timeout=20_000)
    window.main.settings.computers.click()
    dialog = window.computers_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=20_000)
    rows = [
        [dialog.table.rows.data(dialog.table.rows.index(r, c)) for c in range(3)] for r in (0, 1)
    ]
    by_name = {r[0]: r for r in rows}
    assert set(by_name) == {"family-desktop (this computer)", "ana-laptop"}, rows
    assert by_name["ana-laptop"][2] == "syncing" and by_name["ana-laptop"][1]
    assert "2 computers" in dialog.intro.text()
    assert unnamed(dialog) == []
    # Keyboard: the list has focus with the other computer chosen; Tab reaches Remove.
    assert dialog.table.hasFocus() or dialog.focusWidget() is dialog.table
    assert dialog.remove.isEnabled()
    assert dialog.remove in tab_order(dialog.table, 3)
    dialog.table.selectRow(list(by_name).index("family-desktop (this computer)"))
    assert not dialog.remove.isEnabled()  # not this computer
    dialog.table.selectRow(list(by_name).index("ana-laptop"))
    replies["confirm"] = False
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    asked = [d for kind, d in seen if kind == "confirm"][-1]
    assert asked["title"] == "Remove ana-laptop?"
    assert "housekeeping, not protection" in asked["text"]
    assert "still has the backpack and the key" in asked["text"]
    assert dialog.remove.isEnabled()  # cancelled: nothing happened
    replies["confirm"] = True
    dialog.remove.click()
    qtbot.waitUntil(
        lambda: any(
            dialog.table.rows.data(dialog.table.rows.index(r, 2)) == "removed" for r in (0, 1)
        ),
        timeout=20_000,
    )
    assert not dialog.remove.isEnabled()
    assert "no other computer has joined yet" in window.main.settings.sync_status.text()
    removed = [d for d in window.wallet.sync_devices() if d.removed]
    assert [d.name for d in removed] == ["ana-laptop"]
    window.lock()  # the dialog goes with what it showed
    assert not dialog.isVisible() and window.computers_dialog is None
    qtbot.waitUntil(lambda: not dialogs.alive(dialog), timeout=5_000)


def test_an_entry_edited_on_two_computers_shows_its_earlier_versions(
    qtbot, tmp_path, answers, two_computers
):
    desktop, laptop = two_computers
    entry = next(r for r in desktop.list_records() if r.title == "Food bank")
    desktop.edit_record(entry.id, changes={"title": "Food bank (spring)"}, details={"hours": 5})
    desktop.sync()
    laptop.sync()
    laptop.edit_record(entry.id, changes={"title": "Riverside Food Bank"})
    laptop.sync()
    desktop.sync()
    desktop.close()
    laptop.close()
    window = _unlocked(qtbot, tmp_path / "desktop")
    qtbot.waitUntil(lambda: window.main.profile.rowCount() == 1, timeout=20_000)
    window.edit_entry(entry.id)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible(), timeout=20_000)
    editor = window.editor
    assert editor.title.text() == "Riverside Food Bank"
    table = editor.earlier
    assert table is not None
    shown = [
        [table.rows.data(table.rows.index(r, c)) for c in range(4)] for r in range(table.rowCount())
    ]
    assert ["Organisation", "Food bank", "family-desktop (this computer)"] in [s[:3] for s in shown]
    assert ["Organisation", "Food bank (spring)", "family-desktop (this computer)"] in [
        s[:3] for s in shown
    ]
    assert ["Hours", "3", "family-desktop (this computer)"] in [s[:3] for s in shown], shown
    assert all(s[3] for s in shown)
    assert unnamed(editor) == []
    editor.discard()
    # An entry never edited elsewhere has no such section.
    window.add_entry(Category.GOAL)
    assert window.editor.earlier is None
    window.editor.discard()


def test_the_sync_dialogs_fit_both_languages(qtbot, tmp_path, answers, language, two_computers):  # noqa: F811
    desktop, laptop = two_computers
    laptop.close()
    joining = JoinDialog()
    qtbot.addWidget(joining)
    joining.show()
    joining.use_recovery.click()
    joining.set_busy(True)
    joining.show_progress("applying", 3000, 12000)
    assert (
        joining.progress.format()
        == {
            "en": "Merging: 3,000 of 12,000",
            "es": "Combinando: 3000 de 12.000",  # Spanish groups from five digits
        }[language]
    )
    joining.set_busy(False)
    assert cut_buttons(joining) == []
    assert (joining.join.text() == "Join") == (language == "en")
    computers = ComputersDialog()
    qtbot.addWidget(computers)
    computers.show()
    computers.show_devices(desktop.sync_devices(), None)
    assert cut_buttons(computers) == []
    names = [computers.table.rows.data(computers.table.rows.index(r, 0)) for r in (0, 1)]
    assert ("family-desktop (this computer)" in names) == (language == "en"), names
    desktop.close()


def test_removing_with_the_folder_away_says_why_and_changes_nothing(
    qtbot, tmp_path, answers, two_computers
):
    _seen, replies = answers
    desktop, laptop = two_computers
    desktop.close()
    laptop.close()
    window = _unlocked(qtbot, tmp_path / "desktop")
    qtbot.waitUntil(lambda: window.last_sync is not None, timeout=20_000)
    (tmp_path / "shared").rename(tmp_path / "unplugged")  # the USB stick was taken out
    window.main.settings.computers.click()
    dialog = window.computers_dialog
    qtbot.waitUntil(lambda: dialog.remove.isEnabled(), timeout=20_000)
    replies["confirm"] = True
    dialog.remove.click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=20_000)
    assert "is not there (is its drive connected?)" in dialog.error.text()
    assert dialog.remove.isEnabled()  # it can be tried again once the folder is back
    assert not any(d.removed for d in window.wallet.sync_devices())


def test_two_computers_of_one_name_are_told_apart_and_this_one_renamed(
    qtbot, tmp_path, answers, monkeypatch
):
    seen, replies = answers
    monkeypatch.setattr(platform, "node", lambda: "vm")
    with _ana(tmp_path / "desktop") as desktop:
        desktop.sync_setup(tmp_path / "shared")
    join(tmp_path / "shared", tmp_path / "laptop").close()
    window = _unlocked(qtbot, tmp_path / "laptop")
    qtbot.waitUntil(lambda: window.last_sync is not None, timeout=20_000)
    window.main.settings.computers.click()
    dialog = window.computers_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=20_000)

    def names():
        return sorted(dialog.table.rows.data(dialog.table.rows.index(r, 0)) for r in (0, 1))

    assert names() == ["vm", "vm (2) (this computer)"]  # the laptop joined second
    assert dialog.rename.isEnabled() and unnamed(dialog) == []
    replies["text"] = None  # cancelled: nothing happens
    dialog.rename.click()
    asked = [d for kind, d in seen if kind == "text"][-1]
    assert asked["default"] == "vm (2)" and dialog.rename.isEnabled()
    replies["text"] = "Ana's laptop"
    dialog.rename.click()
    qtbot.waitUntil(lambda: "Ana's laptop (this computer)" in names(), timeout=20_000)
    assert names() == ["Ana's laptop (this computer)", "vm"]
    with Backpack.open(tmp_path / "desktop", PASSPHRASE, kdf=FAST) as desktop:
        desktop.sync()
        assert sorted(d.name for d in desktop.sync_devices()) == ["Ana's laptop", "vm"]
