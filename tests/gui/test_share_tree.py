"""The share dialog shows the records as Official records does: the transcript by school and
term (terms in date order), a CLR with its courses inside, Code and Term columns, each course
once. Observed: every course twice (inside the CLR and as its own file), terms in another
order than Official records."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from backpack_app.credentials.demo_school import clr_credential, course_credential, new_school
from backpack_app.domain.records import Category
from backpack_app.ui.views.share_tree import RECORD_ROLE
from tests.gui.test_window_flows import ana_window


def _labels(item):
    return [item.child(i).text(0) for i in range(item.childCount())]


def _find(item, label):
    return next(item.child(i) for i in range(item.childCount()) if item.child(i).text(0) == label)


def test_the_share_dialog_shows_the_official_tree_once_in_date_order(qtbot, tmp_path, answers):
    school = new_school()
    spring = school.sign(
        course_credential(
            school, course="Chemistry", term="Spring 2025", valid_from="2025-06-10T00:00:00Z"
        )
    )
    fall = school.sign(
        course_credential(
            school,
            course="Algebra I",
            code="MATH101",
            term="Fall 2024",
            valid_from="2024-12-20T00:00:00Z",
        )
    )
    clr = school.sign(clr_credential(school, [spring, fall]))
    window = ana_window(qtbot, tmp_path)
    wallet = window.wallet
    ana = wallet.learner("Ana Rivera")
    wallet.update_learner(ana.model_copy(update={"emails": ["ana.rivera@example.org"]}))
    wallet.import_credentials(json.dumps(fall).encode(), file="algebra.json")  # its own file
    (held,) = wallet.import_credentials(json.dumps(clr).encode(), file="clr.json")
    badge = school.sign(course_credential(school, course="Robotics", kind="Badge"))
    wallet.import_credentials(json.dumps(badge).encode(), file="robotics.json")
    wallet.add_record(Category.GOAL, title="Read 20 books")
    window.start_share()
    qtbot.waitUntil(lambda: window.share_dialog is not None, timeout=20_000)
    tree = window.share_dialog.tree
    top = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert top == ["Courses and transcript", "Awards and badges", "Goals · self-reported"]
    window._refresh_current()
    model = window.main.official.model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=20_000)
    assert [model.index(r, 0).data() for r in range(2)] == top[:2]  # the same order
    headers = [tree.headerItem().text(c) for c in range(tree.columnCount())]
    assert headers == ["Record", "Code", "Term", "Sensitivity"]
    transcript = tree.topLevelItem(0)
    (school_heading,) = _labels(transcript)
    assert "Lincoln High School" in school_heading
    clr_item = _find(transcript.child(0), "Transcript of Ana Rivera")
    assert _labels(clr_item) == ["Fall 2024", "Spring 2025"]  # in date order
    algebra = _find(clr_item.child(0), "Algebra I")
    assert (algebra.text(1), algebra.text(2)) == ("MATH101", "Fall 2024")
    titles = [item.text(0) for item in window.share_dialog.items.values()]
    assert sorted(titles) == [
        "Algebra I",
        "Chemistry",
        "Read 20 books",
        "Robotics",
        "Transcript of Ana Rivera",
    ]
    # Ticked whole, the CLR goes as one document; one course alone goes as itself.
    clr_item.setCheckState(0, Qt.CheckState.Checked)
    assert window.share_dialog.chosen() == [held.record_id]
    clr_item.setCheckState(0, Qt.CheckState.Unchecked)
    algebra.setCheckState(0, Qt.CheckState.Checked)
    assert window.share_dialog.chosen() == [algebra.data(0, RECORD_ROLE)]
