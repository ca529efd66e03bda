"""The window's "Add from a link…": asked before the first request (the link's domain) and before
the offer is spent (the issuer's name), then the results, against a real issuer on 127.0.0.1."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from backpack_app.ui import tasks
from backpack_app.ui.link_actions import looks_like_link
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.gui.test_window_flows import make_window, unlock
from tests.tiny_issuer import TinyIssuer


def unlocked_window(qtbot, tmp_path):
    home = tmp_path / "bp"
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with wallet:
        wallet.add_learner("Ana Rivera")
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.main, timeout=20_000)
    return window


def test_a_pasted_offer_asks_twice_then_shows_what_came(qtbot, tmp_path, answers):
    seen, replies = answers
    window = unlocked_window(qtbot, tmp_path)
    replies["confirm"] = True
    with TinyIssuer(tx_code="2468") as issuer:
        replies["text"] = "2468"
        QApplication.clipboard().setText(issuer.offer())
        qtbot.keyClick(
            window,
            Qt.Key.Key_V,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        qtbot.waitUntil(lambda: window.import_dialog is not None, timeout=30_000)
        tasks.wait_for_tasks()
    asked = [d["text"] for kind, d in seen if kind == "confirm"]
    domain = issuer.base.removeprefix("http://")
    assert len(asked) == 2
    assert domain in asked[0] and "Nothing is sent before you agree" in asked[0]
    assert "Tiny Test School" in asked[1] and "2 record(s)" in asked[1]
    assert [kind for kind, _ in seen].count("text") == 1  # the transaction code
    table = window.import_dialog.table
    assert [table.item(r, 2).text() for r in range(table.rowCount())] == ["Imported"] * 2
    assert not window.import_dialog.file_button.isVisible()


def test_declining_sends_nothing(qtbot, tmp_path, answers):
    _seen, replies = answers
    window = unlocked_window(qtbot, tmp_path)
    replies["confirm"] = False
    with TinyIssuer() as issuer:
        replies["text"] = issuer.offer()
        window.receive_from_link()
        tasks.wait_for_tasks()
        assert issuer.requests == []
    assert window.import_dialog is None


def test_a_bad_link_is_one_sentence(qtbot, tmp_path, answers):
    seen, _replies = answers
    window = unlocked_window(qtbot, tmp_path)
    window.receive_from_link("mailto:someone@example.org")
    problems = [d["text"] for kind, d in seen if kind == "problem"]
    assert problems and "does not know this kind of link" in problems[0]
    assert "Traceback" not in problems[0]


def test_links_are_told_from_credentials():
    assert looks_like_link("openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fx")
    assert looks_like_link('https://lcw.app/request?request={"protocols":{}}')
    assert not looks_like_link('{"@context": []}') and not looks_like_link("eyJh.eyJ.sig")


def test_a_request_for_records_shows_what_fits_and_sends_what_is_ticked(qtbot, tmp_path, answers):
    seen, replies = answers
    window = unlocked_window(qtbot, tmp_path)
    replies["confirm"] = True
    with TinyIssuer() as issuer:
        window.receive_from_link(issuer.offer(["Course_ldp_vc"]))
        qtbot.waitUntil(lambda: window.import_dialog is not None, timeout=30_000)
        window.receive_from_link(issuer.records_link)
        qtbot.waitUntil(lambda: window.request_dialog is not None, timeout=30_000)
        dialog = window.request_dialog
        assert dialog.records.count() == 1 and dialog.chosen() != []
        assert issuer.presented == []  # nothing is sent before Send
        dialog.send.click()
        qtbot.waitUntil(lambda: any(kind == "inform" for kind, _ in seen), timeout=30_000)
        tasks.wait_for_tasks()
        assert len(issuer.presented) == 1
    told = next(d["text"] for kind, d in seen if kind == "inform")
    assert "Sent 1 record(s)" in told


def test_a_vc_api_link_that_offers_is_received(qtbot, tmp_path, answers):
    _seen, replies = answers
    window = unlocked_window(qtbot, tmp_path)
    replies["confirm"] = True
    with TinyIssuer() as issuer:
        window.receive_from_link(issuer.exchange_link())
        qtbot.waitUntil(lambda: window.import_dialog is not None, timeout=30_000)
        tasks.wait_for_tasks()
    table = window.import_dialog.table
    assert [table.item(r, 2).text() for r in range(table.rowCount())] == ["Imported"]
    assert window.request_dialog is None


def test_a_qr_picture_or_url_file_of_a_link_is_a_link(tmp_path):
    import qrcode

    from backpack_app.ui.link_actions import link_in_file

    link = "openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fschool.example%2Fo%2F1"
    picture, shortcut, other = tmp_path / "offer.png", tmp_path / "offer.url", tmp_path / "x.png"
    qrcode.make(link).save(picture)
    shortcut.write_text(f"[InternetShortcut]\nURL={link}\n")
    qrcode.make('{"@context": []}').save(other)  # a credential's QR code: imported as before
    assert link_in_file(picture) == link and link_in_file(shortcut) == link
    assert link_in_file(other) is None


def test_the_progress_says_each_step_and_cancel_keeps_nothing(qtbot, tmp_path, answers):
    seen, replies = answers
    window = unlocked_window(qtbot, tmp_path)
    replies["confirm"] = True
    with TinyIssuer("slow /credential", delay=2.0) as issuer:
        window.receive_from_link(issuer.offer(["Course_ldp_vc"]))
        qtbot.waitUntil(
            lambda: (
                window.receiving is not None
                and "Receiving record 1 of 1 from 127.0.0.1:" in window.receiving.labelText()
            ),
            timeout=30_000,
        )
        from PySide6.QtWidgets import QPushButton

        [button] = window.receiving.findChildren(QPushButton)
        assert button.text() == "Cancel"
        button.click()
        tasks.wait_for_tasks()
    assert window.import_dialog is None
    assert not [d for kind, d in seen if kind == "problem"]  # a stop is no error
    with Backpack.open(tmp_path / "bp", PASSPHRASE, kdf=FAST) as wallet:
        assert wallet.listed_records() == []


def test_a_sign_in_offer_says_so_and_opens_the_browser(qtbot, tmp_path, answers, monkeypatch):
    import threading
    import webbrowser

    import httpx

    seen, replies = answers
    opened = []

    def browser(url):
        opened.append(url)
        threading.Thread(target=httpx.get, args=(url,), kwargs={"follow_redirects": True}).start()

    monkeypatch.setattr(webbrowser, "open", browser)
    window = unlocked_window(qtbot, tmp_path)
    replies["confirm"] = True
    with TinyIssuer("sign-in") as issuer:
        window.receive_from_link(issuer.offer())
        qtbot.waitUntil(lambda: window.import_dialog is not None, timeout=30_000)
        tasks.wait_for_tasks()
    asked = [d["text"] for kind, d in seen if kind == "confirm"]
    assert "sign in at the school's page in your web browser" in asked[1]
    assert len(opened) == 1 and "/authorize?" in opened[0]
    table = window.import_dialog.table
    assert [table.item(r, 2).text() for r in range(table.rowCount())] == ["Imported"] * 2


def test_a_signed_openid4vp_request_is_answered_from_the_window(qtbot, tmp_path, answers):
    seen, replies = answers
    window = unlocked_window(qtbot, tmp_path)
    replies["confirm"] = True
    with TinyIssuer() as issuer:
        window.receive_from_link(issuer.offer())
        qtbot.waitUntil(lambda: window.import_dialog is not None, timeout=30_000)
        tasks.wait_for_tasks()
        link = issuer.vp_link(
            signed=True, client="did:jwk", by_reference=True, formats=("ldp_vc", "jwt_vc_json")
        )
        window.receive_from_link(link)
        qtbot.waitUntil(lambda: window.request_dialog is not None, timeout=30_000)
        dialog = window.request_dialog
        assert dialog.records.count() == 2 and len(dialog.chosen()) == 2
        dialog.send.click()
        qtbot.waitUntil(lambda: any(kind == "inform" for kind, _ in seen), timeout=30_000)
        tasks.wait_for_tasks()
        assert len(issuer.presented) == 2  # a DI presentation and a VP-JWT, both checked
    told = next(d["text"] for kind, d in seen if kind == "inform")
    assert "Sent 2 record(s)" in told
