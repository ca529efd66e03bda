"""State test results in the window: typed in with the report attached, or a score report's
CSV; stored self-reported (marked so in the list and the Overview); a bad entry stores nothing
and says why in the dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from backpack_app.ui import dialogs
from backpack_app.ui.models.official import load_official
from tests.gui.test_window_flows import ana_window
from tests.unit.test_state_tests import REPORT


def _assessments(window) -> list:
    from backpack_app.domain.vocabulary import Category

    return window.wallet.list_records(categories=[Category.ASSESSMENT])


def test_typed_and_imported_results_are_stored_self_reported(qtbot, tmp_path, answers):
    _seen, replies = answers
    window = ana_window(qtbot, tmp_path)
    main = window.main
    main.sidebar.setCurrentRow(1)
    main.official.documents.state_test.click()
    dialog = window.state_test_dialog
    assert dialog.isVisible()
    assert "self-reported" in dialog.findChildren(type(dialog.attached))[0].text()
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4 a score report")
    replies["open_files"] = [pdf]
    dialog._attach()
    assert dialog.attached.text() == "Attached: report.pdf"
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()  # no subject: nothing is stored, the dialog says why
    qtbot.waitUntil(lambda: bool(dialog.problem.text()), timeout=10_000)
    assert "subject and school year" in dialog.problem.text()
    assert _assessments(window) == []
    dialog.subject.setText("Science")
    dialog.year.setText("2024-25")
    dialog.level.setText("Proficient")
    save.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    [typed] = _assessments(window)
    assert typed.title == "State test: Science (2024-25)" and typed.attachment_count == 1
    # a score report's rows, with the report attached
    main.official.documents.state_test.click()
    dialog = window.state_test_dialog
    report = tmp_path / "report.csv"
    report.write_text(REPORT, encoding="utf-8")
    replies["open_files"] = [report]
    dialog.import_report.click()
    qtbot.waitUntil(lambda: len(_assessments(window)) == 4, timeout=10_000)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    # every view says self-reported: the official list's pill and the Overview
    shown = main.overview_text
    said = "<b>4</b> state test results you entered from score reports (self-reported"
    qtbot.waitUntil(lambda: said in shown.text(), timeout=10_000)
    assert "(Assessments, self-reported)" in shown.text()  # the latest records
    learner = window.wallet.learner("Ana Rivera").id
    said = main.on_track.state_tests  # the On track tab says they are not counted
    assert said.isVisibleTo(main.on_track) and said.text().startswith(
        "State test results you entered from score reports: 4."
    )
    rows = load_official(window.wallet, learner)
    assert {r.pill for r in rows} == {"Self-reported (from a score report)"}


def test_locking_closes_the_dialog_and_what_was_typed(qtbot, tmp_path, answers):
    window = ana_window(qtbot, tmp_path)
    window.main.sidebar.setCurrentRow(1)
    window.main.official.documents.state_test.click()
    dialog = window.state_test_dialog
    dialog.scale_score.setText("2540")
    window.lock()
    assert window.state_test_dialog is None and not dialog.isVisible()
    qtbot.waitUntil(lambda: not dialogs.alive(dialog), timeout=10_000)  # deleted, with its text
