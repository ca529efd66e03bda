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
