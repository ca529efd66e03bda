"""Issue 14 in the window: secrets copied with clipboard-manager hints; an impostor learner key
is kept only after a clear question."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from backpack_app.domain.records import Category
from backpack_app.ui import dialogs
from backpack_app.ui.app import MainWindow
from backpack_app.ui.clipboard import SECRET_HINTS
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE

HINTS = {
    "x-kde-passwordManagerHint",
    "ExcludeClipboardContentFromMonitorProcessing",
    "CanIncludeInClipboardHistory",
    "org.nspasteboard.ConcealedType",
}


def test_copied_secrets_carry_the_clipboard_manager_hints(qtbot):
    clipboard = QApplication.clipboard()
    dialogs.copy_for_a_while("7K2M-Q9XD-7K2M-Q9XD-7K2M", 30)  # a share code
    data = clipboard.mimeData()
    assert clipboard.text() == "7K2M-Q9XD-7K2M-Q9XD-7K2M"
    assert set(data.formats()) >= HINTS
    assert bytes(data.data("x-kde-passwordManagerHint")) == b"secret"
    assert bytes(data.data("CanIncludeInClipboardHistory")) == bytes(4)
    # The recovery key's Copy button (the dialog's own, clicked as a user would).
    dialog = QDialog()
    qtbot.addWidget(dialog)
    buttons = dialogs._buttons_with_copy(dialog, "RK-1234", "Copy", clear_after_s=30)
    (copy,) = [b for b in buttons.findChildren(QPushButton) if b.text() == "Copy"]
    clipboard.clear()
    copy.click()
    assert clipboard.text() == "RK-1234"
    assert set(SECRET_HINTS) <= set(clipboard.mimeData().formats())
    clipboard.clear()


def test_an_impostor_key_is_kept_only_when_the_user_says_the_key_changed(qtbot, tmp_path, answers):
    seen, replies = answers
    home = tmp_path / "tutor"
    tutor, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    shares = {}
    with tutor:
        card = tutor.my_card("Ms. López")[0]
        for who in ("family", "impostor"):
            bp, _ = Backpack.create(tmp_path / who, PASSPHRASE, kdf=FAST)
            with bp:
                bp.add_learner("Ana Rivera")  # the same name; another key for the impostor
                bp.add_record(Category.GOAL, title=f"Goal of the {who}")
                bp.add_contact(card)
                shares[who] = tmp_path / f"{who}.backpack"
                bp.share(shares[who], to="Ms. López", preset="learner-profile")
        tutor.pin_holder(tutor.open_share(shares["family"]))
    window = MainWindow(home, kdf=FAST)
    qtbot.addWidget(window)
    window.show()
    window.unlock.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.wallet is not None, timeout=30_000)
    page = window.main.received
    replies["confirm"] = False
    window.open_share_file(shares["impostor"])
    qtbot.waitUntil(lambda: "Not kept" in page.problem.text(), timeout=30_000)
    (question,) = [d for kind, d in seen if kind == "confirm"]
    assert "another key" in question["text"] and "Ana Rivera" in question["text"]
    assert window.wallet.received() == []
    replies["confirm"] = True
    window.open_share_file(shares["impostor"])
    qtbot.waitUntil(lambda: len(window.wallet.received()) == 1, timeout=30_000)
    qtbot.waitUntil(lambda: "the key you remembered" in page.key.text(), timeout=30_000)
