"""The share dialog's "A page any browser can open": offered for a share code only; the page it
writes holds the share and opens with the code."""

from __future__ import annotations

from PySide6.QtCore import Qt

from backpack_app.domain.records import Category
from backpack_app.sharing.page import share_from_page
from backpack_app.ui.views.share_dialog import CODE_CHOICE
from tests.gui.test_window_flows import ana_window


def test_share_dialog_writes_a_page_for_a_code_share(qtbot, tmp_path, answers, cli):
    _, replies = answers
    window = ana_window(qtbot, tmp_path)
    window.wallet.add_record(Category.GOAL, title="Read 20 books")
    window.start_share()
    qtbot.waitUntil(lambda: window.share_dialog is not None, timeout=20_000)
    dialog = window.share_dialog
    next(iter(dialog.items.values())).setCheckState(0, Qt.CheckState.Checked)
    dialog.recipient.setCurrentIndex(dialog.recipient.findData(CODE_CHOICE))
    assert dialog.want_page.isEnabled()
    dialog.want_page.setChecked(True)
    out = tmp_path / "books.backpack"
    replies["save_file"] = out
    dialog.make.click()
    qtbot.waitUntil(lambda: "Saved" in dialog.result.text(), timeout=30_000)
    page = tmp_path / "books.html"
    assert share_from_page(page.read_bytes()) == out.read_bytes()
    assert "books.html" in dialog.result.text() and "any web browser" in dialog.result.text()
    code = dialog.result.text().split("Code: ")[1].split("<")[0]
    opened = cli("open", str(page), "--code", code, home_dir=tmp_path / "nobody")
    assert opened.code == 0 and "Read 20 books" in opened.out


def test_no_page_for_a_contact(qtbot, tmp_path):
    from backpack_app.ui.views.share_dialog import ShareDialog

    class Contact:
        name, fingerprint = "Ms. Lee", "ab12"

    dialog = ShareDialog([], [Contact()], None)
    qtbot.addWidget(dialog)
    dialog.recipient.setCurrentIndex(dialog.recipient.findData("Ms. Lee"))
    assert not dialog.want_page.isEnabled() and not dialog.want_page.isChecked()
    dialog.recipient.setCurrentIndex(dialog.recipient.findData(CODE_CHOICE))
    assert dialog.want_page.isEnabled()


def test_the_window_opens_a_page_as_it_opens_a_share(qtbot, tmp_path):
    """A recipient who has Backpack opens the page itself (the share element read back)."""
    from backpack_app.sharing.page import build_page
    from backpack_app.ui import dialogs
    from backpack_app.ui.app import MainWindow
    from tests.conftest import FAST
    from tests.tutor_share import make_share

    share = make_share(tmp_path)
    page = tmp_path / "ana.html"
    page.write_bytes(build_page(share.path.read_bytes()))
    dialogs.answer = lambda kind, details: share.code if kind == "text" else None
    try:
        window = MainWindow(tmp_path / "nobody", kdf=FAST, share_file=page)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.guest, timeout=10_000)
        contents = window.guest.panel.contents
        qtbot.waitUntil(lambda: "Read 20 books" in contents.titles(), timeout=30_000)
        assert "Tutoring" in window.guest.panel.heading.text()
    finally:
        dialogs.answer = None
