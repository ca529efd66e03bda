"""The program's window opens a share holding a tutor's note and endorsement the family filed:
they are listed as written by the tutor (third-party attested, their key, checked), never as a
school the program does not trust."""

from __future__ import annotations

from backpack_app.ui.app import MainWindow
from tests.conftest import FAST
from tests.gui.test_window_flows import unlock
from tests.onward_share import ENDORSEMENT, GOAL, NOTE, make_onward


def test_the_received_view_says_who_wrote_each_entry(qtbot, tmp_path, answers):
    onward = make_onward(tmp_path)
    window = MainWindow(onward.program_home, kdf=FAST, share_file=onward.card_share)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    page = window.main.received
    contents = page.contents
    qtbot.waitUntil(lambda: NOTE in contents.titles(), timeout=30_000)
    assert sorted(contents.titles()) == sorted([NOTE, ENDORSEMENT, GOAL])
    heading = contents.item_titled("Written by others · third-party attested")
    assert heading is not None and heading.childCount() == 2
    note = contents.item_titled(NOTE)
    assert note.parent() is heading and note.text(2) == "Written by Ms. Lopez"
    assert "6.5 hours" in note.text(1) and note.toolTip(2) == onward.tutor_did
    endorsement = contents.item_titled(ENDORSEMENT)
    assert "Endorses: Read 20 books" in endorsement.text(1)
    contents.tree.setCurrentItem(note)
    about = contents.about.text().replace("\u200b", "")  # (the DID may break anywhere)
    assert "Third-party attested" in about and onward.tutor_did in about
    assert "Ana works steadily on fractions." in about and contents.files.count() == 1
    # Not a school the program should trust: no such offer, no such warning.
    assert "Every record checks out." in page.heading.text()
    assert not page.panel.trust.isVisibleTo(page)


def test_received_lists_one_row_a_learner_and_reopens_each_share(qtbot, tmp_path, answers):
    """Kept shares from two learners, one of them twice: two rows, the shares under them, and
    a double-click on a share opens it again."""
    from backpack_app.domain.records import Category
    from backpack_app.wallet import Backpack
    from tests.conftest import PASSPHRASE

    teacher, _ = Backpack.create(tmp_path / "teacher", PASSPHRASE, kdf=FAST)
    family, _ = Backpack.create(tmp_path / "family", PASSPHRASE, kdf=FAST)
    with teacher, family:
        family.add_contact(teacher.my_card("Ms. Lopez")[0])
        for n, (learner, purpose) in enumerate(
            [("Ana Rivera", "Maths"), ("Ben Rivera", "Science"), ("Ana Rivera", "Reading")]
        ):
            if learner not in {lr.name for lr in family.learners()}:
                family.add_learner(learner)
            goal = family.add_record(Category.GOAL, title=f"{purpose} goal", learner=learner)
            family.share(
                tmp_path / f"s{n}.backpack",
                to="Ms. Lopez",
                learner=learner,
                record_ids=[goal.id],
                purpose=purpose,
                ask_for_contribution="notes" if purpose == "Reading" else None,
            )
            teacher.open_share(tmp_path / f"s{n}.backpack", save=True)
    window = MainWindow(tmp_path / "teacher", kdf=FAST)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    kept = window.main.received.kept
    qtbot.waitUntil(lambda: kept.rowCount() == 3, timeout=30_000)
    assert kept.topLevelItemCount() == 2
    ana = kept.learner_row("Ana Rivera")
    assert ana.childCount() == 2 and ana.text(1) == "Maths; Reading"
    assert ana.text(3).startswith("notes (by 20")
    assert kept.learner_row("Ben Rivera").text(3) == ""
    reading = ana.child(1)
    assert reading.text(1) == "Reading" and reading.text(3) == "You owe: notes"
    kept.itemDoubleClicked.emit(reading, 0)
    contents = window.main.received.contents
    qtbot.waitUntil(lambda: contents.titles() == ["Reading goal"], timeout=30_000)
    kept.itemDoubleClicked.emit(kept.learner_row("Ben Rivera"), 0)  # one share: the row opens it
    qtbot.waitUntil(lambda: contents.titles() == ["Science goal"], timeout=30_000)
