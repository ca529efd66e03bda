"""Two children's school files in one backpack: each credential is filed for the child it
names (by hashed school email or student id), the import results say whom each names, a
record naming nobody is filed only for the learner the user picks, and a sibling's record is
refused for the wrong child. Observed: a child's 9 files came back "0 of 9 imported: does not
name any learner" and were offered for whoever was selected; a sibling's course filed under
the wrong child gave only a warning."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from backpack_app.credentials.demo_school import course_credential, new_school
from backpack_app.credentials.importing import Outcome
from backpack_app.school.issuing import hashed_identity
from backpack_app.ui.tasks import wait_for_tasks
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.gui.test_window_flows import make_window, unlock


def _course(school, title, *, email=None, sis=None, name=None):
    doc = course_credential(school, course=title)
    ids = []
    if email:
        ids.append(hashed_identity("emailAddress", email, "salt-1"))
    if sis:
        ids.append(hashed_identity("sisSourcedId", sis, "salt-2"))
    doc["credentialSubject"]["identifier"] = ids
    if name:
        doc["credentialSubject"]["name"] = name
    return school.sign(doc)


def two_children_files(tmp_path):
    """Ana's course (by her school email), Ben's two (by his student id), and one that names
    a child the backpack does not know (by name only)."""
    school = new_school()
    files = {
        "ana-algebra.json": _course(school, "Algebra I", email="ana@lincoln.edu"),
        "ben-biology.json": _course(school, "Biology", sis="S-2002"),
        "ben-chemistry.json": _course(school, "Chemistry", sis="S-2002"),
        "cleo-art.json": _course(school, "Art", sis="S-9999", name="Cleo Rivera"),
    }
    paths = []
    for name, credential in files.items():
        (tmp_path / name).write_text(json.dumps(credential))
        paths.append(tmp_path / name)
    return paths


def test_the_learner_dialog_asks_for_the_school_email_and_student_id(qtbot, tmp_path, answers):
    Backpack.create(tmp_path / "bp", PASSPHRASE, kdf=FAST)[0].close()
    window = make_window(qtbot, tmp_path / "bp")
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.main, timeout=20_000)
    qtbot.mouseClick(window.main.add_learner, Qt.MouseButton.LeftButton)
    dialog = window.learner_dialog
    dialog.name.setText("Ben Rivera")
    dialog.emails.setText("ben@lincoln.edu")
    dialog.sis_ids.setText("S-2002, 77-431")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.main.learner_box.currentText() == "Ben Rivera", timeout=20_000)
    wait_for_tasks()
    ben = window.wallet.learner("Ben Rivera")
    assert ben.sis_ids == ["S-2002", "77-431"] and ben.emails == ["ben@lincoln.edu"]


def test_two_childrens_files_are_filed_apart_and_say_whom_they_name(qtbot, tmp_path, answers):
    seen, replies = answers
    home = tmp_path / "bp"
    with Backpack.create(home, PASSPHRASE, kdf=FAST)[0] as wallet:
        wallet.add_learner("Ana Rivera", emails=["ana@lincoln.edu"])
        wallet.add_learner("Ben Rivera", sis_ids=["S-2002"])
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.main.learner_box.count() == 2, timeout=20_000)
    replies["open_files"] = two_children_files(tmp_path)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.import_dialog is not None, timeout=30_000)
    table = window.import_dialog.table
    whose = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert whose == {
        "ana-algebra.json": "Ana Rivera",
        "ben-biology.json": "Ben Rivera",
        "ben-chemistry.json": "Ben Rivera",
        "cleo-art.json": "“Cleo Rivera”, not a learner here",
    }
    wait_for_tasks()
    wallet = window.wallet
    titles = {
        name: sorted(r.title for r in wallet.list_records(learner=name))
        for name in ("Ana Rivera", "Ben Rivera")
    }
    assert titles == {"Ana Rivera": ["Algebra I"], "Ben Rivera": ["Biology", "Chemistry"]}
    # The one naming nobody here is filed for the learner picked, not whoever is selected.
    assert window.main.learner_box.currentText() == "Ana Rivera"
    replies["choice"] = "Ben Rivera"
    window.import_dialog.file_button.click()
    qtbot.waitUntil(lambda: len(wallet.list_records(learner="Ben Rivera")) == 3, timeout=30_000)
    asked = [d for kind, d in seen if kind == "choice"]
    assert asked and asked[0]["choices"] == ["Ana Rivera", "Ben Rivera"]


def test_a_siblings_record_is_refused_for_the_wrong_child(tmp_path):
    with Backpack.create(tmp_path / "bp", PASSPHRASE, kdf=FAST)[0] as wallet:
        wallet.add_learner("Ana Rivera", emails=["ana@lincoln.edu"])
        wallet.add_learner("Ben Rivera", sis_ids=["S-2002"])
        biology = two_children_files(tmp_path)[1]
        (refused,) = wallet.import_files([biology], learner="Ana Rivera")
        assert refused.outcome is Outcome.REFUSED and refused.names == ["Ben Rivera"]
        assert "It names Ben Rivera, not Ana Rivera" in refused.message
        assert wallet.list_records() == []
        (forced,) = wallet.import_files([biology], learner="Ana Rivera", force=True)
        assert forced.outcome is Outcome.IMPORTED and forced.learner.name == "Ana Rivera"


def test_a_childs_school_ids_are_set_later_and_never_shared_with_a_sibling(
    qtbot, tmp_path, answers
):
    """A child added without school ids: their files name nobody until the family gives the
    ids (School ids…); one child's id cannot be given to another."""
    home = tmp_path / "bp"
    with Backpack.create(home, PASSPHRASE, kdf=FAST)[0] as wallet:
        wallet.add_learner("Ana Rivera")
        wallet.add_learner("Ben Rivera")
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.main.learner_box.count() == 2, timeout=20_000)
    main = window.main
    main.learner_box.setCurrentIndex(1)  # Ben
    qtbot.mouseClick(main.edit_learner, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.learner_dialog is not None, timeout=20_000)
    dialog = window.learner_dialog
    assert dialog.name.text() == "Ben Rivera" and dialog.name.isReadOnly()
    dialog.sis_ids.setText("S-2002")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    wait_for_tasks()
    assert window.wallet.learner("Ben Rivera").sis_ids == ["S-2002"]
    (filed,) = window.wallet.import_files([two_children_files(tmp_path)[1]])
    assert filed.outcome is Outcome.IMPORTED and filed.learner.name == "Ben Rivera"
    # Ana cannot be given Ben's student id: a file naming it would match both.
    main.learner_box.setCurrentIndex(0)
    window.start_edit_learner()
    qtbot.waitUntil(lambda: window.learner_dialog is not dialog, timeout=20_000)
    again = window.learner_dialog
    again.sis_ids.setText("S-2002")
    again.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "already Ben Rivera's" in again.error.text(), timeout=20_000)
    wait_for_tasks()
    assert window.wallet.learner("Ana Rivera").sis_ids == []


def test_the_cli_says_whom_a_file_names_and_refuses_it_for_a_sibling(cli, tmp_path):
    assert cli("init", "--learner", "Ana Rivera").code == 0
    assert cli("learner", "add", "Ben Rivera", "--sis-id", "S-2002").code == 0
    assert cli("learner", "add", "Cleo Rivera", "--sis-id", "S-2002").code == 2  # Ben's id
    biology = str(two_children_files(tmp_path)[1])
    refused = cli("import", biology, "--learner", "Ana Rivera")
    assert refused.code == 1 and "It names: Ben Rivera" in refused.out
    assert "It names Ben Rivera, not Ana Rivera" in refused.out
    imported = cli("import", biology)  # without --learner: filed for whom it names
    assert ": imported as " in imported.out and "It names: Ben Rivera" in imported.out
    assert "Ben Rivera" in cli("list").out
