"""The window end to end: first run, unlock (inline errors, off the UI thread), official records
with their verification pills and checks, lock."""

from __future__ import annotations

import json
import threading

from PySide6.QtCore import Qt

from backpack_app.domain.records import Category
from backpack_app.domain.trust import TrustedIssuer
from backpack_app.ui import tasks
from backpack_app.ui.app import MainWindow
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.issuing import clr_credential, course_credential, new_school


def make_window(qtbot, home):
    window = MainWindow(home, kdf=FAST)
    qtbot.addWidget(window)
    window.show()
    return window


def unlock(qtbot, window, passphrase=PASSPHRASE):
    window.unlock.passphrase.setText(passphrase)
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)


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
    transcript = model.index(
        next(
            r
            for r in range(model.rowCount())
            if model.index(r, 0).data() == "Courses and transcript"
        ),
        0,
    )
    art = next(
        model.index(r, 0, transcript)
        for r in range(model.rowCount(transcript))
        if model.index(r, 0, transcript).data() == "Art"
    )
    view.tree.setCurrentIndex(art)
    checks = [view.detail.checks.item(r, 0).text() for r in range(view.detail.checks.rowCount())]
    assert "proof" in checks and "issuer trust" in checks
    assert '"Riverside Academy"' in view.detail.raw.toPlainText()
    assert "calls itself" in view.detail.summary.text() or "Riverside" in view.detail.issuer.text()


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
