"""The tutor's side: a received share shows what the family shared, every kind of record; it
opens without a backpack; a wrong code is asked again; a share for another card says whose."""

from __future__ import annotations

from PySide6.QtCore import Qt

from backpack_app.ui import dialogs
from backpack_app.ui.app import MainWindow
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.gui.test_window_flows import unlock
from tests.tutor_share import LEVEL, make_share

RECORDS = [
    "High School Program",
    "ENG9 · English 9",
    "SCI9 · Biology",
    "Robotics Club",
    "Read 20 books",
    "Bridge model",
    "Riverside Food Bank",
]


def choose(contents, title):
    item = contents.item_titled(title)
    assert item is not None, title
    contents.tree.setCurrentItem(item)
    return item


def test_every_kind_of_record_shows_its_content(qtbot, tmp_path, answers):
    seen, replies = answers
    home = tmp_path / "tutor"
    tutor, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with tutor:
        card = tutor.my_card("Ms. López")[0]
    share = make_share(tmp_path, to_card=card)
    window = MainWindow(home, kdf=FAST, share_file=share.path)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    contents = window.main.received.contents
    qtbot.waitUntil(lambda: contents.titles() == RECORDS, timeout=30_000)
    tree = contents.tree
    school = tree.topLevelItem(0)
    assert school.text(0) == "calls itself “Lincoln High School”" and school.text(1) == "Credits: 1"
    # The GPA first, then the terms in date order (the CLR listed Spring first).
    assert [school.child(i).text(0) for i in range(3)] == [
        "High School Program",
        "Fall 2024",
        "Spring 2025",
    ]
    assert school.child(0).text(1) == "GPA 3.6"
    english = school.child(1).child(0)
    assert english.text(1) == "B+ · Credits: 0.5"
    assert english.text(2) == "⚠ Issuer not in your trust list"
    standard = english.child(0)
    assert "W.9-10.1: Write arguments" in standard.text(0) and standard.text(1) == LEVEL
    # The learner's own entries, by kind, labelled self-reported, with their details.
    goal = choose(contents, "Read 20 books")
    assert goal.parent().text(0) == "Goals · self-reported"
    assert goal.text(2) == "Self-reported by the learner"
    for said in ("Target date: 1 June 2026", "Mostly science fiction", "Halfway there"):
        assert said in contents.about.text(), said
    assert "12.5 hours" in contents.item_titled("Riverside Food Bank").text(1)
    # A portfolio piece: its reflection, its files, a picture of each, and any file saved out.
    choose(contents, "Bridge model")
    assert "trusses spread a load" in contents.about.text()
    assert contents.files.count() == 2
    for row in range(2):
        contents.files.setCurrentRow(row)
        qtbot.waitUntil(lambda: not contents.preview.pixmap().isNull(), timeout=20_000)
    chosen = contents.chosen_file()
    replies["save_file"] = tmp_path / "saved"
    contents.save.click()
    qtbot.waitUntil(lambda: (tmp_path / "saved").exists(), timeout=20_000)
    assert (tmp_path / "saved").read_bytes() == (tmp_path / chosen.name).read_bytes()
    assert [d["suggested"] for kind, d in seen if kind == "save_file"] == [chosen.name]
    # Trusting the school from here: the share is checked again and says so.
    page = window.main.received
    assert page.panel.trust.isVisibleTo(page)
    replies["action"], replies["text"] = 1, "Lincoln High School"  # "I know this school"
    page.panel.trust.click()
    qtbot.waitUntil(
        lambda: (
            (item := contents.item_titled("ENG9 · English 9")) is not None
            and item.text(2) == "✔ Verified"
        ),
        timeout=30_000,
    )
    assert not page.panel.trust.isVisibleTo(page)
    assert contents.tree.topLevelItem(0).text(0) == "Lincoln High School"


def test_a_share_opens_without_a_backpack_and_a_wrong_code_is_asked_again(qtbot, tmp_path):
    share = make_share(tmp_path)
    asked: list[dict] = []
    codes = iter([None, "WRNG-CODE-0000-0000-0000", share.code])

    def answer(kind, details):
        asked.append({"kind": kind, **details})
        if kind == "text":
            return next(codes)
        if kind == "recovery_key":
            return None
        return None

    dialogs.answer = answer
    try:
        home = tmp_path / "nobody"
        window = MainWindow(home, kdf=FAST, share_file=share.path)  # as from a double-click
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.guest, timeout=10_000)
        guest = window.guest
        # Cancelled: the page says why it is empty; then the code, a wrong one first.
        qtbot.waitUntil(lambda: "opens with the code" in guest.panel.problem.text(), timeout=10_000)
        window.open_share_file(share.path)
        qtbot.waitUntil(lambda: guest.panel.contents.titles() == RECORDS, timeout=30_000)
        labels = [a["label"] for a in asked if a["kind"] == "text"]
        assert len(labels) == 3 and "Wrong code — try again." in labels[2]
        assert "Wrong code" not in labels[1]
        assert "Tutoring" in guest.panel.heading.text()
        assert window.stack.currentWidget() is not window.first_run
        assert not home.exists()  # reading created nothing
        # Keeping it: make a backpack, then it is in Received without asking the code again.
        guest.keep.click()
        first_run = window.first_run
        assert window.stack.currentWidget() is first_run
        # No learner to name: a tutor keeps a share, only a passphrase protects it.
        assert not first_run.learner.isVisibleTo(first_run) and first_run.back.isVisibleTo(
            first_run
        )
        first_run.back.click()
        assert window.stack.currentWidget() is guest and guest.panel.contents.titles() == RECORDS
        guest.keep.click()
        window.first_run.passphrase.setText(PASSPHRASE)
        window.first_run.confirm.setText(PASSPHRASE)
        qtbot.mouseClick(window.first_run.create, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.main, timeout=20_000)
        received = window.main.received
        qtbot.waitUntil(lambda: received.kept.rowCount() == 1, timeout=30_000)
        assert received.contents.titles() == RECORDS
        assert received.remember.isVisibleTo(received)  # remembering the key is offered now
        assert len([a for a in asked if a["kind"] == "text"]) == 3
        assert window.wallet.learners() == []
    finally:
        dialogs.answer = None


def test_a_share_for_someone_elses_card_says_whose(qtbot, tmp_path, answers):
    lopez, _ = Backpack.create(tmp_path / "lopez", PASSPHRASE, kdf=FAST)
    with lopez:
        share = make_share(tmp_path, to_card=lopez.my_card("Ms. López")[0])
    other_home = tmp_path / "other"
    Backpack.create(other_home, PASSPHRASE, kdf=FAST)[0].close()
    window = MainWindow(other_home, kdf=FAST, share_file=share.path)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    page = window.main.received
    qtbot.waitUntil(lambda: "Ms. López's" in page.problem.text(), timeout=30_000)
    assert "someone else's card" in page.problem.text()
    # Without any backpack, the same sentence, in the guest view.
    guest_window = MainWindow(tmp_path / "nobody", kdf=FAST, share_file=share.path)
    qtbot.addWidget(guest_window)
    guest_window.show()
    qtbot.waitUntil(
        lambda: (
            guest_window._guest is not None
            and "Ms. López's" in guest_window.guest.panel.problem.text()
        ),
        timeout=30_000,
    )
    assert not guest_window.guest.keep.isEnabled()
