"""The window end to end: first run, unlock (inline errors, off the UI thread), official records
with their verification pills and checks, lock."""

from __future__ import annotations

import datetime as dt
import json
import threading
import time

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog

from backpack_app.domain.records import Category
from backpack_app.domain.trust import TrustedIssuer
from backpack_app.store import database
from backpack_app.ui import tasks
from backpack_app.ui.app import MainWindow
from backpack_app.ui.views.share_dialog import CODE_CHOICE
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.issuing import clr_credential, course_credential, new_school


def make_window(qtbot, home):
    window = MainWindow(home, kdf=FAST)
    qtbot.addWidget(window)
    window.show()
    return window


def found_in(model, text, parent=None):
    """The first index of the tree (depth first) whose Record cell reads `text`."""
    parent = parent if parent is not None else QModelIndex()
    for r in range(model.rowCount(parent)):
        index = model.index(r, 0, parent)
        if index.data() == text:
            return index
        inner = found_in(model, text, index)
        if inner is not None:
            return inner
    return None


def unlock(qtbot, window, passphrase=PASSPHRASE):
    window.unlock.passphrase.setText(passphrase)
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)


def ana_window(qtbot, tmp_path):
    """A window unlocked on a new backpack with one learner, Ana Rivera."""
    home = tmp_path / "bp"
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with wallet:
        wallet.add_learner("Ana Rivera")
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.main.learner_box.count() == 1, timeout=20_000)
    return window


def test_first_run_creates_a_backpack_and_shows_the_recovery_key_once(qtbot, tmp_path, answers):
    seen, _ = answers
    window = make_window(qtbot, tmp_path / "bp")
    assert window.stack.currentWidget() is window.first_run
    window.first_run.learner.setText("Ana Rivera")
    window.first_run.passphrase.setText("short")
    window.first_run.confirm.setText("short")
    qtbot.mouseClick(window.first_run.create, Qt.MouseButton.LeftButton)
    assert "at least 8" in window.first_run.error.text()
    window.first_run.passphrase.setText(PASSPHRASE)
    assert window.first_run.meter.value() > 50
    window.first_run.confirm.setText(PASSPHRASE)
    qtbot.mouseClick(window.first_run.create, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.main, timeout=20_000)
    keys = [d["key"] for kind, d in seen if kind == "recovery_key"]
    assert len(keys) == 1 and len(keys[0].split("-")) == 8
    qtbot.waitUntil(lambda: window.main.learner_box.currentText() == "Ana Rivera")


def test_wrong_passphrase_is_an_inline_error_and_unlock_runs_off_the_ui_thread(
    qtbot, tmp_path, answers, monkeypatch
):
    seen, _ = answers
    home = tmp_path / "bp"
    Backpack.create(home, PASSPHRASE, kdf=FAST)[0].close()
    window = make_window(qtbot, home)
    assert window.stack.currentWidget() is window.unlock
    threads = []
    original = tasks._Job.run

    def spy(job):
        threads.append(threading.get_ident())
        original(job)

    monkeypatch.setattr(tasks._Job, "run", spy)
    unlock(qtbot, window, "not the passphrase")
    qtbot.waitUntil(lambda: "does not open" in window.unlock.error.text(), timeout=20_000)
    assert window.stack.currentWidget() is window.unlock and not seen  # no modal dialog
    assert threads and threading.get_ident() not in threads
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.main, timeout=20_000)


def test_official_records_show_pills_checks_and_the_signed_original(qtbot, tmp_path, answers):
    home = tmp_path / "bp"
    school, other = new_school(), new_school("Riverside Academy")
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with wallet:
        wallet.add_learner("Ana Rivera", emails=["ana.rivera@example.org"])
        wallet.trust_issuers([TrustedIssuer(id=school.did, name="Lincoln High School")])
        courses = [
            school.sign(course_credential(school, course=c)) for c in ("Biology", "Chemistry")
        ]
        for doc in (
            school.sign(clr_credential(school, courses)),
            other.sign(course_credential(other, course="Art")),
            school.sign(
                course_credential(school, course="Typing", valid_until="2025-06-01T00:00:00Z")
            ),
        ):
            wallet.import_credentials(json.dumps(doc).encode())
        wallet.add_record(Category.ATTENDANCE, title="Attendance 2024-25")
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    view = window.main.official
    qtbot.waitUntil(lambda: len(view.rows_shown()) == 6, timeout=20_000)
    pills = dict(view.rows_shown())
    assert pills["Biology"] == "✔ Verified"
    assert pills["Art"] == "⚠ Issuer not in your trust list"
    assert pills["Typing"] == "✖ Expired"
    assert pills["Attendance 2024-25"] == "From school, unsigned"
    # Choosing a record shows one row per check and the credential as signed.
    model = view.model
    art = found_in(model, "Art")
    view.tree.setCurrentIndex(art)
    assert "reading the signed record" in view.detail.summary.text()  # read off the UI thread
    qtbot.waitUntil(lambda: view.detail.checks.rowCount() > 0, timeout=10_000)
    checks = [view.detail.checks.item(r, 0).text() for r in range(view.detail.checks.rowCount())]
    assert "signature" in checks and "issuer trust" in checks
    assert '"Riverside Academy"' in view.detail.raw.toPlainText()
    assert "calls itself" in view.detail.summary.text() or "Riverside" in view.detail.issuer.text()
    # Keys and the signed JSON are folded under "Technical details" until asked for.
    detail = view.detail
    assert detail.fold.isVisibleTo(detail) and not detail.technical.isVisibleTo(detail)
    assert "did:" not in detail.issuer.text() and "did:" in detail.technical_text.text()
    detail.fold.click()
    assert detail.raw.isVisibleTo(detail)
    # Choosing two records quickly shows the second: the first one's late answer is dropped.
    typing = found_in(model, "Typing")
    view.tree.setCurrentIndex(art)
    view.tree.setCurrentIndex(typing)
    qtbot.waitUntil(lambda: "Typing" in view.detail.raw.toPlainText(), timeout=10_000)
    tasks.wait_for_tasks()
    qtbot.wait(50)
    assert "Typing" in view.detail.title.text() and "Riverside" not in view.detail.raw.toPlainText()
    # An unsigned record says so at once, with nothing to read, and a signed record's answer
    # arriving after it was left does not replace what is shown.
    attendance = found_in(model, "Attendance 2024-25")
    view.tree.setCurrentIndex(art)
    view.tree.setCurrentIndex(attendance)
    assert "without a signature" in view.detail.summary.text()
    tasks.wait_for_tasks()
    qtbot.wait(50)
    assert "without a signature" in view.detail.summary.text()
    assert view.detail.raw.toPlainText() == "" and view.detail.checks.rowCount() == 0


def test_a_missing_badge_picture_or_a_failing_page_does_not_keep_the_backpack_shut(
    qtbot, tmp_path, answers
):
    seen, _ = answers
    home = tmp_path / "bp"
    picture = tmp_path / "a.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n not really a picture")
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with wallet:
        wallet.add_learner("Ana Rivera")
        record = wallet.add_record(Category.ATTENDANCE, title="Attendance 2024-25", files=[picture])
        wallet.attachments.path_of(record.attachments[0].id).unlink()
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    qtbot.waitUntil(
        lambda: (
            dict(window.main.official.rows_shown()).get("Attendance 2024-25")
            == "From school, unsigned"
        ),
        timeout=20_000,
    )
    assert window.stack.currentWidget() is window.main and not seen
    # A page that cannot be read at all (here, details SQLite cannot parse): the backpack still
    # opens, and the problem is said.
    window.lock()
    tasks.wait_for_tasks()
    with Backpack.open(home, PASSPHRASE, kdf=FAST) as wallet, database.transaction(wallet._conn):
        wallet._conn.execute("UPDATE records SET details = '{broken' WHERE id = ?", (record.id,))
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: any(kind == "problem" for kind, _ in seen), timeout=20_000)
    assert window.wallet is not None and window.stack.currentWidget() is window.main


def test_switching_language_while_a_credential_is_read_drops_the_late_answer(
    qtbot, tmp_path, answers
):
    home = tmp_path / "bp"
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with wallet:
        wallet.add_learner("Ana Rivera", emails=["ana.rivera@example.org"])
        school = new_school()
        wallet.import_credentials(json.dumps(school.sign(course_credential(school))).encode())
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    view = window.main.official
    qtbot.waitUntil(lambda: len(view.rows_shown()) == 1, timeout=20_000)
    tasks.Task(window, lambda: time.sleep(0.3)).start()  # the worker is busy a while
    view.tree.setCurrentIndex(found_in(view.model, "Algebra I"))
    window.set_language("es")  # the view that asked is rebuilt before the answer comes
    tasks.wait_for_tasks()
    qtbot.wait(100)  # an answer handed to the deleted view would raise here
    window.set_language("en")
    qtbot.wait(50)


def test_lock_returns_to_unlock_and_drops_the_data(qtbot, tmp_path, answers):
    home = tmp_path / "bp"
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with wallet:
        wallet.add_learner("Ana Rivera")
        wallet.add_record(Category.ATTENDANCE, title="Attendance 2024-25")
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: len(window.main.official.rows_shown()) == 1, timeout=20_000)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.unlock and window.wallet is None
    assert window.main.official.rows_shown() == [] and window.main.learner_box.count() == 0


def test_import_shows_verdicts_and_trusting_the_issuer_updates_the_pill(
    qtbot, tmp_path, answers, monkeypatch
):
    seen, replies = answers
    home = tmp_path / "bp"
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with wallet:
        wallet.add_learner("Ana Rivera", emails=["ana.rivera@example.org"])
    school = new_school()
    good, bad, stranger = tmp_path / "good.json", tmp_path / "bad.json", tmp_path / "other.json"
    good.write_text(json.dumps(school.sign(course_credential(school, course="Algebra I"))))
    tampered = school.sign(course_credential(school, course="Geometry"))
    tampered["credentialSubject"]["result"][0]["value"] = "A+"
    bad.write_text(json.dumps(tampered))
    doc = course_credential(school, course="Art")
    doc["credentialSubject"]["identifier"] = []
    doc["credentialSubject"]["id"] = "mailto:someone.else@example.org"
    stranger.write_text(json.dumps(school.sign(doc)))
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.main, timeout=20_000)
    replies["open_files"] = [good, bad, stranger]
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.import_dialog is not None, timeout=30_000)
    table = window.import_dialog.table
    rows = {
        table.item(r, 0).text(): (table.item(r, 2).text(), table.item(r, 3).text())
        for r in range(table.rowCount())
    }
    assert rows["good.json"] == ("Imported", "⚠ Issuer not in your trust list")
    assert rows["bad.json"] == ("Not imported", "✖ Invalid signature")
    whose = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert whose["bad.json"] == ""  # refused before anyone was looked for: nobody is named
    assert rows["other.json"][0] == "Not imported"
    view = window.main.official
    qtbot.waitUntil(lambda: dict(view.rows_shown()).get("Algebra I") is not None, timeout=20_000)
    # The record that names nobody here is filed for the learner the user picks.
    assert window.import_dialog.file_button.isVisibleTo(window.import_dialog)
    replies["choice"] = "Ana Rivera"
    window.import_dialog.file_button.click()
    qtbot.waitUntil(lambda: "Art" in dict(view.rows_shown()), timeout=30_000)
    # Trusting the issuer re-checks the stored credentials.
    window.import_dialog = None
    window._show_imported(window.wallet.import_files([good]))
    replies["action"], replies["text"] = 1, "Lincoln High School"  # "I know this school"
    window.import_dialog.trust_button.click()
    qtbot.waitUntil(
        lambda: dict(view.rows_shown()).get("Algebra I") == "✔ Verified", timeout=30_000
    )
    assert any(kind == "action" and "anyone can make a key" in d["text"] for kind, d in seen)


def test_importing_many_files_runs_on_the_worker(qtbot, tmp_path, answers, monkeypatch):
    home = tmp_path / "bp"
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with wallet:
        wallet.add_learner("Ana Rivera", emails=["ana.rivera@example.org"])
    school = new_school()
    paths = []
    for i in range(200):
        path = tmp_path / f"c{i}.json"
        path.write_text(json.dumps(school.sign(course_credential(school, course=f"Course {i}"))))
        paths.append(path)
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.main, timeout=20_000)
    where = []
    original = window.wallet.import_files

    def spy(*args, **kwargs):
        where.append(threading.get_ident())
        return original(*args, **kwargs)

    monkeypatch.setattr(window.wallet, "import_files", spy)
    window.import_paths(paths)
    assert window.import_dialog is None  # returned at once; the work is queued
    qtbot.waitUntil(lambda: window.import_dialog is not None, timeout=120_000)
    assert where and where[0] != threading.get_ident()
    assert window.import_dialog.table.rowCount() == 200


def test_add_and_edit_every_kind_of_profile_entry(qtbot, tmp_path, answers):
    from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLineEdit

    from backpack_app.ui.views.profile import PROFILE_CATEGORIES
    from backpack_app.ui.views.profile_editor import OptionalDate

    _seen, replies = answers
    home = tmp_path / "bp"
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with wallet:
        wallet.add_learner("Ana Rivera")
    poster = tmp_path / "poster.png"
    poster.write_bytes(b"\x89PNG not really")
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.main.learner_box.count() == 1, timeout=20_000)
    page = window.main.profile
    for n, category in enumerate(PROFILE_CATEGORIES, start=1):
        page.add_actions[category].trigger()
        editor = window.editor
        editor.title.setText(f"Entry {category.value}")
        for widget in editor.fields.values():
            if isinstance(widget, QLineEdit):
                widget.setText("Sra. Muñoz")
            elif isinstance(widget, QDoubleSpinBox):
                widget.setValue(12.5)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(widget.count() - 1)
            elif isinstance(widget, OptionalDate):
                widget.enabled.setChecked(True)
        if category is Category.PORTFOLIO:
            replies["open_files"] = [poster]
            editor._attach()
        editor.save_button.click()
        qtbot.waitUntil(lambda n=n: page.rowCount() == n, timeout=20_000)
    assert page.rowCount() == len(PROFILE_CATEGORIES)
    # Edit the goal: new title, a progress note; the record keeps its id.
    goal_id = next(e.id for e in page._entries if e.category is Category.GOAL)
    page.select(goal_id)
    page.edit.click()
    qtbot.waitUntil(
        lambda: window.editor is not None and window.editor.record is not None, timeout=20_000
    )
    window.editor.title.setText("Read 25 books")
    window.editor.note.setText("Twelve so far")
    window.editor.save_button.click()
    qtbot.waitUntil(lambda: any(e.title == "Read 25 books" for e in page._entries), timeout=20_000)
    record = window.wallet.get_record(goal_id)
    assert [n.text for n in record.details.progress_notes] == ["Twelve so far"]
    portfolio = window.wallet.list_records(categories=[Category.PORTFOLIO])[0]
    assert portfolio.attachment_count == 1
    service = window.wallet.list_records(categories=[Category.SERVICE])[0]
    assert window.wallet.get_record(service.id).details.hours == 12.5
    # A bad value is said inline and nothing is saved.
    page.add_actions[Category.GOAL].trigger()
    window.editor.save_button.click()
    assert "title" in window.editor.error.text() and page.rowCount() == len(PROFILE_CATEGORIES)
    # Delete asks first.
    replies["confirm"] = True
    page.select(goal_id)
    page.delete.click()
    qtbot.waitUntil(lambda: page.rowCount() == len(PROFILE_CATEGORIES) - 1, timeout=20_000)


def test_auto_lock_after_idle_time_and_input_postpones_it(qtbot, tmp_path, answers):
    home = tmp_path / "bp"
    Backpack.create(home, PASSPHRASE, kdf=FAST)[0].close()
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.main, timeout=20_000)
    window.main.settings.auto_lock.setValue(3)  # the setting is kept ...
    from backpack_app.ui.settings import AUTO_LOCK_MINUTES

    assert AUTO_LOCK_MINUTES.get() == 3
    from backpack_app.ui.settings import CLIPBOARD_CLEAR_SECONDS

    window.main.settings.clipboard.setValue(45)  # how long a copied share code stays
    assert CLIPBOARD_CLEAR_SECONDS.get() == 45
    window.auto_lock.set_interval(400)  # ... and the test uses a short interval
    window.auto_lock.arm()
    for _ in range(4):  # typing keeps it open
        qtbot.wait(200)
        qtbot.keyClick(window.main.search, Qt.Key.Key_A)
    assert window.wallet is not None
    qtbot.waitUntil(lambda: window.wallet is None, timeout=5_000)
    assert window.stack.currentWidget() is window.unlock


def test_locking_while_editing_saves_the_entry_and_shows_no_late_results(qtbot, tmp_path, answers):
    seen, _ = answers
    home, window = tmp_path / "bp", ana_window(qtbot, tmp_path)
    window.main.profile.add_actions[Category.GOAL].trigger()
    window.editor.title.setText("Learn to swim")
    # An entry being read for a page when the lock comes is not shown afterwards.
    tasks.Task(window, lambda: time.sleep(0.2)).start()
    window.main.request_refresh()
    window.auto_lock.set_interval(100)  # idle: the lock comes while the editor is open
    window.auto_lock.arm()
    qtbot.waitUntil(lambda: window.wallet is None, timeout=5_000)
    assert window.editor is None
    tasks.wait_for_tasks()
    qtbot.wait(100)
    assert window.main.profile.rowCount() == 0 and window.main.learner_box.count() == 0
    with Backpack.open(home, PASSPHRASE, kdf=FAST) as wallet:
        assert [r.title for r in wallet.list_records()] == ["Learn to swim"]
    # An entry with no title cannot be saved: it is dropped without a question.
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.main.profile.rowCount() == 1, timeout=20_000)
    assert window.unlock.passphrase.text() == ""  # no passphrase waits in a hidden field
    window.main.profile.add_actions[Category.GOAL].trigger()
    window.editor.description.setPlainText("no title yet")
    window.lock()
    tasks.wait_for_tasks()
    assert not seen
    # Save pressed while the worker is busy, then the lock: the entry is saved once.
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.main.profile.rowCount() == 1, timeout=20_000)
    window.main.profile.add_actions[Category.GOAL].trigger()
    window.editor.reject()  # closed, then replaced by the next one
    window.main.profile.add_actions[Category.GOAL].trigger()
    window.editor.title.setText("Learn to dive")
    tasks.Task(window, lambda: time.sleep(0.2)).start()
    window.editor.save_button.click()
    window.lock()
    tasks.wait_for_tasks()
    # Every dialog of the session is gone with what it showed, not only the last one.
    qtbot.wait(50)
    assert window.findChildren(QDialog) == []
    with Backpack.open(home, PASSPHRASE, kdf=FAST) as wallet:
        assert sorted(r.title for r in wallet.list_records()) == ["Learn to dive", "Learn to swim"]


def test_an_exception_nothing_caught_opens_the_crash_dialog(qtbot, tmp_path, answers):
    import sys

    from backpack_app.errors import NotFound
    from backpack_app.ui.errors import crash_hook

    seen, _ = answers
    window = make_window(qtbot, tmp_path / "bp")
    printed = []
    hook = crash_hook(window, lambda *info: printed.append(info))
    for error in (ValueError("a bug in a slot"), NotFound("There is no record rec-1.")):
        try:
            raise error
        except Exception:
            hook(*sys.exc_info())
    bug_details, known_details = [d for kind, d in seen if kind == "problem"]
    assert (
        "did not expect" in bug_details["text"]
        and "ValueError: a bug in a slot" in (bug_details["details"])
    )
    assert known_details["text"] == "There is no record rec-1." and not known_details["details"]
    assert len(printed) == 2  # still printed too
    try:
        raise KeyboardInterrupt
    except KeyboardInterrupt:
        hook(*sys.exc_info())
    assert len([k for k, _ in seen if k == "problem"]) == 2


def test_the_profile_list_shows_progress_and_the_readiness_checklist(qtbot, tmp_path, answers):
    home = tmp_path / "bp"
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with wallet:
        wallet.add_learner("Ana Rivera")
        wallet.add_record(Category.MILESTONE, title="Take the SAT", details={"status": "done"})
        wallet.add_record(Category.MILESTONE, title="Submit the FAFSA")
        wallet.add_record(Category.GOAL, title="Read 20 books", details={"status": "achieved"})
        wallet.add_record(Category.SERVICE, title="Food bank", details={"hours": 12.5})
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    rows = window.main.profile.table.rows
    qtbot.waitUntil(lambda: rows.rowCount() == 4, timeout=20_000)
    shown = {
        rows.data(rows.index(r, 0)): (rows.data(rows.index(r, 1)), rows.data(rows.index(r, 2)))
        for r in range(4)
    }
    assert shown["Take the SAT"] == ("College and career readiness · self-reported", "☑ done")
    assert shown["Submit the FAFSA"][1] == "☐ to do"
    assert shown["Read 20 books"][1] == "achieved"
    assert shown["Food bank"] == ("Community service · self-reported", "12.5 hours")
    assert window.main.profile.totals.text() == "Community service: 12.5 hours in total"
    # The checklist is ticked from the list: the button, or Space on the chosen row.
    profile = window.main.profile
    fafsa = next(r for r in range(4) if rows.data(rows.index(r, 0)) == "Submit the FAFSA")
    profile.table.selectRow(fafsa)
    assert profile.tick.isEnabled()
    profile.tick.click()
    qtbot.waitUntil(lambda: rows.data(rows.index(fafsa, 2)) == "☑ done", timeout=10_000)
    window.main.sidebar.setCurrentRow(2)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    profile.table.setFocus()
    assert profile.table.hasFocus()
    qtbot.keyClick(profile.table, Qt.Key.Key_Space)  # the same row is still chosen
    qtbot.waitUntil(lambda: rows.data(rows.index(fafsa, 2)) == "☐ to do", timeout=10_000)
    food = next(r for r in range(4) if rows.data(rows.index(r, 0)) == "Food bank")
    profile.table.selectRow(food)
    assert not profile.tick.isEnabled()  # only milestones are ticked off


def test_paste_is_in_the_import_menu_and_tab_leaves_tables(qtbot, tmp_path, answers):
    from PySide6.QtWidgets import QApplication, QToolButton

    home = tmp_path / "bp"
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with wallet:
        wallet.add_learner("Ana Rivera", emails=["ana.rivera@example.org"])
        wallet.add_record(Category.GOAL, title="Read 20 books")
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.main.profile.rowCount() == 1, timeout=20_000)
    school = new_school()
    QApplication.clipboard().setText(json.dumps(school.sign(course_credential(school))))
    (importer,) = [b for b in window.main.findChildren(QToolButton) if b.text() == "Import…"]
    paste = next(a for a in importer.menu().actions() if a.text().startswith("Paste"))
    paste.trigger()
    qtbot.waitUntil(lambda: window.import_dialog is not None, timeout=30_000)
    assert window.import_dialog.table.item(0, 2).text() == "Imported"
    window.import_dialog.close()
    # Tab leaves a table for the next control instead of walking its cells.
    window.main.sidebar.setCurrentRow(2)
    table = window.main.profile.table
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()


def test_work_that_takes_a_while_shows_the_busy_bar(qtbot, tmp_path, answers):
    from PySide6.QtWidgets import QApplication

    home = tmp_path / "bp"
    Backpack.create(home, PASSPHRASE, kdf=FAST)[0].close()
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.main, timeout=20_000)
    tasks.wait_for_tasks()
    qtbot.wait(50)
    busy = window.main.busy
    assert not busy.isVisible()
    tasks.Task(window, lambda: time.sleep(0.1)).start()  # quick work: no bar
    qtbot.wait(350)
    assert not busy.isVisible()
    tasks.Task(window, lambda: time.sleep(0.8)).start()
    qtbot.waitUntil(busy.isVisible, timeout=2_000)
    assert QApplication.overrideCursor() is not None
    qtbot.waitUntil(lambda: not busy.isVisible(), timeout=5_000)
    assert QApplication.overrideCursor() is None


def test_share_wizard_makes_a_bundle_the_cli_opens(qtbot, tmp_path, answers, cli):
    from PySide6.QtCore import Qt as _Qt

    seen, replies = answers
    home, tutor_home = tmp_path / "bp", tmp_path / "tutor"
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    tutor, _ = Backpack.create(tutor_home, PASSPHRASE, kdf=FAST)
    with wallet, tutor:
        wallet.add_learner("Ana Rivera", emails=["ana.rivera@example.org"])
        school = new_school()
        wallet.import_credentials(json.dumps(school.sign(course_credential(school))).encode())
        wallet.add_record(Category.GOAL, title="Read 20 books")
        wallet.add_record(Category.SUPPORTS, title="IEP 2025")
        wallet.add_contact(tutor.my_card("Ms. López")[0])
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.main.learner_box.count() == 1, timeout=20_000)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.share_dialog is not None, timeout=20_000)
    dialog = window.share_dialog
    for title in ("Algebra I", "Read 20 books", "IEP 2025"):
        rid = next(i for i, item in dialog.items.items() if item.text(0) == title)
        dialog.items[rid].setCheckState(0, _Qt.CheckState.Checked)
    dialog.purpose.setText("Tutoring")
    out = tmp_path / "share.backpack"
    replies["save_file"] = out
    replies["confirm"] = False  # the second confirmation for the restricted record: no
    dialog.make.click()
    assert any(kind == "confirm" and "restricted" in d["text"] for kind, d in seen)
    assert not out.exists()
    replies["confirm"] = True
    dialog.want_pdf.setChecked(True)
    dialog.make.click()
    qtbot.waitUntil(
        lambda: bool("Saved" in dialog.result.text() or dialog.error.text()), timeout=30_000
    )
    # A printout holding a restricted record needs a password: refused, said inline.
    assert "password" in dialog.error.text() and not out.exists()
    dialog.want_pdf.setChecked(False)
    # Open 30 days by default; the latest day the dialog offers is one the core accepts.
    today = dt.date.today()
    assert dialog.expires.date().toPython() == today + dt.timedelta(days=30)
    latest = dialog.expiry.latest()
    assert latest > today + dt.timedelta(days=360)
    dialog.expires.setDate(latest + dt.timedelta(days=1))  # typed freely, checked on saving
    dialog.make.click()
    assert "a year at most" in dialog.error.text()
    dialog.expires.setDate(latest)
    dialog.make.click()
    qtbot.waitUntil(lambda: "Saved" in dialog.result.text(), timeout=30_000)
    opened = cli("open", "--json", str(out), home_dir=tutor_home)
    assert opened.code == 0, opened
    titles = {r["title"] for r in json.loads(opened.out)["records"]}
    assert titles == {"Algebra I", "Read 20 books", "IEP 2025"}
    assert json.loads(opened.out)["purpose"] == "Tutoring"


def test_share_dialog_offers_no_qr_that_opens_nothing_and_opens_the_pdf(qtbot, tmp_path, answers):
    """Observed: the QR held `BP1R:<id>:<hash>` and opening it said the share is too large.
    A QR is offered only when it carries the whole share; real shares never fit one."""
    from PySide6.QtCore import Qt as _Qt

    seen, replies = answers
    window = ana_window(qtbot, tmp_path)
    window.wallet.add_record(Category.GOAL, title="Read 20 books")
    window.start_share()
    qtbot.waitUntil(lambda: window.share_dialog is not None, timeout=20_000)
    dialog = window.share_dialog
    assert not hasattr(dialog, "want_qr")  # no QR option to tick
    next(iter(dialog.items.values())).setCheckState(0, _Qt.CheckState.Checked)
    dialog.recipient.setCurrentIndex(dialog.recipient.findData(CODE_CHOICE))
    dialog.want_pdf.setChecked(True)
    replies["save_file"] = tmp_path / "books.backpack"
    dialog.make.click()
    qtbot.waitUntil(lambda: "Saved" in dialog.result.text(), timeout=30_000)
    assert not dialog.qr.isVisible() and not (tmp_path / "books.png").exists()
    assert "Code:" in dialog.result.text() and "by email or USB" in dialog.result.text()
    assert not any(kind == "open_file" for kind, _ in seen)  # only when asked
    dialog.open_pdf.click()
    (opened,) = [d["path"] for kind, d in seen if kind == "open_file"]
    assert opened.suffix == ".pdf" and opened.read_bytes().startswith(b"%PDF")


def test_received_share_opens_checks_and_remembers_the_key(qtbot, tmp_path, answers):
    seen, replies = answers
    family_home, home = tmp_path / "family", tmp_path / "tutor"
    family, _ = Backpack.create(family_home, PASSPHRASE, kdf=FAST)
    tutor, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with family, tutor:
        family.add_learner("Ana Rivera", emails=["ana.rivera@example.org"])
        school = new_school()
        family.import_credentials(json.dumps(school.sign(course_credential(school))).encode())
        family.add_record(Category.GOAL, title="Read 20 books")
        family.add_contact(tutor.my_card("Ms. López")[0])
        card_share, code_share, old_share = (
            tmp_path / n for n in ("a.backpack", "b.backpack", "c.backpack")
        )
        family.share(card_share, to="Ms. López", preset="transcript", purpose="Tutoring")
        made, _ = family.share(code_share, code=True, preset="learner-profile")
        family.share(
            old_share,
            to="Ms. López",
            preset="transcript",
            expires=family._clock() + dt.timedelta(days=1),
        )
    window = MainWindow(home, kdf=FAST, share_file=card_share)  # as from a double-click
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    page = window.main.received
    qtbot.waitUntil(lambda: "Tutoring" in page.heading.text(), timeout=30_000)
    # Genuine signatures by a school this backpack does not trust: said as it is.
    assert "Every signature checks out, but some schools are not in" in page.heading.text()
    assert "No key is remembered" in page.key.text() and page.remember.isVisibleTo(page)
    page.remember.click()
    qtbot.waitUntil(lambda: "the key you remembered" in page.key.text(), timeout=20_000)
    qtbot.waitUntil(lambda: page.kept.rowCount() == 1, timeout=20_000)
    # A code share asks for its code.
    replies["text"] = made.code
    window.open_share_file(code_share)
    qtbot.waitUntil(lambda: page.contents.titles() == ["Read 20 books"], timeout=30_000)
    goal = page.contents.tree.topLevelItem(0).child(0)
    assert goal.text(2) == "Self-reported by the learner"
    assert "Every record checks out." in page.heading.text()
    # An expired share says so plainly, inline.
    window.wallet._clock = lambda: family._clock() + dt.timedelta(days=2)
    window.open_share_file(old_share)
    qtbot.waitUntil(lambda: "expired on" in page.problem.text(), timeout=30_000)
    assert not any(kind == "problem" for kind, _ in seen)
    # Locking empties the page: nothing of an opened share stays on screen or in the window.
    window.wallet._clock = family._clock
    window.open_share_file(card_share)
    qtbot.waitUntil(lambda: "Tutoring" in page.heading.text(), timeout=30_000)
    window.lock()
    assert page.heading.text() == "" and page.key.text() == "" and not page.contents.titles()
    assert page.kept.rowCount() == 0 and window.last_opened is None


def test_demo_backpack_from_the_first_run(qtbot, tmp_path, answers):
    seen, _ = answers
    window = make_window(qtbot, tmp_path / "Backpack")
    window.first_run.passphrase.setText(PASSPHRASE)
    window.first_run.confirm.setText(PASSPHRASE)
    window.first_run.demo.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.main, timeout=60_000)
    assert window.home == tmp_path / "Backpack demo" and not (tmp_path / "Backpack").exists()
    view = window.main.official
    qtbot.waitUntil(lambda: len(view.rows_shown()) >= 7, timeout=20_000)
    pills = dict(view.rows_shown())
    assert pills["Algebra I"] == "✔ Verified"
    assert pills["Intro to Programming"] == "⚠ Issuer not in your trust list"
    assert any(kind == "recovery_key" for kind, _ in seen)
    assert window.main.learner_box.currentText() == "Ana Rivera (demo)"


def test_every_page_is_reachable_from_the_sidebar(qtbot, tmp_path, answers):
    home = tmp_path / "bp"
    Backpack.create(home, PASSPHRASE, kdf=FAST)[0].close()
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.main, timeout=20_000)
    main = window.main
    for row, widget in enumerate(
        [main.overview, main.official, main.profile, main.shares, main.received, main.settings]
    ):
        main.sidebar.setCurrentRow(row)
        assert widget.isVisibleTo(window), row
    # ... and from the keyboard: Ctrl+1 ... Ctrl+6, whatever has the focus.
    main.search.setFocus()
    for row in (2, 5, 0):
        qtbot.keyClick(main.search, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
        assert main.sidebar.currentRow() == row


def test_export_my_card_and_revoke_a_share(qtbot, tmp_path, answers):
    from backpack_app.sharing.cards import parse_card
    from backpack_app.sharing.qr import parse_payload, read_qr

    seen, replies = answers
    home = tmp_path / "bp"
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with wallet:
        wallet.add_learner("Ana Rivera")
        wallet.add_record(Category.GOAL, title="Read")
        made, _ = wallet.share(tmp_path / "s.backpack", code=True, preset="learner-profile")
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.main.shares.rowCount() == 1, timeout=20_000)
    log = window.main.shares.table.rows
    assert log.data(log.index(0, 2)) == "1: Read"  # what the share held, by title
    assert log.data(log.index(0, 0)) == "Whoever has the code"  # said in the window's words
    replies["text"] = "Ms. López"
    replies["save_file"] = tmp_path / "lopez.card"
    window.main.settings.export_card_requested.emit()
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, _ in seen), timeout=20_000)
    card = parse_card((tmp_path / "lopez.card").read_bytes())
    assert card.name == "Ms. López"
    assert (
        parse_payload(read_qr(tmp_path / "lopez.png")).data
        == (tmp_path / "lopez.card").read_bytes()
    )
    fingerprint = next(d["text"] for kind, d in seen if kind == "inform")
    assert window.wallet.my_card("x")[1] in fingerprint
    replies["confirm"] = True
    window.main.shares.select(made.share_id)
    window.main.shares.revoke.click()
    qtbot.waitUntil(
        lambda: (
            window.main.shares.table.rows.data(window.main.shares.table.rows.index(0, 5))
            == "revoked"
        ),
        timeout=20_000,
    )


def test_recovery_key_passphrase_change_backup_and_restore(qtbot, tmp_path, answers):
    seen, replies = answers
    home = tmp_path / "bp"
    wallet, recovery = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with wallet:
        wallet.add_learner("Ana Rivera")
        wallet.add_record(Category.GOAL, title="Read 20 books")
    window = make_window(qtbot, home)
    # Forgot the passphrase: the recovery key opens it, sets a new one, gives a new key.
    window.unlock.use_recovery.click()
    window.unlock.recovery_key.setText("0000-0000-0000-0000-0000-0000-0000-0000")
    window.unlock.new_passphrase.setText("a brand new passphrase")
    # The new passphrase is asked twice (observed: once): a typo is caught before anything.
    window.unlock.new_again.setText("a brand new passfrase")
    window.unlock.recover.click()
    assert "differ" in window.unlock.error.text() and window.wallet is None
    window.unlock.new_again.setText("a brand new passphrase")
    window.unlock.recover.click()
    qtbot.waitUntil(lambda: "does not open" in window.unlock.error.text(), timeout=20_000)
    window.unlock.recovery_key.setText(recovery)
    window.unlock.recover.click()
    qtbot.waitUntil(lambda: window.wallet is not None, timeout=20_000)
    new_keys = [d["key"] for kind, d in seen if kind == "recovery_key"]
    assert len(new_keys) == 1 and new_keys[0] != recovery
    # It says the old key and its printed sheet no longer work, before the new key.
    told = [d["text"] for kind, d in seen if kind == "inform"]
    assert len(told) == 1 and "no longer open this backpack" in told[0] and "sheet" in told[0]
    seen.clear()
    # Change the passphrase again from Settings, then save a backup.
    replies["text"] = "third passphrase here"
    window.change_passphrase()
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, _ in seen), timeout=20_000)
    replies["save_file"] = tmp_path / "b.bpk"
    window.backup()
    qtbot.waitUntil(
        lambda: (tmp_path / "b.bpk").exists() and len([k for k, _ in seen if k == "inform"]) == 2,
        timeout=20_000,
    )
    window.lock()
    Backpack.open(home, "third passphrase here", kdf=FAST).close()
    # Restore it on a "new computer" from the first-run screen.
    other = make_window(qtbot, tmp_path / "restored")
    replies["open_files"] = [tmp_path / "b.bpk"]
    replies["text"] = "third passphrase here"
    other.first_run.restore.click()
    qtbot.waitUntil(lambda: other.wallet is not None, timeout=30_000)
    assert [r.title for r in other.wallet.list_records()] == ["Read 20 books"]


def test_portfolio_picture_preview_and_badge_picture(qtbot, tmp_path, answers):
    from backpack_app.demo import make_demo_backpack

    home = tmp_path / "demo"
    make_demo_backpack(home, PASSPHRASE, kdf=FAST)
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    view = window.main.official
    qtbot.waitUntil(lambda: "Robotics Club Leader" in dict(view.rows_shown()), timeout=30_000)
    model = view.model
    badge = found_in(model, "Robotics Club Leader")
    assert not badge.data(Qt.ItemDataRole.DecorationRole).isNull()  # the badge's own picture
    # Badges also stand as cards with their picture; choosing one shows its checks.
    assert view.cards.isVisibleTo(view) and view.cards.count() == 1
    card = view.cards.item(0)
    assert card.text().startswith("Robotics Club Leader") and not card.icon().isNull()
    view.cards.setCurrentRow(0)
    assert "Robotics Club Leader" in view.detail.title.text()
    page = window.main.profile
    window.main.sidebar.setCurrentRow(2)
    row = next(i for i, e in enumerate(page._entries) if e.title.startswith("Science fair"))
    page.table.selectRow(row)
    qtbot.waitUntil(
        lambda: page.preview.pixmap() is not None and not page.preview.pixmap().isNull(),
        timeout=20_000,
    )
    # A PDF's first page is drawn too; its blue band shows in the picture.
    page.preview.clear()
    row = next(i for i, e in enumerate(page._entries) if e.title.startswith("Essay"))
    page.table.selectRow(row)
    qtbot.waitUntil(
        lambda: page.preview.pixmap() is not None and not page.preview.pixmap().isNull(),
        timeout=20_000,
    )
    image = page.preview.pixmap().toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    assert any(c.startswith("#1") and int(c[5:7], 16) > 0x80 for c in colours)  # the blue band
    # Its file can be saved back out, decrypted, byte for byte.
    target = tmp_path / "essay-copy.pdf"
    _seen, replies = answers
    replies["save_file"] = target
    page.save_file.click()
    qtbot.waitUntil(target.exists, timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF-")


def test_unsaved_edits_are_not_dropped_silently_and_issuers_can_be_untrusted(
    qtbot, tmp_path, answers
):
    from backpack_app.domain.trust import TrustedIssuer

    seen, replies = answers
    home = tmp_path / "bp"
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    school = new_school()
    with wallet:
        wallet.add_learner("Ana Rivera", emails=["ana.rivera@example.org"])
        wallet.trust_issuers([TrustedIssuer(id=school.did, name="Lincoln High School")])
        wallet.import_credentials(json.dumps(school.sign(course_credential(school))).encode())
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    qtbot.waitUntil(
        lambda: dict(window.main.official.rows_shown()).get("Algebra I") == "✔ Verified",
        timeout=20_000,
    )
    window.main.profile.add_actions[Category.GOAL].trigger()
    window.editor.title.setText("Half-typed goal")
    replies["confirm"] = False
    window.editor.reject()  # Escape: asked, and the answer keeps the editor open
    assert window.editor.isVisible() and any("not saved" in d.get("text", "") for _, d in seen)
    replies["confirm"] = True
    window.editor.reject()
    assert not window.editor.isVisible()
    settings = window.main.settings
    window.main.sidebar.setCurrentRow(5)
    settings.trusted.selectRow(0)
    settings._untrust_selected()
    qtbot.waitUntil(
        lambda: (
            dict(window.main.official.rows_shown()).get("Algebra I")
            == "⚠ Issuer not in your trust list"
        ),
        timeout=20_000,
    )
    assert settings.trusted.rowCount() == 0


def test_handover_is_offered_at_eighteen(qtbot, tmp_path, answers):
    _seen, replies = answers
    home = tmp_path / "bp"
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with wallet:
        wallet.add_learner("Ana Rivera", born=dt.date(2000, 1, 1))
        wallet.add_learner("Ben Rivera", born=dt.date.today() - dt.timedelta(days=365 * 10))
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    main = window.main
    qtbot.waitUntil(lambda: main.learner_box.count() == 2, timeout=20_000)
    main.sidebar.setCurrentRow(0)
    assert main.handover.isVisibleTo(window) and "Ana Rivera is 18" in main.handover.text()
    replies["confirm"] = True
    main.handover.click()
    qtbot.waitUntil(lambda: not main.handover.isVisibleTo(window), timeout=20_000)
    assert window.wallet.learner("Ana Rivera").controller.value == "learner"
    main.learner_box.setCurrentIndex(main.learner_box.findText("Ben Rivera"))
    main.request_refresh()
    qtbot.waitUntil(lambda: "Ben Rivera" in main.overview_text.text(), timeout=20_000)
    assert not main.handover.isVisibleTo(window)


def test_key_stretching_from_settings_asks_the_passphrase(qtbot, tmp_path, answers):
    seen, replies = answers
    home = tmp_path / "bp"
    Backpack.create(home, PASSPHRASE, kdf=FAST)[0].close()
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.wallet is not None, timeout=20_000)
    replies["text"] = "wrong passphrase"
    window.restretch(0.05)
    qtbot.waitUntil(lambda: any(kind == "problem" for kind, _ in seen), timeout=20_000)
    replies["text"] = PASSPHRASE
    window.main.settings.restretch_requested.emit(0.05)
    qtbot.waitUntil(
        lambda: any(kind == "inform" and "MiB" in d["text"] for kind, d in seen), timeout=20_000
    )
    window.lock()
    Backpack.open(home, PASSPHRASE, kdf=FAST).close()


def test_saving_an_entrys_file_asks_which_one_and_cancelling_writes_nothing(
    qtbot, tmp_path, answers
):
    home = tmp_path / "bp"
    notes, poster = tmp_path / "notes.txt", tmp_path / "poster.txt"
    notes.write_text("notes"), poster.write_text("poster")
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with wallet:
        wallet.add_learner("Ana Rivera")
        wallet.add_record(Category.PORTFOLIO, title="Fair", files=[notes, poster])
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    page = window.main.profile
    window.main.sidebar.setCurrentRow(2)
    qtbot.waitUntil(lambda: len(page._entries) == 1, timeout=20_000)
    page.table.selectRow(0)
    qtbot.waitUntil(page.save_file.isEnabled, timeout=20_000)
    seen, replies = answers
    target = tmp_path / "copy.txt"
    replies["choice"], replies["save_file"] = None, target  # cancelled at "which file?"
    page.save_file.click()
    qtbot.waitUntil(lambda: any(kind == "choice" for kind, _d in seen), timeout=20_000)
    tasks.wait_for_tasks()
    assert not target.exists()
    replies["choice"] = "poster.txt"
    page.save_file.click()
    qtbot.waitUntil(target.exists, timeout=20_000)
    assert target.read_text() == "poster"
    choice = next(d for kind, d in seen if kind == "choice")
    assert choice["choices"] == ["notes.txt", "poster.txt"]


def test_copy_the_code_copies_the_latest_share_code_once_and_clears_it(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from backpack_app.ui.views.share_dialog import ShareDialog

    dialog = ShareDialog([], [], None)
    qtbot.addWidget(dialog)
    dialog.made("s1", "AAAA-BBBB", [str(tmp_path / "a.backpack")], clear_after_s=1)
    dialog.made("s2", "CCCC-DDDD", [str(tmp_path / "b.backpack")], clear_after_s=1)
    clipboard = QApplication.clipboard()
    clipboard.clear()
    dialog.copy_code.click()
    assert clipboard.text() == "CCCC-DDDD"  # one handler: the latest code, not both
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5_000)
    dialog.made("s3", None, [str(tmp_path / "c.backpack")], clear_after_s=1)
    assert not dialog.copy_code.isVisibleTo(dialog)  # no code, nothing to copy
