"""A dialog replaced by a newer one, or answered late, is never pulled from under the work or the
question still using it (each case raised "C++ object already deleted" when replaced dialogs
were deleted at once)."""

from __future__ import annotations

import datetime as dt
import json
import time

from PySide6.QtCore import QEventLoop, QTimer

from backpack_app.domain.records import Category
from backpack_app.ui import dialogs, tasks
from backpack_app.ui.views.share_dialog import ShareRequest
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.gui.test_window_flows import make_window, unlock
from tests.issuing import course_credential, new_school


def _window(qtbot, tmp_path):
    home = tmp_path / "bp"
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with wallet:
        wallet.add_learner("Ana Rivera", emails=["ana.rivera@example.org"])
        goal = wallet.add_record(Category.GOAL, title="Learn to swim")
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.main.profile.rowCount() == 1, timeout=20_000)
    return window, goal.id


def _busy(window, seconds: float) -> None:
    tasks.Task(window, lambda: time.sleep(seconds)).start()


def test_a_late_editor_does_not_replace_the_one_being_typed_in(qtbot, tmp_path, answers):
    window, goal = _window(qtbot, tmp_path)
    _busy(window, 0.3)
    window.edit_entry(goal)  # a double-click whose record comes back late
    window.add_entry(Category.GOAL)  # meanwhile the user adds a goal
    typing = window.editor
    typing.title.setText("Learn to dive")
    typing.save_button.click()
    tasks.wait_for_tasks()
    qtbot.waitUntil(lambda: window.main.profile.rowCount() == 2, timeout=10_000)
    assert dialogs.alive(typing) and not typing.isVisible()  # saved and closed, not deleted


def test_asking_to_share_twice_keeps_the_dialog_whose_share_is_being_made(qtbot, tmp_path, answers):
    window, goal = _window(qtbot, tmp_path)
    _busy(window, 0.2)
    window.start_share()
    window.start_share()  # Ctrl+S and the button
    qtbot.waitUntil(lambda: window.share_dialog is not None, timeout=5_000)
    first = window.share_dialog
    first.share_requested.emit(
        ShareRequest(
            record_ids=[goal],
            include_restricted=False,
            to=None,
            code=True,
            purpose="Swimming",
            expires=dt.datetime.now(dt.UTC) + dt.timedelta(days=3),
            out=tmp_path / "a.backpack",
            qr=None,
            pdf=None,
        )
    )
    tasks.wait_for_tasks()
    qtbot.waitUntil(lambda: "Saved" in first.result.text(), timeout=10_000)
    assert window.share_dialog is first and "Code:" in first.result.text()


def test_new_import_results_wait_for_a_trust_question_to_be_answered(qtbot, tmp_path, answers):
    seen, _ = answers
    window, _goal = _window(qtbot, tmp_path)
    files = []
    for name in ("a", "b"):
        school = new_school()
        files.append(tmp_path / f"{name}.json")
        files[-1].write_text(json.dumps(school.sign(course_credential(school, course=name))))
    window.import_paths(files[:1])
    qtbot.waitUntil(lambda: window.import_dialog is not None, timeout=30_000)
    first = window.import_dialog
    first.table.selectRow(0)

    def answer(kind, details):
        seen.append((kind, details))
        if kind == "text":  # the name question runs its own event loop while the user types
            loop = QEventLoop()
            QTimer.singleShot(800, loop.quit)
            loop.exec()
            return "Lincoln High School"
        return 1 if kind == "action" else None  # "I know this school: name it…"

    dialogs.answer = answer
    _busy(window, 0.2)
    window.import_paths(files[1:])  # its results arrive while the question is open
    first.trust_button.click()
    tasks.wait_for_tasks()
    qtbot.waitUntil(lambda: window.import_dialog is not first, timeout=10_000)
    assert dialogs.alive(first) and not first.isVisible()  # kept until the lock
    assert [t.name for t in window.wallet.trust_list().issuers.values()] == ["Lincoln High School"]
    window.lock()
    qtbot.wait(50)
    assert not dialogs.alive(first)
